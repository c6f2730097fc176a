//! Small integer keys for each claim's subject and source. The strings are
//! hashed once per claim, here; validation and versioning then group claims
//! by subject and by series (subject and source) through the integers,
//! without hashing or even reading the strings again.

use rustc_hash::FxHashMap;

use crate::model::Claim;

/// The subject and source keys of every claim of a repository.
#[derive(Debug)]
pub struct SeriesKeys<'c> {
    /// Each claim's subject key and source key, in claim order.
    pub of: Vec<(u32, u32)>,
    /// The distinct subjects, in order of first use: a key is a place here.
    pub subjects: Vec<&'c str>,
    /// The distinct sources, likewise.
    pub sources: Vec<&'c str>,
}

impl<'c> SeriesKeys<'c> {
    pub fn new(claims: &'c [Claim]) -> SeriesKeys<'c> {
        let (mut subject_keys, mut source_keys) = (FxHashMap::default(), FxHashMap::default());
        let (mut subjects, mut sources) = (Vec::new(), Vec::new());
        let of = claims
            .iter()
            .map(|c| {
                (
                    key(&mut subject_keys, &mut subjects, &c.subject),
                    key(&mut source_keys, &mut sources, &c.source),
                )
            })
            .collect();
        SeriesKeys {
            of,
            subjects,
            sources,
        }
    }

    /// The series of claim `i` (its subject and source) as one integer.
    pub fn series(&self, i: usize) -> u64 {
        let (subject, source) = self.of[i];
        u64::from(subject) << 32 | u64::from(source)
    }
}

/// The key of `name`, made on first sight.
fn key<'c>(keys: &mut FxHashMap<&'c str, u32>, names: &mut Vec<&'c str>, name: &'c str) -> u32 {
    *keys.entry(name).or_insert_with(|| {
        names.push(name);
        // Claims are indexed by `u32` too (see `ids`): there are fewer names.
        (names.len() - 1) as u32
    })
}

/// Each key's place among the names sorted.
pub fn ranks(names: &[&str]) -> Vec<u32> {
    let mut sorted: Vec<u32> = (0..names.len() as u32).collect();
    sorted.sort_unstable_by_key(|&k| names[k as usize]);
    let mut rank = vec![0; names.len()];
    for (r, &k) in sorted.iter().enumerate() {
        rank[k as usize] = r as u32;
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_first_use_and_ranks_follow_the_names() {
        let text: String = [("b", "X"), ("a", "Y"), ("b", "Y"), ("a", "X")]
            .iter()
            .enumerate()
            .map(|(i, (subject, source))| {
                format!(
                    "[[claim]]\nid = \"c{i}\"\nsubject = \"{subject}\"\nsource = \"{source}\"\nvalue = 1\n"
                )
            })
            .collect();
        let claims = crate::schema::read(0, &text, &Default::default()).claims;
        let keys = SeriesKeys::new(&claims);
        assert_eq!(keys.of, [(0, 0), (1, 1), (0, 1), (1, 0)]);
        assert_eq!(keys.subjects, ["b", "a"]);
        assert_eq!(keys.sources, ["X", "Y"]);
        assert_eq!(ranks(&keys.subjects), [1, 0]);
        assert_eq!(keys.series(2), 1);
        assert_ne!(keys.series(0), keys.series(3));
    }
}

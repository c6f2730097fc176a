//! When two spellings are one name: `Interior ministry` and `Interior
//! Ministry`, `varna-quake/death` and `varna-quake/deaths`. `check` warns
//! where a repository writes one source or subject two ways, and `extract`
//! drafts each name as the repository (or the article, before it) already
//! writes it, so its drafts never split a series.

use rustc_hash::FxHashMap as HashMap;

use crate::model::Claim;
use crate::quantity::unit_key;
use crate::series_keys::SeriesKeys;

/// The usual spelling of each source and subject of a repository, and of
/// each name drafted since, by key.
#[derive(Debug, Default)]
pub struct Spellings {
    sources: HashMap<String, String>,
    subjects: HashMap<String, String>,
}

impl Spellings {
    /// The spellings most claims of `claims` use.
    pub fn of(claims: &[Claim]) -> Spellings {
        let keys = SeriesKeys::new(claims);
        let mut used = (
            vec![0u32; keys.subjects.len()],
            vec![0u32; keys.sources.len()],
        );
        for &(subject, source) in &keys.of {
            used.0[subject as usize] += 1;
            used.1[source as usize] += 1;
        }
        let by_key = |names: &[&str], used: &[u32], key: fn(&str) -> String| {
            let usual = usual(names, used, key);
            names
                .iter()
                .zip(&usual)
                .filter(|(_, other)| other.is_none())
                .map(|(name, _)| (key(name), (*name).to_string()))
                .collect()
        };
        Spellings {
            sources: by_key(&keys.sources, &used.1, source_key),
            subjects: by_key(&keys.subjects, &used.0, subject_key),
        }
    }

    /// `source` as it is written already, or as given (and so from now on).
    pub fn source(&mut self, source: String) -> String {
        written(&mut self.sources, source, source_key)
    }

    /// `subject` as it is written already, or as given.
    pub fn subject(&mut self, subject: String) -> String {
        written(&mut self.subjects, subject, subject_key)
    }
}

fn written(known: &mut HashMap<String, String>, name: String, key: fn(&str) -> String) -> String {
    let k = key(&name);
    // A name of no letters or digits (`?`) is like no other.
    if k.is_empty() {
        return name;
    }
    known.entry(k).or_insert(name).clone()
}

/// For each name, the name most claims write the same way (by `fold`),
/// when it is another: the most used spelling of each folded name is its
/// usual one (the first used, of two used as often).
pub fn usual(names: &[&str], used: &[u32], fold: fn(&str) -> String) -> Vec<Option<u32>> {
    let mut usual: HashMap<String, u32> = HashMap::default();
    let folded: Vec<String> = names.iter().map(|n| fold(n)).collect();
    for (k, f) in folded.iter().enumerate() {
        let k = k as u32;
        usual
            .entry(f.clone())
            .and_modify(|u| {
                if used[k as usize] > used[*u as usize] {
                    *u = k;
                }
            })
            .or_insert(k);
    }
    folded
        .iter()
        .enumerate()
        .map(|(k, f)| usual.get(f).copied().filter(|&u| u != k as u32))
        .collect()
}

/// A source as compared for spelling: case, full stops and apostrophes,
/// a leading `the`, and the marks between words do not count (`U.N.`,
/// `the UN`, `UN`).
pub fn source_key(name: &str) -> String {
    let lower: String = name
        .to_lowercase()
        .chars()
        .filter(|ch| !matches!(ch, '.' | '\'' | '’'))
        .map(|ch| if ch.is_alphanumeric() { ch } else { ' ' })
        .collect();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["the", rest @ ..] if !rest.is_empty() => rest.join(" "),
        _ => words.join(" "),
    }
}

/// A subject as compared for spelling: by slash segments, whose words
/// (between any marks) count without case or a plural `s` (words of four
/// letters or more: `gas` and `us` stay as they are).
pub fn subject_key(name: &str) -> String {
    let segments: Vec<String> = name
        .split('/')
        .map(|segment| {
            let words: Vec<String> = segment
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| match w.chars().count() {
                    0..=3 => w.to_lowercase(),
                    _ => unit_key(w),
                })
                .collect();
            words.join("-")
        })
        .collect();
    segments.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_source_share_a_key_and_others_do_not() {
        let same = [
            ("Interior Ministry", "Interior ministry"),
            ("UN", "U.N."),
            ("the UN", "UN"),
            ("Reuters", "  reuters "),
            ("Ministry of Health", "Ministry-of-Health"),
            ("People's Daily", "Peoples Daily"),
        ];
        for (a, b) in same {
            assert_eq!(source_key(a), source_key(b), "{a} / {b}");
        }
        let apart = [
            ("UN", "UNHCR"),
            ("The", "Thé"),
            ("Health Ministry", "Ministry of Health"),
        ];
        for (a, b) in apart {
            assert_ne!(source_key(a), source_key(b), "{a} / {b}");
        }
        assert_eq!(source_key("The"), "the");
    }

    #[test]
    fn spellings_of_one_subject_share_a_key_and_others_do_not() {
        let same = [
            ("varna-quake/deaths", "varna-quake/death"),
            ("Varna-Quake/Deaths", "varna_quake/deaths"),
            ("nk-troops/casualties", "nk-troops/casualty"),
        ];
        for (a, b) in same {
            assert_eq!(subject_key(a), subject_key(b), "{a} / {b}");
        }
        let apart = [
            ("gdp/2024", "gdp/2025"),
            ("gas/us", "gas/u"),
            ("quake/deaths", "quake-deaths"),
            ("quake/deaths/", "quake/deaths"),
            ("floods/deaths", "floods/death/confirmed"),
        ];
        for (a, b) in apart {
            assert_ne!(subject_key(a), subject_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn the_usual_spelling_is_the_most_used_then_the_first() {
        let names = [
            "Interior ministry",
            "Interior Ministry",
            "INTERIOR MINISTRY",
            "NIS",
        ];
        assert_eq!(
            usual(&names, &[1, 3, 1, 5], source_key),
            [Some(1), None, Some(1), None]
        );
        // Used as often: the first used is the usual one.
        assert_eq!(usual(&names[..2], &[2, 2], source_key), [None, Some(0)]);
    }
}

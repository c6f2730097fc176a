//! Claim ids across the repository: where each is first written. Made once
//! and shared by validation (duplicates, `supersedes` links) and versioning
//! (the order `supersedes` sets inside a series).

use rustc_hash::FxHashMap as HashMap;

use crate::loader::Repository;

/// Where an id is written: a loaded claim, or a claim that failed to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdRef {
    /// Index into the repository's claims.
    Claim(usize),
    /// Index into the repository's failed ids.
    Failed(usize),
}

/// The first use of an id, and its first loaded claim (later, when a
/// claim that failed to load wrote it first).
#[derive(Debug, Clone, Copy)]
pub struct FirstUse {
    pub first: IdRef,
    pub claim: Option<usize>,
}

/// Every id once, by its first use in walk order.
#[derive(Debug, Default)]
pub struct IdIndex<'a> {
    map: HashMap<&'a str, FirstUse>,
}

impl<'a> IdIndex<'a> {
    /// Index the ids of `repo`, with each repeated use and the first use
    /// it repeats. Loaded claims and the ids of failed ones are both in
    /// file order, so a merge of the two keeps walk order without sorting.
    pub fn new(repo: &'a Repository) -> (Self, Vec<(IdRef, IdRef)>) {
        let n = repo.claims.len() + repo.failed_ids.len();
        let mut map: HashMap<&str, FirstUse> =
            HashMap::with_capacity_and_hasher(n, Default::default());
        let mut repeats = Vec::new();
        let (mut i, mut e) = (0, 0);
        while i < repo.claims.len() || e < repo.failed_ids.len() {
            let claim_first = match (repo.claims.get(i), repo.failed_ids.get(e)) {
                (Some(c), Some(f)) => {
                    (c.file, c.spans.id.get().start) <= (f.location.file, f.location.span.start)
                }
                (Some(_), None) => true,
                _ => false,
            };
            let (id, this) = if claim_first {
                i += 1;
                (repo.claims[i - 1].id.as_str(), IdRef::Claim(i - 1))
            } else {
                e += 1;
                (repo.failed_ids[e - 1].id.as_str(), IdRef::Failed(e - 1))
            };
            let claim = match this {
                IdRef::Claim(c) => Some(c),
                IdRef::Failed(_) => None,
            };
            match map.get_mut(id) {
                Some(seen) => {
                    repeats.push((this, seen.first));
                    seen.claim = seen.claim.or(claim);
                }
                None => {
                    map.insert(id, FirstUse { first: this, claim });
                }
            }
        }
        (IdIndex { map }, repeats)
    }

    /// The first use of `id`.
    pub fn get(&self, id: &str) -> Option<FirstUse> {
        self.map.get(id).copied()
    }

    /// The first loaded claim with `id`.
    pub fn claim(&self, id: &str) -> Option<usize> {
        self.map.get(id)?.claim
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IdEntry, Location};

    #[test]
    fn the_first_use_wins_and_a_failed_claim_can_be_first() {
        let (repo, _) = crate::loader::load(&["claims".into()]).unwrap();
        let mut repo = repo;
        let first = repo.claims[0].clone();
        let late = repo.claims.len();
        repo.claims.push(first.clone());
        // A failed claim written before every loaded one, with the id of
        // the second claim.
        let second = repo.claims[1].id.to_string();
        repo.failed_ids.push(IdEntry {
            id: second.clone(),
            subject: None,
            source: None,
            location: Location {
                file: 0,
                span: 0..0,
            },
        });
        let (ids, repeats) = IdIndex::new(&repo);
        assert_eq!(ids.get(&first.id).map(|u| u.first), Some(IdRef::Claim(0)));
        assert_eq!(ids.claim(&first.id), Some(0));
        assert_eq!(ids.get(&second).map(|u| u.first), Some(IdRef::Failed(0)));
        assert_eq!(ids.claim(&second), Some(1));
        assert!(repeats.contains(&(IdRef::Claim(late), IdRef::Claim(0))));
        assert!(repeats.contains(&(IdRef::Claim(1), IdRef::Failed(0))));
        assert_eq!(ids.claim("no-such-id"), None);
    }
}

//! Claim ids across the repository: where each is first written (for
//! duplicates), and what each claim's `supersedes` names, looked up once
//! and shared by validation (the links' checks) and versioning (the order
//! `supersedes` sets inside a series).

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rayon::prelude::*;
use rustc_hash::FxBuildHasher;

use crate::loader::Repository;
use crate::model::Claim;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstUse {
    pub first: IdRef,
    pub claim: Option<usize>,
}

/// Every id once, by its first use in walk order.
///
/// The table holds no strings: a slot is two 32-bit indices (8 bytes, where
/// a map from `&str` took 48), and an id is read from the claim it names.
/// A repository of 2^31 claims would not fit in memory (a claim takes
/// hundreds of bytes), so 32 bits are enough.
pub struct IdIndex<'a> {
    repo: &'a Repository,
    table: HashTable<Slot>,
}

/// A first use: a claim index, or a failed-id index with [`FAILED`] set;
/// and the first loaded claim, [`NONE`] when there is none yet.
#[derive(Debug, Clone, Copy)]
struct Slot {
    first: u32,
    claim: u32,
}

const FAILED: u32 = 1 << 31;
const NONE: u32 = u32::MAX;

impl Slot {
    /// The slot of no id.
    const EMPTY: Slot = Slot {
        first: NONE,
        claim: NONE,
    };

    fn use_of(self) -> Option<FirstUse> {
        (self.first != NONE).then(|| FirstUse {
            first: self.first(),
            claim: self.claim(),
        })
    }

    fn claim(self) -> Option<usize> {
        (self.claim != NONE).then_some(self.claim as usize)
    }

    fn first(self) -> IdRef {
        if self.first & FAILED == 0 {
            IdRef::Claim(self.first as usize)
        } else {
            IdRef::Failed((self.first & !FAILED) as usize)
        }
    }
}

impl<'a> IdIndex<'a> {
    /// Index the ids of `repo`, with each repeated use and the first use
    /// it repeats. Loaded claims and the ids of failed ones are both in
    /// file order, so a merge of the two keeps walk order without sorting.
    pub fn new(repo: &'a Repository) -> (Self, Vec<(IdRef, IdRef)>) {
        let n = repo.claims.len() + repo.failed_ids.len();
        let mut index = IdIndex {
            repo,
            table: HashTable::with_capacity(n),
        };
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
            let (id, this, packed) = if claim_first {
                i += 1;
                let c = i - 1;
                (repo.claims[c].id.as_str(), IdRef::Claim(c), c as u32)
            } else {
                e += 1;
                let f = e - 1;
                (
                    repo.failed_ids[f].id.as_str(),
                    IdRef::Failed(f),
                    f as u32 | FAILED,
                )
            };
            let claim = if claim_first { packed } else { NONE };
            let hash = FxBuildHasher.hash_one(id);
            match index
                .table
                .find_mut(hash, |s| index_id(repo, s.first) == id)
            {
                Some(seen) => {
                    repeats.push((this, seen.first()));
                    if seen.claim == NONE {
                        seen.claim = claim;
                    }
                }
                None => {
                    index.table.insert_unique(
                        hash,
                        Slot {
                            first: packed,
                            claim,
                        },
                        |s| FxBuildHasher.hash_one(index_id(repo, s.first)),
                    );
                }
            }
        }
        (index, repeats)
    }

    fn slot(&self, id: &str) -> Option<Slot> {
        let hash = FxBuildHasher.hash_one(id);
        self.table
            .find(hash, |s| index_id(self.repo, s.first) == id)
            .copied()
    }

    /// The first use of `id`.
    pub fn get(&self, id: &str) -> Option<FirstUse> {
        self.slot(id).and_then(Slot::use_of)
    }
}

/// The first use of the id each claim's `supersedes` names, in claim order:
/// looked up once, in parallel, for validation and versioning both. A slot
/// of 8 bytes a claim.
pub struct Superseded(Vec<Slot>);

impl Superseded {
    pub fn new(claims: &[Claim], ids: &IdIndex<'_>) -> Self {
        Superseded(
            claims
                .par_iter()
                .map(|c| {
                    c.supersedes
                        .as_deref()
                        .and_then(|id| ids.slot(id))
                        .unwrap_or(Slot::EMPTY)
                })
                .collect(),
        )
    }

    /// The first use of the id claim `i` supersedes, when some claim (loaded
    /// or not) has it; `None` too when claim `i` supersedes nothing.
    pub fn get(&self, i: usize) -> Option<FirstUse> {
        self.0.get(i).copied().and_then(Slot::use_of)
    }

    /// The first loaded claim with the id claim `i` supersedes.
    pub fn claim(&self, i: usize) -> Option<usize> {
        self.0.get(i).copied().and_then(Slot::claim)
    }
}

/// An id for a new claim of `subject` by `source`, as the shipped claims
/// write theirs: the source's slug, the subject's last segment's, and
/// `stated` where given (`health-ministry-cases-2026-02-21`), numbered
/// past the ids `repo` holds (`…-2`).
pub fn proposed(repo: &Repository, source: &str, subject: &str, stated: Option<&str>) -> String {
    use crate::extract::slug;
    let leaf = subject
        .rsplit('/')
        .find(|s| !s.is_empty())
        .unwrap_or(subject);
    let mut base = format!("{}-{}", slug(source), slug(leaf));
    if let Some(stated) = stated {
        base = format!("{base}-{}", slug(stated));
    }
    let taken: std::collections::HashSet<&str> = repo
        .claims
        .iter()
        .map(|c| &*c.id)
        .chain(repo.failed_ids.iter().map(|e| e.id.as_str()))
        .collect();
    numbered(&base, |id| taken.contains(id))
}

/// `base`, or the first of `base-2`, `base-3`, … that is not `taken`: how
/// `add` and `extract` number an id past the ones in use.
pub fn numbered(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = base.to_string();
    let mut k = 2;
    while taken(&id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    id
}

/// The id a packed first use names.
fn index_id(repo: &Repository, first: u32) -> &str {
    if first & FAILED == 0 {
        &repo.claims[first as usize].id
    } else {
        &repo.failed_ids[(first & !FAILED) as usize].id
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
        assert_eq!(ids.get(&first.id).and_then(|u| u.claim), Some(0));
        assert_eq!(ids.get(&second).map(|u| u.first), Some(IdRef::Failed(0)));
        assert_eq!(ids.get(&second).and_then(|u| u.claim), Some(1));
        assert!(repeats.contains(&(IdRef::Claim(late), IdRef::Claim(0))));
        assert!(repeats.contains(&(IdRef::Claim(1), IdRef::Failed(0))));
        assert_eq!(ids.get("no-such-id"), None);
    }

    #[test]
    fn each_link_is_looked_up_once_as_the_index_would() {
        let (mut repo, _) = crate::loader::load(&["claims".into()]).unwrap();
        // One link to no claim, one to a claim that failed to load, one
        // claim that supersedes nothing.
        repo.claims[0].supersedes = Some("no-such-id".into());
        repo.claims[1].supersedes = Some("failed-one".into());
        repo.claims[2].supersedes = None;
        repo.failed_ids.push(IdEntry {
            id: "failed-one".into(),
            subject: None,
            source: None,
            location: Location {
                file: 0,
                span: 0..0,
            },
        });
        let (ids, _) = IdIndex::new(&repo);
        let superseded = Superseded::new(&repo.claims, &ids);
        let mut linked = 0;
        for (i, c) in repo.claims.iter().enumerate() {
            let named = c.supersedes.as_deref();
            assert_eq!(
                superseded.get(i),
                named.and_then(|id| ids.get(id)),
                "{}",
                c.id
            );
            let claim = named.and_then(|id| ids.get(id)).and_then(|u| u.claim);
            assert_eq!(superseded.claim(i), claim);
            linked += usize::from(superseded.claim(i).is_some());
        }
        assert!(linked > 0, "the shipped claims have revision chains");
        assert_eq!(superseded.get(0), None);
        assert_eq!(superseded.get(1).map(|u| u.first), Some(IdRef::Failed(0)));
        assert_eq!(superseded.claim(1), None);
        assert_eq!(superseded.get(2), None);
        assert_eq!(superseded.get(repo.claims.len()), None);
    }
}

//! Record-level changes between two states of a claim repository: claims
//! added, removed, modified field by field, moved between files; and their
//! effect on reconciliation, revisions and `check`. The base is kept as a
//! [`Digest`] while the head is loaded, so the two are never held whole at
//! once; the base claims that changed are read again to compare them.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{BuildHasher, Hash, Hasher, RandomState};

use compact_str::CompactString;
use hashbrown::HashTable;
use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashSet as HashSet};

use crate::Analysis;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ids::IdIndex;
use crate::loader::Repository;
use crate::model::Claim;
use crate::reconcile::{self, SubjectStatus};
use crate::versions::StepKind;
use crate::wordiff::{self, Piece};

/// One field that differs between the two versions of a claim.
#[derive(Debug, Clone)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
    /// Word diff, for text fields.
    pub diff: Option<Vec<Piece>>,
}

/// A claim present on both sides whose fields or file differ.
#[derive(Debug, Clone)]
pub struct Modified {
    pub id: String,
    /// Claim index in the base repository the comparison was finished
    /// with (see [`Outline::finish`]).
    pub base: usize,
    /// Claim index on the head side.
    pub head: usize,
    pub fields: Vec<FieldChange>,
    /// (old file, new file) when the claim moved.
    pub moved: Option<(String, String)>,
}

/// A claim only the base has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    /// Claim index in the base repository the comparison was finished with.
    pub claim: usize,
    /// Its version in its series on the base side.
    pub version: usize,
}

/// A subject whose reconciliation status differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub subject: String,
    /// `None`: the subject did not exist on that side.
    pub before: Option<SubjectStatus>,
    pub after: Option<SubjectStatus>,
}

/// A step between two versions that the base did not have.
#[derive(Debug, Clone)]
pub struct NewStep {
    pub subject: String,
    pub source: String,
    /// Claim indices on the head side.
    pub old: usize,
    pub new: usize,
    pub kind: StepKind,
}

/// Everything a change does.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// Head claim indices.
    pub added: Vec<usize>,
    pub removed: Vec<Removed>,
    pub modified: Vec<Modified>,
    pub status_changes: Vec<StatusChange>,
    pub new_steps: Vec<NewStep>,
    /// Errors on the head side that the base did not have.
    pub new_errors: Vec<Diagnostic>,
}

impl Changes {
    /// Subjects that are in conflict now and were not before.
    pub fn new_conflicts(&self) -> impl Iterator<Item = &StatusChange> {
        self.status_changes.iter().filter(|s| {
            s.after == Some(SubjectStatus::Conflict) && s.before != Some(SubjectStatus::Conflict)
        })
    }

    /// Whether nothing changed at the level of records.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.modified.is_empty()
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The fields compared, as text; the bool marks free text (word-diffed).
pub fn fields(c: &Claim) -> [(&'static str, String, bool); 16] {
    [
        ("subject", c.subject.to_string(), false),
        ("source", c.source.to_string(), false),
        ("via", c.via.join(" → "), false),
        ("value", c.value.to_string(), true),
        ("kind", c.kind.as_str().to_string(), false),
        ("unit", opt(&c.unit), false),
        ("stated", opt(&c.stated), false),
        ("as_of", opt(&c.as_of()), false),
        ("supersedes", opt(&c.supersedes), false),
        ("quote", opt(&c.quote), true),
        ("reliability", opt(&c.reliability()), false),
        ("note", opt(&c.note()), true),
        ("tags", c.tags().join(", "), false),
        ("basis", c.basis.as_str().to_string(), false),
        ("status", c.status.as_str().to_string(), false),
        ("status_reason", opt(&c.status_reason()), true),
    ]
}

fn field_changes(a: &Claim, b: &Claim) -> Vec<FieldChange> {
    fields(a)
        .into_iter()
        .zip(fields(b))
        .filter(|((_, x, _), (_, y, _))| x != y)
        .map(|((field, old, text), (_, new, _))| FieldChange {
            field,
            diff: text.then(|| wordiff::diff(&old, &new)),
            old,
            new,
        })
        .collect()
}

/// The first loaded claim with `id`.
fn first_claim(ids: &IdIndex<'_>, id: &str) -> Option<usize> {
    ids.get(id).and_then(|u| u.claim)
}

/// Each subject's status, its reconciliation let go of as soon as it is made.
fn statuses(a: &Analysis) -> BTreeMap<String, SubjectStatus> {
    let subjects: Vec<&str> = a.versions.subjects().collect();
    let statuses: Vec<SubjectStatus> = subjects
        .par_iter()
        .map(|s| reconcile::reconcile(&a.repo.claims, &a.versions, s, None).status)
        .collect();
    subjects
        .into_iter()
        .map(str::to_string)
        .zip(statuses)
        .collect()
}

/// Findings keyed without line numbers, which shift when lines are added
/// (errors here; `add` keys warnings so too).
pub(crate) type ErrorKey = (String, &'static str, String);

pub(crate) fn error_key(a: &Analysis, d: &Diagnostic) -> ErrorKey {
    (
        a.repo.files[d.location.file].path.clone(),
        d.code.as_str(),
        d.message.clone(),
    )
}

/// Compare two analyses of the same claim folder.
pub fn compare(base: &Analysis, head: &Analysis) -> Result<Changes, Vanished> {
    let digest = Digest::of(base);
    digest.outline(head).finish(&digest, &base.repo, head)
}

/// What a comparison keeps of the base side, so that the base's claims
/// need not be held while the head is loaded: each id's first claim as a
/// fingerprint of its compared fields (with its file and version), the
/// subjects' statuses, the steps between versions and the errors. The
/// claims that turn out to differ are read again afterwards (see
/// [`Outline::base_files`]), so only they are held in full.
pub struct Digest {
    /// Keys of the fingerprints' two hashes, shared with the head side.
    keys: [RandomState; 2],
    /// The base's file paths, by file id.
    files: Vec<String>,
    /// Each id's first claim, in base order.
    firsts: Vec<First>,
    /// Indices into `firsts`, found by id.
    index: HashTable<u32>,
    statuses: BTreeMap<String, SubjectStatus>,
    /// Steps between versions, as pairs of indices into `firsts`.
    steps: HashSet<(u32, u32)>,
    errors: HashSet<ErrorKey>,
}

/// The first claim of an id on the base side (48 bytes: no field needs
/// more than 8-byte alignment).
struct First {
    id: CompactString,
    fingerprint: [u64; 2],
    /// Index into [`Digest::files`].
    file: u32,
    /// Its version in its series (a repository holds fewer than 2^32 claims).
    version: u32,
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<First>() == 48);

/// Two keyed hashes (SipHash, random keys) of what [`fields`] gives: two
/// claims with the same fingerprint have the same fields, but for a chance
/// of about one in 2^128.
fn fingerprint(keys: &[RandomState; 2], c: &Claim) -> [u64; 2] {
    let fields = fields(c);
    let one = |key: &RandomState| {
        let mut h = key.build_hasher();
        for (_, text, _) in &fields {
            text.hash(&mut h);
        }
        h.finish()
    };
    [one(&keys[0]), one(&keys[1])]
}

impl Digest {
    /// The digest of a base analysis (fingerprints made in parallel).
    pub fn of(base: &Analysis) -> Digest {
        let claims = &base.repo.claims;
        let mut firsts: Vec<First> = Vec::with_capacity(claims.len());
        let mut first_claims: Vec<usize> = Vec::with_capacity(claims.len());
        let mut index: HashTable<u32> = HashTable::with_capacity(claims.len());
        // The index into `firsts` of each claim's id, for the steps.
        let mut first_of: Vec<u32> = Vec::with_capacity(claims.len());
        for (i, c) in claims.iter().enumerate() {
            let hash = FxBuildHasher.hash_one(c.id.as_str());
            if let Some(&k) = index.find(hash, |&k| firsts[k as usize].id == c.id) {
                first_of.push(k);
                continue;
            }
            let k = firsts.len() as u32;
            index.insert_unique(hash, k, |&k| {
                FxBuildHasher.hash_one(firsts[k as usize].id.as_str())
            });
            first_of.push(k);
            firsts.push(First {
                id: c.id.clone(),
                fingerprint: [0; 2],
                file: c.file as u32,
                version: base.versions.version[i] as u32,
            });
            first_claims.push(i);
        }
        let keys = [RandomState::new(), RandomState::new()];
        firsts
            .par_iter_mut()
            .zip(first_claims.par_iter())
            .for_each(|(f, &i)| f.fingerprint = fingerprint(&keys, &claims[i]));
        let steps = base
            .versions
            .series
            .iter()
            .flat_map(|s| s.claims.windows(2))
            .map(|w| (first_of[w[0]], first_of[w[1]]))
            .collect();
        Digest {
            keys,
            files: base.repo.files.iter().map(|f| f.path.clone()).collect(),
            firsts,
            index,
            statuses: statuses(base),
            steps,
            errors: base
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| error_key(base, d))
                .collect(),
        }
    }

    /// The index into `firsts` of an id's first claim.
    fn find(&self, id: &str) -> Option<u32> {
        let hash = FxBuildHasher.hash_one(id);
        self.index
            .find(hash, |&k| self.firsts[k as usize].id == id)
            .copied()
    }

    /// Compare the head with this digest: everything but the fields of
    /// the claims that differ, which need the base claims themselves.
    pub fn outline(&self, head: &Analysis) -> Outline {
        let hc = &head.repo.claims;
        let mut out = Changes::default();
        // The head claims that are their id's first loaded claim, each with
        // the base's first of that id.
        let (ids, _) = IdIndex::new(&head.repo);
        let firsts: Vec<(u32, Option<u32>)> = hc
            .iter()
            .enumerate()
            .filter(|&(i, c)| first_claim(&ids, &c.id) == Some(i))
            .map(|(i, c)| (i as u32, self.find(&c.id)))
            .collect();
        drop(ids);
        let differs: Vec<bool> = firsts
            .par_iter()
            .map(|&(i, k)| {
                k.is_some_and(|k| {
                    let (f, c) = (&self.firsts[k as usize], &hc[i as usize]);
                    self.files[f.file as usize] != head.repo.files[c.file].path
                        || f.fingerprint != fingerprint(&self.keys, c)
                })
            })
            .collect();
        let mut differing = Vec::new();
        // Whether each base first has its id in the head.
        let mut kept = vec![false; self.firsts.len()];
        for (&(i, k), differs) in firsts.iter().zip(differs) {
            match k {
                None => out.added.push(i as usize),
                Some(k) => {
                    kept[k as usize] = true;
                    if differs {
                        differing.push((i as usize, k));
                    }
                }
            }
        }
        drop(firsts);
        let removed = (0..self.firsts.len() as u32)
            .filter(|&k| !kept[k as usize])
            .collect();

        let after = statuses(head);
        let subjects: BTreeSet<&String> = self.statuses.keys().chain(after.keys()).collect();
        for s in subjects {
            let (x, y) = (self.statuses.get(s).copied(), after.get(s).copied());
            if x != y {
                out.status_changes.push(StatusChange {
                    subject: s.clone(),
                    before: x,
                    after: y,
                });
            }
        }

        // Steps between versions, named by the ids of their two claims.
        for s in &head.versions.series {
            for (w, kind) in s.claims.windows(2).zip(&s.steps) {
                let step = self.find(&hc[w[0]].id).zip(self.find(&hc[w[1]].id));
                if !step.is_some_and(|step| self.steps.contains(&step)) {
                    out.new_steps.push(NewStep {
                        subject: s.subject.to_string(),
                        source: s.source.to_string(),
                        old: w[0],
                        new: w[1],
                        kind: *kind,
                    });
                }
            }
        }

        out.new_errors = head
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && !self.errors.contains(&error_key(head, d)))
            .cloned()
            .collect();
        Outline {
            changes: out,
            differing,
            removed,
        }
    }
}

/// A comparison with the base's claims still to be read: which claims
/// differ is known, not yet how.
pub struct Outline {
    changes: Changes,
    /// Head claims (first of their id) whose base claim differs in its
    /// fields or file, with the base's index into [`Digest::firsts`].
    differing: Vec<(usize, u32)>,
    /// Base firsts that the head does not have, in base order.
    removed: Vec<u32>,
}

/// A base claim that was not found when its file was read again.
#[derive(Debug)]
pub struct Vanished(pub String);

impl std::fmt::Display for Vanished {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "claim `{}` was not found when its base file was read again",
            self.0
        )
    }
}

impl std::error::Error for Vanished {}

impl Outline {
    /// The base files that hold the claims still to compare (the removed
    /// ones and those that differ): a repository of these files, read as
    /// they are at the base, is what [`Outline::finish`] needs.
    pub fn base_files<'d>(&self, digest: &'d Digest) -> HashSet<&'d str> {
        let file = |k: u32| digest.files[digest.firsts[k as usize].file as usize].as_str();
        self.differing
            .iter()
            .map(|&(_, k)| file(k))
            .chain(self.removed.iter().map(|&k| file(k)))
            .collect()
    }

    /// The changes, with the fields of the claims that differ compared.
    /// `base` holds at least [`Outline::base_files`], as the digest's
    /// analysis read them; indices into its claims fill `removed` and
    /// `modified`.
    pub fn finish(
        self,
        digest: &Digest,
        base: &Repository,
        head: &Analysis,
    ) -> Result<Changes, Vanished> {
        let (bc, hc) = (&base.claims, &head.repo.claims);
        let (b_ids, _) = IdIndex::new(base);
        let claim = |k: u32| {
            let id = digest.firsts[k as usize].id.as_str();
            first_claim(&b_ids, id).ok_or_else(|| Vanished(id.to_string()))
        };
        let mut out = self.changes;
        for (i, k) in self.differing {
            let (j, c) = (claim(k)?, &hc[i]);
            let old = &bc[j];
            let (old_file, new_file) = (&base.files[old.file].path, &head.repo.files[c.file].path);
            let fields = field_changes(old, c);
            let moved = (old_file != new_file).then(|| (old_file.clone(), new_file.clone()));
            if !fields.is_empty() || moved.is_some() {
                out.modified.push(Modified {
                    id: c.id.to_string(),
                    base: j,
                    head: i,
                    fields,
                    moved,
                });
            }
        }
        for k in self.removed {
            out.removed.push(Removed {
                claim: claim(k)?,
                version: digest.firsts[k as usize].version as usize,
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use rustc_hash::FxHashMap as HashMap;

    use super::*;
    use crate::loader::{self, Content, Input};

    /// Files (name, text) read as one repository, each text held or not.
    fn repository(files: &[(&str, &str)], texts: bool) -> (Repository, Vec<Diagnostic>) {
        let inputs = files
            .iter()
            .map(|(name, text)| Input {
                shown: name.to_string(),
                content: Content::Bytes(text.as_bytes().to_vec()),
                root: 0,
                keep_text: texts,
            })
            .collect();
        let (mut repo, mut diagnostics) = (Repository::default(), Vec::new());
        loader::assemble(&mut repo, &mut diagnostics, &[], inputs, None);
        (repo, diagnostics)
    }

    fn analysis(files: &[(&str, &str)]) -> Analysis {
        let (repo, diagnostics) = repository(files, true);
        crate::analyse_loaded(repo, diagnostics)
    }

    fn claim(id: &str, source: &str, value: &str, stated: &str) -> String {
        format!(
            "[[claim]]\nid = \"{id}\"\nsubject = \"s\"\nsource = \"{source}\"\nvalue = \"{value}\"\nstated = {stated}\n\n"
        )
    }

    /// What a comparison found, by id (indices differ between a whole
    /// base and the part of it read again).
    fn by_id(c: &Changes, base: &Repository, head: &Analysis) -> Vec<String> {
        let mut out: Vec<String> = c
            .added
            .iter()
            .map(|&i| format!("added {}", head.repo.claims[i].id))
            .collect();
        out.extend(
            c.removed
                .iter()
                .map(|r| format!("removed {} v{}", base.claims[r.claim].id, r.version)),
        );
        out.extend(c.modified.iter().map(|m| {
            let fields: Vec<_> = m.fields.iter().map(|f| (f.field, &f.old, &f.new)).collect();
            format!("modified {} {fields:?} {:?}", m.id, m.moved)
        }));
        out.extend(c.status_changes.iter().map(|s| format!("{s:?}")));
        out.extend(c.new_steps.iter().map(|s| {
            let hc = &head.repo.claims;
            format!("step {} → {}", hc[s.old].id, hc[s.new].id)
        }));
        out.extend(c.new_errors.iter().map(|d| d.message.clone()));
        out
    }

    #[test]
    fn the_files_read_again_give_what_the_whole_base_gives() {
        let a = [
            claim("one", "A", "10", "2025-01-01"),
            claim("two", "A", "20", "2025-02-01"),
        ]
        .concat();
        let b = claim("three", "B", "12", "2025-01-05");
        let c = claim("four", "C", "11", "2025-01-07");
        let base_files = [
            ("a.toml", a.as_str()),
            ("b.toml", b.as_str()),
            ("c.toml", c.as_str()),
        ];
        let base = analysis(&base_files);
        // `two` changes its value, `three` moves to a new file, `four` goes,
        // `five` comes and `one` is used twice.
        let a2 = [
            claim("one", "A", "10", "2025-01-01"),
            claim("two", "A", "about 25", "2025-02-01"),
            claim("five", "A", "30", "2025-03-01"),
        ]
        .concat();
        let d2 = [
            claim("three", "B", "12", "2025-01-05"),
            claim("one", "D", "1", "2025-01-01"),
        ]
        .concat();
        let head = analysis(&[("a.toml", a2.as_str()), ("d.toml", d2.as_str())]);

        let whole = compare(&base, &head).expect("compared");
        let digest = Digest::of(&base);
        let outline = digest.outline(&head);
        let mut files: Vec<&str> = outline.base_files(&digest).into_iter().collect();
        files.sort_unstable();
        assert_eq!(files, ["a.toml", "b.toml", "c.toml"]);
        // Only the files named, read without their texts.
        let (part, _) = repository(
            &base_files
                .iter()
                .copied()
                .filter(|(f, _)| files.contains(f))
                .collect::<Vec<_>>(),
            false,
        );
        let found = outline.finish(&digest, &part, &head).expect("compared");
        let got = by_id(&found, &part, &head);
        assert_eq!(got, by_id(&whole, &base.repo, &head));
        assert!(got.contains(&"added five".to_string()), "{got:?}");
        assert!(got.contains(&"removed four v1".to_string()), "{got:?}");
        assert!(
            got.iter()
                .any(|g| g.starts_with("modified two [(\"value\", \"20\", \"about 25\")]")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|g| g.starts_with("modified three []") && g.contains("\"d.toml\"")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|g| g.contains("`one` is used twice")),
            "{got:?}"
        );
        // `one` and its twin are not compared: the first `one` is the same.
        assert!(
            !got.iter().any(|g| g.starts_with("modified one")),
            "{got:?}"
        );
    }

    /// Claims as (file, id, source, value, day), laid out in files.
    fn layout(claims: &[(usize, usize, usize, usize, usize)]) -> Vec<(String, String)> {
        let mut files: BTreeMap<String, String> = BTreeMap::new();
        for &(file, id, source, value, day) in claims {
            let text = claim(
                &format!("c{id}"),
                ["A", "B"][source],
                ["10", "about 20", "at least 30"][value],
                &format!("2025-01-0{}", day + 1),
            );
            files
                .entry(format!("f{file}.toml"))
                .or_default()
                .push_str(&text);
        }
        files.into_iter().collect()
    }

    fn first_by_id(claims: &[Claim]) -> HashMap<&str, usize> {
        let mut map = HashMap::default();
        for (i, c) in claims.iter().enumerate() {
            map.entry(c.id.as_str()).or_insert(i);
        }
        map
    }

    /// Record-level changes the plain way: both sides' claims at hand,
    /// every field of every id compared.
    fn plainly(base: &Analysis, head: &Analysis) -> Vec<String> {
        let (bc, hc) = (&base.repo.claims, &head.repo.claims);
        let (b_ids, h_ids) = (first_by_id(bc), first_by_id(hc));
        let mut out = Vec::new();
        for (i, c) in hc.iter().enumerate() {
            if h_ids[c.id.as_str()] == i && !b_ids.contains_key(c.id.as_str()) {
                out.push(format!("added {}", c.id));
            }
        }
        for (j, c) in bc.iter().enumerate() {
            if b_ids[c.id.as_str()] == j && !h_ids.contains_key(c.id.as_str()) {
                out.push(format!("removed {} v{}", c.id, base.versions.version[j]));
            }
        }
        for (i, c) in hc.iter().enumerate() {
            let Some(&j) = b_ids
                .get(c.id.as_str())
                .filter(|_| h_ids[c.id.as_str()] == i)
            else {
                continue;
            };
            let (from, to) = (
                &base.repo.files[bc[j].file].path,
                &head.repo.files[c.file].path,
            );
            let moved = (from != to).then(|| (from.clone(), to.clone()));
            let fields: Vec<_> = field_changes(&bc[j], c)
                .into_iter()
                .map(|f| (f.field, f.old, f.new))
                .collect();
            if !fields.is_empty() || moved.is_some() {
                let fields: Vec<_> = fields.iter().map(|(f, o, n)| (*f, o, n)).collect();
                out.push(format!("modified {} {fields:?} {moved:?}", c.id));
            }
        }
        out
    }

    fn refs(files: &[(String, String)]) -> Vec<(&str, &str)> {
        files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect()
    }

    fn claims()
    -> impl proptest::strategy::Strategy<Value = Vec<(usize, usize, usize, usize, usize)>> {
        proptest::collection::vec(
            (0..3usize, 0..6usize, 0..2usize, 0..3usize, 0..2usize),
            0..10,
        )
    }

    proptest::proptest! {
        /// Whatever the two sides hold (ids repeated, moved, gone, new,
        /// changed in any field), the digest and the files read again
        /// find what comparing both sides whole finds.
        #[test]
        fn the_digest_finds_what_comparing_whole_sides_finds(base in claims(), head in claims()) {
            let (b, h) = (layout(&base), layout(&head));
            let (base, head) = (analysis(&refs(&b)), analysis(&refs(&h)));
            let digest = Digest::of(&base);
            let outline = digest.outline(&head);
            let wanted = outline.base_files(&digest);
            let (part, _) = repository(
                &refs(&b).into_iter().filter(|(f, _)| wanted.contains(f)).collect::<Vec<_>>(),
                false,
            );
            let found = outline.finish(&digest, &part, &head).map_err(|e| {
                proptest::test_runner::TestCaseError::fail(e.to_string())
            })?;
            let mut got: Vec<String> = by_id(&found, &part, &head)
                .into_iter()
                .filter(|g| ["added ", "removed ", "modified "].iter().any(|k| g.starts_with(k)))
                .collect();
            let mut want = plainly(&base, &head);
            got.sort();
            want.sort();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn nothing_is_read_again_when_nothing_changed_and_a_missing_claim_is_an_error() {
        let a = claim("one", "A", "10", "2025-01-01");
        let base = analysis(&[("a.toml", a.as_str())]);
        let digest = Digest::of(&base);
        let same = digest.outline(&analysis(&[("a.toml", a.as_str())]));
        assert!(same.base_files(&digest).is_empty());

        let other = claim("one", "A", "11", "2025-01-01");
        let head = analysis(&[("a.toml", other.as_str())]);
        let outline = digest.outline(&head);
        assert_eq!(
            outline.base_files(&digest).into_iter().collect::<Vec<_>>(),
            ["a.toml"]
        );
        let empty = Repository::default();
        let missing = outline.finish(&digest, &empty, &head);
        assert_eq!(
            missing.map(|_| ()).map_err(|e| e.to_string()),
            Err("claim `one` was not found when its base file was read again".to_string())
        );
    }
}

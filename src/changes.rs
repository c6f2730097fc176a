//! Record-level changes between two states of a claim repository: claims
//! added, removed, modified field by field, moved between files; and their
//! effect on reconciliation, revisions and `check`.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::Analysis;
use crate::diagnostic::{Diagnostic, Severity};
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
    /// Claim index on the base side.
    pub base: usize,
    /// Claim index on the head side.
    pub head: usize,
    pub fields: Vec<FieldChange>,
    /// (old file, new file) when the claim moved.
    pub moved: Option<(String, String)>,
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
    /// Base claim indices.
    pub removed: Vec<usize>,
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

fn first_by_id(claims: &[Claim]) -> HashMap<&str, usize> {
    let mut map = HashMap::with_capacity_and_hasher(claims.len(), Default::default());
    for (i, c) in claims.iter().enumerate() {
        map.entry(c.id.as_str()).or_insert(i);
    }
    map
}

fn statuses(a: &Analysis) -> BTreeMap<String, SubjectStatus> {
    reconcile::reconcile_all(&a.repo.claims, &a.versions)
        .into_iter()
        .map(|r| (r.subject, r.status))
        .collect()
}

/// Errors keyed without line numbers, which shift when lines are added.
fn error_key(a: &Analysis, d: &Diagnostic) -> (String, &'static str, String) {
    (
        a.repo.files[d.location.file].path.clone(),
        d.code.as_str(),
        d.message.clone(),
    )
}

/// Compare two analyses of the same claim folder.
pub fn compare(base: &Analysis, head: &Analysis) -> Changes {
    let (bc, hc) = (&base.repo.claims, &head.repo.claims);
    let (b_ids, h_ids) = (first_by_id(bc), first_by_id(hc));
    let mut out = Changes::default();

    for (i, c) in hc.iter().enumerate() {
        match b_ids.get(c.id.as_str()) {
            None if h_ids.get(c.id.as_str()) == Some(&i) => out.added.push(i),
            None => {}
            Some(&j) if h_ids.get(c.id.as_str()) == Some(&i) => {
                let old = &bc[j];
                let (old_file, new_file) = (
                    &base.repo.files[old.file].path,
                    &head.repo.files[c.file].path,
                );
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
            Some(_) => {}
        }
    }
    for (j, c) in bc.iter().enumerate() {
        if !h_ids.contains_key(c.id.as_str()) && b_ids.get(c.id.as_str()) == Some(&j) {
            out.removed.push(j);
        }
    }

    let (before, after) = (statuses(base), statuses(head));
    let subjects: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for s in subjects {
        let (x, y) = (before.get(s).copied(), after.get(s).copied());
        if x != y {
            out.status_changes.push(StatusChange {
                subject: s.clone(),
                before: x,
                after: y,
            });
        }
    }

    // Steps between versions, named by the ids of their two claims.
    let base_steps: HashSet<(&str, &str)> = base
        .versions
        .series
        .iter()
        .flat_map(|s| {
            s.claims
                .windows(2)
                .map(|w| (bc[w[0]].id.as_str(), bc[w[1]].id.as_str()))
        })
        .collect();
    for s in &head.versions.series {
        for (w, kind) in s.claims.windows(2).zip(&s.steps) {
            if !base_steps.contains(&(hc[w[0]].id.as_str(), hc[w[1]].id.as_str())) {
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

    let known: HashSet<_> = base
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| error_key(base, d))
        .collect();
    out.new_errors = head
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && !known.contains(&error_key(head, d)))
        .cloned()
        .collect();
    out
}

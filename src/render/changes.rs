//! `changes BASE [HEAD]`: record-level changes and their effects, for a
//! terminal or a pull-request comment.

use serde_json::{Value, json};

use super::records::{at, record_json};
use super::{Block, Grid, Style, View, form};
use crate::Analysis;
use crate::changes::Changes;
use crate::loader::Repository;
use crate::versions::{self, StepKind};
use crate::wordiff;

/// Lists longer than this fold away in markdown.
const FOLD_AFTER: usize = 10;

/// The `changes` view.
pub struct ChangesView<'a> {
    /// The base's claims: at least those `changes` names.
    pub base: &'a Repository,
    pub head: &'a Analysis,
    pub base_name: String,
    pub head_name: String,
    pub changes: &'a Changes,
}

fn section(title: String, count: usize, body: Vec<Block>) -> Vec<Block> {
    if count > FOLD_AFTER {
        vec![Block::Details(title, body)]
    } else {
        let mut v = vec![Block::Heading(3, title)];
        v.extend(body);
        v
    }
}

impl ChangesView<'_> {
    fn claim_table(&self, side: &Repository, claims: impl Iterator<Item = usize>) -> Grid {
        let mut g =
            Grid::new(&["id", "subject", "source", "value", "stated", "at"]).optional(&["at"]);
        for i in claims {
            let c = &side.claims[i];
            g.push(vec![
                c.id.to_string(),
                c.subject.to_string(),
                c.source.to_string(),
                form::truncate(&c.value, 60),
                c.stated.as_ref().map_or("—".into(), ToString::to_string),
                at(side, c),
            ]);
        }
        g
    }

    fn summary(&self) -> String {
        let c = self.changes;
        let moved = c.modified.iter().filter(|m| m.moved.is_some()).count();
        let revisions = c
            .new_steps
            .iter()
            .filter(|s| s.kind == StepKind::Revision)
            .count();
        format!(
            "{} added, {} removed, {} modified ({} moved); {} changed status ({} new conflict{}), {}, {}",
            c.added.len(),
            c.removed.len(),
            c.modified.len(),
            moved,
            form::counted(c.status_changes.len(), "subject"),
            c.new_conflicts().count(),
            if c.new_conflicts().count() == 1 {
                ""
            } else {
                "s"
            },
            form::counted(revisions, "new revision"),
            form::counted(c.new_errors.len(), "new check error"),
        )
    }
}

impl View for ChangesView<'_> {
    fn blocks(&self, style: &Style) -> Vec<Block> {
        let c = self.changes;
        let hc = &self.head.repo.claims;
        let mut blocks = vec![
            Block::Heading(
                2,
                format!("claim changes {}..{}", self.base_name, self.head_name),
            ),
            Block::Line(self.summary()),
        ];
        if !c.added.is_empty() {
            blocks.extend(section(
                format!("added ({})", c.added.len()),
                c.added.len(),
                vec![Block::Table(
                    self.claim_table(&self.head.repo, c.added.iter().copied()),
                )],
            ));
        }
        if !c.removed.is_empty() {
            blocks.extend(section(
                format!("removed ({})", c.removed.len()),
                c.removed.len(),
                vec![Block::Table(
                    self.claim_table(self.base, c.removed.iter().map(|r| r.claim)),
                )],
            ));
        }
        if !c.modified.is_empty() {
            let items = c
                .modified
                .iter()
                .map(|m| {
                    let mut parts = Vec::new();
                    if let Some((from, to)) = &m.moved {
                        parts.push(format!("moved from {from} to {to}"));
                    }
                    for f in &m.fields {
                        let change = match &f.diff {
                            Some(d) => style.diff(d),
                            None => format!(
                                "{} → {}",
                                if f.old.is_empty() { "—" } else { &f.old },
                                if f.new.is_empty() { "—" } else { &f.new }
                            ),
                        };
                        parts.push(format!("{}: {change}", f.field));
                    }
                    Block::Item(format!(
                        "`{}` ({}): {}",
                        m.id,
                        at(&self.head.repo, &hc[m.head]),
                        parts.join("; ")
                    ))
                })
                .collect();
            blocks.extend(section(
                format!("modified ({})", c.modified.len()),
                c.modified.len(),
                items,
            ));
        }
        if !c.status_changes.is_empty() {
            let mut g = Grid::new(&["subject", "before", "after"]);
            for s in &c.status_changes {
                let name = |x: Option<crate::reconcile::SubjectStatus>| {
                    x.map_or("—", |x| x.as_str()).to_string()
                };
                g.push(vec![s.subject.clone(), name(s.before), name(s.after)]);
            }
            blocks.extend(section(
                format!("subjects whose status changed ({})", c.status_changes.len()),
                c.status_changes.len(),
                vec![Block::Table(g)],
            ));
        }
        if !c.new_steps.is_empty() {
            let mut g = Grid::new(&["subject", "source", "from", "to", "change"]);
            for s in &c.new_steps {
                let r = versions::revision(hc, s.old, s.new, s.kind);
                g.push(vec![
                    s.subject.clone(),
                    s.source.clone(),
                    form::claim_short(&hc[s.old]),
                    form::claim_short(&hc[s.new]),
                    form::step(&r, &hc[s.old], &hc[s.new]),
                ]);
            }
            blocks.extend(section(
                format!("new steps in series ({})", c.new_steps.len()),
                c.new_steps.len(),
                vec![Block::Table(g)],
            ));
        }
        if !c.new_errors.is_empty() {
            let mut g = Grid::new(&["code", "at", "message"]);
            let located = super::diagnostics::locate(&c.new_errors, &self.head.repo.files);
            for (d, at) in c.new_errors.iter().zip(&located) {
                g.push(vec![
                    d.code.as_str().into(),
                    at.at().shown(),
                    d.message.clone(),
                ]);
            }
            blocks.extend(section(
                format!("claims that now fail check ({})", c.new_errors.len()),
                c.new_errors.len(),
                vec![Block::Table(g)],
            ));
        }
        blocks
    }

    fn csv(&self) -> Grid {
        let c = self.changes;
        let (bc, hc) = (&self.base.claims, &self.head.repo.claims);
        let mut g = Grid::new(&["change", "id", "subject", "field", "old", "new"]);
        for &i in &c.added {
            g.push(vec![
                "added".into(),
                hc[i].id.to_string(),
                hc[i].subject.to_string(),
                String::new(),
                String::new(),
                hc[i].value.to_string(),
            ]);
        }
        for i in c.removed.iter().map(|r| r.claim) {
            g.push(vec![
                "removed".into(),
                bc[i].id.to_string(),
                bc[i].subject.to_string(),
                String::new(),
                bc[i].value.to_string(),
                String::new(),
            ]);
        }
        for m in &c.modified {
            let subject = hc[m.head].subject.clone();
            if let Some((from, to)) = &m.moved {
                g.push(vec![
                    "moved".into(),
                    m.id.clone(),
                    subject.to_string(),
                    "file".into(),
                    from.clone(),
                    to.clone(),
                ]);
            }
            for f in &m.fields {
                g.push(vec![
                    "modified".into(),
                    m.id.clone(),
                    subject.to_string(),
                    f.field.into(),
                    f.old.clone(),
                    f.new.clone(),
                ]);
            }
        }
        for s in &c.status_changes {
            let name = |x: Option<crate::reconcile::SubjectStatus>| {
                x.map_or("", |x| x.as_str()).to_string()
            };
            g.push(vec![
                "status".into(),
                String::new(),
                s.subject.clone(),
                "status".into(),
                name(s.before),
                name(s.after),
            ]);
        }
        for s in &c.new_steps {
            g.push(vec![
                s.kind.as_str().into(),
                hc[s.new].id.to_string(),
                s.subject.clone(),
                "value".into(),
                hc[s.old].value.to_string(),
                hc[s.new].value.to_string(),
            ]);
        }
        for d in &c.new_errors {
            g.push(vec![
                "error".into(),
                String::new(),
                String::new(),
                d.code.as_str().into(),
                String::new(),
                d.message.clone(),
            ]);
        }
        g
    }

    fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        super::write_json(&self.json(), out)
    }
}

impl ChangesView<'_> {
    fn json(&self) -> Value {
        let c = self.changes;
        let (base, head) = (self.base, self.head);
        let hc = &head.repo.claims;
        let modified: Vec<Value> = c
            .modified
            .iter()
            .map(|m| {
                json!({
                    "id": m.id,
                    "file": head.repo.files[hc[m.head].file].path,
                    "moved": m.moved.as_ref().map(|(from, to)| json!({"from": from, "to": to})),
                    "fields": m.fields.iter().map(|f| json!({
                        "field": f.field,
                        "old": f.old,
                        "new": f.new,
                        "diff": f.diff.as_ref().map(|d| wordiff::plain(d)),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let status = |x: Option<crate::reconcile::SubjectStatus>| x.map(|x| x.as_str());
        json!({
            "base": self.base_name,
            "head": self.head_name,
            "summary": {
                "added": c.added.len(),
                "removed": c.removed.len(),
                "modified": c.modified.len(),
                "moved": c.modified.iter().filter(|m| m.moved.is_some()).count(),
                "status_changes": c.status_changes.len(),
                "new_conflicts": c.new_conflicts().count(),
                "new_steps": c.new_steps.len(),
                "new_errors": c.new_errors.len(),
            },
            "added": c.added.iter().map(|&i| record_json(&head.repo, head.versions.version[i], i)).collect::<Vec<_>>(),
            "removed": c.removed.iter().map(|r| record_json(base, r.version, r.claim)).collect::<Vec<_>>(),
            "modified": modified,
            "status_changes": c.status_changes.iter().map(|s| json!({
                "subject": s.subject, "before": status(s.before), "after": status(s.after),
            })).collect::<Vec<_>>(),
            "new_steps": c.new_steps.iter().map(|s| json!({
                "subject": s.subject,
                "source": s.source,
                "kind": s.kind.as_str(),
                "from": hc[s.old].id,
                "to": hc[s.new].id,
                "old_value": hc[s.old].value,
                "new_value": hc[s.new].value,
            })).collect::<Vec<_>>(),
            "new_errors": c.new_errors.iter().zip(super::diagnostics::locate(&c.new_errors, &head.repo.files)).map(|(d, at)| super::diagnostics::to_json(d, &at)).collect::<Vec<_>>(),
        })
    }
}

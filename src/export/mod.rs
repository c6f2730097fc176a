//! `export`: every record with the revision that led to it and its place in
//! the reconciliation of its subject, as JSON lines or an SQLite database,
//! for Datasette, DuckDB, pandas and friends (see docs/export.md).

pub mod sqlite;

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use crate::Analysis;
use crate::reconcile::{self, Reconciliation};
use crate::render::history::{RevisionJson, revision_json};
use crate::render::number::json_opt;
use crate::render::records::{RecordJson, record};
use crate::versions::{self, Revision};

/// A claim's place in the reconciliation of its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The latest outcome of its source: reconciled.
    Latest,
    /// Relays the latest figure of its source through another outlet.
    Relay,
    /// The latest forecast of its source, set apart from outcomes.
    Forecast,
    /// An earlier version, replaced by a later one.
    Earlier,
    /// Retracted: in history, out of reconciliation.
    Retracted,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Latest => "latest",
            Role::Relay => "relay",
            Role::Forecast => "forecast",
            Role::Earlier => "earlier",
            Role::Retracted => "retracted",
        }
    }
}

/// Everything export writes, computed once.
pub struct Facts<'a> {
    pub analysis: &'a Analysis,
    /// One per subject, sorted by subject.
    pub reconciliations: Vec<Reconciliation>,
    /// Index into `reconciliations` of each claim.
    pub reconciliation_of: Vec<usize>,
    pub role: Vec<Role>,
    /// Claim indices in export order: subject, source, version (the
    /// claims of each series in turn).
    pub order: Vec<usize>,
}

impl<'a> Facts<'a> {
    pub fn new(analysis: &'a Analysis) -> Self {
        let claims = &analysis.repo.claims;
        let versions = &analysis.versions;
        let reconciliations = reconcile::reconcile_all(claims, versions);
        let mut reconciliation_of = vec![0; claims.len()];
        let mut role: Vec<Role> = claims
            .iter()
            .map(|c| match c.status {
                crate::model::Status::Retracted => Role::Retracted,
                _ => Role::Earlier,
            })
            .collect();
        for (k, r) in reconciliations.iter().enumerate() {
            for s in versions.series_of_subject(&r.subject) {
                for &i in &s.claims {
                    reconciliation_of[i] = k;
                }
            }
            for &i in r.relays.iter().flatten() {
                role[i] = Role::Relay;
            }
            for &i in &r.latest {
                role[i] = Role::Latest;
            }
            for &i in &r.forecasts {
                role[i] = Role::Forecast;
            }
        }
        let order = versions
            .series
            .iter()
            .flat_map(|s| &s.claims)
            .copied()
            .collect();
        Facts {
            analysis,
            reconciliations,
            reconciliation_of,
            role,
            order,
        }
    }

    /// The sources whose latest figure conflicts with claim `i`'s.
    pub fn conflicts_with(&self, i: usize) -> Vec<&'a str> {
        let claims = &self.analysis.repo.claims;
        let r = &self.reconciliations[self.reconciliation_of[i]];
        r.conflicts
            .iter()
            .filter_map(|k| match (k.a == i, k.b == i) {
                (true, _) => Some(claims[k.b].source.as_str()),
                (_, true) => Some(claims[k.a].source.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// Where a claim stands in its subject's reconciliation.
#[derive(Serialize)]
struct PlaceJson<'a> {
    subject_status: &'static str,
    role: &'static str,
    consensus_low: Value,
    consensus_high: Value,
    conflicts_with: Vec<&'a str>,
    origins: usize,
    reports: usize,
}

/// One line of `export --format jsonl`.
#[derive(Serialize)]
struct LineJson<'a> {
    #[serde(flatten)]
    record: RecordJson<'a>,
    revision: Option<RevisionJson<'a>>,
    reconciliation: PlaceJson<'a>,
}

/// Write one JSON object per claim, one per line: series by series (in
/// export order), each series' revisions made with its lines, in parallel,
/// and written in order.
pub fn jsonl(facts: &Facts, out: &mut dyn Write) -> io::Result<()> {
    let a = facts.analysis;
    let claims = &a.repo.claims;
    let line = |i: usize, revision: Option<&Revision>, text: &mut Vec<u8>| {
        let r = &facts.reconciliations[facts.reconciliation_of[i]];
        let line = LineJson {
            record: record(&a.repo, a.versions.version[i], i),
            revision: revision.map(|r| revision_json(claims, &a.versions, r)),
            reconciliation: PlaceJson {
                subject_status: r.status.as_str(),
                role: facts.role[i].as_str(),
                consensus_low: json_opt(r.consensus.and_then(|c| c.low)),
                consensus_high: json_opt(r.consensus.and_then(|c| c.high)),
                conflicts_with: facts.conflicts_with(i),
                origins: r.origins(),
                reports: r.reports(),
            },
        };
        serde_json::to_writer(&mut *text, &line)?;
        text.push(b'\n');
        Ok(())
    };
    // The first version of a series has no revision into it; each later
    // one has the step from the version before.
    let series = |s: &versions::Series, text: &mut Vec<u8>| {
        let revisions = versions::revisions(claims, s);
        s.claims.iter().enumerate().try_for_each(|(k, &i)| {
            let into = k.checked_sub(1).and_then(|k| revisions.get(k));
            line(i, into.filter(|r| r.new == i), text)
        })
    };
    crate::render::ordered::write_in_order(&a.versions.series, series, |text| out.write_all(text))
}

//! `report`: a summary, then every subject's reconciliation and history,
//! grouped by the first segment of its path.

use serde_json::json;

use super::compare::{reconciliation_blocks, reconciliation_json};
use super::history::{self, series_blocks, series_json, series_rows};
use super::{Block, Grid, Human, Style, View, form};
use crate::loader::Repository;
use crate::reconcile::{self, Reconciliation, SubjectStatus};
use crate::versions::{StepKind, Versions};

/// Counts over the whole repository.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub subjects: usize,
    pub sources: usize,
    pub claims: usize,
    pub revisions: usize,
    pub relays: usize,
    pub conflicts: usize,
}

/// One subject of the report, as JSON.
#[derive(serde::Serialize)]
struct SubjectJson<'a> {
    subject: &'a str,
    status: &'static str,
    reconciliation: super::compare::ReconciliationJson<'a>,
    series: Vec<super::history::SeriesJson<'a>>,
}

/// The `report` view.
pub struct ReportView<'a> {
    pub repo: &'a Repository,
    pub versions: &'a Versions,
    pub reconciliations: Vec<Reconciliation>,
    pub summary: Summary,
}

impl<'a> ReportView<'a> {
    /// The report of every subject: each reconciled (as of now), and the
    /// summary's counts.
    pub fn new(repo: &'a Repository, versions: &'a Versions) -> Self {
        let reconciliations = reconcile::reconcile_all(&repo.claims, versions);
        Self::with(repo, versions, reconciliations)
    }

    /// The report of `subjects` (in order of subject), counted alone.
    pub fn of(repo: &'a Repository, versions: &'a Versions, subjects: &[String]) -> Self {
        let reconciliations = reconcile::reconcile_each(&repo.claims, versions, subjects);
        Self::with(repo, versions, reconciliations)
    }

    fn with(
        repo: &'a Repository,
        versions: &'a Versions,
        reconciliations: Vec<Reconciliation>,
    ) -> Self {
        let summary = summarise(repo, versions, &reconciliations);
        ReportView {
            repo,
            versions,
            reconciliations,
            summary,
        }
    }
}

impl ReportView<'_> {
    fn series_of<'s>(
        &'s self,
        subject: &'s str,
    ) -> impl Iterator<Item = &'s crate::versions::Series> + 's {
        self.versions.series_of_subject(subject).iter()
    }

    /// Each source's latest figure of a subject: `NIS ≈2,000; KCNA 26`.
    pub fn latest_by_source(&self, r: &Reconciliation) -> String {
        let latest: Vec<String> = r
            .latest
            .iter()
            .map(|&i| {
                let c = &self.repo.claims[i];
                format!(
                    "{}{} {}",
                    c.source,
                    form::disputed(c),
                    form::claim_short_unit(c)
                )
            })
            .collect();
        latest.join("; ")
    }
}

fn group(subject: &str) -> &str {
    subject.split('/').next().unwrap_or(subject)
}

impl ReportView<'_> {
    /// The blocks before the overview's table: the title, the summary and
    /// the overview's heading.
    fn head_blocks(&self) -> Vec<Block> {
        let s = &self.summary;
        let mut blocks = vec![Block::Heading(1, "claimtrack report".into())];
        let mut g = Grid::new(&[
            "files",
            "subjects",
            "sources",
            "claims",
            "revisions",
            "relays",
            "conflicts",
        ]);
        g.push(
            [
                s.files,
                s.subjects,
                s.sources,
                s.claims,
                s.revisions,
                s.relays,
                s.conflicts,
            ]
            .iter()
            .map(ToString::to_string)
            .collect(),
        );
        blocks.push(Block::Table(g));
        blocks.push(Block::Heading(2, "subjects".into()));
        blocks
    }

    /// The overview's columns, without rows: a row a subject.
    fn overview_columns() -> Grid {
        Grid::new(&["subject", "status", "latest by source"])
    }

    /// The overview's rows of subjects `range` (of `reconciliations`).
    fn overview_rows(&self, range: std::ops::Range<usize>) -> Vec<Vec<String>> {
        self.reconciliations[range]
            .iter()
            .map(|r| {
                vec![
                    r.subject.clone(),
                    r.status.as_str().into(),
                    self.latest_by_source(r),
                ]
            })
            .collect()
    }

    /// The blocks of subject `k` (of `reconciliations`), led by its group's
    /// heading when it is the first of its group.
    fn subject_blocks(&self, k: usize, style: &Style) -> Vec<Block> {
        let r = &self.reconciliations[k];
        let mut blocks = Vec::new();
        let g = group(&r.subject);
        if k == 0 || group(&self.reconciliations[k - 1].subject) != g {
            blocks.push(Block::Heading(2, g.to_string()));
        }
        blocks.push(Block::Heading(
            3,
            format!("{} — {}", r.subject, r.status.as_str()),
        ));
        // One source: its history says it all.
        if r.latest.len() > 1 {
            blocks.extend(reconciliation_blocks(self.repo, self.versions, r, style));
        }
        for series in self.series_of(&r.subject) {
            blocks.extend(series_blocks(self.repo, self.versions, series, style, 4));
        }
        blocks
    }

    /// The CSV rows of subject `k`.
    fn subject_rows(&self, k: usize) -> Vec<Vec<String>> {
        let r = &self.reconciliations[k];
        let mut rows = Grid::new(history::CSV_COLUMNS);
        for series in self.series_of(&r.subject) {
            series_rows(self.repo, self.versions, series, &mut rows);
        }
        for row in &mut rows.rows {
            row.insert(1, r.status.as_str().into());
        }
        rows.rows
    }

    fn csv_headers() -> Vec<String> {
        let mut headers: Vec<String> = history::CSV_COLUMNS.iter().map(|h| h.to_string()).collect();
        headers.insert(1, "subject_status".into());
        headers
    }
}

/// Subjects a part of the streamed overview holds.
const SUBJECTS_A_PART: usize = 256;

impl View for ReportView<'_> {
    fn blocks(&self, style: &Style) -> Vec<Block> {
        let mut blocks = self.head_blocks();
        let mut overview = Self::overview_columns();
        overview.rows = self.overview_rows(0..self.reconciliations.len());
        blocks.push(Block::Table(overview));
        for k in 0..self.reconciliations.len() {
            blocks.extend(self.subject_blocks(k, style));
        }
        blocks
    }

    fn csv(&self) -> Grid {
        Grid {
            headers: Self::csv_headers(),
            rows: (0..self.reconciliations.len())
                .flat_map(|k| self.subject_rows(k))
                .collect(),
            optional: Vec::new(),
        }
    }

    /// Streamed: a report is the longest document claimtrack writes. The
    /// overview is written a few hundred subjects at a time, then the
    /// subjects one by one.
    fn write_human(&self, human: Human, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        human.write(self.head_blocks(), true, out)?;
        let subjects = self.reconciliations.len();
        let parts = subjects.div_ceil(SUBJECTS_A_PART);
        let part = |n: usize| n * SUBJECTS_A_PART..subjects.min((n + 1) * SUBJECTS_A_PART);
        human.write_table_parts(
            Self::overview_columns(),
            parts,
            |n| self.overview_rows(part(n)),
            false,
            out,
        )?;
        super::write_parts_after(
            human,
            false,
            subjects,
            |k, style| self.subject_blocks(k, style),
            out,
        )
    }

    /// Streamed, as the human formats.
    fn write_csv(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        super::write_csv_parts(
            &Self::csv_headers(),
            self.reconciliations.len(),
            |k| self.subject_rows(k),
            out,
        )
    }

    fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let s = &self.summary;
        let summary = json!({
            "files": s.files,
            "subjects": s.subjects,
            "sources": s.sources,
            "claims": s.claims,
            "revisions": s.revisions,
            "relays": s.relays,
            "conflicts": s.conflicts,
        });
        out.write_all(b"{\n  \"summary\": ")?;
        super::write_nested(&summary, 1, out)?;
        out.write_all(b",\n  \"subjects\": ")?;
        let mut array = super::JsonArray::new(out, 1)?;
        let all: Vec<usize> = (0..self.reconciliations.len()).collect();
        let reconciliations = &self.reconciliations;
        array.extend_parallel(&all, |&k| {
            let r = &reconciliations[k];
            SubjectJson {
                subject: &r.subject,
                status: r.status.as_str(),
                reconciliation: reconciliation_json(self.repo, self.versions, r, None),
                series: self
                    .series_of(&r.subject)
                    .map(|series| series_json(self.repo, self.versions, series))
                    .collect(),
            }
        })?;
        array.finish()?;
        out.write_all(b"\n}\n")
    }
}

/// Count what the report's summary shows: the claims of the reconciled
/// subjects (every claim, in the report of every subject), their files,
/// sources, revisions and relays, and the subjects in conflict.
pub fn summarise(
    repo: &Repository,
    versions: &Versions,
    reconciliations: &[Reconciliation],
) -> Summary {
    let series: Vec<&crate::versions::Series> = reconciliations
        .iter()
        .flat_map(|r| versions.series_of_subject(&r.subject))
        .collect();
    let claims = || {
        series
            .iter()
            .flat_map(|s| s.claims.iter().map(|&i| &repo.claims[i]))
    };
    let sources: std::collections::HashSet<&str> = claims().map(|c| c.source.as_str()).collect();
    let claim_files: std::collections::HashSet<usize> = claims().map(|c| c.file).collect();
    Summary {
        files: claim_files.len(),
        subjects: reconciliations.len(),
        sources: sources.len(),
        claims: series.iter().map(|s| s.claims.len()).sum(),
        revisions: series.iter().map(|s| s.revision_count()).sum(),
        relays: series.iter().map(|s| s.count(StepKind::Relay)).sum(),
        conflicts: reconciliations
            .iter()
            .filter(|r| r.status == SubjectStatus::Conflict)
            .count(),
    }
}

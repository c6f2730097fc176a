//! `history`: every series of a subject, version by version, with revisions.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

use super::number::{json_opt, plain};
use super::records::{RecordJson, at, record};
use super::vintage::{SummaryJson, summary_json, summary_line};
use super::{Block, Grid, Human, Style, View, form};
use crate::loader::Repository;
use crate::model::{Basis, Claim, Status};
use crate::quantity;
use crate::versions::{self, Revision, Series, StepKind, Versions};
use crate::vintage;
use crate::wordiff;

/// The one-line timeline of a series, naming the unit first and wherever it
/// changes: `NIS: ≈350 casualties → ≥600 (2025-04) → ≈2,000 deaths (2025-09-02)`.
pub fn timeline(claims: &[Claim], series: &Series) -> String {
    let mut out = format!("{}:", series.source);
    // The unit last named (`zloty a month` and `zlotys a month` are one).
    let mut named: Option<&str> = None;
    for (k, &i) in series.claims.iter().enumerate() {
        let c = &claims[i];
        let sep = match k {
            0 => " ",
            _ if series.steps[k - 1] == StepKind::Relay => " ‖ ",
            _ => " → ",
        };
        out.push_str(sep);
        out.push_str(&form::claim_short(c));
        if let Some(unit) = form::unit_apart(c)
            && !named.is_some_and(|n| quantity::same_unit(n, unit))
        {
            out.push(' ');
            out.push_str(unit);
            named = Some(unit);
        }
        // Writing to a String cannot fail.
        let _ = match (&c.stated, c.as_of()) {
            (Some(d), Some(as_of)) => write!(out, " ({d}, as of {as_of})"),
            (None, Some(as_of)) => write!(out, " (as of {as_of})"),
            (Some(d), None) => write!(out, " ({d})"),
            (None, None) => Ok(()),
        };
        if c.basis == Basis::Forecast {
            out.push_str(" [forecast]");
        }
        if c.status == Status::Retracted {
            out.push_str(" [retracted]");
        }
    }
    out
}

/// A bound before and after a revision.
#[derive(Serialize)]
pub struct BoundChange {
    pub from: &'static str,
    pub to: &'static str,
}

/// One revision, as JSON (see docs/output.md).
#[derive(Serialize)]
pub struct RevisionJson<'a> {
    pub kind: &'static str,
    pub from: &'a str,
    pub to: &'a str,
    pub from_version: usize,
    pub to_version: usize,
    pub old_value: &'a str,
    pub new_value: &'a str,
    pub point_change: Value,
    pub ratio: Value,
    pub percent: Value,
    pub bound_change: Option<BoundChange>,
    pub days: Option<i64>,
    pub value_diff: String,
    pub quote_diff: Option<String>,
}

pub fn revision_json<'a>(
    claims: &'a [Claim],
    versions: &Versions,
    r: &Revision,
) -> RevisionJson<'a> {
    let (a, b) = (&claims[r.old], &claims[r.new]);
    RevisionJson {
        kind: r.kind.as_str(),
        from: &a.id,
        to: &b.id,
        from_version: versions.version[r.old],
        to_version: versions.version[r.new],
        old_value: &a.value,
        new_value: &b.value,
        point_change: json_opt(r.point_change),
        ratio: json_opt(r.ratio.map(|x| (x * 100.0).round() / 100.0)),
        percent: json_opt(r.percent().map(|x| (x * 10.0).round() / 10.0)),
        bound_change: r.bound_change.map(|(x, y)| BoundChange {
            from: x.as_str(),
            to: y.as_str(),
        }),
        days: r.days,
        value_diff: wordiff::plain(&r.value_diff),
        quote_diff: r.quote_diff.as_ref().map(|d| wordiff::plain(&d.pieces)),
    }
}

/// One series, as JSON (see docs/output.md).
#[derive(Serialize)]
pub struct SeriesJson<'a> {
    pub subject: &'a str,
    pub source: &'a str,
    pub timeline: String,
    pub versions: Vec<RecordJson<'a>>,
    pub revisions: Vec<RevisionJson<'a>>,
    pub summary: Option<SummaryJson<'a>>,
}

/// JSON of one series.
pub fn series_json<'a>(repo: &'a Repository, versions: &Versions, s: &'a Series) -> SeriesJson<'a> {
    SeriesJson {
        subject: &s.subject,
        source: &s.source,
        timeline: timeline(&repo.claims, s),
        versions: s
            .claims
            .iter()
            .map(|&i| record(repo, versions.version[i], i))
            .collect(),
        revisions: versions::revisions(&repo.claims, s)
            .iter()
            .map(|r| revision_json(&repo.claims, versions, r))
            .collect(),
        summary: vintage::summary(&repo.claims, s).map(|x| summary_json(&repo.claims, &x)),
    }
}

/// The CSV columns of history rows: one row per version.
pub const CSV_COLUMNS: &[&str] = &[
    "subject",
    "source",
    "version",
    "id",
    "stated",
    "value",
    "bound",
    "point",
    "low",
    "high",
    "unit",
    "step",
    "point_change",
    "ratio",
    "bound_change",
    "days",
    "via",
    "status",
    "file",
    "line",
    "basis",
    "as_of",
];

/// History rows of one series, for CSV.
pub fn series_rows(repo: &Repository, versions: &Versions, s: &Series, g: &mut Grid) {
    let claims = &repo.claims;
    let revisions = versions::revisions(claims, s);
    for (k, &i) in s.claims.iter().enumerate() {
        let c = &claims[i];
        let r = k.checked_sub(1).map(|p| &revisions[p]);
        let num = |x: Option<f64>| x.map(plain).unwrap_or_default();
        g.push(vec![
            s.subject.to_string(),
            s.source.to_string(),
            versions.version[i].to_string(),
            c.id.to_string(),
            c.stated
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            c.value.to_string(),
            c.quantity.bound.as_str().into(),
            num(c.quantity.point()),
            num(c.quantity.low()),
            num(c.quantity.high()),
            c.unit.as_deref().unwrap_or_default().to_string(),
            r.map(|r| r.kind.as_str()).unwrap_or("first").into(),
            num(r.and_then(|r| r.point_change)),
            r.and_then(|r| r.ratio)
                .map(|x| format!("{x:.4}"))
                .unwrap_or_default(),
            r.and_then(|r| r.bound_change)
                .map(|(a, b)| format!("{a}>{b}"))
                .unwrap_or_default(),
            r.and_then(|r| r.days)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            c.via.join("; "),
            c.status.as_str().into(),
            repo.files[c.file].path.clone(),
            c.line.to_string(),
            c.basis.as_str().into(),
            c.as_of().map(ToString::to_string).unwrap_or_default(),
        ]);
    }
}

/// `timeline  ▁▂█  NIS: ≈350 → …`: the timeline, led by a sparkline of the
/// standing versions' figures when there are two or more.
fn timeline_line(claims: &[Claim], s: &Series) -> String {
    let values: Vec<f64> = s
        .claims
        .iter()
        .map(|&i| &claims[i])
        .filter(|c| c.status != Status::Retracted)
        .filter_map(|c| c.quantity.point())
        .collect();
    match form::sparkline(&values) {
        spark if spark.is_empty() => format!("timeline  {}", timeline(claims, s)),
        spark => format!("timeline  {spark}  {}", timeline(claims, s)),
    }
}

/// History blocks of one series: heading, version table, timeline, diffs.
pub fn series_blocks(
    repo: &Repository,
    versions: &Versions,
    s: &Series,
    style: &Style,
    level: usize,
) -> Vec<Block> {
    let claims = &repo.claims;
    let revisions = versions::revisions(claims, s);
    let relays = s.count(StepKind::Relay);
    let mut heading = format!(
        "{} — {}, {}",
        s.source,
        form::counted(s.claims.len(), "version"),
        form::counted(s.revision_count(), "revision"),
    );
    if relays > 0 {
        heading.push_str(&format!(", {}", form::counted(relays, "same-day relay")));
    }
    let updates = s.count(StepKind::Update);
    if updates > 0 {
        heading.push_str(&format!(
            ", {} for another time",
            form::counted(updates, "update")
        ));
    }
    let outcomes = s.count(StepKind::Outcome);
    if outcomes > 0 {
        heading.push_str(&format!(
            ", {} followed by an outcome",
            form::counted(outcomes, "forecast")
        ));
    }
    // The basis column appears when a version is not simply "reported",
    // the `as of` column when a version describes an earlier time.
    let bases = s.claims.iter().any(|&i| claims[i].basis != Basis::Reported);
    let times = s.claims.iter().any(|&i| claims[i].as_of().is_some());
    // The unit column appears when a version counts something no sign shows.
    let units = s
        .claims
        .iter()
        .any(|&i| form::unit_apart(&claims[i]).is_some());
    let mut columns = vec!["v", "stated"];
    if times {
        columns.push("as of");
    }
    columns.extend(["value", "normalised"]);
    if units {
        columns.push("unit");
    }
    if bases {
        columns.push("basis");
    }
    columns.extend(["change", "via", "at"]);
    let mut g = Grid::new(&columns).optional(&["at", "via", "unit"]);
    for (k, &i) in s.claims.iter().enumerate() {
        let c = &claims[i];
        let change = match k.checked_sub(1).map(|p| &revisions[p]) {
            None => String::new(),
            Some(r) => form::step(r, &claims[r.old], c),
        };
        let mut value = form::truncate(&c.value, 60);
        if c.status != Status::Current {
            value.push_str(&format!(" [{}]", c.status.as_str()));
        }
        let mut row = vec![
            versions.version[i].to_string(),
            c.stated.as_ref().map_or("—".into(), ToString::to_string),
        ];
        if times {
            row.push(c.as_of().map_or(String::new(), ToString::to_string));
        }
        row.extend([value, form::claim_long(c)]);
        if units {
            row.push(form::unit_apart(c).unwrap_or_default().into());
        }
        if bases {
            row.push(c.basis.as_str().into());
        }
        row.extend([change, c.via.join(" → "), at(repo, c)]);
        g.push(row);
    }
    let mut blocks = vec![
        Block::Heading(level, heading),
        Block::Table(g),
        Block::Line(timeline_line(claims, s)),
    ];
    if let Some(summary) = vintage::summary(claims, s).filter(|x| x.versions > 1) {
        blocks.push(Block::Line(format!(
            "summary   {}",
            summary_line(claims, &summary)
        )));
    }
    for r in &revisions {
        let (a, b) = (&claims[r.old], &claims[r.new]);
        let mut line = format!(
            "v{} → v{}{}: value {}",
            versions.version[r.old],
            versions.version[r.new],
            match (r.kind, r.days) {
                (StepKind::Relay, _) => " (same-day relay)".to_string(),
                (StepKind::Outcome, _) => " (forecast → outcome)".to_string(),
                (StepKind::Forecast, _) => " (outcome → new forecast)".to_string(),
                (StepKind::Update, _) => " (for another time)".to_string(),
                (_, Some(d)) => format!(" ({})", form::days_text(d)),
                _ => String::new(),
            },
            style.diff(&r.value_diff)
        );
        match &r.quote_diff {
            // A word diff of two unrelated sentences is noise: show the new one.
            Some(d) if d.similarity < 0.5 => {
                line.push_str(&format!(
                    "; new quote “{}”",
                    b.quote.as_deref().unwrap_or("")
                ));
            }
            Some(d) if wordiff::changed(&d.pieces) => {
                line.push_str(&format!("; quote {}", style.diff(&d.pieces)));
            }
            Some(_) => line.push_str("; quote unchanged"),
            None => {}
        }
        if a.unit != b.unit {
            line.push_str(&format!(
                "; unit {} → {}",
                a.unit.as_deref().unwrap_or("—"),
                b.unit.as_deref().unwrap_or("—")
            ));
        }
        blocks.push(Block::Item(line));
    }
    blocks
}

/// The `history` view: every series of the matching subjects.
pub struct HistoryView<'a> {
    pub repo: &'a Repository,
    pub versions: &'a Versions,
    /// Indices into `versions.series`.
    pub series: Vec<usize>,
}

impl HistoryView<'_> {
    /// The blocks of the `n`th series shown, led by its subject's heading
    /// when it is the first series of its subject.
    fn part_blocks(&self, n: usize, style: &Style) -> Vec<Block> {
        let s = &self.versions.series[self.series[n]];
        let mut blocks = Vec::new();
        if n == 0 || self.versions.series[self.series[n - 1]].subject != s.subject {
            blocks.push(Block::Heading(2, format!("history of {}", s.subject)));
        }
        blocks.extend(series_blocks(self.repo, self.versions, s, style, 3));
        blocks
    }

    fn part_rows(&self, n: usize) -> Vec<Vec<String>> {
        let mut g = Grid::new(CSV_COLUMNS);
        series_rows(
            self.repo,
            self.versions,
            &self.versions.series[self.series[n]],
            &mut g,
        );
        g.rows
    }
}

impl View for HistoryView<'_> {
    fn blocks(&self, style: &Style) -> Vec<Block> {
        (0..self.series.len())
            .flat_map(|n| self.part_blocks(n, style))
            .collect()
    }

    fn csv(&self) -> Grid {
        let mut g = Grid::new(CSV_COLUMNS);
        for n in 0..self.series.len() {
            g.rows.extend(self.part_rows(n));
        }
        g
    }

    /// Streamed series by series: a prefix may name thousands of subjects.
    fn write_human(&self, human: Human, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        super::write_parts(
            human,
            Vec::new(),
            self.series.len(),
            |n, style| self.part_blocks(n, style),
            out,
        )
    }

    fn write_csv(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let headers: Vec<String> = CSV_COLUMNS.iter().map(|h| h.to_string()).collect();
        super::write_csv_parts(&headers, self.series.len(), |n| self.part_rows(n), out)
    }

    fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut array = super::JsonArray::new(out, 0)?;
        array.extend_parallel(&self.series, |&k| {
            series_json(self.repo, self.versions, &self.versions.series[k])
        })?;
        array.finish()?;
        writeln!(out)
    }
}

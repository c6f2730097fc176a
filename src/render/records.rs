//! `list`: the normalised records, in the contract's record JSON.

use serde::Serialize;
use serde_json::Value;

use super::number::{json_opt, plain};
use super::{Block, Grid, Human, Style, View, form};
use crate::date::PartialDate;
use crate::loader::Repository;
use crate::model::Claim;
use crate::versions::Versions;

/// One record as the contract's JSON; keys in the contract's order, extras after.
#[derive(Serialize)]
pub struct RecordJson<'a> {
    pub id: &'a str,
    pub subject: &'a str,
    pub source: &'a str,
    pub via: &'a [compact_str::CompactString],
    pub value: &'a str,
    pub kind: &'a str,
    pub bound: &'a str,
    pub point: Value,
    pub low: Value,
    pub high: Value,
    pub low_inclusive: Option<bool>,
    pub high_inclusive: Option<bool>,
    pub unit: Option<&'a str>,
    pub stated: Option<&'a PartialDate>,
    pub as_of: Option<&'a PartialDate>,
    pub version: usize,
    pub supersedes: Option<&'a str>,
    pub file: &'a str,
    pub line: u32,
    pub quote: Option<&'a str>,
    pub basis: &'a str,
    pub status: &'a str,
    pub status_reason: Option<&'a str>,
    pub reliability: Option<&'a str>,
    pub note: Option<&'a str>,
    pub tags: &'a [compact_str::CompactString],
}

/// The record JSON of claim `i`.
pub fn record_json(repo: &Repository, version: usize, i: usize) -> Value {
    serde_json::to_value(record(repo, version, i)).unwrap_or(Value::Null)
}

/// The record of claim `i`, at `version` in its series, ready to serialise.
pub fn record(repo: &Repository, version: usize, i: usize) -> RecordJson<'_> {
    let c = &repo.claims[i];
    let q = &c.quantity;
    RecordJson {
        id: &c.id,
        subject: &c.subject,
        source: &c.source,
        via: &c.via,
        value: &c.value,
        kind: c.kind.as_str(),
        bound: q.bound.as_str(),
        point: json_opt(q.point()),
        low: json_opt(q.low()),
        high: json_opt(q.high()),
        low_inclusive: q.low_inclusive(),
        high_inclusive: q.high_inclusive(),
        unit: c.unit.as_deref(),
        stated: c.stated.as_ref(),
        as_of: c.as_of(),
        version,
        supersedes: c.supersedes.as_deref(),
        file: &repo.files[c.file].path,
        line: c.line,
        quote: c.quote.as_deref(),
        basis: c.basis.as_str(),
        status: c.status.as_str(),
        status_reason: c.status_reason(),
        reliability: c.reliability(),
        note: c.note(),
        tags: c.tags(),
    }
}

/// The CSV columns of a record.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "subject",
    "source",
    "via",
    "value",
    "kind",
    "bound",
    "point",
    "low",
    "high",
    "low_inclusive",
    "high_inclusive",
    "unit",
    "stated",
    "as_of",
    "version",
    "supersedes",
    "file",
    "line",
    "basis",
    "status",
];

fn opt_bool(b: Option<bool>) -> String {
    b.map(|b| b.to_string()).unwrap_or_default()
}

/// One record as CSV cells (numbers plain, lists joined with `; `).
pub fn record_row(repo: &Repository, versions: &Versions, i: usize) -> Vec<String> {
    let c = &repo.claims[i];
    let q = &c.quantity;
    let num = |x: Option<f64>| x.map(plain).unwrap_or_default();
    vec![
        c.id.to_string(),
        c.subject.to_string(),
        c.source.to_string(),
        c.via.join("; "),
        c.value.to_string(),
        c.kind.as_str().into(),
        q.bound.as_str().into(),
        num(q.point()),
        num(q.low()),
        num(q.high()),
        opt_bool(q.low_inclusive()),
        opt_bool(q.high_inclusive()),
        c.unit.as_deref().unwrap_or_default().to_string(),
        c.stated
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        c.as_of().map(ToString::to_string).unwrap_or_default(),
        versions.version[i].to_string(),
        c.supersedes.as_deref().unwrap_or_default().to_string(),
        repo.files[c.file].path.clone(),
        c.line.to_string(),
        c.basis.as_str().into(),
        c.status.as_str().into(),
    ]
}

/// `file:line` of a claim.
pub fn at(repo: &Repository, c: &Claim) -> String {
    format!("{}:{}", repo.files[c.file].path, c.line)
}

/// The `list` view.
pub struct ListView<'a> {
    pub repo: &'a Repository,
    pub versions: &'a Versions,
    pub claims: Vec<usize>,
}

/// The columns of `list`'s table (terminal and markdown).
const LIST_COLUMNS: &[&str] = &[
    "id",
    "subject",
    "source",
    "v",
    "value",
    "normalised",
    "unit",
    "stated",
    "at",
];

/// Claims a part of a streamed `list` holds.
const CLAIMS_A_PART: usize = 256;

impl ListView<'_> {
    /// Claim `i`'s row of the table.
    fn row(&self, i: usize) -> Vec<String> {
        let c = &self.repo.claims[i];
        let mut value = form::truncate(&c.value, 60);
        if c.basis == crate::model::Basis::Forecast {
            value.push_str(" [forecast]");
        }
        if c.status != crate::model::Status::Current {
            value.push_str(&format!(" [{}]", c.status.as_str()));
        }
        vec![
            c.id.to_string(),
            c.subject.to_string(),
            c.source.to_string(),
            self.versions.version[i].to_string(),
            value,
            form::claim_long(c),
            c.unit.as_deref().unwrap_or_default().to_string(),
            c.stated.as_ref().map_or("—".into(), ToString::to_string),
            at(self.repo, c),
        ]
    }

    /// The table's columns, without rows.
    fn columns(&self) -> Grid {
        Grid::new(LIST_COLUMNS).optional(&["at", "unit"])
    }

    fn count_line(&self) -> Block {
        Block::Line(form::counted(self.claims.len(), "claim"))
    }
}

impl View for ListView<'_> {
    fn blocks(&self, _: &Style) -> Vec<Block> {
        let mut g = self.columns();
        for &i in &self.claims {
            g.push(self.row(i));
        }
        vec![Block::Table(g), self.count_line()]
    }

    /// Streamed, a few hundred claims at a time in parallel: markdown, and
    /// the terminal table, its columns as wide as their widest cells (to
    /// a file or a pipe) or fitted to the terminal's width (from a sample
    /// of the cells when there are many: [`super::write_terminal_table_parts`]).
    fn write_human(&self, human: Human, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let chunks: Vec<&[usize]> = self.claims.chunks(CLAIMS_A_PART).collect();
        let rows = |n: usize| chunks[n].iter().map(|&i| self.row(i)).collect();
        match human {
            Human::Terminal(style) => {
                super::write_terminal_table_parts(self.columns(), chunks.len(), rows, &style, out)?
            }
            Human::Markdown => {
                super::write_markdown_table_parts(&self.columns().headers, chunks.len(), rows, out)?
            }
        }
        human.write(vec![self.count_line()], false, out)
    }

    fn csv(&self) -> Grid {
        let mut g = Grid::new(CSV_COLUMNS);
        for &i in &self.claims {
            g.push(record_row(self.repo, self.versions, i));
        }
        g
    }

    /// Streamed: rows are made in parallel, a few hundred claims at a time.
    fn write_csv(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let headers: Vec<String> = CSV_COLUMNS.iter().map(|h| h.to_string()).collect();
        let chunks: Vec<&[usize]> = self.claims.chunks(CLAIMS_A_PART).collect();
        super::write_csv_parts(
            &headers,
            chunks.len(),
            |n| {
                chunks[n]
                    .iter()
                    .map(|&i| record_row(self.repo, self.versions, i))
                    .collect()
            },
            out,
        )
    }

    fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut array = super::JsonArray::new(out, 0)?;
        array.extend_parallel(&self.claims, |&i| {
            record(self.repo, self.versions.version[i], i)
        })?;
        array.finish()?;
        writeln!(out)
    }
}

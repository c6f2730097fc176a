//! `history --matrix`: vintage matrices, and the summary line of a series.

use serde::Serialize;
use serde_json::Value;

use super::number::{json_opt, plain, readable};
use super::{Block, Grid, Style, View, form};
use crate::loader::Repository;
use crate::model::{Basis, Claim, Status};
use crate::versions::{Series, Versions};
use crate::vintage::{self, Matrix, Summary};

fn date(d: &Option<crate::date::PartialDate>) -> String {
    d.as_ref().map_or("—".into(), ToString::to_string)
}

/// A claim in a cell: `≈2,000`, marked when it is a forecast or retracted.
fn figure(c: &Claim) -> String {
    marked(c, form::claim_short(c))
}

/// `s`, a form of claim `c`, marked when `c` is a forecast or retracted.
fn marked(c: &Claim, mut s: String) -> String {
    if c.basis == Basis::Forecast {
        s.push_str(" [forecast]");
    }
    if c.status == Status::Retracted {
        s.push_str(" [retracted]");
    }
    s
}

/// `3 versions; first ≈350 casualties (undated); latest ≈2,000 deaths (2025-09-02); total revision +1,650 (+471.4%)`.
pub fn summary_line(claims: &[Claim], s: &Summary) -> String {
    let (a, b) = (&claims[s.first], &claims[s.latest]);
    // (As the timeline dates a version: `(2026-11-17, as of 2026-11-16)`.)
    let version = |c: &Claim| {
        let stated = c
            .stated
            .as_ref()
            .map_or("undated".into(), ToString::to_string);
        let as_of = c.as_of().map_or(String::new(), |d| format!(", as of {d}"));
        format!("{} ({stated}{as_of})", marked(c, form::claim_short_unit(c)))
    };
    // Earlier versions all describe another date, or are of the other
    // kind: `first` would name the latest, beside a table whose first
    // row is another figure.
    if s.first == s.latest && s.versions > 1 {
        return format!(
            "{}; latest {}; none before it of its kind and date to compare",
            form::counted(s.versions, "version"),
            version(b),
        );
    }
    let mut line = format!(
        "{}; first {}; latest {}",
        form::counted(s.versions, "version"),
        version(a),
        version(b),
    );
    if let Some(d) = s.total_revision
        && s.first != s.latest
    {
        let sign = if d > 0.0 { "+" } else { "" };
        line.push_str(&format!(
            "; total revision {sign}{}{}",
            readable(d),
            form::points(b)
        ));
        if let Some(p) = s.total_percent {
            let sign = if p > 0.0 { "+" } else { "" };
            line.push_str(&format!(" ({sign}{p:.1}%)"));
        }
    }
    line
}

/// The summary of a series, as JSON (see docs/output.md).
#[derive(Serialize)]
pub struct SummaryJson<'a> {
    pub versions: usize,
    pub first: &'a str,
    pub latest: &'a str,
    pub first_value: &'a str,
    pub latest_value: &'a str,
    pub total_revision: Value,
    pub total_revision_percent: Value,
}

/// JSON of a series' summary.
pub fn summary_json<'a>(claims: &'a [Claim], s: &Summary) -> SummaryJson<'a> {
    SummaryJson {
        versions: s.versions,
        first: &claims[s.first].id,
        latest: &claims[s.latest].id,
        first_value: &claims[s.first].value,
        latest_value: &claims[s.latest].value,
        total_revision: json_opt(s.total_revision),
        total_revision_percent: json_opt(s.total_percent.map(|p| (p * 10.0).round() / 10.0)),
    }
}

#[derive(Serialize)]
struct CellJson<'a> {
    id: &'a str,
    value: &'a str,
    /// Stated in this column (false: carried forward from an earlier one).
    stated_here: bool,
}

#[derive(Serialize)]
struct RowJson<'a> {
    described: Option<String>,
    cells: Vec<Option<CellJson<'a>>>,
}

#[derive(Serialize)]
struct MatrixJson<'a> {
    subject: &'a str,
    source: &'a str,
    stated: Vec<Option<String>>,
    rows: Vec<RowJson<'a>>,
    summary: Option<SummaryJson<'a>>,
}

/// The `history --matrix` view: one vintage matrix per series.
pub struct MatrixView<'a> {
    pub repo: &'a Repository,
    pub versions: &'a Versions,
    /// Indices into `versions.series`.
    pub series: Vec<usize>,
}

impl MatrixView<'_> {
    fn each(&self) -> impl Iterator<Item = (&Series, Matrix)> {
        self.series.iter().map(|&k| {
            let s = &self.versions.series[k];
            (s, vintage::matrix(&self.repo.claims, s))
        })
    }
}

/// The CSV columns of `history --matrix`: one row per filled cell.
pub const CSV_COLUMNS: &[&str] = &[
    "subject",
    "source",
    "described",
    "stated",
    "id",
    "value",
    "point",
    "low",
    "high",
    "stated_here",
];

impl View for MatrixView<'_> {
    fn blocks(&self, _style: &Style) -> Vec<Block> {
        let claims = &self.repo.claims;
        let mut blocks = Vec::new();
        for (s, m) in self.each() {
            blocks.push(Block::Heading(
                2,
                format!("vintages of {} — {}", s.subject, s.source),
            ));
            let mut header = vec!["described \\ stated".to_string()];
            header.extend(m.columns.iter().map(date));
            let names: Vec<&str> = header.iter().map(String::as_str).collect();
            let mut g = Grid::new(&names);
            for (row, cells) in m.rows.iter().zip(&m.cells) {
                let mut line = vec![date(row)];
                line.extend(cells.iter().map(|cell| match cell {
                    Some((i, true)) => figure(&claims[*i]),
                    Some((i, false)) => format!("{} ·", figure(&claims[*i])),
                    None => String::new(),
                }));
                g.push(line);
            }
            blocks.push(Block::Table(g));
            if let Some(summary) = vintage::summary(claims, s) {
                blocks.push(Block::Line(format!(
                    "summary  {}",
                    summary_line(claims, &summary)
                )));
            }
        }
        if !blocks.is_empty() {
            blocks.push(Block::Line(
                "· carried forward: no newer figure for that date was stated then".into(),
            ));
        }
        blocks
    }

    fn csv(&self) -> Grid {
        let claims = &self.repo.claims;
        let mut g = Grid::new(CSV_COLUMNS);
        let num = |x: Option<f64>| x.map(plain).unwrap_or_default();
        for (s, m) in self.each() {
            for (row, cells) in m.rows.iter().zip(&m.cells) {
                for (column, cell) in m.columns.iter().zip(cells) {
                    let Some((i, here)) = cell else { continue };
                    let c = &claims[*i];
                    g.push(vec![
                        s.subject.to_string(),
                        s.source.to_string(),
                        row.as_ref().map(ToString::to_string).unwrap_or_default(),
                        column.as_ref().map(ToString::to_string).unwrap_or_default(),
                        c.id.to_string(),
                        c.value.to_string(),
                        num(c.quantity.point()),
                        num(c.quantity.low()),
                        num(c.quantity.high()),
                        here.to_string(),
                    ]);
                }
            }
        }
        g
    }

    fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let claims = &self.repo.claims;
        let mut array = super::JsonArray::new(out, 0)?;
        for (s, m) in self.each() {
            let rows = m
                .rows
                .iter()
                .zip(&m.cells)
                .map(|(row, cells)| RowJson {
                    described: row.as_ref().map(ToString::to_string),
                    cells: cells
                        .iter()
                        .map(|cell| {
                            cell.map(|(i, here)| CellJson {
                                id: &claims[i].id,
                                value: &claims[i].value,
                                stated_here: here,
                            })
                        })
                        .collect(),
                })
                .collect();
            array.push(&MatrixJson {
                subject: &s.subject,
                source: &s.source,
                stated: m
                    .columns
                    .iter()
                    .map(|d| d.as_ref().map(ToString::to_string))
                    .collect(),
                rows,
                summary: vintage::summary(claims, s).map(|x| summary_json(claims, &x)),
            })?;
        }
        array.finish()?;
        writeln!(out)
    }
}

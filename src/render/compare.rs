//! `compare`: reconciliation of subjects across sources.

use compact_str::CompactString;
use serde::Serialize;
use serde_json::Value;

use super::number::{format as n, json_opt, plain};
use super::records::at;
use super::{Block, Grid, Style, View, form};
use crate::date::PartialDate;
use crate::loader::Repository;
use crate::model::Claim;
use crate::reconcile::{Interval, Reconciliation};
use crate::versions::Versions;
use crate::wordiff;

/// An interval's JSON: its ends and whether each is included.
#[derive(Serialize)]
struct IntervalJson {
    low: Value,
    high: Value,
    low_inclusive: Option<bool>,
    high_inclusive: Option<bool>,
}

fn interval_json(i: &Interval) -> IntervalJson {
    IntervalJson {
        low: json_opt(i.low),
        high: json_opt(i.high),
        low_inclusive: i.low.map(|_| i.low_inclusive),
        high_inclusive: i.high.map(|_| i.high_inclusive),
    }
}

/// JSON of one reconciliation (see docs/output.md).
#[derive(Serialize)]
pub struct ReconciliationJson<'a> {
    subject: &'a str,
    as_of: Option<&'a PartialDate>,
    status: &'static str,
    sources: Vec<EntryJson<'a>>,
    consensus: Option<IntervalJson>,
    conflicts: Vec<ConflictJson<'a>>,
    origins: usize,
    reports: usize,
    only_forecasts: bool,
    forecasts: Vec<EntryJson<'a>>,
    forecast_checks: Vec<CheckJson<'a>>,
}

/// A source's latest figure in a reconciliation.
#[derive(Serialize)]
struct EntryJson<'a> {
    source: &'a str,
    id: &'a str,
    version: usize,
    value: &'a str,
    kind: &'static str,
    bound: &'static str,
    point: Value,
    interval: IntervalJson,
    unit: Option<&'a str>,
    stated: Option<&'a PartialDate>,
    via: &'a [CompactString],
    status: &'static str,
    basis: &'static str,
    relays: Vec<RelayJson<'a>>,
}

#[derive(Serialize)]
struct RelayJson<'a> {
    id: &'a str,
    via: &'a [CompactString],
}

#[derive(Serialize)]
struct CheckJson<'a> {
    forecast: &'a str,
    outcome: &'a str,
    forecast_source: &'a str,
    outcome_source: &'a str,
    point_change: Value,
    ratio: Value,
    met: bool,
}

#[derive(Serialize)]
struct ConflictJson<'a> {
    a: &'a str,
    b: &'a str,
    a_id: &'a str,
    b_id: &'a str,
    gap: Value,
    diff: Option<String>,
}

/// JSON of one reconciliation, ready to serialise.
pub fn reconciliation_json<'a>(
    repo: &'a Repository,
    versions: &Versions,
    r: &'a Reconciliation,
    as_of: Option<&'a PartialDate>,
) -> ReconciliationJson<'a> {
    let claims = &repo.claims;
    let entry = |i: usize, relays: &[usize]| {
        let c = &claims[i];
        EntryJson {
            source: &c.source,
            id: &c.id,
            version: versions.version[i],
            value: &c.value,
            kind: c.kind.as_str(),
            bound: c.quantity.bound.as_str(),
            point: json_opt(c.quantity.point()),
            interval: interval_json(&Interval::of(&c.quantity)),
            unit: c.unit.as_deref(),
            stated: c.stated.as_ref(),
            via: &c.via,
            status: c.status.as_str(),
            basis: c.basis.as_str(),
            relays: relays
                .iter()
                .map(|&k| RelayJson {
                    id: &claims[k].id,
                    via: &claims[k].via,
                })
                .collect(),
        }
    };
    ReconciliationJson {
        subject: &r.subject,
        as_of,
        status: r.status.as_str(),
        sources: r
            .latest
            .iter()
            .zip(&r.relays)
            .map(|(&i, relays)| entry(i, relays))
            .collect(),
        consensus: r.consensus.as_ref().map(interval_json),
        conflicts: r
            .conflicts
            .iter()
            .map(|k| ConflictJson {
                a: &claims[k.a].source,
                b: &claims[k.b].source,
                a_id: &claims[k.a].id,
                b_id: &claims[k.b].id,
                gap: json_opt(k.gap),
                diff: k.words.as_ref().map(|w| wordiff::plain(w)),
            })
            .collect(),
        origins: r.origins(),
        reports: r.reports(),
        only_forecasts: r.only_forecasts,
        forecasts: r.forecasts.iter().map(|&i| entry(i, &[i])).collect(),
        forecast_checks: r
            .forecast_checks
            .iter()
            .map(|k| CheckJson {
                forecast: &claims[k.forecast].id,
                outcome: &claims[k.outcome].id,
                forecast_source: &claims[k.forecast].source,
                outcome_source: &claims[k.outcome].source,
                point_change: json_opt(k.point_change),
                ratio: json_opt(k.ratio.map(|x| (x * 100.0).round() / 100.0)),
                met: k.met,
            })
            .collect(),
    }
}

/// A table of figures, one claim a row: who gave it, its version, when,
/// the value, its interval, the unit (when one of the claims shown has a
/// unit no sign shows: [`form::unit_apart`]), via whom and where.
struct FigureTable {
    grid: Grid,
    units: bool,
}

impl FigureTable {
    /// The table's columns for claims `shown`, led by the column `who`.
    fn new(who: &str, claims: &[Claim], shown: &[usize]) -> Self {
        let units = shown
            .iter()
            .any(|&i| form::unit_apart(&claims[i]).is_some());
        let mut columns = vec![who, "v", "stated", "value", "interval"];
        if units {
            columns.push("unit");
        }
        columns.extend(["via", "at"]);
        FigureTable {
            grid: Grid::new(&columns).optional(&["at", "via", "unit"]),
            units,
        }
    }

    /// Claim `i`'s row, led by `who`.
    fn push(
        &mut self,
        repo: &Repository,
        versions: &Versions,
        i: usize,
        who: String,
        interval: String,
    ) {
        let c = &repo.claims[i];
        let mut row = vec![
            who,
            versions.version[i].to_string(),
            c.stated.as_ref().map_or("—".into(), ToString::to_string),
            form::truncate(&c.value, 60),
            interval,
        ];
        if self.units {
            row.push(form::unit_apart(c).unwrap_or_default().into());
        }
        row.extend([c.via.join(" → "), at(repo, c)]);
        self.grid.push(row);
    }
}

/// Blocks of one reconciliation: a table of the latest figures, the
/// status, the consensus and the conflicts.
pub fn reconciliation_blocks(
    repo: &Repository,
    versions: &Versions,
    r: &Reconciliation,
    style: &Style,
) -> Vec<Block> {
    let claims = &repo.claims;
    let mut g = FigureTable::new("source", claims, &r.latest);
    for &i in &r.latest {
        let c = &claims[i];
        let interval = match c.quantity.point() {
            _ if c.kind == crate::model::Kind::Statement => "statement".into(),
            _ => form::interval(&Interval::of(&c.quantity)),
        };
        let name = format!("{}{}", c.source, form::disputed(c));
        g.push(repo, versions, i, name, interval);
    }
    let mut blocks = vec![Block::Table(g.grid)];
    let status = style.paint(
        match r.status {
            crate::reconcile::SubjectStatus::Conflict => "1;31",
            crate::reconcile::SubjectStatus::Agree => "1;32",
            _ => "1",
        },
        r.status.as_str(),
    );
    let mut line = format!("status: {status}");
    match (&r.consensus, r.latest.len()) {
        (Some(c), k) if k > 1 => line.push_str(&format!("; consensus {}", form::interval(c))),
        _ => {}
    }
    blocks.push(Block::Line(line));
    if r.latest.len() > 1 || r.reports() > 1 {
        blocks.push(Block::Line(format!(
            "corroboration: {}",
            corroboration(claims, r)
        )));
    }
    if r.only_forecasts {
        blocks.push(Block::Item(
            "every figure here is a forecast; no outcome is recorded yet".into(),
        ));
    }
    let units: std::collections::BTreeSet<String> = r
        .latest
        .iter()
        .filter_map(|&i| claims[i].unit.as_deref())
        .map(crate::quantity::unit_key)
        .collect();
    if units.len() > 1 {
        let shown: Vec<&str> = r
            .latest
            .iter()
            .filter_map(|&i| claims[i].unit.as_deref())
            .collect();
        blocks.push(Block::Item(format!(
            "units differ ({}): the figures may not count the same thing",
            shown.join(", ")
        )));
    }
    for k in &r.conflicts {
        let (a, b) = (&claims[k.a], &claims[k.b]);
        // Figures of different dates may differ by time alone.
        let apart = form::apart(a, b).map_or_else(String::new, |t| format!(" (dated {t})"));
        let text = match (&k.gap, &k.words) {
            (Some(gap), _) if *gap == 0.0 => format!(
                "conflict: {} {} vs {} {}{apart}: they meet only at a bound one of them excludes",
                a.source,
                form::claim_short(a),
                b.source,
                form::claim_short(b),
            ),
            (Some(gap), _) => format!(
                "conflict: {} {} vs {} {}, gap {}{apart}",
                a.source,
                form::claim_short(a),
                b.source,
                form::claim_short(b),
                form::gap(*gap, a, b)
            ),
            (None, Some(words)) => format!(
                "differ: {} vs {}: {}",
                a.source,
                b.source,
                style.diff(words)
            ),
            _ => String::new(),
        };
        blocks.push(Block::Item(text));
    }
    blocks.extend(forecast_blocks(repo, versions, r));
    blocks
}

/// `1 origin, 3 relays (NIS: Yonhap; JoongAng Daily; Reuters)`: relays of
/// one origin count once, whatever outlets carried them.
pub fn corroboration(claims: &[Claim], r: &Reconciliation) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let reports = r.relays.iter().flatten();
    let direct = reports
        .clone()
        .filter(|&&k| claims[k].via.is_empty())
        .count();
    let relayed = r.reports() - direct;
    let mut parts = vec![plural(r.origins(), "origin", "origins")];
    if relayed > 0 {
        parts.push(plural(relayed, "relay", "relays"));
    }
    if direct > 0 && relayed > 0 {
        parts.push(format!("{direct} direct"));
    }
    let mut text = parts.join(", ");
    let detail: Vec<String> = r
        .latest
        .iter()
        .zip(&r.relays)
        .filter(|(_, relays)| relays.len() > 1)
        .map(|(&i, relays)| {
            let outlets: Vec<String> = relays
                .iter()
                .map(|&k| match &claims[k].via[..] {
                    [] => "direct".to_string(),
                    via => via.join(" → "),
                })
                .collect();
            format!("{}: {}", claims[i].source, outlets.join("; "))
        })
        .collect();
    if !detail.is_empty() {
        text.push_str(&format!(" ({})", detail.join(" | ")));
    }
    text
}

/// The forecasts of a subject, set apart, and how each compares with the outcomes.
fn forecast_blocks(repo: &Repository, versions: &Versions, r: &Reconciliation) -> Vec<Block> {
    if r.forecasts.is_empty() {
        return Vec::new();
    }
    let claims = &repo.claims;
    let mut g = FigureTable::new("forecast by", claims, &r.forecasts);
    for &i in &r.forecasts {
        let c = &claims[i];
        let interval = form::interval(&Interval::of(&c.quantity));
        g.push(repo, versions, i, c.source.to_string(), interval);
    }
    let mut blocks = vec![
        Block::Line(
            "forecasts, set apart from the outcomes (never a revision or a conflict):".into(),
        ),
        Block::Table(g.grid),
    ];
    for k in &r.forecast_checks {
        let (f, o) = (&claims[k.forecast], &claims[k.outcome]);
        let when = |c: &Claim| {
            c.stated
                .as_ref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default()
        };
        let mut change = match k.point_change {
            Some(d) => {
                let sign = if d > 0.0 { "+" } else { "" };
                let mut t = format!("{sign}{}", n(d));
                if let Some(ratio) = k.ratio {
                    let pct = (ratio - 1.0) * 100.0;
                    let psign = if pct > 0.0 { "+" } else { "" };
                    t.push_str(&format!(" ({psign}{pct:.1}%)"));
                }
                t
            }
            None => "no point to compare".into(),
        };
        // `met` is an overlap: `>300` meets a forecast of 1,000–10,000
        // without lying within it.
        let within = Interval::of(&f.quantity).contains(&Interval::of(&o.quantity));
        change.push_str(match (k.met, within) {
            (true, true) => ", within the forecast",
            (true, false) => ", overlapping the forecast",
            (false, _) => ", outside the forecast",
        });
        blocks.push(Block::Item(format!(
            "announced {} by {}{} → outcome {} by {}{}: {change}",
            form::claim_short(f),
            f.source,
            when(f),
            form::claim_short(o),
            o.source,
            when(o),
        )));
    }
    blocks
}

/// The CSV columns of compare rows: one row per source of each subject.
pub const CSV_COLUMNS: &[&str] = &[
    "subject",
    "status",
    "source",
    "id",
    "version",
    "stated",
    "value",
    "bound",
    "low",
    "high",
    "consensus_low",
    "consensus_high",
    "conflicts_with",
    "basis",
    "role",
    "reports",
    "unit",
];

/// Compare rows of one reconciliation.
pub fn reconciliation_rows(
    repo: &Repository,
    versions: &Versions,
    r: &Reconciliation,
    g: &mut Grid,
) {
    let claims = &repo.claims;
    let num = |x: Option<f64>| x.map(plain).unwrap_or_default();
    let rows = r
        .latest
        .iter()
        .zip(&r.relays)
        .map(|(&i, relays)| (i, relays.len(), "outcome"))
        .chain(r.forecasts.iter().map(|&i| (i, 1, "forecast")));
    for (i, reports, role) in rows {
        let role = if r.only_forecasts { "forecast" } else { role };
        let c = &claims[i];
        let against: Vec<&str> = r
            .conflicts
            .iter()
            .filter_map(|k| {
                if k.a == i {
                    Some(claims[k.b].source.as_str())
                } else if k.b == i {
                    Some(claims[k.a].source.as_str())
                } else {
                    None
                }
            })
            .collect();
        g.push(vec![
            r.subject.clone(),
            r.status.as_str().into(),
            c.source.to_string(),
            c.id.to_string(),
            versions.version[i].to_string(),
            c.stated
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            c.value.to_string(),
            c.quantity.bound.as_str().into(),
            num(c.quantity.low()),
            num(c.quantity.high()),
            num(r.consensus.and_then(|k| k.low)),
            num(r.consensus.and_then(|k| k.high)),
            against.join("; "),
            c.basis.as_str().into(),
            role.into(),
            reports.to_string(),
            c.unit.as_deref().unwrap_or_default().into(),
        ]);
    }
}

/// The `compare` view.
pub struct CompareView<'a> {
    pub repo: &'a Repository,
    pub versions: &'a Versions,
    pub reconciliations: Vec<Reconciliation>,
    pub as_of: Option<PartialDate>,
}

impl View for CompareView<'_> {
    fn blocks(&self, style: &Style) -> Vec<Block> {
        let mut blocks = Vec::new();
        for r in &self.reconciliations {
            let mut h = format!("compare {}", r.subject);
            if let Some(d) = &self.as_of {
                h.push_str(&format!(" (as of {d})"));
            }
            blocks.push(Block::Heading(2, h));
            blocks.extend(reconciliation_blocks(self.repo, self.versions, r, style));
        }
        blocks
    }

    fn csv(&self) -> Grid {
        let mut g = Grid::new(CSV_COLUMNS);
        for r in &self.reconciliations {
            reconciliation_rows(self.repo, self.versions, r, &mut g);
        }
        g
    }

    fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut array = super::JsonArray::new(out, 0)?;
        for r in &self.reconciliations {
            array.push(&reconciliation_json(
                self.repo,
                self.versions,
                r,
                self.as_of.as_ref(),
            ))?;
        }
        array.finish()?;
        writeln!(out)
    }
}

//! Reconciliation of one subject: the latest version of each source,
//! whether their intervals overlap, the consensus and the gaps.

use rayon::prelude::*;

use crate::date::PartialDate;
use crate::model::{Basis, Claim, Kind, Status};
use crate::quantity::Quantity;
use crate::versions::{Versions, outcome_before};
use crate::wordiff;

/// An interval with optional, possibly exclusive ends (`None` is unbounded).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_inclusive: bool,
    pub high_inclusive: bool,
}

impl Interval {
    pub fn of(q: &Quantity) -> Self {
        Interval {
            low: q.low(),
            high: q.high(),
            low_inclusive: q.low_inclusive().unwrap_or(true),
            high_inclusive: q.high_inclusive().unwrap_or(true),
        }
    }

    /// The intersection, when it is not empty.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        // The higher low end, and at a tie the stricter inclusivity.
        let (low, low_inclusive) = match (self.low, other.low) {
            (None, None) => (None, true),
            (Some(a), None) => (Some(a), self.low_inclusive),
            (None, Some(b)) => (Some(b), other.low_inclusive),
            (Some(a), Some(b)) if a > b => (Some(a), self.low_inclusive),
            (Some(a), Some(b)) if b > a => (Some(b), other.low_inclusive),
            (Some(a), Some(_)) => (Some(a), self.low_inclusive && other.low_inclusive),
        };
        let (high, high_inclusive) = match (self.high, other.high) {
            (None, None) => (None, true),
            (Some(a), None) => (Some(a), self.high_inclusive),
            (None, Some(b)) => (Some(b), other.high_inclusive),
            (Some(a), Some(b)) if a < b => (Some(a), self.high_inclusive),
            (Some(a), Some(b)) if b < a => (Some(b), other.high_inclusive),
            (Some(a), Some(_)) => (Some(a), self.high_inclusive && other.high_inclusive),
        };
        let empty = match (low, high) {
            (Some(l), Some(h)) => l > h || (l == h && !(low_inclusive && high_inclusive)),
            _ => false,
        };
        (!empty).then_some(Interval {
            low,
            high,
            low_inclusive,
            high_inclusive,
        })
    }

    /// Whether the two intervals share a point.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.intersect(other).is_some()
    }

    /// Whether every point of `other` is one of these.
    pub fn contains(&self, other: &Interval) -> bool {
        self.intersect(other).as_ref() == Some(other)
    }

    /// Distance between two disjoint intervals (0 when they overlap or
    /// merely touch at an excluded point).
    pub fn gap(&self, other: &Interval) -> f64 {
        let d1 = match (self.low, other.high) {
            (Some(l), Some(h)) => l - h,
            _ => 0.0,
        };
        let d2 = match (other.low, self.high) {
            (Some(l), Some(h)) => l - h,
            _ => 0.0,
        };
        d1.max(d2).max(0.0)
    }
}

/// The state of a subject across its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SubjectStatus {
    /// No current claim (all retracted, or none as of the date).
    None,
    Single,
    Agree,
    Conflict,
}

impl SubjectStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SubjectStatus::None => "none",
            SubjectStatus::Single => "single",
            SubjectStatus::Agree => "agree",
            SubjectStatus::Conflict => "conflict",
        }
    }
}

/// Two sources whose latest figures disagree.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub a: usize,
    pub b: usize,
    /// Distance between the intervals; `None` for statements.
    pub gap: Option<f64>,
    /// Word diff of two statements.
    pub words: Option<Vec<wordiff::Piece>>,
}

/// Reconciliation of one subject.
#[derive(Debug, Clone)]
pub struct Reconciliation {
    pub subject: String,
    /// The latest outcome of each source, by source name (the latest
    /// forecasts when the subject has nothing but forecasts).
    pub latest: Vec<usize>,
    /// For each of `latest`: the claims that carry that figure, the latest
    /// and its same-day relays through other outlets (one per `via`).
    pub relays: Vec<Vec<usize>>,
    /// The latest forecast of each source, set apart from the outcomes.
    pub forecasts: Vec<usize>,
    /// Each forecast against each outcome.
    pub forecast_checks: Vec<ForecastCheck>,
    /// Every figure is a forecast: `latest` holds them.
    pub only_forecasts: bool,
    pub status: SubjectStatus,
    /// The intersection of the figures' intervals, when not empty.
    pub consensus: Option<Interval>,
    pub conflicts: Vec<Conflict>,
}

impl Reconciliation {
    /// Independent origins: sources, however many outlets relayed each.
    pub fn origins(&self) -> usize {
        self.latest.len()
    }

    /// Reports of the latest figures, counting every relay.
    pub fn reports(&self) -> usize {
        self.relays.iter().map(Vec::len).sum()
    }
}

/// A forecast ("30 leaders will attend") against an outcome ("23 were present").
#[derive(Debug, Clone)]
pub struct ForecastCheck {
    pub forecast: usize,
    pub outcome: usize,
    /// outcome point − forecast point, when both exist.
    pub point_change: Option<f64>,
    /// outcome point ÷ forecast point, when both exist and the forecast is not zero.
    pub ratio: Option<f64>,
    /// Whether the outcome lies within the forecast's interval.
    pub met: bool,
}

/// The latest claim of each series of `subject` that passes `keep`,
/// leaving out retracted claims and, with `as_of`, claims stated later or
/// undated.
fn latest_where(
    claims: &[Claim],
    versions: &Versions,
    subject: &str,
    as_of: Option<&PartialDate>,
    keep: impl Fn(&Claim) -> bool,
) -> Vec<usize> {
    versions
        .series_of_subject(subject)
        .iter()
        .filter_map(|s| {
            s.claims.iter().rev().copied().find(|&i| {
                let c = &claims[i];
                c.status != Status::Retracted
                    && keep(c)
                    && match as_of {
                        None => true,
                        Some(cut) => c.stated.as_ref().is_some_and(|d| d.on_or_before(cut)),
                    }
            })
        })
        .collect()
}

/// The claims that carry the figure of `latest`: itself and the versions
/// of its series stated the same day through another `via`.
fn relays_of(claims: &[Claim], versions: &Versions, latest: usize) -> Vec<usize> {
    let c = &claims[latest];
    let series = &versions.series[versions.series_of[latest]];
    let mut out = vec![latest];
    let Some(day) = &c.stated else {
        return out;
    };
    for &j in series.claims.iter().rev() {
        let d = &claims[j];
        if j != latest
            && d.status != Status::Retracted
            && (d.basis == Basis::Forecast) == (c.basis == Basis::Forecast)
            && d.stated.as_ref().is_some_and(|x| x.same_day(day))
            && out.iter().all(|&k| claims[k].via != d.via)
        {
            out.push(j);
        }
    }
    out
}

/// Reconcile every subject, in parallel: one reconciliation per subject,
/// in order of subject.
pub fn reconcile_all(claims: &[Claim], versions: &Versions) -> Vec<Reconciliation> {
    let subjects: Vec<&str> = versions.subjects().collect();
    reconcile_each(claims, versions, &subjects)
}

/// Reconcile each of `subjects`, in parallel, in their order.
pub fn reconcile_each(
    claims: &[Claim],
    versions: &Versions,
    subjects: &[impl AsRef<str> + Sync],
) -> Vec<Reconciliation> {
    subjects
        .par_iter()
        .map(|s| reconcile(claims, versions, s.as_ref(), None))
        .collect()
}

/// Reconcile one subject: outcomes against each other, forecasts apart.
pub fn reconcile(
    claims: &[Claim],
    versions: &Versions,
    subject: &str,
    as_of: Option<&PartialDate>,
) -> Reconciliation {
    let is_forecast = |c: &Claim| c.basis == Basis::Forecast;
    let mut latest = latest_where(claims, versions, subject, as_of, |c| !is_forecast(c));
    let mut forecasts = latest_where(claims, versions, subject, as_of, is_forecast);
    let only_forecasts = latest.is_empty() && !forecasts.is_empty();
    if only_forecasts {
        latest = std::mem::take(&mut forecasts);
    }
    let forecast_checks = forecasts
        .iter()
        .flat_map(|&f| latest.iter().map(move |&o| (f, o)))
        .filter(|&(f, o)| claims[f].kind == Kind::Figure && claims[o].kind == Kind::Figure)
        .filter(|&(f, o)| !outcome_before(&claims[f], &claims[o]))
        .map(|(f, o)| {
            let (pf, po) = (claims[f].quantity.point(), claims[o].quantity.point());
            ForecastCheck {
                forecast: f,
                outcome: o,
                point_change: pf.zip(po).map(|(x, y)| crate::quantity::clean(y - x)),
                ratio: pf.zip(po).filter(|(x, _)| *x != 0.0).map(|(x, y)| y / x),
                met: Interval::of(&claims[f].quantity).overlaps(&Interval::of(&claims[o].quantity)),
            }
        })
        .collect();
    let relays = latest
        .iter()
        .map(|&i| relays_of(claims, versions, i))
        .collect();
    let mut conflicts = Vec::new();
    let figures: Vec<usize> = latest
        .iter()
        .copied()
        .filter(|&i| claims[i].kind == Kind::Figure)
        .collect();
    let statements: Vec<usize> = latest
        .iter()
        .copied()
        .filter(|&i| claims[i].kind == Kind::Statement)
        .collect();

    let mut consensus = None;
    if !figures.is_empty() {
        let intervals: Vec<Interval> = figures
            .iter()
            .map(|&i| Interval::of(&claims[i].quantity))
            .collect();
        for x in 0..figures.len() {
            for y in x + 1..figures.len() {
                if !intervals[x].overlaps(&intervals[y]) {
                    conflicts.push(Conflict {
                        a: figures[x],
                        b: figures[y],
                        gap: Some(intervals[x].gap(&intervals[y])),
                        words: None,
                    });
                }
            }
        }
        consensus = intervals
            .iter()
            .skip(1)
            .try_fold(intervals[0], |acc, i| acc.intersect(i));
    }
    for x in 0..statements.len() {
        for y in x + 1..statements.len() {
            let (a, b) = (&claims[statements[x]], &claims[statements[y]]);
            if wordiff::normalised_words(&a.value) != wordiff::normalised_words(&b.value) {
                conflicts.push(Conflict {
                    a: statements[x],
                    b: statements[y],
                    gap: None,
                    words: Some(wordiff::statement_diff(&a.value, &b.value)),
                });
            }
        }
    }
    let status = match latest.len() {
        0 => SubjectStatus::None,
        1 => SubjectStatus::Single,
        _ if conflicts.is_empty() => SubjectStatus::Agree,
        _ => SubjectStatus::Conflict,
    };
    Reconciliation {
        subject: subject.to_string(),
        latest,
        relays,
        forecasts,
        forecast_checks,
        only_forecasts,
        status,
        consensus,
        conflicts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::parse;

    fn iv(text: &str) -> Interval {
        Interval::of(&parse(text, 0.1).expect(text).quantity)
    }

    #[test]
    fn agreement_respects_exclusive_bounds() {
        let cases = [
            ("more than 10,000", "10,000", false),
            ("at least 10,000", "10,000", true),
            ("fewer than 50", "50", false),
            ("at most 50", "50", true),
            ("about 2,000", "1,900-2,500", true),
            ("about 350", "at least 600", false),
            ("more than 10,000", "fewer than 10,000", false),
            ("at least 10", "at most 10", true),
            ("dozens", "a hundred", false),
            ("hundreds", "about 500", true),
        ];
        for (a, b, agree) in cases {
            assert_eq!(iv(a).overlaps(&iv(b)), agree, "{a} vs {b}");
            assert_eq!(iv(b).overlaps(&iv(a)), agree, "{b} vs {a} (symmetry)");
        }
    }

    #[test]
    fn gaps_measure_the_distance_between_intervals() {
        assert_eq!(iv("about 350").gap(&iv("at least 600")), 215.0);
        assert_eq!(iv("at least 600").gap(&iv("about 350")), 215.0);
        assert_eq!(iv("more than 10,000").gap(&iv("10,000")), 0.0);
        assert_eq!(iv("about 2,000").gap(&iv("about 2,100")), 0.0);
    }

    #[test]
    fn the_consensus_is_the_intersection() {
        let c = iv("about 2,000")
            .intersect(&iv("at least 1,900"))
            .expect("overlap");
        assert_eq!((c.low, c.high), (Some(1900.0), Some(2200.0)));
        let c = iv("more than 10").intersect(&iv("10-20")).expect("overlap");
        assert_eq!((c.low, c.low_inclusive), (Some(10.0), false));
    }
}

/// How two claims of one subject relate.
#[derive(Debug, Clone)]
pub struct Pair {
    pub agree: bool,
    /// Distance between the intervals of two disagreeing figures.
    pub gap: Option<f64>,
    /// Word diff of two statements.
    pub words: Option<Vec<wordiff::Piece>>,
}

/// Compare two claims: intervals for figures, words for statements; a
/// figure and a statement never agree.
pub fn pair(a: &Claim, b: &Claim) -> Pair {
    match (a.kind, b.kind) {
        (Kind::Figure, Kind::Figure) => {
            let (x, y) = (Interval::of(&a.quantity), Interval::of(&b.quantity));
            let agree = x.overlaps(&y);
            Pair {
                agree,
                gap: (!agree).then(|| x.gap(&y)),
                words: None,
            }
        }
        (Kind::Statement, Kind::Statement) => {
            let agree = wordiff::normalised_words(&a.value) == wordiff::normalised_words(&b.value);
            Pair {
                agree,
                gap: None,
                words: (!agree).then(|| wordiff::statement_diff(&a.value, &b.value)),
            }
        }
        _ => Pair {
            agree: false,
            gap: None,
            words: None,
        },
    }
}

/// What two sources say about the subjects they share, and what only one says.
#[derive(Debug, Clone, Default)]
pub struct SourceDiff {
    /// (subject, latest of A, latest of B, how they relate)
    pub shared: Vec<(String, usize, usize, Pair)>,
    pub only_a: Vec<(String, usize)>,
    pub only_b: Vec<(String, usize)>,
}

/// Diff the latest figures of two sources, subject by subject.
pub fn diff_sources(claims: &[Claim], versions: &Versions, a: &str, b: &str) -> SourceDiff {
    use std::collections::BTreeMap;
    let latest = |source: &str| -> BTreeMap<&str, usize> {
        versions
            .series
            .iter()
            .filter(|s| *s.source == *source)
            .filter_map(|s| {
                // The latest outcome, else the latest forecast: as in compare,
                // a forecast stands in only when there is nothing else.
                let standing = || {
                    s.claims
                        .iter()
                        .rev()
                        .copied()
                        .filter(|&i| claims[i].status != Status::Retracted)
                };
                standing()
                    .find(|&i| claims[i].basis != Basis::Forecast)
                    .or_else(|| standing().next())
                    .map(|i| (&*s.subject, i))
            })
            .collect()
    };
    let (la, lb) = (latest(a), latest(b));
    let mut out = SourceDiff::default();
    for (subject, &ia) in &la {
        match lb.get(subject) {
            Some(&ib) => {
                out.shared
                    .push((subject.to_string(), ia, ib, pair(&claims[ia], &claims[ib])))
            }
            None => out.only_a.push((subject.to_string(), ia)),
        }
    }
    for (subject, &ib) in &lb {
        if !la.contains_key(subject) {
            out.only_b.push((subject.to_string(), ib));
        }
    }
    out
}

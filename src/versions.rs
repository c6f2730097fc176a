//! Series and versions: claims grouped by (subject, source), numbered in
//! order of `stated` with `supersedes` links winning, and the revisions
//! between consecutive versions.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::date::PartialDate;
use crate::diagnostic::{Code, Diagnostic};
use crate::ids::Superseded;
use crate::model::{Basis, Claim, Kind, Location};
use crate::quantity::Bound;
use crate::series_keys::{SeriesKeys, ranks};
use crate::wordiff::{self, Piece};

/// What links two consecutive versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// The source revised (or restated) its figure.
    Revision,
    /// Two outlets relayed one statement on the same day (with different
    /// `via`); a warning says so when their figures differ.
    Relay,
    /// A forecast followed by an outcome: what happened, not a revision.
    Outcome,
    /// An outcome followed by a new forecast: not a revision either.
    Forecast,
    /// A figure for another time than the version before (`as_of`, or
    /// the day stated where none is given, differs): new data, not a
    /// revision of the old (`605 in July 2024`, then `1,180 in July
    /// 2025`).
    Update,
}

impl StepKind {
    /// The name used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            StepKind::Revision => "revision",
            StepKind::Relay => "relay",
            StepKind::Outcome => "outcome",
            StepKind::Forecast => "forecast",
            StepKind::Update => "update",
        }
    }
}

/// Whether `outcome` is wholly of a time before `forecast` was stated (its
/// `as_of`, else when it was stated, ends before that day begins): a
/// figure known before a forecast was made is no outcome of it. Undated,
/// either may be.
pub(crate) fn outcome_before(forecast: &Claim, outcome: &Claim) -> bool {
    let told = forecast.stated.as_ref();
    let true_at = outcome.as_of().or(outcome.stated.as_ref());
    told.zip(true_at)
        .is_some_and(|(told, true_at)| true_at.end_day() < told.start_day())
}

/// What links `a` and the version `b` after it, in one series. (A
/// figure known before the forecast before it was made is no outcome of
/// it, but a figure for another time: last year's harvest after this
/// year's forecast.)
pub fn step_between(a: &Claim, b: &Claim) -> StepKind {
    match (a.basis == Basis::Forecast, b.basis == Basis::Forecast) {
        (true, false) if !outcome_before(a, b) => return StepKind::Outcome,
        (false, true) => return StepKind::Forecast,
        _ => {}
    }
    let tied = b.supersedes.as_deref() == Some(a.id.as_str())
        || a.supersedes.as_deref() == Some(b.id.as_str());
    let same_day = matches!((&a.stated, &b.stated), (Some(x), Some(y)) if x.same_day(y));
    // Whether the two describe one time (`as_of`, else `stated`), where
    // one gives `as_of` and both times are known; two figures with no
    // `as_of` describe one.
    let one_time = match (a.as_of(), b.as_of()) {
        (None, None) => Some(true),
        (x, y) => match (x.or(a.stated.as_ref()), y.or(b.stated.as_ref())) {
            (Some(x), Some(y)) => Some(x.same_time(y)),
            _ => None,
        },
    };
    // `41,000 customers, down from 60,000 overnight`: one day's statement
    // of figures for two times is no relay of one figure.
    let same_time = one_time == Some(true);
    // `605 deaths in July 2024`, then `1,180 in July 2025`: a figure for
    // another time is new data, not a revision, unless `supersedes` says
    // it revises.
    let other_time = one_time == Some(false);
    if same_day && same_time && !tied && (a.via != b.via || !same_figure(a, b)) {
        StepKind::Relay
    } else if other_time && !tied {
        StepKind::Update
    } else {
        StepKind::Revision
    }
}

/// All claims of one (subject, source), in version order.
#[derive(Debug, Clone)]
pub struct Series {
    /// Shared by the series of one subject (and of one source).
    pub subject: Arc<str>,
    pub source: Arc<str>,
    /// Claim indices; version n is `claims[n - 1]`.
    pub claims: Vec<usize>,
    /// `steps[i]` links `claims[i]` and `claims[i + 1]`.
    pub steps: Vec<StepKind>,
}

impl Series {
    /// Number of steps that are revisions.
    pub fn revision_count(&self) -> usize {
        self.count(StepKind::Revision)
    }

    /// Number of steps of `kind`.
    pub fn count(&self, kind: StepKind) -> usize {
        self.steps.iter().filter(|s| **s == kind).count()
    }
}

/// Version numbers of every claim and the series they form.
#[derive(Debug, Clone, Default)]
pub struct Versions {
    /// Sorted by subject, then source.
    pub series: Vec<Series>,
    /// 1-based version of each claim, by claim index.
    pub version: Vec<usize>,
    /// Index into `series` of each claim.
    pub series_of: Vec<usize>,
}

impl Versions {
    /// Every subject once, in order (the series are sorted by subject).
    pub fn subjects(&self) -> impl Iterator<Item = &str> {
        self.series
            .chunk_by(|a, b| a.subject == b.subject)
            .map(|run| &*run[0].subject)
    }

    /// The series of one subject (series are sorted by subject, so this is
    /// a binary search, not a scan).
    pub fn series_of_subject(&self, subject: &str) -> &[Series] {
        let start = self.series.partition_point(|s| &*s.subject < subject);
        let len = self.series[start..].partition_point(|s| &*s.subject == subject);
        &self.series[start..start + len]
    }

    /// The version before `claim` in its series, if any.
    pub fn previous(&self, claim: usize) -> Option<usize> {
        let s = &self.series[self.series_of[claim]];
        let v = self.version[claim];
        (v >= 2).then(|| s.claims[v - 2])
    }
}

/// Whether `subject` lies at or below `filter`, by whole slash segments:
/// `nk` matches `nk/deaths` but not `nk-troops`.
pub fn subject_matches(subject: &str, filter: &str) -> bool {
    let filter = filter.trim_end_matches('/');
    subject == filter || (subject.starts_with(filter) && subject[filter.len()..].starts_with('/'))
}

type OrderKey<'c> = (
    bool,
    i32,
    u8,
    u8,
    &'c str,
    Option<(i32, u8, u8, &'c str)>,
    usize,
);

/// Undated claims last; then by `stated`, by `as_of` among claims stated
/// together (`60,000 overnight` before `41,000 this morning`), and by
/// file order.
fn order_key(c: &Claim, index: usize) -> OrderKey<'_> {
    match &c.stated {
        Some(d) => {
            let (y, m, day, t) = d.sort_key();
            let described = c.as_of().unwrap_or(d).sort_key();
            (false, y, m, day, t, Some(described), index)
        }
        None => (true, 0, 0, 0, "", None, index),
    }
}

/// Two figures (or statements) that say the same thing.
pub fn same_figure(a: &Claim, b: &Claim) -> bool {
    if a.kind == Kind::Statement || b.kind == Kind::Statement {
        return a.kind == b.kind
            && wordiff::normalised_words(&a.value) == wordiff::normalised_words(&b.value);
    }
    a.quantity == b.quantity
}

/// Number every series, and warn about same-day relays that differ.
/// `superseded` holds what each claim's `supersedes` names (the first
/// claim with the id).
/// `keys` are the claims' subject and source keys.
pub fn build(
    claims: &[Claim],
    superseded: &Superseded,
    keys: &SeriesKeys<'_>,
) -> (Versions, Vec<Diagnostic>) {
    // Group by (subject, source) through the integer keys: the distinct
    // strings are compared only to rank them.
    let (subject_rank, source_rank) = (ranks(&keys.subjects), ranks(&keys.sources));
    // One string per distinct source, shared by its series; a series
    // shares its subject's string with its claims (one per subject when
    // the loader made them).
    let sources: Vec<Arc<str>> = keys.sources.iter().map(|&s| Arc::from(s)).collect();
    let keys = &keys.of;
    // Claims by subject, then source, then claim order: each claim's place
    // in the sorted names packed beside its index, so that the sort moves
    // and compares plain integers.
    let mut by_series: Vec<(u64, usize)> = keys
        .iter()
        .enumerate()
        .map(|(i, &(subject, source))| {
            let series = u64::from(subject_rank[subject as usize]) << 32
                | u64::from(source_rank[source as usize]);
            (series, i)
        })
        .collect();
    by_series.sort_unstable();
    let order: Vec<usize> = by_series.iter().map(|&(_, i)| i).collect();
    drop(by_series);
    // Each series is a run of `order`, ordered in parallel.
    let groups: Vec<&[usize]> = order.chunk_by(|&a, &b| keys[a] == keys[b]).collect();
    let series: Vec<Series> = groups
        .par_iter()
        .map(|members| {
            let ordered = order_series(claims, members, superseded);
            let steps = ordered
                .windows(2)
                .map(|pair| step_between(&claims[pair[0]], &claims[pair[1]]))
                .collect();
            Series {
                subject: claims[members[0]].subject.clone(),
                source: sources[keys[members[0]].1 as usize].clone(),
                claims: ordered,
                steps,
            }
        })
        .collect();
    // What only grouping needed goes before the numbering is made.
    drop(groups);
    drop(order);
    drop(sources);
    let diagnostics = series
        .par_iter()
        .flat_map_iter(|s| {
            s.claims
                .windows(2)
                .zip(&s.steps)
                .filter_map(|(pair, step)| {
                    let (a, b) = (&claims[pair[0]], &claims[pair[1]]);
                    (*step == StepKind::Relay && !same_figure(a, b)).then(|| relay_warning(a, b))
                })
        })
        .collect();
    let mut versions = Versions {
        series,
        version: vec![0; claims.len()],
        series_of: vec![0; claims.len()],
    };
    for (index, s) in versions.series.iter().enumerate() {
        for (v, &c) in s.claims.iter().enumerate() {
            versions.version[c] = v + 1;
            versions.series_of[c] = index;
        }
    }
    (versions, diagnostics)
}

fn via(c: &Claim) -> String {
    if c.via.is_empty() {
        "no `via`".to_string()
    } else {
        format!("via {}", c.via.join(" → "))
    }
}

fn relay_warning(a: &Claim, b: &Claim) -> Diagnostic {
    let day = b
        .stated
        .as_ref()
        .map(PartialDate::to_string)
        .unwrap_or_default();
    Diagnostic::new(
        Code::RelayedDifferently,
        Location {
            file: b.file,
            span: b.spans.value.get(),
        },
        format!(
            "relayed differently? `{}` ({}, {}) and `{}` ({}, {}) give {} different figures on {day}",
            a.id,
            a.value,
            via(a),
            b.id,
            b.value,
            via(b),
            a.source
        ),
    )
    .label(format!("`{}` says `{}` the same day", a.id, a.value))
    .related(
        Location {
            file: a.file,
            span: a.spans.value.get(),
        },
        "the other relay",
    )
    .help("history shows the two side by side; if one revises the other, link them with `supersedes`; if one describes another time (`down from 60,000 overnight`), give it `as_of`")
}

/// Kahn's algorithm: a claim comes after the claim it supersedes; among
/// claims that are free to come next, the earliest stated (then the first
/// in file order) goes first. Claims in a cycle fall back to date order.
fn order_series(claims: &[Claim], members: &[usize], superseded: &Superseded) -> Vec<usize> {
    let target = |k: usize| superseded_member(members, superseded, k);
    // Nearly always the date order already puts every claim after the one
    // it supersedes, and then it is the order Kahn's algorithm gives: the
    // earliest remaining claim is always free to come next.
    if members.len() <= 64 {
        let mut by_date: Vec<usize> = members.to_vec();
        by_date.sort_unstable_by_key(|&i| order_key(&claims[i], i));
        if dated_order_holds(&by_date, members, &target) {
            return by_date;
        }
    }
    kahn_order(claims, members, superseded)
}

/// `order_series` by Kahn's algorithm alone.
pub(crate) fn kahn_order(
    claims: &[Claim],
    members: &[usize],
    superseded: &Superseded,
) -> Vec<usize> {
    let target = |k: usize| superseded_member(members, superseded, k);
    let n = members.len();
    let mut indegree = vec![0usize; n];
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (k, degree) in indegree.iter_mut().enumerate() {
        if let Some(kj) = target(k) {
            next[kj].push(k);
            *degree += 1;
        }
    }
    let mut ready: BinaryHeap<Reverse<(OrderKey, usize)>> = BinaryHeap::new();
    for k in 0..n {
        if indegree[k] == 0 {
            ready.push(Reverse((order_key(&claims[members[k]], members[k]), k)));
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut placed = vec![false; n];
    while let Some(Reverse((_, k))) = ready.pop() {
        out.push(members[k]);
        placed[k] = true;
        for &m in &next[k] {
            indegree[m] -= 1;
            if indegree[m] == 0 {
                ready.push(Reverse((order_key(&claims[members[m]], members[m]), m)));
            }
        }
    }
    if out.len() < n {
        let mut rest: Vec<usize> = (0..n).filter(|k| !placed[*k]).map(|k| members[k]).collect();
        rest.sort_by_key(|&i| order_key(&claims[i], i));
        out.extend(rest);
    }
    out
}

/// The place in `members` of the claim that member `k` supersedes, when it
/// is another member. Members are in claim order, so a binary search finds
/// a claim's place.
fn superseded_member(members: &[usize], superseded: &Superseded, k: usize) -> Option<usize> {
    let target = superseded.claim(members[k])?;
    members.binary_search(&target).ok().filter(|&kj| kj != k)
}

/// Whether every claim of `by_date` comes after the claim it supersedes
/// (`target` of its place in `members`). Quadratic in the length, so only
/// asked of short series; a longer one takes Kahn's algorithm.
fn dated_order_holds(
    by_date: &[usize],
    members: &[usize],
    target: &impl Fn(usize) -> Option<usize>,
) -> bool {
    by_date.iter().enumerate().all(|(at, &claim)| {
        let Ok(k) = members.binary_search(&claim) else {
            return false;
        };
        target(k).is_none_or(|kj| by_date[..at].contains(&members[kj]))
    })
}

/// The change between two consecutive versions.
#[derive(Debug, Clone)]
pub struct Revision {
    pub old: usize,
    pub new: usize,
    pub kind: StepKind,
    /// new point − old point, when both exist.
    pub point_change: Option<f64>,
    /// new point ÷ old point, when both exist and the old is not zero.
    pub ratio: Option<f64>,
    pub bound_change: Option<(Bound, Bound)>,
    /// Days between the two `stated` dates, when both are full dates.
    pub days: Option<i64>,
    pub value_diff: Vec<Piece>,
    /// The quotes' word diff and how alike they are, when both have one.
    pub quote_diff: Option<wordiff::Measured>,
}

impl Revision {
    /// The change of the point in percent.
    pub fn percent(&self) -> Option<f64> {
        self.ratio.map(|r| (r - 1.0) * 100.0)
    }
}

/// Describe the step from `old` to `new`.
pub fn revision(claims: &[Claim], old: usize, new: usize, kind: StepKind) -> Revision {
    revision_with(claims, old, new, kind, &mut wordiff::Differ::default())
}

/// [`revision`], diffing the quotes with `quotes` (which keeps the new
/// quote's tokens for the next step of the series).
fn revision_with<'c>(
    claims: &'c [Claim],
    old: usize,
    new: usize,
    kind: StepKind,
    quotes: &mut wordiff::Differ<'c>,
) -> Revision {
    let (a, b) = (&claims[old], &claims[new]);
    let (pa, pb) = (a.quantity.point(), b.quantity.point());
    let point_change = pa.zip(pb).map(|(x, y)| crate::quantity::clean(y - x));
    let ratio = pa.zip(pb).filter(|(x, _)| *x != 0.0).map(|(x, y)| y / x);
    let bound_change =
        (a.quantity.bound != b.quantity.bound).then_some((a.quantity.bound, b.quantity.bound));
    let days = match (&a.stated, &b.stated) {
        (Some(x), Some(y)) => x.days_until(y),
        _ => None,
    };
    let quote_diff = match (&a.quote, &b.quote) {
        (Some(x), Some(y)) => Some(quotes.diff(x, y)),
        _ => None,
    };
    Revision {
        old,
        new,
        kind,
        point_change,
        ratio,
        bound_change,
        days,
        value_diff: wordiff::diff(&a.value, &b.value),
        quote_diff,
    }
}

/// Every step of a series, described.
pub fn revisions(claims: &[Claim], series: &Series) -> Vec<Revision> {
    // Each quote is the new text of one step and the old of the next.
    let mut quotes = wordiff::Differ::default();
    series
        .claims
        .windows(2)
        .zip(&series.steps)
        .map(|(pair, kind)| revision_with(claims, pair[0], pair[1], *kind, &mut quotes))
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::date::parse;
    use crate::model::{ClaimSpans, Status};
    use crate::quantity;

    /// A claim of subject `s` by source `A`, for tests.
    pub(crate) fn claim(id: &str, value: &str, stated: Option<&str>, as_of: Option<&str>) -> Claim {
        Claim {
            id: id.into(),
            subject: "s".into(),
            source: "A".into(),
            via: Box::default(),
            value: value.into(),
            kind: Kind::Figure,
            quantity: quantity::parse(value, 0.1).expect(value).quantity,
            unit: None,
            stated: stated.map(|d| parse(d).expect(d)),
            supersedes: None,
            quote: None,
            notes: crate::model::ClaimNotes {
                as_of: as_of.map(|d| parse(d).expect(d)),
                ..Default::default()
            }
            .boxed(),
            basis: Basis::Reported,
            status: Status::Current,
            file: 0,
            line: 1,
            spans: ClaimSpans::default(),
        }
    }

    #[test]
    fn a_figure_for_another_time_is_an_update_unless_it_supersedes() {
        let july_2024 = claim("a", "605", Some("2025-07-31"), Some("2024-07"));
        let july_2025 = claim("b", "1180", Some("2025-07-31"), Some("2025-07"));
        assert_eq!(step_between(&july_2024, &july_2025), StepKind::Update);
        // The same time, stated later: a revision.
        let revised = claim("c", "1460", Some("2025-08-06"), Some("2025-07"));
        assert_eq!(step_between(&july_2025, &revised), StepKind::Revision);
        // With no `as_of` on either, two days' figures revise.
        let monday = claim("d", "40", Some("2025-07-28"), None);
        let tuesday = claim("e", "55", Some("2025-07-29"), None);
        assert_eq!(step_between(&monday, &tuesday), StepKind::Revision);
        // `as_of` against the day the other was stated.
        let overnight = claim("f", "60000", Some("2026-08-14"), Some("2026-08-13"));
        let now = claim("g", "41000", Some("2026-08-14"), None);
        assert_eq!(step_between(&overnight, &now), StepKind::Update);
        // An undated figure's time is unknown: a revision.
        let undated = claim("h", "40", None, None);
        assert_eq!(step_between(&undated, &july_2025), StepKind::Revision);
        // `supersedes` says the later revises.
        let mut tied = july_2025.clone();
        tied.supersedes = Some("a".into());
        assert_eq!(step_between(&july_2024, &tied), StepKind::Revision);
    }

    #[test]
    fn a_figure_known_before_a_forecast_was_made_is_no_outcome_of_it() {
        let mut forecast = claim("a", "about 22 million", Some("2026-06"), None);
        forecast.basis = Basis::Forecast;
        // Last year's harvest, told after this year's forecast.
        let last_year = claim("b", "27 million", Some("2026-11-17"), Some("2025"));
        assert_eq!(step_between(&forecast, &last_year), StepKind::Update);
        // This year's is.
        let this_year = claim("c", "18.5 million", Some("2026-11-17"), None);
        assert_eq!(step_between(&forecast, &this_year), StepKind::Outcome);
    }

    #[test]
    fn subjects_match_whole_segments() {
        assert!(subject_matches("nk/deaths", "nk"));
        assert!(subject_matches("nk/deaths", "nk/"));
        assert!(subject_matches("nk/deaths", "nk/deaths"));
        assert!(!subject_matches("nk-troops/deaths", "nk"));
        assert!(!subject_matches("nk/deaths", "nk/death"));
    }
}

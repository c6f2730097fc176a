//! What a revision chart of one subject shows, worked out from the versions
//! and the reconciliation: one step line per source (point estimates
//! against the date they were stated), each version's low–high interval,
//! open-ended bounds, forecasts, retractions and the conflicts between the
//! sources' latest figures. Drawing lives in `render::plot`; this module
//! only decides what goes where, so it can be tested without pixels.

use crate::model::{Basis, Claim, Kind, Status};
use crate::quantity::Bound;
use crate::reconcile::Reconciliation;
use crate::render::form;
use crate::versions::Versions;

/// Which way an open-ended figure points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    /// "at least", "more than": the true number may be higher.
    Up,
    /// "at most", "less than": the true number may be lower.
    Down,
}

/// One version of one source, placed on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub claim: usize,
    pub version: usize,
    /// Days since 1970-01-01 (the first day of a partial date's period).
    pub day: i64,
    /// False when the version has no date and `day` is only its place in
    /// version order (between its neighbours).
    pub dated: bool,
    /// The height of the mark: the point estimate.
    pub value: f64,
    /// The version's interval, when it has both ends and they differ.
    pub band: Option<(f64, f64)>,
    pub open: Option<Open>,
    pub forecast: bool,
    pub status: Status,
    /// The figure as the timeline writes it: `≈2,000`, `≥600`.
    pub label: String,
}

/// The marks of one source, in version order.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub source: String,
    pub marks: Vec<Mark>,
}

impl Track {
    /// The marks the step line joins: every standing version (retracted
    /// ones are drawn apart, crossed out).
    pub fn standing(&self) -> impl Iterator<Item = &Mark> {
        self.marks.iter().filter(|m| m.status != Status::Retracted)
    }
}

/// What the horizontal axis counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// Days since 1970-01-01.
    Dates,
    /// No version is dated: positions are version numbers.
    Versions,
}

/// A chart of one subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub subject: String,
    /// The units the figures are counted in, as written, without repeats.
    pub units: Vec<String>,
    pub tracks: Vec<Track>,
    /// Pairs of latest figures that disagree: (track, mark) indices.
    pub conflicts: Vec<((usize, usize), (usize, usize))>,
    pub axis: Axis,
    /// Horizontal extent, padded so no mark sits on the frame.
    pub x: (i64, i64),
    /// Vertical extent, from zero (or the lowest value) with headroom for
    /// arrows.
    pub y: (f64, f64),
    /// Versions that could not be placed, with why.
    pub left_out: Vec<(usize, &'static str)>,
}

impl Chart {
    /// Number of marks drawn.
    pub fn marks(&self) -> usize {
        self.tracks.iter().map(|t| t.marks.len()).sum()
    }

    /// Notes a reader of the chart needs: undated versions placed by
    /// order, versions left out.
    pub fn notes(&self, claims: &[Claim]) -> Vec<String> {
        let mut notes = Vec::new();
        if self.axis == Axis::Dates {
            for t in &self.tracks {
                for m in t.marks.iter().filter(|m| !m.dated) {
                    notes.push(format!(
                        "{} v{} ({}) is undated: drawn in version order, hollow",
                        t.source, m.version, m.label
                    ));
                }
            }
        }
        for &(i, why) in &self.left_out {
            let c = &claims[i];
            notes.push(format!("{} `{}` not drawn: {why}", c.source, c.value));
        }
        notes
    }
}

/// How finely the ticks of a date axis are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickPrecision {
    Year,
    Month,
    Day,
}

/// Ticks for a date axis from day `from` to day `to`: year starts, month
/// starts or evenly spaced days, at most about seven of them, so labels
/// read `2025`, `2025-09` or `2025-09-02` and never an arbitrary day.
pub fn date_ticks(from: i64, to: i64) -> (Vec<i64>, TickPrecision) {
    use crate::date::{civil_from_days, day_of};
    let (y0, m0, _) = civil_from_days(from);
    let (y1, m1, _) = civil_from_days(to);
    let months = (y1 - y0) * 12 + (m1 as i64 - m0 as i64);
    let within = |d: &i64| (from..=to).contains(d);
    if months > 36 {
        let step = ((y1 - y0) / 6).max(1);
        let ticks = (y0..=y1 + 1)
            .filter(|y| (y - y0) % step == 0)
            .map(|y| day_of(y, 1, 1))
            .filter(within)
            .collect();
        return (ticks, TickPrecision::Year);
    }
    if months >= 2 {
        let step = (months / 6).max(1);
        let ticks = (0..=months + 1)
            .filter(|k| k % step == 0)
            .map(|k| {
                let m = m0 as i64 - 1 + k;
                day_of(y0 + m.div_euclid(12), (m.rem_euclid(12) + 1) as u8, 1)
            })
            .filter(within)
            .collect();
        return (ticks, TickPrecision::Month);
    }
    let step = ((to - from) + 5) / 6;
    let step = step.max(1);
    (
        (from..=to).step_by(step as usize).collect(),
        TickPrecision::Day,
    )
}

/// Why a subject has no chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoChart {
    /// Only statements (or vague words): nothing to measure.
    NoFigures,
}

/// Work out the chart of `subject` (an exact subject, not a prefix).
pub fn chart(
    claims: &[Claim],
    versions: &Versions,
    reconciliation: &Reconciliation,
) -> Result<Chart, NoChart> {
    let subject = &reconciliation.subject;
    let mut tracks = Vec::new();
    let mut left_out = Vec::new();
    let mut units: Vec<String> = Vec::new();
    for series in versions.series_of_subject(subject) {
        let mut marks = Vec::new();
        for &i in &series.claims {
            let c = &claims[i];
            match mark(c, i, versions.version[i]) {
                Ok(m) => {
                    if let Some(u) = &c.unit
                        && !units.iter().any(|known| known == u)
                    {
                        units.push(u.to_string());
                    }
                    marks.push(m);
                }
                Err(why) => left_out.push((i, why)),
            }
        }
        if !marks.is_empty() {
            tracks.push(Track {
                source: series.source.to_string(),
                marks,
            });
        }
    }
    if tracks.is_empty() {
        return Err(NoChart::NoFigures);
    }
    let axis = place_undated(&mut tracks);
    let conflicts = reconciliation
        .conflicts
        .iter()
        .filter_map(|k| Some((find(&tracks, k.a)?, find(&tracks, k.b)?)))
        .collect();
    let (x, y) = extent(&tracks, axis);
    Ok(Chart {
        subject: subject.clone(),
        units,
        tracks,
        conflicts,
        axis,
        x,
        y,
        left_out,
    })
}

fn find(tracks: &[Track], claim: usize) -> Option<(usize, usize)> {
    tracks.iter().enumerate().find_map(|(t, track)| {
        let m = track.marks.iter().position(|m| m.claim == claim)?;
        Some((t, m))
    })
}

fn mark(c: &Claim, claim: usize, version: usize) -> Result<Mark, &'static str> {
    let q = &c.quantity;
    if c.kind == Kind::Statement {
        return Err("a statement has no figure");
    }
    let value = q
        .point()
        .or(q.low().zip(q.high()).map(|(l, h)| (l + h) / 2.0))
        .or(q.low())
        .or(q.high())
        .filter(|v| v.is_finite())
        .ok_or("a vague figure has no number to draw")?;
    let open = match q.bound {
        Bound::AtLeast | Bound::MoreThan => Some(Open::Up),
        Bound::AtMost | Bound::LessThan => Some(Open::Down),
        // Anything else open on one side (a range written `10,000+`).
        _ => match (q.low(), q.high()) {
            (Some(_), None) => Some(Open::Up),
            (None, Some(_)) => Some(Open::Down),
            _ => None,
        },
    };
    let band = q
        .low()
        .zip(q.high())
        .filter(|(l, h)| l < h && l.is_finite() && h.is_finite());
    Ok(Mark {
        claim,
        version,
        day: c.stated.as_ref().map_or(0, |d| d.start_day()),
        dated: c.stated.is_some(),
        value,
        band,
        open,
        forecast: c.basis == Basis::Forecast,
        status: c.status,
        label: form::claim_short(c),
    })
}

/// Give undated marks a place in version order between their dated
/// neighbours. With no date anywhere, positions become version numbers.
fn place_undated(tracks: &mut [Track]) -> Axis {
    let dated: Vec<i64> = tracks
        .iter()
        .flat_map(|t| t.marks.iter().filter(|m| m.dated).map(|m| m.day))
        .collect();
    let (Some(&lo), Some(&hi)) = (dated.iter().min(), dated.iter().max()) else {
        for t in tracks.iter_mut() {
            for m in &mut t.marks {
                m.day = m.version as i64;
            }
        }
        return Axis::Versions;
    };
    // The gap an undated version stands from its dated neighbour.
    let step = ((hi - lo) / 8).max(7);
    for t in tracks.iter_mut() {
        let n = t.marks.len();
        let mut k = 0;
        while k < n {
            if t.marks[k].dated {
                k += 1;
                continue;
            }
            let start = k;
            while k < n && !t.marks[k].dated {
                k += 1;
            }
            // marks[start..k] are undated; place them evenly between the
            // dated marks around them.
            let before = start.checked_sub(1).map(|p| t.marks[p].day);
            let after = (k < n).then(|| t.marks[k].day);
            let count = (k - start) as i64;
            let (from, to) = match (before, after) {
                (Some(b), Some(a)) => (b, a),
                (Some(b), None) => (b, b + step * (count + 1)),
                (None, Some(a)) => (a - step * (count + 1), a),
                (None, None) => (lo - step * (count + 1), lo),
            };
            for (j, m) in t.marks[start..k].iter_mut().enumerate() {
                m.day = from + (to - from) * (j as i64 + 1) / (count + 1);
            }
        }
    }
    Axis::Dates
}

fn extent(tracks: &[Track], axis: Axis) -> ((i64, i64), (f64, f64)) {
    let marks = || tracks.iter().flat_map(|t| t.marks.iter());
    let first = marks().map(|m| m.day).min().unwrap_or(0);
    let last = marks().map(|m| m.day).max().unwrap_or(0);
    let pad = match axis {
        Axis::Versions => 1,
        Axis::Dates if last == first => 15,
        Axis::Dates => ((last - first) / 12).max(3),
    };
    let highs = marks().flat_map(|m| [Some(m.value), m.band.map(|b| b.1)]);
    let lows = marks().flat_map(|m| [Some(m.value), m.band.map(|b| b.0)]);
    let top = highs.flatten().fold(f64::MIN, f64::max);
    let bottom = lows.flatten().fold(f64::MAX, f64::min).min(0.0);
    // Headroom: an upward arrow must fit above the highest mark.
    let top = if top <= bottom {
        bottom + 1.0
    } else {
        top + (top - bottom) * 0.18
    };
    ((first - pad, last + pad), (bottom, top))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;
    use crate::reconcile::reconcile;

    fn chart_of(dir: &str, subject: &str) -> (crate::Analysis, Result<Chart, NoChart>) {
        let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
        let a = analyse(&[path]).unwrap();
        let r = reconcile(&a.repo.claims, &a.versions, subject, None);
        let c = chart(&a.repo.claims, &a.versions, &r);
        (a, c)
    }

    #[test]
    fn the_nis_deaths_chart_has_three_marks_and_an_undated_first() {
        let (a, c) = chart_of("claims", "nk-troops-in-russia/deaths");
        let c = c.unwrap();
        assert_eq!(c.axis, Axis::Dates);
        assert_eq!(c.tracks.len(), 1);
        let marks = &c.tracks[0].marks;
        assert_eq!(
            marks.iter().map(|m| m.value).collect::<Vec<_>>(),
            [350.0, 600.0, 2000.0]
        );
        assert!(!marks[0].dated && marks[1].dated && marks[2].dated);
        // The undated first version stands before the second.
        assert!(marks[0].day < marks[1].day);
        assert_eq!(marks[1].open, Some(Open::Up));
        assert_eq!(marks[2].open, None);
        assert!(marks[2].band.is_some(), "about 2,000 has an interval");
        assert!(c.y.1 > 2000.0 && c.y.0 == 0.0);
        assert!(c.x.0 < marks[0].day && c.x.1 > marks[2].day);
        let notes = c.notes(&a.repo.claims);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("v1 (≈350) is undated"), "{notes:?}");
    }

    #[test]
    fn date_ticks_fall_on_calendar_boundaries() {
        use crate::date::{civil_from_days, day_of};
        let (ticks, p) = date_ticks(day_of(2025, 3, 10), day_of(2025, 9, 20));
        assert_eq!(p, TickPrecision::Month);
        let dates: Vec<_> = ticks.iter().map(|&d| civil_from_days(d)).collect();
        assert_eq!(
            dates,
            [
                (2025, 4, 1),
                (2025, 5, 1),
                (2025, 6, 1),
                (2025, 7, 1),
                (2025, 8, 1),
                (2025, 9, 1)
            ]
        );
        let (ticks, p) = date_ticks(day_of(2001, 6, 1), day_of(2025, 1, 1));
        assert_eq!(p, TickPrecision::Year);
        assert!(ticks.len() <= 8 && ticks.iter().all(|&d| civil_from_days(d).1 == 1));
        let (ticks, p) = date_ticks(day_of(2025, 9, 1), day_of(2025, 9, 30));
        assert_eq!(p, TickPrecision::Day);
        assert!((5..=8).contains(&ticks.len()), "{ticks:?}");
    }

    #[test]
    fn statements_have_no_chart() {
        let (_, c) = chart_of("claims", "china-victory-day-parade/kim-jong-un-attends");
        assert_eq!(c.unwrap_err(), NoChart::NoFigures);
    }

    #[test]
    fn undated_runs_are_spread_between_their_neighbours() {
        let mk = |version, day: Option<i64>| Mark {
            claim: version,
            version,
            day: day.unwrap_or(0),
            dated: day.is_some(),
            value: 1.0,
            band: None,
            open: None,
            forecast: false,
            status: Status::Current,
            label: String::new(),
        };
        let mut tracks = vec![Track {
            source: "A".into(),
            marks: vec![
                mk(1, Some(100)),
                mk(2, None),
                mk(3, None),
                mk(4, Some(130)),
                mk(5, None),
            ],
        }];
        assert_eq!(place_undated(&mut tracks), Axis::Dates);
        let days: Vec<i64> = tracks[0].marks.iter().map(|m| m.day).collect();
        assert_eq!(days, [100, 110, 120, 130, 137]);
        let mut none = vec![Track {
            source: "A".into(),
            marks: vec![mk(1, None), mk(2, None)],
        }];
        assert_eq!(place_undated(&mut none), Axis::Versions);
        assert_eq!(none[0].marks[1].day, 2);
    }
}

//! Compact written forms of normalised figures: `≥600`, `≈2,000 (1,800–2,200)`,
//! `4.9 million`.

use super::number::readable as n;
use crate::model::Claim;
use crate::quantity::{Bound, Quantity};
use crate::reconcile::Interval;
use crate::versions::{Revision, StepKind};
use crate::wordiff;

/// `1,000–2,000`; with a negative end, `-1,000 to -500` (not `-1,000–-500`).
/// Each number is followed by `unit` (`%` or nothing).
fn span(low: Option<f64>, high: Option<f64>, unit: &str) -> String {
    let negative = [low, high].into_iter().flatten().any(|x| x < 0.0);
    let end = |x: Option<f64>| x.map_or("…".to_string(), |x| format!("{}{unit}", n(x)));
    format!(
        "{}{}{}",
        end(low),
        if negative { " to " } else { "–" },
        end(high)
    )
}

/// The short form used in timelines: `≈350`, `≥600`, `1,000–2,000`.
pub fn short(q: &Quantity) -> String {
    short_in(q, "")
}

/// The short form with `unit` after each number: `≈5%`, `5%–6%`.
fn short_in(q: &Quantity, unit: &str) -> String {
    let p = q
        .point()
        .map(|x| format!("{}{unit}", n(x)))
        .unwrap_or_default();
    match q.bound {
        Bound::Exact => p,
        Bound::Approx => format!("≈{p}"),
        Bound::Nearly => format!("≲{p}"),
        Bound::AtLeast => format!("≥{p}"),
        Bound::MoreThan => format!(">{p}"),
        Bound::AtMost => format!("≤{p}"),
        Bound::LessThan => format!("<{p}"),
        Bound::Range | Bound::Vague => match q.point() {
            Some(_) => format!("{} (best {p})", span(q.low(), q.high(), unit)),
            None => span(q.low(), q.high(), unit),
        },
        Bound::Statement => "statement".to_string(),
    }
}

/// The long form used in tables: the short form and its interval.
pub fn long(q: &Quantity) -> String {
    long_in(q, "")
}

/// The long form with `unit` after each number: `≈5% (4.5%–5.5%)`.
fn long_in(q: &Quantity, unit: &str) -> String {
    match q.bound {
        Bound::Approx | Bound::Nearly => {
            format!("{} ({})", short_in(q, unit), span(q.low(), q.high(), unit))
        }
        Bound::Vague => format!("{} (vague)", short_in(q, unit)),
        _ => short_in(q, unit),
    }
}

/// What follows each number of a claim's written forms: `%` for a
/// percentage, whose figure alone would read as a count.
fn unit_sign(c: &Claim) -> &'static str {
    match &c.unit {
        Some(unit) if unit.eq_ignore_ascii_case("percent") => "%",
        _ => "",
    }
}

/// A count and its noun: `1 version`, `3 versions`.
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// A sparkline of a series' figures, one bar per value scaled between the
/// smallest and the largest: `▁▂█`. Empty with fewer than two values.
pub fn sparkline(values: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    if values.len() < 2 || values.iter().any(|v| !v.is_finite()) {
        return String::new();
    }
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| {
            if hi == lo {
                BARS[3]
            } else {
                BARS[(((v - lo) / (hi - lo)) * 7.0).round() as usize]
            }
        })
        .collect()
}

/// Short form of a claim: statements show their words.
pub fn claim_short(c: &Claim) -> String {
    match c.quantity.bound {
        Bound::Statement => format!("“{}”", truncate(&c.value, 60)),
        _ => short_in(&c.quantity, unit_sign(c)),
    }
}

/// The short form and the unit it counts, where a sign does not already
/// show it: `≈2,000 deaths`, `26 heads of state`, `12%`, `“…”`.
pub fn claim_short_unit(c: &Claim) -> String {
    match unit_apart(c) {
        Some(unit) => format!("{} {unit}", claim_short(c)),
        None => claim_short(c),
    }
}

/// A figure's unit where a sign after each number does not show it
/// (`deaths`; not `percent`, shown as `%`): what a table's unit column
/// holds.
pub fn unit_apart(c: &Claim) -> Option<&str> {
    match &c.unit {
        Some(unit) if c.quantity.bound != Bound::Statement && unit_sign(c).is_empty() => Some(unit),
        _ => None,
    }
}

/// The mark a disputed claim carries wherever it is named: ` [disputed]`,
/// or nothing. (A retracted claim is left out of what is latest.)
pub fn disputed(c: &Claim) -> &'static str {
    if c.status == crate::model::Status::Disputed {
        " [disputed]"
    } else {
        ""
    }
}

/// Long form of a claim.
pub fn claim_long(c: &Claim) -> String {
    match c.quantity.bound {
        Bound::Statement => "statement".to_string(),
        _ => long_in(&c.quantity, unit_sign(c)),
    }
}

/// An interval in mathematical notation: `[1,800, 2,200]`, `(10,000, ∞)`.
pub fn interval(i: &Interval) -> String {
    let open = if i.low.is_some() && i.low_inclusive {
        '['
    } else {
        '('
    };
    let close = if i.high.is_some() && i.high_inclusive {
        ']'
    } else {
        ')'
    };
    format!(
        "{open}{}, {}{close}",
        i.low.map_or("−∞".to_string(), n),
        i.high.map_or("∞".to_string(), n)
    )
}

/// Shorten text to `max` characters with an ellipsis.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The change of a revision from `old` into `new`: `+1,400 (×3.33,
/// +233.3%), at_least → approx`; a percentage's change in points: `-0.3 pp
/// (×0.88, -12.5%)`; where neither has a point (a range, a vague figure),
/// how its ends moved: `low +3,000, high +10,000`.
pub fn change(r: &Revision, old: &Claim, new: &Claim) -> String {
    let mut parts = Vec::new();
    // A point that stays (`more than 250,000` restated, `about 26` →
    // `26`) is no change of point: `unchanged`, or the bound's change.
    if let Some(d) = r.point_change.filter(|d| *d != 0.0) {
        let sign = if d > 0.0 { "+" } else { "" };
        let mut s = format!("{sign}{}{}", n(d), points(new));
        if let (Some(ratio), Some(pct)) = (r.ratio, r.percent()) {
            let psign = if pct > 0.0 { "+" } else { "" };
            s.push_str(&format!(" (×{ratio:.2}, {psign}{pct:.1}%)"));
        }
        parts.push(s);
    }
    if let Some((a, b)) = r.bound_change {
        parts.push(format!("{a} → {b}"));
    }
    // Where one version has no point (a range, a vague figure), how its
    // ends moved: `between 10 and 15 million` → `25 million` is `range →
    // exact, low +15 million, high +10 million`.
    if parts.is_empty() || r.point_change.is_none() {
        let (a, b) = (&old.quantity, &new.quantity);
        for (end, from, to) in [("low", a.low(), b.low()), ("high", a.high(), b.high())] {
            if let (Some(from), Some(to)) = (from, to)
                && from != to
            {
                let sign = if to > from { "+" } else { "" };
                parts.push(format!("{end} {sign}{}{}", n(to - from), points(new)));
            }
        }
    }
    if parts.is_empty() {
        "unchanged".to_string()
    } else {
        parts.join(", ")
    }
}

/// What follows a change of a claim's figure: ` pp` (percentage points)
/// for a percentage, so that `-0.3 pp` is not read beside `-12.5%` as a
/// second share.
pub fn points(c: &Claim) -> &'static str {
    match unit_sign(c) {
        "%" => " pp",
        _ => "",
    }
}

/// The gap between two conflicting claims' intervals: `532`; `0.3 pp`
/// between two percentages.
pub fn gap(gap: f64, a: &Claim, b: &Claim) -> String {
    let unit = if points(a) == points(b) {
        points(a)
    } else {
        ""
    };
    format!("{}{unit}", n(gap))
}

/// How far apart the dates two claims describe (`as_of`, else `stated`)
/// are, where both have one and they differ: `2 days apart`, or the
/// dates themselves where one is coarser than a day (`2023-05 and
/// 2023-07`). A conflict between them may be time, not disagreement.
pub fn apart(a: &Claim, b: &Claim) -> Option<String> {
    let (da, db) = (
        a.as_of().or(a.stated.as_ref())?,
        b.as_of().or(b.stated.as_ref())?,
    );
    match (da.day, db.day) {
        // (Times of one day are the same day here.)
        (Some(_), Some(_)) => {
            let days = (db.start_day() - da.start_day()).abs();
            (days > 0).then(|| format!("{} apart", days_text(days)))
        }
        _ => (da != db).then(|| format!("{da} and {db}")),
    }
}

/// A count of days: `1 day`, `2 days`.
pub fn days_text(days: i64) -> String {
    format!("{days} day{}", if days.abs() == 1 { "" } else { "s" })
}

/// What the step from `old` into a version (`new`) was, for the `change`
/// column.
pub fn step(r: &Revision, old: &Claim, new: &Claim) -> String {
    match r.kind {
        StepKind::Revision => change(r, old, new),
        StepKind::Relay if !wordiff::changed(&r.value_diff) => "relayed (same day)".to_string(),
        StepKind::Relay => "relayed differently (same day)".to_string(),
        StepKind::Outcome => format!("outcome of the forecast: {}", change(r, old, new)),
        StepKind::Forecast => "new forecast (not a revision)".to_string(),
        StepKind::Update => format!("for another time: {}", change(r, old, new)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sparklines_scale_between_the_extremes() {
        assert_eq!(super::sparkline(&[350.0, 600.0, 2000.0]), "▁▂█");
        assert_eq!(super::sparkline(&[5.0, 5.0]), "▄▄");
        assert_eq!(super::sparkline(&[3.0, 1.0, 2.0]), "█▁▅");
        assert_eq!(super::sparkline(&[1.0]), "");
        assert_eq!(super::sparkline(&[1.0, f64::NAN]), "");
    }

    use super::*;
    use crate::quantity::parse;

    fn q(text: &str) -> Quantity {
        parse(text, 0.1).expect(text).quantity
    }

    #[test]
    fn written_forms() {
        let cases = [
            ("about 2,000", "≈2,000", "≈2,000 (1,800–2,200)"),
            ("at least 600", "≥600", "≥600"),
            ("more than 10,000", ">10,000", ">10,000"),
            ("nearly 3,000", "≲3,000", "≲3,000 (2,700–3,000)"),
            ("1,000-2,000", "1,000–2,000", "1,000–2,000"),
            ("dozens", "24–99", "24–99 (vague)"),
            ("26", "26", "26"),
            ("fewer than 50", "<50", "<50"),
            // A dash beside a minus sign would read as a double minus.
            ("-1,000 to -500", "-1,000 to -500", "-1,000 to -500"),
            ("about -10", "≈-10", "≈-10 (-11 to -9)"),
        ];
        for (input, s, l) in cases {
            assert_eq!(short(&q(input)), s, "{input}");
            assert_eq!(long(&q(input)), l, "{input}");
        }
        // A percentage keeps its sign on every number.
        for (input, s, l) in [
            ("about 5%", "≈5%", "≈5% (4.5%–5.5%)"),
            ("2.25% to 2.75%", "2.25%–2.75%", "2.25%–2.75%"),
            ("more than 40%", ">40%", ">40%"),
        ] {
            assert_eq!(short_in(&q(input), "%"), s, "{input}");
            assert_eq!(long_in(&q(input), "%"), l, "{input}");
        }
    }

    #[test]
    fn intervals_show_their_ends() {
        assert_eq!(
            interval(&Interval::of(&q("more than 10,000"))),
            "(10,000, ∞)"
        );
        assert_eq!(interval(&Interval::of(&q("about 2,000"))), "[1,800, 2,200]");
        assert_eq!(interval(&Interval::of(&q("under 5"))), "(−∞, 5)");
    }
}

//! Vintage views of a series: which version was in force when, the vintage
//! matrix of real-time data sets, and the summary of a series' revisions.

use crate::date::PartialDate;
use crate::model::{Basis, Claim, Status};
use crate::versions::Series;

/// The latest standing (not retracted) version of `series`.
pub fn latest(claims: &[Claim], series: &Series) -> Option<usize> {
    series
        .claims
        .iter()
        .rev()
        .copied()
        .find(|&i| claims[i].status != Status::Retracted)
}

/// The version of `series` in force on `date`: the last standing version
/// stated on or before it (undated versions never are).
pub fn in_force(claims: &[Claim], series: &Series, date: &PartialDate) -> Option<usize> {
    series.claims.iter().rev().copied().find(|&i| {
        let c = &claims[i];
        c.status != Status::Retracted && c.stated.as_ref().is_some_and(|d| d.on_or_before(date))
    })
}

/// What the figures of a series add up to.
#[derive(Debug, Clone)]
pub struct Summary {
    pub versions: usize,
    /// The first and latest version compared: standing versions (not
    /// retracted) of the same kind as the latest, forecasts or outcomes,
    /// with the same `as_of` as the latest (none where it has none).
    pub first: usize,
    pub latest: usize,
    /// latest point − first point, when both exist.
    pub total_revision: Option<f64>,
    /// The same in percent of the first point.
    pub total_percent: Option<f64>,
}

/// Summarise a series; `None` when every version is retracted.
pub fn summary(claims: &[Claim], series: &Series) -> Option<Summary> {
    let standing = |i: &usize| claims[*i].status != Status::Retracted;
    let latest = latest(claims, series)?;
    // Compare like with like: forecasts with forecasts, and versions that
    // describe the date the latest does: its `as_of`, or, where it has
    // none, their own statement's (`66.8% four years ago` is no first
    // version of this year's 71.3%).
    // (Or the versions the latest revises, by `supersedes`, whatever they
    // describe: the source says the latest replaces them; of its kind
    // still, as an outcome that supersedes a forecast is no revision.)
    let forecast = claims[latest].basis == Basis::Forecast;
    let as_of = claims[latest].as_of();
    let revised = revised_by(claims, series, latest);
    let first = series
        .claims
        .iter()
        .copied()
        .filter(standing)
        .find(|&i| {
            (claims[i].basis == Basis::Forecast) == forecast
                && (claims[i].as_of() == as_of || revised.contains(&i))
        })
        .unwrap_or(latest);
    let (a, b) = (
        claims[first].quantity.point(),
        claims[latest].quantity.point(),
    );
    let total_revision = a.zip(b).map(|(x, y)| crate::quantity::clean(y - x));
    let total_percent = a
        .zip(b)
        .filter(|(x, _)| *x != 0.0)
        .map(|(x, y)| (y / x - 1.0) * 100.0);
    Some(Summary {
        versions: series.claims.len(),
        first,
        latest,
        total_revision,
        total_percent,
    })
}

/// The versions of `series` that claim `latest` revises, by its
/// `supersedes` and theirs in turn.
fn revised_by(claims: &[Claim], series: &Series, latest: usize) -> Vec<usize> {
    let mut revised = Vec::new();
    let mut at = latest;
    while let Some(earlier) = claims[at].supersedes.as_deref()
        && let Some(&i) = series.claims.iter().find(|&&i| claims[i].id == earlier)
        && !revised.contains(&i)
        && i != latest
    {
        revised.push(i);
        at = i;
    }
    revised
}

/// A vintage matrix: what each figure describes (`as_of`, else `stated`)
/// down the rows, the dates the values were stated across the columns.
/// A value stays in force in later columns until a later version
/// describing the same date replaces it, as in real-time data sets.
#[derive(Debug, Clone)]
pub struct Matrix {
    /// Described dates (`None`: undated), in order of first appearance.
    pub rows: Vec<Option<PartialDate>>,
    /// Stated dates (`None`: undated), in version order.
    pub columns: Vec<Option<PartialDate>>,
    /// `cells[row][column]`: the claim in force and whether it was stated
    /// in that very column (else carried forward).
    pub cells: Vec<Vec<Option<(usize, bool)>>>,
}

/// Build the vintage matrix of one series.
pub fn matrix(claims: &[Claim], series: &Series) -> Matrix {
    fn place(list: &mut Vec<Option<PartialDate>>, date: Option<&PartialDate>) -> usize {
        let date = date.cloned();
        match list.iter().position(|d| *d == date) {
            Some(k) => k,
            None => {
                list.push(date);
                list.len() - 1
            }
        }
    }
    let mut rows = Vec::new();
    let mut columns = Vec::new();
    let mut placed = Vec::with_capacity(series.claims.len());
    for &i in &series.claims {
        let c = &claims[i];
        let row = place(&mut rows, c.as_of().or(c.stated.as_ref()));
        let column = place(&mut columns, c.stated.as_ref());
        placed.push((i, row, column));
    }
    let mut cells = vec![vec![None; columns.len()]; rows.len()];
    // Columns follow version order, so a later version overwrites the
    // earlier ones of its row from its own column on.
    for (i, row, column) in placed {
        for (k, cell) in cells[row].iter_mut().enumerate().skip(column) {
            *cell = Some((i, k == column));
        }
    }
    Matrix {
        rows,
        columns,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse;
    use crate::versions::StepKind;
    use crate::versions::tests::claim;

    fn series(n: usize) -> Series {
        Series {
            subject: "s".into(),
            source: "A".into(),
            claims: (0..n).collect(),
            steps: vec![StepKind::Revision; n.saturating_sub(1)],
        }
    }

    #[test]
    fn the_matrix_carries_values_forward_until_revised() {
        // January's figure, revised in March; February's, stated in March.
        let claims = [
            claim("jan", "100", Some("2025-02-01"), Some("2025-01-31")),
            claim("feb", "150", Some("2025-03-01"), Some("2025-02-28")),
            claim("jan-rev", "110", Some("2025-03-10"), Some("2025-01-31")),
        ];
        let m = matrix(&claims, &series(3));
        let dates = |v: &[Option<PartialDate>]| -> Vec<String> {
            v.iter()
                .map(|d| d.as_ref().map_or("—".into(), ToString::to_string))
                .collect()
        };
        assert_eq!(dates(&m.rows), ["2025-01-31", "2025-02-28"]);
        assert_eq!(
            dates(&m.columns),
            ["2025-02-01", "2025-03-01", "2025-03-10"]
        );
        assert_eq!(
            m.cells[0],
            [Some((0, true)), Some((0, false)), Some((2, true))]
        );
        assert_eq!(m.cells[1], [None, Some((1, true)), Some((1, false))]);
        // The total revision compares versions describing the same date.
        let s = summary(&claims, &series(3)).expect("summary");
        assert_eq!((s.first, s.latest, s.total_revision), (0, 2, Some(10.0)));
    }

    #[test]
    fn the_summary_compares_a_revision_with_what_it_supersedes_whatever_it_describes() {
        // More than 80 injured as of the crush's day; a later count of
        // 92, no `as_of`, that revises it; and another day's figure.
        let mut claims = [
            claim("other-day", "50", Some("2026-11-20"), Some("2026-11-19")),
            claim(
                "first",
                "more than 80",
                Some("2026-11-22"),
                Some("2026-11-21"),
            ),
            claim("revised", "92", Some("2026-11-27"), None),
        ];
        let s = summary(&claims, &series(3)).expect("summary");
        assert_eq!((s.first, s.latest), (2, 2));
        claims[2].supersedes = Some("first".into());
        let s = summary(&claims, &series(3)).expect("summary");
        assert_eq!((s.first, s.latest, s.total_revision), (1, 2, Some(12.0)));
        // Not a forecast it supersedes: an outcome is no revision of one.
        claims[1].basis = Basis::Forecast;
        let s = summary(&claims, &series(3)).expect("summary");
        assert_eq!((s.first, s.latest), (2, 2));
    }

    #[test]
    fn the_summary_compares_first_and_latest() {
        let claims = [
            claim("a", "about 350", None, None),
            claim("b", "at least 600", Some("2025-04"), None),
            claim("c", "about 2,000", Some("2025-09-02"), None),
        ];
        let s = summary(&claims, &series(3)).expect("summary");
        assert_eq!((s.versions, s.first, s.latest), (3, 0, 2));
        assert_eq!(s.total_revision, Some(1650.0));
        let pct = s.total_percent.expect("percent");
        assert!((pct - 471.428).abs() < 0.01, "{pct}");
        let may = parse("2025-05").expect("date");
        assert_eq!(in_force(&claims, &series(3), &may), Some(1));
        let early = parse("2024").expect("date");
        assert_eq!(in_force(&claims, &series(3), &early), None);
    }
}

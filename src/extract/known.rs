//! Drafts a repository already holds: a figure of the same source,
//! value, unit and dates as a claim there (an earlier article's figure
//! recalled in a later one, `down from its earlier estimate of 1,500 on
//! Sunday`, or an article drafted twice).

use std::collections::HashMap;

use crate::date::PartialDate;
use crate::model::Claim;
use crate::quantity::{self, Bound, Quantity};

use super::{Confidence, Draft, as_of, stated, value_text};

/// Marks each confident draft that a claim of `claims` already holds
/// with that claim's id ([`Draft::held`]), and points a draft that
/// supersedes it at that claim instead, in that claim's subject (a
/// `supersedes` stays within one series). `published` is the article's
/// date, which the drafts' dates count back from; with none, no draft
/// is held (its dates are unknown).
pub fn mark_held(drafts: &mut [Draft], claims: &[Claim], published: Option<&PartialDate>) {
    let Some(published) = published else {
        return;
    };
    let mut held: HashMap<String, usize> = HashMap::new();
    for d in drafts
        .iter_mut()
        .filter(|d| d.confidence == Confidence::High)
    {
        let Ok(value) = quantity::parse(&value_text(d), 0.1) else {
            continue;
        };
        let said = stated(d, Some(published)).unwrap_or_else(|| published.clone());
        let true_at = as_of(d, Some(published));
        let found = claims
            .iter()
            .position(|c| holds(c, d, &value.quantity, &said, true_at.as_ref()));
        if let Some(k) = found {
            d.held = Some(claims[k].id.to_string());
            held.insert(d.id.clone(), k);
        }
    }
    for d in drafts.iter_mut() {
        if let Some(&k) = d.supersedes.as_ref().and_then(|earlier| held.get(earlier)) {
            d.supersedes = Some(claims[k].id.to_string());
            d.subject = claims[k].subject.to_string();
        }
    }
}

/// Whether claim `c` gives what draft `d` does: its source as the
/// repository spells it, the same figure (point and bound, exact and
/// approximate alike, or ends where there is no point), unit, day stated
/// and `as_of`.
fn holds(
    c: &Claim,
    d: &Draft,
    value: &Quantity,
    said: &PartialDate,
    true_at: Option<&PartialDate>,
) -> bool {
    // (`an estimated 1,500`, recalled as `its earlier estimate of
    // 1,500`: an estimate as written, or not.)
    let loose = |b: Bound| matches!(b, Bound::Exact | Bound::Approx);
    let bound = c.quantity.bound == value.bound || loose(c.quantity.bound) && loose(value.bound);
    let figure = bound
        && c.quantity.point() == value.point()
        && (value.point().is_some()
            || c.quantity.low() == value.low() && c.quantity.high() == value.high());
    let unit = match (c.unit.as_deref(), d.unit.as_deref()) {
        (Some(a), Some(b)) => quantity::unit_key(a) == quantity::unit_key(b),
        (a, b) => a.is_none() && b.is_none(),
    };
    *c.source == *d.source
        && figure
        && unit
        && c.stated.as_ref().is_some_and(|s| s.same_time(said))
        && c.as_of() == true_at
}

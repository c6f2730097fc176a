//! Drafts a repository already holds: a figure of the same source,
//! value, unit and dates as a claim there (an earlier article's figure
//! recalled in a later one, `down from its earlier estimate of 1,500 on
//! Sunday`, or an article drafted twice), or the source's latest figure
//! before, where a draft revises it (`raised its estimate to 755,000,
//! from 638,000`).

use std::collections::{HashMap, HashSet};

use crate::date::PartialDate;
use crate::model::Claim;
use crate::quantity::{self, Bound, Quantity};

use super::{Confidence, Draft, as_of, stated, value_text};

/// How many days from the day an article tells a recalled figure was
/// given a claim of it may be stated.
const NEAR_DAYS: i64 = 3;

/// Marks each confident draft that a claim of `claims` already holds
/// with that claim's id ([`Draft::held`]), and points a draft that
/// supersedes it at that claim instead, in that claim's subject (a
/// `supersedes` stays within one series). A draft another revises is
/// held by the source's latest claim of its point, unit and `as_of`
/// (any, where the draft's is untold) stated before the article, or
/// within 3 days (`NEAR_DAYS`) of the day it tells (in the period it
/// tells, a month or a year), whatever its qualifier then: a figure
/// recalled seldom repeats either exactly. A draft for an earlier time
/// (`up from 40 a week ago`, `as_of` that day) is held by a claim of that
/// figure that describes that day: as of it, or stated then with no
/// `as_of`.
/// `published` is the article's date, which the drafts' dates count back
/// from; with none, no draft is held (its dates are unknown).
pub fn mark_held(drafts: &mut [Draft], claims: &[Claim], published: Option<&PartialDate>) {
    let Some(published) = published else {
        return;
    };
    // The drafts another revises: an earlier figure recalled (`raised its
    // estimate to 755,000, from 638,000`), in the subject of the one that
    // revises it or another (`to 1.1 billion euros in total, from 1.6
    // billion euros a day`).
    let recalled: HashSet<String> = drafts
        .iter()
        .filter_map(|d| d.supersedes.clone())
        .chain(drafts.iter().filter(|d| d.recalled).map(|d| d.id.clone()))
        .collect();
    let mut held: HashMap<String, usize> = HashMap::new();
    for d in drafts
        .iter_mut()
        .filter(|d| d.confidence == Confidence::High)
    {
        let Ok(value) = quantity::parse(&value_text(d), 0.1) else {
            continue;
        };
        let told = stated(d, Some(published));
        let said = told.clone().unwrap_or_else(|| published.clone());
        let true_at = as_of(d, Some(published));
        // When a recalled figure was given: on or before the article's
        // day where the article does not tell, else near the day it tells
        // (`a week earlier` is seldom exact to the day), or in the period
        // it tells (`last week` across two months is the year).
        let given = |c: &Claim| {
            c.stated.as_ref().is_some_and(|s| match &told {
                _ if !s.on_or_before(published) => false,
                None => true,
                Some(day) => match s.days_until(day) {
                    Some(n) => n.abs() <= NEAR_DAYS,
                    None => {
                        s.same_time(day)
                            || !day.is_full()
                                && day.sort_key() <= s.sort_key()
                                && s.on_or_before(day)
                    }
                },
            })
        };
        let value = &value.quantity;
        let found = claims
            .iter()
            .position(|c| {
                gives(c, d, value, false)
                    && c.stated.as_ref().is_some_and(|s| s.same_time(&said))
                    && c.as_of() == true_at.as_ref()
            })
            // A figure for an earlier time (`up from 40 a week ago`) is
            // the claim of it that describes that time, as of it or
            // stated then.
            .or_else(|| {
                let then = true_at.as_ref()?;
                claims.iter().position(|c| {
                    gives(c, d, value, false)
                        && c.as_of()
                            .or(c.stated.as_ref())
                            .is_some_and(|t| t.same_time(then))
                        && c.stated.as_ref().is_some_and(|s| s.on_or_before(published))
                })
            })
            // A figure recalled is the source's latest before it, whatever
            // its qualifier then and the day the article gives it.
            .or_else(|| {
                let latest = || {
                    claims
                        .iter()
                        .enumerate()
                        // (Of any day it describes where the article
                        // tells none: `revising its count up from 4.2
                        // million` is the 4.2 million of last week's
                        // article, as of the blackout's day.)
                        .filter(|(_, c)| {
                            gives(c, d, value, true)
                                && given(c)
                                && (true_at.is_none() || c.as_of() == true_at.as_ref())
                        })
                        .max_by_key(|(_, c)| c.stated.as_ref().map(PartialDate::sort_key))
                        .map(|(k, _)| k)
                };
                recalled.contains(&d.id).then(latest).flatten()
            });
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

/// Whether claim `c` gives the figure draft `d` does: its source as the
/// repository spells it, the same figure (point and bound, exact and
/// approximate alike, or ends where there is no point; any bound where
/// `any_bound`) and unit, or one that narrows it (`farm fires`, `fires`).
fn gives(c: &Claim, d: &Draft, value: &Quantity, any_bound: bool) -> bool {
    // (`an estimated 1,500`, recalled as `its earlier estimate of
    // 1,500`: an estimate as written, or not.)
    let loose = |b: Bound| matches!(b, Bound::Exact | Bound::Approx);
    let bound = any_bound
        || c.quantity.bound == value.bound
        || loose(c.quantity.bound) && loose(value.bound);
    let figure = bound
        && c.quantity.point() == value.point()
        && (value.point().is_some()
            || c.quantity.low() == value.low() && c.quantity.high() == value.high());
    *c.source == *d.source && figure && counts_alike(c, d)
}

/// Whether claim `c` and draft `d` count the same: the same unit, or one
/// that narrows the other (`farm fires` in one article, `fires` in the
/// next), or neither has one.
pub(super) fn counts_alike(c: &Claim, d: &Draft) -> bool {
    match (c.unit.as_deref(), d.unit.as_deref()) {
        (Some(a), Some(b)) => quantity::units_meet(a, b),
        (a, b) => a.is_none() && b.is_none(),
    }
}

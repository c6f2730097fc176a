//! A headline's figures that its article tells again: `Bird flu spreads
//! to 40 farms` over `… confirmed on 40 poultry farms …, the chief
//! veterinary officer said`. The article's sentence names the source and
//! gives the quote; the headline's draft would be the same figure again,
//! most often unattributed (`?`, which `check` rejects).

use crate::quantity::{self, Quantity};

use super::Draft;
use super::values::value_words;

/// The longest line a headline is.
const HEADLINE_BYTES: usize = 200;

/// The byte range of `text`'s headline: its first line, where that line
/// is short, holds no stop (`.`, `!`, `?` before a space) nor ends in one
/// (or `:` or a closing quote), and text follows it. `None` where the text
/// opens with a sentence.
pub(super) fn headline(text: &str) -> Option<std::ops::Range<usize>> {
    let (first, rest) = text.split_once('\n')?;
    let line = first.trim_end();
    let stopped = line.ends_with(['.', '!', '?', ':', '"', '”', '’', '\''])
        || [". ", "! ", "? "].iter().any(|stop| line.contains(stop));
    let short = !line.is_empty() && line.len() <= HEADLINE_BYTES;
    (short && !stopped && !rest.trim().is_empty()).then_some(0..first.len())
}

/// The indices of the headline's drafts that the article's body gives
/// again: the same figure (point, bound and ends; or one within a vague
/// figure's range) in the same unit or one that narrows it (`40 farms`,
/// `40 poultry farms`), or with no unit on one side.
pub(super) fn repeats(text: &str, drafts: &[Draft]) -> Vec<usize> {
    let Some(head) = headline(text) else {
        return Vec::new();
    };
    let value = |d: &Draft| quantity::parse(&value_words(&d.value), 0.1).ok();
    let (heading, body): (Vec<_>, Vec<_>) = drafts
        .iter()
        .enumerate()
        .partition(|(_, d)| head.contains(&d.span.start));
    heading
        .into_iter()
        .filter(|(_, h)| {
            value(h).is_some_and(|figure| {
                body.iter().any(|(_, b)| {
                    value(b).is_some_and(|v| same_figure(&v.quantity, &figure.quantity))
                        && same_noun(b.unit.as_deref(), h.unit.as_deref())
                })
            })
        })
        .map(|(k, _)| k)
        .collect()
}

/// Whether the body's figure `a` is the headline's `b`: the same bound,
/// point and ends; or, where the headline's is vague (`Blackout leaves
/// millions without power`), one within its range (`more than 4.2
/// million customers`).
fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    let within = |v: f64| b.low().is_some_and(|l| l <= v) && b.high().is_some_and(|h| v <= h);
    a.bound == b.bound && a.point() == b.point() && a.low() == b.low() && a.high() == b.high()
        || b.bound == quantity::Bound::Vague && a.point().or(a.low()).is_some_and(within)
}

/// Whether two units are one or one narrows the other
/// ([`quantity::units_meet`]), or one of them is missing.
fn same_noun(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => quantity::units_meet(a, b),
        _ => true,
    }
}

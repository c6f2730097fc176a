//! How a source arrived at a figure, where the text tells it: a figure
//! put in the future is a forecast (`could exceed 600`, `expects 2.1%`,
//! `2 million people will need food aid`), which the contract never
//! reads as a revision of an outcome.

use super::words::{MODALS, clause_before, lower_words};

/// Whether `word` is a modal verb that puts what follows in the future or
/// the conditional.
fn modal(word: &str) -> bool {
    MODALS.contains(&word) || word == "shall"
}

/// Verbs of expecting a figure: `the ECB expects 2.1%`, `economists had
/// forecast 2.2%`, `is projected to reach`, `a projected deficit of 3%`.
const EXPECTING: &[&str] = &[
    "expects",
    "expect",
    "expected",
    "forecast",
    "forecasts",
    "predicts",
    "predict",
    "predicted",
    "projects",
    "projected",
    // A forecast given: `from its earlier projection of 2.6%`.
    "projection",
    "projections",
    "outlook",
];

/// Words read past between a modal and its verb: `could eventually
/// exceed`, `will not reach`.
const BETWEEN: &[&str] = &[
    "eventually",
    "still",
    "also",
    "soon",
    "likely",
    "probably",
    "easily",
    "not",
    "well",
    "even",
];

/// Whether the figure at `start..end` of `s` (`end` past its unit) is put
/// in the future: a modal verb or a verb of expecting a few words before it
/// in its clause (`the toll could rise to 600`, `expects growth of 2.1%`),
/// or a modal straight after it (`2 million people will need`). Not a
/// possibility about the past or the present (`650 people may have died`,
/// `60 million could be affected`).
pub(super) fn forecast(s: &str, start: usize, end: usize) -> bool {
    // (The value as written may hold the modal: `could top 1,000`.)
    let digit = s
        .get(start..end)
        .and_then(|v| v.find(|c: char| c.is_ascii_digit()));
    forecast_before(s, start, start + digit.unwrap_or(0)) || forecast_after(s, end)
}

/// A modal or a verb of expecting at most six words before the figure
/// (which starts at `start`; its number at `number`), and not before
/// `that`, which opens what was said.
fn forecast_before(s: &str, start: usize, number: usize) -> bool {
    let clause = clause_before(s, number);
    let words = lower_words(clause);
    // (The qualifier's words, `up to`, count as none of the six.)
    let own = lower_words(&s[start..number]).len();
    let near = words.len().saturating_sub(6 + own);
    for k in (near..words.len()).rev() {
        let (ws, we, w) = &words[k];
        let w = w.as_str();
        // (Nor past another figure: `could rise to 700 from 600`.)
        if w == "that" || w.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let before = k.checked_sub(1).map(|b| words[b].2.as_str());
        // (Not a noun: `the will of 1,000 voters`, `its forecast of 2%`
        // is one, though: what the body expects.)
        let determined = matches!(before, Some("the" | "a" | "an"));
        // (`May` opening a sentence is as likely the month. `That would
        // leave 600 missing` draws a consequence: derived, not expected.)
        let consequence = w == "would" && matches!(before, Some("that" | "this" | "which"));
        let modal = modal(w) && &clause[*ws..*we] == w && !determined && !consequence;
        if modal {
            // (No verb between it and the figure: the verb is the
            // figure's own, `could eventually exceed 600`.)
            let mut rest = words[k + 1..]
                .iter()
                .map(|(_, _, w)| w.as_str())
                .skip_while(|w| BETWEEN.contains(w))
                .peekable();
            return rest.peek().is_none() || future_verb(w, rest);
        }
        // (`is set to rise`, `is likely to reach`; not `set rates to 2%`.)
        let to = words.get(k + 1).is_some_and(|(_, _, next)| next == "to");
        let bound = to
            && matches!(
                before,
                Some("is" | "are" | "was" | "were" | "seems" | "looks")
            );
        if EXPECTING.contains(&w) || matches!(w, "set" | "likely") && bound {
            return true;
        }
    }
    expected_to(&words, near)
}

/// A verb of expecting whose object stands between it and the `to` of
/// what the object does: `expected the total for the year to exceed
/// 35,000`. Read in the four words before the six [`forecast_before`]
/// reads (from `near` on), with a `to` after it and no figure nor `that`
/// between.
fn expected_to(words: &[(usize, usize, String)], near: usize) -> bool {
    let Some(k) = (near.saturating_sub(4)..near).rev().find(|&k| {
        matches!(
            words[k].2.as_str(),
            "expected" | "expects" | "expect" | "forecast" | "predicted"
        )
    }) else {
        return false;
    };
    let between = &words[k + 1..];
    between.iter().any(|(_, _, w)| w == "to")
        && !between
            .iter()
            .any(|(_, _, w)| w == "that" || w.contains(|c: char| c.is_ascii_digit()))
}

/// A modal straight after the figure and its unit (`will need`), `is
/// expected to` (`30,000 are expected to attend`), the noun `forecast`
/// (`the 2.8% forecast`), or a clause of expecting on it (`the €40
/// million it had expected`).
fn forecast_after(s: &str, end: usize) -> bool {
    let Some(tail) = s.get(end..) else {
        return false;
    };
    // (Only in the figure's own clause.)
    if tail.trim_start().starts_with([',', ';', ':', '.', ')']) {
        return false;
    }
    let words = lower_words(tail);
    let mut after = words
        .iter()
        .take(6)
        .map(|(ws, we, w)| (&tail[*ws..*we], w.as_str()));
    match after.next() {
        // `revising the 2.8% forecast given by`.
        Some((_, "forecast" | "projection")) => true,
        // `more than the €40 million it had expected`: a clause on the
        // figure that says who expected it.
        Some((_, "it" | "they" | "he" | "she" | "we")) => {
            let verb = after
                .map(|(_, w)| w)
                .find(|w| !matches!(*w, "had" | "has" | "have" | "originally" | "initially"));
            verb.is_some_and(|w| {
                matches!(
                    w.trim_end_matches('.'),
                    "expected" | "forecast" | "projected" | "predicted" | "budgeted"
                )
            })
        }
        Some((written, w)) if modal(w) && written == w => future_verb(w, after.map(|(_, w)| w)),
        Some((_, "is" | "are" | "was" | "were")) => matches!(
            (after.next(), after.next()),
            (Some((_, e)), Some((_, "to"))) if EXPECTING.contains(&e) || matches!(e, "set" | "likely")
        ),
        _ => false,
    }
}

/// Whether the words after `modal` bring a future: a verb (`exceed`,
/// `rise`, `will be 600`), not a past (`have died`), a state (`be
/// affected`, `be trapped`), nor what may be so now (`the true number
/// could be as high as 60 million`).
fn future_verb<'a>(modal: &str, words: impl Iterator<Item = &'a str>) -> bool {
    // (A word may keep the period that ends its sentence.)
    let mut words = words
        .map(|w| w.trim_end_matches('.'))
        .skip_while(|w| BETWEEN.contains(w));
    match words.next() {
        None | Some("have" | "'ve") => false,
        Some("be") if matches!(modal, "could" | "may" | "might") => false,
        Some("be") => words
            .next()
            .is_some_and(|w| !(w.ends_with("ed") || w.ends_with("en") || BETWEEN.contains(&w))),
        Some(_) => true,
    }
}

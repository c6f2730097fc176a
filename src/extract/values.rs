//! The value to write for a draft, in the value grammar's words:
//! qualifiers, currency signs, and ratios and fractions as percentages.

use crate::evidence::{self, Mention, numbers_in};
use crate::quantity;

use super::Draft;

/// The percentage a drafted value writes as a ratio or a fraction: `1 in
/// 5` is 20, `almost half` 50.
pub(super) fn share_percent(value: &str) -> Option<f64> {
    fraction(value)
        .map(|(p, _)| p)
        .or_else(|| ratio_percent(value, &numbers_in(value)))
}

/// The percentage of a drafted value that is a ratio, from its numbers.
fn ratio_percent(value: &str, mentions: &[Mention]) -> Option<f64> {
    match mentions {
        [a, b] => evidence::ratio(value, a, b),
        _ => None,
    }
}

/// The percentage of a drafted value that is a fraction, its qualifier
/// aside, and the qualifier: `almost half` → (50, `Nearly`).
pub(super) fn fraction(value: &str) -> Option<(f64, Option<quantity::Bound>)> {
    let (p, start) = evidence::fraction_ending(value)?;
    let head = &value[..start];
    let qualifier = quantity::qualifier_phrase_ending(head);
    let bare = qualifier.map_or(head, |(_, at)| &head[..at]);
    bare.trim()
        .is_empty()
        .then(|| (p, qualifier.map(|(b, _)| b)))
}

/// The value to write for a draft: the text as written when the value
/// grammar reads it, else its qualifier in the grammar's words and the
/// number (`as many as 300` → `up to 300`, `27-hundred` → `2,700`).
pub fn value_text(d: &Draft) -> String {
    let mut text = value_words(&d.value);
    // `More than 1 million workers walked off`: the capital is the
    // sentence's, not the value's (`US` keeps its own).
    let first = text.split(' ').next().unwrap_or_default();
    let mut letters = first.chars();
    if letters.next().is_some_and(char::is_uppercase)
        && first.len() > 1
        && letters.all(char::is_lowercase)
    {
        let lower = first.to_lowercase();
        text.replace_range(..first.len(), &lower);
    }
    text
}

/// The value a share written in words stands for, in the value grammar's
/// words: `nearly two-thirds` → `nearly 66.7%`, `half of voters` → `50%`.
/// For the help of a value the grammar cannot read.
pub fn share_value(value: &str) -> Option<String> {
    let share = match value.to_ascii_lowercase().find(" of ") {
        Some(at) if fraction(value).is_none() => &value[..at],
        _ => value,
    };
    fraction(share).map(|_| value_words(share))
}

/// The value to write, and its unit, for a `value` written with a
/// currency sign, which the value grammar does not read: `€4.5 billion`
/// → (`4.5 billion`, `euros`), `more than $40bn` → (`more than 40bn`,
/// `dollars`). `None` when there is no sign before a number, or the rest
/// is no value either.
pub fn currency_value(value: &str) -> Option<(String, &'static str)> {
    let unit = sign_before_number(value)?;
    let bare = value_words(value);
    (bare != value && quantity::parse(&bare, 0.1).is_ok()).then_some((bare, unit))
}

/// The unit of the first currency sign in `text` that stands before a
/// number (spaces may come between), as the quote check reads one: `€4.5
/// billion` → `euros`; not one inside a figure (`1.$'billion`).
pub(super) fn sign_before_number(text: &str) -> Option<&'static str> {
    text.char_indices().find_map(|(i, c)| {
        evidence::currency(c).filter(|_| evidence::sign_applies(&text[i + c.len_utf8()..]))
    })
}

/// [`value_text`] of a value as written.
pub(super) fn value_words(value: &str) -> String {
    if quantity::parse(value, 0.1).is_ok() {
        return value.to_string();
    }
    // The currency goes to the unit: `more than $40 billion` → `more than
    // 40 billion`; a sign that joined two words leaves a space (`more
    // than$40`), one after a dash none (`$1bn-$2bn` → `1bn-2bn`). Only a
    // sign before a number, as the quote reader takes it: `5,000
    // $billion` is no 5,000 billion.
    let mut spaced = String::with_capacity(value.len());
    for (i, c) in value.char_indices() {
        let rest = &value[i + c.len_utf8()..];
        let sign = evidence::currency(c).is_some() && evidence::sign_applies(rest);
        if !sign {
            spaced.push(c);
        } else if spaced.ends_with(char::is_alphanumeric) {
            spaced.push(' ');
        }
    }
    let bare = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    if quantity::parse(&bare, 0.1).is_ok() {
        return bare;
    }
    let mentions = numbers_in(&bare);
    let fraction = fraction(&bare);
    let qualifier = match (fraction, mentions.first()) {
        (Some((_, qualifier)), _) => qualifier,
        (None, Some(m)) => {
            quantity::qualifier_phrase_ending(evidence::without_minus(&bare[..m.span.start]))
                .map(|(b, _)| b)
                .or_else(|| quantity::qualifier_starting(&bare[m.span.end..]))
                // `201+ million`: the `+` before a multiplier is the
                // figure's, not dropped.
                .or_else(|| {
                    evidence::plus_inside(&bare[m.span.clone()])
                        .then_some(quantity::Bound::MoreThan)
                })
        }
        (None, None) => return value.to_string(),
    };
    let word = match qualifier {
        Some(quantity::Bound::Approx) => "about ",
        Some(quantity::Bound::Nearly) => "nearly ",
        Some(quantity::Bound::AtLeast) => "at least ",
        Some(quantity::Bound::MoreThan) => "more than ",
        Some(quantity::Bound::AtMost) => "up to ",
        // (`less than 5%` and `less than half` say `less`; `fewer than
        // 300` stays.)
        Some(quantity::Bound::LessThan)
            if bare.contains('%') || bare.to_ascii_lowercase().contains("less") =>
        {
            "less than "
        }
        Some(quantity::Bound::LessThan) => "fewer than ",
        _ => "",
    };
    // A ratio or a fraction as its percentage, exact where six decimals
    // hold it, else to three significant digits: `1 in 8` → `12.5%`,
    // `roughly 1 in 3` → `about 33.3%`, `almost half` → `nearly 50%`. The
    // quote check reads it back.
    if let Some(p) = fraction
        .map(|(p, _)| p)
        .or_else(|| ratio_percent(&bare, &mentions))
    {
        let shown = evidence::percent_as_written(p);
        let number = crate::render::number::format(quantity::clean(shown));
        return format!("{word}{number}%");
    }
    let Some(m) = mentions.first() else {
        return value.to_string();
    };
    // Every decimal, so the value reads back as the quote's number
    // (`4.4444444444`, not `4.444444`).
    let number = |m: &Mention| crate::render::number::format_exact(quantity::clean(m.value));
    let percent = if bare[m.span.start..].contains('%') {
        "%"
    } else {
        ""
    };
    // A range in forms the grammar does not read (`82 444-90 000`,
    // `5%-6%`): both ends, in its form.
    if let [a, b] = mentions.as_slice()
        && matches!(
            bare[a.span.end..b.span.start].trim(),
            "-" | "–" | "to" | "and"
        )
    {
        return format!("{}-{}{percent}", number(a), number(b));
    }
    // The number as the text writes it, where the grammar reads it so
    // (`could top $6bn` → `more than 6bn`), else in digits.
    let as_written = &bare[m.span.clone()];
    let as_written = if evidence::plus_inside(as_written) {
        as_written.replacen('+', "", 1)
    } else {
        as_written.to_string()
    };
    let written = format!("{word}{as_written}{percent}");
    if quantity::parse(&written, 0.1).is_ok_and(|p| p.quantity.point() == Some(m.value)) {
        return written;
    }
    let number = number(m);
    format!("{word}{number}{percent}")
}

/// Whether a drafted value reads the same as an expected one.
pub fn same_value(draft: &str, expected: &str) -> bool {
    match (quantity::parse(draft, 0.1), quantity::parse(expected, 0.1)) {
        (Ok(a), Ok(b)) => a.quantity == b.quantity,
        _ => draft.eq_ignore_ascii_case(expected),
    }
}

//! A figure compared with the one before it in its sentence (`down from
//! 60,000`, `revising an earlier estimate of 30,000`): whether it is, and
//! which of the two revises the other.

use crate::quantity;

use super::words::{CLAUSE_MARKS, DATA_ADJECTIVES, last_clause, lower_words};

/// How a figure is compared with the one before it in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Comparison {
    /// It is not: a figure of its own.
    None,
    /// `down from 8,300`, `compared with 31 in 2022`: another time's.
    With,
    /// `up from its earlier estimate of 1 billion`, `from an initial
    /// 300`: an estimate the figure before revises.
    Revised,
    /// `initially put it at 7.3, later revised it to 7.1`: a revision of
    /// the figure before.
    Revises,
}

/// Nouns for a figure given out, which one `from an earlier` revises:
/// `from an earlier estimate of`, `from an initial reading of`.
const ESTIMATES: &[&str] = &[
    "estimate",
    "estimates",
    "forecast",
    "projection",
    "figure",
    "count",
    "toll",
    "tally",
    "total",
    "number",
    "assessment",
    "reading",
    "report",
];

/// How the figure at `span` of `s` compares with the figure before,
/// which ends at byte `previous_end`: as the text before it says
/// ([`compared_before`]), and where that is another time's figure, the
/// words after it may make it the source's own earlier one, which the
/// figure before revises (`up from the 3,500 it announced last week`).
pub(super) fn compared(s: &str, span: &std::ops::Range<usize>, previous_end: usize) -> Comparison {
    match compared_before(s, span.start, previous_end) {
        Comparison::With if own_estimate_after(s, span.end) => Comparison::Revised,
        // `now says 44,200 tickets were issued, more than the 41,500 it
        // reported earlier`: where the source `now` gives the figure
        // before, its own earlier count too.
        Comparison::With if reported_by_it_after(s, span.end) && says_now(s, previous_end) => {
            Comparison::Revised
        }
        // `41 cars had derailed, not 38 as it first reported`: the count
        // the source corrects is its own; so is the estimate (`not 6,000
        // as it first estimated`).
        Comparison::With
            if quantity::before_phrase(s[..span.start].trim_end(), ", not").is_some()
                && s[span.end..].starts_with(" as ")
                && (reported_by_it_after(s, span.end + " as".len())
                    || own_estimate_after(s, span.end + " as".len())) =>
        {
            Comparison::Revised
        }
        c => c,
    }
}

/// Whether the clause of the figure that ends at byte `previous_end` of
/// `s` gives it as the source's figure `now` (`GridNet now says`).
fn says_now(s: &str, previous_end: usize) -> bool {
    lower_words(last_clause(&s[..previous_end], &[';', ':']))
        .iter()
        .any(|(_, _, w)| w == "now")
}

/// Whether the words after a figure that ends at byte `end` of `s` say
/// its source reported it: `the 41,500 it reported earlier`, `the 300
/// they had counted`.
fn reported_by_it_after(s: &str, end: usize) -> bool {
    let skipped = ["had", "has", "have", "first", "initially", "previously"];
    verb_after_pronoun(s, end, &skipped).is_some_and(|verb| {
        matches!(
            verb.as_str(),
            "reported"
                | "counted"
                | "gave"
                | "cited"
                | "published"
                | "recorded"
                | "said"
                | "stated"
        )
    })
}

/// How the text of `s` before byte `start`, where a figure starts,
/// compares it with the figure before, which ends at byte `previous_end`:
/// `down from`, `up from a peak of`, `compared with`, `to 7,900 from`;
/// `from an earlier estimate of` revises it.
fn compared_before(s: &str, start: usize, previous_end: usize) -> Comparison {
    let head = s[..start].trim_end();
    // `up from the 26,000 pledged`, `from the 45,000 it reported`: the
    // phrase before a determiner.
    let bare = ["the", "its", "their"]
        .iter()
        .find_map(|d| {
            head.strip_suffix(d)
                .filter(|h| h.ends_with(' '))
                .map(str::trim_end)
        })
        .unwrap_or(head);
    // `from an earlier`, `from its initial`, `from the previous`: the
    // adjective, where one is there.
    let from_earlier = |h: &str| -> Option<String> {
        let words = lower_words(h);
        match words.as_slice() {
            [.., (_, _, from), (_, _, owner), (_, _, earlier)]
                if matches!(
                    from.as_str(),
                    "from" | "revising" | "updating" | "replacing"
                ) && matches!(
                    owner.as_str(),
                    "a" | "an" | "the" | "its" | "their" | "his" | "her"
                ) && matches!(
                    earlier.as_str(),
                    "earlier"
                        | "previous"
                        | "initial"
                        | "original"
                        | "prior"
                        | "first"
                        | "preliminary"
                        | "provisional"
                ) =>
            {
                Some(earlier.clone())
            }
            _ => None,
        }
    };
    // `down to 7,900 from 8,300`, `to 2.4% in May from 2.6%`: `from` a
    // few words past the figure before, in its clause (`to 60,000 people,
    // from the 45,000 it reported`).
    if let Some(h) = quantity::before_phrase(bare, " from")
        && let Some(between) = s.get(previous_end..h.len())
        && !between
            .trim_end()
            .trim_end_matches(',')
            .contains(CLAUSE_MARKS)
        && between.split_whitespace().count() <= 3
    {
        // `raised its estimate of the missing to 550, from 500`: the
        // source's own earlier figure, which the one before revises.
        return match revises_its_own(&s[..previous_end]) {
            true => Comparison::Revised,
            false => Comparison::With,
        };
    }
    // `12.5 gigawatts of generation tripped, not 11`: the figure the one
    // before corrects, in the clause after it; the source's own earlier
    // figure where it `now` gives the one before (`GridNet now says`).
    if let Some(h) = quantity::before_phrase(bare, ", not")
        && let Some(between) = s.get(previous_end..h.len())
        && !between.contains(CLAUSE_MARKS)
        && between.split_whitespace().count() <= 6
    {
        return match says_now(s, previous_end) {
            true => Comparison::Revised,
            false => Comparison::With,
        };
    }
    // `down from an earlier estimate of 13,000`: what it was given as.
    let given_as = quantity::before_phrase(head, " of").and_then(|h| h.trim_end().rsplit_once(' '));
    if let Some((h, noun)) = given_as
        && from_earlier(h.trim_end()).is_some()
    {
        return if ESTIMATES.contains(&noun.to_lowercase().as_str()) {
            Comparison::Revised
        } else {
            Comparison::With
        };
    }
    // `initially put the magnitude at 7.3, later revised it to 7.1`: the
    // figure before, revised.
    let revised_it = quantity::before_phrase(head, " to")
        .and_then(|h| {
            ["it", "it down", "it up", "that"]
                .iter()
                .find_map(|it| quantity::before_phrase(h, it))
        })
        .and_then(|h| h.strip_suffix(' '))
        .is_some_and(|h| {
            [
                "revised",
                "raised",
                "lowered",
                "cut",
                "upgraded",
                "downgraded",
            ]
            .iter()
            .any(|verb| quantity::before_phrase(h, verb).is_some())
        });
    if revised_it {
        return Comparison::Revises;
    }
    // `3.1% of GDP, revising the 2.8% forecast`: revised by the figure
    // before; so is `…, said on Tuesday, revising its figure from
    // 452,000`.
    if quantity::before_phrase(bare, "revising").is_some() || revising_from(head) {
        return Comparison::Revised;
    }
    // `up from an initial 300` revises it; `from the previous 4.3%` may
    // be another month's.
    match from_earlier(head).as_deref() {
        Some("initial" | "original") => return Comparison::Revised,
        Some(_) => return Comparison::With,
        None => {}
    }
    // `fewer than the club's figure of about 48,000`, `below its estimate
    // of 30`: what a figure of another's or its own was given as, read
    // as the figure itself (`fewer than the 48,000`).
    // (Past a word or two of its kind: `the state's initial estimate of
    // 800`.)
    let owned_given = {
        let words = lower_words(head);
        let kind = |w: &str| {
            DATA_ADJECTIVES.contains(&w) || matches!(w, "earlier" | "original" | "previous")
        };
        match words.as_slice() {
            [.., (_, _, noun), (_, _, of)] if of == "of" && ESTIMATES.contains(&noun.as_str()) => {
                let before = &words[..words.len() - 2];
                let kinds = before.iter().rev().take_while(|(_, _, w)| kind(w)).count();
                before[..before.len() - kinds.min(2)]
                    .last()
                    .filter(|(_, _, owner)| {
                        owner.ends_with("'s")
                            || owner.ends_with("’s")
                            || owner.ends_with("s'")
                            || matches!(owner.as_str(), "its" | "their")
                    })
                    .map(|(owner_at, _, _)| {
                        let h = head[..*owner_at].trim_end();
                        let h = h.strip_suffix(" the").unwrap_or(h);
                        format!("{h} the")
                    })
            }
            _ => None,
        }
    };
    // `nearly double the 20,000 it reported`: a multiple of it.
    let with = [
        "up from",
        "down from",
        "compared with",
        "compared to",
        "versus",
        ", against",
        "from a peak of",
        "from a high of",
        "from a low of",
        "from a record",
        "double the",
        "twice the",
        "triple the",
        "times the",
        "half the",
        // `far more than the 9,400 it reported`: `the` makes it a figure
        // of its own, not a qualifier.
        "more than the",
        "higher than the",
        "fewer than the",
        "less than the",
        "lower than the",
        "above the",
        "below the",
    ]
    .iter()
    .any(|tail| {
        quantity::before_phrase(head, tail).is_some()
            || quantity::before_phrase(bare, tail).is_some()
            || owned_given
                .as_deref()
                .is_some_and(|h| quantity::before_phrase(h, tail).is_some())
    });
    // `raised its estimate to 35,000, up from 12,000 three weeks ago`:
    // the source's own earlier figure, as after `from` alone.
    let own_earlier = ["up from", "down from"]
        .iter()
        .any(|tail| quantity::before_phrase(head, tail).is_some())
        && revises_its_own(&s[..previous_end]);
    if own_earlier {
        Comparison::Revised
    } else if with {
        Comparison::With
    } else {
        Comparison::None
    }
}

/// Whether the clause that ends with a figure (`head`) revises an estimate
/// of its source's own: a verb of revising and, a few words on, the noun
/// for what was given out (`raised its own estimate of the missing to
/// 550`, `cut its global growth forecast to 2.9%`, `raised the toll to
/// 82`).
fn revises_its_own(head: &str) -> bool {
    let clause = last_clause(head, &CLAUSE_MARKS);
    let words = lower_words(clause);
    words.iter().enumerate().any(|(k, (_, _, verb))| {
        matches!(
            verb.as_str(),
            "raised"
                | "raises"
                | "cut"
                | "cuts"
                | "lowered"
                | "lowers"
                | "revised"
                | "revises"
                | "upgraded"
                | "downgraded"
                | "lifted"
                | "trimmed"
        ) && words[k + 1..]
            .iter()
            .take(4)
            .take_while(|(_, _, w)| w != "to")
            .any(|(_, _, w)| ESTIMATES.contains(&w.as_str()))
    })
}

/// Whether `head`, the text before a figure, ends with a participle of
/// revising, the noun for what was given out and `from`, a few words
/// apart: `revising its figure from`, `raising its estimate of the
/// missing from`, `lowering the toll from`, `revising its count of
/// affected customers up from`.
fn revising_from(head: &str) -> bool {
    let words = lower_words(last_clause(head, &CLAUSE_MARKS));
    let Some(((_, _, from), before)) = words.split_last() else {
        return false;
    };
    let near = &before[before.len().saturating_sub(8)..];
    from == "from"
        && near.iter().enumerate().any(|(k, (_, _, verb))| {
            matches!(
                verb.as_str(),
                "revising"
                    | "raising"
                    | "lowering"
                    | "cutting"
                    | "updating"
                    | "lifting"
                    | "trimming"
            ) && near[k + 1..]
                .iter()
                .any(|(_, _, w)| ESTIMATES.contains(&w.as_str()))
        })
}

/// Whether the words after a figure that ends at byte `end` of `s` say it
/// was its source's own estimate or plan: a pronoun and a verb of
/// estimating or announcing (`the 3,500 it announced last week`, `the
/// 2.1% it had forecast in April`, `the 500 they first estimated`). Not a
/// count reported or recorded, which is another time's (`the 15,000 they
/// reported on Friday`).
fn own_estimate_after(s: &str, end: usize) -> bool {
    let skipped = [
        "had",
        "has",
        "have",
        "first",
        "initially",
        "originally",
        "previously",
    ];
    verb_after_pronoun(s, end, &skipped).is_some_and(|verb| {
        matches!(
            verb.as_str(),
            "announced"
                | "estimated"
                | "forecast"
                | "projected"
                | "predicted"
                | "expected"
                | "planned"
                | "targeted"
        )
    })
}

/// The verb after a pronoun that follows a figure ending at byte `end`
/// of `s`, past the `skipped` words (auxiliaries and adverbs of time):
/// `reported` in `the 41,500 it had reported`. `None` where no pronoun
/// follows the figure. (Without the period a word keeps where it ends
/// the sentence: `the 2.5% they had forecast.`)
fn verb_after_pronoun(s: &str, end: usize, skipped: &[&str]) -> Option<String> {
    let words = lower_words(&s[end..]);
    let mut words = words.into_iter().map(|(_, _, w)| w);
    words
        .next()
        .filter(|w| matches!(w.as_str(), "it" | "they" | "he" | "she" | "we"))?;
    words
        .find(|w| !skipped.contains(&w.as_str()))
        .map(|w| w.trim_end_matches('.').to_string())
}

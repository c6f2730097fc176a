//! When: a figure's own time, told after it (its `as_of`), and the time
//! beside its verb of attribution (its `stated`), both as steps counted
//! back from the published date.

use super::Draft;
use super::speakers::GIVEN_BY;
use super::subjects::PUTS_AT;
use super::words::{
    ADVERBS, CLAUSE_MARKS, MODALS, breaks_clause, day_number, last_clause, lower_words,
    month_number, weekday_number,
};

/// A small count in words or digits: `a`, `three`, `12` (to 99).
fn count(w: &str) -> Option<u32> {
    match w {
        "a" | "an" | "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        _ => w.parse::<u32>().ok().filter(|n| (1..=99).contains(n)),
    }
}

/// `n` days, weeks, months or years back, by the unit's word.
fn steps_back(n: u32, unit: &str) -> Option<crate::date::Earlier> {
    use crate::date::Earlier;
    match unit.trim_end_matches('s') {
        "day" => Some(Earlier::Days(n)),
        "week" => Some(Earlier::Days(n * 7)),
        "month" => Some(Earlier::Months(n)),
        "year" => Some(Earlier::Years(n)),
        _ => None,
    }
}

/// When the figure that ends at byte `end` of `s` was true, told in the
/// few words after it in its clause: `a day earlier`, `two weeks ago`,
/// `the previous year`, `last month`, `yesterday`, `in April`, `in 2022`,
/// `on Sunday`, `on May 20`. A figure not `compared` with one before
/// reads only up to a comparison: in `rose 2.1% from a year earlier` the
/// time is the other figure's.
pub(super) fn earlier_after(s: &str, end: usize, compared: bool) -> Option<crate::date::Earlier> {
    use crate::date::Earlier;
    let words: Vec<String> = lower_words(clause_after(s, end))
        .into_iter()
        .take(11)
        .map(|(_, _, w)| w.trim_end_matches('.').to_string())
        .take_while(|w| {
            compared
                || !matches!(
                    w.as_str(),
                    "from"
                        | "up"
                        | "down"
                        | "compared"
                        | "versus"
                        | "vs"
                        | "than"
                        | "against"
                        // (`up 30% on the same period last year`.)
                        | "same"
                )
        })
        .collect();
    // `up from 605 in the same month a year earlier`: the step is what
    // tells the time.
    // (`the 605 it recorded in the same month a year earlier`: a year's
    // step from the same month keeps the month.)
    let mut words = words;
    let same = words.windows(4).take(6).position(|w| {
        matches!(w[0].as_str(), "in" | "for" | "over" | "during")
            && w[1] == "the"
            && w[2] == "same"
            && matches!(
                w[3].as_str(),
                "day" | "week" | "month" | "quarter" | "period" | "season"
            )
    });
    let same_month = same.is_some_and(|at| words[at + 3] == "month");
    if let Some(at) = same {
        words.drain(at..at + 4);
    }
    let found = earlier_in(&words);
    match found {
        Some(Earlier::Years(n)) if same_month => Some(Earlier::Months(n * 12)),
        found => found,
    }
}

/// Whether the weekday at `words[k]` is one of two that bound a time
/// (`on Saturday and Sunday`, `from Monday to Wednesday`), whose count is
/// of both.
fn two_days(words: &[String], k: usize) -> bool {
    let word = |j: usize| words.get(j).map_or("", String::as_str);
    let joins = |w: &str| matches!(w, "and" | "or" | "to" | "through");
    joins(word(k + 1)) && weekday_number(word(k + 2)).is_some()
        || k >= 2 && joins(word(k - 1)) && weekday_number(word(k - 2)).is_some()
}

/// The rest of the clause after byte `end` of `s`, up to a clause mark.
fn clause_after(s: &str, end: usize) -> &str {
    s[end..]
        .split([',', ';', ':', '(', ')', '"', '“', '”'])
        .next()
        .unwrap_or_default()
}

/// A day told further on in the clause of the figure that ends at byte
/// `end` of `s` than [`earlier_after`] reads: `At least 17 people were
/// killed in a crush at the entrance of Harbour Stadium on Saturday
/// evening`. Only `on` and a weekday or a date, up to 24 words on, and
/// never past another figure, a comparison, a modal (`the army will
/// arrive on Monday`) or a verb of attribution (whose time is when it
/// was said).
pub(super) fn day_later_in_clause(s: &str, end: usize) -> Option<crate::date::Earlier> {
    use crate::date::Earlier;
    let words: Vec<String> = lower_words(clause_after(s, end))
        .into_iter()
        .take(24)
        .map(|(_, _, w)| w.trim_end_matches('.').to_string())
        .collect();
    let word = |k: usize| words.get(k).map_or("", String::as_str);
    let day = day_number;
    let (month, weekday) = (month_number, weekday_number);
    let mut k = 0;
    while k < words.len() {
        // `17 people were killed and more than 80 injured in a crush on
        // Saturday`: a figure joined by `and` shares the day.
        if word(k) == "and"
            && let Some(n) =
                (k + 1..k + 5).find(|&j| word(j).contains(|c: char| c.is_ascii_digit()))
            && (k + 1..n).all(|j| {
                matches!(
                    word(j),
                    "more"
                        | "less"
                        | "fewer"
                        | "than"
                        | "about"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "some"
                        | "at"
                        | "least"
                        | "over"
                        | "another"
                        | "a"
                        | "further"
                )
            })
        {
            k = n + 1;
            continue;
        }
        let found = match (word(k), word(k + 1), word(k + 2)) {
            ("on", m, d) | ("on", d, m) if month(m).is_some() && day(d).is_some() => {
                month(m).zip(day(d)).map(|(m, d)| Earlier::Day(m, d))
            }
            ("on", w, _) if !two_days(&words, k + 1) => weekday(w).map(Earlier::Weekday),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
        let w = word(k);
        let stops = w.contains(|c: char| c.is_ascii_digit())
            || MODALS.contains(&w)
            || super::speakers::attributes(w)
            || matches!(
                w,
                "from"
                    | "than"
                    | "compared"
                    | "versus"
                    | "against"
                    | "until"
                    | "till"
                    | "by"
                    | "since"
                    | "before"
                    | "next"
                    | "this"
                    | "shall"
                    | "should"
                    | "can"
            );
        if stops {
            return None;
        }
        k += 1;
    }
    None
}

/// The time that opens the sentence before a comma, where no verb of
/// attribution stands between it and the figure at byte `start` of `s`
/// (whose time it is): `Last year, a similar crush at the same ground
/// injured 37 people` → a year back; `On Saturday, 40 people died,
/// officials said` → that Saturday; `In 2019, 210 were infected`; `A
/// year ago they stood at 61%`, with or without a comma. Not `On Friday,
/// officials said 40 died`, which tells when it was said.
///
/// So is a time between commas after the sentence's subject, a short
/// phrase with no figure: `The last strike at the port, in 2019, lasted
/// 11 days` → 2019.
pub(super) fn opening_time(s: &str, start: usize) -> Option<crate::date::Earlier> {
    let said = |text: &str| {
        lower_words(text)
            .iter()
            .any(|(_, _, w)| super::speakers::attributes(w))
    };
    let time_of = |opening: &str, rest: &str| {
        let words: Vec<String> = lower_words(opening)
            .into_iter()
            .map(|(_, _, w)| w)
            .collect();
        let first = words.first()?.as_str();
        let timely = matches!(
            first,
            "on" | "in" | "last" | "yesterday" | "during" | "over"
        ) || weekday_number(first).is_some()
            // (`A year ago, they stood at 61%`.)
            || words.last().is_some_and(|w| w == "ago");
        if !timely || words.len() > 4 || said(rest) {
            return None;
        }
        earlier_in(&words)
    };
    // (`A year ago they stood at 61%`: a time back from now needs no
    // comma after it.)
    let ago = lower_words(&s[..start])
        .into_iter()
        .take(4)
        .find(|(_, _, w)| w == "ago")
        .map(|(_, end, _)| end);
    if let Some(end) = ago
        && let Some(time) = time_of(&s[..end], &s[end..start])
    {
        return Some(time);
    }
    let (opening, rest) = s[..start].split_once(',')?;
    if let Some(time) = time_of(opening, rest) {
        return Some(time);
    }
    let (aside, rest) = rest.split_once(',')?;
    let subject = lower_words(opening).len();
    let plain = !opening.contains(|c: char| c.is_ascii_digit()) && !said(opening);
    ((1..=8).contains(&subject) && plain)
        .then(|| time_of(aside, rest))
        .flatten()
}

/// Words of a plan, a promise or an expectation, which make a deadline
/// after them a target's (`had promised 2,400 by Friday`, `was due to
/// reach 500 by April`), not when a figure was true.
const PLANNED: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "aim",
    "aims",
    "aimed",
    "plan",
    "plans",
    "planned",
    "target",
    "targets",
    "targeted",
    "goal",
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "vowed",
    "hoped",
    "hopes",
    "due",
    "intended",
    "scheduled",
    "forecast",
    "projected",
    "predicted",
    "needed",
    "should",
    "must",
];

/// A deadline day (`by Thursday`) that the clause of the figure at `span`
/// of `s` tells as passed: by the past perfect (`only 850 had been
/// delivered by Wednesday`), the past of being (`were at 19% by
/// Thursday`) or the past of a verb of change (`fell further to 19% of
/// capacity by Thursday`), with no modal and no word of a plan
/// ([`PLANNED`]): the day it names, as `on Thursday` would. Any other time
/// is returned as it is.
pub(super) fn passed_deadline(
    s: &str,
    span: &std::ops::Range<usize>,
    time: crate::date::Earlier,
) -> crate::date::Earlier {
    use crate::date::Earlier;
    // (Not a month, which may be last year's where it is later in the
    // year than the day the figure was said.)
    let Earlier::ByWeekday(weekday) = time else {
        return time;
    };
    let day = Earlier::Weekday(weekday);
    let before = lower_words(last_clause(&s[..span.start], &CLAUSE_MARKS));
    let after = lower_words(clause_after(s, span.end));
    let words: Vec<&str> = before
        .iter()
        .chain(after.iter().take_while(|(_, _, w)| w != "by"))
        .map(|(_, _, w)| w.as_str())
        .collect();
    let planned = words
        .iter()
        .any(|w| MODALS.contains(w) || PLANNED.contains(w));
    // (Not `had to deliver`, `was to reach`: an obligation or a plan.)
    let passed = words.iter().enumerate().any(|(k, w)| match *w {
        "had" | "was" | "were" => words.get(k + 1).is_some_and(|next| *next != "to"),
        w => PAST_CHANGES.contains(&w),
    });
    match passed && !planned {
        true => day,
        false => time,
    }
}

/// Verbs of change or level in the past, which tell a deadline after them
/// as passed ([`passed_deadline`]).
const PAST_CHANGES: &[&str] = &[
    "rose",
    "fell",
    "climbed",
    "dropped",
    "jumped",
    "grew",
    "reached",
    "hit",
    "topped",
    "passed",
    "exceeded",
    "surged",
    "soared",
    "plunged",
    "slumped",
    "declined",
    "increased",
    "decreased",
    "doubled",
    "stood",
    "totalled",
    "totaled",
];

/// The time a `when` clause that opens just before the figure at byte
/// `start` of `s` hangs on: `since 2019, when 210 people were infected` →
/// 2019; `in March, when 40 died` → March; `since 1946, when a dry spell
/// lasted 131 days` → 1946. The time is the last few words before `,
/// when`, from their preposition.
pub(super) fn when_clause(s: &str, start: usize) -> Option<crate::date::Earlier> {
    let head = s[..start].to_ascii_lowercase();
    let at = head.rfind(", when ")?;
    // (The figure opens the clause, past an article at most: `when a
    // further 30`, its qualifier being its own; or the clause's subject
    // and verb come first, in a few words with no figure and no verb of
    // attribution, whose time is when it was said: `since 1946, when a
    // dry spell lasted 131 days`.)
    let clause = &head[at + ", when ".len()..];
    let opens = clause
        .split_whitespace()
        .all(|w| matches!(w, "a" | "an" | "the" | "another" | "only" | "just"));
    let told = || {
        let words = lower_words(clause);
        (2..=6).contains(&words.len())
            && !clause.contains(|c: char| c.is_ascii_digit() || CLAUSE_MARKS.contains(&c))
            && !words.iter().any(|(_, _, w)| super::speakers::attributes(w))
    };
    if !opens && !told() {
        return None;
    }
    let words: Vec<String> = lower_words(&head[..at])
        .into_iter()
        .map(|(_, _, w)| w)
        .collect();
    let from = words.len().saturating_sub(4);
    let preposition = (from..words.len())
        .rev()
        .find(|&k| matches!(words[k].as_str(), "in" | "since" | "on" | "during"))?;
    let time: Vec<String> = std::iter::once(match words[preposition].as_str() {
        "since" | "during" => "in".to_string(),
        other => other.to_string(),
    })
    .chain(words[preposition + 1..].iter().cloned())
    .collect();
    earlier_in(&time)
}

/// [`earlier_after`] on the words after the figure, in lower case.
fn earlier_in(words: &[String]) -> Option<crate::date::Earlier> {
    use crate::date::Earlier;
    // Six words are read, and past a part of an event, five more (`at the
    // start of the last walkout in January`).
    let far = |k: usize| words.get(k).map_or("", String::as_str);
    let word = |k: usize| if k < 6 { far(k) } else { "" };
    let month = month_number;
    let year = |w: &str| {
        w.parse::<i32>()
            .ok()
            .filter(|y| w.len() == 4 && (1800..=2100).contains(y))
    };
    let weekday = weekday_number;
    let day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let ordinal = matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th");
        digits
            .parse::<u8>()
            .ok()
            .filter(|d| ordinal && (1..=31).contains(d))
    };
    // The month (with its year, where one follows) or the year at word
    // `at`: `May`, `May 2025`, `2025`.
    let month_or_year_of = |first: &str, next: &str| match month(first) {
        Some(m) => Some(match year(next) {
            Some(y) => Earlier::Year(y, Some(m)),
            None => Earlier::Month(m),
        }),
        None => year(first).map(|y| Earlier::Year(y, None)),
    };
    let month_or_year = |at: usize| month_or_year_of(word(at), word(at + 1));
    for k in 0..words.len().min(6) {
        // `at the end of May`, `by the end of 2025`, `in late May`: the
        // month or the year.
        let part_of = match (word(k), word(k + 1), word(k + 2), word(k + 3)) {
            ("at" | "by", "the", "end" | "start" | "beginning" | "middle", "of") => Some(k + 4),
            ("in", "late" | "early" | "mid", _, _) => Some(k + 2),
            _ => None,
        };
        if let Some(at) = part_of {
            let found = month_or_year(at);
            if found.is_some() {
                return found;
            }
            // `at the start of the last walkout in January`: an event's
            // time, in at most four words after its noun phrase's start.
            if far(at) == "the"
                && let Some(by) = (at + 1..at + 5).find(|&j| far(j) == "in")
                && let Some(found) = month_or_year_of(far(by + 1), far(by + 2))
            {
                return Some(found);
            }
        }
        let found = match (word(k), word(k + 1), word(k + 2)) {
            // `on May 20`, `on 20 May`: before `on Sunday`'s match of two.
            ("on", m, d) if month(m).is_some() && day(d).is_some() => {
                month(m).zip(day(d)).map(|(m, d)| Earlier::Day(m, d))
            }
            ("on", d, m) if month(m).is_some() && day(d).is_some() => {
                month(m).zip(day(d)).map(|(m, d)| Earlier::Day(m, d))
            }
            // `restore 95% by Thursday (night)`, `exceed 500 by April`: a
            // deadline, which only a forecast reads.
            ("by", w, _) if weekday(w).is_some() => weekday(w).map(Earlier::ByWeekday),
            // (`by April 2027` names its year: a date either way.)
            ("by", m, next) if month(m).is_some() => match year(next) {
                Some(_) => month_or_year(k + 1),
                None => month(m).map(Earlier::ByMonth),
            },
            // `13 on Sunday`, `13 Sunday`, but not `until Sunday`, nor a
            // time of two days (`on Saturday and Sunday`).
            (w, _, _)
                if weekday(w).is_some()
                    && !two_days(words, k)
                    && !matches!(
                        k.checked_sub(1).map_or("", word),
                        "by" | "until"
                            | "till"
                            | "next"
                            | "this"
                            | "before"
                            | "after"
                            | "since"
                            | "through"
                            | "to"
                            | "every"
                            | "each"
                            | "coming"
                    ) =>
            {
                weekday(w).map(Earlier::Weekday)
            }
            // `in the summer`, `over the summer`: its year.
            ("in" | "over" | "during", "the", season) => match season {
                "spring" => Some(Earlier::Season(3)),
                "summer" => Some(Earlier::Season(6)),
                "autumn" | "fall" => Some(Earlier::Season(9)),
                _ => None,
            },
            ("yesterday", _, _) => Some(Earlier::Days(1)),
            ("the", "day", "before") => Some(Earlier::Days(1)),
            ("the", "previous" | "prior", unit) => steps_back(1, unit),
            ("last", unit @ ("month" | "year"), _) => steps_back(1, unit),
            ("last", "week", _) => Some(Earlier::LastWeek),
            (n, unit, "earlier" | "before" | "ago" | "previously") => {
                count(n).and_then(|n| steps_back(n, unit))
            }
            ("in", _, _) => month_or_year(k + 1),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// When the figure that ends at byte `end` of `s` was given, where a verb
/// of stating follows it in a few words and a time that verb: `the 71.3%
/// reported on Monday`, `the 20,000 it reported on Saturday`, `the 2.8%
/// forecast given on Tuesday`.
pub(super) fn reported_when(s: &str, end: usize) -> Option<crate::date::Earlier> {
    let tail = s.get(end..)?;
    let words = lower_words(tail);
    // (`the 605 it recorded a year earlier`, `the 20,000 it counted on
    // Saturday`: a count's time is when what it counts was so.)
    let k = words.iter().take(5).position(|(_, _, w)| {
        GIVEN_BY.contains(&w.as_str()) && !matches!(w.as_str(), "recorded" | "counted")
            || matches!(
                w.as_str(),
                "gave" | "said" | "put" | "issued" | "forecast" | "predicted"
            )
    })?;
    let between = &tail[..words[k].0];
    if breaks_clause(between) || between.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    said_when(s, end + words[k].0)
}

/// Whether the figure that starts at byte `start` of `s` is where an
/// estimate was put: `at` before it, and a verb of putting a few words
/// before that (`put the number at 11 million`, `and at about 37 million`
/// after it, `estimated the crowd at 15,000`).
pub(super) fn put_at(s: &str, start: usize) -> bool {
    let words = lower_words(&s[..start]);
    let mut back = words.iter().rev().map(|(_, _, w)| w.as_str());
    back.next() == Some("at") && back.take(12).any(|w| PUTS_AT.contains(&w) || w == "set")
}

/// When the attribution whose verb starts at byte `verb_at` of `s` was
/// made, told beside its verb: `said on Friday`, `said Friday`, `told
/// reporters on Tuesday`, `said in a statement on May 3`, `The PSP on
/// Monday raised`. Never the time of what was said: the words after the
/// verb are read only up to the first that is none of these.
pub(super) fn said_when(s: &str, verb_at: usize) -> Option<crate::date::Earlier> {
    use crate::date::Earlier;
    let words = lower_words(s);
    let k = words.iter().position(|(ws, _, _)| *ws == verb_at)?;
    let word = |j: usize| words.get(j).map_or("", |(_, _, w)| w.trim_end_matches('.'));
    // Only words between, no clause mark: `said, on Friday,` is an aside.
    let joined = |j: usize| {
        j > 0
            && words
                .get(j)
                .is_some_and(|(ws, _, _)| s[words[j - 1].1..*ws].chars().all(char::is_whitespace))
    };
    let (weekday, month) = (weekday_number, month_number);
    let day = day_number;
    // The time at word `j`: `on Friday`, `Friday`, `on May 3`, `on 3 May`,
    // `yesterday`.
    let time_at = |j: usize| -> Option<Earlier> {
        let j = if matches!(word(j), "late" | "early") && joined(j + 1) {
            j + 1
        } else {
            j
        };
        match (word(j), word(j + 1), word(j + 2)) {
            ("on", m, d)
                if joined(j + 1) && joined(j + 2) && month(m).is_some() && day(d).is_some() =>
            {
                month(m).zip(day(d)).map(|(m, d)| Earlier::Day(m, d))
            }
            ("on", d, m)
                if joined(j + 1) && joined(j + 2) && month(m).is_some() && day(d).is_some() =>
            {
                month(m).zip(day(d)).map(|(m, d)| Earlier::Day(m, d))
            }
            ("on", w, _) if joined(j + 1) => weekday(w).map(Earlier::Weekday),
            // `estimated in September`, not `in September 2025` or `in
            // May 3`, which need more than a month.
            ("in", m, next)
                if joined(j + 1)
                    && month(m).is_some()
                    && !(joined(j + 2)
                        && next.bytes().all(|b| b.is_ascii_digit())
                        && !next.is_empty()) =>
            {
                month(m).map(Earlier::Month)
            }
            ("last", "month", _) if joined(j + 1) => Some(Earlier::Months(1)),
            ("last", "week", _) if joined(j + 1) => Some(Earlier::LastWeek),
            // (`reported earlier this month`: that month.)
            ("earlier", "this", "month") if joined(j + 1) && joined(j + 2) => {
                Some(Earlier::Months(0))
            }
            ("yesterday", _, _) => Some(Earlier::Days(1)),
            // `the 124 cases reported three days earlier`.
            (n, unit, "earlier" | "ago" | "before") if joined(j + 1) && joined(j + 2) => {
                count(n).and_then(|n| steps_back(n, unit))
            }
            // `cited earlier this week`, `earlier in the week`.
            ("earlier", "this", "week") if joined(j + 1) && joined(j + 2) => {
                Some(Earlier::EarlierThisWeek)
            }
            ("earlier", "in", "the") if joined(j + 3) && word(j + 3) == "week" => {
                Some(Earlier::EarlierThisWeek)
            }
            (w, _, _) => weekday(w).map(Earlier::Weekday),
        }
    };
    // Before the verb: `The PSP on Monday raised`, `officials late on
    // Friday said`.
    let mut b = k;
    while b > 0 && ADVERBS.contains(&word(b - 1)) {
        b -= 1;
    }
    if b >= 2 && joined(b) && joined(b - 1) && word(b - 2) == "on" {
        let at = if b >= 3 && matches!(word(b - 3), "late" | "early") {
            b - 3
        } else {
            b - 2
        };
        if let Some(time) = time_at(at) {
            return Some(time);
        }
    }
    if b >= 1 && joined(b) && word(b - 1) == "yesterday" {
        return Some(Earlier::Days(1));
    }
    // `A new Elabe poll, published on Thursday, found`: an aside that
    // says when what speaks was published.
    if b >= 3
        && matches!(word(b - 3), "published" | "released")
        && joined(b - 2)
        && joined(b - 1)
        && s[words[b - 1].1..words[b].0].trim() == ","
        && let Some(time) = time_at(b - 2)
    {
        return Some(time);
    }
    // (`The coast guard, which last week said`, `Officials last month
    // put`.)
    if b >= 2 && joined(b) && joined(b - 1) && word(b - 2) == "last" {
        match word(b - 1) {
            "week" => return Some(Earlier::LastWeek),
            "month" => return Some(Earlier::Months(1)),
            "year" => return Some(Earlier::Years(1)),
            _ => {}
        }
    }
    // After it: past who listened (`told reporters`, `told the
    // committee`) and where (`in a statement`, `at a news conference`).
    let mut j = k + 1;
    if matches!(word(k), "told" | "briefed") {
        let mut n = 0;
        while n < 3
            && joined(j)
            && !matches!(word(j), "on" | "that" | "in" | "at" | "yesterday" | "")
            && weekday(word(j)).is_none()
        {
            j += 1;
            n += 1;
        }
    }
    // (`released by the Home Office on Sunday`: past who released.)
    if word(j) == "by" && joined(j) {
        let mut n = 1;
        while n < 6 && joined(j + n) && word(j + n) != "on" {
            n += 1;
        }
        j += n;
    }
    if matches!(word(j), "in" | "at")
        && joined(j)
        && matches!(
            word(j + 1),
            "a" | "an" | "its" | "his" | "her" | "their" | "the"
        )
    {
        let mut n = 2;
        while n < 5 && joined(j + n) && word(j + n) != "on" {
            n += 1;
        }
        j += n;
    }
    // `On Friday, officials said`, `Yesterday the ministry said`: a time
    // that opens the sentence, then only the speaker's few words (no
    // figure, no other clause) before the verb.
    let opening = || {
        let lead = usize::from(matches!(word(0), "late" | "early"));
        let after = match (word(lead), word(lead + 1), word(lead + 2)) {
            ("on", m, d) | ("on", d, m) if month(m).is_some() && day(d).is_some() => lead + 3,
            ("on", w, _) if weekday(w).is_some() => lead + 2,
            ("yesterday", _, _) => lead + 1,
            _ => return None,
        };
        // (Not `On Sunday and Monday`: a time of two days.)
        let speaker = !matches!(word(after), "and" | "or" | "to")
            && (after..k).all(|w| !word(w).contains(|c: char| c.is_ascii_digit()))
            && (after + 1..=k).all(joined)
            && k.checked_sub(after).is_some_and(|n| (1..=6).contains(&n));
        speaker.then(|| time_at(0)).flatten()
    };
    // `disclosed when it first revealed the breach last month`: the time
    // that ends a short `when` clause.
    if word(j) == "when" && joined(j) {
        return (j + 1..j + 8)
            .take_while(|&w| joined(w))
            .find_map(time_at)
            .or_else(opening);
    }
    let beside = if joined(j) { time_at(j) } else { None };
    beside.or_else(opening)
}

/// When a draft's figure was true, where its text tells it: counted back
/// from `published` (`a day earlier`, `in April`), or named in full (`in
/// 2022`).
pub fn as_of(
    d: &Draft,
    published: Option<&crate::date::PartialDate>,
) -> Option<crate::date::PartialDate> {
    // Counted back from when it was said (`said on Friday that 40 died a
    // day earlier`).
    let said = stated(d, published);
    let base = said.as_ref().or(published);
    // A forecast's time lies ahead of when it was said (`expects more
    // than 35,000 by the end of December`).
    let forecast = d.basis == Some(crate::model::Basis::Forecast);
    let date = counted(&d.when, base, forecast)?;
    // The day it was said says nothing `stated` does not.
    (Some(&date) != base).then_some(date)
}

/// The date `steps` name, each counted back from the date before it (or,
/// for a figure put in the future, ahead of it), the first from `from`;
/// one named in full needs none (`in 2022`). `None` for no steps.
fn counted(
    steps: &[crate::date::Earlier],
    from: Option<&crate::date::PartialDate>,
    ahead: bool,
) -> Option<crate::date::PartialDate> {
    if steps.is_empty() {
        return None;
    }
    steps.iter().fold(from.cloned(), |date, step| {
        if ahead {
            step.ahead(date.as_ref())
        } else {
            step.before(date.as_ref())
        }
    })
}

/// When the draft's source said it, where the text tells a day other than
/// `published` (`said on Friday` in Saturday's paper).
pub fn stated(
    d: &Draft,
    published: Option<&crate::date::PartialDate>,
) -> Option<crate::date::PartialDate> {
    let date = counted(&d.said, published, false)?;
    (Some(&date) != published).then_some(date)
}

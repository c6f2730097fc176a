//! Which numbers are figures, and each figure's span. Dates, years,
//! ages, names with numbers and increments are no figures; a figure's span
//! takes its qualifier, a range's end and a written-out percent. Spans of
//! time and ordinals are offered with low confidence.

use crate::evidence::{self, Mention};
use crate::quantity;

use super::words::{MONTHS, STOP, lower_words, manner_adverb, step_time, word_after, word_before};

/// Words before a year used as a date: `in 2017`, `since 2020`.
const YEAR_WORDS: &[&str] = &[
    "in", "since", "by", "from", "until", "till", "before", "after", "during", "of", "early",
    "late", "mid", "year", "around", "circa", "spring", "summer", "autumn", "fall", "winter",
    "through", "to", "and", "between", "the",
];

/// Nouns a year qualifies (`citing 2025 data`, `a 2019 survey`), which
/// it does not count.
const YEAR_NOUNS: &[&str] = &[
    "data",
    "figures",
    "statistics",
    "census",
    "survey",
    "study",
    "report",
    "estimates",
    "estimate",
    "forecast",
    "budget",
    "accounts",
    "results",
    "levels",
    "level",
    "election",
    "elections",
    "referendum",
    "plebiscite",
    "vote",
    "season",
    "harvest",
    "games",
    "olympics",
    "tournament",
    "championship",
    "campaign",
    "law",
    "act",
    "agreement",
    "accord",
    "deal",
    "treaty",
    "summit",
    "crisis",
    "earthquake",
    "floods",
    "war",
    "protests",
    "uprising",
    "edition",
    "model",
    "record",
    "peak",
    "target",
    "targets",
    "result",
    "turnout",
    "score",
    "share",
    "total",
    "tally",
    "rate",
    "deficit",
    "growth",
    "output",
    // A span of years' average: `the 1991-2020 norm`.
    "norm",
    "norms",
    "average",
    "averages",
    "baseline",
    "mean",
    "period",
];

/// Words that name things with numbers: `World War Two`, `Article 5`.
const NAME_WORDS: &[&str] = &[
    "war",
    "article",
    "chapter",
    "section",
    "phase",
    "resolution",
    "flight",
    "route",
    "highway",
    "apollo",
    "boeing",
    "airbus",
    "type",
    "mark",
    "model",
    "no",
    "number",
    "covid",
    "formula",
    "level",
    "grade",
    "room",
    "page",
    "act",
    "amendment",
    "class",
    "division",
    "corps",
    "brigade",
    "battalion",
    "regiment",
    "unit",
    "district",
    "zone",
    "gate",
    "platform",
    "terminal",
    "version",
    "season",
    "episode",
    "vol",
    "volume",
];

/// Whether the mention is a date, a time, a year or part of a name.
pub(super) fn not_a_figure(s: &str, m: &Mention) -> bool {
    let written = &s[m.span.clone()];
    let digits = written.bytes().all(|b| b.is_ascii_digit());
    let before = word_before(s, m.span.start);
    let after = word_after(s, m.span.end);
    let is_month = |w: &str| MONTHS.contains(&w.trim_end_matches('.'));
    // `one of`, `no one`: pronouns, not counts.
    if written.eq_ignore_ascii_case("one")
        && (after.as_deref() == Some("of")
            || before.as_ref().is_some_and(|(w, _)| {
                matches!(
                    w.as_str(),
                    "no" | "any" | "every" | "each" | "the" | "this" | "that"
                )
            }))
    {
        return true;
    }
    // `the two figures`, `these three estimates`: figures counted as such are
    // what the text compares, no count of anything.
    let in_words = !written.contains(|c: char| c.is_ascii_digit());
    if in_words
        && before
            .as_ref()
            .is_some_and(|(w, _)| matches!(w.as_str(), "the" | "these" | "those"))
        && after.as_deref().is_some_and(|w| {
            matches!(
                w,
                "figures" | "estimates" | "numbers" | "counts" | "tallies" | "totals"
            )
        })
    {
        return true;
    }
    // `three people were injured, one seriously`: a part of the count
    // before, told by how it fared, no count of its own.
    let adverb_ends = || {
        let rest = s[m.span.end..].trim_start();
        let past = rest.trim_start_matches(char::is_alphabetic);
        let adverb = &rest[..rest.len() - past.len()];
        manner_adverb(adverb)
            && (past.trim().is_empty()
                || past.starts_with([',', '.', ';'])
                || past.starts_with(" and "))
    };
    if in_words && s[..m.span.start].trim_end().ends_with(',') && adverb_ends() {
        return true;
    }
    // An increment, not a total: `two more than initially reported`,
    // `2 more bodies`, `10,000 additional tents` (but `1,000 more or less`
    // is about 1,000).
    if increment_after(s, m.span.end) {
        return true;
    }
    // A multiple of another figure: `three times the 11 million`, `four
    // times as many`, `a 10-fold rise`.
    if multiple_after(s, m.span.end) {
        return true;
    }
    // A rank: `the top 10 exporters` (but `could top $6bn` passes it).
    if before.as_ref().is_some_and(|(w, _)| w == "top")
        && quantity::qualifier_ending(&s[..m.span.start]).is_none()
    {
        return true;
    }
    // Times: 16:01, 9.30am.
    if s[..m.span.start].ends_with(':') || s[m.span.end..].starts_with(':') {
        return true;
    }
    if after.as_deref().is_some_and(|w| {
        matches!(
            w,
            "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "kst" | "hours" | "hrs"
        )
    }) && m.value <= 24.0
    {
        return true;
    }
    // Ages that describe a group: `voters aged 65 and over`, `age 18`,
    // `under the age of five`, and both ends of `aged 18 to 25` (or
    // `18-25`). `at` is where the number starts.
    let age = |at: usize| match word_before(s, at) {
        Some((w, gap)) if w == "of" => {
            let of = at - gap.len() - "of".len();
            word_before(s, of).is_some_and(|(w, _)| matches!(w.as_str(), "age" | "ages"))
        }
        Some((w, _)) => matches!(w.as_str(), "aged" | "age" | "ages"),
        None => false,
    };
    // `children under 5`, `adults over 65`: an age beside people (alone:
    // in `people under 18 and 40 adults` the 40 is a count).
    let people_by_age = match word_before(s, m.span.start) {
        Some((w, gap)) if matches!(w.as_str(), "under" | "over" | "below" | "above") => {
            let at = m.span.start - gap.len() - w.len();
            m.value <= 120.0
                && word_before(s, at).is_some_and(|(w, _)| PEOPLE_BY_AGE.contains(&w.as_str()))
        }
        _ => false,
    };
    // Fractions: `two-thirds of respondents` is no 2 (extract does not
    // draft fractions; the analyst writes them as a percentage).
    let rest = &s[m.span.end..];
    let fraction = rest
        .strip_prefix(['-', ' '])
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| FRACTIONS.contains(&w.to_lowercase().as_str()));
    if fraction {
        return true;
    }
    // A number word joined to a word after it makes a compound: `the
    // one-in, one-out agreement`, `a one-off payment`, `a two-way radio`,
    // `a three-year plan` (a number in digits so joined may measure:
    // `a 10,000-strong crowd`).
    let word_joined = rest
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(char::is_alphabetic));
    if word_joined && in_words {
        return true;
    }
    // `a 34-year-old man`, `thirty-four years old`.
    let old = ["years old", "year old"].iter().any(|o| {
        rest.trim_start()
            .get(..o.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(o))
    });
    if age(m.span.start) || people_by_age || old || AGE_SUFFIXES.iter().any(|a| rest.starts_with(a))
    {
        return true;
    }
    let head = s[..m.span.start].trim_end();
    let joined = ["to", "and", "-", "–"]
        .into_iter()
        .find_map(|j| head.strip_suffix(j))
        .map(|h| h.trim_end_matches([' ', '\u{a0}']));
    if let Some(h) = joined {
        let first = h.trim_end_matches(|c: char| c.is_ascii_digit());
        if first.len() < h.len() && age(first.len()) {
            return true;
        }
    }
    // Dates written in digits: `2025-03-02`, `02/03/2025`, `2.3.2025`.
    if in_numeric_date(s, &m.span) {
        return true;
    }
    // A span of years' second year in two digits: `the 2023-24 school
    // year`, `the 2023/24 season`, `1999-00`.
    if digits && written.len() == 2 && year_span_end(&s[..m.span.start], m.value) {
        return true;
    }
    // Days and months: `02 Sep. 2025`, `on Oct. 10`, `September 3`. A
    // day is a number to 31 in digits (not `In May 2,000 people`), and
    // `may` and `march` in lower case are verbs (`30 may have died`). A
    // weekday before a number is no date without a month (`On Monday 20
    // people died`).
    let day = digits && written.len() <= 2 && (1.0..=31.0).contains(&m.value);
    let capital = |word: &str| word.starts_with(|c: char| c.is_uppercase());
    // (The words as written, read as `word_before` and `word_after` do.)
    let written_before = s[..m.span.start]
        .trim_end_matches([' ', '\u{a0}'])
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .next()
        .unwrap_or_default();
    let written_after = s[m.span.end..].trim_start_matches([' ', '\u{a0}', '.']);
    let month_before = before.as_ref().is_some_and(|(w, _)| {
        is_month(w) && (capital(written_before) || !matches!(w.as_str(), "may" | "march"))
    });
    let month_after = after
        .as_deref()
        .is_some_and(|w| is_month(w) && (capital(written_after) || !matches!(w, "may" | "march")));
    if day && (month_before || month_after) {
        return true;
    }
    // Years: 1800–2100 written as plain digits, with a date word before or
    // nothing that counts after.
    if digits && written.len() == 4 && (1800.0..=2100.0).contains(&m.value) {
        let counts = |w: &str| {
            !STOP.contains(&w)
                && !YEAR_NOUNS.contains(&w)
                && w.chars().all(char::is_alphabetic)
                && w != "and"
        };
        // A range of counts: `1800-2100 people`, `1900 to 2100 homes`
        // (but `1990-2010 the town grew` and `in 2018 to 2019 prices
        // rose` are years: a range's low end has no date word before it).
        // `2018 and 2019` is left to be years, counted or not.
        let closes_range = |w: &str, gap: &str| {
            // (`w` is a year word, ASCII: as long as written.)
            let Some(low) = m
                .span
                .start
                .checked_sub(gap.len() + w.len())
                .and_then(|end| s.get(..end))
                .map(str::trim_end)
            else {
                return false;
            };
            let low_starts = low.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            w == "to"
                && low_starts < low.len()
                && !word_before(s, low_starts)
                    .is_some_and(|(w, _)| YEAR_WORDS.contains(&w.as_str()) || is_month(&w))
        };
        let counted = after.as_deref().is_some_and(counts);
        let date_word = before.as_ref().is_some_and(|(w, gap)| {
            (YEAR_WORDS.contains(&w.as_str()) && !(counted && closes_range(w, gap))) || is_month(w)
        });
        let counted = counted
            || range_end_after(s, m.span.end)
                .and_then(|end| word_after(s, end))
                .is_some_and(|w| counts(&w));
        if date_word || !counted {
            return true;
        }
    }
    // Names: `World War Two`, `Article 5`, `COVID-19`, `G-7`.
    if let Some((w, gap)) = &before {
        let capital_word = written.starts_with(char::is_uppercase);
        if NAME_WORDS.contains(&w.as_str()) && (capital_word || digits) {
            let original = &s[..m.span.start].trim_end();
            let cap = original
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|x| x.starts_with(char::is_uppercase));
            if cap || w == "no" {
                return true;
            }
        }
        if (gap.is_empty() || *gap == "-") && unit_before(s, m.span.start).is_none() {
            return true;
        }
    }
    if s[..m.span.start].ends_with('-')
        && s[..m.span.start - 1].ends_with(|c: char| c.is_alphabetic())
        && unit_before(s, m.span.start).is_none()
    {
        return true;
    }
    // A capitalised number word after a capitalised word: `Air Force One`.
    if !digits && written.starts_with(char::is_uppercase) && m.span.start > 0 {
        let prev = s[..m.span.start].trim_end();
        if prev
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|x| x.starts_with(char::is_uppercase))
            && !prev.ends_with(['.', ':', '"', '“'])
        {
            return true;
        }
    }
    false
}

/// Whether the number that ends at byte `end` counts an increment: `more`
/// or the like after it, or after the range it opens (`5 to 6 more`).
fn increment_after(s: &str, end: usize) -> bool {
    let more = |at: usize| {
        word_after(s, at)
            .is_some_and(|w| matches!(w.as_str(), "more" | "fewer" | "additional" | "extra"))
            && !s[at..]
                .trim_start()
                .to_lowercase()
                .starts_with("more or less")
    };
    if more(end) {
        return true;
    }
    let tail = s[end..].trim_start();
    ["to ", "-", "–", "and "].iter().any(|joint| {
        let Some(rest) = tail.strip_prefix(joint).map(str::trim_start) else {
            return false;
        };
        let number = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(rest.len());
        number > 0 && more(s.len() - rest.len() + number)
    })
}

/// Whether the number that ends at byte `end` is a multiple: `times`
/// before what it multiplies (`the`, `as`, `higher`, …), or `-fold`.
fn multiple_after(s: &str, end: usize) -> bool {
    let tail = &s[end..];
    if tail.to_ascii_lowercase().starts_with("-fold") {
        return true;
    }
    let words = lower_words(tail.get(..tail.len().min(40)).unwrap_or(tail));
    let word = |k: usize| words.get(k).map(|(_, _, w)| w.as_str());
    word(0) == Some("times")
        && tail[..words[0].0].trim().is_empty()
        && word(1).is_some_and(|w| {
            matches!(
                w,
                "the"
                    | "as"
                    | "that"
                    | "what"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "more"
                    | "higher"
                    | "larger"
                    | "bigger"
                    | "greater"
                    | "faster"
                    | "over"
            )
        })
}

/// Where the number ends that closes a range opened at `at` (`-2100`,
/// `– 2,100`, ` to 2100`), if one does.
fn range_end_after(s: &str, at: usize) -> Option<usize> {
    let rest = &s[at..];
    let joined = rest.trim_start_matches([' ', '\u{a0}']);
    let next = ["-", "–", "to "]
        .into_iter()
        .find_map(|j| joined.strip_prefix(j))?
        .trim_start_matches([' ', '\u{a0}']);
    let len = next
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .unwrap_or(next.len());
    (len > 0 && next.starts_with(|c: char| c.is_ascii_digit())).then(|| s.len() - next.len() + len)
}

/// Whether `span` of `s` is a part of a date written in digits: three
/// groups joined by one kind of mark (`-`, `/` or `.`), one of them a year
/// of four digits and the others of one or two (`2025-03-02`,
/// `02/03/2025`, `2.3.2025`), or a year and a month (`2025-03`).
fn in_numeric_date(s: &str, span: &std::ops::Range<usize>) -> bool {
    let part = |c: char| c.is_ascii_digit() || matches!(c, '-' | '/' | '.');
    let start = s[..span.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| part(c))
        .last()
        .map_or(span.start, |(i, _)| i);
    let end = s[span.end..]
        .find(|c: char| !part(c))
        .map_or(s.len(), |i| span.end + i);
    // A sentence's full stop is no part of the date.
    let run = s[start..end].trim_matches(|c: char| !c.is_ascii_digit());
    let Some(mark) = run.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    let groups: Vec<&str> = run.split(mark).collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let year = |g: &str| g.len() == 4 && ("1800".."2101").contains(&g);
    let small = |g: &str| (1..=2).contains(&g.len()) && g != "0" && g != "00";
    match groups.as_slice() {
        [a, b, c] => (year(a) && small(b) && small(c)) || (small(a) && small(b) && year(c)),
        [a, b] => mark == '-' && year(a) && b.len() == 2 && ("01"..="12").contains(b),
        _ => false,
    }
}

/// Units written before their figure: `a magnitude-6.8 quake`, `a
/// Category 3 storm`.
const UNITS_BEFORE: &[&str] = &["magnitude", "category"];

/// The unit written before the figure at byte `start` of `s`, with a space
/// or a hyphen between (`a magnitude-6.8 quake` → `magnitude`, `a Category
/// 3 storm` → `category`).
pub(super) fn unit_before(s: &str, start: usize) -> Option<&'static str> {
    let head = s[..start].trim_end_matches([' ', '\u{a0}', '-']);
    UNITS_BEFORE.iter().copied().find(|unit| {
        quantity::before_phrase(head, unit)
            .is_some_and(|h| !h.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// People described by their age after `under` or `over`: `children
/// under 5`, `adults over 65`.
const PEOPLE_BY_AGE: &[&str] = &[
    "children",
    "kids",
    "babies",
    "infants",
    "toddlers",
    "people",
    "adults",
    "those",
    "anyone",
    "everyone",
    "men",
    "women",
    "boys",
    "girls",
    "patients",
    "residents",
    "voters",
    "workers",
    "teenagers",
    "youths",
    "pupils",
    "students",
    "drivers",
];

/// Whether a number in two digits, `value`, after `head` ends a span of
/// years that `head` starts: `2023-` or `2023/` before `24` (a later
/// year of the century, or the next one's first: `1999-00`).
fn year_span_end(head: &str, value: f64) -> bool {
    let Some(year) = head.strip_suffix(['-', '/', '–']) else {
        return false;
    };
    let digits = year.len() - year.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let start = &year[year.len() - digits..];
    let starts_a_word = !year[..year.len() - digits].ends_with(|c: char| c.is_alphanumeric());
    match start.parse::<u32>() {
        Ok(first) if digits == 4 && starts_a_word && (1800..=2100).contains(&first) => {
            let end = value as u32;
            end > first % 100 || end == (first + 1) % 100
        }
        _ => false,
    }
}

/// Words that make the number before them a fraction's numerator.
const FRACTIONS: &[&str] = &[
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
    "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
];

/// How an age ends when written as one word with its number.
pub(super) const AGE_SUFFIXES: [&str; 4] = ["-year-old", "-years-old", "-month-old", "-months-old"];

/// Where `percent`, `per cent` or `pct` ends, if the text at byte `end`
/// is one of them after a space: the `%` of the figure before.
pub(super) fn percent_word_after(s: &str, end: usize) -> Option<usize> {
    let tail = s.get(end..)?;
    let rest = tail.strip_prefix([' ', '\u{a0}'])?;
    ["percent", "per cent", "pct"].iter().find_map(|word| {
        let after = rest.get(word.len()..)?;
        (rest[..word.len()].eq_ignore_ascii_case(word)
            && !after.starts_with(|c: char| c.is_alphanumeric()))
        .then(|| s.len() - after.len())
    })
}

/// Ordinals that are usually names: `80th anniversary`, `Ninth Congress`.
pub(super) fn ordinals(s: &str) -> Vec<std::ops::Range<usize>> {
    const WORDS: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
        "hundredth",
    ];
    let mut out = Vec::new();
    for (ws, we, w) in lower_words(s) {
        let digit_ordinal = ["st", "nd", "rd", "th"].iter().any(|x| {
            w.strip_suffix(x)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
        let next = word_after(s, we);
        let named = s[we..].trim_start().starts_with(char::is_uppercase);
        let word_ordinal = WORDS.contains(&w.as_str())
            && (next.as_deref() == Some("anniversary")
                || named && s[ws..].starts_with(char::is_uppercase));
        if digit_ordinal || word_ordinal {
            out.push(ws..we);
        }
    }
    out
}

/// The value text for a mention: qualifier + number (+ `or more`), or a
/// range of two mentions.
pub(super) fn value_of(s: &str, mentions: &[Mention], k: usize) -> (std::ops::Range<usize>, usize) {
    let m = &mentions[k];
    let mut start = m.span.start;
    let mut end = m.span.end;
    let mut used = 1;
    // Ranges: `between A and B`, `A-B`, `A to B`.
    if let Some(next) = mentions.get(k + 1) {
        // A currency sign on each end: `between $1.2 billion and $1.5
        // billion`.
        let raw_gap = &s[m.span.end..next.span.start];
        let gap = evidence::without_sign(raw_gap, &s[next.span.start..]).trim();
        let head = evidence::without_sign(&s[..m.span.start], &s[m.span.start..]).trim_end();
        // Both ends of one kind: not a share and then a count or a price
        // (`fell 3.4% to $41.20`, `rose 2% to 5,000 points`), nor a sum
        // after a number with no currency (`rose 3 to $41`).
        let signed_after = gap.len() < raw_gap.trim().len();
        let signed_before = head.len() < s[..m.span.start].trim_end().len();
        let percent = |span: &std::ops::Range<usize>| {
            s[span.clone()].ends_with('%') || s[span.end..].starts_with('%')
        };
        let one_kind =
            (signed_before || !signed_after) && (percent(&m.span) <= percent(&next.span));
        let between = quantity::before_phrase(head, "between").is_some();
        // A range rises: `2-000` is no range the value grammar reads; and
        // `rose from 3.9% to 4.2%` gives two figures, before and after.
        let rises = next.value >= m.value;
        let from = word_before(s, m.span.start).is_some_and(|(w, _)| w == "from")
            && !base_of_a_comparison(head);
        if rises
            && !from
            && one_kind
            && (matches!(gap, "-" | "–" | "to") || between && gap == "and")
        {
            end = next.span.end;
            used = 2;
            if between {
                start = head.len() - "between".len();
            }
        }
    }
    // A currency sign belongs to the figure: `more than $40 billion`.
    start = evidence::without_sign(&s[..start], &s[start..]).len();
    // So does a minus sign that starts the number (`fell by -5%`).
    start = evidence::without_minus(&s[..start]).len();
    if used == 1 {
        if let Some((_, at)) = quantity::qualifier_phrase_ending(&s[..start]) {
            start = at;
        }
        // `600 or more`, `1,000 or so`, `20-odd`, `10,000+`.
        if let Some((_, len)) = quantity::qualifier_phrase_starting(&s[end..]) {
            end += len;
        }
    }
    (start..end, used)
}

/// Whether `head`, the text before a figure, ends in `, up from` or `,
/// down from` after another figure: what that figure is compared with,
/// which may be a range (`to 35,000-60,000 barrels a day, up from 12,000
/// to 19,000`), not the start of a change (`rose from 3.9% to 4.2%`).
fn base_of_a_comparison(head: &str) -> bool {
    ["up from", "down from"].iter().any(|phrase| {
        quantity::before_phrase(head, phrase).is_some_and(|h| {
            let h = h.trim_end();
            h.ends_with(',') && h.contains(|c: char| c.is_ascii_digit())
        })
    })
}

/// Words before a number that make it a span of time when a unit of time
/// follows: `within 48 hours`, `over the past two years`.
const DURATION_WORDS: &[&str] = &[
    "in",
    "within",
    "for",
    "over",
    "under",
    "after",
    "during",
    "past",
    "last",
    "next",
    "first",
    // `in the previous three months`, `the 12 months to September`,
    // `every two years`.
    "previous",
    "prior",
    "preceding",
    "following",
    "the",
    "those",
    "these",
    "every",
    "each",
];

/// Whether the figure `m` (drafted as `span`, its qualifier included)
/// counts time rather than something: a unit of time after it, and a
/// preposition before it or `ago` after the unit. The span to offer: the
/// number alone where the preposition was read as a qualifier (`over three
/// years` is no `more than 3`).
pub(super) fn duration(
    s: &str,
    span: &std::ops::Range<usize>,
    m: &Mention,
) -> Option<std::ops::Range<usize>> {
    // `a 10-day trip`, `the five-year plan`.
    if let Some(rest) = s[m.span.end..].strip_prefix('-') {
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if evidence::TIME_UNITS.contains(&word.to_lowercase().as_str()) {
            return Some(m.span.clone());
        }
    }
    let unit = word_after(s, m.span.end)?;
    if !evidence::TIME_UNITS.contains(&unit.as_str()) {
        return None;
    }
    let tail = s[m.span.end..].trim_start_matches([' ', '\u{a0}', '.']);
    // `two years ago`, `five days after the quake`, `a week later`.
    let ago = tail
        .get(unit.len()..)
        .and_then(|rest| word_after(rest, 0))
        .is_some_and(|w| matches!(w.as_str(), "ago" | "after" | "later" | "earlier"));
    let own = word_before(s, m.span.start).map(|(w, _)| w);
    if own
        .as_deref()
        .is_some_and(|w| matches!(w, "over" | "under" | "within"))
    {
        return Some(m.span.clone());
    }
    let before = word_before(s, span.start).map(|(w, _)| w);
    (ago || before
        .as_deref()
        .is_some_and(|w| DURATION_WORDS.contains(&w)))
    .then(|| span.clone())
}

/// Whether a level in digits, or a sum, follows the figure that ends at
/// byte `end` of `s` after `to`: `fell 12% to 31.2 billion euros`, `fell
/// 3.4% to $41.20`; not a share (`rose 0.2% to 2.4%`) nor a year (`rose
/// 5% to 2026 levels`).
pub(super) fn level_after(s: &str, end: usize) -> bool {
    // (`rose 14% in the past week to 0.92 zlotys`: past the step's time.)
    let rest = s[end..].trim_start();
    let words = lower_words(rest);
    let near: Vec<&str> = words.iter().take(4).map(|(_, _, w)| w.as_str()).collect();
    let rest = match (2..=near.len()).find(|&n| step_time(&near[..n])) {
        Some(n) => rest[words[n - 1].1..].trim_start(),
        None => rest,
    };
    let Some(rest) = rest.strip_prefix("to ") else {
        return false;
    };
    let rest = rest.trim_start();
    let figure = rest.split_whitespace().next().unwrap_or_default();
    let bare = figure.trim_end_matches([',', '.', ';']);
    let year = bare.len() == 4
        && bare.bytes().all(|b| b.is_ascii_digit())
        && bare.parse::<u16>().is_ok_and(|y| (1800..2200).contains(&y));
    figure.starts_with(|c: char| c.is_ascii_digit() || evidence::currency(c).is_some())
        && !bare.ends_with('%')
        && !year
        && percent_word_after(rest, figure.len()).is_none()
}

/// Where a figure starting at byte `at` of `s` starts with its qualifier,
/// read past one currency sign as the quote check reads it (`roughly 1 in
/// 3`, `almost half`; `roughly $1 in 3` is garbage, but read alike).
pub(super) fn qualifier_start(s: &str, at: usize) -> usize {
    let (head, rest) = s.split_at(at);
    // (A minus sign that starts the number is read past as the quote
    // check reads it: `Roughly -1 in 3`.)
    let head = evidence::without_minus(evidence::without_sign(head, rest));
    quantity::qualifier_phrase_ending(head).map_or(at, |(_, q)| q)
}

/// The vague phrases of a sentence: `hundreds`, `tens of thousands`.
pub(super) fn vague(s: &str) -> Vec<std::ops::Range<usize>> {
    let lower = s.to_ascii_lowercase();
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for p in quantity::vague_phrases() {
        for (i, _) in lower.match_indices(p) {
            let mut end = i + p.len();
            let bounded = !lower[..i].ends_with(|c: char| c.is_alphanumeric())
                && !lower[end..].starts_with(|c: char| c.is_alphanumeric());
            // `several hundred thousand`, as the value grammar reads it.
            if p.starts_with("several ") {
                end += quantity::multipliers_starting(&lower[end..]).unwrap_or(0);
            }
            if bounded && !out.iter().any(|r| r.start < end && i < r.end) {
                out.push(i..end);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

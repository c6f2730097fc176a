//! Words and sentences: text split into sentences and lower-cased words,
//! the calendar's names, slugs, and the word lists every part of `extract`
//! reads (stop words, adverbs, the marks that end a clause).

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether lower-case `w` names a weekday or a month (`monday`, `sept`).
pub(super) fn calendar_word(w: &str) -> bool {
    WEEKDAYS.contains(&w) || MONTHS.contains(&w)
}

/// Whether lower-case `words` are the time a change took, told between
/// its step and its level (`rose 14% in the past week to`): a
/// preposition of a span, a determiner or an ordinal, and a period or a
/// month (`in October`, `over the last quarter`).
pub(super) fn step_time(words: &[&str]) -> bool {
    match words {
        [preposition, between @ .., period] if words.len() <= 4 => {
            matches!(*preposition, "in" | "over" | "during")
                && between.iter().all(|w| {
                    matches!(
                        *w,
                        "the" | "past" | "last" | "previous" | "first" | "second" | "third"
                    )
                })
                && (MONTHS.contains(period)
                    || matches!(*period, "week" | "month" | "year" | "quarter" | "period"))
        }
        _ => false,
    }
}

/// The weekday lower-case `w` names, 0 for Monday.
pub(super) fn weekday_number(w: &str) -> Option<u8> {
    let at = WEEKDAYS.iter().position(|d| *d == w)?;
    u8::try_from(at).ok()
}

/// The day of the month `w` names in digits alone, 1 to 31: the `20` of
/// `on May 20`.
pub(super) fn day_number(w: &str) -> Option<u8> {
    w.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

/// The month lower-case `w` names, 1 for January: its name or its
/// abbreviation (`sept`, `jun`), by the first twelve of `MONTHS`, the
/// names in full.
pub(super) fn month_number(w: &str) -> Option<u8> {
    let stem = w.get(..3).filter(|_| MONTHS.contains(&w))?;
    let at = MONTHS[..12].iter().position(|m| m.starts_with(stem))?;
    u8::try_from(at + 1).ok()
}

/// Whether `w` looks like a regular plural: `officials`, not `press`.
pub(super) fn regular_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// Whether lower-case `w` is a plural noun: a regular plural, or
/// `people`, `children`, `men`, `women`.
pub(super) fn plural_noun(w: &str) -> bool {
    regular_plural(w) || matches!(w, "people" | "children" | "men" | "women")
}

/// Words that end a unit's noun phrase.
pub(super) const STOP: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "had",
    "have",
    "has",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "did",
    "do",
    "does",
    "in",
    "on",
    "at",
    "to",
    "from",
    "for",
    "by",
    "with",
    "who",
    "whose",
    "that",
    "which",
    "said",
    "says",
    "according",
    "than",
    "as",
    "since",
    "into",
    "during",
    "after",
    "before",
    "over",
    "under",
    "across",
    // Where, not what: `700 metres below the surface`.
    "below",
    "above",
    "beneath",
    "away",
    // `0.1 percentage point off growth`, `2,000 troops against the
    // rebels`.
    "off",
    "onto",
    "against",
    "within",
    "amid",
    "toward",
    "towards",
    "via",
    "despite",
    "deep",
    "this",
    "last",
    "next",
    "per",
    "each",
    "a",
    "an",
    "the",
    "their",
    "its",
    "his",
    "her",
    "our",
    "it",
    "they",
    "he",
    "she",
    "we",
    "or",
    "but",
    "so",
    "while",
    "when",
    "where",
    "because",
    "if",
    // `closer to 110,000 once appeals were counted`.
    "once",
    "unless",
    "although",
    "though",
    "about",
    "around",
    "already",
    "now",
    "still",
    "also",
    "reportedly",
    "total",
    "more",
    "less",
    "fewer",
    // Relations and times after a figure: `1.2% against the dollar`,
    // `1,021 adults between Oct. 20 and 23`, `60,000 overnight`.
    "between",
    "against",
    "among",
    "amid",
    "overnight",
    "ago",
    "yesterday",
    "today",
    "tonight",
];

/// Whether `sentence` tells a move of a market: `shares`, `stock` or an
/// `index` and, within three words, a verb of moving (`Kestrel shares
/// fell 3.4%`, `the benchmark index closed 1.2% higher`).
pub(super) fn market_move(sentence: &str) -> bool {
    let words = lower_words(sentence);
    words.iter().enumerate().any(|(k, (_, _, w))| {
        matches!(w.as_str(), "shares" | "stock" | "stocks" | "index")
            && words[k + 1..].iter().take(3).any(|(_, _, v)| {
                matches!(
                    v.as_str(),
                    "fell"
                        | "rose"
                        | "lost"
                        | "gained"
                        | "dropped"
                        | "climbed"
                        | "jumped"
                        | "slumped"
                        | "tumbled"
                        | "slid"
                        | "surged"
                        | "closed"
                        | "ended"
                        | "traded"
                        | "were"
                        | "was"
                )
            })
    })
}

pub(super) fn lower_words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '’' || c == '.' && start.is_some();
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, text[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), text[s..].to_lowercase()));
    }
    out
}

/// `words` of `text` with those joined by a hyphen made one word:
/// `class-action`, `rank-and-file`, `low-income`.
pub(super) fn hyphen_joined(
    text: &str,
    words: Vec<(usize, usize, String)>,
) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::with_capacity(words.len());
    for (start, end, word) in words {
        match out.last_mut() {
            Some(last) if &text[last.1..start] == "-" => {
                last.1 = end;
                last.2 = text[last.0..end].to_lowercase();
            }
            _ => out.push((start, end, word)),
        }
    }
    out
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "rep", "sen", "gov", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "mr", "mrs", "ms", "dr",
    "prof", "st", "jr", "sr", "vs", "etc", "no", "u.s", "u.n", "u.k", "e.g", "i.e", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co",
    "ltd", "approx", "est", "fig", "pres", "gov't", "dept",
];

/// Split text into sentences: byte ranges, trimmed.
pub fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|x| x.1);
        let end_here = match c {
            '\n' => next == Some('\n') || next.is_none(),
            '.' | '!' | '?' => {
                let after_ok = next
                    .is_none_or(|n| n.is_whitespace() || matches!(n, '"' | '”' | '’' | '\'' | ')'));
                let word: String = text[start..i]
                    .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                let abbreviation = c == '.'
                    && (ABBREVIATIONS.contains(&word.as_str())
                        || (word.len() == 1 && word.chars().all(char::is_alphabetic)));
                after_ok && !abbreviation
            }
            _ => false,
        };
        if end_here {
            // Keep a closing quotation mark with its sentence.
            let mut end = i + c.len_utf8();
            if let Some(&(j, q)) = chars.get(k + 1)
                && matches!(q, '"' | '”' | '’')
            {
                end = j + q.len_utf8();
            }
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<std::ops::Range<usize>>) {
    if start >= end {
        return;
    }
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(start + lead..end - trail);
    }
}

/// The word before byte `at` in `s`, lowercased, and the text between.
pub(super) fn word_before(s: &str, at: usize) -> Option<(String, &str)> {
    let head = &s[..at];
    let trimmed = head.trim_end_matches([' ', '\u{a0}']);
    let gap = &head[trimmed.len()..];
    let start = trimmed
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &trimmed[start..];
    (!word.is_empty()).then(|| (word.trim_end_matches('.').to_lowercase(), gap))
}

pub(super) fn word_after(s: &str, at: usize) -> Option<String> {
    let tail = s[at..].trim_start_matches([' ', '\u{a0}', '.']);
    let end = tail
        .find(|c: char| !(c.is_alphanumeric() || c == '\''))
        .unwrap_or(tail.len());
    (end > 0).then(|| tail[..end].to_lowercase())
}

/// The text of `s` before byte `start`, back to the mark that opens its
/// clause (a comma, a colon, a parenthesis, a quotation mark).
pub(super) fn clause_before(s: &str, start: usize) -> &str {
    last_clause(&s[..start], &[',', ';', ':', '(', '"', '“'])
}

/// The end of `text` after the last of `marks`, where its last clause
/// starts; a comma between digits groups them and opens nothing (`raised
/// the toll from 1,200 to`).
pub(super) fn last_clause<'a>(text: &'a str, marks: &[char]) -> &'a str {
    let bytes = text.as_bytes();
    let grouping = |i: usize| {
        i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    text.char_indices()
        .rev()
        .find(|&(i, c)| marks.contains(&c) && !(c == ',' && grouping(i)))
        .map_or(text, |(i, c)| &text[i + c.len_utf8()..])
}

/// Words before `data` or `figures` that say what kind, not whose:
/// `official figures`, `preliminary data`.
pub(super) const DATA_ADJECTIVES: &[&str] = &[
    "official",
    "preliminary",
    "provisional",
    "new",
    "latest",
    "final",
    "early",
    "initial",
    "revised",
    "recent",
    "monthly",
    "weekly",
    "annual",
    "quarterly",
    "daily",
    "flash",
    "separate",
    "updated",
    "own",
];

/// Modal verbs, which the readers of a verb read past or after: `the
/// toll could rise`, `650 people may have died`, `would reach 3.1%`.
pub(super) const MODALS: &[&str] = &["will", "would", "could", "may", "might"];

/// Whether `word` reads as an adverb of manner or degree by its ending:
/// `newly`, `slightly`, `seriously`; not the nouns that end alike
/// (`family`, `tally`, `July`).
pub(super) fn manner_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && !matches!(
            word.to_ascii_lowercase().as_str(),
            "family"
                | "assembly"
                | "supply"
                | "reply"
                | "apply"
                | "comply"
                | "multiply"
                | "rally"
                | "tally"
                | "belly"
                | "anomaly"
                | "monopoly"
                | "july"
                | "italy"
                | "sicily"
        )
}

/// Adverbs between a speaker and the verb: `the NIS also told`.
pub(super) const ADVERBS: &[&str] = &[
    "also",
    "further",
    "later",
    "earlier",
    "previously",
    "separately",
    "additionally",
    "then",
    "again",
    "reportedly",
    "first",
    "initially",
    "now",
    // Where, over all: `the number of marchers nationwide`.
    "nationwide",
    "countrywide",
    "statewide",
    "worldwide",
    "overall",
    "altogether",
    // `Duke Energy alone reported`.
    "alone",
    "itself",
    "there",
    "here",
    // Doubt: `11 injuries possibly linked to the defect`.
    "possibly",
    "probably",
    "allegedly",
    "apparently",
    // Auxiliaries: `the agency has (now) revised`, `officials have said`.
    "has",
    "have",
    "had",
];

/// Marks that end a speaker's phrase, walking back from the verb.
pub(super) const CLAUSE_MARKS: [char; 7] = [',', ';', ':', '"', '“', '”', '('];

/// Whether `gap`, the text between two words, ends a speaker's phrase:
/// a clause mark, or a dash between spaces (`LISBON, March 14 (Reuters) -
/// Organisers said`, `— officials said`).
pub(super) fn breaks_clause(gap: &str) -> bool {
    gap.contains(CLAUSE_MARKS) || dash_between(gap)
}

/// Whether `text`, a stretch of a sentence, crosses into another clause,
/// as [`breaks_clause`] reads a gap; a comma that groups digits
/// (`30,000`) is none.
pub(super) fn crosses_clause(text: &str) -> bool {
    last_clause(text, &CLAUSE_MARKS).len() != text.len() || dash_between(text)
}

/// A dash that parts two clauses: `—`, `–`, or `-` between spaces.
fn dash_between(text: &str) -> bool {
    text.contains(['—', '–']) || text.contains(" - ")
}

/// A slug of `text` for ids and subjects: `heads-of-state`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if matches!(c, '\'' | '’') {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(base) = latin_base(c) {
            out.push_str(base);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "figure".into() } else { out }
}

/// The plain letters of a Latin letter with a mark, in lower case, for
/// ids: `Tohá` → `toha`, `Müller` → `muller`, `Łódź` → `lodz`.
fn latin_base(c: char) -> Option<&'static str> {
    const FOLDS: [(&str, &str); 22] = [
        ("àáâãäåāăą", "a"),
        ("çćčĉċ", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ìíîïĩīĭįı", "i"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ţťŧț", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("þ", "th"),
        ("ð", "d"),
    ];
    let lower = c.to_lowercase().next()?;
    FOLDS
        .iter()
        .find(|(marked, _)| marked.contains(lower))
        .map(|(_, base)| *base)
}

//! What a figure counts: its unit, from the noun phrase after it, and
//! its subject, from the noun before it, the verb after it, or the whole it
//! is part of (`4 of them were found`).

use crate::evidence;
use crate::quantity;

use super::Last;
use super::speakers::GIVEN_BY;
use super::words::{
    ADVERBS, CLAUSE_MARKS, MODALS, STOP, calendar_word, clause_before, hyphen_joined, lower_words,
    manner_adverb, plural_noun, regular_plural, slug, step_time, word_after, word_before,
};

/// Words that end the noun phrase after a figure, as the predicate starts:
/// common verbs of what counted people do (`40 died`, `300 fled`,
/// `troops remain`, `a fifth oppose it`, `its output goes`), which no
/// `-ed` rule finds; not after `of` or a determiner (`52.3% of the
/// vote`). Participles that describe the counted (`40 killed`, `12 injured`) are
/// left to be units.
const PREDICATE: &[&str] = &[
    "died",
    "die",
    "dies",
    "fled",
    "flee",
    "fall",
    "falls",
    "survived",
    "drowned",
    "perished",
    "escaped",
    "struck",
    "strikes",
    // Participles with no `-ed`: `4.3 million customers hit by the
    // blackout`, `four people found dead`.
    "hit",
    "found",
    "shook",
    "remain",
    "remains",
    "remained",
    "stay",
    "stayed",
    "live",
    "lives",
    "lived",
    "work",
    "works",
    "worked",
    "came",
    "come",
    "went",
    "go",
    "goes",
    "left",
    "arrived",
    "returned",
    "marched",
    "gathered",
    "rallied",
    "protested",
    "attend",
    "attended",
    "joined",
    "took",
    "take",
    "takes",
    "lost",
    "lose",
    // (`Firefighters from 9 departments fought a blaze`.)
    "fought",
    "fight",
    "fights",
    "won",
    "ran",
    "began",
    "gave",
    "brought",
    "sought",
    "got",
    "get",
    "need",
    "needs",
    "needed",
    "lack",
    "lacked",
    "face",
    "faced",
    "received",
    "receive",
    "voted",
    "vote",
    "support",
    "supported",
    "oppose",
    "opposed",
    "back",
    "backed",
    "agree",
    "agreed",
    "want",
    "wanted",
    "believe",
    "believed",
    "paid",
    "spent",
    "saw",
    "own",
    "owned",
    "use",
    "used",
    "made",
    "rose",
    "fell",
    "cast",
    // What those polled think: `68 percent of Portuguese consider`.
    "consider",
    "think",
    "thought",
    "feel",
    "felt",
    "favour",
    "favor",
    "prefer",
    "preferred",
    "approve",
    "approved",
    "disapprove",
    "trust",
    "expect",
    "plan",
    "intend",
    "regard",
];

/// Adjectives that follow a measure and name what it measures: `3.5
/// kilometres long` is a length.
pub(super) const DIMENSIONS: &[(&str, &str)] = &[
    ("long", "length"),
    ("high", "height"),
    ("tall", "height"),
    ("deep", "depth"),
    ("wide", "width"),
    ("thick", "thickness"),
];

/// Prepositions that [`STOP`] leaves out (they may join a speaker's
/// name), which no unit starts or holds: `millions without power`.
const ENDS_UNIT: &[&str] = &[
    "without",
    "beyond",
    "throughout",
    "inside",
    "outside",
    "along",
    "behind",
    "upon",
    "through",
    "until",
    "unlike",
    "near",
    "like",
];

/// Object pronouns, which no unit holds: `12 of them children`.
const OBJECT_PRONOUNS: &[&str] = &["them", "us", "him", "themselves", "whom"];

/// The unit: the noun phrase after the figure (`foreign heads of state and
/// government`), without a leading `of` (`thousands of people`), and where
/// it ends in `s`.
pub(super) fn unit_after(s: &str, end: usize) -> Option<(String, usize)> {
    let tail = &s[end..];
    if tail.starts_with('%') {
        return Some(("percent".into(), end + 1));
    }
    // `17 class-action lawsuits`: a word joined by a hyphen is one.
    let mut words = hyphen_joined(tail, lower_words(tail));
    // `195 km/h`, `8 m/s`: a unit of short words joined by a slash is one.
    let short = |w: &str| (1..=3).contains(&w.len()) && w.chars().all(|c| c.is_alphabetic());
    let mut k = 1;
    while k < words.len() {
        let (prev, this) = (&words[k - 1], &words[k]);
        if &tail[prev.1..this.0] == "/" && short(&prev.2) && short(&this.2) {
            let (start, end) = (prev.0, this.1);
            words[k - 1] = (start, end, tail[start..end].to_lowercase());
            words.remove(k);
        } else {
            k += 1;
        }
    }
    // `452,000 newly displaced people`, `40 badly injured`: an adverb
    // before a participle is no word of the unit, which starts at the
    // participle.
    if let [first, second, ..] = words.as_slice()
        && manner_adverb(&first.2)
        && participle(second.2.trim_end_matches('.'))
        && tail[first.1..second.0].chars().all(char::is_whitespace)
    {
        words.remove(0);
    }
    let determined = word_before(s, end).is_some_and(|(w, _)| {
        matches!(
            w.as_str(),
            "of" | "the" | "its" | "their" | "his" | "her" | "our"
        )
    });
    let mut picked: Vec<&str> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut last_end = 0;
    for (k, (ws, we, w)) in words.iter().enumerate() {
        // A phrase stops at punctuation.
        let gap = &tail[last_end..*ws];
        if k > 0 && !gap.chars().all(char::is_whitespace) {
            break;
        }
        if k == 0 && gap.contains([',', ';', ':', '(', '"', '“']) {
            break;
        }
        let w = w.trim_end_matches('.');
        // `a 2,000-strong force`: the noun after.
        if k == 0 && w == "strong" && gap == "-" {
            last_end = *we;
            continue;
        }
        // `a 6.8-magnitude quake`: the magnitude is the unit, not the quake.
        if k == 0 && w == "magnitude" {
            picked.push(&tail[*ws..*we]);
            ends.push(*we);
            break;
        }
        let next = words.get(k + 1).map(|x| x.2.as_str());
        // `hundreds feared missing`: no unit, but what is feared.
        if k == 0 && FEARED.contains(&w) && next.is_some_and(|n| STATES.contains(&n)) {
            break;
        }
        // A participle after the noun starts the predicate: `protesters
        // gathered`; so does one straight after the figure with an object:
        // `74,310 packed the stadium`.
        let object = next.is_some_and(|n| matches!(n, "the" | "a" | "an" | "its" | "their"));
        let verb_like = w != "government"
            && (w.ends_with("ed") || w.ends_with("ing"))
            && (!picked.is_empty() || object);
        // After `of` or a determiner, a noun: `52.3% of the vote`.
        let noun_place = match picked.last() {
            Some(prev) => prev.eq_ignore_ascii_case("of"),
            None => determined,
        };
        // `20 million euros first announced`: an adverb ends it, and so
        // does a direction (`47 nautical miles southwest of Pylos`).
        // (`North Korea` is a name.)
        let lower = tail[*ws..].starts_with(|c: char| c.is_lowercase());
        let adverb = !picked.is_empty() && (ADVERBS.contains(&w) || lower && direction(w));
        // `the 30,000 claimed by organisers`, `the 26,000 pledged for
        // 2026`: a verb of stating or promising straight after the figure,
        // before a preposition or the clause's end, is no unit (`1,274
        // confirmed cases` is one).
        let stated = k == 0
            // (`the record of 33,562 set in 2025`.)
            && (GIVEN_BY.contains(&w) || PROMISED.contains(&w) || w == "set")
            && (next.is_none_or(|n| STOP.contains(&n))
                || tail[*we..].starts_with([',', ';', ':', '.']));
        // `3.5 kilometres long at its peak`, `deaths attributable to
        // heat`, `47.6C set in 2021`: an adjective (or `set`) after the
        // noun, before a preposition or the clause's end, is no word of it.
        let after_noun = !picked.is_empty()
            && (DIMENSIONS.iter().any(|(adjective, _)| *adjective == w)
                || matches!(w, "attributable" | "short" | "set"))
            && (next.is_none_or(|n| STOP.contains(&n) || n == "of")
                || tail[*we..].starts_with([',', ';', ':', '.']));
        let joins = !verb_like
            && !adverb
            && !stated
            && !after_noun
            && (noun_place || !PREDICATE.contains(&w))
            && !OBJECT_PRONOUNS.contains(&w)
            && match w {
                "of" => !picked.is_empty() || k == 0,
                "and" => picked.contains(&"of") && next.is_some_and(|n| !STOP.contains(&n)),
                "more" | "less" | "fewer" if k == 0 => false,
                // `euros per square metre`; not `cases per 100,000`.
                "per" => {
                    !picked.is_empty()
                        && next.is_some_and(|n| {
                            !STOP.contains(&n) && !n.chars().any(|c| c.is_ascii_digit())
                        })
                }
                // `2,000 through 3,000`, `2,000 vs 3,000`: no unit; nor
                // a number in words (`up from 12,000 three weeks ago`).
                _ => {
                    !STOP.contains(&w)
                        && !ENDS_UNIT.contains(&w)
                        && !quantity::SECOND_FIGURE.contains(&w)
                        && !w.chars().any(|c| c.is_ascii_digit())
                        && !evidence::is_small_number_word(w)
                }
            };
        if !joins || picked.len() >= 6 {
            break;
        }
        picked.push(&tail[*ws..*we]);
        ends.push(*we);
        last_end = *we;
        if tail[*we..].starts_with([',', ';', ':', '.']) {
            break;
        }
    }
    while picked.first().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        picked.remove(0);
        ends.remove(0);
    }
    // (`six of the country's 16 provinces`: an owner is no unit; the
    // noun it owns comes after the next figure.)
    while picked
        .last()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "of" | "and" | "per") || possessive(w))
    {
        picked.pop();
    }
    let mut unit = picked.join(" ");
    let mut unit_end = end + ends.get(picked.len().checked_sub(1)?)?;
    // `5,000 barrels a day`: a rate, not a total, so the period goes with
    // the unit as written; and so does what a sum in a currency named is
    // paid for each (`0.92 zlotys an egg`).
    // (`1.5 tonnes a hectare`: a measure for each of what it is spread
    // over, too.)
    let each = match (named_currency(&unit), measure(&unit)) {
        (true, _) => PRICED,
        (false, true) => SPREAD_OVER,
        (false, false) => &[],
    };
    if !unit.ends_with('.')
        && let Some(len) = per(&s[unit_end..], each)
    {
        unit.push_str(&s[unit_end..unit_end + len]);
        unit_end += len;
    }
    let unit = unit.trim_end_matches('.').to_string();
    let unit_end = unit_end - (s[..unit_end].len() - s[..unit_end].trim_end_matches('.').len());
    (!unit.is_empty()).then_some((unit, unit_end))
}

/// What a sum of money is paid for, each: `€3,000 a seat`, `$80 a
/// barrel`, `$2 per share`.
const PRICED: &[&str] = &[
    "seat",
    "head",
    "person",
    "passenger",
    "ticket",
    "barrel",
    "gallon",
    "litre",
    "liter",
    "tonne",
    "ton",
    "kilo",
    "kilogram",
    "share",
    "dose",
    "unit",
    "household",
    "vehicle",
    "egg",
    "loaf",
    "bottle",
    "pack",
    "meal",
];

/// What a measure is spread over, each: `1.5 tonnes a hectare`, `15
/// litres a person`, `kilograms per head`.
const SPREAD_OVER: &[&str] = &[
    "hectare",
    "acre",
    "person",
    "head",
    "capita",
    "household",
    "resident",
];

/// The length of a rate's period ([`per`]) after a sum of money,
/// or of what the sum is paid for each (`€3,000 a seat`), where one
/// starts `rest`.
pub(super) fn price_per(rest: &str) -> Option<usize> {
    per(rest, PRICED)
}

/// The length of the period that makes a rate of the unit before `rest`
/// (` a day`, ` an hour`, ` per week`, `/day`), where one starts it; not a
/// time (`a day after the quake`, `a week ago`). Also a thing of `each`:
/// what a sum is paid for each (` a seat`, ` an egg`: [`price_per`]), or
/// what a measure is spread over ([`SPREAD_OVER`]).
fn per(rest: &str, each: &[&str]) -> Option<usize> {
    const PERIODS: &[&str] = &[
        "second", "minute", "hour", "day", "night", "week", "month", "year",
    ];
    let (lead, after) = if let Some(after) = rest.strip_prefix('/') {
        (1, after)
    } else {
        let trimmed = rest.trim_start_matches(' ');
        let gap = rest.len() - trimmed.len();
        let (word, after) = trimmed.split_once(' ')?;
        if gap == 0 || !matches!(word, "a" | "an" | "per" | "every") {
            return None;
        }
        (gap + word.len() + 1, after)
    };
    let period = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .filter(|p| PERIODS.contains(p) || each.contains(p))?;
    let next = after[period.len()..].trim_start_matches(' ');
    let next_word = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let time = matches!(
        next_word,
        "ago" | "after" | "before" | "earlier" | "later" | "since" | "into" | "when" | "that"
    );
    (!time).then_some(lead + period.len())
}

/// Whether `word` is a direction from a place: `north`, `southwest`,
/// `south-west`, `offshore`.
fn direction(word: &str) -> bool {
    let word = word.replace('-', "");
    let points = ["north", "south", "east", "west"];
    let point = |w: &str| points.contains(&w);
    point(&word)
        || ["north", "south"]
            .iter()
            .any(|p| word.strip_prefix(p).is_some_and(point))
        || matches!(
            word.as_str(),
            "offshore" | "inland" | "upstream" | "downstream" | "away"
        )
}

/// What a share is measured against rather than of: `the deficit was 2.8%
/// of GDP` is the deficit's.
pub(super) fn denominator(unit: &str) -> bool {
    matches!(
        unit.to_lowercase().as_str(),
        "gdp" | "gross domestic product" | "economic output" | "national income"
    )
}

/// Whether a unit names a span of time: `months`, `year-on-year`.
pub(super) fn names_time(unit: &str) -> bool {
    unit.split([' ', '-'])
        .any(|w| evidence::TIME_UNITS.contains(&w.to_lowercase().as_str()))
}

/// What a figure with no unit does, to name its subject by: the verb
/// after it (`40 died` → `died`), or the word after an auxiliary (`40
/// were killed` → `killed`, `12 were hurt` → `hurt`).
pub(super) fn predicate_after(s: &str, end: usize) -> Option<String> {
    // A few words are all it reads.
    let tail = s.get(end..)?;
    let near = tail.char_indices().nth(64).map_or(tail.len(), |(i, _)| i);
    let words = lower_words(&tail[..near]);
    if let Some(state) = kept_in(&words) {
        return Some(state);
    }
    let mut words = words
        .iter()
        .map(|(_, _, w)| w.trim_end_matches('.'))
        .peekable();
    // (`650 people may have died`, `500 were still unaccounted for`.)
    let modal = |w: &str| MODALS.contains(&w) || matches!(w, "should" | "must" | "still" | "now");
    let mut word = words.find(|w| !modal(w))?;
    // `340 people have fallen ill`, `Hundreds fall ill`: the state.
    let fell_ill = |word: &str, next: Option<&&str>| {
        matches!(
            word,
            "fall" | "falls" | "fell" | "fallen" | "became" | "become" | "got"
        ) && next.is_some_and(|n| matches!(*n, "ill" | "sick"))
    };
    let auxiliary = |w: &str| {
        matches!(
            w,
            "were" | "was" | "are" | "is" | "have" | "has" | "had" | "been" | "be"
        )
    };
    while auxiliary(word) {
        // After `have` a participle (`had fled`), never its object (`had
        // card numbers exposed`).
        let possessive = matches!(word, "have" | "has" | "had");
        // (Past an adverb: `were slightly injured`.)
        word = words.find(|w| !(modal(w) || manner_adverb(w)))?;
        if fell_ill(word, words.peek()) {
            return Some("ill".to_string());
        }
        if !auxiliary(word) {
            let plain = word.chars().all(|c| c.is_ascii_alphabetic());
            let participle = !possessive || participle(word);
            // (`About 300 were there`: no state.)
            let place = matches!(word, "there" | "here");
            return (plain && participle && !STOP.contains(&word) && !place)
                .then(|| word.to_string());
        }
    }
    // `600 people missing`, `hundreds feared missing`, `40 believed dead`.
    if FEARED.contains(&word) {
        word = words.next()?;
    }
    if fell_ill(word, words.peek()) {
        return Some("ill".to_string());
    }
    // (`12 people killed by falling trees`: a fate with no auxiliary.)
    (PREDICATE.contains(&word) || STATES.contains(&word) || fate(word).is_some())
        .then(|| word.to_string())
}

/// Where those counted are kept, told after a verb of being or
/// remaining (and `still`): `24 remained in a serious condition` →
/// `in-serious-condition`, `Nine were still in hospital` → `in-hospital`,
/// `12 are in custody`. Only the places and conditions of
/// [`KEPT_IN`].
fn kept_in(words: &[(usize, usize, String)]) -> Option<String> {
    let mut words = words
        .iter()
        .map(|(_, _, w)| w.trim_end_matches('.'))
        .filter(|w| !matches!(*w, "still" | "now"));
    let verb = words.next()?;
    let being = matches!(
        verb,
        "were" | "was" | "are" | "is" | "remain" | "remains" | "remained" | "stayed" | "stay"
    );
    if !being || words.next()? != "in" {
        return None;
    }
    let rest: Vec<&str> = words
        .skip_while(|w| matches!(*w, "a" | "an" | "the"))
        .take(2)
        .collect();
    (1..=rest.len()).find_map(|n| {
        let place = rest[..n].join(" ");
        KEPT_IN
            .contains(&place.as_str())
            .then(|| format!("in-{}", place.replace(' ', "-")))
    })
}

/// Places and conditions those counted are kept in ([`kept_in`]).
const KEPT_IN: &[&str] = &[
    "hospital",
    "hospitals",
    "custody",
    "detention",
    "quarantine",
    "isolation",
    "shelters",
    "intensive care",
    "serious condition",
    "critical condition",
    "stable condition",
];

/// Words that tell what is feared of a count, before the state feared:
/// `hundreds feared missing`, `40 presumed dead`; or found (`four people
/// found dead`).
const FEARED: &[&str] = &["feared", "believed", "presumed", "thought", "found"];

/// States a count of people is in, told straight after it: `600 people
/// missing`.
const STATES: &[&str] = &[
    "missing",
    "dead",
    "injured",
    "wounded",
    "homeless",
    "unaccounted",
];

/// Whether `word` reads as a past participle after `have`: `died`,
/// `risen`, `flown`, `fled`.
pub(super) fn participle(word: &str) -> bool {
    word.ends_with("ed")
        || word.ends_with("en")
        || word.ends_with("wn")
        || matches!(
            word,
            "fled"
                | "left"
                | "lost"
                | "hurt"
                | "found"
                | "gone"
                | "sent"
                | "paid"
                | "held"
                | "spent"
                | "sold"
                | "won"
                | "come"
                | "become"
                | "run"
                | "put"
                | "set"
                | "cut"
        )
}

/// What befell a count of people, told by the verb after it.
#[derive(Debug, PartialEq)]
pub(super) enum Fate {
    /// `37 people have died`, `were killed`: a count of deaths.
    Died,
    /// `9,400 people had been injured` → `injured`; `were displaced` →
    /// `displaced`: the subject.
    Other(String),
}

/// What befell the `unit` (`people`, `persons`) counted before `end`,
/// when the verb after it says: a count of people names no subject, and
/// `25,000 people` sheltered and `9,400 people` injured are not one. A
/// count of another plural noun that a fate befell is a subject of its
/// own, so `17,500 workers` deployed and `11 workers were killed` are not
/// one either: `workers-dead`.
pub(super) fn fate_of_people(unit: &str, s: &str, start: usize, end: usize) -> Option<Fate> {
    // `85 of the 112 passengers were rescued`: the verb tells the part's
    // fate, not the whole's.
    if whole_of_a_part(s, start) {
        return None;
    }
    if !matches!(unit.to_ascii_lowercase().as_str(), "people" | "persons") {
        return fate_of_others(unit, s, start, end);
    }
    // `Officers detained 12 people`, `the blast killed at least 37
    // people`: the verb before the figure, where it befalls them.
    let before = word_before(s, start).map(|(w, _)| w).filter(|w| {
        GROUPS_BY_STATE.contains(&w.as_str()) || matches!(w.as_str(), "killed" | "rescued")
    });
    let verb = before.or_else(|| verb_in_clause(s, end))?;
    match fate(&verb) {
        Some("dead") => Some(Fate::Died),
        Some("injured") => Some(Fate::Other("injured".to_string())),
        _ if verb.ends_with("ed")
            || verb.starts_with("in-")
            || matches!(verb.as_str(), "missing" | "ill") =>
        {
            Some(Fate::Other(slug(&verb)))
        }
        _ => None,
    }
}

/// The verb after the count that ends at `end`, in its clause: `200
/// people, believed to be migrants,` tells no fate (an aside).
fn verb_in_clause(s: &str, end: usize) -> Option<String> {
    (!s[end..].trim_start().starts_with(CLAUSE_MARKS))
        .then(|| predicate_after(s, end))
        .flatten()
}

/// The fate a verb tells of those counted: `dead` (`killed`, `died`,
/// `perished`, …), `injured` (`hurt`, `wounded`), or the state it names
/// (`missing`, `rescued`, `evacuated`, …).
fn fate(verb: &str) -> Option<&'static str> {
    Some(match verb {
        "died" | "killed" | "dead" | "perished" | "drowned" => "dead",
        "hurt" | "wounded" | "injured" => "injured",
        "missing" => "missing",
        "displaced" => "displaced",
        "evacuated" => "evacuated",
        "rescued" => "rescued",
        "arrested" => "arrested",
        "detained" => "detained",
        "infected" => "infected",
        "ill" => "ill",
        // (`40,000 homes were reconnected`.)
        "reconnected" => "reconnected",
        _ => return None,
    })
}

/// Whether the figure at `start` is the whole a number before it is a
/// part of: the 112 in `85 of the 112`.
fn whole_of_a_part(s: &str, start: usize) -> bool {
    s[..start]
        .trim_end()
        .to_ascii_lowercase()
        .strip_suffix(" of the")
        .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()))
}

/// [`fate_of_people`] for a plural noun other than `people`: only a fate
/// that befalls those counted (`killed`, `injured`, `rescued`, …), named
/// with the noun (`workers-dead`, `children-rescued`); not what they do
/// (`protesters gathered`).
fn fate_of_others(unit: &str, s: &str, start: usize, end: usize) -> Option<Fate> {
    let last = unit.rsplit(' ').next()?.to_ascii_lowercase();
    let plural = last.ends_with('s') || matches!(last.as_str(), "children" | "men" | "women");
    if !plural
        || unit
            .chars()
            .any(|c| !(c.is_alphabetic() || c == ' ' || c == '-'))
    {
        return None;
    }
    let before = word_before(s, start).and_then(|(w, _)| fate(&w));
    let what = before.or_else(|| verb_in_clause(s, end).and_then(|w| fate(&w)))?;
    Some(Fate::Other(format!("{}-{what}", slug(unit))))
}

/// Verbs of change and level between a noun and its figure: `shares fell
/// 6.5%`, `inflation stood at 2.4%`.
const CHANGES: &[&str] = &[
    "rose",
    "fell",
    "gained",
    "lost",
    "climbed",
    "dropped",
    "jumped",
    "slipped",
    "strengthened",
    "weakened",
    "grew",
    "shrank",
    "increased",
    "decreased",
    "declined",
    "slumped",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "eased",
    "edged",
    "rebounded",
    "contracted",
    "expanded",
    "stood",
    "reached",
    "reach",
    "hit",
    "remained",
    "was",
    "is",
    "were",
    "are",
    "rise",
    "fall",
    "rises",
    "falls",
    "grow",
    "grows",
    "eases",
    "climbs",
    // The plural's present, as headlines write it: `Texas measles cases
    // climb to 198`.
    "climb",
    "drop",
    "jump",
    "slip",
    "gain",
    "surge",
    "surges",
    "soar",
    "soars",
    "decline",
    "declines",
    "increase",
    "increases",
    "drops",
    "jumps",
    "slips",
    "gains",
    "hits",
    "reaches",
    "stands",
    "edges",
    "held",
    "holds",
    "stayed",
    "close",
    "closed",
    "ended",
    "end",
    "average",
    "averaged",
    "averages",
    "total",
    "totalled",
    "totaled",
    "slowed",
    "slows",
    "accelerated",
    "accelerates",
    "quickened",
    "cooled",
    "dipped",
    "dips",
    "sank",
    "rallied",
    "recovered",
    "doubled",
    "tripled",
    "halved",
];

/// The noun a share or a change before byte `start` of `s` is of, in its
/// clause: `shares fell 6.5%`, `the peso strengthened 1.2%`, `a turnout of
/// 85.2%`, `put containment at 5%`, `inflation stood at 2.4%`. `None`
/// where no plain noun stands there.
pub(super) fn noun_before(s: &str, start: usize) -> Option<String> {
    let words = lower_words(clause_before(s, start));
    let mut back = words.iter().rev().map(|(_, _, w)| w.as_str());
    let mut word = back.next()?;
    // `of which only 18%`, `just 5%`: a word that stresses the figure is
    // no noun of it.
    // (`rose another 9%`, `fell a further 2%`: nor one that adds it.)
    while matches!(
        word,
        "only" | "just" | "still" | "even" | "already" | "another" | "further"
    ) {
        let further = word == "further";
        word = back.next()?;
        if further && word == "a" {
            word = back.next()?;
        }
    }
    let mut moved = matches!(word, "down" | "up");
    if matches!(word, "by" | "at" | "to" | "of" | "down" | "up") {
        word = back.next()?;
    }
    if !moved && matches!(word, "down" | "up") {
        moved = true;
        word = back.next()?;
    }
    // `admissions were (now) up by 45%`, `sales are down 3%`: `up` or
    // `down` after a copula tells a change as a verb does.
    let mut copula = false;
    if moved {
        let mut ahead = back.clone();
        let mut w = Some(word);
        while w.is_some_and(|w| ADVERBS.contains(&w)) {
            w = ahead.next();
        }
        if let Some(c) = w.filter(|w| matches!(*w, "is" | "are" | "was" | "were" | "been" | "be")) {
            word = c;
            back = ahead;
            copula = true;
        }
    }
    // `raised its rate by 50 basis points to 5.25%`: past the step, to
    // what took it.
    if matches!(word, "points" | "point") {
        word = back.next()?;
        while matches!(word, "basis" | "percentage" | "quarter" | "half" | "a")
            || word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        {
            word = back.next()?;
        }
        if word == "by" {
            word = back.next()?;
        }
    }
    if changes(word) || copula {
        word = back.next()?;
        // (`the deficit would reach 3.1%`, `prices have risen by 60%`.)
        while ADVERBS.contains(&word)
            || MODALS.contains(&word)
            || matches!(word, "should" | "have" | "has" | "had")
        {
            word = back.next()?;
        }
        // `expected the economy to grow 2.5%`: past the infinitive's `to`.
        if word == "to" {
            word = back.next()?;
        }
        // `exports to China fell 12%`, `prices in the euro zone rose`: the
        // noun the phrase is about, not the one its preposition ends with
        // (up to two such steps, each past one word before its noun).
        let plain = |w: &str| w.chars().all(char::is_alphabetic) && !STOP.contains(&w);
        for _ in 0..2 {
            // (`output at state miner Codelco fell`: three words.)
            let head = [0, 1, 2, 3].into_iter().find_map(|modifiers| {
                let mut before = back.clone();
                for _ in 0..modifiers {
                    before.next().filter(|w| plain(w))?;
                }
                let mut preposition = before.next();
                if matches!(preposition, Some("the" | "a" | "an")) {
                    preposition = before.next();
                }
                match (preposition?, before.next()?) {
                    ("to" | "from" | "in" | "of" | "for" | "on" | "with" | "at", head)
                        if plain(head) =>
                    {
                        Some((head, before))
                    }
                    _ => None,
                }
            });
            match head {
                Some((head, before)) => {
                    word = head;
                    back = before;
                }
                None => break,
            }
        }
    }
    // `Unemployment, which stood at 4.7%`, `The jobless rate, which`: the
    // noun that ends the short phrase before the relative clause.
    let relative;
    if word == "which" && back.next().is_none() {
        let clause = clause_before(s, start);
        let before = s[..start - clause.len()]
            .strip_suffix(',')
            .unwrap_or_default();
        let phrase = lower_words(clause_before(before, before.len()));
        if (1..=4).contains(&phrase.len())
            && let Some((_, _, owner)) = phrase.last()
        {
            relative = owner.clone();
            word = &relative;
        }
    }
    let noun = word.chars().all(char::is_alphabetic)
        && !STOP.contains(&word)
        && !changes(word)
        && !matches!(
            word,
            "and" | "of" | "by" | "to" | "point" | "points" | "percent" | "cent"
        )
        && !word.ends_with("ed")
        && !word.ends_with("ing");
    noun.then(|| word.to_string())
}

/// What a count with no unit numbers, where a verb of estimating puts it
/// just before: `Police estimated the crowd at 15,000` → `crowd`, `put
/// their losses at 300`, `estimated the cost to business at` → `cost`.
/// `None` elsewhere: the noun before a count is otherwise too often some
/// other phrase's (`in eastern Turkey rose to`).
pub(super) fn estimated_noun(s: &str, start: usize) -> Option<String> {
    let mut words = lower_words(clause_before(s, start));
    // Past whom it falls on or where: `estimated the cost to business
    // at`, `put the crowd in Lisbon at`.
    let n = words.len();
    let to = |k: usize| matches!(words[k].2.as_str(), "to" | "for" | "in");
    let complement = match words.as_slice() {
        [.., _, _, (_, _, the), _, _] if n >= 5 && to(n - 4) && the == "the" => 3,
        [.., _, _, _] if n >= 4 && to(n - 3) => 2,
        _ => 0,
    };
    if complement > 0 && words[n - 1].2 == "at" {
        words.drain(n - 1 - complement..n - 1);
    }
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    // `put the magnitude at`, `put the quake's magnitude at`, `put
    // Turkey's toll at`.
    let (verb, owner, noun, at) = match words.as_slice() {
        [
            ..,
            (_, _, verb),
            (_, _, owner),
            (_, _, whose),
            (_, _, noun),
            (_, _, at),
        ] if owner == "the" && possessive(whose) => (verb, owner, noun, at),
        [.., (_, _, verb), (_, _, owner), (_, _, noun), (_, _, at)] => (verb, owner, noun, at),
        _ => return None,
    };
    let estimates = PUTS_AT.contains(&verb.as_str()) || verb == "estimate";
    (at == "at"
        && estimates
        && (matches!(owner.as_str(), "the" | "its" | "their") || possessive(owner))
        && noun.chars().all(char::is_alphabetic)
        && !STOP.contains(&noun.as_str())
        // `put the number at 1,500` names nothing.
        && !NAMES_NOTHING.contains(&noun.as_str()))
    .then(|| noun.clone())
}

/// Verbs that move what they name to a figure: `would lift savings to`,
/// `cut its costs to`.
const MOVES_TO: &[&str] = &[
    "lift",
    "lifts",
    "lifted",
    "raise",
    "raises",
    "raised",
    "boost",
    "boosts",
    "boosted",
    "push",
    "pushes",
    "pushed",
    "bring",
    "brings",
    "brought",
    "cut",
    "cuts",
    "lower",
    "lowers",
    "lowered",
    "reduce",
    "reduces",
    "reduced",
    "increase",
    "increases",
    "increased",
];

/// What a verb of moving brings to a figure just after `to`: `the larger
/// cuts would lift savings to about 2.4 billion euros` → `savings`, `cut
/// its operating costs to` → `operating costs`, `raised its emergency aid
/// package to`. One to three plain words, after a determiner, an owner
/// or none (`cut the country's wheat harvest to` → `wheat harvest`); not
/// a word that names nothing (`raised the total to`).
pub(super) fn brought_to(s: &str, start: usize) -> Option<String> {
    phrase_of_verb(
        s,
        start,
        (MOVES_TO, "to"),
        // (Past its owner: `cut the country's wheat harvest to`.)
        |w| matches!(w, "the" | "its" | "their" | "his" | "her" | "this") || possessive(w),
        |phrase| phrase.len() <= 3 && !phrase.last().is_some_and(|w| NAMES_NOTHING.contains(w)),
    )
}

/// Verbs that put an estimate at a figure: `Police put the crowd at
/// 15,000`, `estimated the damage at`. What the estimate is of comes
/// between ([`estimated_noun`]); a time after the figure tells when it was
/// put ([`super::times::put_at`]).
pub(super) const PUTS_AT: &[&str] = &["put", "puts", "placed", "pegged", "estimated", "estimates"];

/// Nouns for a figure as such, which name nothing it counts: `put the
/// number at 1,500`, `a total of 300`.
const NAMES_NOTHING: &[&str] = &["number", "figure", "total", "count", "tally", "estimate"];

/// The noun a count with no unit is given as, just before it: `an
/// electorate of about 5.8 million` → `electorate`, `a crowd of 40,000`,
/// `its workforce of 3,000`. Not a word that names no thing (`a total of`,
/// `an increase of`).
pub(super) fn noun_of_figure(s: &str, start: usize) -> Option<String> {
    let words = lower_words(clause_before(s, start));
    let [.., (_, _, owner), (_, _, noun), (_, _, of)] = words.as_slice() else {
        return None;
    };
    let owns = |w: &str| {
        matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her") || possessive(w)
    };
    // (Past one word that tells which: `the WHO's daily guideline of 15`.)
    let which = |w: &str| w.chars().all(|c| c.is_ascii_alphabetic()) && !STOP.contains(&w);
    let owned = owns(owner)
        || which(owner)
            && matches!(words.as_slice(), [.., (_, _, before), _, _, _] if owns(before))
        // (The object of a verb in the past: `promised compensation of
        // 20,000 euros`, `sought damages of`.)
        || owner.len() > 4 && owner.ends_with("ed") && !STOP.contains(&owner.as_str());
    // A bare plural needs none: `Insurers expect claims of 300 million
    // euros`, `losses of`, `crowds of 40,000`.
    let singular = noun.strip_suffix('s').filter(|_| regular_plural(noun));
    let bare_plural = singular.is_some_and(|one| one.len() > 2 && !owns(owner));
    let names_nothing =
        |w: &str| STOP.contains(&w) || NAMES_NOTHING.contains(&w) || NO_THING_OF.contains(&w);
    (of == "of"
        && (owned || bare_plural)
        && noun.chars().all(|c| c.is_ascii_alphabetic())
        && !names_nothing(noun)
        && !singular.is_some_and(names_nothing))
    .then(|| noun.clone())
}

/// Nouns before `of` and a figure that say how the figure stands, not
/// what it is of: `a maximum of 40`, `an increase of 5`, `a peak of 120
/// mph`.
const NO_THING_OF: &[&str] = &[
    "maximum",
    "minimum",
    "average",
    "majority",
    "minority",
    "group",
    "list",
    "set",
    "series",
    "range",
    "sum",
    "lot",
    "handful",
    "fraction",
    "share",
    "part",
    "increase",
    "rise",
    "fall",
    "decline",
    "drop",
    "loss",
    "gain",
    "jump",
    "surge",
    "cut",
    "reduction",
    "change",
    "age",
    "value",
    "peak",
    "high",
    "low",
    "record",
    "top",
    "capacity",
];

/// The noun a count with no unit is the level of, before a verb of change
/// or level in its clause, and whether it is plural: `Complaints had risen
/// to 1,380` → (`complaints`, true), `The crowd grew to 5,000` →
/// (`crowd`, false), `Revenue fell 12% to` → (`revenue`, false), past
/// the step of the change (`rose another 9% to`, `rose 14% in the past
/// week to`), a modal, an adverb and a place after the noun.
/// Not `the number`, `the total`, `it`, nor another figure's unit.
pub(super) fn counted_before(s: &str, start: usize) -> Option<(String, bool)> {
    let clause = clause_before(s, start);
    let words = lower_words(clause);
    // (A word of a name, which starts with a capital as written.)
    let named = |w: &str| {
        words
            .iter()
            .find(|(_, _, l)| l.trim_end_matches('.') == w)
            .is_some_and(|(at, _, _)| clause[*at..].starts_with(char::is_uppercase))
    };
    let mut back = words
        .iter()
        .rev()
        .map(|(_, _, w)| w.trim_end_matches('.'))
        .peekable();
    // (`Losses topped $2 billion`, `could now exceed`: the figure's
    // qualifier holds the verb.)
    let passed = verb_qualifier(s, start);
    // (`His yield was barely 1.5 tonnes`, `fell to just 19%`: past an
    // adverb of degree before the figure.)
    back.next_if(|w| matches!(*w, "only" | "just" | "barely" | "merely" | "still" | "now"));
    // A verb of change brings a level only with `to` or `at`: `rose 120`
    // and `rose by 120` are changes, not counts of what rose.
    let to = !passed && back.next_if(|w| matches!(*w, "to" | "at")).is_some();
    // `Revenue fell 12% to 31.2 billion euros`, `rose by 3 percentage
    // points to`: past the step, to the verb.
    if to {
        let mut step = back.clone();
        // (`rose 14% in the past week to`: past the step's time.)
        let near: Vec<&str> = step.clone().take(4).collect();
        if let Some(len) = (2..=near.len()).find(|&n| {
            let mut phrase = near[..n].to_vec();
            phrase.reverse();
            step_time(&phrase)
        }) {
            step.nth(len - 1);
        }
        while step
            .next_if(|w| {
                matches!(
                    *w,
                    "percent" | "cent" | "per" | "percentage" | "point" | "points" | "basis"
                )
            })
            .is_some()
        {}
        let number = |w: &&str| {
            w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        };
        if step.next_if(number).is_some() {
            // (`rose another 9% to`, `fell a further 2% to`.)
            if step.next_if(|w| *w == "another").is_none()
                && step.next_if(|w| *w == "further").is_some()
            {
                step.next_if(|w| *w == "a");
            }
            step.next_if(|w| *w == "by");
            back = step;
        }
    }
    if !passed {
        let verb = back.next()?;
        if !(gives_level(verb) || to && changes(verb)) {
            return None;
        }
    }
    // (`Savings would reach`, `has now reached`.)
    while back
        .next_if(|w| {
            matches!(*w, "has" | "have" | "had" | "been" | "now")
                || MODALS.contains(w)
                || ADVERBS.contains(w)
                || manner_adverb(w)
        })
        .is_some()
    {}
    let mut noun = back.next()?;
    let mut before = back.next();
    // The prepositions that end a phrase about the noun before them.
    let after_noun = |w: &str| {
        matches!(
            w,
            "at" | "in" | "on" | "from" | "for" | "to" | "across" | "within"
        )
    };
    // `peak winds at landfall were 125 mph`, `deaths in Gaza rose to 40`,
    // `the total cost to Meridian could reach`: the noun the phrase is
    // about, not the one its preposition ends with (up to two such
    // phrases: `outbreaks in poultry across the EU had risen to`).
    for _ in 0..2 {
        // (`Savings from the restructuring`: past its determiner; and
        // past up to two words before the noun, `prices on the Bucharest
        // commodity exchange`.)
        let mut probe = back.clone();
        let mut word = before;
        for _ in 0..2 {
            if !word.is_some_and(|w| {
                w.chars().all(char::is_alphabetic) && !STOP.contains(&w) && !after_noun(w)
            }) {
                break;
            }
            word = probe.next();
        }
        if matches!(word, Some("the" | "a" | "an")) && probe.peek().is_some_and(|w| after_noun(w)) {
            back = probe;
            before = back.next();
        }
        // (`in Port Sudan`: a place of two words.)
        if before.is_some_and(|w| !STOP.contains(&w) && named(w) && named(noun))
            && back
                .peek()
                .is_some_and(|w| matches!(*w, "in" | "at" | "on" | "from"))
        {
            before = back.next();
        }
        if before.is_some_and(after_noun)
            && let Some(head) = back.next()
            && head.chars().all(char::is_alphabetic)
            && !STOP.contains(&head)
        {
            noun = head;
            before = back.next();
            // (`farmland lost to the drought now stood at`: the noun a
            // participle after it tells of.)
            if participle(noun)
                && let Some(head) = before.filter(|w| {
                    w.chars().all(char::is_alphabetic) && !STOP.contains(w) && !participle(w)
                })
            {
                noun = head;
                before = back.next();
            }
        } else {
            break;
        }
    }
    // (Not the unit of another figure: `among the 3,000 people reached 40`.)
    if before.is_some_and(|w| w.contains(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let plain = noun.chars().all(char::is_alphabetic)
        && !STOP.contains(&noun)
        && !NAMES_NOTHING.contains(&noun)
        && !CHANGES.contains(&noun)
        && !noun.ends_with("ing");
    let plural = plural_noun(noun);
    plain.then(|| (noun.to_string(), plural))
}

/// Whether the figure at `start` opens with a verb its qualifier holds
/// (`topped $2 billion`, `has passed 450,000`, `could exceed`, `nears`),
/// so that the noun before it is what passed the figure.
fn verb_qualifier(s: &str, start: usize) -> bool {
    let words = lower_words(&s[start..]);
    let mut first = words.iter().take(2).map(|(_, _, w)| w.as_str());
    let verb = match first.next() {
        Some(w) if MODALS.contains(&w) || w == "to" => first.next(),
        w => w,
    };
    verb.is_some_and(|w| {
        matches!(
            w,
            "has"
                | "had"
                | "have"
                | "passes"
                | "passing"
                | "top"
                | "topped"
                | "tops"
                | "topping"
                | "exceed"
                | "exceeded"
                | "exceeds"
                | "surpass"
                | "surpassed"
                | "surpasses"
                | "surpassing"
                | "climbed"
                | "climbs"
                | "rose"
                | "rises"
                | "risen"
                | "nears"
                | "neared"
                | "nearing"
        )
    })
}

/// Whether `verb` brings a level with no `to` or `at` needed: `reached
/// 36,600`, `was 40`, `stood at 104`.
fn gives_level(verb: &str) -> bool {
    matches!(
        verb,
        "reached"
            | "reaches"
            | "reach"
            | "hit"
            | "hits"
            | "totalled"
            | "totaled"
            | "total"
            | "was"
            | "were"
            | "is"
            | "are"
            | "remained"
            | "averaged"
            | "numbered"
            // `with the index averaging 390`, `losses totalling $2bn`.
            | "averaging"
            | "averages"
            | "totalling"
            | "totaling"
            | "totals"
            | "numbering"
            | "stood"
            | "stands"
            | "stand"
    )
}

/// Whether `verb` is one of change: `rose`, `has risen`.
fn changes(verb: &str) -> bool {
    CHANGES.contains(&verb)
        || matches!(
            verb,
            "risen"
                | "fallen"
                | "grown"
                | "shrunk"
                | "cut"
                | "lowered"
                | "reduced"
                | "peaked"
                | "doubled"
                | "tripled"
                | "trebled"
                | "quadrupled"
                | "halved"
                | "widened"
                | "narrowed"
        )
}

/// What a count with no unit numbers where `the number of` (or `count
/// of`, `tally of`, `estimate of`) opens its clause and a verb of level
/// brings the figure: `The number of people evacuated … has climbed to
/// 36,600` → unit `people`, and the participle after it, where one stands
/// there, names the subject (`evacuated`); `raised its count of users
/// affected by the breach to 44 million` → `users`, `affected`.
pub(super) fn number_of(s: &str, start: usize) -> Option<(String, String)> {
    let clause = clause_before(s, start);
    let at = start - clause.len();
    // (ASCII lower case keeps every offset.)
    let lower = clause.to_ascii_lowercase();
    // (`raised its count of users affected by the breach to 44 million`.)
    let (of, phrase) = ["number of ", "count of ", "tally of ", "estimate of "]
        .into_iter()
        .filter_map(|phrase| Some((lower.rfind(phrase)?, phrase)))
        .max_by_key(|(of, _)| *of)?;
    let between = &clause[of..];
    let last = lower_words(between).pop()?.2;
    let level = matches!(
        last.as_str(),
        "to" | "at"
            | "reached"
            | "reaches"
            | "hit"
            | "hits"
            | "topped"
            | "tops"
            | "passed"
            | "is"
            | "was"
            | "were"
            | "are"
    );
    // (`The number of people … has passed 450,000`: the verb is read as
    // the figure's qualifier, which starts at `start`.)
    let passed = verb_qualifier(s, start);
    if !(level || passed) || between.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let noun = at + of + phrase.len();
    let (mut unit, mut unit_end) = unit_after(s, noun.checked_sub(1)?)?;
    // (`its estimate of Tuesday's turnout`: whose day is no word of it.)
    if let Some((day, rest)) = unit.split_once(' ')
        && let Some(day) = day.strip_suffix("'s").or_else(|| day.strip_suffix("’s"))
        && (calendar_word(&day.to_ascii_lowercase()) || day.eq_ignore_ascii_case("yesterday"))
    {
        unit = rest.to_string();
    }
    // (Not the verb after it: `The number of survivors stood at 104`.)
    // (The verb ends at `unit_end` as written; the space before it may
    // be more than one byte.)
    while let Some((rest, verb)) = unit.rsplit_once(' ')
        && (gives_level(verb) || changes(verb))
    {
        unit_end = s[..unit_end - verb.len()].trim_end().len();
        unit.truncate(rest.len());
    }
    // `the number of police officers hurt`: a fate that ends the phrase
    // is what befell those counted, no word of the unit.
    let mut participle = word_after(s, unit_end)
        .filter(|w| w.ends_with("ed") && !STOP.contains(&w.as_str()) || fate(w).is_some());
    if let Some((rest, last)) = unit.rsplit_once(' ')
        && fate(&last.to_ascii_lowercase()).is_some()
    {
        participle = Some(last.to_ascii_lowercase());
        unit.truncate(rest.len());
    }
    // Others than people are named with what befell them, as a count
    // before its verb is (`draft/officers-injured`).
    let people = unit.eq_ignore_ascii_case("people") || unit.eq_ignore_ascii_case("persons");
    let what = match participle.as_deref().and_then(fate) {
        // (`The number of people killed has risen to 21` counts deaths,
        // as `21 people were killed` does.)
        Some("dead") if people => return Some(("deaths".to_string(), "deaths".to_string())),
        Some(fate) if !people => format!("{unit}-{fate}"),
        _ => participle.unwrap_or_else(|| unit.clone()),
    };
    Some((unit, slug(&what)))
}

/// What a source's estimate brought to a figure is of, where it names
/// no count of things [`number_of`] reads: `raised its estimate of the
/// asylum backlog to about 115,000` → `asylum backlog`, `its own estimate
/// of the missing to 550` → `missing`. Up to three plain words after
/// `estimate of` (`count of`, `tally of`) and a determiner, then `to` or
/// `at` before the figure (`down to`, `up to`).
pub(super) fn estimate_of(s: &str, start: usize) -> Option<String> {
    let words = lower_words(clause_before(s, start));
    let of = words.iter().rposition(|(_, _, w)| w == "of")?;
    let named = of
        .checked_sub(1)
        .is_some_and(|k| matches!(words[k].2.as_str(), "estimate" | "count" | "tally"));
    let mut noun: Vec<&str> = words[of + 1..].iter().map(|(_, _, w)| w.as_str()).collect();
    // (`to between $22 billion and $30 billion`.)
    if noun.last() == Some(&"between") {
        noun.pop();
    }
    if !named || !matches!(noun.pop(), Some("to" | "at")) {
        return None;
    }
    // (`its estimate of the total volume erupted`: the volume erupted;
    // past its owner, `its estimate of this year's wheat harvest`.)
    while noun
        .first()
        .is_some_and(|w| matches!(*w, "the" | "its" | "their" | "total" | "this") || possessive(w))
    {
        noun.remove(0);
    }
    // (`revised its count of the injured down to 7,900`.)
    if matches!(noun.last(), Some(&("down" | "up"))) {
        noun.pop();
    }
    // (`its estimate of poultry exports at risk to`: the noun before a
    // preposition.)
    if let Some(k) = noun
        .iter()
        .position(|w| STOP.contains(w))
        .filter(|&k| k > 0)
    {
        noun.truncate(k);
    }
    plain_phrase(&noun)
}

/// What was given back to those a count counts, told just before it:
/// `supply had been restored to 1.8 million customers` → `restored`,
/// `reconnected to another 40,000 homes` → `reconnected`. A count of
/// those who have it back is not one of those who lost it; but `restored
/// to all 4.3 million customers hit` counts all who lost it.
pub(super) fn restored_to(s: &str, start: usize) -> Option<&'static str> {
    let words = lower_words(clause_before(s, start));
    let mut back = words
        .iter()
        .rev()
        .map(|(_, _, w)| w.as_str())
        .skip_while(|w| matches!(*w, "the" | "some" | "another"));
    if back.next()? != "to" {
        return None;
    }
    match back.next()? {
        "restored" => Some("restored"),
        "reconnected" => Some("reconnected"),
        _ => None,
    }
}

/// What a sum of money is, where the words around it say: `estimated
/// insured losses at $18 billion` → `insured losses`, `put total economic
/// damage at`, `raised its estimate of insured losses to between $22
/// billion and`, `its revenue of $9.8 billion` (with a determiner before
/// the noun, as for a count), `$112 million in individual assistance`,
/// `had cost it €45 million`. `None` where they do not, and the sum is
/// named by its currency.
pub(super) fn money_of(s: &str, start: usize, end: usize) -> Option<String> {
    named_before(s, start, noun_of_figure)
        .or_else(|| brought_to(s, start))
        .or_else(|| spent_in(s, end))
        .or_else(|| cost_before(s, start))
        .or_else(|| worth_of(s, start))
        // (`revenue rose to 300 million Swiss francs`.)
        .or_else(|| counted_before(s, start).map(|(noun, _)| noun))
}

/// What the words just before a figure give it as: put at by a verb of
/// estimating (`estimated insured losses at`, `put the crowd at`),
/// brought to by an estimate (`raised its estimate of insured losses
/// to`), or named before `of` as `of_figure` reads it.
fn named_before(
    s: &str,
    start: usize,
    of_figure: fn(&str, usize) -> Option<String>,
) -> Option<String> {
    estimated_noun(s, start)
        .or_else(|| estimated_phrase(s, start))
        .or_else(|| estimate_of(s, start))
        .or_else(|| of_figure(s, start))
}

/// Units that measure an amount (a length, an area, a volume, a mass, a
/// power, a speed, a temperature, a concentration), as their first word,
/// past `square`, `cubic` or `nautical`.
const MEASURES: &[&str] = &[
    "hectare",
    "hectares",
    "ha",
    "acre",
    "acres",
    "litre",
    "litres",
    "liter",
    "liters",
    "gallon",
    "gallons",
    "barrel",
    "barrels",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "kilogram",
    "kilograms",
    "kg",
    "kilo",
    "kilos",
    "gram",
    "grams",
    "microgram",
    "micrograms",
    "milligram",
    "milligrams",
    "watt",
    "watts",
    "kilowatt",
    "kilowatts",
    "megawatt",
    "megawatts",
    "gigawatt",
    "gigawatts",
    "kw",
    "mw",
    "gw",
    "kwh",
    "mwh",
    "gwh",
    "twh",
    "mph",
    "km/h",
    "kph",
    "m/s",
    "knots",
    "degree",
    "degrees",
    "c",
    "f",
    "celsius",
    "fahrenheit",
    "decibels",
];

/// Units of length, measures too.
const LENGTHS: &[&str] = &[
    "metre",
    "metres",
    "meter",
    "meters",
    "m",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "km",
    "centimetre",
    "centimetres",
    "centimeter",
    "centimeters",
    "cm",
    "millimetre",
    "millimetres",
    "millimeter",
    "millimeters",
    "mm",
    "mile",
    "miles",
    "foot",
    "feet",
    "ft",
    "inch",
    "inches",
    "yard",
    "yards",
];

/// Words before a unit of measure that make it another: `square`,
/// `cubic`, `nautical` (`square metres`, `nautical miles`).
const MEASURE_PREFIXES: &[&str] = &["square", "cubic", "nautical"];

/// Whether `unit` measures an amount of something, rather than counting
/// things: `cubic metres per second`, `megawatts`, `feet`.
pub(super) fn measure(unit: &str) -> bool {
    let lower = unit.to_lowercase();
    let mut words = lower.split(' ');
    let first = words
        .next()
        .filter(|w| !MEASURE_PREFIXES.contains(w))
        .or_else(|| words.next());
    first.is_some_and(|w| MEASURES.contains(&w) || LENGTHS.contains(&w))
}

/// Whether `unit` is a length (not an area or a volume): `km`, `nautical
/// miles`.
fn length(unit: &str) -> bool {
    let lower = unit.to_lowercase();
    let first = lower.strip_prefix("nautical ").unwrap_or(&lower);
    first
        .split(' ')
        .next()
        .is_some_and(|w| LENGTHS.contains(&w))
}

/// The unit and the subject of a figure in a [`measure`]: what it
/// measures, where the words say (`10 million cubic metres of lava` →
/// `cubic metres`, `lava`; `a storm surge of 11.4 feet` → `storm surge`;
/// `output had been cut to 30 megawatts` → `output`, `the drought cut
/// the wheat harvest to 18.5 million tonnes` → `wheat harvest`; `3.5 kilometres
/// long` → `length`), else the unit itself. `unit_end` is where the unit
/// ends in `s`.
pub(super) fn measured(unit: &str, s: &str, start: usize, unit_end: usize) -> (String, String) {
    // What follows `of` is measured, and no word of the unit (`40,000
    // tonnes of sulphur dioxide a day`: the rate stays the unit's).
    let of = unit.split_once(" of ").and_then(|(amount, of)| {
        let (what, rate) = match [" a ", " an ", " per "].iter().find_map(|p| of.find(p)) {
            Some(at) => (&of[..at], &of[at..]),
            None => (of, ""),
        };
        let words: Vec<&str> = what.split(' ').collect();
        Some((format!("{amount}{rate}"), plain_phrase(&words)?))
    });
    let (unit, of) = match of {
        Some((unit, what)) => (unit, Some(what)),
        None => (unit.to_string(), None),
    };
    if let Some(described) = described(&unit, s, start) {
        return described;
    }
    // `47 nautical miles southwest of Pylos`, `20 km from the coast`.
    let after = word_after(s, unit_end);
    let distance = length(&unit)
        && after
            .as_deref()
            .is_some_and(|w| direction(w) || matches!(w, "from" | "off"));
    let dimension = after.as_deref().and_then(|w| {
        DIMENSIONS
            .iter()
            .find(|(adjective, _)| *adjective == w)
            .map(|(_, dimension)| dimension.to_string())
    });
    let what = named_before(s, start, measured_noun)
        .or_else(|| brought_to(s, start))
        .or(of)
        .or_else(|| distance.then(|| "distance".to_string()))
        .or_else(|| counted_before(s, start).map(|(noun, _)| noun))
        .or(dimension)
        .unwrap_or_else(|| unit.clone());
    (unit, what)
}

/// The measure's own words and the thing it describes, for a measure
/// after `a`, `an` or `the` with a noun after its unit: `a 50 kg sack` →
/// (`kg`, `sack`), `the 30 km exclusion zone` → (`km`, `exclusion zone`),
/// `a 3.5 km long fissure` → (`km`, `fissure`). Not `cubic metres per
/// second`, whose words after the unit make a rate.
fn described(unit: &str, s: &str, start: usize) -> Option<(String, String)> {
    word_before(s, start).filter(|(w, _)| matches!(w.as_str(), "a" | "an" | "the"))?;
    let words: Vec<&str> = unit.split(' ').collect();
    let own = match MEASURE_PREFIXES.contains(&words.first()?.to_lowercase().as_str()) {
        true => 2,
        false => 1,
    };
    let (amount, mut thing) = (words.get(..own)?, words.get(own..)?);
    if let [adjective, rest @ ..] = thing
        && DIMENSIONS.iter().any(|(a, _)| a == adjective)
    {
        thing = rest;
    }
    let amount = amount.join(" ");
    if !measure(&amount)
        || thing
            .first()
            .is_some_and(|w| matches!(*w, "per" | "a" | "an"))
    {
        return None;
    }
    let thing: Vec<String> = thing.iter().map(|w| w.to_lowercase()).collect();
    let thing: Vec<&str> = thing.iter().map(String::as_str).collect();
    Some((amount, plain_phrase(&thing)?))
}

/// What a measure is of, named before `of` and the figure: one to three
/// plain words after a determiner or at the clause's start (`a storm
/// surge of 11.4 feet` → `storm surge`, `winds of 120 mph`), not one that
/// says how the figure stands (`a peak of`).
fn measured_noun(s: &str, start: usize) -> Option<String> {
    let words = lower_words(clause_before(s, start));
    let (of, before) = words.split_last()?;
    if of.2 != "of" {
        return None;
    }
    let plain = |w: &str| {
        w.chars().all(char::is_alphabetic)
            && !STOP.contains(&w)
            && !matches!(w, "and" | "or")
            && !w.ends_with("ed")
            && !w.ends_with("ing")
    };
    let phrase: Vec<&str> = before
        .iter()
        .rev()
        .map(|(_, _, w)| w.as_str())
        .take_while(|w| plain(w))
        .take(3)
        .collect();
    // (`a storm surge of`, `the national record of`: with a word before
    // it, a noun of change or level names what it is.)
    let noun = phrase.first()?;
    if NAMES_NOTHING.contains(noun) || phrase.len() == 1 && NO_THING_OF.contains(noun) {
        return None;
    }
    let phrase: Vec<&str> = phrase.into_iter().rev().collect();
    plain_phrase(&phrase)
}

/// `cost` where the verb comes just before a sum: `the strike had cost it
/// about €45 million`, `repairs will cost $3 billion`.
fn cost_before(s: &str, start: usize) -> Option<String> {
    let words = lower_words(clause_before(s, start));
    let mut back = words.iter().rev().map(|(_, _, w)| w.as_str()).peekable();
    // (`costing it an estimated 2.5 billion crowns`.)
    back.next_if(|w| matches!(*w, "an" | "a" | "estimated"));
    back.next_if(|w| *w == "estimated");
    back.next_if(|w| OBJECT_PRONOUNS.contains(w) || *w == "it");
    let cost = |w: Option<&str>| matches!(w, Some("cost" | "costs" | "costing"));
    let rest: Vec<&str> = back.collect();
    // (Or past whom it cost, a noun phrase of up to three words: `costing
    // the local economy about $120 million a day`.)
    let whom = (1..=3).any(|k| {
        rest.get(k)
            .is_some_and(|w| matches!(*w, "the" | "its" | "their" | "his" | "her" | "our"))
            && rest[..k]
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic) && !STOP.contains(w))
            && cost(rest.get(k + 1).copied())
    });
    (cost(rest.first().copied()) || whom).then(|| "cost".to_string())
}

/// What is worth a sum: the noun before `worth` (`a contract worth $2
/// billion` → `contract`, `the deal is worth`), or the head of a phrase
/// of two or three words with `of` (`exports of poultry meat worth 450
/// million zlotys` → `exports`).
fn worth_of(s: &str, start: usize) -> Option<String> {
    let words = lower_words(clause_before(s, start));
    let back: Vec<&str> = words.iter().rev().map(|(_, _, w)| w.as_str()).collect();
    let [worth, rest @ ..] = back.as_slice() else {
        return None;
    };
    if *worth != "worth" {
        return None;
    }
    // (`the deal is worth`.)
    let rest = match rest {
        [copula, rest @ ..] if matches!(*copula, "is" | "was" | "are" | "were" | "be") => rest,
        _ => rest,
    };
    let head = match rest {
        [_, "of", head, ..] | [_, _, "of", head, ..] => head,
        [noun, ..] => noun,
        [] => return None,
    };
    plain_phrase(&[head])
}

/// Currencies that have no sign `check` reads, by their names in the
/// plural and the singular.
const CURRENCY_NAMES: &[&str] = &[
    "crowns",
    "crown",
    "kronor",
    "krona",
    "kronur",
    "kroner",
    "krone",
    "francs",
    "franc",
    "rupees",
    "rupee",
    "rand",
    "pesos",
    "peso",
    "lira",
    "lire",
    "roubles",
    "rouble",
    "rubles",
    "ruble",
    "zlotys",
    "zloty",
    "forints",
    "forint",
    "reais",
    "dirhams",
    "dirham",
    "riyals",
    "riyal",
    "shekels",
    "shekel",
    "naira",
    "shillings",
    "shilling",
    "baht",
    "ringgit",
    "rupiah",
    "dinars",
    "dinar",
    "hryvnias",
    "hryvnia",
    "lei",
];

/// Whether `unit` is a sum in a currency [`CURRENCY_NAMES`] holds, or
/// one with a sign, with at most one word before it: `Icelandic crowns`,
/// `rupees`, `Swiss francs`, `Sudanese pounds`.
pub(super) fn named_currency(unit: &str) -> bool {
    let words: Vec<&str> = unit.split(' ').collect();
    words.len() <= 2
        && words.last().is_some_and(|w| {
            CURRENCY_NAMES.contains(&w.to_lowercase().as_str())
                || evidence::unit_currency(w).is_some()
        })
}

/// Whether `unit` is a sum of money for a period or a thing each: `euros
/// a year`, `dollars per share`, `Swiss francs a month`.
pub(super) fn currency_rate(unit: &str) -> bool {
    [" a ", " an ", " per "]
        .iter()
        .find_map(|p| unit.find(p))
        .is_some_and(|at| {
            let head = &unit[..at];
            named_currency(head) || !head.contains(' ') && evidence::unit_currency(head).is_some()
        })
}

/// The plain words in lower case (one to three, none a [`STOP`] word) of
/// what a phrase names.
fn plain_phrase(words: &[&str]) -> Option<String> {
    let plain = |w: &&str| w.chars().all(char::is_alphabetic) && !STOP.contains(w);
    (!words.is_empty() && words.len() <= 3 && words.iter().all(plain)).then(|| words.join(" "))
}

/// What a verb of estimating puts at a figure where no determiner comes
/// before it: `estimated insured losses at`, `put total economic damage
/// at` → `economic damage` (with a determiner and one noun,
/// [`estimated_noun`] reads it).
fn estimated_phrase(s: &str, start: usize) -> Option<String> {
    // (`put the total damage at`: the damage.)
    phrase_of_verb(
        s,
        start,
        (PUTS_AT, "at"),
        |w| matches!(w, "the" | "its" | "their" | "total"),
        |phrase| {
            phrase
                .last()
                .is_some_and(|w| !NAMES_NOTHING.contains(w) && !matches!(*w, "it" | "them"))
        },
    )
}

/// The plain words (see [`plain_phrase`]) between a verb of `verbs`, at
/// most four words back, and the word `preposition` just before the
/// figure at `start` of `s`, after the leading words `skipped` accepts,
/// where `names` accepts what is left: `estimated insured losses at` →
/// `insured losses`.
fn phrase_of_verb(
    s: &str,
    start: usize,
    (verbs, preposition): (&[&str], &str),
    skipped: fn(&str) -> bool,
    names: fn(&[&str]) -> bool,
) -> Option<String> {
    let words = lower_words(clause_before(s, start));
    let words: Vec<&str> = words.iter().map(|(_, _, w)| w.as_str()).collect();
    let (last, before) = words.split_last()?;
    if *last != preposition {
        return None;
    }
    let verb = before
        .iter()
        .rposition(|w| verbs.contains(w))
        .filter(|k| before.len() - k <= 6)?;
    let mut phrase = &before[verb + 1..];
    while let [first, rest @ ..] = phrase
        && skipped(first)
    {
        phrase = rest;
    }
    // (`raised its fund for families to $5 million`: the head before
    // whom it is for.)
    if let Some(k) = phrase.iter().position(|w| *w == "for")
        && k > 0
        && (1..=2).contains(&(phrase.len() - k - 1))
    {
        phrase = &phrase[..k];
    }
    names(phrase).then(|| plain_phrase(phrase)).flatten()
}

/// What a sum is spent as, said after it: `$112 million in individual
/// assistance`, `$2 billion in damages`; not a time or a place (`$5
/// million in 2025`, `in New York`, `in the first quarter`).
fn spent_in(s: &str, end: usize) -> Option<String> {
    let rest = s.get(end..)?.strip_prefix(" in ")?;
    let phrase = rest
        .split(|c: char| !c.is_alphabetic() && c != ' ')
        .next()?;
    let words: Vec<&str> = phrase
        .split_whitespace()
        .take_while(|w| !STOP.contains(w) && !matches!(*w, "to" | "for" | "from" | "over"))
        .collect();
    let lower = words.iter().all(|w| w.chars().all(|c| c.is_lowercase()));
    let time = words.iter().any(|w| calendar_word(w) || names_time(w));
    (lower && !time).then(|| plain_phrase(&words)).flatten()
}

/// A count that is part of a whole.
pub(super) struct Part {
    /// The whole's unit, or the part's own (`12 of them children`).
    pub(super) unit: Option<String>,
    /// Where the words after the part end.
    pub(super) end: usize,
    /// Whether `unit` is the part's own noun, not the whole's.
    pub(super) own: bool,
}

/// The whole a count is part of: `100 of them` and `Of the 13 dead, 4`
/// (the count before, whose unit is `whole`), `85 of the 112 passengers`
/// (the count after, at `next`), `2.1 million of the affected accounts`.
/// Where its sentence has no count before it, `100 of them` and `Of
/// those, 600` are part of the last one of the sentence before
/// (`sentence_before`). `None` for a count that is no part.
pub(super) fn partitive(
    s: &str,
    span: &std::ops::Range<usize>,
    whole: Option<&Last>,
    sentence_before: Option<&Last>,
    next: Option<&std::ops::Range<usize>>,
) -> Option<Part> {
    let part = |unit: Option<String>, end: usize| Part {
        unit,
        end,
        own: false,
    };
    let tail = &s[span.end..];
    let near = tail.char_indices().nth(32).map_or(tail.len(), |(i, _)| i);
    let words = lower_words(&tail[..near]);
    let word = |k: usize| words.get(k).map(|(_, _, w)| w.as_str());
    // A plural noun, not `major`, `seriously`, `considered`.
    let plural = |w: &str| plural_noun(w.trim_end_matches('.'));
    // `100 of them`, `some of those`; `12 of them children` names its own.
    if word(0) == Some("of")
        && matches!(word(1), Some("them" | "those" | "these" | "whom" | "which"))
    {
        let after = span.end + words[1].1;
        let own = word(2)
            .filter(|w| plural(w))
            .and_then(|_| unit_after(s, after))
            // (`At least 11 of them were tank cars`: what they were, a
            // plural noun phrase.)
            .or_else(|| {
                let (_, copula_end, copula) = words.get(2)?;
                let first = word(3)?;
                let (unit, end) = unit_after(s, span.end + copula_end)
                    .filter(|_| matches!(copula.as_str(), "were" | "are"))
                    .filter(|_| !participle(first) && !STOP.contains(&first))?;
                let last = unit.rsplit(' ').next()?.to_lowercase();
                plural(&last).then_some((unit, end))
            });
        return match own {
            Some((unit, end)) => Some(Part {
                unit: Some(unit),
                end,
                own: true,
            }),
            None => Some(part(whole.or(sentence_before)?.unit.clone(), after)),
        };
    }
    // `312 of the injured`: a group named by what befell it.
    if word(0) == Some("of")
        && word(1) == Some("the")
        && let Some(group) = word(2).map(|w| w.trim_end_matches('.'))
        && GROUPS_BY_STATE.contains(&group)
    {
        let (_, end, _) = &words[2];
        let end = span.end + tail[..*end].trim_end_matches('.').len();
        return Some(part(Some(s[end - group.len()..end].to_string()), end));
    }
    // `2.1 million of the affected accounts`: a plural noun phrase.
    if word(0) == Some("of")
        && matches!(word(1), Some("the" | "its" | "their"))
        && let Some((unit, end)) = unit_after(s, span.end + words[1].1)
        && unit
            .rsplit(' ')
            .next()
            .is_some_and(|w| plural(&w.to_lowercase()))
    {
        return Some(part(Some(unit), end));
    }
    // `85 of the 112 passengers`.
    if word(0) == Some("of")
        && let Some(next) = next
    {
        let gap = s.get(span.end..next.start)?.to_lowercase();
        let owned = match gap.split_whitespace().collect::<Vec<_>>().as_slice() {
            ["of"] | ["of", "the" | "its" | "their"] => true,
            // (`six of the country's 16 provinces`, `of Poland's 16`.)
            ["of", "the", owner] | ["of", owner] => possessive(owner),
            _ => false,
        };
        if owned {
            return unit_after(s, next.end).map(|(unit, end)| part(Some(unit), end));
        }
    }
    // `Of the injured, 24 remained in a serious condition`: a group named
    // by what befell it opens the sentence.
    // (Past `only` or `just` before the count: `Of the 2,400 water trucks
    // promised, only 850 had been delivered`.)
    let opening = || {
        let before = s[..span.start].trim_end();
        let before = [" only", " just"]
            .iter()
            .find_map(|adverb| quantity::before_phrase(before, adverb))
            .map_or(before, str::trim_end);
        before.strip_suffix(',')
    };
    if let Some(head) = opening()
        && let [(_, _, of), (_, _, the), (at, end, group)] = lower_words(head).as_slice()
        && of == "of"
        && the == "the"
        && GROUPS_BY_STATE.contains(&group.as_str())
    {
        return Some(part(Some(head[*at..*end].to_string()), span.end));
    }
    // `Of those, about 600 were operating`: a part of the last count of
    // the sentence before, where this one opens with it.
    if whole.is_none()
        && let Some(before) = sentence_before
        && let Some(head) = opening()
        && let [(_, _, of), (_, _, those)] = lower_words(head).as_slice()
        && of == "of"
        && matches!(those.as_str(), "those" | "them" | "these")
    {
        return Some(part(before.unit.clone(), span.end));
    }
    // `368,000 marchers, including 42,000 in Paris`: a part of the count
    // before in the sentence.
    let whole = whole?;
    let before = s[..span.start].trim_end();
    if before
        .get(before.len().saturating_sub(10)..)
        .is_some_and(|w| w.eq_ignore_ascii_case(" including"))
    {
        return Some(part(whole.unit.clone(), span.end));
    }
    // `67 people were treated, of whom 9 were admitted`.
    if let [.., (_, _, of), (_, _, whom)] =
        lower_words(clause_before(before, before.len())).as_slice()
        && of == "of"
        && matches!(whom.as_str(), "whom" | "which")
    {
        return Some(part(whole.unit.clone(), span.end));
    }
    // `Of the 13 dead, 4 were found`: the clause before opens with `of`
    // and holds the count before.
    let head = opening()?;
    let clause = clause_before(head, head.len());
    let clause_start = head.len() - clause.len();
    let opens = lower_words(clause)
        .first()
        .is_some_and(|(_, _, w)| w == "of");
    (opens && (clause_start..head.len()).contains(&whole.end))
        .then(|| part(whole.unit.clone(), span.end))
}

/// Whether `word` owns what follows it: `country's`, `Poland’s`.
fn possessive(word: &str) -> bool {
    word.len() > 2 && (word.ends_with("'s") || word.ends_with("’s"))
}

/// Adjectives that name a group of people after `the` (`312 of the
/// injured`), which a count of part of it takes for its unit.
const GROUPS_BY_STATE: &[&str] = &[
    "injured",
    "wounded",
    "dead",
    "displaced",
    "missing",
    "evacuated",
    "infected",
    "detained",
    "arrested",
    "homeless",
    "unemployed",
];

/// Whether the count at `span` of `s` is a death toll, told in its clause:
/// `the death toll rose to 1,417`, `toll nears 2,000` (the qualifier's
/// verb in the span), `the toll could rise to 600`, `raises toll to 82`,
/// `bringing the toll from Saturday's crossings to six`.
pub(super) fn death_toll(s: &str, span: &std::ops::Range<usize>) -> bool {
    let clause = clause_before(s, span.start);
    let words = lower_words(&s[span.start - clause.len()..span.end]);
    words.iter().enumerate().any(|(k, (_, _, w))| {
        let before = k.checked_sub(1).map(|b| words[b].2.as_str());
        // (`the toll could eventually rise to 600`.)
        let after = words[k + 1..].iter().map(|a| a.2.as_str()).find(|a| {
            !(MODALS.contains(a) || matches!(*a, "eventually" | "still" | "now" | "has"))
        });
        // (`raises toll to 82`, `raised the toll to 82`.)
        let revised = words[..k]
            .iter()
            .rev()
            .map(|b| b.2.as_str())
            .find(|b| *b != "the" && *b != "its")
            .is_some_and(|b| {
                matches!(
                    b,
                    "raises"
                        | "raised"
                        | "revises"
                        | "revised"
                        | "lifts"
                        | "lifted"
                        | "updates"
                        | "updated"
                        // (`bringing the toll to six`.)
                        | "bringing"
                        | "brings"
                        | "brought"
                        | "taking"
                        | "takes"
                        | "took"
                )
            });
        w == "toll"
            && (before == Some("death")
                || revised
                || after.is_some_and(|a| {
                    changes(a) || matches!(a, "nears" | "neared" | "passed" | "passes")
                }))
    })
}

/// Where the noun after byte `end` of `s` starts, past `of` and a
/// determiner: ` of the region's roads` → at `region's`. A noun right
/// after `end` stays where it is.
pub(super) fn past_determiner(s: &str, end: usize) -> usize {
    let mut at = end;
    for words in [
        &["of"][..],
        &["the", "its", "their", "his", "her", "our", "those", "these"],
    ] {
        let rest = &s[at..];
        let word = rest.trim_start();
        let Some(w) = word.split_whitespace().next() else {
            break;
        };
        if words.iter().any(|d| w.eq_ignore_ascii_case(d)) {
            at += rest.len() - word.len() + w.len();
        }
    }
    at
}

/// Participles of promising and expecting, which no unit holds: `the
/// 26,000 pledged for 2026`.
const PROMISED: &[&str] = &[
    "pledged",
    "promised",
    "planned",
    "expected",
    "predicted",
    "forecast",
    "targeted",
    "sought",
    "demanded",
    "proposed",
    "offered",
    "requested",
    "quoted",
    "stated",
    "said",
];

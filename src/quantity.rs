//! The value grammar: turns the text of a claim's `value` into a normalised
//! [`Quantity`] (bound, point, low, high and their inclusivity).
//!
//! The grammar is documented for users in `docs/quantities.md`; every row of
//! the contract's Values table has a case in the tests at the bottom.

use std::fmt;
use std::ops::Range;

/// How a figure bounds the true number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bound {
    Exact,
    Approx,
    Nearly,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Range,
    Vague,
    Statement,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::Approx => "approx",
            Bound::Nearly => "nearly",
            Bound::AtLeast => "at_least",
            Bound::MoreThan => "more_than",
            Bound::AtMost => "at_most",
            Bound::LessThan => "less_than",
            Bound::Range => "range",
            Bound::Vague => "vague",
            Bound::Statement => "statement",
        }
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A normalised figure. `None` stands for "no such bound".
///
/// Every claim holds one, so it is packed: a missing number is stored as
/// NaN (which no value parses to) and read back through the accessors as
/// `None`, and an end is inclusive unless marked open. 32 bytes, not 56.
#[derive(Debug, Clone)]
pub struct Quantity {
    pub bound: Bound,
    low_open: bool,
    high_open: bool,
    point: f64,
    low: f64,
    high: f64,
}

/// `x`, or NaN for none.
fn stored(x: Option<f64>) -> f64 {
    x.unwrap_or(f64::NAN)
}

/// What [`stored`] kept.
fn read(x: f64) -> Option<f64> {
    (!x.is_nan()).then_some(x)
}

impl PartialEq for Quantity {
    fn eq(&self, other: &Self) -> bool {
        self.bound == other.bound
            && self.point() == other.point()
            && self.low() == other.low()
            && self.high() == other.high()
            && self.low_inclusive() == other.low_inclusive()
            && self.high_inclusive() == other.high_inclusive()
    }
}

impl Quantity {
    /// The record of a statement: no numbers at all.
    pub fn statement() -> Self {
        Quantity::new(Bound::Statement, None, None, None)
    }

    fn new(bound: Bound, point: Option<f64>, low: Option<f64>, high: Option<f64>) -> Self {
        Quantity {
            bound,
            low_open: false,
            high_open: false,
            point: stored(point),
            low: stored(low),
            high: stored(high),
        }
    }

    /// An exact figure.
    pub fn exact(x: f64) -> Self {
        Quantity::new(Bound::Exact, Some(x), Some(x), Some(x))
    }

    /// A `{ low, high, best }` range; the caller has checked `low <= best <= high`.
    pub fn range(low: Option<f64>, high: Option<f64>, best: Option<f64>) -> Self {
        Quantity::new(Bound::Range, best, low, high)
    }

    /// The best single figure.
    pub fn point(&self) -> Option<f64> {
        read(self.point)
    }

    pub fn low(&self) -> Option<f64> {
        read(self.low)
    }

    pub fn high(&self) -> Option<f64> {
        read(self.high)
    }

    /// Whether the low end belongs to the interval, when there is one.
    pub fn low_inclusive(&self) -> Option<bool> {
        self.low().map(|_| !self.low_open)
    }

    /// Whether the high end belongs to the interval, when there is one.
    pub fn high_inclusive(&self) -> Option<bool> {
        self.high().map(|_| !self.high_open)
    }

    /// The same with the low end left out (`more than 600`).
    fn open_below(mut self) -> Self {
        self.low_open = true;
        self
    }

    /// The same with the high end left out (`fewer than 600`).
    fn open_above(mut self) -> Self {
        self.high_open = true;
        self
    }
}

/// What the grammar read from a value string.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedValue {
    pub quantity: Quantity,
    /// Unit from the text after the quantity (`about 2,000 deaths`), or
    /// `percent` for `%`.
    pub unit: Option<String>,
}

/// A value the grammar does not accept, with the bytes of the input at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuantityError {
    pub span: Range<usize>,
    pub message: String,
    pub help: String,
}

/// The accepted forms, named in every error's help.
pub const ACCEPTED_FORMS: &str = "accepted forms: a number (350, 2,000, 1.5 million, 3 hundred, \
2k, 1.5tn, 45%), optionally after a qualifier (about/around/approximately/approx./roughly/some/circa/c./\
an estimated/est./~/≈, nearly/almost/just under/approaching/close to, at least/no fewer than/\
a minimum of/>=, more than/over/above/in excess of/upwards of/exceeding/>, at most/up to/\
no more than/<=, fewer than/less than/under/below/<) or before one (or so, -odd, approx., \
or more, and over, +, -plus, or fewer, or less); a range (between 1,000 and 2,000, \
1,000-2,000, 1,000 to 2,000, 10-12 thousand); dozens, hundreds, several (a few) hundred \
(thousand), thousands, several thousand, tens of thousands, hundreds of thousands, millions, \
tens of millions; a dozen, a hundred (thousand), a thousand, a million, a billion, half a million, \
a quarter of a million";

/// The largest magnitude held exactly by a 64-bit float (2^53).
pub const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

const APPROX: &[&str] = &[
    "approximately",
    "an estimated",
    "roughly",
    "around",
    "about",
    "circa",
    "some",
    "~",
    // Abbreviations and the symbol of the same: `c. 500`, `ca. 500`,
    // `approx. 500`, `est. 500`, `≈500`.
    "approx.",
    "approx",
    "est.",
    "ca.",
    "c.",
    "≈",
];
const NEARLY: &[&str] = &["just under", "approaching", "close to", "nearly", "almost"];
const AT_LEAST: &[&str] = &["no fewer than", "a minimum of", "at least", ">=", "≥"];
const MORE_THAN: &[&str] = &[
    "in excess of",
    "upwards of",
    "more than",
    "exceeding",
    "over",
    // As `below` is less than: `climbed above 450`.
    "above",
    ">",
];
const AT_MOST: &[&str] = &["no more than", "at most", "up to", "<=", "≤"];
const LESS_THAN: &[&str] = &["fewer than", "less than", "under", "below", "<"];

/// Vague quantities: phrase, low, high. Longest phrases first. A `several`
/// or `a few` phrase takes a multiplier word after it (`several hundred
/// thousand`).
const VAGUE: &[(&str, f64, f64)] = &[
    ("hundreds of thousands", 200_000.0, 999_999.0),
    ("hundreds of millions", 200_000_000.0, 999_999_999.0),
    ("tens of thousands", 20_000.0, 99_999.0),
    ("tens of millions", 20_000_000.0, 99_999_999.0),
    ("several thousand", 3_000.0, 9_999.0),
    ("several hundred", 300.0, 999.0),
    ("several million", 3_000_000.0, 9_999_999.0),
    ("several billion", 3_000_000_000.0, 9_999_999_999.0),
    ("several dozen", 36.0, 99.0),
    // `a few` reads as the plural (`a few hundred` as `hundreds`).
    ("a few thousand", 2_000.0, 9_999.0),
    ("a few hundred", 200.0, 999.0),
    ("a few million", 2_000_000.0, 9_999_999.0),
    ("a few billion", 2_000_000_000.0, 9_999_999_999.0),
    ("a few dozen", 24.0, 99.0),
    ("thousands", 2_000.0, 9_999.0),
    ("hundreds", 200.0, 999.0),
    ("millions", 2_000_000.0, 9_999_999.0),
    ("billions", 2_000_000_000.0, 9_999_999_999.0),
    ("dozens", 24.0, 99.0),
];

/// Counting words that stand for a number, and the parts of a million
/// or a billion that news writes in words (`a quarter of a million`).
const COUNT_WORDS: &[(&str, f64)] = &[
    ("half a million", 500_000.0),
    ("half a billion", 500_000_000.0),
    ("half a dozen", 6.0),
    ("a quarter of a million", 250_000.0),
    ("a quarter of a billion", 250_000_000.0),
    ("a quarter million", 250_000.0),
    ("a quarter billion", 250_000_000.0),
    ("three quarters of a million", 750_000.0),
    ("three-quarters of a million", 750_000.0),
    ("three quarters of a billion", 750_000_000.0),
    ("three-quarters of a billion", 750_000_000.0),
    ("a dozen", 12.0),
    ("a hundred", 100.0),
    ("a thousand", 1_000.0),
    ("a million", 1_000_000.0),
    ("a billion", 1_000_000_000.0),
    ("a trillion", 1_000_000_000_000.0),
];

/// Multiplier words after a space (`1.5 million`); several multiply
/// (`3 hundred thousand`, `a hundred million`). `lakh` and `crore` are
/// South Asian English: 10^5 and 10^7. `tn` is a trillion only straight
/// after the digits (`1.5tn`): after a space it may be a unit (tons).
const MULTIPLIER_WORDS: &[(&str, u32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("lakhs", 5),
    ("lakh", 5),
    ("million", 6),
    ("crores", 7),
    ("crore", 7),
    ("billion", 9),
    ("trillion", 12),
    ("mn", 6),
    ("bn", 9),
];
/// Suffixes written straight after the digits (`2k`, `1.5m`, `3bn`).
const MULTIPLIER_SUFFIXES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("mn", 6),
    ("bn", 9),
    ("tn", 12),
    ("k", 3),
    ("m", 6),
    ("b", 9),
];

/// Qualifiers written after the number: `600 or more`, `1,000 or so`,
/// `20 odd`. The first that matches wins: the contract's own forms come
/// first (they are the common ones), and a phrase that another starts with
/// comes after it (`approx.` before `approx`). `+` straight after the
/// digits, and `-odd` and `-plus`, are read apart.
const AFTER: &[(&str, Bound)] = &[
    ("or more", Bound::AtLeast),
    ("or fewer", Bound::AtMost),
    ("or less", Bound::AtMost),
    ("or so", Bound::Approx),
    ("or thereabouts", Bound::Approx),
    ("or higher", Bound::AtLeast),
    ("or above", Bound::AtLeast),
    ("or over", Bound::AtLeast),
    ("or lower", Bound::AtMost),
    ("or below", Bound::AtMost),
    ("or under", Bound::AtMost),
    ("odd", Bound::Approx),
    ("approximately", Bound::Approx),
    ("approx.", Bound::Approx),
    ("approx", Bound::Approx),
    ("and more", Bound::AtLeast),
    ("and above", Bound::AtLeast),
    ("and over", Bound::AtLeast),
    ("at least", Bound::AtLeast),
    ("at most", Bound::AtMost),
    ("plus", Bound::MoreThan),
];
/// Written straight after a `-`: `20-odd`, `1,000-plus`.
const AFTER_DASH: &[(&str, Bound)] = &[("odd", Bound::Approx), ("plus", Bound::MoreThan)];

fn qualifier_groups() -> [(Bound, &'static [&'static str]); 6] {
    [
        (Bound::Approx, APPROX),
        (Bound::Nearly, NEARLY),
        (Bound::AtLeast, AT_LEAST),
        (Bound::MoreThan, MORE_THAN),
        (Bound::AtMost, AT_MOST),
        (Bound::LessThan, LESS_THAN),
    ]
}

/// Qualifiers that news text uses and values do not need: `estimated
/// 2,000`, `as many as 600`, `as much as 30%`, and verbs that pass a
/// figure or near it: `topped 90,000`, `exceeded $1 billion`, `could top
/// $6bn`, `climbed past 1,400`, `nears 2,000`.
const QUOTE_ONLY: &[(Bound, &str)] = &[
    (Bound::Approx, "estimated"),
    // `the union put the number at closer to 1,500`.
    (Bound::Approx, "closer to"),
    (Bound::AtMost, "as many as"),
    (Bound::AtMost, "as much as"),
    (Bound::AtMost, "as high as"),
    (Bound::MoreThan, "topped"),
    (Bound::MoreThan, "tops"),
    (Bound::MoreThan, "topping"),
    (Bound::MoreThan, "exceeded"),
    (Bound::MoreThan, "exceeds"),
    (Bound::MoreThan, "surpassed"),
    (Bound::MoreThan, "surpasses"),
    // `could exceed 2,500`, `expected to surpass 1 million`.
    (Bound::MoreThan, "exceed"),
    (Bound::MoreThan, "surpass"),
    // `the toll climbed past 1,400` (`past` alone is also time: `over the
    // past 3 years`).
    (Bound::MoreThan, "climbed past"),
    (Bound::MoreThan, "climbs past"),
    (Bound::MoreThan, "rose past"),
    (Bound::MoreThan, "rises past"),
    (Bound::MoreThan, "risen past"),
    // `toll passes 2,000`, `has passed 1,000` (not `passed` alone: `the
    // bill passed 52-48`).
    (Bound::MoreThan, "passes"),
    (Bound::MoreThan, "passing"),
    (Bound::MoreThan, "has passed"),
    (Bound::MoreThan, "had passed"),
    (Bound::MoreThan, "have passed"),
    (Bound::MoreThan, "surpassing"),
    // `toll nears 2,000`.
    (Bound::Nearly, "nears"),
    (Bound::Nearly, "neared"),
    (Bound::Nearly, "nearing"),
    // `top` alone is also a rank (`the top 10`): only after a word that
    // makes it a verb, `may top $6bn`, `expected to top 1 million`.
    (Bound::MoreThan, "to top"),
    (Bound::MoreThan, "may top"),
    (Bound::MoreThan, "might top"),
    (Bound::MoreThan, "could top"),
    (Bound::MoreThan, "would top"),
    (Bound::MoreThan, "will top"),
    (Bound::MoreThan, "can top"),
];

/// The qualifier that ends `before`, the text just before a number in
/// running prose: `… revised the estimate to about` → `Approx`.
pub fn qualifier_ending(before: &str) -> Option<Bound> {
    qualifier_phrase_ending(before).map(|(b, _)| b)
}

/// The qualifier that ends `before` and where its phrase starts (a byte
/// offset into `before`): `to about ` → (`Approx`, 3).
pub fn qualifier_phrase_ending(before: &str) -> Option<(Bound, usize)> {
    let text = before.trim_end();
    let last = *text.as_bytes().last()?;
    let mut found: Option<(usize, Bound)> = None;
    // Only the phrases that end in the text's last letter are looked at.
    for &(bound, phrase) in &ENDING_IN[usize::from(last.to_ascii_lowercase())] {
        let Some(head) = before_phrase(text, phrase) else {
            continue;
        };
        let start = head.len();
        // Symbols (`~`, `≥`) stand alone; words need a boundary.
        let bounded = !phrase.starts_with(char::is_alphabetic)
            || !head.ends_with(|c: char| c.is_alphanumeric());
        // The longest phrase wins: `no more than` over `more than`.
        if bounded && found.is_none_or(|(s, _)| start < s) && !(phrase == "up to" && moved_up(head))
        {
            found = Some((start, bound));
        }
    }
    found.map(|(s, b)| (b, s))
}

/// Whether `head`, the text before `up to`, ends in a verb that moved a
/// figure up: `revised the Paris count up to 46,000`, `revised up to`,
/// `bringing the toll up to 50` set the figure at that number, no bound.
/// A verb that takes an object needs one after it, opened by a
/// determiner (`taking up to 3 days` is a bound; so is `revised
/// estimates suggest up to 500`).
fn moved_up(head: &str) -> bool {
    const ALONE: &[&str] = &[
        "revised",
        "revise",
        "revises",
        "revising",
        "ratcheted",
        "bumped",
        "ticked",
        "inched",
        "marked",
    ];
    const WITH_OBJECT: &[&str] = &[
        "pushed", "pushing", "pushes", "moved", "moving", "moves", "brought", "bringing", "brings",
        "took", "taking", "takes", "driven", "drove", "driving",
    ];
    const OPENS: &[&str] = &[
        "the", "its", "their", "his", "her", "our", "a", "an", "this", "that",
    ];
    let words: Vec<&str> = head.split_whitespace().rev().take(7).collect();
    for (k, w) in words.iter().enumerate() {
        if w.ends_with([',', ';', ':', '.']) {
            return false;
        }
        let w = w.to_ascii_lowercase();
        let object = k
            .checked_sub(1)
            .and_then(|after| words.get(after))
            .map(|after| after.to_ascii_lowercase());
        let opened = || object.as_deref().is_some_and(|o| OPENS.contains(&o));
        if ALONE.contains(&w.as_str()) && (k == 0 || opened())
            || WITH_OBJECT.contains(&w.as_str()) && k > 0 && opened()
        {
            return true;
        }
    }
    false
}

/// The qualifier phrases before a number (the grammar's, then
/// [`QUOTE_ONLY`]'s, in that order), by the lower case of their last byte.
static ENDING_IN: std::sync::LazyLock<[Vec<(Bound, &'static str)>; 256]> =
    std::sync::LazyLock::new(|| {
        let mut table: [Vec<(Bound, &'static str)>; 256] = std::array::from_fn(|_| Vec::new());
        let grammar = qualifier_groups()
            .into_iter()
            .flat_map(|(bound, phrases)| phrases.iter().map(move |&p| (bound, p)));
        for (bound, phrase) in grammar.chain(QUOTE_ONLY.iter().copied()) {
            if let Some(&last) = phrase.as_bytes().last() {
                table[usize::from(last.to_ascii_lowercase())].push((bound, phrase));
            }
        }
        table
    });

/// The text before `phrase` when `text` ends with it, in any case.
pub(crate) fn before_phrase<'t>(text: &'t str, phrase: &str) -> Option<&'t str> {
    let start = text.len().checked_sub(phrase.len())?;
    let (head, tail) = (text.get(..start)?, text.get(start..)?);
    tail.eq_ignore_ascii_case(phrase).then_some(head)
}

/// The qualifier that starts `after`, the text just after a number:
/// `or more` → `AtLeast`, `+` → `MoreThan`, `-odd` → `Approx`.
pub fn qualifier_starting(after: &str) -> Option<Bound> {
    qualifier_phrase_starting(after).map(|(bound, _)| bound)
}

/// The qualifier that starts `after` and where it ends (a byte offset
/// into `after`): ` or so people` → (`Approx`, 6).
pub fn qualifier_phrase_starting(after: &str) -> Option<(Bound, usize)> {
    let mut c = Cursor { s: after, pos: 0 };
    if after.starts_with('+') {
        return Some((Bound::MoreThan, 1));
    }
    if let Some(found) = after_dash(&c) {
        return Some(found);
    }
    c.skip_ws();
    after_qualifier(&c).map(|(bound, len)| (bound, c.pos + len))
}

/// The qualifier written after a number (`or so`, `at least`) that follows
/// a unit in running text, and where it ends (a byte offset into `after`,
/// the text after the unit): ` or so had gathered` → (`Approx`, 6). Not
/// when a number or `than` follows it: `and more than 20 cars` starts
/// another figure.
pub fn qualifier_phrase_after_unit(after: &str) -> Option<(Bound, usize)> {
    let mut c = Cursor { s: after, pos: 0 };
    c.skip_ws();
    if c.pos == 0 {
        return None;
    }
    let (bound, len) = after_qualifier(&c)?;
    let next = after[c.pos + len..].trim_start();
    let another = next.starts_with(|ch: char| ch.is_ascii_digit())
        || next
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("than"));
    (!another).then_some((bound, c.pos + len))
}

/// The vague phrases values are written with, longest first.
pub fn vague_phrases() -> impl Iterator<Item = &'static str> {
    VAGUE.iter().map(|(phrase, _, _)| *phrase)
}

/// Where the multiplier words that start `after` end (a byte offset into
/// `after`), if any start it: ` hundred thousand people` → 17.
pub fn multipliers_starting(after: &str) -> Option<usize> {
    let mut c = Cursor { s: after, pos: 0 };
    multiplier_words(&mut c).map(|_| c.pos)
}

/// The qualifier of [`AFTER`] at the cursor, and its length.
fn after_qualifier(c: &Cursor<'_>) -> Option<(Bound, usize)> {
    // Most text after a number (a unit, the end) is turned away by its
    // first letter, before any phrase is tried.
    let first = c.s.as_bytes().get(c.pos)?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() || AFTER_FIRST_LETTERS & (1 << (first - b'a')) == 0 {
        return None;
    }
    first_of(c, AFTER)
}

/// Bit `n` is set when a phrase of [`AFTER`] starts with the `n`th letter.
const AFTER_FIRST_LETTERS: u32 = {
    let mut mask = 0;
    let mut i = 0;
    while i < AFTER.len() {
        mask |= 1 << (AFTER[i].0.as_bytes()[0] - b'a');
        i += 1;
    }
    mask
};

/// The length of a dash with white space on both sides and a number
/// after (`1,000 - 2,000`, `1,000 – 2,000`), up to that number: a range's
/// separator as typeset. (`5 -3` is no range: its `-` is a sign.)
fn spaced_dash(text: &str) -> Option<usize> {
    let after_space = text.trim_start();
    let space = text.len() - after_space.len();
    let dash = dash_len(after_space)?;
    let number = after_space[dash..].trim_start();
    let gap = after_space.len() - dash - number.len();
    (space > 0 && gap > 0 && number.starts_with(|c: char| c.is_ascii_digit()))
        .then_some(space + dash)
}

/// `-odd` or `-plus` at the cursor (any dash), and its length.
fn after_dash(c: &Cursor<'_>) -> Option<(Bound, usize)> {
    let dash = dash_len(c.rest())?;
    let past = Cursor {
        s: c.s,
        pos: c.pos + dash,
    };
    first_of(&past, AFTER_DASH).map(|(bound, len)| (bound, len + dash))
}

/// The length of the dash (`-`, `–`, `—` or the minus sign `−`) that
/// starts `text`, if one does.
fn dash_len(text: &str) -> Option<usize> {
    ['-', '–', '—', '−']
        .into_iter()
        .find(|d| text.starts_with(*d))
        .map(char::len_utf8)
}

/// The first of `phrases` at the cursor (see [`AFTER`] for the order).
fn first_of(c: &Cursor<'_>, phrases: &[(&str, Bound)]) -> Option<(Bound, usize)> {
    phrases
        .iter()
        .find_map(|&(phrase, bound)| c.match_phrase(phrase).map(|len| (bound, len)))
}

/// The vague phrase a value is written with (`hundreds`, `tens of thousands`).
pub fn vague_phrase(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    VAGUE
        .iter()
        .map(|(phrase, _, _)| *phrase)
        .find(|phrase| lower.contains(phrase))
}

/// A number as read: exact decimal digits and a power of ten.
#[derive(Debug, Clone)]
struct Number {
    /// Digits without separators or decimal point, with sign.
    mantissa: i128,
    /// Digits after the decimal point.
    decimals: u32,
    /// Power of ten from a multiplier word or suffix, if any.
    multiplier: Option<u32>,
    /// Value for counting words (`a dozen`), which have no digits.
    fixed: Option<f64>,
    span: Range<usize>,
}

impl Number {
    fn value(&self, multiplier: Option<u32>) -> f64 {
        if let Some(v) = self.fixed {
            return v;
        }
        let exp = multiplier.unwrap_or(0) as i32 - self.decimals as i32;
        // Integer arithmetic keeps 1.1 million at exactly 1100000.
        if exp >= 0 {
            self.mantissa as f64 * 10f64.powi(exp)
        } else {
            self.mantissa as f64 / 10f64.powi(-exp)
        }
    }
}

#[derive(Clone, Copy)]
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.s.len() - trimmed.len();
    }

    fn at_end(&self) -> bool {
        self.rest().trim().is_empty()
    }

    /// Length of `phrase` at the cursor (case-insensitive, any run of white
    /// space between its words, a word boundary after a word), if present.
    #[inline(always)]
    fn match_phrase(&self, phrase: &str) -> Option<usize> {
        // Most phrases are turned away by their first letter, here, where
        // the call costs nothing.
        let (&first, &want) = (self.s.as_bytes().get(self.pos)?, phrase.as_bytes().first()?);
        if !first.eq_ignore_ascii_case(&want) {
            return None;
        }
        self.match_phrase_from_first(phrase)
    }

    /// `match_phrase` once the first letter matches.
    fn match_phrase_from_first(&self, phrase: &str) -> Option<usize> {
        let rest = self.rest();
        let mut at = 0;
        for (i, word) in phrase.split(' ').enumerate() {
            if i > 0 {
                let after = &rest[at..];
                let trimmed = after.trim_start();
                if trimmed.len() == after.len() {
                    return None;
                }
                at += after.len() - trimmed.len();
            }
            let candidate = rest.get(at..at + word.len())?;
            if !candidate.eq_ignore_ascii_case(word) {
                return None;
            }
            at += word.len();
        }
        let last_is_alpha = phrase.chars().last().is_some_and(|c| c.is_alphanumeric());
        let next = rest[at..].chars().next();
        if last_is_alpha && next.is_some_and(|c| c.is_alphanumeric()) {
            return None;
        }
        Some(at)
    }

    fn eat_phrase(&mut self, phrase: &str) -> bool {
        match self.match_phrase(phrase) {
            Some(len) => {
                self.pos += len;
                true
            }
            None => false,
        }
    }

    /// The word (or single symbol) at the cursor, for error messages.
    fn word_span(&self) -> Range<usize> {
        let rest = self.rest();
        let mut chars = rest.char_indices();
        let len = match chars.next() {
            None => 0,
            Some((_, c)) if c.is_alphanumeric() => rest
                .find(|c: char| !(c.is_alphanumeric() || c == ',' || c == '.'))
                .unwrap_or(rest.len()),
            Some((_, c)) => c.len_utf8(),
        };
        self.pos..self.pos + len
    }
}

fn err(span: Range<usize>, message: impl Into<String>) -> QuantityError {
    QuantityError {
        span,
        message: message.into(),
        help: ACCEPTED_FORMS.to_string(),
    }
}

/// Parse a value string. `tolerance` is the contract's T (`approx_tolerance`).
pub fn parse(input: &str, tolerance: f64) -> Result<ParsedValue, QuantityError> {
    let mut c = Cursor { s: input, pos: 0 };
    c.skip_ws();
    if c.at_end() {
        return Err(err(0..input.len(), "the value is empty"));
    }

    // No vague phrase, `between` or qualifier starts with a digit, and most
    // values do (`2,000`, `18,862+`): those are not looked for there.
    let words_first = !c.rest().starts_with(|ch: char| ch.is_ascii_digit());
    if words_first {
        for &(phrase, low, high) in VAGUE {
            if c.eat_phrase(phrase) {
                // `several hundred thousand`: 300,000 to 999,999.
                let scale = match phrase.starts_with("several ") || phrase.starts_with("a few ") {
                    true => scale_words(&mut c),
                    false => 1.0,
                };
                let (low, high) = (low * scale, (high + 1.0) * scale - 1.0);
                if high > MAX_EXACT {
                    return Err(QuantityError {
                        span: 0..c.pos,
                        message: "this quantity is too large to be held exactly".into(),
                        help: format!("figures must lie within ±{MAX_EXACT} (2^53)"),
                    });
                }
                let q = Quantity::new(Bound::Vague, None, Some(low), Some(high));
                // `thousands of people`: the unit is `people`.
                let mut probe = c;
                probe.skip_ws();
                if probe.pos > c.pos && probe.eat_phrase("of") {
                    let of = probe.pos;
                    probe.skip_ws();
                    if probe.pos > of && probe.rest().starts_with(char::is_alphabetic) {
                        c.pos = probe.pos;
                    }
                }
                return finish(&mut c, q, None);
            }
        }
    }

    if words_first && c.eat_phrase("between") {
        let a = expect_number(&mut c, "`between`")?;
        let percent = percent_before(&mut c, |rest| starts_word(rest, "and"));
        c.skip_ws();
        if !c.eat_phrase("and") {
            return Err(err(
                c.word_span(),
                "expected `and` after the first number of `between … and …`",
            ));
        }
        let b = expect_number(&mut c, "`and`")?;
        let q = make_range(&a, &b)?;
        second_percent(&c, percent, &b)?;
        return finish(&mut c, q, None);
    }

    let qualifier = if words_first {
        eat_qualifier(&mut c)
    } else {
        None
    };
    let after = qualifier
        .as_ref()
        .map(|(_, span)| format!("`{}`", &input[span.clone()]));
    let n = match after {
        Some(ref what) => expect_number(&mut c, what)?,
        None => match read_number(&mut c)? {
            Some(n) => n,
            None => return Err(unknown_start(&c)),
        },
    };

    // Only a bare figure may still take a qualifier after its `%` or unit.
    let mut plain = None;
    let q = match qualifier {
        Some((bound, _)) => qualified(bound, &n, tolerance)?,
        None => {
            // A qualifier after the number (`600 or more`, `10,000+`,
            // `20-odd`, read as quotes read them), a range separator
            // straight after it, or `to`.
            // `5%-6%`, `2.25% to 2.75%`: a `%` on both ends.
            // (Not `5%-odd`, which would lose its `%`.)
            let percent = percent_before(&mut c, |rest| {
                dash_len(rest).is_some_and(|d| rest[d..].starts_with(|c: char| c.is_ascii_digit()))
                    || spaced_dash(rest).is_some()
                    || starts_word(rest, "to")
            });
            let mut spaced = c;
            spaced.skip_ws();
            if let Some((bound, len)) = qualifier_phrase_starting(c.rest()) {
                c.pos += len;
                qualified(bound, &n, tolerance)?
            } else if let Some(len) = dash_len(c.rest()).or_else(|| spaced_dash(c.rest())) {
                c.pos += len;
                let b = expect_number(&mut c, "the range separator")?;
                second_percent(&c, percent, &b)?;
                make_range(&n, &b)?
            } else if spaced.eat_phrase("to") {
                c = spaced;
                let b = expect_number(&mut c, "`to`")?;
                second_percent(&c, percent, &b)?;
                make_range(&n, &b)?
            } else {
                plain = Some((&n, tolerance));
                Quantity::exact(checked(&n, n.multiplier)?)
            }
        }
    };
    finish(&mut c, q, plain)
}

fn eat_qualifier(c: &mut Cursor<'_>) -> Option<(Bound, Range<usize>)> {
    // Longest match wins, so `just under` beats `under` and `>=` beats `>`.
    let mut best: Option<(Bound, usize)> = None;
    for (bound, phrases) in qualifier_groups() {
        for phrase in phrases {
            if let Some(len) = c.match_phrase(phrase)
                && best.is_none_or(|(_, l)| len > l)
            {
                best = Some((bound, len));
            }
        }
    }
    let (bound, len) = best?;
    let start = c.pos;
    c.pos += len;
    Some((bound, start..start + len))
}

fn qualified(bound: Bound, n: &Number, tolerance: f64) -> Result<Quantity, QuantityError> {
    let x = checked(n, n.multiplier)?;
    let t = x.abs() * tolerance;
    // Rounding to 12 digits could cross the figure itself when it has more
    // digits than that and the tolerance is below them (or 0): the figure
    // always lies inside its interval.
    let (low, high) = (clean(x - t).min(x), clean(x + t).max(x));
    Ok(match bound {
        Bound::Approx => Quantity::new(bound, Some(x), Some(low), Some(high)),
        Bound::Nearly => Quantity::new(bound, Some(x), Some(low), Some(x)),
        Bound::AtLeast => Quantity::new(bound, Some(x), Some(x), None),
        Bound::MoreThan => Quantity::new(bound, Some(x), Some(x), None).open_below(),
        Bound::AtMost => Quantity::new(bound, Some(x), None, Some(x)),
        Bound::LessThan => Quantity::new(bound, Some(x), None, Some(x)).open_above(),
        _ => Quantity::exact(x),
    })
}

/// Round away the last-bit noise of `x * (1 ± T)`, so 350 × 1.1 is 385 and
/// not 385.00000000000006: keep 12 significant digits, more than any stated
/// figure carries, at any magnitude.
pub fn clean(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let magnitude = x.abs().log10().floor() as i32;
    let decimals = 11 - magnitude;
    if decimals <= 0 {
        return x;
    }
    // Powers of ten up to 10^22 are exact in an f64, so one product and one
    // quotient round the figure. Smaller figures (below 10^-11, which no
    // stated figure is) go through their decimal text instead: a scale
    // capped lower rounded them to 0, outside their own interval.
    if decimals <= 22 {
        let scale = 10f64.powi(decimals);
        return (x * scale).round() / scale;
    }
    format!("{x:.11e}").parse().unwrap_or(x)
}

fn checked(n: &Number, multiplier: Option<u32>) -> Result<f64, QuantityError> {
    let x = n.value(multiplier);
    if !x.is_finite() || x.abs() > MAX_EXACT {
        return Err(QuantityError {
            span: n.span.clone(),
            message: "this number is too large to be held exactly".into(),
            help: format!("figures must lie within ±{MAX_EXACT} (2^53)"),
        });
    }
    Ok(x)
}

/// Eats a `%` after a range's first number when what follows it starts
/// the range (`5%-6%`, `5% to 6%`, `between 5% and 6%`), as `joins` says;
/// whether it did.
fn percent_before(c: &mut Cursor<'_>, joins: impl Fn(&str) -> bool) -> bool {
    let mut probe = *c;
    probe.skip_ws();
    let Some(rest) = probe.rest().strip_prefix('%') else {
        return false;
    };
    let eaten = joins(rest);
    if eaten {
        c.pos = probe.pos + 1;
    }
    eaten
}

/// Whether `text` starts with the word `word` (after white space), in any
/// case, as the grammar matches its phrases.
fn starts_word(text: &str, word: &str) -> bool {
    let mut c = Cursor { s: text, pos: 0 };
    c.skip_ws();
    c.match_phrase(word).is_some()
}

/// A range whose first number took a `%` needs one on its second: `5%-6`
/// may be 5% to 6 of anything.
fn second_percent(c: &Cursor<'_>, first: bool, b: &Number) -> Result<(), QuantityError> {
    let mut probe = *c;
    probe.skip_ws();
    if !first || probe.rest().starts_with('%') {
        return Ok(());
    }
    Err(QuantityError {
        span: b.span.clone(),
        message: "the range's first number has `%` and its second none".into(),
        help: "write `%` on both ends (`5%-6%`) or after the second only (`5-6%`)".into(),
    })
}

fn make_range(a: &Number, b: &Number) -> Result<Quantity, QuantityError> {
    // `10-12 thousand`: the second number's multiplier applies to the first.
    let a_mult = a.multiplier.or(b.multiplier);
    let low = checked(a, a_mult)?;
    let high = checked(b, b.multiplier)?;
    if low > high {
        return Err(QuantityError {
            span: a.span.start..b.span.end,
            message: format!(
                "the range's low end ({}) exceeds its high end ({})",
                crate::render::number::format(low),
                crate::render::number::format(high)
            ),
            help: "write the smaller number first".into(),
        });
    }
    Ok(Quantity::range(Some(low), Some(high), None))
}

fn unknown_start(c: &Cursor<'_>) -> QuantityError {
    let span = c.word_span();
    let word = crate::render::form::truncate(&c.s[span.clone()], 40);
    let word = word.as_str();
    let mut e = err(
        span.clone(),
        format!("expected a number or a qualifier, found `{word}`"),
    );
    if let Some(suggestion) = closest_qualifier(word) {
        e.help = format!("did you mean `{suggestion}`? {ACCEPTED_FORMS}");
    }
    e
}

/// The ending of the ordinal of the number `digits` ends with: `st` for
/// 1, 21 and 101, `th` for 11 and 12.
fn ordinal_ending(digits: &str) -> &'static str {
    let mut last = digits.bytes().rev().take(2);
    let (units, tens) = (last.next(), last.next());
    match (tens, units) {
        (Some(b'1'), _) => "th",
        (_, Some(b'1')) => "st",
        (_, Some(b'2')) => "nd",
        (_, Some(b'3')) => "rd",
        _ => "th",
    }
}

fn closest_qualifier(word: &str) -> Option<&'static str> {
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let lower = word.to_lowercase();
    let mut words: Vec<&'static str> = qualifier_groups()
        .iter()
        .flat_map(|(_, p)| p.iter().copied())
        .filter(|p| p.chars().all(|c| c.is_alphabetic()))
        .collect();
    words.extend(
        VAGUE
            .iter()
            .map(|(p, _, _)| *p)
            .filter(|p| !p.contains(' ')),
    );
    words
        .into_iter()
        .map(|w| (strsim::levenshtein(&lower, w), w))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, w)| w)
}

fn expect_number(c: &mut Cursor<'_>, after: &str) -> Result<Number, QuantityError> {
    c.skip_ws();
    if let Some(n) = read_number(c)? {
        return Ok(n);
    }
    if c.at_end() {
        return Err(err(
            c.s.len()..c.s.len(),
            format!("expected a number after {after}, found the end of the value"),
        ));
    }
    let mut probe = *c;
    if let Some((_, span)) = eat_qualifier(&mut probe) {
        return Err(err(
            span.clone(),
            format!(
                "expected a number after {after}, found another qualifier `{}`; qualifiers cannot be combined",
                &c.s[span]
            ),
        ));
    }
    let span = c.word_span();
    Err(err(
        span.clone(),
        format!(
            "expected a number after {after}, found `{}`",
            crate::render::form::truncate(&c.s[span], 40)
        ),
    ))
}

/// Read a number at the cursor, if one starts there.
fn read_number(c: &mut Cursor<'_>) -> Result<Option<Number>, QuantityError> {
    c.skip_ws();
    for &(phrase, value) in COUNT_WORDS {
        let start = c.pos;
        if c.eat_phrase(phrase) {
            // `a hundred thousand`.
            let scale = scale_words(c);
            return Ok(Some(Number {
                mantissa: 0,
                decimals: 0,
                multiplier: Some(0),
                fixed: Some(value * scale),
                span: start..c.pos,
            }));
        }
    }
    let s = c.s;
    let bytes = s.as_bytes();
    let start = c.pos;
    let mut i = start;
    let negative = match bytes.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        // The minus sign, U+2212 (`−5%`).
        _ if s[i..].starts_with('−') => {
            i += '−'.len_utf8();
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
        return Ok(None);
    }
    let mut digits = String::new();
    let mut group_len = 0;
    let mut seen_comma = false;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_digit() {
            digits.push(b as char);
            group_len += 1;
            i += 1;
        } else if b == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            if (seen_comma && group_len != 3) || (!seen_comma && group_len > 3) {
                return Err(separator_error(s, start, i));
            }
            seen_comma = true;
            group_len = 0;
            i += 1;
        } else {
            break;
        }
    }
    if seen_comma && group_len != 3 {
        return Err(separator_error(s, start, i));
    }
    let mut decimals = 0;
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        while let Some(&b) = bytes.get(i) {
            if !b.is_ascii_digit() {
                break;
            }
            digits.push(b as char);
            decimals += 1;
            i += 1;
        }
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            let mut end = i + 1;
            while bytes
                .get(end)
                .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
            {
                end += 1;
            }
            return Err(QuantityError {
                span: start..end,
                message: "a number has at most one decimal point".into(),
                help: format!(
                    "write decimals with one `.` and thousands with `,`; {ACCEPTED_FORMS}"
                ),
            });
        }
    }
    let significant = digits.trim_start_matches('0');
    if significant.len() > 30 {
        return Err(match decimals {
            0 => QuantityError {
                span: start..i,
                message: "this number is too large to be held exactly".into(),
                help: format!("figures must lie within ±{MAX_EXACT} (2^53)"),
            },
            _ => QuantityError {
                span: start..i,
                message: format!(
                    "this number has {} digits, more than a figure holds exactly (30)",
                    significant.len()
                ),
                help: "round it to the precision the source gives".into(),
            },
        });
    }
    let mut mantissa: i128 = digits.parse().unwrap_or(0);
    if negative {
        mantissa = -mantissa;
    }
    // A multiplier suffix straight after the digits, or a word after a space.
    let mut multiplier = None;
    let rest = &s[i..];
    for &(suffix, power) in MULTIPLIER_SUFFIXES {
        if let Some(candidate) = rest.get(..suffix.len())
            && candidate.eq_ignore_ascii_case(suffix)
            && !rest[suffix.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            multiplier = Some(power);
            i += suffix.len();
            break;
        }
    }
    if multiplier.is_none() {
        glued_letters(s, start, i)?;
    }
    c.pos = i;
    if multiplier.is_none() {
        multiplier = multiplier_words(c);
    }
    Ok(Some(Number {
        mantissa,
        decimals,
        multiplier,
        fixed: None,
        span: start..c.pos,
    }))
}

/// Multiplier words after white space at the cursor, multiplied together
/// (`hundred thousand` is 10^5); the cursor is left after the last.
fn multiplier_words(c: &mut Cursor<'_>) -> Option<u32> {
    let mut total: Option<u32> = None;
    loop {
        let save = c.pos;
        c.skip_ws();
        let word = (c.pos > save)
            .then(|| {
                MULTIPLIER_WORDS
                    .iter()
                    .find_map(|&(word, power)| c.match_phrase(word).map(|len| (len, power)))
            })
            .flatten();
        match word {
            // Capped: 10^400 is already too large to hold, and says so.
            Some((len, power)) => {
                c.pos += len;
                total = Some(total.unwrap_or(0).saturating_add(power).min(400));
            }
            None => {
                c.pos = save;
                return total;
            }
        }
    }
}

/// The factor the multiplier words at the cursor give (1 when none does).
fn scale_words(c: &mut Cursor<'_>) -> f64 {
    multiplier_words(c).map_or(1.0, |p| 10f64.powi(p as i32))
}

/// Digits run straight into a letter and a digit: `1e3` (scientific
/// notation) or `0x10` would otherwise read as 1 and 0 with a unit.
fn glued_letters(s: &str, start: usize, end: usize) -> Result<(), QuantityError> {
    let rest = &s.as_bytes()[end..];
    let letter = rest.first().filter(|b| b.is_ascii_alphabetic());
    let Some(&letter) = letter else {
        return Ok(());
    };
    let exponent = letter.eq_ignore_ascii_case(&b'e');
    let signed = exponent && matches!(rest.get(1), Some(b'+' | b'-'));
    let digit_at = if signed { 2 } else { 1 };
    if !rest.get(digit_at).is_some_and(u8::is_ascii_digit) {
        return Ok(());
    }
    let stop = s[end..]
        .find(|c: char| !c.is_ascii_alphanumeric() && !matches!(c, '+' | '-' | '.'))
        .map_or(s.len(), |e| end + e);
    let text = &s[start..stop];
    Err(if exponent {
        let held = text.parse::<f64>().is_ok_and(|x| x.abs() <= MAX_EXACT);
        let toml = match held {
            true => format!(", or give it as a TOML number without quotes: value = {text}"),
            false => String::new(),
        };
        QuantityError {
            span: start..stop,
            message: format!("`{text}` is scientific notation, which a value's text does not take"),
            help: format!("write the figure out (as in 1000 or 1.5 million){toml}"),
        }
    } else {
        QuantityError {
            span: start..stop,
            message: format!("`{text}` runs digits and letters together"),
            help: "write the figure in decimal digits, with any unit after a space (as in 2,000 deaths)"
                .into(),
        }
    })
}

fn separator_error(s: &str, start: usize, at: usize) -> QuantityError {
    let end = s[at..]
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .map_or(s.len(), |e| at + e);
    QuantityError {
        span: start..end,
        message: format!("`{}` has misplaced thousands separators", &s[start..end]),
        help: "a `,` must be followed by exactly three digits, as in 2,000 or 1,250,000".into(),
    }
}

/// After the quantity: `%`, or a unit (text starting with a letter), or nothing.
/// `plain` is the number of a bare figure (no qualifier, no range), which
/// may still take a qualifier after its `%` (`5% or so`) or at the end of
/// its unit (`1,000 people or so`).
fn finish(
    c: &mut Cursor<'_>,
    mut quantity: Quantity,
    mut plain: Option<(&Number, f64)>,
) -> Result<ParsedValue, QuantityError> {
    c.skip_ws();
    let percent = c.rest().starts_with('%');
    if percent {
        c.pos += 1;
        c.skip_ws();
        if let Some((n, tolerance)) = plain
            && let Some((bound, len)) = after_qualifier(c)
        {
            quantity = qualified(bound, n, tolerance)?;
            plain = None;
            c.pos += len;
            c.skip_ws();
        }
    }
    if let Some(e) = not_a_unit(c, &quantity) {
        return Err(e);
    }
    let mut unit = percent.then(|| "percent".to_string());
    let mut rest = c.rest().trim_end();
    if let Some((bound, at)) = qualifier_ending_unit(rest) {
        let span = c.pos + at..c.pos + rest.len();
        let Some((n, tolerance)) = plain else {
            return Err(qualifier_after_unit(c.s, span, &quantity));
        };
        quantity = qualified(bound, n, tolerance)?;
        rest = rest[..at].trim_end();
    }
    if let Some(at) = second_figure_in_unit(rest) {
        let first = c.s[..c.pos + at.start].trim_end();
        let second = &rest[at.clone()];
        return Err(QuantityError {
            span: c.pos + at.start..c.pos + at.end,
            message: format!("found a second figure, `{second}`, after `{first}`"),
            help: "a range writes its unit once, after the second number: `5-6 percent`, \
                   `between 2,000 and 3,000 people`; two figures are two claims"
                .into(),
        });
    }
    if !rest.is_empty() {
        if rest.starts_with(char::is_alphabetic) {
            // `5% of voters` reads as `5 percent of voters`; `per cent` is `percent`.
            let mut probe = *c;
            let written = match probe.eat_phrase("per cent") {
                true => format!("percent{}", &c.s[probe.pos..c.pos + rest.len()]),
                false => rest.to_string(),
            };
            unit = Some(match unit {
                Some(percent) => format!("{percent} {written}"),
                None => written,
            });
        } else {
            return Err(unexpected_after(c, &quantity, rest.len()));
        }
    }
    Ok(ParsedValue { quantity, unit })
}

/// The last words of the phrases of [`AFTER`] (a test holds them to it).
const AFTER_LAST_WORDS: &[&str] = &[
    "more",
    "fewer",
    "less",
    "so",
    "thereabouts",
    "higher",
    "above",
    "over",
    "lower",
    "below",
    "under",
    "odd",
    "approximately",
    "approx.",
    "approx",
    "least",
    "most",
    "plus",
];

/// Why a quantity with `bound` takes no (further) qualifier.
fn why_no_qualifier(bound: Bound) -> &'static str {
    match bound {
        Bound::Range => "a range takes no qualifier",
        Bound::Vague => "a vague quantity takes no qualifier",
        _ => "qualifiers cannot be combined",
    }
}

/// A qualifier of [`AFTER`] that ends a unit (`people or so`, `people at
/// least`), and where it starts in `unit`. Not when the unit holds a digit:
/// in `people aged 65 and over` the phrase belongs to the age.
fn qualifier_ending_unit(unit: &str) -> Option<(Bound, usize)> {
    // Most units are one word, or end in a word no phrase ends in.
    let last = unit.rsplit(char::is_whitespace).next()?;
    if last.len() == unit.len()
        || !AFTER_LAST_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(last))
    {
        return None;
    }
    if unit.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    AFTER.iter().find_map(|&(phrase, bound)| {
        let head = before_phrase(unit, phrase)?;
        let bounded = head.ends_with(char::is_whitespace) && !head.trim().is_empty();
        bounded.then_some((bound, head.len()))
    })
}

/// The error for a qualifier at the end of the unit of a figure that
/// already has one, or of a range or a vague quantity.
fn qualifier_after_unit(input: &str, span: Range<usize>, quantity: &Quantity) -> QuantityError {
    let phrase = &input[span.clone()];
    QuantityError {
        message: format!(
            "found the qualifier `{phrase}` after the unit; {}",
            why_no_qualifier(quantity.bound)
        ),
        span,
        help: "write one figure with one qualifier (`about 1,000 people`, `at least 600 \
               people`), a range alone (`1,000-2,000 people`) or a vague quantity alone \
               (`thousands of people`)"
            .into(),
    }
}

/// Words after a quantity that would change its figure, so they are not
/// read as its unit: another qualifier (`at least 600 or more`), a ratio
/// or a date (`1 in 5`, `5,000 in 2024`), or counting words (`2 dozen`,
/// `5 thousands`, `dozens of thousands`, `hundreds or thousands`).
/// Whether a number starts `text` (after white space): digits, or a
/// counting word (`a thousand`, `half a million`).
fn figure_starts(text: &str) -> bool {
    let c = Cursor {
        s: text.trim_start(),
        pos: 0,
    };
    c.rest().starts_with(|ch: char| ch.is_ascii_digit())
        || COUNT_WORDS
            .iter()
            .any(|(phrase, _)| c.match_phrase(phrase).is_some())
}

fn not_a_unit(c: &Cursor<'_>, quantity: &Quantity) -> Option<QuantityError> {
    if let Some((_, len)) = after_qualifier(c) {
        return Some(err(
            c.pos..c.pos + len,
            format!(
                "found the qualifier `{}` after `{}`; {}",
                &c.s[c.pos..c.pos + len],
                c.s[..c.pos].trim_end(),
                why_no_qualifier(quantity.bound)
            ),
        ));
    }
    let then_digit = |len: usize| figure_starts(&c.s[c.pos + len..]);
    if let Some(len) = ["in", "out of"]
        .into_iter()
        .find_map(|word| c.match_phrase(word))
        .filter(|&len| then_digit(len))
    {
        let ratio = c.rest().trim_end();
        return Some(QuantityError {
            span: c.pos..c.pos + ratio.len(),
            message: format!("`{ratio}` after the figure is not a unit"),
            help: format!(
                "a ratio goes in as a percentage (`1 {} 5` is 20%), a date as `as_of` or \
                 `stated`; keep the source's words in `quote`",
                &ratio[..len]
            ),
        });
    }
    // `about 2,000 to 3,000`, `thousands to 5,000`: a range after a
    // quantity that cannot be one of its ends, once read as that quantity
    // with the unit `to 3,000`. (A bare figure's `to` is read as a range.)
    if quantity.bound != Bound::Exact
        && let Some(len) = c.match_phrase("to").filter(|&len| then_digit(len))
    {
        return Some(QuantityError {
            span: c.pos..c.pos + len,
            message: no_range_after(c.s[..c.pos].trim_end(), quantity.bound),
            help: no_range_help(quantity.bound).into(),
        });
    }
    // `8,000 and 10,000`, `300 or 400`, `2,000 through 3,000`, `2,000 vs
    // 3,000`, `at least 500 and at most 600`: two figures, not a unit.
    let then_figure = |len: usize| {
        let mut after = Cursor {
            s: c.s,
            pos: c.pos + len,
        };
        after.skip_ws();
        if eat_qualifier(&mut after).is_some() {
            after.skip_ws();
        }
        figure_starts(after.rest())
    };
    if let Some(len) = SECOND_FIGURE
        .iter()
        .find_map(|word| c.match_phrase(word))
        .filter(|&len| then_figure(len))
    {
        let second = c.rest().trim_end();
        let first = c.s[..c.pos].trim_end();
        let end = second[len..].trim_start();
        return Some(QuantityError {
            span: c.pos..c.pos + second.len(),
            message: format!("found a second figure, `{second}`, after `{first}`"),
            help: match quantity.bound {
                Bound::Exact => format!(
                    "a range is written `{first}-{end}` or `between {first} and {end}`; two \
                     figures are two claims"
                ),
                // `about 8,000-10,000` is no range either.
                _ => "a range is written `1,000-2,000` or `between 1,000 and 2,000`, with no \
                      qualifier; two figures are two claims"
                    .into(),
            },
        });
    }
    // The letters after the quantity (empty where none follow).
    let word = c
        .rest()
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let before = c.s[..c.pos].trim_end();
    // `1.1+bn`, `201+ mn`: a multiplier past the `+`, once read as the
    // unit `bn` of more than 1.1. After a space, only a multiplier word
    // (`201+ m` is more than 201 metres).
    let straight = before.len() == c.pos;
    let multipliers: &[(&str, u32)] = if straight {
        MULTIPLIER_SUFFIXES
    } else {
        MULTIPLIER_WORDS
    };
    if let Some(number) = before.strip_suffix('+')
        && multipliers
            .iter()
            .any(|(suffix, _)| suffix.eq_ignore_ascii_case(word))
    {
        let number = number.trim_start_matches('+');
        let space = if straight { "" } else { " " };
        return Some(QuantityError {
            span: c.pos..c.pos + word.len(),
            message: format!("found the multiplier `{word}` after `{number}+`"),
            help: format!("a multiplier goes before the `+`: `{number}{space}{word}+`"),
        });
    }
    // `26th`, `500ish`: letters straight after the digits that make the
    // figure a rank or a guess, once read as a unit (`th`, `ish`).
    let straight = before.len() == c.pos && before.ends_with(|ch: char| ch.is_ascii_digit());
    let rank_or_guess = match word.to_ascii_lowercase().as_str() {
        _ if !straight => None,
        // `12st` is twelve stone, a British weight: `st` is no ordinal's
        // ending there.
        "st" if ordinal_ending(before) != "st" => None,
        "st" | "nd" | "rd" | "th" => Some((
            format!("`{before}{word}` is an ordinal, a rank, not a figure"),
            "a claim counts or measures; a rank goes in `note`, and its sentence in `quote`"
                .to_string(),
        )),
        "ish" => Some((
            format!("found `{word}` after `{before}`"),
            format!("write the qualifier before the figure: `about {before}`"),
        )),
        _ => None,
    };
    if let Some((message, help)) = rank_or_guess {
        return Some(QuantityError {
            span: c.pos..c.pos + word.len(),
            message,
            help,
        });
    }
    // `3 mn three`: the quote reader adds the word to the figure.
    if crate::evidence::is_small_number_word(word) {
        return Some(QuantityError {
            span: c.pos..c.pos + word.len(),
            message: format!("found the number `{word}` after the figure"),
            help: "write the figure in digits alone (`3,000,003`), or two figures as two claims"
                .into(),
        });
    }
    if let Some(len) = ["dozen", "dozens"]
        .into_iter()
        .find_map(|w| c.match_phrase(w))
    {
        return Some(QuantityError {
            span: c.pos..c.pos + len,
            message: "`dozen` after a number is not read as a multiplier".into(),
            help:
                "write the figure itself (`2 dozen` is 24) and keep the source's words in `quote`"
                    .into(),
        });
    }
    let mut probe = *c;
    if ["of", "or", "to", "and"]
        .into_iter()
        .any(|w| probe.eat_phrase(w))
    {
        probe.skip_ws();
    }
    let len = SCALE_WORDS.iter().find_map(|w| probe.match_phrase(w))?;
    let span = c.pos..probe.pos + len;
    Some(QuantityError {
        message: format!(
            "`{}` after the quantity would change its figure, so it is not read as a unit",
            &c.s[span.clone()]
        ),
        span,
        help: "write one figure: a number with one multiplier (`5 thousand`), a range \
               (`2,000-5,000`) or one vague quantity (`thousands`); keep the source's words \
               in `quote`"
            .into(),
    })
}

/// Words that join a second figure to the first, which no unit starts
/// with (a bare figure's `to` starts a range, read before).
pub const SECOND_FIGURE: &[&str] = &[
    "and", "or", "through", "thru", "till", "until", "vs", "vs.", "versus", "minus", "up to",
    "down to",
];

/// Where a unit holds a second figure of its own: `percent to 6 percent`,
/// `people to 3,000 people`, `deaths through 3,000` (a range with its unit
/// written at each end, once read as the first figure with all of it as
/// its unit). The span of the connecting word and what follows it; `None`
/// for a range inside a unit (`people aged 18 to 24`) or a step of a
/// phrase (`children up to 5 years old`).
fn second_figure_in_unit(unit: &str) -> Option<std::ops::Range<usize>> {
    let words: Vec<(usize, &str)> = unit
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - unit.as_ptr() as usize, w))
        .take(4)
        .collect();
    let plain = |w: &str| {
        w.chars().all(char::is_alphabetic) && !matches!(w, "up" | "down" | "aged" | "ages" | "from")
    };
    (1..words.len().min(3))
        .find(|&k| {
            words[..k].iter().all(|(_, w)| plain(w))
                && matches!(
                    words[k].1.to_ascii_lowercase().as_str(),
                    "to" | "through" | "thru" | "till" | "until"
                )
                && words
                    .get(k + 1)
                    .is_some_and(|(_, w)| w.starts_with(|ch: char| ch.is_ascii_digit()))
        })
        .map(|k| words[k].0..unit.len())
}

/// Why no range can follow `before`, a quantity with `bound` (not a bare
/// figure): `about 2,000-3,000`, `thousands to 5,000`.
fn no_range_after(before: &str, bound: Bound) -> String {
    match bound {
        Bound::Range => {
            format!("found another range separator after `{before}`; a range has two ends")
        }
        Bound::Vague => {
            format!("found a range after `{before}`; a vague quantity cannot be an end of a range")
        }
        _ => format!("found a range after `{before}`; a range takes no qualifier"),
    }
}

/// What to write instead of a range after a quantity with `bound`.
fn no_range_help(bound: Bound) -> &'static str {
    match bound {
        Bound::Vague => {
            "write the range with two numbers (`1,000-2,000`) or the vague quantity alone \
             (`thousands`)"
        }
        Bound::Range => "a range has two ends: write one range, or two claims",
        _ => {
            "write the range alone (`1,000-2,000`) or one figure with its qualifier (`about 1,500`)"
        }
    }
}

/// Words that count or scale, which no unit starts with.
const SCALE_WORDS: &[&str] = &[
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "lakh",
    "lakhs",
    "crore",
    "crores",
    "dozens",
    "tens",
];

/// The error for text after a quantity that starts with no letter.
fn unexpected_after(c: &Cursor<'_>, quantity: &Quantity, len: usize) -> QuantityError {
    let span = c.word_span();
    let found = crate::render::form::truncate(&c.s[span.clone()], 40);
    let before = c.s[..c.pos].trim_end();
    let rest = &c.s[c.pos..c.pos + len];
    let mut e = err(
        c.pos..c.pos + len,
        format!("unexpected `{found}` after the quantity; a unit must start with a letter"),
    );
    // `5%-odd`: a qualifier written after the `%` that ends the number.
    let late_qualifier = after_dash(c).filter(|_| before.ends_with('%'));
    if let Some((bound, len)) = late_qualifier {
        let phrase = &c.s[c.pos..c.pos + len];
        e.span = c.pos..c.pos + len;
        e.message = format!("found `{phrase}` after `{before}`; it goes straight after a number");
        let number = before.trim_end_matches('%').trim_end();
        let word = match bound {
            Bound::MoreThan => "more than",
            _ => "about",
        };
        e.help = format!("write the qualifier before the figure: `{word} {number}%`");
    } else if matches!(found.as_str(), "-" | "–" | "—" | "−") {
        let after = c.s[c.pos + found.len()..].trim();
        let more = !after.is_empty();
        e.message = match (more, quantity.bound) {
            (false, _) => {
                "expected a number after the range separator, found the end of the value".into()
            }
            // `5 -3`: a space on one side of the dash only.
            (true, Bound::Exact) if after.starts_with(|c: char| c.is_ascii_digit()) => {
                let spaced = &c.s[c.pos..c.pos + found.len()];
                format!(
                    "found `{spaced}{}` after `{before}`, a dash spaced on one side only",
                    crate::render::form::truncate(after, 40)
                )
            }
            // `5%-x`: no qualifier to blame.
            (true, Bound::Exact) => format!(
                "expected a number after the range separator, found `{}`",
                crate::render::form::truncate(after, 40)
            ),
            (true, bound) => no_range_after(before, bound),
        };
        if more && quantity.bound != Bound::Range {
            e.help = no_range_help(quantity.bound).into();
        }
        if more
            && quantity.bound == Bound::Exact
            && before.ends_with(|c: char| c.is_ascii_digit())
            && after.starts_with(|c: char| c.is_ascii_digit())
        {
            e.help =
                format!("a range's dash takes a space on both sides or none: `{before}-{after}`");
        }
    } else if before.ends_with(|c: char| c.is_ascii_digit())
        && rest.len() >= 3
        && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
        && !rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit)
    {
        e.help = "thousands are grouped with `,` (as in 10,000), not with spaces".into();
    }
    e
}

/// The first number in `text` written as many European sources write
/// thousands, `2.000` or `12.500`: one to three digits, a point and three
/// digits the last of which is 0, with no multiplier or `%` after it. It
/// reads as a decimal (2, 12.5), so a figure copied as written would be
/// a thousand times too small; written without its trailing zeros
/// (`12.5`) it is plainly a decimal. The number's byte range.
pub fn point_or_thousands(text: &str) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit()
            || (i > 0
                && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.' || bytes[i - 1] == b','))
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let whole = i - start;
        if whole > 3 || bytes.get(i) != Some(&b'.') {
            continue;
        }
        let decimals = i + 1;
        let mut end = decimals;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        i = end;
        if end - decimals != 3 || bytes[end - 1] != b'0' {
            continue;
        }
        let after = text[end..].trim_start();
        let scaled = after.starts_with('%')
            || after.starts_with('.')
            || multipliers_starting(&text[end..]).is_some()
            || MULTIPLIER_SUFFIXES.iter().any(|(suffix, _)| {
                let straight = Cursor {
                    s: &text[end..],
                    pos: 0,
                };
                straight.match_phrase(suffix).is_some()
            });
        if !scaled {
            return Some(start..end);
        }
    }
    None
}

/// Whether two units are one by [`unit_key`]; written alike, the common
/// case, they need no key.
pub fn same_unit(a: &str, b: &str) -> bool {
    a == b || unit_key(a) == unit_key(b)
}

/// The key two units are compared by: case, spacing and a plural `s` on
/// any word are ignored (`zloty an egg` and `zlotys an egg`, `head of
/// state` and `heads of state`).
pub fn unit_key(unit: &str) -> String {
    let mut key = String::with_capacity(unit.len());
    for word in unit.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        let lower = word.to_lowercase();
        match lower.strip_suffix("ies") {
            Some(stem) => {
                key.push_str(stem);
                key.push('y');
            }
            None if lower.ends_with("ss") => key.push_str(&lower),
            None => key.push_str(lower.strip_suffix('s').unwrap_or(&lower)),
        }
    }
    key
}

/// Whether two units are one, or one is the other with words before it
/// that say which (`farm fires` and `fires`, `poultry farms` and `farm`),
/// word by word as [`unit_key`] compares them: `patients a day` and
/// `deaths a day` are not.
pub fn units_meet(a: &str, b: &str) -> bool {
    let (a, b) = (unit_key(a), unit_key(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long == short
        || long
            .strip_suffix(short.as_str())
            .is_some_and(|head| head.ends_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_meet_where_one_narrows_the_other() {
        assert!(units_meet("farm fires", "fires"));
        assert!(units_meet("farm", "poultry farms"));
        assert!(units_meet("heads of state", "head of state"));
        assert!(!units_meet("patients a day", "deaths a day"));
        assert!(!units_meet("fires", "wildfires"));
        assert!(!units_meet("fires", "fires a day"));
    }

    #[test]
    fn a_packed_quantity_reads_back_what_was_stored() {
        let more = parse("more than 600", 0.1).unwrap().quantity;
        assert_eq!(
            (more.point(), more.low(), more.high()),
            (Some(600.0), Some(600.0), None)
        );
        assert_eq!(
            (more.low_inclusive(), more.high_inclusive()),
            (Some(false), None)
        );
        let fewer = parse("fewer than 600", 0.1).unwrap().quantity;
        assert_eq!(
            (fewer.low_inclusive(), fewer.high_inclusive()),
            (None, Some(false))
        );
        // Missing numbers compare equal; an open end differs from a closed one.
        assert_eq!(Quantity::statement(), Quantity::statement());
        assert_eq!(Quantity::statement().point(), None);
        assert_ne!(more, parse("at least 600", 0.1).unwrap().quantity);
        assert_eq!(more, parse("over 600", 0.1).unwrap().quantity);
    }

    #[test]
    fn no_phrase_read_before_a_number_starts_with_a_digit() {
        // `parse` skips these phrases when the value starts with a digit.
        let phrases = VAGUE
            .iter()
            .map(|(p, _, _)| *p)
            .chain(
                qualifier_groups()
                    .into_iter()
                    .flat_map(|(_, ps)| ps.iter().copied()),
            )
            .chain(["between"]);
        for phrase in phrases {
            assert!(
                !phrase.starts_with(|c: char| c.is_ascii_digit()),
                "{phrase}"
            );
        }
    }

    const N: Option<f64> = None;

    /// (input, bound, point, low, high, low_inclusive, high_inclusive, unit)
    type Case = (
        &'static str,
        Bound,
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Option<bool>,
        Option<bool>,
        Option<&'static str>,
    );

    fn s(x: f64) -> Option<f64> {
        Some(x)
    }

    #[rustfmt::skip]
    const T: Option<bool> = Some(true);
    const F: Option<bool> = Some(false);

    #[rustfmt::skip]
    fn cases() -> Vec<Case> {
        use Bound::*;
        vec![
            // exact
            ("350", Exact, s(350.0), s(350.0), s(350.0), T, T, None),
            ("2,000", Exact, s(2000.0), s(2000.0), s(2000.0), T, T, None),
            ("26", Exact, s(26.0), s(26.0), s(26.0), T, T, None),
            ("1.5 million", Exact, s(1_500_000.0), s(1_500_000.0), s(1_500_000.0), T, T, None),
            ("1.1 million", Exact, s(1_100_000.0), s(1_100_000.0), s(1_100_000.0), T, T, None),
            ("2k", Exact, s(2000.0), s(2000.0), s(2000.0), T, T, None),
            ("3.2bn", Exact, s(3_200_000_000.0), s(3_200_000_000.0), s(3_200_000_000.0), T, T, None),
            ("4 mn", Exact, s(4_000_000.0), s(4_000_000.0), s(4_000_000.0), T, T, None),
            ("1.5m", Exact, s(1_500_000.0), s(1_500_000.0), s(1_500_000.0), T, T, None),
            ("7 billion", Exact, s(7e9), s(7e9), s(7e9), T, T, None),
            ("-12.5", Exact, s(-12.5), s(-12.5), s(-12.5), T, T, None),
            ("+3", Exact, s(3.0), s(3.0), s(3.0), T, T, None),
            ("45%", Exact, s(45.0), s(45.0), s(45.0), T, T, Some("percent")),
            ("1,000 combat engineers", Exact, s(1000.0), s(1000.0), s(1000.0), T, T, Some("combat engineers")),
            // approx
            ("about 2,000", Approx, s(2000.0), s(1800.0), s(2200.0), T, T, None),
            ("about 2,000 deaths", Approx, s(2000.0), s(1800.0), s(2200.0), T, T, Some("deaths")),
            ("about 350", Approx, s(350.0), s(315.0), s(385.0), T, T, None),
            ("around 100", Approx, s(100.0), s(90.0), s(110.0), T, T, None),
            ("approximately 100", Approx, s(100.0), s(90.0), s(110.0), T, T, None),
            ("roughly 600", Approx, s(600.0), s(540.0), s(660.0), T, T, None),
            ("some 300", Approx, s(300.0), s(270.0), s(330.0), T, T, None),
            ("circa 50", Approx, s(50.0), s(45.0), s(55.0), T, T, None),
            ("an estimated 10,000", Approx, s(10000.0), s(9000.0), s(11000.0), T, T, None),
            ("~2000", Approx, s(2000.0), s(1800.0), s(2200.0), T, T, None),
            ("About  2,000", Approx, s(2000.0), s(1800.0), s(2200.0), T, T, None),
            ("about a thousand", Approx, s(1000.0), s(900.0), s(1100.0), T, T, None),
            ("c. 500", Approx, s(500.0), s(450.0), s(550.0), T, T, None),
            ("c.500 deaths", Approx, s(500.0), s(450.0), s(550.0), T, T, Some("deaths")),
            ("ca. 500", Approx, s(500.0), s(450.0), s(550.0), T, T, None),
            ("approx. 500", Approx, s(500.0), s(450.0), s(550.0), T, T, None),
            ("approx 500", Approx, s(500.0), s(450.0), s(550.0), T, T, None),
            ("est. 500", Approx, s(500.0), s(450.0), s(550.0), T, T, None),
            ("≈500", Approx, s(500.0), s(450.0), s(550.0), T, T, None),
            // nearly
            ("nearly 3,000", Nearly, s(3000.0), s(2700.0), s(3000.0), T, T, None),
            ("almost 100", Nearly, s(100.0), s(90.0), s(100.0), T, T, None),
            ("just under 100", Nearly, s(100.0), s(90.0), s(100.0), T, T, None),
            ("approaching 100", Nearly, s(100.0), s(90.0), s(100.0), T, T, None),
            ("close to 100", Nearly, s(100.0), s(90.0), s(100.0), T, T, None),
            // at least
            ("at least 600", AtLeast, s(600.0), s(600.0), N, T, None, None),
            ("no fewer than 600", AtLeast, s(600.0), s(600.0), N, T, None, None),
            ("a minimum of 600", AtLeast, s(600.0), s(600.0), N, T, None, None),
            ("600 or more", AtLeast, s(600.0), s(600.0), N, T, None, None),
            ("≥600", AtLeast, s(600.0), s(600.0), N, T, None, None),
            (">= 600", AtLeast, s(600.0), s(600.0), N, T, None, None),
            // more than
            ("more than 10,000", MoreThan, s(10000.0), s(10000.0), N, F, None, None),
            ("more than 10,000 participants", MoreThan, s(10000.0), s(10000.0), N, F, None, Some("participants")),
            ("over 100,000", MoreThan, s(100000.0), s(100000.0), N, F, None, None),
            ("in excess of 5", MoreThan, s(5.0), s(5.0), N, F, None, None),
            ("upwards of 5", MoreThan, s(5.0), s(5.0), N, F, None, None),
            ("above 450", MoreThan, s(450.0), s(450.0), N, F, None, None),
            ("exceeding 5", MoreThan, s(5.0), s(5.0), N, F, None, None),
            (">10000", MoreThan, s(10000.0), s(10000.0), N, F, None, None),
            ("10,000+", MoreThan, s(10000.0), s(10000.0), N, F, None, None),
            // at most
            ("at most 50", AtMost, s(50.0), N, s(50.0), None, T, None),
            ("up to 50", AtMost, s(50.0), N, s(50.0), None, T, None),
            ("no more than 50", AtMost, s(50.0), N, s(50.0), None, T, None),
            ("≤50", AtMost, s(50.0), N, s(50.0), None, T, None),
            ("50 or fewer", AtMost, s(50.0), N, s(50.0), None, T, None),
            // less than
            ("fewer than 50", LessThan, s(50.0), N, s(50.0), None, F, None),
            ("less than 50", LessThan, s(50.0), N, s(50.0), None, F, None),
            ("under 50", LessThan, s(50.0), N, s(50.0), None, F, None),
            ("below 50", LessThan, s(50.0), N, s(50.0), None, F, None),
            ("<50", LessThan, s(50.0), N, s(50.0), None, F, None),
            // ranges
            ("between 1,000 and 2,000", Range, N, s(1000.0), s(2000.0), T, T, None),
            ("1,000-2,000", Range, N, s(1000.0), s(2000.0), T, T, None),
            ("1,000–2,000", Range, N, s(1000.0), s(2000.0), T, T, None),
            ("1,000 to 2,000", Range, N, s(1000.0), s(2000.0), T, T, None),
            // A `%` on both ends of a range, or on the second alone.
            ("5%-6%", Range, N, s(5.0), s(6.0), T, T, Some("percent")),
            ("2.25% to 2.75%", Range, N, s(2.25), s(2.75), T, T, Some("percent")),
            ("2.25 to 2.75%", Range, N, s(2.25), s(2.75), T, T, Some("percent")),
            ("between 5% and 6% of voters", Range, N, s(5.0), s(6.0), T, T, Some("percent of voters")),
            ("5%–6%", Range, N, s(5.0), s(6.0), T, T, Some("percent")),
            ("5% tomorrow", Exact, s(5.0), s(5.0), s(5.0), T, T, Some("percent tomorrow")),
            ("10-12 thousand", Range, N, s(10000.0), s(12000.0), T, T, None),
            ("between 1.2 and 1.5 million", Range, N, s(1_200_000.0), s(1_500_000.0), T, T, None),
            ("5 thousand to 2 million", Range, N, s(5000.0), s(2_000_000.0), T, T, None),
            ("-5-3", Range, N, s(-5.0), s(3.0), T, T, None),
            // The minus sign, U+2212: a sign at the start, a dash after a number.
            ("−5%", Exact, s(-5.0), s(-5.0), s(-5.0), T, T, Some("percent")),
            ("about −5", Approx, s(-5.0), s(-5.5), s(-4.5), T, T, None),
            ("5−10", Range, N, s(5.0), s(10.0), T, T, None),
            // A dash spaced as typeset.
            ("1,000 - 2,000", Range, N, s(1000.0), s(2000.0), T, T, None),
            ("1,000 – 2,000 people", Range, N, s(1000.0), s(2000.0), T, T, Some("people")),
            ("5% - 6%", Range, N, s(5.0), s(6.0), T, T, Some("percent")),
            ("10 - 12 thousand", Range, N, s(10000.0), s(12000.0), T, T, None),
            // vague
            ("dozens", Vague, N, s(24.0), s(99.0), T, T, None),
            ("hundreds", Vague, N, s(200.0), s(999.0), T, T, None),
            ("several hundred", Vague, N, s(300.0), s(999.0), T, T, None),
            ("thousands", Vague, N, s(2000.0), s(9999.0), T, T, None),
            ("several thousand", Vague, N, s(3000.0), s(9999.0), T, T, None),
            ("tens of thousands", Vague, N, s(20000.0), s(99999.0), T, T, None),
            ("hundreds of thousands", Vague, N, s(200000.0), s(999999.0), T, T, None),
            ("thousands of people", Vague, N, s(2000.0), s(9999.0), T, T, Some("people")),
            ("several dozen", Vague, N, s(36.0), s(99.0), T, T, None),
            ("several hundred thousand", Vague, N, s(300_000.0), s(999_999.0), T, T, None),
            ("millions", Vague, N, s(2e6), s(9_999_999.0), T, T, None),
            ("several million", Vague, N, s(3e6), s(9_999_999.0), T, T, None),
            ("tens of millions of people", Vague, N, s(2e7), s(99_999_999.0), T, T, Some("people")),
            ("hundreds of millions", Vague, N, s(2e8), s(999_999_999.0), T, T, None),
            ("billions", Vague, N, s(2e9), s(9_999_999_999.0), T, T, None),
            ("several billion", Vague, N, s(3e9), s(9_999_999_999.0), T, T, None),
            ("a few hundred", Vague, N, s(200.0), s(999.0), T, T, None),
            ("a few dozen", Vague, N, s(24.0), s(99.0), T, T, None),
            ("A few thousand people", Vague, N, s(2000.0), s(9999.0), T, T, Some("people")),
            ("a few hundred thousand", Vague, N, s(200_000.0), s(999_999.0), T, T, None),
            ("a few million", Vague, N, s(2e6), s(9_999_999.0), T, T, None),
            // `st` after a number whose ordinal ends otherwise: stone.
            ("12st", Exact, s(12.0), s(12.0), s(12.0), T, T, Some("st")),
            ("11st", Exact, s(11.0), s(11.0), s(11.0), T, T, Some("st")),
            // qualifiers after the number
            ("1,000 or so", Approx, s(1000.0), s(900.0), s(1100.0), T, T, None),
            ("1,000 or thereabouts", Approx, s(1000.0), s(900.0), s(1100.0), T, T, None),
            ("1,000 approx.", Approx, s(1000.0), s(900.0), s(1100.0), T, T, None),
            ("1,000 approximately", Approx, s(1000.0), s(900.0), s(1100.0), T, T, None),
            ("20-odd", Approx, s(20.0), s(18.0), s(22.0), T, T, None),
            ("20 odd years", Approx, s(20.0), s(18.0), s(22.0), T, T, Some("years")),
            ("a dozen or so", Approx, s(12.0), s(10.8), s(13.2), T, T, None),
            ("600 or higher", AtLeast, s(600.0), s(600.0), N, T, None, None),
            ("600 and above", AtLeast, s(600.0), s(600.0), N, T, None, None),
            ("18 and over", AtLeast, s(18.0), s(18.0), N, T, None, None),
            ("600 at least", AtLeast, s(600.0), s(600.0), N, T, None, None),
            ("1,000-plus", MoreThan, s(1000.0), s(1000.0), N, F, None, None),
            ("1,000 plus troops", MoreThan, s(1000.0), s(1000.0), N, F, None, Some("troops")),
            ("50 or less", AtMost, s(50.0), N, s(50.0), None, T, None),
            ("50 or under", AtMost, s(50.0), N, s(50.0), None, T, None),
            ("50 at most", AtMost, s(50.0), N, s(50.0), None, T, None),
            // ... after a `%` or a unit
            ("5% or so", Approx, s(5.0), s(4.5), s(5.5), T, T, Some("percent")),
            ("5 per cent or more", AtLeast, s(5.0), s(5.0), N, T, None, Some("percent")),
            ("1,000 people or so", Approx, s(1000.0), s(900.0), s(1100.0), T, T, Some("people")),
            ("3 hundred troops at least", AtLeast, s(300.0), s(300.0), N, T, None, Some("troops")),
            ("1,000 people aged 65 and over", Exact, s(1000.0), s(1000.0), s(1000.0), T, T,
                Some("people aged 65 and over")),
            ("40 Dollars Or Less", AtMost, s(40.0), N, s(40.0), None, T, Some("Dollars")),
            // more multipliers
            ("3 hundred", Exact, s(300.0), s(300.0), s(300.0), T, T, None),
            ("3 hundred thousand", Exact, s(300_000.0), s(300_000.0), s(300_000.0), T, T, None),
            ("1.5 trillion", Exact, s(1.5e12), s(1.5e12), s(1.5e12), T, T, None),
            ("2tn", Exact, s(2e12), s(2e12), s(2e12), T, T, None),
            ("1.5 lakh", Exact, s(150_000.0), s(150_000.0), s(150_000.0), T, T, None),
            ("2 crore rupees", Exact, s(2e7), s(2e7), s(2e7), T, T, Some("rupees")),
            ("500 tn of fuel", Exact, s(500.0), s(500.0), s(500.0), T, T, Some("tn of fuel")),
            ("1-2 hundred thousand", Range, N, s(100_000.0), s(200_000.0), T, T, None),
            // units
            ("5% of voters", Exact, s(5.0), s(5.0), s(5.0), T, T, Some("percent of voters")),
            ("5 per cent", Exact, s(5.0), s(5.0), s(5.0), T, T, Some("percent")),
            ("10km2", Exact, s(10.0), s(10.0), s(10.0), T, T, Some("km2")),
            // counting words
            ("a dozen", Exact, s(12.0), s(12.0), s(12.0), T, T, None),
            ("a hundred", Exact, s(100.0), s(100.0), s(100.0), T, T, None),
            ("a thousand", Exact, s(1000.0), s(1000.0), s(1000.0), T, T, None),
            ("half a million", Exact, s(500000.0), s(500000.0), s(500000.0), T, T, None),
            ("half a billion", Exact, s(5e8), s(5e8), s(5e8), T, T, None),
            ("half a dozen eggs", Exact, s(6.0), s(6.0), s(6.0), T, T, Some("eggs")),
            ("nearly a quarter of a million people", Nearly, s(250_000.0), s(225_000.0),
                s(250_000.0), T, T, Some("people")),
            ("a quarter million", Exact, s(250_000.0), s(250_000.0), s(250_000.0), T, T, None),
            ("a quarter of a billion", Exact, s(2.5e8), s(2.5e8), s(2.5e8), T, T, None),
            ("three-quarters of a million", Exact, s(750_000.0), s(750_000.0), s(750_000.0), T,
                T, None),
            ("about a billion dollars", Approx, s(1e9), s(9e8), s(1.1e9), T, T, Some("dollars")),
            ("a trillion", Exact, s(1e12), s(1e12), s(1e12), T, T, None),
            ("a hundred thousand", Exact, s(100_000.0), s(100_000.0), s(100_000.0), T, T, None),
        ]
    }

    #[test]
    fn every_form_of_the_values_table() {
        for (input, bound, point, low, high, li, hi, unit) in cases() {
            let parsed = parse(input, 0.10).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
            let q = &parsed.quantity;
            assert_eq!(
                (
                    q.bound,
                    q.point(),
                    q.low(),
                    q.high(),
                    q.low_inclusive(),
                    q.high_inclusive()
                ),
                (bound, point, low, high, li, hi),
                "{input:?}"
            );
            assert_eq!(parsed.unit.as_deref(), unit, "{input:?}");
        }
    }

    #[test]
    fn tolerance_products_carry_no_float_noise() {
        let q = parse("about 30,298,400.47", 0.1).map(|p| p.quantity);
        assert_eq!(
            q.map(|q| (q.low(), q.high())),
            Ok((Some(27_268_560.423), Some(33_328_240.517)))
        );
        assert_eq!(clean(350.0 * 1.1), 385.0);
        assert_eq!(clean(0.1 + 0.2), 0.3);
        assert_eq!(clean(-315.00000000000006), -315.0);
    }

    #[test]
    fn clean_keeps_twelve_digits_at_any_magnitude() {
        // Found by the `value` fuzz target: a scale capped at 10^15 turned
        // 1e-251 into 0, so `about 0.000…1` had a point above its high end.
        assert_eq!(clean(1.23456789012345e-30), 1.23456789012e-30);
        assert_eq!(clean(-1.23456789012345e-30), -1.23456789012e-30);
        assert_eq!(clean(1.000000000004e-251), 1e-251);
        assert_eq!(clean(4.9e-324), 4.9e-324);
        assert_eq!(clean(0.000123456789012345), 0.000123456789012);
        assert_eq!(clean(1.2345678901234e-11), 1.23456789012e-11);
    }

    #[test]
    fn a_figure_lies_inside_its_own_interval_at_any_size_and_tolerance() {
        let tiny = format!("about 0.{}1", "0".repeat(250));
        for (text, tolerance) in [
            (tiny.as_str(), 0.1),
            ("about 1.00000000000009", 0.0),
            ("nearly 1.00000000000009", 0.0),
            ("about 123456.789012345", 1e-15),
            ("about -1.00000000000009", 0.0),
        ] {
            let q = parse(text, tolerance).map(|p| p.quantity).unwrap();
            let (p, l, h) = (q.point().unwrap(), q.low().unwrap(), q.high().unwrap());
            assert!(l <= p && p <= h, "{text} at {tolerance}: {l} ≤ {p} ≤ {h}");
            assert!(
                l > 0.0 || p <= 0.0,
                "{text}: the low end of a positive figure is not 0"
            );
        }
    }

    #[test]
    fn tolerance_is_a_setting() {
        let q = parse("about 1,000", 0.25).map(|p| p.quantity);
        assert_eq!(q.map(|q| (q.low(), q.high())), Ok((s(750.0), s(1250.0))));
    }

    /// (input, start of the span the error points at, a word the message holds)
    #[rustfmt::skip]
    const NEAR_MISSES: &[(&str, usize, &str)] = &[
        ("about", 5, "end of the value"),
        ("2,00", 0, "separators"),
        ("1,000-", 6, "range separator"),
        ("between 5 and", 13, "after `and`"),
        ("between 5 or 6", 10, "`and`"),
        ("more than about 10", 10, "cannot be combined"),
        ("1.2.3", 0, "one decimal point"),
        ("abt 5", 0, "found `abt`"),
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ("2,000 (estimate)", 6, "unexpected `(`"),
        ("12,3456", 0, "separators"),
        ("1234,567", 0, "separators"),
        ("2000-1000", 0, "exceeds"),
        ("99999999999999999999", 0, "too large"),
        ("many", 0, "found `many`"),
        ("at least", 8, "end of the value"),
        ("5 to", 4, "after `to`"),
        // Each of these once read as a wrong figure with the rest as its unit.
        ("1e3", 0, "scientific notation"),
        ("2.5E+6 deaths", 0, "scientific notation"),
        ("0x10", 0, "digits and letters"),
        ("at least 600 or more", 13, "cannot be combined"),
        ("10-12 thousand or so", 15, "a range takes no qualifier"),
        ("thousands or more", 10, "a vague quantity takes no qualifier"),
        // A qualifier after the unit, where the figure has one already.
        ("about 1,000 people or so", 19, "cannot be combined"),
        ("1,000-2,000 people or so", 19, "a range takes no qualifier"),
        ("thousands of people or more", 20, "a vague quantity takes no qualifier"),
        ("thousands-2,000", 9, "a vague quantity cannot be an end of a range"),
        ("2 dozen", 2, "dozen"),
        ("1 in 5", 2, "not a unit"),
        ("several hundred million million million", 0, "too large"),
        ("dozens of thousands", 10, "would change its figure"),
        ("hundreds or thousands", 9, "would change its figure"),
        ("5 thousands", 2, "would change its figure"),
        ("about 1,000-2,000", 11, "takes no qualifier"),
        // Once read as the first figure with the unit `to 3,000`.
        ("about 2,000 to 3,000", 12, "found a range after `about 2,000`; a range takes no qualifier"),
        ("more than 2 million to 3 million deaths", 20, "a range takes no qualifier"),
        ("thousands to 5,000", 10, "a vague quantity cannot be an end of a range"),
        ("2,000 through 3,000", 6, "a second figure, `through 3,000`"),
        ("about 2,000 up to 3,000", 12, "a second figure"),
        ("2,000 vs 3,000", 6, "a second figure"),
        ("2,000 minus 300", 6, "a second figure"),
        ("5 percent to 6 percent", 10, "a second figure, `to 6 percent`, after `5 percent`"),
        ("about 2,000 people to 3,000 people", 19, "a second figure"),
        ("2 billion dollars to 3 billion dollars", 18, "a second figure"),
        ("2,000 deaths through 3,000", 13, "a second figure"),
        ("at least 500 and at most 600", 13, "a second figure, `and at most 600`"),
        // A counting word is a second figure too.
        ("hundreds to a thousand", 9, "a vague quantity cannot be an end of a range"),
        ("about 500 to a thousand", 10, "a range takes no qualifier"),
        ("500 and a thousand", 4, "a second figure, `and a thousand`"),
        ("500 or half a million", 4, "a second figure"),
        ("1 in a thousand", 2, "not a unit"),
        ("more than 2,000 or fewer than 3,000", 16, "cannot be combined"),
        ("26th", 2, "an ordinal"),
        ("3rd place", 1, "an ordinal"),
        ("21st", 2, "an ordinal"),
        ("101st", 3, "an ordinal"),
        ("12th", 2, "an ordinal"),
        ("a few", 0, "expected a number or a qualifier"),
        ("500ish", 3, "found `ish` after `500`"),
        ("1.1+bn", 4, "found the multiplier `bn` after `1.1+`"),
        ("201+ mn", 5, "found the multiplier `mn` after `201+`"),
        ("201+ million", 5, "found the multiplier `million` after `201+`"),
        ("5+m people", 2, "multiplier `m`"),
        ("1,000-2,000 to 3,000", 12, "a range has two ends"),
        ("1-2-3", 3, "has two ends"),
        ("5 -3", 2, "found `-3` after `5`, a dash spaced on one side only"),
        ("about 1,000 - 2,000", 12, "a range takes no qualifier"),
        ("10 000 people", 3, "unexpected `000`"),
        ("3 out of 4 voters", 2, "not a unit"),
        ("220.4444444444444444444444444444444", 0, "more than a figure holds exactly"),
        // Two figures: once read as the first with the rest as its unit.
        ("8,000 and 10,000", 6, "a second figure"),
        ("about 8,000m and 10,000 homes", 13, "a second figure"),
        ("300 or 400", 4, "a second figure"),
        // A number in words after it, which the quote reader adds.
        ("3 mn Three", 5, "found the number `Three`"),
        ("2 million twenty people", 10, "found the number `twenty`"),
        // `2.25% to 2.75%` once read as 2.25 with unit `percent to 2.75%`;
        // a `%` on the first end alone leaves the second's unit open.
        ("5%-6", 3, "its second none"),
        ("between 5% and 6 people", 15, "its second none"),
        // Not a range, and not approx without its `%` either.
        ("5%-odd", 2, "`-odd` after `5%`; it goes straight after a number"),
        ("5%-plus", 2, "`-plus` after `5%`"),
        ("5%-x", 2, "expected a number after the range separator, found `x`"),
    ];

    #[test]
    fn a_point_before_three_digits_ending_in_zero_may_be_thousands() {
        for (text, found) in [
            ("2.000", Some("2.000")),
            ("about 12.500 people", Some("12.500")),
            ("between 1.000 and 2.000", Some("1.000")),
            ("1,000-2.500", Some("2.500")),
            ("2.000 deaths", Some("2.000")),
        ] {
            assert_eq!(point_or_thousands(text).map(|r| &text[r]), found, "{text}");
        }
        // A decimal plainly: other digits, other lengths, a multiplier or
        // `%` after it, or a longer number.
        for text in [
            "2.5",
            "2.50",
            "1.234",
            "2.0000",
            "1234.000",
            "2.000 million",
            "2.000m",
            "2.000%",
            "1,500.000",
            "v1.2.000",
        ] {
            assert_eq!(point_or_thousands(text), None, "{text}");
        }
    }

    #[test]
    fn a_unit_may_hold_a_range_or_a_step_of_its_own() {
        for (value, unit) in [
            ("3,000 people aged 18 to 24", "people aged 18 to 24"),
            (
                "2,000 children up to 5 years old",
                "children up to 5 years old",
            ),
            ("12 per 100,000 people", "per 100,000 people"),
            ("400 deaths from 2020 to 2024", "deaths from 2020 to 2024"),
            ("5 percent", "percent"),
        ] {
            let parsed = parse(value, 0.1).map(|p| (p.quantity.bound, p.unit));
            assert_eq!(
                parsed,
                Ok((Bound::Exact, Some(unit.to_string()))),
                "{value}"
            );
        }
    }

    #[test]
    fn near_misses_are_located_errors() {
        for &(input, start, word) in NEAR_MISSES {
            let e = parse(input, 0.10).expect_err(input);
            assert_eq!(e.span.start, start, "{input:?}: {e:?}");
            assert!(e.message.contains(word), "{input:?}: {}", e.message);
            assert!(e.span.end <= input.len(), "{input:?}");
            assert!(e.help.contains("accepted forms") || !e.help.is_empty());
        }
    }

    #[test]
    fn a_qualifier_after_a_percent_sign_gets_the_value_to_write() {
        for (input, want) in [("5%-odd", "`about 5%`"), ("2.5%-plus", "`more than 2.5%`")] {
            let e = parse(input, 0.10).expect_err(input);
            assert!(e.help.ends_with(want), "{input}: {}", e.help);
        }
    }

    #[test]
    fn a_typo_of_a_qualifier_gets_a_suggestion() {
        let e = parse("abuot 5", 0.10).expect_err("typo");
        assert!(e.help.starts_with("did you mean `about`?"), "{}", e.help);
    }

    #[test]
    fn units_compare_case_and_plural_insensitively() {
        assert_eq!(unit_key("Deaths"), unit_key("death"));
        assert_eq!(unit_key("casualties"), unit_key("Casualty"));
        assert_ne!(unit_key("deaths"), unit_key("troops"));
        assert_eq!(unit_key("class"), "class");
        // Any word's plural, and its spacing.
        assert_eq!(unit_key("zloty an egg"), unit_key("Zlotys  an egg"));
        assert_eq!(unit_key("heads of state"), unit_key("head of state"));
        assert_ne!(unit_key("zlotys an egg"), unit_key("zlotys a day"));
    }

    #[test]
    fn every_phrase_after_a_number_ends_in_a_listed_word() {
        for (phrase, _) in AFTER {
            let last = phrase.rsplit(' ').next().unwrap_or(phrase);
            assert!(AFTER_LAST_WORDS.contains(&last), "`{last}` of `{phrase}`");
        }
        for word in AFTER_LAST_WORDS {
            assert!(AFTER.iter().any(|(p, _)| p.ends_with(word)), "`{word}`");
        }
    }

    #[test]
    fn a_phrase_after_a_number_comes_before_any_it_extends() {
        // `first_of` takes the first match, so `approx.` must come before
        // `approx`, or `1,000 approx.` would leave a stray `.`.
        for (i, (early, _)) in AFTER.iter().enumerate() {
            for (later, _) in &AFTER[i + 1..] {
                assert!(
                    !later.starts_with(early),
                    "`{later}` must come before `{early}`"
                );
            }
        }
        assert!(parse("1,000 approx.", 0.1).is_ok());
    }

    #[test]
    fn the_qualifier_after_a_number_in_running_text() {
        use Bound::*;
        for (after, bound) in [
            (" or so people", Some(Approx)),
            ("-odd years", Some(Approx)),
            ("–plus", Some(MoreThan)),
            ("+ participants", Some(MoreThan)),
            (" or more", Some(AtLeast)),
            (" OR LESS", Some(AtMost)),
            (" oddly", None),
            (" people", None),
            ("-10", None),
        ] {
            assert_eq!(qualifier_starting(after), bound, "{after:?}");
        }
    }

    #[test]
    fn qualifiers_need_a_word_boundary() {
        // `overall` is not `over`, `someone` is not `some`.
        assert!(parse("overall 5", 0.1).is_err());
        assert!(parse("someone 5", 0.1).is_err());
    }
}

//! Evidence checks: does a claim's `quote` hold its figure, in any written
//! form of the number (`2,000`, `2000`, `2 000`, `2k`, `two thousand`,
//! `27-hundred`, `four-thousand-100`), and does the quote's qualifier agree
//! with the value's (`roughly 600` against `at least 600`)?

use std::ops::Range;

use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Basis, Claim, Kind, Location, ShortSpan};
use crate::quantity::{self, Bound};
use crate::render::number::format as thousands;

/// A number written in running text, and where (byte range).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub value: f64,
    pub span: Range<usize>,
}

/// One piece of a number phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    /// Digits or a word below a hundred (`27`, `twenty`, `six`, `1.5`).
    Small(f64),
    /// `hundred`.
    Hundred,
    /// `thousand`, `million`, `billion` (and `k`, `m`, `bn` after digits).
    Scale(f64),
    /// `a` before a scale word (`a thousand`), `half` before `a million`.
    Article(f64),
    /// `and` inside a phrase (`two hundred and fifty`).
    And,
    /// `quarter`, `quarters` after `a` or a number word, which take a
    /// part of the scale after them (`a quarter of a million`, `three
    /// quarters of a billion`, `a quarter million`).
    Fraction(f64),
    /// `of` after a fraction.
    Of,
}

/// `word` lowercased and packed into one integer, byte `i` in bits
/// `8i..8i + 8`. Number words hold no NUL byte, so two words pack alike
/// only when they are the same word (in any case).
const fn pack(word: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i].to_ascii_lowercase() as u128) << (8 * i);
        i += 1;
    }
    key
}

/// The packed key of `word`, when it is ASCII and short enough to be one
/// of the words looked for: no other text lowercases to one of them, so
/// longer or non-ASCII words are turned away without looking further.
#[inline(always)]
fn key_of(word: &str, longest: usize) -> Option<u128> {
    if word.len() > longest.min(16) || !word.is_ascii() {
        return None;
    }
    // What `pack` computes, a whole word at a time.
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    Some(u128::from_le_bytes(bytes))
}

/// `Some(piece)` for the first `word` whose key is `key`, else `None`. The
/// keys are constants, so the comparisons compile to one integer switch.
macro_rules! lookup {
    ($key:expr; $($word:literal => $piece:expr,)*) => {{
        let key = $key;
        $(
            if key == const { pack($word) } {
                return Some($piece);
            }
        )*
        None
    }};
}

/// Every number word, in lowercase, and the piece it gives.
const NUMBER_WORDS: [(&[u8], Piece); 46] = [
    (b"zero", Piece::Small(0.0)),
    (b"one", Piece::Small(1.0)),
    (b"two", Piece::Small(2.0)),
    (b"three", Piece::Small(3.0)),
    (b"four", Piece::Small(4.0)),
    (b"five", Piece::Small(5.0)),
    (b"six", Piece::Small(6.0)),
    (b"seven", Piece::Small(7.0)),
    (b"eight", Piece::Small(8.0)),
    (b"nine", Piece::Small(9.0)),
    (b"ten", Piece::Small(10.0)),
    (b"eleven", Piece::Small(11.0)),
    (b"twelve", Piece::Small(12.0)),
    (b"thirteen", Piece::Small(13.0)),
    (b"fourteen", Piece::Small(14.0)),
    (b"fifteen", Piece::Small(15.0)),
    (b"sixteen", Piece::Small(16.0)),
    (b"seventeen", Piece::Small(17.0)),
    (b"eighteen", Piece::Small(18.0)),
    (b"nineteen", Piece::Small(19.0)),
    (b"twenty", Piece::Small(20.0)),
    (b"thirty", Piece::Small(30.0)),
    (b"forty", Piece::Small(40.0)),
    (b"fifty", Piece::Small(50.0)),
    (b"sixty", Piece::Small(60.0)),
    (b"seventy", Piece::Small(70.0)),
    (b"eighty", Piece::Small(80.0)),
    (b"ninety", Piece::Small(90.0)),
    (b"dozen", Piece::Scale(12.0)),
    (b"hundred", Piece::Hundred),
    (b"a", Piece::Article(1.0)),
    (b"half", Piece::Article(0.5)),
    (b"and", Piece::And),
    (b"quarter", Piece::Fraction(0.25)),
    (b"quarters", Piece::Fraction(0.25)),
    (b"of", Piece::Of),
    (b"thousand", Piece::Scale(1e3)),
    (b"million", Piece::Scale(1e6)),
    (b"mn", Piece::Scale(1e6)),
    (b"billion", Piece::Scale(1e9)),
    (b"bn", Piece::Scale(1e9)),
    (b"trillion", Piece::Scale(1e12)),
    (b"lakh", Piece::Scale(1e5)),
    (b"lakhs", Piece::Scale(1e5)),
    (b"crore", Piece::Scale(1e7)),
    (b"crores", Piece::Scale(1e7)),
];

/// The packed key of each of [`NUMBER_WORDS`], in the same order.
const NUMBER_KEYS: [u128; NUMBER_WORDS.len()] = {
    let mut keys = [0; NUMBER_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = pack(NUMBER_WORDS[i].0);
        i += 1;
    }
    keys
};

/// For each first letter `a`..`z`, bit `n` is set when a number word of
/// `n` letters starts with it. Most words of a quote (`said`, `figure`,
/// `stands`) are turned away by this one look, before a key is made.
const NUMBER_WORD_SHAPES: [u16; 26] = {
    let mut shapes = [0u16; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let word = NUMBER_WORDS[i].0;
        shapes[(word[0] - b'a') as usize] |= 1 << word.len();
        i += 1;
    }
    shapes
};

/// The number word `word` (any case), or `None`. Inlined: it runs on
/// every word of every quote.
#[inline(always)]
fn word_piece(word: &str) -> Option<Piece> {
    let &first = word.as_bytes().first()?;
    let letter = usize::from(first.to_ascii_lowercase().wrapping_sub(b'a'));
    let shapes = *NUMBER_WORD_SHAPES.get(letter)?;
    if word.len() >= 16 || shapes & (1 << word.len()) == 0 {
        return None;
    }
    let key = key_of(word, 16)?;
    let found = NUMBER_KEYS.iter().position(|&k| k == key)?;
    Some(NUMBER_WORDS[found].1)
}

/// Whether `word` is a number in words below a hundred (`three`,
/// `Twenty`), which the quote reader adds to a figure before it (`3 mn
/// three` is 3,000,003).
pub fn is_small_number_word(word: &str) -> bool {
    matches!(word_piece(word), Some(Piece::Small(_)))
}

/// What follows digits in the same word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suffix {
    /// Nothing, or `%`: `2000`, `12%`.
    Plain,
    /// A scale: `2k`, `1.5m`, `3bn`, `£2million`.
    Scale(f64),
    /// A unit run into the number: `5km`, `300mm`, `40C`. The number is
    /// the digits alone.
    Unit,
}

/// Letters after digits that make no figure: ordinals (`1st`, `3rd`),
/// decades (`1990s`) and times (`9am`).
const NOT_UNITS: [&[u8]; 7] = [b"st", b"nd", b"rd", b"th", b"s", b"am", b"pm"];

/// What `suffix` after digits is, or `None` for letters that make the word
/// no number (`1st`, `1990s`, `9am`, `3x4y`).
fn digit_suffix(suffix: &str) -> Option<Suffix> {
    if let Some(scale) = short_scale(suffix) {
        return Some(scale.map_or(Suffix::Plain, Suffix::Scale));
    }
    // A scale word run into the digits: `£2million`, `3billion`.
    if let Some(Piece::Scale(s)) = word_piece(suffix)
        && s != 12.0
    {
        return Some(Suffix::Scale(s));
    }
    let letters =
        (1..=4).contains(&suffix.len()) && suffix.bytes().all(|b| b.is_ascii_alphabetic());
    let unit = letters
        && !NOT_UNITS
            .iter()
            .any(|n| suffix.as_bytes().eq_ignore_ascii_case(n));
    unit.then_some(Suffix::Unit)
}

/// The scale a short suffix after digits gives (`k`, `m`, `bn`),
/// `Some(None)` for none (`12%`, `2000`), `None` for other letters.
fn short_scale(suffix: &str) -> Option<Option<f64>> {
    lookup! { key_of(suffix, 2)?;
        b"" => None,
        b"%" => None,
        b"k" => Some(1e3),
        b"m" => Some(1e6),
        b"mn" => Some(1e6),
        b"b" => Some(1e9),
        b"bn" => Some(1e9),
        b"tn" => Some(1e12),
    }
}

/// Digits with separators and an optional suffix: `2,000`, `1.5`, `2k`,
/// `3.5bn`, `12%`, `5km`. Returns the number, what follows it, and the
/// length of the number's own text.
fn digit_pieces(token: &str) -> Option<(f64, Suffix, usize)> {
    let end = token
        .bytes()
        .position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.'))
        .unwrap_or(token.len());
    let (digits, suffix) = token.split_at(end);
    let digits = digits.trim_end_matches(['.', ',']);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let suffix = digit_suffix(suffix)?;
    // A comma groups thousands (`2,000`); a comma before fewer than three
    // digits is a decimal comma (`1,5`), which English news does not use:
    // read it as text, not as a number.
    let value: f64 = if digits.contains(',') {
        let mut groups = digits.split(',');
        let first = groups.next().unwrap_or("");
        // The digits without their commas, on the stack: a figure of more
        // than 64 digits is no figure a claim can hold (values stop at
        // 2^53), so such a run is read as text.
        let mut joined = [0u8; 64];
        let mut len = 0;
        for (i, g) in std::iter::once(first).chain(groups).enumerate() {
            if i > 0 && g.split('.').next().map(str::len) != Some(3) {
                return None;
            }
            joined
                .get_mut(len..len + g.len())?
                .copy_from_slice(g.as_bytes());
            len += g.len();
        }
        read_digits(std::str::from_utf8(&joined[..len]).ok()?)?
    } else {
        read_digits(digits)?
    };
    Some((value, suffix, digits.len()))
}

/// The number `digits` (ASCII digits and at most one `.`) writes. Whole
/// numbers of up to 15 digits, nearly all figures, are read exactly by
/// integer arithmetic; others by the standard float parser.
fn read_digits(digits: &str) -> Option<f64> {
    if digits.len() <= 15 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let whole = digits
            .bytes()
            .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        return Some(whole as f64);
    }
    digits.parse().ok()
}

/// Words of a text as byte ranges: letters and digits, with `,` and `.`
/// kept between digits (`2,000`, `1.5`) and `%` kept. Hyphens split words
/// (`twenty-six`, `27-hundred`); the phrase reader joins them again.
/// Cloning it is how the reader looks ahead.
#[derive(Clone)]
struct Words<'t> {
    text: &'t str,
    at: usize,
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let mut start: Option<usize> = None;
        let mut i = self.at;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII byte by byte; any other character decoded whole.
            let (part, width) = if b.is_ascii() {
                let part = WORD_BYTE[usize::from(b)]
                    || ((b == b',' || b == b'.')
                        && start.is_some()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
                (part, 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            };
            match (part, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    self.at = i + width;
                    return Some(s..i);
                }
                _ => {}
            }
            i += width;
        }
        self.at = bytes.len();
        start.map(|s| s..bytes.len())
    }
}

/// ASCII bytes that are part of a word wherever they stand: letters,
/// digits and `%`.
const WORD_BYTE: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'%';
        b += 1;
    }
    table
};

fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// Evaluate a phrase of pieces: `four thousand 100` → 4100.
fn evaluate(pieces: &[Piece]) -> Option<f64> {
    // `current` is None until a number is written: `hundred` alone is 100,
    // but `0k` is 0, not a thousand.
    let (mut total, mut current, mut any) = (0.0, None::<f64>, false);
    for p in pieces {
        match *p {
            Piece::Small(n) => {
                current = Some(current.unwrap_or(0.0) + n);
                any = true;
            }
            // `half a million`: the article after `half` adds nothing.
            Piece::Article(n) => {
                if current.is_none() {
                    current = Some(n);
                }
            }
            Piece::Hundred => {
                current = Some(current.map_or(100.0, |c| c * 100.0));
                any = true;
            }
            Piece::Scale(s) => {
                total += current.map_or(s, |c| c * s);
                current = None;
                any = true;
            }
            // `a quarter`, `three quarters`: a part of the scale to come.
            Piece::Fraction(f) => current = Some(current.unwrap_or(1.0) * f),
            Piece::And | Piece::Of => {}
        }
    }
    any.then_some(total + current.unwrap_or(0.0))
}

/// Whether `next` may continue a phrase that ends with `last`.
fn continues(last: Option<Piece>, next: Piece, next_is_digits: bool, last_is_digits: bool) -> bool {
    match (last, next) {
        (None, Piece::And | Piece::Of) => false,
        (None, _) => true,
        // `three quarters`, `a quarter`, then `of a million` or `million`.
        (Some(Piece::Small(_)), Piece::Fraction(_)) => !last_is_digits,
        (Some(Piece::Article(_)), Piece::Fraction(_)) => true,
        (Some(Piece::Fraction(_)), Piece::Of | Piece::Scale(_)) => true,
        (Some(Piece::Fraction(_)), _) => false,
        (Some(Piece::Of), Piece::Article(_)) => true,
        (Some(Piece::Of), _) => false,
        // `twenty six`, `hundred and five`, `thousand 100`.
        (Some(Piece::Small(a)), Piece::Small(b)) => {
            !last_is_digits && !next_is_digits && a >= 20.0 && a % 10.0 == 0.0 && b < 10.0
        }
        (Some(Piece::Small(_)), Piece::Hundred | Piece::Scale(_)) => true,
        (Some(Piece::Small(_)), _) => false,
        (Some(Piece::Article(_)), Piece::Hundred | Piece::Scale(_) | Piece::Article(_)) => true,
        (Some(Piece::Article(_)), _) => false,
        (Some(Piece::Hundred | Piece::Scale(_)), Piece::Small(_) | Piece::And) => true,
        (Some(Piece::Hundred), Piece::Scale(_)) => true,
        (Some(Piece::Scale(a)), Piece::Scale(b)) => b > a,
        (Some(Piece::Hundred | Piece::Scale(_)), _) => false,
        // `hundred and five`; but digits after `and` start a figure of
        // their own: `between $1.2 billion and $1.5 billion` is no 2.7
        // billion.
        (Some(Piece::And), Piece::Small(_)) => !next_is_digits,
        (Some(Piece::And), _) => false,
    }
}

/// Whether a `+` follows the digits of the number a mention writes,
/// before its multiplier (`201+ million`, `1.1+bn`): more than the figure,
/// as `201+` alone is.
pub fn plus_inside(mention: &str) -> bool {
    mention.find('+').is_some_and(|i| {
        mention[..i].ends_with(|c: char| c.is_ascii_digit()) && i + 1 < mention.len()
    })
}

/// Every number written in `text`.
pub fn numbers_in(text: &str) -> Vec<Mention> {
    let mut tokens = words(text);
    let mut out = Vec::new();
    let mut phrase: Vec<Piece> = Vec::new();
    // Where the phrase's last piece other than `and` or an article ends.
    let mut solid_end: Option<usize> = None;
    let mut span: Option<Range<usize>> = None;
    let mut last_digits = false;
    // Whether the phrase so far holds digits, and where its last word ended.
    let mut phrase_digits = false;
    let mut last_end = 0;
    let flush = |phrase: &mut Vec<Piece>,
                 solid_end: &mut Option<usize>,
                 span: &mut Option<Range<usize>>,
                 out: &mut Vec<Mention>| {
        // A phrase may not end in `and`, an article or a part of what
        // never came, nor may its span: `1.2bn and create` mentions
        // `1.2bn`, `three quarters of the staff` mentions `three`.
        while matches!(
            phrase.last(),
            Some(Piece::And | Piece::Article(_) | Piece::Fraction(_) | Piece::Of)
        ) {
            phrase.pop();
        }
        let s = span.take();
        if let (Some(value), Some(s), Some(end)) = (evaluate(phrase), s, solid_end.take()) {
            out.push(Mention {
                value,
                span: s.start..end,
            });
        }
        phrase.clear();
        *solid_end = None;
    };
    while let Some(range) = tokens.next() {
        let mut word = &text[range.clone()];
        let mut end = range.end;
        // `2 000`: digits grouped by spaces (also no-break and thin spaces).
        let grouped;
        if word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
            let mut ahead = tokens.clone();
            let mut joined = String::new();
            while let Some(next) = ahead.next() {
                let gap = &text[end..next.start];
                let group = &text[next.clone()];
                if group.len() == 3
                    && group.bytes().all(|b| b.is_ascii_digit())
                    && !gap.is_empty()
                    && gap
                        .chars()
                        .all(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
                {
                    if joined.is_empty() {
                        joined.push_str(word);
                    }
                    joined.push_str(group);
                    end = next.end;
                    tokens = ahead.clone();
                } else {
                    break;
                }
            }
            if !joined.is_empty() {
                grouped = joined;
                word = &grouped;
            }
        }
        // A word gives one piece, digits with a scale suffix two (`2k`).
        // A unit run into digits (`5km`) ends the phrase at the digits.
        let mut ends_phrase = false;
        let (pieces, is_digits) = if word.starts_with(|c: char| c.is_ascii_digit()) {
            match digit_pieces(word) {
                Some((n, suffix, len)) => {
                    let scale = match suffix {
                        // `2k` ends its phrase: `00mn One` is no 1.
                        Suffix::Scale(s) => {
                            ends_phrase = true;
                            Some(Piece::Scale(s))
                        }
                        Suffix::Unit => {
                            ends_phrase = true;
                            end = range.start + len;
                            None
                        }
                        // `4%` ends its phrase too: `4% Mn` is no 4 million.
                        Suffix::Plain => {
                            ends_phrase = word.ends_with('%');
                            None
                        }
                    };
                    ([Some(Piece::Small(n)), scale], true)
                }
                None => ([None, None], false),
            }
        } else {
            ([word_piece(word), None], false)
        };
        // A clause mark ends a phrase with digits: `37 million, three
        // times` is no 37,000,003 (`one million, two hundred` in words is
        // one number).
        if phrase.is_empty() {
            phrase_digits = false;
        } else if (phrase_digits || is_digits)
            && text[last_end.min(range.start)..range.start].contains([',', ';', ':', '(', ')'])
        {
            flush(&mut phrase, &mut solid_end, &mut span, &mut out);
            phrase_digits = false;
        }
        last_end = end;
        if pieces[0].is_none() {
            flush(&mut phrase, &mut solid_end, &mut span, &mut out);
            continue;
        }
        for (n, piece) in pieces.into_iter().flatten().enumerate() {
            let digits_here = is_digits && n == 0;
            if !continues(phrase.last().copied(), piece, digits_here, last_digits) {
                flush(&mut phrase, &mut solid_end, &mut span, &mut out);
                phrase_digits = false;
                if !continues(None, piece, digits_here, false) {
                    continue;
                }
            }
            if !matches!(
                piece,
                Piece::And | Piece::Article(_) | Piece::Fraction(_) | Piece::Of
            ) {
                solid_end = Some(end);
            }
            phrase.push(piece);
            phrase_digits |= digits_here;
            last_digits = digits_here;
            span = Some(span.map_or(range.start..end, |s| s.start..end));
        }
        if ends_phrase {
            flush(&mut phrase, &mut solid_end, &mut span, &mut out);
        }
    }
    flush(&mut phrase, &mut solid_end, &mut span, &mut out);
    out
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The figures a quote must hold for `c`.
fn targets(c: &Claim) -> impl Iterator<Item = f64> {
    let q = &c.quantity;
    let figures = match q.bound {
        Bound::Range => [q.low(), q.high(), q.point()],
        Bound::Vague | Bound::Statement => [None; 3],
        _ => [q.point(), None, None],
    };
    figures.into_iter().flatten()
}

/// Whether mention `m` writes `target`; a range's low end may be written
/// without the multiplier its high end carries (`10-12 thousand`): any
/// multiplier below 1,000, and `high_scale`, the one the high end is
/// written with, at any size (`between 2,000 and 5,000m`). A negative
/// figure is found by its size: quotes give the sign in words as often as
/// with a minus (`fell by 5%`, `a loss of 300`).
fn writes(m: &Mention, target: f64, high_scale: Option<f64>) -> bool {
    let target = target.abs();
    same(m.value, target)
        || [1e3, 1e6, 1e9]
            .iter()
            .any(|&s| same(m.value * s, target) && (m.value < 1000.0 || high_scale == Some(s)))
}

/// The multiplier a number phrase ends with, as the number reader reads
/// it: `5,000m` → 1e6, `3 billion` → 1e9, `12k` → 1e3.
fn written_scale(text: &str) -> Option<f64> {
    let text = text.trim_end().to_ascii_lowercase();
    let word = text.rsplit(|c: char| !c.is_ascii_alphabetic()).next()?;
    short_scale(word).flatten().or(match word_piece(word) {
        Some(Piece::Scale(s)) if s != 12.0 => Some(s),
        _ => None,
    })
}

/// Currency signs written before a figure, and the unit they stand for.
const CURRENCIES: &[(char, &str)] = &[
    ('$', "dollars"),
    ('€', "euros"),
    ('£', "pounds"),
    ('¥', "yen"),
];

/// The unit the currency sign `c` stands for (`$` → `dollars`), if it is
/// one claimtrack knows.
pub fn currency(c: char) -> Option<&'static str> {
    CURRENCIES
        .iter()
        .find(|(sign, _)| *sign == c)
        .map(|(_, unit)| *unit)
}

/// The currency a unit names, as the sign that writes it: `dollars`, `US
/// dollars` and `USD` → `$`, `euros` → `€`, `pounds` and `sterling` → `£`,
/// `yen` and `yuan` → `¥` (one sign writes both). `None` for a unit that
/// is no currency.
pub fn unit_currency(unit: &str) -> Option<char> {
    unit.as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .find_map(currency_word)
}

/// The currency sign of one word that names a currency, in any case.
fn currency_word(word: &[u8]) -> Option<char> {
    let mut lower = [0u8; 8];
    let lower = lower.get_mut(..word.len())?;
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    match &*lower {
        b"dollar" | b"dollars" | b"usd" | b"aud" | b"cad" | b"nzd" | b"hkd" | b"sgd" => Some('$'),
        b"euro" | b"euros" | b"eur" => Some('€'),
        b"pound" | b"pounds" | b"sterling" | b"gbp" => Some('£'),
        b"yen" | b"yuan" | b"renminbi" | b"jpy" | b"cny" | b"rmb" => Some('¥'),
        _ => None,
    }
}

/// The currencies a quote gives mention `m` in: a sign just before its
/// digits (`€4.5 billion`, `US$ 5m`; not `$billion`, as `extract` reads
/// it), and a currency's name just after it (`4.5 billion euros`).
fn mention_currencies(quote: &str, m: &Mention) -> [Option<char>; 2] {
    let before = quote[..m.span.start].trim_end_matches(' ');
    let sign = before
        .chars()
        .next_back()
        .filter(|&c| currency(c).is_some() && sign_applies(&quote[m.span.start..]));
    let after = quote[m.span.end..].trim_start();
    let word = after
        .as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    [sign, currency_word(word)]
}

/// How a currency sign is named in a finding.
fn currency_name(sign: char) -> &'static str {
    match sign {
        '¥' => "yen or yuan",
        _ => currency(sign).unwrap_or("another currency"),
    }
}

/// Whether a currency sign just before `rest` (spaces may come between)
/// stands for the figure that starts it: one in digits or a number word
/// below a hundred (`$40 billion`, `US$ 5m`, `over $three million`); not
/// a bare scale word (`$billion`, `~$mn`) or other text (`$abc`). The one
/// rule `extract` and the quote check read a sign by.
pub fn sign_applies(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    rest.starts_with(|c: char| c.is_ascii_digit())
        || rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(is_small_number_word)
}

/// `head`, the text before `rest`, without the currency sign at its end
/// (spaces may follow it) when the sign stands for the figure starting
/// `rest`: where a qualifier may end (`more than $40 billion`, `about $
/// 5`).
pub fn without_sign<'h>(head: &'h str, rest: &str) -> &'h str {
    head.trim_end_matches(' ')
        .strip_suffix(|c: char| currency(c).is_some())
        .filter(|_| sign_applies(rest))
        .unwrap_or(head)
}

/// `head`, the text before a number, without the minus sign at its end
/// when the sign starts the number (`fell by -5%`, `a balance of −3
/// million`, `(-5%)`); a dash after a word or a figure is none
/// (`COVID-19`, `10-12`). The one rule `extract` and the quote check
/// read a minus sign by.
pub fn without_minus(head: &str) -> &str {
    match head.strip_suffix(['-', '−']) {
        Some(before)
            if before
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '(') =>
        {
            before
        }
        _ => head,
    }
}

/// Units of time: a number before one is a duration (`within 48 hours`),
/// and no ratio ends in one (`3 in 10 minutes`).
pub const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];

/// The percentage that mentions `a` and `b` of `text` write as a ratio:
/// `1 in 5` (20), `one out of four`, `3 in every 10`. Not when the first
/// is larger (`5 in 2 attacks`) or the second counts time (`3 in 10
/// minutes`).
pub fn ratio(text: &str, a: &Mention, b: &Mention) -> Option<f64> {
    let gap = text.get(a.span.end..b.span.start)?.trim();
    let joined = ["in", "out of", "in every", "of every"]
        .iter()
        .any(|j| gap.eq_ignore_ascii_case(j));
    let counted = text[b.span.end..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let time = TIME_UNITS.contains(&counted.as_str());
    let percent = text[b.span.start..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let whole = a.value.fract() == 0.0 && b.value.fract() == 0.0;
    (joined && whole && !time && b.value > 0.0 && a.value <= b.value && !percent.starts_with('%'))
        .then(|| 100.0 * a.value / b.value)
}

/// Fractions written in words, by denominator: the singular (`a third`)
/// and the plural (`two-thirds`).
const DENOMINATORS: &[(&str, &str, f64)] = &[
    ("half", "halves", 2.0),
    ("third", "thirds", 3.0),
    ("quarter", "quarters", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("seventh", "sevenths", 7.0),
    ("eighth", "eighths", 8.0),
    ("ninth", "ninths", 9.0),
    ("tenth", "tenths", 10.0),
];

/// A fraction's numerator in words.
const NUMERATORS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
];

/// Words before a bare `half` that make it a part of something other than
/// a count: `the first half of the year`, `the other half of`.
const NOT_A_SHARE: &[&str] = &[
    "the", "first", "second", "last", "latter", "other", "this", "that", "next", "each", "back",
    "and",
];

/// The percentage of the fraction that ends `text`, and where the fraction
/// starts (a byte offset into `text`): `almost two-thirds` → (66.66…, 7),
/// `nearly half` → (50, 7), `a fifth` → (20, 0). Only proper fractions
/// with a numerator in words (`a`, `one` … `nine`); `half` alone unless a
/// word such as `the` or `first` comes before it.
pub fn fraction_ending(text: &str) -> Option<(f64, usize)> {
    let text = text.trim_end();
    let word_start = |t: &str| {
        t.char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || c == '-')
            .map_or(0, |(i, c)| i + c.len_utf8())
    };
    let start = word_start(text);
    let last = text[start..].to_lowercase();
    let &(_, _, denominator) = DENOMINATORS
        .iter()
        .find(|(one, many, _)| last == *one || last == *many)?;
    let plural = !DENOMINATORS.iter().any(|(one, _, _)| last == *one);
    let before = &text[..start];
    let hyphen = before.ends_with('-');
    let head = before.strip_suffix('-').unwrap_or(before).trim_end();
    let head_start = word_start(head);
    let previous = head[head_start..].to_lowercase();
    // `one and a half`, `two-and-a-half`: a mixed number, no share.
    let earlier = head[..head_start]
        .strip_suffix('-')
        .unwrap_or(&head[..head_start]);
    let mixed = earlier
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("and"));
    match NUMERATORS.iter().find(|(w, _)| previous == *w) {
        Some(&(_, n)) if (n == 1.0) != plural && n < denominator && !mixed => {
            Some((100.0 * n / denominator, head_start))
        }
        None if denominator == 2.0
            && !plural
            && !hyphen
            && !NOT_A_SHARE.contains(&previous.as_str()) =>
        {
            Some((50.0, start))
        }
        _ => None,
    }
}

/// The fractions of `text` that count a share of something: a fraction
/// followed by `of` (`two-thirds of voters`, `almost half of the
/// teachers`), each as a mention of its percentage. Not `half an hour`,
/// `the third quarter of`, `the first half of 2025`.
pub fn fractions(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let end = word.as_ptr() as usize - text.as_ptr() as usize + word.len();
        let rest = text[end..].trim_start();
        let mut next = rest.split_whitespace();
        let is = |w: Option<&str>, words: &[&str]| {
            w.is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
        };
        let (first, second) = (next.next(), next.next());
        // `half the population`; not `a quarter of a century`, `half of a
        // million`, which measure.
        let half_the = word.eq_ignore_ascii_case("half") && is(first, &["the"]);
        let of = is(first, &["of"]) && !is(second, &["a", "an"]);
        if !(of || half_the) {
            continue;
        }
        if let Some((p, start)) = fraction_ending(&text[..end]) {
            out.push(Mention {
                value: p,
                span: start..end,
            });
        }
    }
    out
}

/// `x` rounded to `decimals` places.
fn rounded(x: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (x * scale).round() / scale
}

/// A ratio's percentage `p` as a value writes it: exact where six decimals
/// hold it (`1 in 8` is 12.5, `1 in 10,000` 0.01), else to three
/// significant digits (`1 in 3` is 33.3, `1 in 300` 0.333).
pub fn percent_as_written(p: f64) -> f64 {
    if let Some(k) = (0..=6).find(|&k| same(rounded(p, k), p)) {
        return rounded(p, k);
    }
    let magnitude = p.abs().log10().floor() as i32;
    rounded(p, (2 - magnitude).clamp(1, 6))
}

/// Whether a quote writes `target` percent as a ratio or a fraction: `1 in
/// 5` is 20%, `1 in 3` and `a third of` are 33%, 33.3% or 33.33% (rounded
/// as the value is written, to at most six places).
fn share_writes(quote: &str, mentions: &[Mention], target: f64) -> bool {
    shares_writing(quote, mentions, target).next().is_some()
}

/// The ratios and fractions of `quote` that write `target` percent, each
/// as one mention spanning its words (`1 in 5`, `two-thirds`).
fn shares_writing<'m>(
    quote: &'m str,
    mentions: &'m [Mention],
    target: f64,
) -> impl Iterator<Item = Mention> + 'm {
    let writes = move |p: f64| same(p, target) || (0..=6).any(|k| same(rounded(p, k), target));
    let ratios = mentions.windows(2).filter_map(move |w| {
        let p = ratio(quote, &w[0], &w[1])?;
        writes(p).then(|| Mention {
            value: target,
            span: w[0].span.start..w[1].span.end,
        })
    });
    let fractions = fractions(quote)
        .into_iter()
        .filter(move |m| writes(m.value))
        .map(move |m| Mention {
            value: target,
            span: m.span,
        });
    ratios.chain(fractions)
}

/// Where byte range `offset` of the quote is in the file, when the quote
/// is written without escapes; else the whole string.
fn quote_place(c: &Claim, offset: Range<usize>) -> Location {
    let span = match c.spans.quote.get().map(ShortSpan::get) {
        // The span of the characters themselves is as long as the quote.
        Some(s) if s.len() == c.quote.as_deref().map_or(0, str::len) => {
            s.start + offset.start..s.start + offset.end
        }
        Some(s) => s,
        None => c.spans.header.get(),
    };
    Location { file: c.file, span }
}

/// How a target is written in the message: `2,000`.
fn shown(x: f64) -> String {
    thousands(x)
}

/// The written forms looked for: `11,300 (or 11300, 11 300, 11.3k, in words)`.
fn forms(x: f64) -> String {
    let mut others = Vec::new();
    if x.fract() == 0.0 && x >= 1000.0 {
        others.push(format!("{x:.0}"));
        others.push(shown(x).replace(',', " "));
        others.push(format!("{}k", quantity::clean(x / 1000.0)));
    }
    others.push("in words".to_string());
    format!("{} (or {})", shown(x), others.join(", "))
}

/// The text after `unit` when `after` (the quote after a figure) starts
/// with it, in any case, as a whole word.
pub fn past_unit<'q>(after: &'q str, unit: &str) -> Option<&'q str> {
    let text = after.trim_start();
    let head = text.get(..unit.len())?;
    let rest = &text[unit.len()..];
    let whole = !rest.starts_with(char::is_alphanumeric);
    (whole && !unit.is_empty() && head.eq_ignore_ascii_case(unit)).then_some(rest)
}

/// Check one claim's quote.
pub fn check_claim(c: &Claim) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(quote) = c.quote.as_deref() else {
        return out;
    };
    // A derived figure is computed by the analyst: the quote cannot hold it.
    if c.kind != Kind::Figure || c.basis == Basis::Derived {
        return out;
    }
    if c.quantity.bound == Bound::Vague {
        if let Some(phrase) = quantity::vague_phrase(&c.value)
            && !quote.to_lowercase().contains(phrase)
        {
            out.push(
                Diagnostic::new(
                    Code::QuoteLacksFigure,
                    quote_place(c, 0..quote.len()),
                    format!("the quote of `{}` does not say `{phrase}`", c.id),
                )
                .label(format!("looked for `{phrase}`"))
                .help(
                    "quote the sentence the figure was read from, verbatim, or correct the value",
                ),
            );
        }
        return out;
    }
    let mentions = numbers_in(quote);
    let percent = || c.unit.as_deref().is_some_and(|u| u.starts_with("percent"));
    // `between 2,000 and 5,000m`: a range's low end of four figures or
    // more, without the multiplier its high end is written with.
    let high_scale = (c.quantity.bound == Bound::Range)
        .then(|| c.quantity.high())
        .flatten()
        .and_then(|h| {
            mentions
                .iter()
                .filter(|m| same(m.value, h.abs()))
                .find_map(|m| written_scale(&quote[m.span.clone()]))
        });
    for target in targets(c) {
        let written = mentions.iter().any(|m| writes(m, target, high_scale))
            || percent() && share_writes(quote, &mentions, target);
        if !written {
            out.push(
                Diagnostic::new(
                    Code::QuoteLacksFigure,
                    quote_place(c, 0..quote.len()),
                    format!(
                        "the quote of `{}` does not contain its figure {}",
                        c.id,
                        shown(target)
                    ),
                )
                .label(format!("looked for {}", forms(target)))
                .help("quote the sentence the figure was read from, verbatim, or correct the value; a figure the analyst computed takes `basis = \"derived\"`"),
            );
        }
    }
    if let Some(found) = currency_mismatch(c, quote, &mentions) {
        out.push(found);
    }
    // Qualifier: some occurrence of the figure must be qualified as the
    // value is (ranges and vague values carry their own words). Other
    // bounds have one figure, the point.
    let bound = c.quantity.bound;
    let Some(point) = c
        .quantity
        .point()
        .filter(|_| out.is_empty() && bound != Bound::Range)
    else {
        return out;
    };
    // A currency sign between qualifier and number is passed over where
    // it stands for the number (`about $5mn`, `over $three million`;
    // `~$mn` is no approximate million), as `extract` reads it.
    let before = |m: &Mention| {
        let (head, rest) = quote.split_at(m.span.start);
        quantity::qualifier_ending(without_minus(without_sign(head, rest)))
    };
    let qualified = |m: &Mention| {
        let after = &quote[m.span.end..];
        before(m)
            .or_else(|| quantity::qualifier_starting(after))
            .or_else(|| plus_inside(&quote[m.span.clone()]).then_some(Bound::MoreThan))
            // `1,000 people or so`: the qualifier may follow the unit.
            .or_else(|| {
                past_unit(after, c.unit.as_deref()?)
                    .and_then(quantity::qualifier_phrase_after_unit)
                    .map(|(bound, _)| bound)
            })
    };
    let agrees = |q: &Option<Bound>| q.unwrap_or(Bound::Exact) == bound;
    // The first occurrence of the figure and its qualifier, for the finding.
    let mut first = None;
    for m in mentions.iter().filter(|m| writes(m, point, None)) {
        let q = qualified(m);
        if agrees(&q) {
            return out;
        }
        first.get_or_insert((m.clone(), q));
    }
    // A percentage the quote gives as a ratio or a fraction (`roughly 1 in
    // 3`, `almost half of`) is qualified as it is, by the words before it
    // (`3 in 10+` is no `more than 30%`); looked at only when no number
    // was.
    if percent() {
        for m in shares_writing(quote, &mentions, point) {
            let q = before(&m);
            if agrees(&q) {
                return out;
            }
            first.get_or_insert((m, q));
        }
    }
    if let Some((first, qualifier)) = first {
        let written = qualifier.map_or("no qualifier".to_string(), |b| b.as_str().to_string());
        out.push(
            Diagnostic::new(
                Code::QuoteQualifierMismatch,
                quote_place(c, first.span.clone()),
                format!(
                    "the quote of `{}` gives {} with {written}; the value `{}` says {bound}",
                    c.id,
                    &quote[first.span.clone()],
                    c.value
                ),
            )
            .label(format!("the quote's figure: {written}"))
            .help("write the value with the quote's own qualifier (about, at least, more than, …); relays that word it differently are separate claims with their own `via`"),
        );
    }
    out
}

/// A claim whose unit is a currency, and whose quote gives one of its
/// figures only in another (`€4.5 billion` against `unit = "dollars"`).
/// An occurrence with no currency of its own, or with the unit's (by its
/// sign or its name), passes; so does a range with either end in the
/// unit's currency.
fn currency_mismatch(c: &Claim, quote: &str, mentions: &[Mention]) -> Option<Diagnostic> {
    let unit = c.unit.as_deref()?;
    let want = unit_currency(unit)?;
    let found = |target: f64| mentions.iter().filter(move |m| writes(m, target, None));
    let given = |m: &Mention| mention_currencies(quote, m).into_iter().flatten();
    if targets(c).any(|t| found(t).any(|m| given(m).any(|sign| sign == want))) {
        return None;
    }
    targets(c).find_map(|target| {
        let first = found(target).next()?;
        let given_first = given(first).next()?;
        let other = found(target).all(|m| given(m).next().is_some());
        other.then(|| {
            let name = currency_name(given_first);
            Diagnostic::new(
                Code::QuoteCurrencyMismatch,
                quote_place(c, first.span.clone()),
                format!(
                    "the quote of `{}` gives {} in {name}; its `unit` is `{unit}`",
                    c.id,
                    &quote[first.span.clone()]
                ),
            )
            .label(format!("in {name}"))
            .help(
                "correct `unit` to the quote's currency; a figure the analyst converted takes \
                 `basis = \"derived\"`, with the rate in `note`",
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<f64> {
        numbers_in(text).into_iter().map(|m| m.value).collect()
    }

    #[test]
    fn every_number_word_is_read_in_any_case_and_fits_the_stack_buffer() {
        let words = [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "dozen",
            "hundred",
            "a",
            "half",
            "and",
            "thousand",
            "million",
            "mn",
            "billion",
            "bn",
            "trillion",
            "lakh",
            "lakhs",
            "crore",
            "crores",
        ];
        for (n, word) in words.iter().enumerate() {
            assert!(word.len() <= 9 && word.is_ascii(), "{word}");
            assert!(word_piece(word).is_some(), "{word}");
            assert_eq!(word_piece(&word.to_uppercase()), word_piece(word), "{word}");
            if n < 20 {
                assert_eq!(word_piece(word), Some(Piece::Small(n as f64)), "{word}");
            }
        }
        assert_eq!(values("sixty-one, ninety"), [61.0, 90.0]);
        assert_eq!(values("Seventeen and TWENTY"), [17.0, 20.0]);
        assert!(word_piece("seventeenth").is_none());
        assert!(word_piece("\u{212a}").is_none());
    }

    #[test]
    fn every_written_form_of_a_number_is_read() {
        let cases: &[(&str, f64)] = &[
            ("about 2,000 deaths", 2000.0),
            ("about 2000 deaths", 2000.0),
            ("about 2 000 deaths", 2000.0),
            ("about 2\u{a0}000 deaths", 2000.0),
            ("some 2k deaths", 2000.0),
            ("two thousand deaths", 2000.0),
            ("Two Thousand deaths", 2000.0),
            ("27-hundred troops", 2700.0),
            ("twenty-seven hundred troops", 2700.0),
            ("four-thousand-100 people", 4100.0),
            ("four thousand one hundred people", 4100.0),
            ("two hundred and fifty people", 250.0),
            ("26 heads of state", 26.0),
            ("twenty-six heads of state", 26.0),
            ("1.5 million people", 1_500_000.0),
            ("2 crore rupees", 20_000_000.0),
            ("1.5 lakh people", 150_000.0),
            ("$1.5tn", 1.5e12),
            ("three trillion", 3e12),
            ("1.5m people", 1_500_000.0),
            ("3.5bn dollars", 3_500_000_000.0),
            ("half a million people", 500_000.0),
            ("a dozen soldiers", 12.0),
            ("a thousand soldiers", 1000.0),
            ("for the first time in five years", 5.0),
            ("10,000+ participants", 10_000.0),
            ("a rate of 12.5% today", 12.5),
            ("a £2million grant", 2_000_000.0),
            ("troops advanced 5km", 5.0),
            ("up 4% Mn", 4.0),
            ("0mn one", 0.0),
            ("300mm of rain", 300.0),
            ("3Billion dollars", 3e9),
            // Zero with a scale is zero, as the value grammar reads it.
            ("0mn people", 0.0),
            ("00k people", 0.0),
        ];
        for (text, want) in cases {
            assert!(
                values(text).iter().any(|v| same(*v, *want)),
                "{text}: read {:?}, want {want}",
                values(text)
            );
        }
    }

    #[test]
    fn parts_of_a_scale_in_words_are_read_whole() {
        let read = |text: &str| -> Vec<(f64, String)> {
            numbers_in(text)
                .into_iter()
                .map(|m| (m.value, text[m.span].to_string()))
                .collect()
        };
        let one = |v: f64, s: &str| vec![(v, s.to_string())];
        assert_eq!(
            read("nearly a quarter of a million people"),
            one(250_000.0, "a quarter of a million")
        );
        assert_eq!(
            read("Three-quarters of a billion dollars"),
            one(7.5e8, "Three-quarters of a billion")
        );
        assert_eq!(
            read("a quarter million homes"),
            one(250_000.0, "a quarter million")
        );
        assert_eq!(read("half a billion"), one(5e8, "half a billion"));
        // A share is no figure, and a number before one stays what it was.
        assert_eq!(read("a quarter of the vote"), []);
        assert_eq!(read("three quarters of the staff"), one(3.0, "three"));
        assert_eq!(read("a quarter of a century"), []);
        assert_eq!(read("the third quarter of 2025"), one(2025.0, "2025"));
    }

    #[test]
    fn digits_read_as_the_float_parser_reads_them() {
        for digits in [
            "0",
            "007",
            "26",
            "18862",
            "999999999999999",
            "1000000000000000",
            "9007199254740993",
            "12345678901234567890",
            "1.5",
            "0.1",
        ] {
            assert_eq!(read_digits(digits), digits.parse().ok(), "{digits}");
        }
        assert_eq!(
            values("a toll of 123,456,789,012,345,678"),
            [123456789012345678.0]
        );
    }

    #[test]
    fn separate_numbers_stay_separate() {
        assert_eq!(values("in 2017 300 people"), [2017.0, 300.0]);
        assert_eq!(values("between 1,000 and 2,000"), [1000.0, 2000.0]);
        assert_eq!(values("10-12 thousand"), [10.0, 12000.0]);
        assert_eq!(values("one of the 26 leaders"), [1.0, 26.0]);
        assert_eq!(values("two hundred and five"), [205.0]);
        assert_eq!(
            values("between $1.2 billion and $1.5 billion"),
            [1.2e9, 1.5e9]
        );
        assert_eq!(values("1 million and 500,000"), [1e6, 500_000.0]);
        assert_eq!(values("no numbers at all"), Vec::<f64>::new());
        assert_eq!(values("1,5 is not English"), Vec::<f64>::new());
        // A clause mark ends a number with digits, not one in words.
        assert_eq!(values("37 million, three times"), [37e6, 3.0]);
        assert_eq!(values("2 million; 300 more"), [2e6, 300.0]);
        assert_eq!(values("one million, two hundred thousand"), [1_200_000.0]);
    }

    #[test]
    fn ratios_give_percentages() {
        let of = |text: &str| {
            let m = numbers_in(text);
            ratio(text, &m[0], &m[1])
        };
        assert_eq!(of("1 in 5 clinics"), Some(20.0));
        assert_eq!(of("three out of four voters"), Some(75.0));
        assert_eq!(of("1 in every 10 homes"), Some(10.0));
        assert_eq!(of("5 in 2 attacks"), None);
        assert_eq!(of("3 in 10 minutes"), None);
        assert_eq!(of("3 and 10 homes"), None);
        assert_eq!(of("3 in 10% of homes"), None);
        let quote = "Roughly one in three adults smoke.";
        let m = numbers_in(quote);
        for written in [33.0, 33.3, 33.33] {
            assert!(share_writes(quote, &m, written), "{written}");
        }
        assert!(!share_writes(quote, &m, 33.4));
        // Whole numbers only; the percentage as a value writes it.
        let m = numbers_in("1.5 in 10 homes");
        assert_eq!(ratio("1.5 in 10 homes", &m[0], &m[1]), None);
        assert_eq!(percent_as_written(12.5), 12.5);
        assert_eq!(percent_as_written(100.0 / 3.0), 33.3);
        assert_eq!(percent_as_written(0.01), 0.01);
        assert_eq!(percent_as_written(100.0 / 300.0), 0.333);
        assert_eq!(percent_as_written(100.0 / 3e7), 0.000003);
    }

    #[test]
    fn fractions_of_something_give_percentages() {
        fn shares(text: &str) -> Vec<(f64, &str)> {
            fractions(text)
                .into_iter()
                .map(|m| (m.value, &text[m.span]))
                .collect()
        }
        assert_eq!(shares("Almost half of the teachers"), [(50.0, "half")]);
        assert_eq!(
            shares("two-thirds of voters"),
            [(200.0 / 3.0, "two-thirds")]
        );
        assert_eq!(
            shares("Two thirds of voters"),
            [(200.0 / 3.0, "Two thirds")]
        );
        assert_eq!(
            shares("more than a third of homes"),
            [(100.0 / 3.0, "a third")]
        );
        assert_eq!(
            shares("three quarters of the crop"),
            [(75.0, "three quarters")]
        );
        assert_eq!(shares("a fifth of OF clinics"), [(20.0, "a fifth")]);
        assert_eq!(shares("in Thailand a third of"), [(100.0 / 3.0, "a third")]);
        assert_eq!(shares("nearly half the staff"), [(50.0, "half")]);
        for text in [
            "the first half of 2025",
            "the other half of the city",
            "half an hour",
            "the third quarter of the year",
            "a quarter of a century ago",
            "half of a million",
            "a third offer",
            "two thirds",
            "a thirds of",
            "two-third of",
            "five thirds of",
            "one-and-a-half of",
            "third of May",
            "half-time",
            "of",
            "a third the size",
            "half, of",
        ] {
            assert_eq!(shares(text), [], "{text}");
        }
        // The quote check reads them for a percentage, rounded as written.
        let quote = "Nearly two-thirds of respondents agree.";
        let m = numbers_in(quote);
        for written in [67.0, 66.7, 66.67] {
            assert!(share_writes(quote, &m, written), "{written}");
        }
        assert!(!share_writes(quote, &m, 66.0));
        assert_eq!(fraction_ending("nearly half"), Some((50.0, 7)));
        assert_eq!(fraction_ending("a tenth"), Some((10.0, 0)));
        assert_eq!(fraction_ending("the half"), None);
    }

    #[test]
    fn spans_point_at_the_phrase() {
        let text = "the NIS said four-thousand-100 troops";
        let m = &numbers_in(text)[0];
        assert_eq!(&text[m.span.clone()], "four-thousand-100");
        let text = "exactly 2 000 here";
        assert_eq!(&text[numbers_in(text)[0].span.clone()], "2 000");
    }

    #[test]
    fn a_sign_stands_for_digits_or_a_small_number_word_after_it() {
        for (rest, applies) in [
            ("40 billion", true),
            ("  5m", true),
            ("three million", true),
            ("Twenty", true),
            ("billion", false),
            ("mn", false),
            ("abc", false),
            ("a million", false),
            ("", false),
        ] {
            assert_eq!(sign_applies(rest), applies, "{rest:?}");
        }
        assert_eq!(without_sign("more than $", "40bn"), "more than ");
        assert_eq!(without_sign("about $ ", "5"), "about ");
        assert_eq!(without_sign("about ~$", "mn"), "about ~$");
        assert_eq!(without_sign("about ", "5"), "about ");
        assert_eq!(without_minus("at least -"), "at least ");
        assert_eq!(without_minus("(−"), "(");
        assert_eq!(without_minus("-"), "");
        assert_eq!(without_minus("COVID-"), "COVID-");
        assert_eq!(without_minus("10-"), "10-");
    }

    #[test]
    fn a_unit_names_its_currency_by_any_of_its_words_in_any_case() {
        for (unit, sign) in [
            ("dollars", Some('$')),
            ("US dollars", Some('$')),
            ("USD", Some('$')),
            ("billion euros", Some('€')),
            ("Sterling", Some('£')),
            ("renminbi", Some('¥')),
            ("Renminbis", None),
            ("participants", None),
            ("people", None),
            ("", None),
            ("€", None),
        ] {
            assert_eq!(unit_currency(unit), sign, "{unit}");
        }
    }

    #[test]
    fn qualifiers_are_read_around_the_figure() {
        use quantity::{qualifier_ending, qualifier_starting};
        assert_eq!(
            qualifier_ending("the toll was roughly "),
            Some(Bound::Approx)
        );
        assert_eq!(qualifier_ending("revised it to about"), Some(Bound::Approx));
        assert_eq!(
            qualifier_ending("there were no more than "),
            Some(Bound::AtMost)
        );
        assert_eq!(
            qualifier_ending("there were more than "),
            Some(Bound::MoreThan)
        );
        assert_eq!(qualifier_ending("an estimated "), Some(Bound::Approx));
        assert_eq!(qualifier_ending("handsome "), None, "`some` inside a word");
        assert_eq!(qualifier_ending("~"), Some(Bound::Approx));
        assert_eq!(qualifier_ending("the figure was "), None);
        // `up` of a verb that moved the figure is no bound, in the quote
        // as in the draft.
        for moved in [
            "revised the Paris count up to ",
            "revised its estimate up to ",
            "revised up to ",
            "bringing the toll up to ",
        ] {
            assert_eq!(qualifier_ending(moved), None, "{moved}");
        }
        for bound in [
            "The process is taking up to ",
            "Revised estimates suggest up to ",
            "revised it, saying up to ",
            "could cost up to ",
        ] {
            assert_eq!(qualifier_ending(bound), Some(Bound::AtMost), "{bound}");
        }
        // News phrases and verbs that pass a figure.
        assert_eq!(qualifier_ending("rose by as much as "), Some(Bound::AtMost));
        assert_eq!(qualifier_ending("as high as "), Some(Bound::AtMost));
        assert_eq!(
            qualifier_ending("Ticket sales topped "),
            Some(Bound::MoreThan)
        );
        assert_eq!(qualifier_ending("losses exceeded $"), None, "a sign first");
        assert_eq!(
            qualifier_ending("the toll surpassed "),
            Some(Bound::MoreThan)
        );
        assert_eq!(qualifier_ending("stopped "), None);
        assert_eq!(qualifier_ending("Damage could top "), Some(Bound::MoreThan));
        assert_eq!(
            qualifier_ending("is expected to top "),
            Some(Bound::MoreThan)
        );
        assert_eq!(qualifier_ending("Sales tops "), Some(Bound::MoreThan));
        assert_eq!(qualifier_ending("the top "), None, "a rank");
        assert_eq!(qualifier_ending("laptops "), None);
        assert_eq!(qualifier_ending("could exceed "), Some(Bound::MoreThan));
        assert_eq!(
            qualifier_ending("death toll climbs past "),
            Some(Bound::MoreThan)
        );
        assert_eq!(qualifier_ending("over the past "), None, "time");
        assert_eq!(qualifier_ending("Toll passes "), Some(Bound::MoreThan));
        assert_eq!(qualifier_ending("it has passed "), Some(Bound::MoreThan));
        assert_eq!(qualifier_ending("the bill passed "), None, "a vote");
        assert_eq!(qualifier_ending("toll nears "), Some(Bound::Nearly));
        assert_eq!(qualifier_ending("the ship neared "), Some(Bound::Nearly));
        assert_eq!(qualifier_starting(" or more people"), Some(Bound::AtLeast));
        assert_eq!(qualifier_starting("+ participants"), Some(Bound::MoreThan));
        assert_eq!(qualifier_starting(" people"), None);
    }
}

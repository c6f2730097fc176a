//! Word-level differences between two texts (values, quotes, statements).

use std::ops::Range;

use similar::{DiffOp, DiffTag};

/// One run of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// Diff two texts word by word. Each run of changes becomes one removal
/// then one addition; white space between two changed words joins the run,
/// so `at least 600` → `about 2,000` reads `[-at least 600-]{+about 2,000+}`.
pub fn diff(old: &str, new: &str) -> Vec<Piece> {
    if old == new {
        return same_text(old);
    }
    let (old, new) = (Tokens::of(old), Tokens::of(new));
    if without_common_words(&old, &new) {
        return vec![
            Piece::Removed(old.text.to_string()),
            Piece::Added(new.text.to_string()),
        ];
    }
    word_runs(&old, &new).0
}

/// What the diff of a text with itself gives, without tokenising.
fn same_text(text: &str) -> Vec<Piece> {
    match text {
        "" => Vec::new(),
        _ => vec![Piece::Same(text.to_string())],
    }
}

/// A word diff and how alike its two texts are.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub pieces: Vec<Piece>,
    /// The share of the two texts' tokens (words and the white space
    /// between them) that the diff keeps, 0 to 1: the ratio that
    /// `similar`'s `TextDiff::from_words` gives, read off the same diff.
    pub similarity: f32,
}

/// Word diffs of texts that follow each other (a series' quotes, version
/// after version), each with its similarity: the new text's tokens are
/// kept, and serve as the old text's when the next diff starts from that
/// same text, so each text is tokenised once. Gives exactly what [`diff`]
/// gives.
#[derive(Default)]
pub struct Differ<'t> {
    last: Option<Tokens<'t>>,
}

impl<'t> Differ<'t> {
    pub fn diff(&mut self, old: &'t str, new: &'t str) -> Measured {
        if old == new {
            return Measured {
                pieces: same_text(old),
                similarity: 1.0,
            };
        }
        // The kept tokens are the old text's only if they were cut from
        // this very text (the same bytes at the same place).
        let old = match self.last.take() {
            Some(kept) if std::ptr::eq(kept.text, old) => kept,
            _ => Tokens::of(old),
        };
        let new = Tokens::of(new);
        // No short cut for texts without common words: the similarity
        // needs the full diff (and quotes are rarely short enough for it).
        let (pieces, similarity) = word_runs(&old, &new);
        self.last = Some(new);
        Measured { pieces, similarity }
    }
}

/// Whether two short texts have no word in common (`at least 600` →
/// `about 2,000`): such texts diff as one removal and one addition,
/// however the diff aligns them. Only white space can be kept, a kept run
/// of it stands between changed words (words and white space alternate,
/// and neither text starts or ends with white space), and so it joins the
/// run. `false` when either text is empty or starts or ends with white
/// space, and when the texts are too long to compare word by word.
fn without_common_words(old: &Tokens<'_>, new: &Tokens<'_>) -> bool {
    /// Word pairs compared at most (quotes, longer, take the full diff).
    const MAX_PAIRS: usize = 64;
    let edged = |t: &Tokens<'_>| match (t.tokens.first(), t.tokens.last()) {
        (Some(first), Some(last)) => is_space(first) || is_space(last),
        _ => true,
    };
    if edged(old) || edged(new) {
        return false;
    }
    // Neither starts with white space, so the words are every other token.
    let (olds, news) = (old.tokens.iter().step_by(2), new.tokens.iter().step_by(2));
    olds.len() * news.len() <= MAX_PAIRS && !olds.clone().any(|w| news.clone().any(|v| v == w))
}

/// Whether the character at byte `i` (a character boundary) is white
/// space, and its length in bytes. ASCII is looked up byte by byte
/// (`char::is_whitespace` holds for U+0009 to U+000D and U+0020 there);
/// any other character is decoded whole.
fn space_at(text: &str, i: usize) -> (bool, usize) {
    const ASCII_SPACE: [bool; 128] = {
        let mut table = [false; 128];
        let mut b = 0;
        while b < 128 {
            table[b] = matches!(b as u8, b'\t'..=b'\r' | b' ');
            b += 1;
        }
        table
    };
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => (ASCII_SPACE[usize::from(b)], 1),
        _ => match text[i..].chars().next() {
            Some(c) => (c.is_whitespace(), c.len_utf8()),
            None => (false, 1),
        },
    }
}

fn is_space(token: &str) -> bool {
    token.starts_with(char::is_whitespace)
}

/// [`diff`] through `similar`'s word diff (Myers over the texts' words
/// and the white space between them, as `TextDiff::from_words` tokenises
/// and diffs them). The runs are gathered op by op: each is one piece of
/// either text (a run's tokens follow each other on its side), cut from
/// the text in one go. Also gives the diff's ratio, as `TextDiff::ratio`
/// computes it from the same operations.
fn word_runs(old: &Tokens<'_>, new: &Tokens<'_>) -> (Vec<Piece>, f32) {
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old.tokens, &new.tokens);
    let ratio = similar::diff_ratio(&ops, old.tokens.len(), new.tokens.len());
    let changed = |op: Option<&DiffOp>| op.is_some_and(|op| op.tag() != DiffTag::Equal);
    let mut out: Vec<Piece> = Vec::new();
    // Token ranges of the runs being gathered.
    let (mut same, mut removed, mut added): (Option<Range<usize>>, _, _) = (None, None, None);
    let grow = |run: &mut Option<Range<usize>>, tokens: Range<usize>| {
        if !tokens.is_empty() {
            run.get_or_insert(tokens.start..tokens.start).end = tokens.end;
        }
    };
    for (i, op) in ops.iter().enumerate() {
        let (olds, news) = (op.old_range(), op.new_range());
        // One white-space token kept between two changes joins the run.
        let joins = op.tag() == DiffTag::Equal
            && olds.len() == 1
            && is_space(old.tokens[olds.start])
            && i > 0
            && changed(ops.get(i - 1))
            && changed(ops.get(i + 1));
        if op.tag() != DiffTag::Equal || joins {
            grow(&mut removed, olds);
            grow(&mut added, news);
            continue;
        }
        if removed.is_some() || added.is_some() {
            if let Some(run) = same.take() {
                out.push(Piece::Same(old.cut(run)));
            }
            if let Some(run) = removed.take() {
                out.push(Piece::Removed(old.cut(run)));
            }
            if let Some(run) = added.take() {
                out.push(Piece::Added(new.cut(run)));
            }
        }
        grow(&mut same, olds);
    }
    if let Some(run) = same {
        out.push(Piece::Same(old.cut(run)));
    }
    if let Some(run) = removed {
        out.push(Piece::Removed(old.cut(run)));
    }
    if let Some(run) = added {
        out.push(Piece::Added(new.cut(run)));
    }
    (out, ratio)
}

/// A text cut into words and the runs of white space between them, as
/// `similar` tokenises words: a token ends where white space starts or stops.
struct Tokens<'t> {
    text: &'t str,
    /// Words and white-space runs by turns, covering the text.
    tokens: Vec<&'t str>,
}

impl<'t> Tokens<'t> {
    fn of(text: &'t str) -> Tokens<'t> {
        let mut tokens = Vec::with_capacity(text.len() / 2 + 1);
        let mut start = 0;
        while start < text.len() {
            let (space, width) = space_at(text, start);
            let mut end = start + width;
            while end < text.len() {
                let (next, width) = space_at(text, end);
                if next != space {
                    break;
                }
                end += width;
            }
            tokens.push(&text[start..end]);
            start = end;
        }
        Tokens { text, tokens }
    }

    /// Where token `i` starts in the text (its end, past the last token).
    fn start(&self, i: usize) -> usize {
        match self.tokens.get(i) {
            // Tokens are slices of the text: the distance between the two.
            Some(token) => token.as_ptr() as usize - self.text.as_ptr() as usize,
            None => self.text.len(),
        }
    }

    /// The text of a run of tokens.
    fn cut(&self, run: Range<usize>) -> String {
        self.text[self.start(run.start)..self.start(run.end)].to_string()
    }
}

/// Whether a diff has any change.
pub fn changed(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| !matches!(p, Piece::Same(_)))
}

/// Plain-text form: `[-removed-]{+added+}`, white space kept outside the marks.
pub fn plain(pieces: &[Piece]) -> String {
    let wrap = |open: &'static str, close: &'static str| {
        move |out: &mut String, words: &str| {
            out.push_str(open);
            out.push_str(words);
            out.push_str(close);
        }
    };
    render(pieces, wrap("[-", "-]"), wrap("{+", "+}"))
}

/// A run's leading white space, its words, and its trailing white space
/// (all of a run that is only white space leads).
fn split_space(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    if core.is_empty() {
        return (text, "", "");
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    (lead, core, trail)
}

impl Piece {
    /// The words of the run.
    pub fn text(&self) -> &str {
        match self {
            Piece::Same(s) | Piece::Removed(s) | Piece::Added(s) => s,
        }
    }
}

/// Render with a writer for removed and for added runs (each given the
/// run's words); leading and trailing white space of a run stays outside.
pub fn render(
    pieces: &[Piece],
    removed: impl Fn(&mut String, &str),
    added: impl Fn(&mut String, &str),
) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.text().len() + 4).sum());
    for p in pieces {
        if let Piece::Same(s) = p {
            out.push_str(s);
            continue;
        }
        let (lead, core, trail) = split_space(p.text());
        out.push_str(lead);
        match p {
            _ if core.is_empty() => {}
            Piece::Removed(_) => removed(&mut out, core),
            _ => added(&mut out, core),
        }
        out.push_str(trail);
    }
    out
}

/// The word diff of two statements as they are compared (see
/// [`normalised_words`]): words are matched without regard to case or to
/// what stands between them, so `Kim Jong Un will attend` against `kim
/// jong-un will not attend` reads `Kim Jong Un will {+not+} attend`. What
/// both say is shown as the first text writes it, the rest as each writes
/// it.
pub fn statement_diff(old: &str, new: &str) -> Vec<Piece> {
    let (a, b) = (Unit::all(old), Unit::all(new));
    let keys = |units: &[Unit]| units.iter().map(|u| u.key.clone()).collect::<Vec<_>>();
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &keys(&a), &keys(&b));
    let cut = |text: &str, units: &[Unit], run: Range<usize>| {
        text[units[run.start].span.start..units[run.end - 1].span.end].to_string()
    };
    let mut pieces = Vec::new();
    let mut push = |piece: Piece| match (pieces.last_mut(), piece) {
        (Some(Piece::Same(s)), Piece::Same(t))
        | (Some(Piece::Removed(s)), Piece::Removed(t))
        | (Some(Piece::Added(s)), Piece::Added(t)) => s.push_str(&t),
        (_, piece) if piece.text().is_empty() => {}
        (_, piece) => pieces.push(piece),
    };
    // Anything before the first word: an opening quote mark, say.
    push(Piece::Same(
        old[..a.first().map_or(old.len(), |u| u.span.start)].to_string(),
    ));
    for op in ops {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(Piece::Same(cut(old, &a, ra))),
            DiffTag::Delete => push(Piece::Removed(cut(old, &a, ra))),
            DiffTag::Insert => push(Piece::Added(cut(new, &b, rb))),
            DiffTag::Replace => {
                push(Piece::Removed(cut(old, &a, ra)));
                push(Piece::Added(cut(new, &b, rb)));
            }
        }
    }
    pieces
}

/// A word of a statement with what follows it up to the next word, and
/// the word as compared.
struct Unit {
    span: Range<usize>,
    key: String,
}

impl Unit {
    fn all(text: &str) -> Vec<Unit> {
        let starts: Vec<(usize, usize)> = text
            .char_indices()
            .filter(|&(_, c)| c.is_alphanumeric())
            .fold(Vec::new(), |mut words: Vec<(usize, usize)>, (i, c)| {
                match words.last_mut() {
                    Some((_, end)) if *end == i => *end = i + c.len_utf8(),
                    _ => words.push((i, i + c.len_utf8())),
                }
                words
            });
        starts
            .iter()
            .enumerate()
            .map(|(k, &(start, end))| Unit {
                span: start..starts.get(k + 1).map_or(text.len(), |next| next.0),
                key: text[start..end].to_lowercase(),
            })
            .collect()
    }
}

/// Words of a statement as compared: lower case, split at anything that is
/// not a letter or digit (so `Jong-un` and `Jong Un` are the same words).
pub fn normalised_words(text: &str) -> Vec<String> {
    // The words `statement_diff` matches, so a diff and a comparison of
    // the same statements cannot disagree on what a word is.
    Unit::all(text).into_iter().map(|u| u.key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use similar::{ChangeTag, TextDiff};

    #[test]
    fn statements_differ_only_where_their_compared_words_do() {
        let d = statement_diff(
            "Kim Jong Un will attend the parade",
            "kim jong-un will not attend.",
        );
        assert_eq!(plain(&d), "Kim Jong Un will {+not+} attend [-the parade-]");
        let d = statement_diff("“Kim Jong-un will attend”", "KCNA: Kim Jong Un will attend");
        assert_eq!(plain(&d), "“{+KCNA:+} Kim Jong-un will attend”");
        // The pieces hold each text whole: what both say and what the
        // first says give it back, as do what both say and what the second says.
        for (old, new) in [("a b c", "a x c"), ("", "a"), ("a", ""), ("a, b!", "b; a?")] {
            let d = statement_diff(old, new);
            let side = |keep: fn(&Piece) -> bool| {
                d.iter()
                    .filter(|p| keep(p))
                    .map(Piece::text)
                    .collect::<String>()
            };
            assert_eq!(
                side(|p| !matches!(p, Piece::Added(_))),
                old,
                "{old:?} → {new:?}"
            );
            let words = |t: &str| normalised_words(t);
            assert_eq!(
                words(&side(|p| !matches!(p, Piece::Removed(_)))),
                words(new)
            );
        }
    }

    #[test]
    fn word_diff_marks_removed_and_added_words() {
        let d = diff("at least 600", "about 2,000");
        assert_eq!(plain(&d), "[-at least 600-]{+about 2,000+}");
        let d = diff("about 350 casualties", "about 2,000 casualties");
        assert_eq!(plain(&d), "about [-350-]{+2,000+} casualties");
        assert!(changed(&d));
        assert!(!changed(&diff("same words", "same words")));
    }

    #[test]
    fn equal_texts_diff_as_the_word_diff_would() {
        for text in ["", " ", "same words", "  lead and trail \n", "a\tb  c"] {
            assert_eq!(diff(text, text), runs(text, text), "{text:?}");
        }
    }

    /// The full diff, without the short cuts of [`diff`].
    fn runs(old: &str, new: &str) -> Vec<Piece> {
        word_runs(&Tokens::of(old), &Tokens::of(new)).0
    }

    /// The word runs as first written, token by token: the reference.
    fn reference_runs(old: &str, new: &str) -> Vec<Piece> {
        let diff = TextDiff::from_words(old, new);
        let tokens: Vec<(ChangeTag, &str)> = diff
            .iter_all_changes()
            .map(|c| (c.tag(), c.value()))
            .collect();
        let changed_at = |i: usize| tokens.get(i).is_some_and(|(t, _)| *t != ChangeTag::Equal);
        let mut out: Vec<Piece> = Vec::new();
        let (mut removed, mut added) = (String::new(), String::new());
        let flush = |out: &mut Vec<Piece>, removed: &mut String, added: &mut String| {
            if !removed.is_empty() {
                out.push(Piece::Removed(std::mem::take(removed)));
            }
            if !added.is_empty() {
                out.push(Piece::Added(std::mem::take(added)));
            }
        };
        for (i, (tag, text)) in tokens.iter().enumerate() {
            match tag {
                ChangeTag::Delete => removed.push_str(text),
                ChangeTag::Insert => added.push_str(text),
                ChangeTag::Equal
                    if text.trim().is_empty()
                        && i > 0
                        && changed_at(i - 1)
                        && changed_at(i + 1) =>
                {
                    removed.push_str(text);
                    added.push_str(text);
                }
                ChangeTag::Equal => {
                    flush(&mut out, &mut removed, &mut added);
                    match out.last_mut() {
                        Some(Piece::Same(s)) => s.push_str(text),
                        _ => out.push(Piece::Same(text.to_string())),
                    }
                }
            }
        }
        flush(&mut out, &mut removed, &mut added);
        out
    }

    proptest::proptest! {
        /// Pieces cut from the texts are the pieces built token by token
        /// over `TextDiff::from_words`, also past the 100 tokens where it
        /// diffs only the changed middle, through integer ids.
        #[test]
        fn runs_cut_from_the_text_match_runs_built_by_token(
            old in proptest::collection::vec(0usize..10, 0..160),
            new in proptest::collection::vec(0usize..10, 0..160),
        ) {
            const WORDS: [&str; 10] =
                ["about", " ", "  ", "2,000", "\u{a0}", "ä", "350\t", "\n", "at", "\u{2003}x"];
            let old: String = old.iter().map(|&i| WORDS[i]).collect();
            let new: String = new.iter().map(|&i| WORDS[i]).collect();
            proptest::prop_assert_eq!(runs(&old, &new), reference_runs(&old, &new));
        }

        /// A differ that keeps the last text's tokens gives, step by step,
        /// what separate diffs give, and the ratio `TextDiff` gives: over
        /// chains where texts repeat (equal texts in other strings, and the
        /// very same string twice), share no word, and where a step does
        /// not start from the last step's new text.
        #[test]
        fn a_chain_of_diffs_gives_what_each_diff_gives(
            texts in proptest::collection::vec(0usize..6, 1..8),
            steps in proptest::collection::vec((0usize..8, 0usize..8), 0..12),
            chained in proptest::bool::ANY,
        ) {
            const TEXTS: [&str; 6] = [
                "about 350 deaths",
                "at least 600 deaths",
                "about 2,000 deaths",
                "",
                " 600 ",
                "up to 707",
            ];
            let texts: Vec<String> = texts.iter().map(|&i| TEXTS[i].to_string()).collect();
            let pairs: Vec<(usize, usize)> = if chained {
                (1..texts.len()).map(|k| (k - 1, k)).collect()
            } else {
                steps.iter().map(|&(a, b)| (a % texts.len(), b % texts.len())).collect()
            };
            let mut differ = Differ::default();
            for (a, b) in pairs {
                let (old, new) = (&texts[a], &texts[b]);
                let ratio = TextDiff::from_words(old.as_str(), new.as_str()).ratio();
                let measured = differ.diff(old, new);
                proptest::prop_assert_eq!(&measured.pieces, &diff(old, new));
                proptest::prop_assert_eq!(measured.similarity.to_bits(), ratio.to_bits());
            }
        }

        /// The short cut for texts with no word in common gives what the
        /// full diff gives: words from two pools that overlap in one word,
        /// so texts often share none, with white space of several kinds.
        #[test]
        fn texts_without_common_words_diff_as_the_full_diff_would(
            old in proptest::collection::vec((0usize..4, 0usize..4), 0..6),
            new in proptest::collection::vec((3usize..7, 0usize..4), 0..6),
            edges in 0usize..8,
        ) {
            const WORDS: [&str; 7] = ["up", "to", "707", "or", "more", "1,364", "ä"];
            const SPACES: [&str; 4] = [" ", "  ", "\u{a0}", "\t"];
            let text = |words: &[(usize, usize)]| -> String {
                words.iter().map(|&(w, s)| format!("{}{}", WORDS[w], SPACES[s])).collect()
            };
            let (mut old, mut new) = (text(&old), text(&new));
            // Mostly without white space at the edges, as values are; or
            // with some at the end of one text or both, or at the start of both.
            if ![0, 2].contains(&edges) {
                old = old.trim().to_string();
            }
            if ![1, 2].contains(&edges) {
                new = new.trim().to_string();
            }
            if edges == 3 {
                old.insert(0, ' ');
                new.insert(0, ' ');
            }
            proptest::prop_assert_eq!(diff(&old, &new), reference_runs(&old, &new));
        }
    }

    #[test]
    fn statements_compare_by_normalised_words() {
        assert_eq!(
            normalised_words("Kim Jong-un will attend."),
            normalised_words("kim jong un will  attend")
        );
        assert_ne!(
            normalised_words("Kim will attend"),
            normalised_words("Kim will not attend")
        );
    }
}

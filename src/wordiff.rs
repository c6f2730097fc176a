//! Word-level differences between two texts (values, quotes, statements).

use std::ops::Range;

use similar::{ChangeTag, DiffTag, TextDiff};

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
        // What the diff below gives for equal texts, without tokenising.
        return match old {
            "" => Vec::new(),
            _ => vec![Piece::Same(old.to_string())],
        };
    }
    without_common_words(old, new).unwrap_or_else(|| word_runs(old, new))
}

/// Texts with no word in common (`at least 600` → `about 2,000`) diff as
/// one removal and one addition, however the diff aligns them: only white
/// space can be kept, a kept run of it stands between changed words (words
/// and white space alternate, and neither text starts or ends with white
/// space), and so it joins the run. Checked without tokenising when the
/// texts are short, as values are; `None` when the short cut does not apply.
fn without_common_words(old: &str, new: &str) -> Option<Vec<Piece>> {
    /// Word pairs compared at most (quotes, longer, take the full diff).
    const MAX_PAIRS: usize = 64;
    let edged = |t: &str| {
        t.is_empty() || t.starts_with(char::is_whitespace) || t.ends_with(char::is_whitespace)
    };
    if edged(old) || edged(new) {
        return None;
    }
    let (olds, news) = (old.split_whitespace(), new.split_whitespace());
    if olds.clone().count() * news.clone().count() > MAX_PAIRS {
        return None;
    }
    if olds.clone().any(|w| news.clone().any(|v| v == w)) {
        return None;
    }
    Some(vec![
        Piece::Removed(old.to_string()),
        Piece::Added(new.to_string()),
    ])
}

/// [`diff`] through `similar`'s word diff. Each run is one piece of
/// either text (a run's tokens follow each other on its side), so a piece
/// is cut from the text in one go rather than built token by token.
fn word_runs(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::from_words(old, new);
    let old_at = starts(diff.iter_old_slices(), diff.old_len());
    let new_at = starts(diff.iter_new_slices(), diff.new_len());
    let old_text = |run: &Range<usize>| old[old_at[run.start]..old_at[run.end]].to_string();
    let new_text = |run: &Range<usize>| new[new_at[run.start]..new_at[run.end]].to_string();
    // Token by token: the change, and the token's index on each side.
    let mut tokens: Vec<(ChangeTag, usize, usize)> = Vec::new();
    for op in diff.ops() {
        let (tag, olds, news) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                tokens.extend(olds.zip(news).map(|(o, n)| (ChangeTag::Equal, o, n)));
            }
            _ => {
                tokens.extend(olds.map(|o| (ChangeTag::Delete, o, 0)));
                tokens.extend(news.map(|n| (ChangeTag::Insert, 0, n)));
            }
        }
    }
    let changed_at = |i: usize| tokens.get(i).is_some_and(|(t, ..)| *t != ChangeTag::Equal);
    let mut out: Vec<Piece> = Vec::new();
    // Token ranges of the runs being gathered.
    let (mut same, mut removed, mut added) = (None, None, None);
    let grow = |run: &mut Option<Range<usize>>, i: usize| match run {
        Some(r) => r.end = i + 1,
        None => *run = Some(i..i + 1),
    };
    for (i, &(tag, o, n)) in tokens.iter().enumerate() {
        match tag {
            ChangeTag::Delete => grow(&mut removed, o),
            ChangeTag::Insert => grow(&mut added, n),
            ChangeTag::Equal
                if old[old_at[o]..old_at[o + 1]].trim().is_empty()
                    && i > 0
                    && changed_at(i - 1)
                    && changed_at(i + 1) =>
            {
                grow(&mut removed, o);
                grow(&mut added, n);
            }
            ChangeTag::Equal => {
                if removed.is_some() || added.is_some() {
                    if let Some(run) = same.take() {
                        out.push(Piece::Same(old_text(&run)));
                    }
                    if let Some(run) = removed.take() {
                        out.push(Piece::Removed(old_text(&run)));
                    }
                    if let Some(run) = added.take() {
                        out.push(Piece::Added(new_text(&run)));
                    }
                }
                grow(&mut same, o);
            }
        }
    }
    if let Some(run) = same {
        out.push(Piece::Same(old_text(&run)));
    }
    if let Some(run) = removed {
        out.push(Piece::Removed(old_text(&run)));
    }
    if let Some(run) = added {
        out.push(Piece::Added(new_text(&run)));
    }
    out
}

/// Where each token starts in its text, and the text's end: tokens cover
/// the text in order.
fn starts<'t>(tokens: impl Iterator<Item = &'t str>, count: usize) -> Vec<usize> {
    let mut at = Vec::with_capacity(count + 1);
    let mut next = 0;
    at.push(0);
    for t in tokens {
        next += t.len();
        at.push(next);
    }
    at
}

/// Share of the two texts' words that the diff keeps (0 to 1).
pub fn similarity(old: &str, new: &str) -> f32 {
    TextDiff::from_words(old, new).ratio()
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

/// Words of a statement as compared: lower case, split at anything that is
/// not a letter or digit (so `Jong-un` and `Jong Un` are the same words).
pub fn normalised_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(diff(text, text), word_runs(text, text), "{text:?}");
        }
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
        /// Pieces cut from the texts are the pieces built token by token.
        #[test]
        fn runs_cut_from_the_text_match_runs_built_by_token(
            old in proptest::collection::vec(0usize..10, 0..60),
            new in proptest::collection::vec(0usize..10, 0..60),
        ) {
            const WORDS: [&str; 10] =
                ["about", " ", "  ", "2,000", "\u{a0}", "ä", "350\t", "\n", "at", "\u{2003}x"];
            let old: String = old.iter().map(|&i| WORDS[i]).collect();
            let new: String = new.iter().map(|&i| WORDS[i]).collect();
            proptest::prop_assert_eq!(word_runs(&old, &new), reference_runs(&old, &new));
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

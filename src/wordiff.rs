//! Word-level differences between two texts (values, quotes, statements).

use similar::{ChangeTag, TextDiff};

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
    word_runs(old, new)
}

/// [`diff`] through `similar`'s word diff.
fn word_runs(old: &str, new: &str) -> Vec<Piece> {
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
                if text.trim().is_empty() && i > 0 && changed_at(i - 1) && changed_at(i + 1) =>
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

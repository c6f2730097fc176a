//! Loaded file text and the mapping from byte offsets to line and column.

use std::borrow::Cow;
use std::ops::Range;
use std::path::PathBuf;

use crate::model::offset32;

/// One claim file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as found from the PATH argument, with `/` separators.
    pub path: String,
    text: Text,
}

/// A file's text: held, or let go of after parsing and read again when a
/// location in it is shown (most files never show one).
#[derive(Debug, Clone)]
enum Text {
    Held(String),
    OnDisk {
        from: PathBuf,
        /// Length and digest of the text parsed, to tell whether the file
        /// still holds it when it is read again.
        len: usize,
        digest: u64,
    },
    /// Let go of with no way to read it again: locations in it are shown
    /// without lines.
    Gone,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        SourceFile {
            path,
            text: Text::Held(text),
        }
    }

    /// Let go of the text, which was read from `from`: it is read again
    /// (and checked to be the same) only when a location in it is shown.
    /// A repository's claims take less memory than its texts would.
    pub fn let_go(&mut self, from: PathBuf) {
        if let Text::Held(text) = &self.text {
            self.text = Text::OnDisk {
                from,
                len: text.len(),
                digest: digest(text),
            };
        }
    }

    /// Let go of the text for good: locations in it are shown without
    /// lines (for files whose findings are compared, never shown).
    pub fn forget(&mut self) {
        self.text = Text::Gone;
    }

    /// The text that was parsed, read again if it was let go of; `None`
    /// when the file has changed (or gone) since, so offsets no longer
    /// hold, or when it was forgotten.
    pub fn text(&self) -> Option<Cow<'_, str>> {
        match &self.text {
            Text::Held(text) => Some(Cow::Borrowed(text)),
            Text::OnDisk {
                from,
                len,
                digest: d,
            } => {
                let (text, _) = decode(std::fs::read(from).ok()?);
                (text.len() == *len && digest(&text) == *d).then_some(Cow::Owned(text))
            }
            Text::Gone => None,
        }
    }

    /// The text with its line table, to find lines and columns in: made
    /// once for all the locations shown in one file.
    pub fn lines(&self) -> Option<Lines<'_>> {
        let text = self.text()?;
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| offset32(i + 1)))
            .collect();
        Some(Lines { text, starts })
    }
}

/// A file's text and the byte offset of each line's start, in 32 bits (a
/// claim file over 4 GiB is beyond any use: offsets past that map to its
/// last line).
pub struct Lines<'a> {
    text: Cow<'a, str>,
    starts: Vec<u32>,
}

impl Lines<'_> {
    /// Whether the text is empty (a file entry that could not be read).
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.starts.binary_search(&offset32(offset)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.start(line).min(offset);
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// The byte range of a 1-based line in the text, without its line
    /// ending (empty when there is no such line).
    pub fn line_range(&self, line: usize) -> Range<usize> {
        let Some(i) = line.checked_sub(1).filter(|&i| i < self.starts.len()) else {
            return 0..0;
        };
        let (start, end) = (self.start(i), self.start(i + 1));
        let shown = self
            .text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r']);
        start..start + shown.len()
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        self.text.get(self.line_range(line)).unwrap_or("")
    }

    /// Byte offset where the 0-based line `i` starts (the text's end past
    /// the last line).
    fn start(&self, i: usize) -> usize {
        self.starts.get(i).map_or(self.text.len(), |&s| s as usize)
    }
}

/// A file's bytes as text: a leading byte-order mark dropped (columns count
/// without it), invalid UTF-8 replaced. The offset of the first invalid
/// byte comes with it, when there is one.
pub fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            (text, None)
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            // The lossy text has the same bytes up to the first bad one.
            (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
        }
    }
}

/// Lines of ascending offsets into one text, counted in one pass: the line
/// of each claim's header as a file is read, without a line table.
pub struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// 1-based line of `offset` (an offset before the last one asked for
    /// counts again from the start).
    pub fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.at {
            (self.at, self.line) = (0, 1);
        }
        self.line += memchr::memchr_iter(b'\n', &self.text[self.at..offset]).count();
        self.at = offset;
        self.line
    }
}

fn digest(text: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write(text.as_bytes());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_character_columns() {
        let text = "ab\nc≥d\r\n\nxyz";
        let file = SourceFile::new("a.toml".into(), text.into());
        let f = file.lines().unwrap();
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(7), (2, 3)); // after the 3-byte ≥
        assert_eq!(f.line_col(text.len()), (4, 4));
        assert_eq!(f.line_col(99), (4, 4));
        assert_eq!(f.line_text(2), "c≥d");
        assert_eq!(f.line_text(3), "");
        assert_eq!(f.line_text(9), "");
        assert_eq!(f.line_range(4), 11..14);
        let mut lines = LineCounter::new(text);
        let counted: Vec<usize> = [0, 3, 7, 11, 99, 2].map(|o| lines.line_of(o)).to_vec();
        assert_eq!(counted, [1, 2, 2, 4, 4, 1]);
    }

    #[test]
    fn a_text_let_go_of_is_read_again_only_while_the_file_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        std::fs::write(&path, "\u{feff}x = 1\ny = 2\n").unwrap();
        let (text, bad) = decode(std::fs::read(&path).unwrap());
        assert_eq!((text.as_str(), bad), ("x = 1\ny = 2\n", None));

        let mut same = SourceFile::new("a.toml".into(), text.clone());
        same.let_go(path.clone());
        assert_eq!(same.text().as_deref(), Some(text.as_str()));
        let lines = same.lines().unwrap();
        assert_eq!(lines.line_col(8), (2, 3));
        assert_eq!(lines.line_text(2), "y = 2");

        let mut changed = SourceFile::new("a.toml".into(), text);
        changed.let_go(path.clone());
        std::fs::write(&path, "x = 1\ny = 3\n").unwrap();
        assert_eq!(changed.text(), None);
        assert!(changed.lines().is_none());

        let mut gone = SourceFile::new("b.toml".into(), "z = 1".into());
        gone.let_go(dir.path().join("b.toml"));
        assert_eq!(gone.text(), None);
    }

    #[test]
    fn invalid_utf8_decodes_lossily_with_the_first_bad_offset() {
        let (text, bad) = decode(b"ab\xffc".to_vec());
        assert_eq!((text.as_str(), bad), ("ab\u{fffd}c", Some(2)));
    }
}

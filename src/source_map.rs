//! Loaded file text and the mapping from byte offsets to line and column.

use std::ops::Range;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::model::offset32;

/// One claim file as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as found from the PATH argument, with `/` separators.
    pub path: String,
    pub text: String,
    /// Byte offset of each line's start, in 32 bits: a claim file over
    /// 4 GiB is beyond any use (offsets past that map to its last line).
    /// Made when a location is first shown: most files never need it.
    line_starts: OnceLock<Vec<u32>>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> Self {
        SourceFile {
            path,
            text,
            line_starts: OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| offset32(i + 1)))
                .collect()
        })
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        match self.line_starts().binary_search(&offset32(offset)) {
            Ok(i) => i + 1,
            Err(i) => i.max(1),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_of(offset) - 1;
        let start = self.start(line).min(offset);
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let count = self.line_starts().len();
        if line == 0 || line > count {
            return "";
        }
        let start = self.start(line - 1);
        let end = if line < count {
            self.start(line)
        } else {
            self.text.len()
        };
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// Byte range of a 1-based line in the text.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        let start = match line.checked_sub(1) {
            Some(i) if i < self.line_starts().len() => self.start(i),
            _ => 0,
        };
        start..start + self.line_text(line).len()
    }

    /// Byte offset where the 0-based line `i` starts.
    fn start(&self, i: usize) -> usize {
        self.line_starts().get(i).map_or(0, |&s| s as usize)
    }
}

/// Make the line tables of the files `ids` names, in parallel: before
/// locations in many files are shown one after another.
pub fn index_lines(files: &[SourceFile], ids: impl IntoIterator<Item = usize>) {
    let mut wanted = vec![false; files.len()];
    for i in ids {
        if let Some(w) = wanted.get_mut(i) {
            *w = true;
        }
    }
    files
        .par_iter()
        .zip(wanted)
        .filter(|(_, wanted)| *wanted)
        .for_each(|(f, _)| {
            f.line_starts();
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_character_columns() {
        let f = SourceFile::new("a.toml".into(), "ab\nc≥d\r\n\nxyz".into());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(7), (2, 3)); // after the 3-byte ≥
        assert_eq!(f.line_col(f.text.len()), (4, 4));
        assert_eq!(f.line_text(2), "c≥d");
        assert_eq!(f.line_text(3), "");
        assert_eq!(f.line_text(9), "");
        assert_eq!(f.line_of(3), 2);
        assert_eq!(f.line_of(99), 4);
    }
}

//! Fitting a long terminal table to the terminal's width without laying
//! out every row at once.
//!
//! comfy-table fits columns to a width by weighing each column's cells:
//! how wide the widest is, and how long the longest line would be if the
//! column were split at a given width. A [`Sample`] keeps what that
//! weighing looks at, part by part and in bounded memory: each column's
//! line widths, and a few lines of each width. comfy-table then fits a
//! small table of the sampled lines, and its column widths lay out every
//! part.

use std::collections::BTreeMap;

use unicode_width::UnicodeWidthStr;

/// Lines kept of each width in a column. Every width is kept, so a
/// column's widest line and its widest line below any width are exact;
/// how the longer lines wrap is judged from these few.
const LINES_PER_WIDTH: usize = 8;

/// What the fitting of a table looks at in its rows: for each column,
/// every line width its cells have, with the first few lines of each.
#[derive(Debug, Clone, Default)]
pub struct Sample {
    columns: Vec<BTreeMap<usize, Vec<String>>>,
}

impl Sample {
    /// The sample of `rows`.
    pub fn of(rows: &[Vec<String>]) -> Sample {
        let mut sample = Sample::default();
        for row in rows {
            if sample.columns.len() < row.len() {
                sample.columns.resize_with(row.len(), BTreeMap::new);
            }
            for (column, cell) in sample.columns.iter_mut().zip(row) {
                // comfy-table splits a cell's text at each '\n'.
                for line in cell.split('\n') {
                    let kept = column.entry(line.width()).or_default();
                    if kept.len() < LINES_PER_WIDTH {
                        kept.push(line.to_string());
                    }
                }
            }
        }
        sample
    }

    /// The sample of two row sets, `self`'s rows first: the lines kept are
    /// those [`Sample::of`] keeps of all the rows, so merging parts in
    /// order, however they are grouped, gives the same sample.
    pub fn merge(mut self, other: Sample) -> Sample {
        if self.columns.len() < other.columns.len() {
            self.columns.resize_with(other.columns.len(), BTreeMap::new);
        }
        for (column, theirs) in self.columns.iter_mut().zip(other.columns) {
            for (width, lines) in theirs {
                let kept = column.entry(width).or_default();
                let room = LINES_PER_WIDTH - kept.len();
                kept.extend(lines.into_iter().take(room));
            }
        }
        self
    }

    /// Each column's widest line, in display columns (0 for a column
    /// without cells).
    pub fn widths(&self) -> Vec<usize> {
        self.columns
            .iter()
            .map(|c| c.keys().next_back().copied().unwrap_or(0))
            .collect()
    }

    /// Rows that hold every sampled line of the columns `keep`, in that
    /// order, one line a cell; a column with fewer lines is padded with
    /// empty cells. Fitting weighs each column on its own, so how lines
    /// share rows does not matter.
    pub fn rows(&self, keep: &[usize]) -> Vec<Vec<String>> {
        let lines: Vec<Vec<&str>> = keep
            .iter()
            .map(|&c| {
                self.columns.get(c).map_or_else(Vec::new, |column| {
                    column.values().flatten().map(String::as_str).collect()
                })
            })
            .collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(0);
        (0..height)
            .map(|r| {
                lines
                    .iter()
                    .map(|column| column.get(r).copied().unwrap_or_default().to_string())
                    .collect()
            })
            .collect()
    }
}

/// Where a word may be broken across lines: after these.
const JOINS: [char; 3] = ['-', '/', '_'];

/// `cell` with each line wider than `width` columns that has no space
/// broken after its hyphens, slashes and underscores, where comfy-table
/// would break it mid-word: `nis-combat-engineers-arrived` in 12 columns
/// is `nis-combat-`, `engineers-`, `arrived`. A piece still too wide is
/// left for comfy-table to break. `None` when nothing is broken.
pub fn break_at_joins(cell: &str, width: usize) -> Option<String> {
    let breaks = |line: &str| {
        line.width() > width && !line.contains(char::is_whitespace) && line.contains(JOINS)
    };
    // No character is wider than its UTF-8 bytes: a short cell fits.
    if width == 0 || cell.len() <= width || !cell.contains(JOINS) || !cell.lines().any(breaks) {
        return None;
    }
    let mut out = String::with_capacity(cell.len() + 8);
    for (n, line) in cell.lines().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if !breaks(line) {
            out.push_str(line);
            continue;
        }
        let mut used = 0;
        for piece in line.split_inclusive(JOINS) {
            let w = piece.width();
            if used > 0 && used + w > width {
                out.push('\n');
                used = 0;
            }
            out.push_str(piece);
            used += w;
        }
    }
    Some(out)
}

/// The width of each column (padding included) in a table's top border,
/// `╭───┬──╮`: the runs of its horizontal line between the corners and
/// joints. `None` when the line is not such a border.
pub fn border_widths(top: &str) -> Option<Vec<u16>> {
    let inner = top.strip_prefix('╭')?.strip_suffix('╮')?;
    inner
        .split('┬')
        .map(|run| {
            let width = run.chars().count();
            (width > 0 && run.chars().all(|c| c == '─')).then(|| u16::try_from(width).ok())?
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cells: &[&[&str]]) -> Vec<Vec<String>> {
        cells
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_sample_keeps_every_width_and_a_few_lines_of_each() {
        let many: Vec<Vec<String>> = (0..20).map(|i| vec![format!("{i:02}")]).collect();
        let sample = Sample::of(&many);
        assert_eq!(sample.widths(), vec![2]);
        let kept = sample.rows(&[0]);
        assert_eq!(kept.len(), LINES_PER_WIDTH);
        assert_eq!(kept[0], vec!["00".to_string()]);

        let sample = Sample::of(&rows(&[&["a", "two\nlines, 語"], &["abc", ""]]));
        assert_eq!(sample.widths(), vec![3, 9]);
        let kept = sample.rows(&[1, 0]);
        // Column 1's lines by width ("", "two", "lines, 語"), column 0's
        // ("a", "abc") padded.
        assert_eq!(
            kept,
            rows(&[&["", "a"], &["two", "abc"], &["lines, 語", ""]])
        );
    }

    #[test]
    fn merged_samples_are_the_sample_of_all_rows() {
        let all: Vec<Vec<String>> = (0..60)
            .map(|i| vec![format!("{}", i % 7), "x".repeat(i % 5), format!("{i}")])
            .collect();
        let whole = Sample::of(&all);
        for cut in [0, 1, 13, 59, 60] {
            let (a, b) = all.split_at(cut);
            let merged = Sample::of(a).merge(Sample::of(b));
            assert_eq!(merged.widths(), whole.widths(), "cut at {cut}");
            assert_eq!(
                merged.rows(&[0, 1, 2]),
                whole.rows(&[0, 1, 2]),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn long_words_break_after_their_joins() {
        let broken = break_at_joins("nis-combat-engineers-arrived-2025-09", 12);
        assert_eq!(
            broken.as_deref(),
            Some("nis-combat-\nengineers-\narrived-\n2025-09")
        );
        assert_eq!(
            break_at_joins("nk-troops-in-russia/deaths", 20).as_deref(),
            Some("nk-troops-in-russia/\ndeaths")
        );
        // Lines that fit, lines with spaces (comfy-table wraps those at
        // the spaces) and words without a join are left alone.
        assert_eq!(break_at_joins("nis-deaths", 12), None);
        assert_eq!(break_at_joins("about 2,000 (1,800–2,200)", 10), None);
        assert_eq!(break_at_joins("abcdefghijklmnop", 10), None);
        // A piece wider than the column stays whole for comfy-table.
        assert_eq!(
            break_at_joins("a-verylongpiecehere-b", 8).as_deref(),
            Some("a-\nverylongpiecehere-\nb")
        );
        // Only the lines that need it.
        assert_eq!(
            break_at_joins("short\nlong-enough-to-break", 10).as_deref(),
            Some("short\nlong-\nenough-to-\nbreak")
        );
    }

    #[test]
    fn border_widths_read_a_top_border() {
        assert_eq!(border_widths("╭──┬─┬────╮"), Some(vec![2, 1, 4]));
        assert_eq!(border_widths("╭───╮"), Some(vec![3]));
        assert_eq!(border_widths("│ a ┆ b │"), None);
        assert_eq!(border_widths("╭──┬┬─╮"), None);
        assert_eq!(border_widths(""), None);
    }
}

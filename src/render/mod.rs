//! Rendering: every command builds a view that can be written as a
//! terminal table, markdown, CSV or JSON. Renderers take a writer; the
//! library never prints on its own.

pub mod changes;
pub mod compare;
pub mod diagnostics;
pub mod form;
pub mod history;
pub mod html;
pub mod number;
pub mod plot;
pub mod records;
pub mod report;
pub mod sources;
pub mod vintage;

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use crate::wordiff::{self, Piece};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned tables for a terminal (for `check`: rustc-style diagnostics).
    Table,
    Markdown,
    Csv,
    Json,
    /// GitHub Actions workflow commands (`check` only).
    Github,
    /// One JSON object per line (`export` only).
    Jsonl,
    /// An SQLite database (`export` only).
    Sqlite,
    /// A self-contained HTML page (`report` only).
    Html,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Github => "github",
            Format::Jsonl => "jsonl",
            Format::Sqlite => "sqlite",
            Format::Html => "html",
        }
    }
}

/// How terminal output looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// ANSI colour (only on a terminal, never with `NO_COLOR`).
    pub color: bool,
    /// Width that tables must fit, when known.
    pub width: Option<u16>,
}

impl Style {
    pub fn paint(&self, codes: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{codes}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A word diff: red struck-through removals and green additions on a
    /// colour terminal, `[-old-]{+new+}` otherwise.
    pub fn diff(&self, pieces: &[Piece]) -> String {
        if self.color {
            wordiff::render(pieces, |s| self.paint("31;9", s), |s| self.paint("32", s))
        } else {
            wordiff::plain(pieces)
        }
    }
}

/// A rectangle of text cells.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns a narrow terminal may leave out, the first to go first.
    pub optional: Vec<usize>,
}

impl Grid {
    pub fn new(headers: &[&str]) -> Self {
        Grid {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            optional: Vec::new(),
        }
    }

    /// Mark columns (by header) that a narrow terminal may leave out, in
    /// the order they are given up.
    pub fn optional(mut self, headers: &[&str]) -> Self {
        self.optional = headers
            .iter()
            .filter_map(|h| self.headers.iter().position(|x| x == h))
            .collect();
        self
    }

    pub fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.headers.len());
        self.rows.push(row);
    }
}

/// A piece of a human-readable document.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading of level 1–4.
    Heading(usize, String),
    /// A line of text (markdown: a paragraph line).
    Line(String),
    /// A bulleted line.
    Item(String),
    Table(Grid),
    /// A titled group that markdown folds away (`<details>`).
    Details(String, Vec<Block>),
}

/// What every command's view can be written as.
pub trait View {
    /// The human document (terminal table and markdown).
    fn blocks(&self, style: &Style) -> Vec<Block>;
    /// One flat table for CSV.
    fn csv(&self) -> Grid;
    /// The JSON document (documented in docs/output.md), pretty-printed.
    fn write_json(&self, out: &mut dyn Write) -> io::Result<()>;
}

/// Write a view in a format.
pub fn write(
    view: &dyn View,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table | Format::Github | Format::Jsonl | Format::Sqlite | Format::Html => {
            write_terminal(&view.blocks(style), style, out)
        }
        Format::Markdown => write_markdown(&view.blocks(&Style::default()), out),
        Format::Csv => write_csv(&view.csv(), out),
        Format::Json => view.write_json(out),
    }
}

/// Pretty JSON with a final newline.
pub fn write_json(value: &serde_json::Value, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Write `value` pretty-printed as if it stood `level` levels deep in a
/// larger pretty-printed document (continuation lines indented).
pub fn write_nested(
    value: &impl serde::Serialize,
    level: usize,
    buf: &mut Vec<u8>,
    out: &mut dyn Write,
) -> io::Result<()> {
    buf.clear();
    serde_json::to_writer_pretty(&mut *buf, value)?;
    let pad = "  ".repeat(level);
    // Strings never hold a raw newline in JSON, so every newline is layout.
    for (i, line) in buf.split(|b| *b == b'\n').enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
            out.write_all(pad.as_bytes())?;
        }
        out.write_all(line)?;
    }
    Ok(())
}

/// A JSON array written element by element, byte for byte as
/// `serde_json::to_writer_pretty` would write the whole array, so large
/// outputs stream instead of being built in memory first.
pub struct JsonArray<'a> {
    out: &'a mut dyn Write,
    level: usize,
    count: usize,
    buf: Vec<u8>,
}

/// Bytes of JSON text a chunk of [`JsonArray::extend_parallel`] aims at.
const CHUNK_BYTES: usize = 1 << 20;
/// Elements in the first chunk (and the fewest in any): enough to keep
/// every core busy.
const FIRST_CHUNK: usize = 64;
/// The most elements in a chunk, however small they are.
const MAX_CHUNK: usize = 8192;

impl<'a> JsonArray<'a> {
    /// Start an array that stands `level` levels deep.
    pub fn new(out: &'a mut dyn Write, level: usize) -> io::Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArray {
            out,
            level,
            count: 0,
            buf: Vec::new(),
        })
    }

    pub fn push(&mut self, value: &impl serde::Serialize) -> io::Result<()> {
        self.out
            .write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
        self.out.write_all("  ".repeat(self.level + 1).as_bytes())?;
        write_nested(value, self.level + 1, &mut self.buf, self.out)?;
        self.count += 1;
        Ok(())
    }

    /// Push many elements, serialising them in parallel (in chunks, so
    /// memory stays bounded) and writing them in order.
    ///
    /// A chunk holds its elements' text until it is written: chunks are
    /// sized to about [`CHUNK_BYTES`] from the size of the elements so far
    /// (a claim is under 1 KB of JSON, a report's subject 20 KB or more).
    pub fn extend_parallel<T, F, V>(&mut self, items: &[T], make: F) -> io::Result<()>
    where
        T: Sync,
        F: Fn(&T) -> V + Sync,
        V: serde::Serialize,
    {
        use rayon::prelude::*;
        let level = self.level + 1;
        let (mut at, mut len) = (0, FIRST_CHUNK);
        while at < items.len() {
            let chunk = &items[at..items.len().min(at + len)];
            let texts: Vec<io::Result<Vec<u8>>> = chunk
                .par_iter()
                .map(|item| {
                    let (mut text, mut buf) = (Vec::new(), Vec::new());
                    write_nested(&make(item), level, &mut buf, &mut text)?;
                    Ok(text)
                })
                .collect();
            let mut bytes = 0;
            for text in texts {
                let text = text?;
                bytes += text.len();
                self.out
                    .write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                self.out.write_all("  ".repeat(level).as_bytes())?;
                self.out.write_all(&text)?;
                self.count += 1;
            }
            at += chunk.len();
            let each = (bytes / chunk.len()).max(1);
            len = (CHUNK_BYTES / each).clamp(FIRST_CHUNK, MAX_CHUNK);
        }
        Ok(())
    }

    pub fn finish(self) -> io::Result<()> {
        if self.count > 0 {
            self.out.write_all(b"\n")?;
            self.out.write_all("  ".repeat(self.level).as_bytes())?;
        }
        self.out.write_all(b"]")
    }
}

/// RFC 4180 CSV with a header row.
pub fn write_csv(grid: &Grid, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(&grid.headers)?;
    for row in &grid.rows {
        w.write_record(row)?;
    }
    w.flush()
}

/// Display width of a cell: its widest line.
fn cell_width(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// Columns to leave out so the table fits `width`: optional ones, in
/// order, while the natural width is too wide.
fn columns_to_hide(grid: &Grid, width: usize) -> Vec<usize> {
    let widths: Vec<usize> = (0..grid.headers.len())
        .map(|c| {
            grid.rows
                .iter()
                .map(|r| cell_width(&r[c]))
                .chain(std::iter::once(cell_width(&grid.headers[c])))
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Each cell has one space of padding either side, plus one border each.
    let mut total: usize = widths.iter().map(|w| w + 3).sum::<usize>() + 1;
    let mut hidden = Vec::new();
    for &c in &grid.optional {
        if total <= width {
            break;
        }
        total -= widths[c] + 3;
        hidden.push(c);
    }
    hidden
}

/// A comfy-table, fitted to the style's width when known, and the headers
/// of the columns left out to fit.
pub fn terminal_table(grid: &Grid, style: &Style) -> (Table, Vec<String>) {
    let hidden = style
        .width
        .map(|w| columns_to_hide(grid, w as usize))
        .unwrap_or_default();
    let keep = |row: &[String]| -> Vec<String> {
        row.iter()
            .enumerate()
            .filter(|(c, _)| !hidden.contains(c))
            .map(|(_, v)| v.clone())
            .collect()
    };
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED.with_rounded_corners());
    t.force_no_tty();
    match style.width {
        Some(w) => {
            t.set_width(w);
            t.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(keep(&grid.headers));
    for row in &grid.rows {
        t.add_row(keep(row));
    }
    let names = hidden.iter().map(|&c| grid.headers[c].clone()).collect();
    (t, names)
}

fn write_terminal(blocks: &[Block], style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    for b in blocks {
        match b {
            Block::Details(summary, inner) => {
                if !first {
                    writeln!(out)?;
                }
                writeln!(out, "{}", style.paint("1", summary))?;
                write_terminal(inner, style, out)?;
            }
            Block::Heading(level, text) => {
                if !first {
                    writeln!(out)?;
                }
                let text = match level {
                    1 => style.paint("1;4", text),
                    2 => style.paint("1", text),
                    _ => style.paint("1", text),
                };
                writeln!(out, "{text}")?;
            }
            Block::Line(text) => writeln!(out, "{}", wrap(text, "", "", style))?,
            Block::Item(text) => writeln!(out, "{}", wrap(text, "  • ", "    ", style))?,
            Block::Table(grid) => {
                let (table, hidden) = terminal_table(grid, style);
                writeln!(out, "{table}")?;
                if !hidden.is_empty() {
                    let note = format!(
                        "(left out to fit the terminal: {}; widen it or use --format markdown)",
                        hidden.join(", ")
                    );
                    writeln!(out, "{}", style.paint("2", &note))?;
                }
            }
        }
        first = false;
    }
    Ok(())
}

/// Wrap a line of text to the style's width (unchanged when unknown).
fn wrap(text: &str, first: &str, rest: &str, style: &Style) -> String {
    match style.width {
        Some(w) => {
            let options = textwrap::Options::new(w as usize)
                .initial_indent(first)
                .subsequent_indent(rest)
                .break_words(false);
            textwrap::fill(text, options)
        }
        None => format!("{first}{text}"),
    }
}

/// Escape text for a markdown table cell.
fn md_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

fn write_markdown(blocks: &[Block], out: &mut dyn Write) -> io::Result<()> {
    // Consecutive lines stay one paragraph, consecutive items one list.
    let kind = |b: &Block| match b {
        Block::Line(_) => 1,
        Block::Item(_) => 2,
        _ => 0,
    };
    let mut previous = 0;
    let mut first = true;
    for b in blocks {
        let k = kind(b);
        if !(first || (k != 0 && k == previous)) {
            writeln!(out)?;
        }
        match b {
            Block::Heading(level, text) => writeln!(out, "{} {text}", "#".repeat(*level))?,
            // Two trailing spaces keep consecutive lines apart.
            Block::Line(text) => writeln!(out, "{text}  ")?,
            Block::Item(text) => writeln!(out, "- {text}")?,
            Block::Details(summary, inner) => {
                writeln!(out, "<details><summary>{summary}</summary>")?;
                writeln!(out)?;
                write_markdown(inner, out)?;
                writeln!(out)?;
                writeln!(out, "</details>")?;
            }
            Block::Table(grid) => {
                let headers: Vec<String> = grid.headers.iter().map(|h| md_cell(h)).collect();
                writeln!(out, "| {} |", headers.join(" | "))?;
                writeln!(out, "|{}", "---|".repeat(headers.len()))?;
                for row in &grid.rows {
                    let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                    writeln!(out, "| {} |", cells.join(" | "))?;
                }
            }
        }
        previous = k;
        first = false;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_arrays_match_serde_json() {
        let items = [
            serde_json::json!({"a": [1, 2], "b": {"c": null}}),
            serde_json::json!([]),
            serde_json::json!("x"),
        ];
        for n in 0..=items.len() {
            let mut streamed = Vec::new();
            let mut a = JsonArray::new(&mut streamed, 0).unwrap();
            for v in &items[..n] {
                a.push(v).unwrap();
            }
            a.finish().unwrap();
            let mut parallel = Vec::new();
            let mut b = JsonArray::new(&mut parallel, 0).unwrap();
            b.extend_parallel(&items[..n], |v| v.clone()).unwrap();
            b.finish().unwrap();
            assert_eq!(parallel, streamed);
            let whole = serde_json::to_vec_pretty(&items[..n].to_vec()).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                String::from_utf8(whole).unwrap()
            );
        }
    }

    /// Chunks are sized from the elements' text: big elements (a report's
    /// subjects) and many small ones both come out whole and in order.
    #[test]
    fn parallel_chunks_keep_every_element_in_order() {
        let items: Vec<serde_json::Value> = (0..3000)
            .map(|i| match i % 3 {
                0 => serde_json::json!(i),
                1 => serde_json::json!({"i": i, "text": "x".repeat(i * 7)}),
                _ => serde_json::json!([i, [i + 1]]),
            })
            .collect();
        let mut parallel = Vec::new();
        let mut b = JsonArray::new(&mut parallel, 1).unwrap();
        b.extend_parallel(&items, |v| v.clone()).unwrap();
        b.finish().unwrap();
        let back: Vec<serde_json::Value> = serde_json::from_slice(&parallel).unwrap();
        assert_eq!(back, items);
    }

    #[test]
    fn markdown_cells_escape_pipes_and_newlines() {
        assert_eq!(md_cell("a|b\nc"), "a\\|b<br>c");
    }

    #[test]
    fn optional_columns_go_first_when_too_wide() {
        let mut g = Grid::new(&["v", "value", "via", "at"]).optional(&["at", "via"]);
        g.push(vec![
            "1".into(),
            "about 2,000".into(),
            "Reuters".into(),
            "claims/a-long-file-name.toml:12".into(),
        ]);
        let narrow = Style {
            color: false,
            width: Some(40),
        };
        let (table, hidden) = terminal_table(&g, &narrow);
        assert_eq!(hidden, ["at"]);
        assert!(!table.to_string().contains("claims/"));
        let wide = Style {
            color: false,
            width: Some(200),
        };
        assert!(terminal_table(&g, &wide).1.is_empty());
        assert!(terminal_table(&g, &Style::default()).1.is_empty());
    }

    #[test]
    fn tables_fit_the_given_width() {
        let mut g = Grid::new(&["id", "quote"]);
        g.push(vec!["x".into(), "word ".repeat(40)]);
        let style = Style {
            color: false,
            width: Some(40),
        };
        let text = terminal_table(&g, &style).0.to_string();
        for line in text.lines() {
            assert!(unicode_width::UnicodeWidthStr::width(line) <= 40, "{line}");
        }
    }
}

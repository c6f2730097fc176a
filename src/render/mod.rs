//! Rendering: every command builds a view that can be written as a
//! terminal table, markdown, CSV or JSON. Renderers take a writer; the
//! library never prints on its own.

pub mod compare;
pub mod diagnostics;
pub mod form;
pub mod history;
pub mod number;
pub mod records;
pub mod report;
pub mod sources;

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
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Github => "github",
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
}

impl Grid {
    pub fn new(headers: &[&str]) -> Self {
        Grid {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
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
}

/// What every command's view can be written as.
pub trait View {
    /// The human document (terminal table and markdown).
    fn blocks(&self, style: &Style) -> Vec<Block>;
    /// One flat table for CSV.
    fn csv(&self) -> Grid;
    /// The JSON value (documented in docs/output.md).
    fn json(&self) -> serde_json::Value;
}

/// Write a view in a format.
pub fn write(
    view: &dyn View,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table | Format::Github => write_terminal(&view.blocks(style), style, out),
        Format::Markdown => write_markdown(&view.blocks(&Style::default()), out),
        Format::Csv => write_csv(&view.csv(), out),
        Format::Json => write_json(&view.json(), out),
    }
}

/// Pretty JSON with a final newline.
pub fn write_json(value: &serde_json::Value, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
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

/// A comfy-table, fitted to the style's width when known.
pub fn terminal_table(grid: &Grid, style: &Style) -> Table {
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
    t.set_header(grid.headers.clone());
    for row in &grid.rows {
        t.add_row(row.clone());
    }
    t
}

fn write_terminal(blocks: &[Block], style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    for b in blocks {
        match b {
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
            Block::Line(text) => writeln!(out, "{text}")?,
            Block::Item(text) => writeln!(out, "  • {text}")?,
            Block::Table(grid) => writeln!(out, "{}", terminal_table(grid, style))?,
        }
        first = false;
    }
    Ok(())
}

/// Escape text for a markdown table cell.
fn md_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

fn write_markdown(blocks: &[Block], out: &mut dyn Write) -> io::Result<()> {
    let mut previous_was_line = false;
    let mut first = true;
    for b in blocks {
        let is_line = matches!(b, Block::Line(_));
        if !first && !(is_line && previous_was_line) {
            writeln!(out)?;
        }
        match b {
            Block::Heading(level, text) => writeln!(out, "{} {text}", "#".repeat(*level))?,
            // Two trailing spaces keep consecutive lines apart.
            Block::Line(text) => writeln!(out, "{text}  ")?,
            Block::Item(text) => writeln!(out, "- {text}")?,
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
        previous_was_line = is_line;
        first = false;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cells_escape_pipes_and_newlines() {
        assert_eq!(md_cell("a|b\nc"), "a\\|b<br>c");
    }

    #[test]
    fn tables_fit_the_given_width() {
        let mut g = Grid::new(&["id", "quote"]);
        g.push(vec!["x".into(), "word ".repeat(40)]);
        let style = Style {
            color: false,
            width: Some(40),
        };
        let text = terminal_table(&g, &style).to_string();
        for line in text.lines() {
            assert!(unicode_width::UnicodeWidthStr::width(line) <= 40, "{line}");
        }
    }
}

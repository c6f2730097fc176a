//! Rendering: every command builds a view that can be written as a
//! terminal table, markdown, CSV or JSON. Renderers take a writer; the
//! library never prints on its own.

pub mod changes;
pub mod compare;
pub mod diagnostics;
mod fit;
pub mod form;
pub mod history;
pub mod html;
pub mod json;
pub mod number;
pub mod ordered;
pub mod plot;
pub mod records;
pub mod report;
pub mod sources;
pub mod vintage;

use std::io::{self, Write};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use rayon::prelude::*;

use crate::wordiff::{self, Piece};

pub use json::{JsonArray, write_json, write_nested};

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
            wordiff::render(
                pieces,
                |out, s| out.push_str(&self.paint("31;9", s)),
                |out, s| out.push_str(&self.paint("32", s)),
            )
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
    /// The human document written in a human format (terminal or
    /// markdown). Large views stream it ([`write_parts`]) instead of
    /// building [`View::blocks`] whole.
    fn write_human(&self, human: Human, out: &mut dyn Write) -> io::Result<()> {
        human.write(self.blocks(&human.style()), true, out)
    }
    /// CSV. Large views stream it ([`write_csv_parts`]) instead of building
    /// [`View::csv`] whole.
    fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        write_csv(&self.csv(), out)
    }
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
            view.write_human(Human::Terminal(*style), out)
        }
        Format::Markdown => view.write_human(Human::Markdown, out),
        Format::Csv => view.write_csv(out),
        Format::Json => view.write_json(out),
    }
}

/// A human format: terminal text in a style, or markdown.
#[derive(Debug, Clone, Copy)]
pub enum Human {
    Terminal(Style),
    Markdown,
}

impl Human {
    /// The style blocks are made in (markdown: plain).
    pub fn style(self) -> Style {
        match self {
            Human::Terminal(style) => style,
            Human::Markdown => Style::default(),
        }
    }

    /// Write `blocks`; `first` when nothing was written before them. The
    /// blocks are given up: a terminal table takes its grid's cells.
    fn write(self, blocks: Vec<Block>, first: bool, out: &mut dyn Write) -> io::Result<()> {
        match self {
            Human::Terminal(style) => write_terminal(blocks, &style, first, out),
            Human::Markdown => write_markdown(&blocks, first, out),
        }
    }

    /// Write the table of `columns` over the rows of parts `0..parts`, as
    /// [`Human::write`] writes one [`Block::Table`] of every row, without
    /// building it whole ([`write_terminal_table_parts`],
    /// [`write_markdown_table_parts`]); `first` when nothing was written
    /// before it.
    fn write_table_parts(
        self,
        columns: Grid,
        parts: usize,
        rows: impl Fn(usize) -> Vec<Vec<String>> + Sync,
        first: bool,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        match self {
            Human::Terminal(style) => write_terminal_table_parts(columns, parts, rows, &style, out),
            Human::Markdown => {
                if !first {
                    writeln!(out)?;
                }
                write_markdown_table_parts(&columns.headers, parts, rows, out)
            }
        }
    }
}

/// Write a long human document in parts: `head`, then the blocks of parts
/// `0..parts`, made in parallel and written in order
/// ([`ordered::write_in_order`]), so the document is never built whole.
/// Each part must start with a heading, table or details block: what
/// comes before such a block does not change how it is written, so the
/// bytes are those of writing every block in one go.
pub fn write_parts(
    human: Human,
    head: Vec<Block>,
    parts: usize,
    part: impl Fn(usize, &Style) -> Vec<Block> + Sync,
    out: &mut dyn Write,
) -> io::Result<()> {
    let headless = head.is_empty();
    human.write(head, true, out)?;
    write_parts_after(human, headless, parts, part, out)
}

/// [`write_parts`] without a head: the blocks of parts `0..parts`;
/// `first` when nothing was written before them.
pub fn write_parts_after(
    human: Human,
    first: bool,
    parts: usize,
    part: impl Fn(usize, &Style) -> Vec<Block> + Sync,
    out: &mut dyn Write,
) -> io::Result<()> {
    let style = human.style();
    let blocks = |n: usize| {
        let blocks = part(n, &style);
        debug_assert!(matches!(
            blocks.first(),
            Some(Block::Heading(..) | Block::Table(_) | Block::Details(..))
        ));
        blocks
    };
    if parts == 0 {
        return Ok(());
    }
    human.write(blocks(0), first, out)?;
    let rest: Vec<usize> = (1..parts).collect();
    ordered::write_in_order(
        &rest,
        |&n, text| human.write(blocks(n), false, text),
        |text| out.write_all(text),
    )
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

/// CSV with a header row, the rows of parts `0..parts` made in parallel
/// and written in order, so the table is never built whole. The same bytes
/// as [`write_csv`] of every row in one grid.
pub fn write_csv_parts(
    headers: &[String],
    parts: usize,
    rows: impl Fn(usize) -> Vec<Vec<String>> + Sync,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(&mut *out);
    w.write_record(headers)?;
    w.flush()?;
    drop(w);
    let all: Vec<usize> = (0..parts).collect();
    ordered::write_in_order(
        &all,
        |&n, text| {
            let mut w = csv::Writer::from_writer(text);
            for row in rows(n) {
                w.write_record(&row)?;
            }
            w.flush()
        },
        |text| out.write_all(text),
    )
}

/// Display width of a cell: its widest line.
fn cell_width(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// Each column's natural width: its widest cell, header included.
fn natural_widths(grid: &Grid) -> Vec<usize> {
    (0..grid.headers.len())
        .map(|c| {
            grid.rows
                .iter()
                .map(|r| cell_width(&r[c]))
                .chain(std::iter::once(cell_width(&grid.headers[c])))
                .max()
                .unwrap_or(0)
        })
        .collect()
}

/// Columns to leave out so a table of columns `widths` wide (natural
/// widths) fits `width`: optional ones, in order, while it is too wide.
fn columns_to_hide(widths: &[usize], optional: &[usize], width: usize) -> Vec<usize> {
    // Each cell has one space of padding either side, plus one border each.
    let mut total: usize = widths.iter().map(|w| w + 3).sum::<usize>() + 1;
    let mut hidden = Vec::new();
    for &c in optional {
        if total <= width {
            break;
        }
        total -= widths[c] + 3;
        hidden.push(c);
    }
    hidden
}

/// `row` without the cells of the columns `hidden`.
fn without(row: Vec<String>, hidden: &[usize]) -> Vec<String> {
    row.into_iter()
        .enumerate()
        .filter(|(c, _)| !hidden.contains(c))
        .map(|(_, cell)| cell)
        .collect()
}

/// A comfy-table, fitted to the style's width when known, and the headers
/// of the columns left out to fit. The grid's cells move into the table.
fn terminal_table(grid: Grid, style: &Style) -> (Table, Vec<String>) {
    let hidden = style
        .width
        .map(|w| columns_to_hide(&natural_widths(&grid), &grid.optional, w as usize))
        .unwrap_or_default();
    let names = hidden.iter().map(|&c| grid.headers[c].clone()).collect();
    let headers = without(grid.headers, &hidden);
    let rows: Vec<Vec<String>> = grid
        .rows
        .into_iter()
        .map(|row| without(row, &hidden))
        .collect();
    // Fitted to a width, a cell comfy-table would break mid-word is broken
    // at its hyphens and slashes instead, in the columns it was given.
    if style.width.is_some() && rows.iter().flatten().any(|cell| might_break(cell)) {
        let mut first = new_table(style);
        first.set_header(headers.clone());
        first.add_rows(rows.clone());
        let widths = first
            .lines()
            .next()
            .and_then(|top| fit::border_widths(&top))
            .filter(|w| w.len() == headers.len());
        if let Some(widths) = widths {
            let mut t = new_table(style);
            t.set_header(headers);
            t.add_rows(broken_at_joins(rows, &widths));
            fix_widths(&mut t, &widths);
            return (t, names);
        }
    }
    let mut t = new_table(style);
    t.set_header(headers);
    t.add_rows(rows);
    (t, names)
}

/// Whether `cell` holds a word [`fit::break_at_joins`] may break.
fn might_break(cell: &str) -> bool {
    cell.contains(['-', '/', '_'])
}

/// `rows` with each cell broken at its joins to its column's width
/// (`widths`, padding included).
fn broken_at_joins(rows: Vec<Vec<String>>, widths: &[u16]) -> Vec<Vec<String>> {
    rows.into_iter()
        .map(|row| {
            row.into_iter()
                .zip(widths)
                .map(|(cell, &w)| {
                    fit::break_at_joins(&cell, usize::from(w).saturating_sub(2)).unwrap_or(cell)
                })
                .collect()
        })
        .collect()
}

/// Fixes each column of `t` at `widths`, padding included.
fn fix_widths(t: &mut Table, widths: &[u16]) {
    for (column, &width) in t.column_iter_mut().zip(widths) {
        column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
    }
}

/// A table as [`write_terminal`] writes it: line by line (not joined into
/// one string first), then the note naming the columns left out to fit.
fn write_terminal_grid(grid: Grid, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let (table, hidden) = terminal_table(grid, style);
    for line in table.lines() {
        writeln!(out, "{line}")?;
    }
    write_hidden_note(&hidden, style, out)
}

/// The note under a table naming the columns left out to fit, if any.
fn write_hidden_note(hidden: &[String], style: &Style, out: &mut dyn Write) -> io::Result<()> {
    if !hidden.is_empty() {
        let note = format!(
            "(left out to fit the terminal: {}; widen it or use --format markdown)",
            hidden.join(", ")
        );
        writeln!(out, "{}", style.paint("2", &note))?;
    }
    Ok(())
}

/// An empty comfy-table in claimtrack's style, fitted to the style's width
/// when known, else with every column as wide as its widest cell.
fn new_table(style: &Style) -> Table {
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
    t
}

/// Parts up to which a table fitted to a terminal's width is laid out
/// whole by [`write_terminal_table_parts`]; a longer one is fitted from a
/// sample of its cells.
const FIT_WHOLE_UP_TO: usize = 16;

/// The terminal table of `columns` (headers and optional columns, no rows)
/// over the rows of parts `0..parts`, written part by part so that the
/// table is never built whole.
///
/// Without a width, comfy-table makes each column as wide as its widest
/// cell, which one pass measures part by part (in parallel); a second
/// lays each part out with those widths fixed and writes it in order, its
/// borders trimmed to join the parts. These are the bytes of writing one
/// [`Block::Table`] of every row, first in its document.
///
/// Fitting the columns to a terminal's width weighs all cells together,
/// so a table of a few parts is built whole, as one table. A longer one
/// is fitted in bounded memory: the first pass keeps a `fit::Sample` of
/// the cells, comfy-table fits a small table of the sample, and its
/// widths lay out the parts. Every cell is shown as a whole table shows
/// it, wrapped to its column; the columns' widths can differ from a whole
/// table's only where wrapping long cells is judged from the sample.
pub fn write_terminal_table_parts(
    columns: Grid,
    parts: usize,
    rows: impl Fn(usize) -> Vec<Vec<String>> + Sync,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    write_table_parts_fitting_after(columns, parts, rows, style, FIT_WHOLE_UP_TO, out)
}

/// [`write_terminal_table_parts`], fitting a table to a width from a
/// sample when it has more than `whole_up_to` parts.
fn write_table_parts_fitting_after(
    columns: Grid,
    parts: usize,
    rows: impl Fn(usize) -> Vec<Vec<String>> + Sync,
    style: &Style,
    whole_up_to: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let whole = |out: &mut dyn Write| {
        let mut whole = columns.clone();
        whole.rows = (0..parts).flat_map(&rows).collect();
        write_terminal_grid(whole, style, out)
    };
    // A table without rows, or with a part without rows (which would have
    // no border to join; rare), is built whole.
    match style.width {
        _ if parts == 0 => whole(out),
        None => {
            // Each column's widest cell over all parts, as comfy-table
            // measures it, and the padding it adds.
            let header = || {
                let mut t = new_table(style);
                t.set_header(columns.headers.clone());
                t
            };
            let (widest, all_filled) = (0..parts)
                .into_par_iter()
                .map(|n| {
                    let rows = rows(n);
                    let filled = !rows.is_empty();
                    let mut t = header();
                    t.add_rows(rows);
                    (t.column_max_content_widths(), filled)
                })
                .reduce(
                    || (Vec::new(), true),
                    |(a, a_filled), (b, b_filled)| {
                        let widest = (0..a.len().max(b.len()))
                            .map(|i| a.get(i).max(b.get(i)).copied().unwrap_or(0))
                            .collect();
                        (widest, a_filled && b_filled)
                    },
                );
            if !all_filled {
                return whole(out);
            }
            let widths: Vec<u16> = header()
                .column_iter()
                .zip(&widest)
                .map(|(column, &w)| w.saturating_add(column.padding_width()))
                .collect();
            write_fixed_parts(&columns.headers, parts, rows, &widths, style, false, out)
        }
        Some(_) if parts <= whole_up_to => whole(out),
        Some(width) => {
            let (sample, all_filled) = (0..parts)
                .into_par_iter()
                .map(|n| {
                    let rows = rows(n);
                    (fit::Sample::of(&rows), !rows.is_empty())
                })
                .reduce(
                    || (fit::Sample::default(), true),
                    |(a, a_filled), (b, b_filled)| (a.merge(b), a_filled && b_filled),
                );
            if !all_filled {
                return whole(out);
            }
            let mut natural = sample.widths();
            natural.resize(columns.headers.len(), 0);
            for (w, header) in natural.iter_mut().zip(&columns.headers) {
                *w = (*w).max(cell_width(header));
            }
            let hidden = columns_to_hide(&natural, &columns.optional, usize::from(width));
            let keep: Vec<usize> = (0..columns.headers.len())
                .filter(|c| !hidden.contains(c))
                .collect();
            let headers = without(columns.headers.clone(), &hidden);
            let mut fitted = new_table(style);
            fitted.set_header(headers.clone());
            fitted.add_rows(sample.rows(&keep));
            let widths = fitted
                .lines()
                .next()
                .and_then(|top| fit::border_widths(&top))
                .filter(|w| w.len() == keep.len());
            drop(fitted);
            let Some(widths) = widths else {
                return whole(out);
            };
            let kept = |n: usize| -> Vec<Vec<String>> {
                rows(n)
                    .into_iter()
                    .map(|row| without(row, &hidden))
                    .collect()
            };
            let unfitted = Style {
                width: None,
                ..*style
            };
            write_fixed_parts(&headers, parts, kept, &widths, &unfitted, true, out)?;
            let names: Vec<String> = hidden.iter().map(|&c| columns.headers[c].clone()).collect();
            write_hidden_note(&names, style, out)
        }
    }
}

/// The table of `headers` over the rows of parts `0..parts` (each with
/// rows), each column `widths` wide, padding included: each part laid out
/// on its own and written in order, its borders trimmed to join the
/// parts. The first part's lines bar its bottom border, which closes the
/// table after the last part; every other part's bar their top and bottom.
/// With `break_words` (columns narrower than their cells), cells are
/// broken at their joins as [`terminal_table`] breaks them.
fn write_fixed_parts(
    headers: &[String],
    parts: usize,
    rows: impl Fn(usize) -> Vec<Vec<String>> + Sync,
    widths: &[u16],
    style: &Style,
    break_words: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let table = |rows: Vec<Vec<String>>, header: bool| {
        let mut t = new_table(style);
        if header {
            t.set_header(headers.to_vec());
        }
        match break_words {
            true => t.add_rows(broken_at_joins(rows, widths)),
            false => t.add_rows(rows),
        };
        fix_widths(&mut t, widths);
        t
    };
    let all: Vec<usize> = (0..parts).collect();
    ordered::write_in_order(
        &all,
        |&n, text| {
            let lines: Vec<String> = table(rows(n), n == 0).lines().collect();
            let inner = match n {
                0 => &lines[..lines.len().saturating_sub(1)],
                _ => lines.get(1..lines.len().saturating_sub(1)).unwrap_or(&[]),
            };
            inner.iter().try_for_each(|line| writeln!(text, "{line}"))
        },
        |text| out.write_all(text),
    )?;
    let empty_row = vec![String::new(); widths.len()];
    let bottom = table(vec![empty_row], false).lines().last();
    writeln!(out, "{}", bottom.unwrap_or_default())
}

/// Terminal text; `first` when nothing was written before `blocks`.
fn write_terminal(
    blocks: Vec<Block>,
    style: &Style,
    mut first: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    for b in blocks {
        match b {
            Block::Details(summary, inner) => {
                if !first {
                    writeln!(out)?;
                }
                writeln!(out, "{}", style.paint("1", &summary))?;
                write_terminal(inner, style, true, out)?;
            }
            Block::Heading(level, text) => {
                if !first {
                    writeln!(out)?;
                }
                let text = match level {
                    1 => style.paint("1;4", &text),
                    2 => style.paint("1", &text),
                    _ => style.paint("1", &text),
                };
                writeln!(out, "{text}")?;
            }
            Block::Line(text) => writeln!(out, "{}", wrap(&text, "", "", style))?,
            Block::Item(text) => writeln!(out, "{}", wrap(&text, "  • ", "    ", style))?,
            Block::Table(grid) => write_terminal_grid(grid, style, out)?,
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

/// Append `text` escaped for a markdown table cell: `\` and `|` take a
/// backslash, a line break becomes `<br>`. The text between them is copied
/// in one piece.
fn push_md_cell(text: &str, out: &mut String) {
    let mut start = 0;
    for at in memchr::memchr3_iter(b'\\', b'|', b'\n', text.as_bytes()) {
        out.push_str(&text[start..at]);
        out.push_str(match text.as_bytes()[at] {
            b'\\' => "\\\\",
            b'|' => "\\|",
            _ => "<br>",
        });
        start = at + 1;
    }
    out.push_str(&text[start..]);
}

/// A markdown table's header row and the line under it.
fn markdown_table_head(headers: &[String], out: &mut dyn Write) -> io::Result<()> {
    markdown_row(headers, out)?;
    writeln!(out, "|{}", "---|".repeat(headers.len()))
}

/// `| a | b |` and a newline, the cells escaped, written in one piece.
fn markdown_row(cells: &[String], out: &mut dyn Write) -> io::Result<()> {
    let mut row = String::with_capacity(cells.iter().map(|c| c.len() + 3).sum::<usize>() + 4);
    row.push_str("| ");
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            row.push_str(" | ");
        }
        push_md_cell(cell, &mut row);
    }
    row.push_str(" |\n");
    out.write_all(row.as_bytes())
}

/// A markdown table whose rows, those of parts `0..parts`, are made in
/// parallel and written in order: the bytes of a [`Block::Table`] of
/// every row, first in its document, never built whole.
pub fn write_markdown_table_parts(
    headers: &[String],
    parts: usize,
    rows: impl Fn(usize) -> Vec<Vec<String>> + Sync,
    out: &mut dyn Write,
) -> io::Result<()> {
    markdown_table_head(headers, out)?;
    let all: Vec<usize> = (0..parts).collect();
    ordered::write_in_order(
        &all,
        |&n, text| rows(n).iter().try_for_each(|row| markdown_row(row, text)),
        |text| out.write_all(text),
    )
}

/// Markdown; `first` when nothing was written before `blocks`.
fn write_markdown(blocks: &[Block], mut first: bool, out: &mut dyn Write) -> io::Result<()> {
    // Consecutive lines stay one paragraph, consecutive items one list.
    let kind = |b: &Block| match b {
        Block::Line(_) => 1,
        Block::Item(_) => 2,
        _ => 0,
    };
    let mut previous = 0;
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
                write_markdown(inner, true, out)?;
                writeln!(out)?;
                writeln!(out, "</details>")?;
            }
            Block::Table(grid) => {
                markdown_table_head(&grid.headers, out)?;
                for row in &grid.rows {
                    markdown_row(row, out)?;
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

    /// A part of a test document: a heading, a table or details first,
    /// then lines, items or tables.
    fn part(i: &usize, _: &Style) -> Vec<Block> {
        let mut grid = Grid::new(&["n", "text"]);
        grid.push(vec![i.to_string(), "a | b\nc".repeat(i % 4)]);
        match i % 4 {
            0 => vec![
                Block::Heading(2, format!("part {i}")),
                Block::Line("x".into()),
            ],
            1 => vec![
                Block::Heading(3, format!("part {i}")),
                Block::Item("a".into()),
                Block::Item("b".into()),
            ],
            2 => vec![Block::Table(grid), Block::Line("after".into())],
            _ => vec![
                Block::Details("more".into(), vec![Block::Line("inner".into())]),
                Block::Item("last".into()),
            ],
        }
    }

    #[test]
    fn parts_write_what_the_whole_document_writes() {
        let heads = [
            vec![],
            vec![Block::Heading(1, "title".into()), Block::Line("x".into())],
            vec![Block::Item("a".into())],
        ];
        let humans = [
            Human::Markdown,
            Human::Terminal(Style::default()),
            Human::Terminal(Style {
                color: true,
                width: Some(30),
            }),
        ];
        let items: Vec<usize> = (0..300).collect();
        for head in &heads {
            for human in humans {
                for n in [0, 1, 2, 5, 300] {
                    let mut whole = head.clone();
                    for i in &items[..n] {
                        whole.extend(part(i, &human.style()));
                    }
                    let mut expected = Vec::new();
                    human.write(whole, true, &mut expected).unwrap();
                    let mut streamed = Vec::new();
                    write_parts(
                        human,
                        head.clone(),
                        n,
                        |i, st| part(&items[i], st),
                        &mut streamed,
                    )
                    .unwrap();
                    assert_eq!(
                        String::from_utf8(streamed).unwrap(),
                        String::from_utf8(expected).unwrap(),
                        "{human:?}, {n} parts after {} head blocks",
                        head.len()
                    );
                }
            }
        }
    }

    #[test]
    fn csv_parts_write_what_one_grid_writes() {
        let rows = |i: &usize| -> Vec<Vec<String>> {
            (0..i % 3)
                .map(|j| vec![format!("{i}.{j}"), "a, \"quoted\"\nline".repeat(j)])
                .collect()
        };
        let items: Vec<usize> = (0..500).collect();
        for n in [0, 1, 2, 500] {
            let mut grid = Grid::new(&["id", "text"]);
            for i in &items[..n] {
                grid.rows.extend(rows(i));
            }
            let mut expected = Vec::new();
            write_csv(&grid, &mut expected).unwrap();
            let mut streamed = Vec::new();
            write_csv_parts(&grid.headers, n, |i| rows(&items[i]), &mut streamed).unwrap();
            assert_eq!(streamed, expected, "{n} items");
        }
    }

    #[test]
    fn markdown_table_parts_write_what_one_table_writes() {
        let rows = |i: usize| -> Vec<Vec<String>> {
            (0..i % 3)
                .map(|j| vec![format!("{i}.{j}"), "a | b\nc".repeat(j)])
                .collect()
        };
        for n in [0, 1, 2, 500] {
            let mut grid = Grid::new(&["id", "te|xt"]);
            for i in 0..n {
                grid.rows.extend(rows(i));
            }
            let mut expected = Vec::new();
            write_markdown(&[Block::Table(grid.clone())], true, &mut expected).unwrap();
            let mut streamed = Vec::new();
            write_markdown_table_parts(&grid.headers, n, rows, &mut streamed).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                String::from_utf8(expected).unwrap(),
                "{n} parts"
            );
        }
    }

    /// A table written line by line gives the bytes of its one-string
    /// form and a newline, also for a table of no column or no row.
    #[test]
    fn terminal_tables_are_written_line_by_line_as_one_string_would_be() {
        let mut full = Grid::new(&["id", "text"]).optional(&["text"]);
        full.push(vec!["a".into(), "two\nlines and more words".into()]);
        for grid in [Grid::new(&[]), Grid::new(&["id"]), full] {
            for width in [None, Some(12), Some(80)] {
                let style = Style {
                    color: false,
                    width,
                };
                let (table, hidden) = terminal_table(grid.clone(), &style);
                let mut lines = Vec::new();
                write_terminal_grid(grid.clone(), &style, &mut lines).unwrap();
                let lines = String::from_utf8(lines).unwrap();
                let whole = format!("{table}\n");
                assert!(lines.starts_with(&whole), "{lines:?} against {whole:?}");
                assert_eq!(lines.len() > whole.len(), !hidden.is_empty());
            }
        }
    }

    /// Parts of a terminal table joined into one give the bytes of the
    /// table built whole: without a width (parts laid out one by one) and
    /// with one (built whole), for widest cells in early and late parts,
    /// cells of several lines, wide characters, and parts without rows.
    #[test]
    fn terminal_table_parts_write_what_one_table_writes() {
        let rows = |i: usize| -> Vec<Vec<String>> {
            (0..1 + i % 3)
                .map(|j| {
                    vec![
                        format!("id-{i}.{j}-of-a-part/{}", "x".repeat(j)),
                        "wide 語 ".repeat((i * 7 + j) % 5),
                        "two\nlines".repeat(j % 2),
                    ]
                })
                .collect()
        };
        let with_empty = |i: usize| if i == 3 { Vec::new() } else { rows(i) };
        // Fitted to a width, a table of many parts is fitted from a sample
        // of its cells; here the sample holds every line that matters, so
        // the bytes are the whole table's too.
        for (width, whole_up_to) in [
            (None, FIT_WHOLE_UP_TO),
            (Some(60), FIT_WHOLE_UP_TO),
            (Some(60), 0),
            (Some(24), 0),
            (Some(12), 0),
        ] {
            let style = Style {
                color: false,
                width,
            };
            for n in [0, 1, 2, 7, 40] {
                let columns = Grid::new(&["id", "text", "note"]).optional(&["note"]);
                for (name, rows) in [
                    ("full", &rows as &(dyn Fn(usize) -> Vec<Vec<String>> + Sync)),
                    ("with an empty part", &with_empty),
                ] {
                    let mut whole = columns.clone();
                    whole.rows = (0..n).flat_map(rows).collect();
                    let mut expected = Vec::new();
                    write_terminal(vec![Block::Table(whole)], &style, true, &mut expected).unwrap();
                    let mut streamed = Vec::new();
                    write_table_parts_fitting_after(
                        columns.clone(),
                        n,
                        rows,
                        &style,
                        whole_up_to,
                        &mut streamed,
                    )
                    .unwrap();
                    assert_eq!(
                        String::from_utf8(streamed).unwrap(),
                        String::from_utf8(expected).unwrap(),
                        "{n} parts, {name}, width {width:?}, whole up to {whole_up_to}"
                    );
                }
            }
        }
    }

    /// Fitted to a width, ids and subjects break after a hyphen or slash,
    /// not inside a word, in the whole table and in one laid out by parts.
    #[test]
    fn narrow_columns_break_words_at_their_joins() {
        let id = "nk-troops-in-russia/additional-deployment-planned";
        let mut grid = Grid::new(&["subject", "value"]);
        grid.push(vec![id.into(), "about 2,000".into()]);
        let style = Style {
            color: false,
            width: Some(40),
        };
        let mut out = Vec::new();
        write_terminal_grid(grid.clone(), &style, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let pieces: Vec<&str> = text
            .lines()
            .skip(3)
            .filter_map(|l| l.strip_prefix("│ ")?.split(' ').next())
            .filter(|p| !p.is_empty())
            .collect();
        assert_eq!(pieces.concat(), id, "{text}");
        assert!(
            pieces
                .iter()
                .all(|p| p.ends_with(['-', '/']) || id.ends_with(p)),
            "{text}"
        );
        assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
        let mut parts = Vec::new();
        let columns = Grid::new(&["subject", "value"]);
        let rows = |_: usize| grid.rows.clone();
        write_table_parts_fitting_after(columns, 1, rows, &style, 0, &mut parts).unwrap();
        assert_eq!(String::from_utf8(parts).unwrap(), text);
    }

    /// A long table fitted to a width from a sample that cannot hold every
    /// line (hundreds of distinct lines of each width) is still one table
    /// that fits: every line as wide as the others and no wider than the
    /// terminal, every row there, each cell's words in order.
    #[test]
    fn a_table_fitted_from_a_sample_fits_and_keeps_every_cell() {
        let words = ["alpha", "be", "gamma", "delta", "epsilon", "z"];
        let text = |i: usize| -> String {
            (0..3 + i % 11)
                .map(|k| words[(i * 7 + k * 3) % words.len()])
                .collect::<Vec<_>>()
                .join(" ")
        };
        let rows = |n: usize| -> Vec<Vec<String>> {
            (0..50)
                .map(|j| {
                    let i = n * 50 + j;
                    vec![
                        format!("row{i}"),
                        text(i),
                        text(i + 5),
                        format!("{}", i % 3),
                    ]
                })
                .collect()
        };
        let columns = Grid::new(&["id", "text", "more", "n"]).optional(&["more"]);
        for width in [30u16, 45, 80] {
            let style = Style {
                color: false,
                width: Some(width),
            };
            let mut out = Vec::new();
            write_table_parts_fitting_after(columns.clone(), 40, rows, &style, 0, &mut out)
                .unwrap();
            let out = String::from_utf8(out).unwrap();
            let lines: Vec<&str> = out.lines().filter(|l| !l.starts_with('(')).collect();
            let first = unicode_width::UnicodeWidthStr::width(lines[0]);
            assert!(first <= usize::from(width), "{first} > {width}");
            for line in &lines {
                assert_eq!(
                    unicode_width::UnicodeWidthStr::width(*line),
                    first,
                    "{line}"
                );
            }
            // Each row's text column, read back from its wrapped lines.
            let mut cells: Vec<String> = Vec::new();
            for line in &lines[3..lines.len() - 1] {
                let fields: Vec<&str> = line.split(['│', '┆']).map(str::trim).collect();
                if !fields[1].is_empty() {
                    cells.push(String::new());
                }
                let cell = cells.last_mut().unwrap();
                if !fields[2].is_empty() {
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(fields[2]);
                }
            }
            assert_eq!(cells.len(), 2000, "width {width}");
            for (i, cell) in cells.iter().enumerate() {
                assert_eq!(cell.replace(' ', ""), text(i).replace(' ', ""), "row {i}");
            }
        }
    }

    /// The views that stream (report, history, list) write what their
    /// whole documents, [`View::blocks`] and [`View::csv`], would: on the
    /// shipped claims and a fixture with statements, forecasts and
    /// retractions, in every human style and in CSV.
    #[test]
    fn streamed_views_write_what_their_whole_documents_write() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["claims", "tests/fixtures/provenance"] {
            let a = crate::analyse(&[root.join(folder)]).unwrap();
            let (repo, versions) = (&a.repo, &a.versions);
            let report = report::ReportView::new(repo, versions);
            let history = history::HistoryView {
                repo,
                versions,
                series: (0..versions.series.len()).collect(),
            };
            let list = records::ListView {
                repo,
                versions,
                claims: (0..repo.claims.len()).collect(),
            };
            let views: [(&str, &dyn View); 3] =
                [("report", &report), ("history", &history), ("list", &list)];
            for (name, view) in views {
                for human in [
                    Human::Markdown,
                    Human::Terminal(Style::default()),
                    Human::Terminal(Style {
                        color: true,
                        width: Some(80),
                    }),
                ] {
                    let mut whole = Vec::new();
                    human
                        .write(view.blocks(&human.style()), true, &mut whole)
                        .unwrap();
                    let mut streamed = Vec::new();
                    view.write_human(human, &mut streamed).unwrap();
                    assert!(whole.len() > 100, "{name}");
                    assert_eq!(
                        String::from_utf8(streamed).unwrap(),
                        String::from_utf8(whole).unwrap(),
                        "{name} in {folder}, {human:?}"
                    );
                }
                let mut whole = Vec::new();
                write_csv(&view.csv(), &mut whole).unwrap();
                let mut streamed = Vec::new();
                view.write_csv(&mut streamed).unwrap();
                assert_eq!(streamed, whole, "{name} CSV in {folder}");
            }
        }
    }

    fn md_cell(text: &str) -> String {
        let mut cell = String::new();
        push_md_cell(text, &mut cell);
        cell
    }

    #[test]
    fn markdown_cells_escape_pipes_and_newlines() {
        assert_eq!(md_cell("a|b\nc\\d"), "a\\|b<br>c\\\\d");
        assert_eq!(md_cell(""), "");
    }

    proptest::proptest! {
        /// One pass escapes as the three replacements in turn would.
        #[test]
        fn markdown_cells_escape_as_replacing_in_turn_would(
            picks in proptest::collection::vec(0usize..6, 0..24),
        ) {
            const CHARS: [char; 6] = ['a', '|', '\\', '\n', 'é', ' '];
            let text: String = picks.iter().map(|&i| CHARS[i]).collect();
            let replaced = text
                .replace('\\', "\\\\")
                .replace('|', "\\|")
                .replace('\n', "<br>");
            proptest::prop_assert_eq!(md_cell(&text), replaced);
        }
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
        let (table, hidden) = terminal_table(g.clone(), &narrow);
        assert_eq!(hidden, ["at"]);
        assert!(!table.to_string().contains("claims/"));
        let wide = Style {
            color: false,
            width: Some(200),
        };
        assert!(terminal_table(g.clone(), &wide).1.is_empty());
        assert!(terminal_table(g.clone(), &Style::default()).1.is_empty());
    }

    #[test]
    fn tables_fit_the_given_width() {
        let mut g = Grid::new(&["id", "quote"]);
        g.push(vec!["x".into(), "word ".repeat(40)]);
        let style = Style {
            color: false,
            width: Some(40),
        };
        let text = terminal_table(g.clone(), &style).0.to_string();
        for line in text.lines() {
            assert!(unicode_width::UnicodeWidthStr::width(line) <= 40, "{line}");
        }
    }
}

/// A table fitted to a width from a sample lays out as the table fitted
/// whole, whenever the sample holds every line (here: at most eight lines
/// a column), for any cells, widths and cut into parts: the sampled fit
/// and the fixed widths it hands each part reproduce comfy-table's own.
#[cfg(test)]
mod fitted_table_properties {
    use proptest::prelude::*;

    use super::*;

    fn cell() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            Just("a"),
            Just("to"),
            Just("wordy"),
            Just("語語"),
            Just("2,000–3,000"),
            Just("abcdefghijklmnopqrstuvwxyz"),
            Just("a\tb"),
            Just("x\ry"),
            Just("e\u{301}"),
            Just("👍🏽"),
            Just("a\u{200d}b"),
            Just("  "),
        ];
        let line = prop::collection::vec(word, 0..5).prop_map(|w| w.join(" "));
        prop::collection::vec(line, 1..3).prop_map(|l| l.join("\n"))
    }

    proptest! {
        #[test]
        fn a_sampled_fit_is_the_whole_fit(
            columns in 1usize..4,
            cells in prop::collection::vec(cell(), 12),
            rows in 1usize..5,
            cut in 1usize..4,
            width in 6u16..90,
            optional in any::<bool>(),
        ) {
            let headers = ["id", "a longer header", "n"];
            let mut grid = Grid::new(&headers[..columns]);
            if optional {
                grid = grid.optional(&headers[1..columns]);
            }
            let all: Vec<Vec<String>> = (0..rows)
                .map(|r| (0..columns).map(|c| cells[r * 3 + c].clone()).collect())
                .collect();
            let parts: Vec<&[Vec<String>]> = all.chunks(cut).collect();
            let style = Style { color: false, width: Some(width) };
            let mut whole = grid.clone();
            whole.rows = all.clone();
            let mut expected = Vec::new();
            write_terminal(vec![Block::Table(whole)], &style, true, &mut expected).unwrap();
            let mut fitted = Vec::new();
            write_table_parts_fitting_after(
                grid,
                parts.len(),
                |n| parts[n].to_vec(),
                &style,
                0,
                &mut fitted,
            )
            .unwrap();
            prop_assert_eq!(String::from_utf8(fitted).unwrap(), String::from_utf8(expected).unwrap());
        }
    }
}

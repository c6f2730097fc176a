//! Findings as rustc-style text, JSON, GitHub annotations, CSV or markdown.

use std::io::{self, Write};

use serde_json::json;
use unicode_width::UnicodeWidthStr;

use super::form::counted;
use super::{Format, Grid, Style};
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Location;
use crate::source_map::SourceFile;

/// Where a location is: file, start line and column, end line and column.
struct Place<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

fn place<'a>(files: &'a [SourceFile], loc: &Location) -> Place<'a> {
    let f = &files[loc.file];
    let (line, column) = f.line_col(loc.span.start);
    let (end_line, end_column) = f.line_col(loc.span.end.max(loc.span.start));
    Place {
        path: &f.path,
        line,
        column,
        end_line,
        end_column,
    }
}

/// Write findings in `format`; `files` are the loaded files they point into.
pub fn write(
    diagnostics: &[Diagnostic],
    files: &[SourceFile],
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    crate::source_map::index_lines(
        files,
        diagnostics.iter().flat_map(|d| {
            std::iter::once(d.location.file).chain(d.related.iter().map(|r| r.location.file))
        }),
    );
    match format {
        // Export formats never reach here (refused earlier): show them as text.
        Format::Table | Format::Jsonl | Format::Sqlite | Format::Html => {
            for d in diagnostics {
                human(d, files, style, out)?;
            }
            Ok(())
        }
        Format::Json => {
            let mut array = super::JsonArray::new(out, 0)?;
            for d in diagnostics {
                array.push(&to_json(d, files))?;
            }
            array.finish()?;
            writeln!(out)
        }
        Format::Github => {
            for d in diagnostics {
                github(d, files, out)?;
            }
            Ok(())
        }
        Format::Csv => super::write_csv(&grid(diagnostics, files), out),
        Format::Markdown => super::write(
            &MarkdownView(grid(diagnostics, files)),
            Format::Markdown,
            style,
            out,
        ),
    }
}

struct MarkdownView(Grid);

impl super::View for MarkdownView {
    fn blocks(&self, _: &Style) -> Vec<super::Block> {
        vec![
            super::Block::Heading(
                2,
                format!("claimtrack check: {} findings", self.0.rows.len()),
            ),
            super::Block::Table(self.0.clone()),
        ]
    }
    fn csv(&self) -> Grid {
        self.0.clone()
    }
    fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        super::write_json(&serde_json::Value::Null, out)
    }
}

fn grid(diagnostics: &[Diagnostic], files: &[SourceFile]) -> Grid {
    let mut g = Grid::new(&[
        "severity", "code", "file", "line", "column", "message", "help",
    ]);
    for d in diagnostics {
        let p = place(files, &d.location);
        g.push(vec![
            d.severity.as_str().into(),
            d.code.as_str().into(),
            p.path.into(),
            p.line.to_string(),
            p.column.to_string(),
            d.message.clone(),
            d.help.clone().unwrap_or_default(),
        ]);
    }
    g
}

/// One finding as a JSON object (see docs/output.md).
pub fn to_json(d: &Diagnostic, files: &[SourceFile]) -> serde_json::Value {
    let p = place(files, &d.location);
    let related: Vec<serde_json::Value> = d
        .related
        .iter()
        .map(|r| {
            let q = place(files, &r.location);
            json!({"file": q.path, "line": q.line, "column": q.column, "message": r.message})
        })
        .collect();
    json!({
        "severity": d.severity.as_str(),
        "code": d.code.as_str(),
        "message": d.message,
        "file": p.path,
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line,
        "end_column": p.end_column,
        "label": d.label,
        "help": d.help,
        "related": related,
    })
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn github(d: &Diagnostic, files: &[SourceFile], out: &mut dyn Write) -> io::Result<()> {
    let p = place(files, &d.location);
    let mut message = d.message.clone();
    if let Some(label) = &d.label {
        message.push_str(&format!(" ({label})"));
    }
    if let Some(help) = &d.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    writeln!(
        out,
        "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        d.severity.as_str(),
        escape_property(p.path),
        p.line,
        p.column,
        p.end_line,
        p.end_column,
        escape_property(&format!("claimtrack {}", d.code.as_str())),
        escape_data(&message)
    )
}

fn human(
    d: &Diagnostic,
    files: &[SourceFile],
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (color, word) = match d.severity {
        Severity::Error => ("1;31", "error"),
        Severity::Warning => ("1;33", "warning"),
    };
    let f = &files[d.location.file];
    let p = place(files, &d.location);
    let message = crate::render::form::truncate(&d.message, 300);
    let gutter = p.line.to_string().len();
    let pad = " ".repeat(gutter);
    let blue = |s: &str| style.paint("1;34", s);
    writeln!(
        out,
        "{}: {}",
        style.paint(color, &format!("{word}[{}]", d.code.as_str())),
        style.paint("1", &message)
    )?;
    writeln!(
        out,
        "{pad}{} {}:{}:{}",
        blue("-->"),
        p.path,
        p.line,
        p.column
    )?;
    if !f.text.is_empty() {
        let bar = blue("|");
        let line_start = f.line_range(p.line).start;
        let line_text = f.line_text(p.line);
        let span = &d.location.span;
        let at = span.start.clamp(line_start, line_start + line_text.len()) - line_start;
        let end = span
            .end
            .clamp(line_start + at, line_start + line_text.len())
            - line_start;
        let (shown, caret_at, caret_len) = window(line_text, at, end);
        writeln!(out, "{pad} {bar}")?;
        writeln!(out, "{} {bar} {shown}", blue(&p.line.to_string()))?;
        let label = d
            .label
            .as_deref()
            .map(|l| format!(" {l}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{pad} {bar} {}{}",
            " ".repeat(caret_at),
            style.paint(color, &format!("{}{label}", "^".repeat(caret_len.max(1))))
        )?;
    }
    for r in &d.related {
        let q = place(files, &r.location);
        writeln!(
            out,
            "{pad} {} note: {} ({}:{}:{})",
            blue("="),
            r.message,
            q.path,
            q.line,
            q.column
        )?;
    }
    if let Some(help) = &d.help {
        // Long hints (the list of accepted value forms) wrap under themselves.
        let indent = " ".repeat(pad.len() + 9);
        let options = textwrap::Options::new(100)
            .initial_indent("")
            .subsequent_indent(&indent)
            .break_words(false);
        let first = format!("{pad} = help: ");
        let text = textwrap::fill(&format!("{first}{help}"), options);
        writeln!(
            out,
            "{}",
            text.replacen(&first, &format!("{pad} {} help: ", blue("=")), 1)
        )?;
    }
    writeln!(out)
}

/// Widest source line shown in full; longer lines show a window.
const MAX_LINE: usize = 140;

/// The part of `line` to show around the bytes `at..end`, and the display
/// column and width of the carets under it. Long lines (a 100,000-character
/// string) are cut to a window with `…` at the cut ends.
fn window(line: &str, at: usize, end: usize) -> (String, usize, usize) {
    let at = floor_char(line, at);
    let end = floor_char(line, end.max(at));
    if line.width() <= MAX_LINE {
        return (line.to_string(), line[..at].width(), line[at..end].width());
    }
    let start = floor_char(line, at.saturating_sub(40));
    let mut stop = start;
    for (i, c) in line[start..].char_indices() {
        if line[start..start + i].width() >= MAX_LINE - 2 {
            break;
        }
        stop = start + i + c.len_utf8();
    }
    let lead = if start > 0 { "…" } else { "" };
    let tail = if stop < line.len() { "…" } else { "" };
    let caret_at = lead.width() + line[start..at].width();
    let caret_len = line[at..end.min(stop).max(at)].width();
    (
        format!("{lead}{}{tail}", &line[start..stop]),
        caret_at,
        caret_len,
    )
}

fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The closing line of `check`: what was checked and what was found.
pub fn summary(files: usize, claims: usize, errors: usize, warnings: usize) -> String {
    format!(
        "checked {}, {} loaded: {}, {}",
        counted(files, "file"),
        counted(claims, "claim"),
        counted(errors, "error"),
        counted(warnings, "warning")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_show_a_window_around_the_caret() {
        let line = format!("value = \"{}abt{}\"", "9".repeat(5000), "9".repeat(5000));
        let at = 9 + 5000;
        let (shown, caret_at, caret_len) = window(&line, at, at + 3);
        assert!(shown.width() <= MAX_LINE, "{}", shown.width());
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        let marked: String = shown.chars().skip(caret_at).take(caret_len).collect();
        assert_eq!(marked, "abt");
        let short = "id = \"x\"";
        assert_eq!(window(short, 5, 8), (short.to_string(), 5, 3));
    }
}

//! Findings as rustc-style text, JSON, GitHub annotations, CSV or markdown.

use std::io::{self, Write};

use serde_json::json;
use unicode_width::UnicodeWidthStr;

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
    match format {
        Format::Table => {
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
    let gutter = p.line.to_string().len();
    let pad = " ".repeat(gutter);
    let blue = |s: &str| style.paint("1;34", s);
    writeln!(
        out,
        "{}: {}",
        style.paint(color, &format!("{word}[{}]", d.code.as_str())),
        style.paint("1", &d.message)
    )?;
    writeln!(
        out,
        "{pad}{} {}:{}:{}",
        blue("-->"),
        p.path,
        p.line,
        p.column
    )?;
    let line_text = f.line_text(p.line);
    if !f.text.is_empty() {
        let bar = blue("|");
        writeln!(out, "{pad} {bar}")?;
        writeln!(out, "{} {bar} {line_text}", blue(&p.line.to_string()))?;
        let line_start = f.line_range(p.line).start;
        let prefix = f.text.get(line_start..d.location.span.start).unwrap_or("");
        let line_end = line_start + line_text.len();
        let marked = f
            .text
            .get(
                d.location.span.start..d.location.span.end.min(line_end).max(d.location.span.start),
            )
            .unwrap_or("");
        let carets = "^".repeat(marked.width().max(1));
        let label = d
            .label
            .as_deref()
            .map(|l| format!(" {l}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{pad} {bar} {}{}",
            " ".repeat(prefix.width()),
            style.paint(color, &format!("{carets}{label}"))
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
        writeln!(out, "{pad} {} help: {help}", blue("="))?;
    }
    writeln!(out)
}

/// The closing line of `check`: what was checked and what was found.
pub fn summary(files: usize, claims: usize, errors: usize, warnings: usize) -> String {
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    format!(
        "checked {}, {} loaded: {}, {}",
        plural(files, "file"),
        plural(claims, "claim"),
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

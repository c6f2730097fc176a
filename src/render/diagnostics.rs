//! Findings as rustc-style text, JSON, GitHub annotations, CSV or markdown.

use std::io::{self, Write};

use rayon::prelude::*;
use serde_json::json;
use unicode_width::UnicodeWidthStr;

use super::form::counted;
use super::{Format, Grid, Style};
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Location, Span};
use crate::source_map::{self, SourceFile};

/// Where a location is: its file, and its lines and columns when the file
/// still holds the text it was read from.
pub struct Place<'a> {
    path: &'a str,
    lines: Option<Lines>,
}

/// Start line and column, end line and column (1-based), and the start
/// line's text for an excerpt.
struct Lines {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    /// Byte offset and text of the start line; `None` for a file entry
    /// without text (one that could not be read).
    source: Option<(usize, String)>,
}

/// A finding's places: its own, then each related note's.
pub struct Located<'a> {
    at: Place<'a>,
    related: Vec<Place<'a>>,
}

/// Said where a location's lines are not known: its file changed after it
/// was read (claimtrack keeps claims, not the texts they were read from).
const CHANGED: &str = "the file changed after it was read: run again for the line";

/// The places of every finding's locations. Each file is read (again) once
/// for all the locations in it, files in parallel, and its text let go of
/// when they are found.
pub fn locate<'a>(diagnostics: &[Diagnostic], files: &'a [SourceFile]) -> Vec<Located<'a>> {
    let locations: Vec<&Location> = diagnostics
        .iter()
        .flat_map(|d| std::iter::once(&d.location).chain(d.related.iter().map(|r| &r.location)))
        .collect();
    let mut order: Vec<usize> = (0..locations.len()).collect();
    order.sort_by_key(|&i| locations[i].file);
    let found: Vec<Vec<(usize, Option<Lines>)>> = order
        .chunk_by(|&a, &b| locations[a].file == locations[b].file)
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|group| {
            let file = &files[locations[group[0]].file];
            let lines = file.lines();
            group
                .iter()
                .map(|&i| (i, lines.as_ref().map(|l| find(l, &locations[i].span))))
                .collect()
        })
        .collect();
    let mut lines: Vec<Option<Lines>> = std::iter::repeat_with(|| None)
        .take(locations.len())
        .collect();
    for (i, l) in found.into_iter().flatten() {
        lines[i] = l;
    }
    let mut places = locations.iter().zip(lines).map(|(loc, lines)| Place {
        path: &files[loc.file].path,
        lines,
    });
    diagnostics
        .iter()
        .filter_map(|d| {
            Some(Located {
                at: places.next()?,
                related: places.by_ref().take(d.related.len()).collect(),
            })
        })
        .collect()
}

fn find(lines: &source_map::Lines<'_>, span: &Span) -> Lines {
    let (line, column) = lines.line_col(span.start);
    let (end_line, end_column) = lines.line_col(span.end.max(span.start));
    let source = (!lines.is_empty()).then(|| {
        (
            lines.line_range(line).start,
            lines.line_text(line).to_string(),
        )
    });
    Lines {
        line,
        column,
        end_line,
        end_column,
        source,
    }
}

impl Place<'_> {
    /// `file:line:column`, or `file` when the lines are not known.
    pub fn shown(&self) -> String {
        match &self.lines {
            Some(l) => format!("{}:{}:{}", self.path, l.line, l.column),
            None => self.path.to_string(),
        }
    }

    fn line(&self) -> Option<usize> {
        self.lines.as_ref().map(|l| l.line)
    }

    fn column(&self) -> Option<usize> {
        self.lines.as_ref().map(|l| l.column)
    }
}

impl<'a> Located<'a> {
    pub fn at(&self) -> &Place<'a> {
        &self.at
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
    let located = locate(diagnostics, files);
    let each = || diagnostics.iter().zip(&located);
    match format {
        // Export formats never reach here (refused earlier): show them as text.
        Format::Table | Format::Jsonl | Format::Sqlite | Format::Html => {
            for (d, at) in each() {
                human(d, at, style, out)?;
            }
            Ok(())
        }
        Format::Json => {
            let mut array = super::JsonArray::new(out, 0)?;
            for (d, at) in each() {
                array.push(&to_json(d, at))?;
            }
            array.finish()?;
            writeln!(out)
        }
        Format::Github => {
            for (d, at) in each() {
                github(d, at, out)?;
            }
            Ok(())
        }
        Format::Csv => super::write_csv(&grid(diagnostics, &located), out),
        Format::Markdown => super::write(
            &MarkdownView(grid(diagnostics, &located)),
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

fn grid(diagnostics: &[Diagnostic], located: &[Located<'_>]) -> Grid {
    let mut g = Grid::new(&[
        "severity", "code", "file", "line", "column", "message", "help",
    ]);
    for (d, at) in diagnostics.iter().zip(located) {
        let p = &at.at;
        g.push(vec![
            d.severity.as_str().into(),
            d.code.as_str().into(),
            p.path.into(),
            p.line().map(|n| n.to_string()).unwrap_or_default(),
            p.column().map(|n| n.to_string()).unwrap_or_default(),
            d.message.clone(),
            d.help.clone().unwrap_or_default(),
        ]);
    }
    g
}

/// One finding as a JSON object (see docs/output.md).
pub fn to_json(d: &Diagnostic, at: &Located<'_>) -> serde_json::Value {
    let p = &at.at;
    let related: Vec<serde_json::Value> = d
        .related
        .iter()
        .zip(&at.related)
        .map(|(r, q)| {
            json!({"file": q.path, "line": q.line(), "column": q.column(), "message": r.message})
        })
        .collect();
    json!({
        "severity": d.severity.as_str(),
        "code": d.code.as_str(),
        "message": d.message,
        "file": p.path,
        "line": p.line(),
        "column": p.column(),
        "end_line": p.lines.as_ref().map(|l| l.end_line),
        "end_column": p.lines.as_ref().map(|l| l.end_column),
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

fn github(d: &Diagnostic, at: &Located<'_>, out: &mut dyn Write) -> io::Result<()> {
    let p = &at.at;
    let mut message = d.message.clone();
    if let Some(label) = &d.label {
        message.push_str(&format!(" ({label})"));
    }
    if let Some(help) = &d.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let lines = p.lines.as_ref().map_or(String::new(), |l| {
        format!(
            ",line={},col={},endLine={},endColumn={}",
            l.line, l.column, l.end_line, l.end_column
        )
    });
    writeln!(
        out,
        "::{} file={}{lines},title={}::{}",
        d.severity.as_str(),
        escape_property(p.path),
        escape_property(&format!("claimtrack {}", d.code.as_str())),
        escape_data(&message)
    )
}

fn human(d: &Diagnostic, at: &Located<'_>, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let (color, word) = match d.severity {
        Severity::Error => ("1;31", "error"),
        Severity::Warning => ("1;33", "warning"),
    };
    let p = &at.at;
    let message = crate::render::form::truncate(&d.message, 300);
    let gutter = p.line().map_or(1, |n| n.to_string().len());
    let pad = " ".repeat(gutter);
    let blue = |s: &str| style.paint("1;34", s);
    writeln!(
        out,
        "{}: {}",
        style.paint(color, &format!("{word}[{}]", d.code.as_str())),
        style.paint("1", &message)
    )?;
    writeln!(out, "{pad}{} {}", blue("-->"), p.shown())?;
    if let Some(Lines {
        line,
        source: Some((line_start, line_text)),
        ..
    }) = &p.lines
    {
        let (line_start, line_text) = (*line_start, line_text.as_str());
        let bar = blue("|");
        let span = &d.location.span;
        let at = span.start.clamp(line_start, line_start + line_text.len()) - line_start;
        let end = span
            .end
            .clamp(line_start + at, line_start + line_text.len())
            - line_start;
        let (shown, caret_at, caret_len) = window(line_text, at, end);
        writeln!(out, "{pad} {bar}")?;
        writeln!(out, "{} {bar} {shown}", blue(&line.to_string()))?;
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
    if p.lines.is_none() {
        writeln!(out, "{pad} {} note: {CHANGED}", blue("="))?;
    }
    for (r, q) in d.related.iter().zip(&at.related) {
        writeln!(
            out,
            "{pad} {} note: {} ({})",
            blue("="),
            r.message,
            q.shown()
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

    /// Files are let go of after parsing and read again for findings; one
    /// that changed since is not trusted for lines: the finding names the
    /// file alone, and says why.
    #[test]
    fn a_file_changed_after_it_was_read_is_named_without_a_line() {
        use crate::diagnostic::Code;
        let dir = tempfile::tempdir().unwrap();
        let (kept, changed) = (
            dir.path().join("kept.toml"),
            dir.path().join("changed.toml"),
        );
        let text = "a = 1\nvalue = \"abt 3\"\n";
        let mut files = Vec::new();
        for (path, shown) in [(&kept, "kept.toml"), (&changed, "changed.toml")] {
            std::fs::write(path, text).unwrap();
            let mut f = SourceFile::new(shown.into(), text.into());
            f.let_go(path.clone());
            files.push(f);
        }
        std::fs::write(&changed, "value = \"abt 3\"\n").unwrap();
        let finding = |file| {
            Diagnostic::new(
                Code::InvalidValue,
                Location { file, span: 15..18 },
                "bad value",
            )
            .label("here")
            .related(
                Location {
                    file: 1 - file,
                    span: 6..11,
                },
                "see",
            )
        };
        let findings = [finding(0), finding(1)];
        let style = Style {
            color: false,
            width: None,
        };
        let shown = |format| {
            let mut out = Vec::new();
            write(&findings, &files, format, &style, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };

        let human = shown(Format::Table);
        let (first, second) = human.split_once("\n\n").unwrap();
        assert!(first.contains("--> kept.toml:2:10"), "{first}");
        assert!(first.contains("2 | value = \"abt 3\""), "{first}");
        assert!(first.contains("^^^ here"), "{first}");
        assert!(first.contains("note: see (changed.toml)"), "{first}");
        assert!(second.contains("--> changed.toml\n"), "{second}");
        assert!(second.contains(CHANGED), "{second}");
        assert!(
            !second.contains(" | "),
            "no excerpt of a changed file: {second}"
        );
        assert!(second.contains("note: see (kept.toml:2:1)"), "{second}");

        let json: serde_json::Value = serde_json::from_str(&shown(Format::Json)).unwrap();
        assert_eq!(json[0]["line"], 2);
        assert_eq!(json[0]["end_column"], 13);
        assert_eq!(json[1]["file"], "changed.toml");
        assert!(json[1]["line"].is_null() && json[1]["end_column"].is_null());
        assert_eq!(json[1]["related"][0]["line"], 2);

        let github = shown(Format::Github);
        assert!(github.contains("file=kept.toml,line=2,col=10,endLine=2,endColumn=13,"));
        assert!(
            github.contains("::error file=changed.toml,title="),
            "{github}"
        );
        let csv = shown(Format::Csv);
        assert!(csv.contains("kept.toml,2,10,"), "{csv}");
        assert!(csv.contains("changed.toml,,,"), "{csv}");
    }
}

//! `report --format html`: one self-contained page (inline CSS and SVG, no
//! script, nothing fetched) with the summary, and per subject its chart,
//! reconciliation, history and the quotes with their sources and links.
//! Every piece of text from a claim file is escaped; links are kept only
//! when they are http(s). The page is byte-stable: no timestamps.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::compare::reconciliation_blocks;
use super::history::series_blocks;
use super::plot::{self, Size};
use super::report::ReportView;
use super::{Block, Grid, Style, form, ordered};
use crate::chart;
use crate::model::{Claim, Status};
use crate::reconcile::Reconciliation;

/// Escape text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // The text between two special characters is copied in one piece (they
    // are ASCII, so every cut falls on a character boundary).
    while let Some(i) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out
}

/// A link target that is safe to follow: http or https only (no
/// `javascript:` or `data:`), escaped for an attribute.
fn href(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| escape(url.trim()))
}

/// An anchor id for a subject: letters, digits and dashes.
pub fn anchor(subject: &str) -> String {
    let mut id = String::from("s-");
    for c in subject.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            id.push(c.to_ascii_lowercase());
        } else {
            id.push('-');
        }
    }
    id
}

const CSS: &str = "\
:root{--fg:#1b1b1b;--muted:#5c5c5c;--line:#d9d9d9;--bg:#fff;--accent:#0072b2}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--line);overflow-wrap:anywhere}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem;overflow-wrap:anywhere}
h4{font-size:1rem;margin:1rem 0 .3rem}
p{margin:.3rem 0}
a{color:var(--accent)}
.muted{color:var(--muted)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.4rem 0}
table{border-collapse:collapse;font-size:.9rem;min-width:50%}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.status{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.8rem;font-weight:600;vertical-align:middle;border:1px solid currentColor}
.status-conflict{color:#b00000}.status-agree{color:#1a7f37}.status-single,.status-none{color:var(--muted)}
figure.chart{margin:.8rem 0;overflow-x:auto}
figure.chart svg{display:block;width:100%;height:auto;max-width:56rem;min-width:34rem}
ul{padding-left:1.2rem}
li{margin:.15rem 0}
.quotes{list-style:none;padding:0}
.quotes li{margin:.6rem 0}
blockquote{margin:0;padding:.2rem .8rem;border-left:3px solid var(--line);font-style:italic;overflow-wrap:anywhere}
.cite{font-size:.9rem;color:var(--muted);margin-left:.8rem}
.tag{font-size:.75rem;font-weight:600;text-transform:uppercase;color:#b00000}
nav ul{columns:2 20rem}
section{content-visibility:auto;contain-intrinsic-size:auto 900px}
footer{margin-top:3rem;font-size:.85rem;color:var(--muted)}
@media (max-width:40rem){body{padding:.6rem;font-size:15px}table{font-size:.8rem}nav ul{columns:1}}
@media print{body{max-width:none;padding:0;font-size:10pt}.scroll{overflow:visible}
h2{break-before:auto;break-after:avoid}h3,h4{break-after:avoid}figure,table,blockquote{break-inside:avoid}
a{color:inherit}.cite a[href]::after{content:' <' attr(href) '>';font-size:.8em}nav{display:none}section{content-visibility:visible}}
";

/// Write the whole report page: the head and the overview, then every
/// subject's section (rendered in parallel, written in order, so a large
/// page is never held whole in memory), then the footer.
pub fn write_report(view: &ReportView, out: &mut dyn Write) -> io::Result<()> {
    let mut head = String::new();
    head_into(view, &mut head);
    out.write_all(head.as_bytes())?;
    let style = Style::default();
    ordered::write_in_order(
        &view.reconciliations,
        |r, text| {
            // The buffer is empty (so valid UTF-8); its capacity is kept.
            let mut section = String::from_utf8(std::mem::take(text)).unwrap_or_default();
            subject_into(view, r, &style, &mut section);
            *text = section.into_bytes();
            Ok(())
        },
        |text| out.write_all(text),
    )?;
    let mut foot = String::from("</main>\n<footer>\n");
    let _ = writeln!(
        foot,
        "<p>Made by claimtrack {} from {} claim files. Charts: step lines per source against the date stated; bands are intervals, arrows open-ended figures, red rings conflicting latest figures.</p>",
        env!("CARGO_PKG_VERSION"),
        view.summary.files
    );
    foot.push_str("</footer>\n</body>\n</html>\n");
    out.write_all(foot.as_bytes())
}

/// The page up to its first subject: head, summary and overview.
fn head_into(view: &ReportView, page: &mut String) {
    let s = &view.summary;
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Nothing may be fetched: the page stands alone.
    page.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    let _ = writeln!(
        page,
        "<meta name=\"generator\" content=\"claimtrack {}\">",
        env!("CARGO_PKG_VERSION")
    );
    page.push_str("<title>claimtrack report</title>\n<style>\n");
    page.push_str(CSS);
    page.push_str("</style>\n</head>\n<body>\n<header>\n<h1>claimtrack report</h1>\n");
    let _ = writeln!(
        page,
        "<p class=\"muted\">{} claims from {} files: {} subjects, {} sources, {} revisions, {} relays, {} in conflict.</p>",
        s.claims, s.files, s.subjects, s.sources, s.revisions, s.relays, s.conflicts
    );
    page.push_str("</header>\n<nav>\n<h2>Subjects</h2>\n");
    let mut overview = String::from(
        "<table>\n<thead><tr><th>subject</th><th>status</th><th>latest by source</th></tr></thead>\n<tbody>\n",
    );
    for r in &view.reconciliations {
        let _ = writeln!(
            overview,
            "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
            anchor(&r.subject),
            escape(&r.subject),
            status_badge(r),
            escape(&view.latest_by_source(r))
        );
    }
    overview.push_str("</tbody>\n</table>\n");
    scroll(page, &overview);
    page.push_str("</nav>\n<main>\n");
}

fn status_badge(r: &Reconciliation) -> String {
    let status = r.status.as_str();
    format!("<span class=\"status status-{status}\">{status}</span>")
}

fn scroll(page: &mut String, table: &str) {
    page.push_str("<div class=\"scroll\">\n");
    page.push_str(table);
    page.push_str("</div>\n");
}

fn subject_into(view: &ReportView, r: &Reconciliation, style: &Style, page: &mut String) {
    let (repo, versions) = (view.repo, view.versions);
    let claims = &repo.claims;
    let _ = writeln!(
        page,
        "<section id=\"{}\">\n<h2>{} {}</h2>",
        anchor(&r.subject),
        escape(&r.subject),
        status_badge(r)
    );
    if let Ok(c) = chart::chart(claims, versions, r) {
        match plot::svg(&c, claims, Size::default()) {
            Ok(svg) => {
                let _ = writeln!(
                    page,
                    "<figure class=\"chart\" role=\"img\" aria-label=\"{}\">",
                    escape(&format!(
                        "Chart of {}: {} from {}",
                        r.subject,
                        form::counted(c.marks(), "version"),
                        form::counted(c.tracks.len(), "source")
                    ))
                );
                page.push_str(&svg);
                page.push_str("</figure>\n");
            }
            Err(e) => {
                let _ = writeln!(page, "<p class=\"muted\">{}</p>", escape(&e.to_string()));
            }
        }
    }
    let mut blocks = Vec::new();
    if r.latest.len() > 1 || !r.forecasts.is_empty() {
        blocks.push(Block::Heading(3, "Reconciliation".into()));
        blocks.extend(reconciliation_blocks(repo, versions, r, style));
    }
    blocks.push(Block::Heading(3, "History".into()));
    for series in versions.series_of_subject(&r.subject) {
        blocks.extend(series_blocks(repo, versions, series, style, 4));
    }
    blocks_into(&blocks, page);
    let quoted: Vec<usize> = versions
        .series_of_subject(&r.subject)
        .iter()
        .flat_map(|s| s.claims.iter().copied())
        .filter(|&i| claims[i].quote.is_some())
        .collect();
    if !quoted.is_empty() {
        page.push_str("<h3>Quotes</h3>\n<ul class=\"quotes\">\n");
        for c in quoted {
            quote_into(view, c, page);
        }
        page.push_str("</ul>\n");
    }
    page.push_str("</section>\n");
}

fn quote_into(view: &ReportView, i: usize, page: &mut String) {
    let c: &Claim = &view.repo.claims[i];
    let quote = c.quote.as_deref().unwrap_or_default();
    page.push_str("<li>");
    if c.status != Status::Current {
        let _ = write!(page, "<span class=\"tag\">{}</span> ", c.status.as_str());
    }
    let _ = write!(
        page,
        "<blockquote>“{}”</blockquote>\n<p class=\"cite\">— {}",
        escape(quote),
        escape(&c.source)
    );
    if !c.via.is_empty() {
        let _ = write!(page, " via {}", escape(&c.via.join(" → ")));
    }
    let _ = write!(
        page,
        ", v{}, {}",
        view.versions.version[i],
        c.stated
            .as_ref()
            .map_or("undated".to_string(), ToString::to_string)
    );
    if let Some(Some(doc)) = view.repo.documents.get(c.file) {
        let title = doc
            .title
            .as_deref()
            .or(doc.publisher.as_deref())
            .unwrap_or("source document");
        let named = match doc.url.as_deref().and_then(href) {
            Some(url) => format!(
                "<a href=\"{url}\" rel=\"noopener noreferrer\">{}</a>",
                escape(title)
            ),
            None => escape(title),
        };
        let _ = write!(page, " · {named}");
        if let (Some(p), Some(_)) = (&doc.publisher, &doc.title) {
            let _ = write!(page, ", {}", escape(p));
        }
    }
    if let Some(reason) = c.status_reason() {
        let _ = write!(page, " · {}", escape(reason));
    }
    page.push_str("</p></li>\n");
}

/// Blocks as HTML: headings, paragraphs, lists, tables, details.
pub fn blocks_into(blocks: &[Block], page: &mut String) {
    let mut in_list = false;
    for b in blocks {
        let item = matches!(b, Block::Item(_));
        if in_list && !item {
            page.push_str("</ul>\n");
            in_list = false;
        }
        match b {
            Block::Heading(level, text) => {
                let h = (*level).clamp(1, 6);
                let _ = writeln!(page, "<h{h}>{}</h{h}>", escape(text));
            }
            Block::Line(text) => {
                let _ = writeln!(page, "<p>{}</p>", escape(text));
            }
            Block::Item(text) => {
                if !in_list {
                    page.push_str("<ul>\n");
                    in_list = true;
                }
                let _ = writeln!(page, "<li>{}</li>", escape(text));
            }
            Block::Table(grid) => scroll(page, &table(grid)),
            Block::Details(summary, inner) => {
                let _ = writeln!(page, "<details><summary>{}</summary>", escape(summary));
                blocks_into(inner, page);
                page.push_str("</details>\n");
            }
        }
    }
    if in_list {
        page.push_str("</ul>\n");
    }
}

/// A cell that holds one number (`2,000`, `-7`, `+50.0%`): aligned right.
/// Dates (`2025-09`) and ranges are text.
fn is_number(cell: &str) -> bool {
    let body = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let body = body.strip_suffix('%').unwrap_or(body);
    body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn table(grid: &Grid) -> String {
    let mut t = String::from("<table>\n<thead><tr>");
    for h in &grid.headers {
        let _ = write!(t, "<th>{}</th>", escape(h));
    }
    t.push_str("</tr></thead>\n<tbody>\n");
    for row in &grid.rows {
        t.push_str("<tr>");
        for cell in row {
            let numeric = is_number(cell);
            let class = if numeric { " class=\"num\"" } else { "" };
            let _ = write!(t, "<td{class}>{}</td>", escape(cell));
        }
        t.push_str("</tr>\n");
    }
    t.push_str("</tbody>\n</table>\n");
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    proptest::proptest! {
        /// Escaping run by run gives what escaping character by character
        /// gives, whatever the text (multi-byte characters next to the
        /// special ones included).
        #[test]
        fn escaping_matches_character_by_character(text in "[&<>\"'a é€😀\\n]{0,40}") {
            let mut expected = String::new();
            for c in text.chars() {
                match c {
                    '&' => expected.push_str("&amp;"),
                    '<' => expected.push_str("&lt;"),
                    '>' => expected.push_str("&gt;"),
                    '"' => expected.push_str("&quot;"),
                    '\'' => expected.push_str("&#39;"),
                    c => expected.push(c),
                }
            }
            proptest::prop_assert_eq!(escape(&text), expected);
        }
    }

    #[test]
    fn only_web_links_are_followed() {
        assert_eq!(
            href("https://a.example/?q=1&r=2").as_deref(),
            Some("https://a.example/?q=1&amp;r=2")
        );
        assert_eq!(href(" JavaScript:alert(1)"), None);
        assert_eq!(href("data:text/html,<b>"), None);
    }

    #[test]
    fn numbers_align_right_and_dates_do_not() {
        assert!(is_number("2,000") && is_number("-7") && is_number("+50.0%"));
        assert!(!is_number("2025-09") && !is_number("1,000–2,000") && !is_number(""));
    }

    #[test]
    fn anchors_are_plain() {
        assert_eq!(anchor("nk-troops/deaths"), "s-nk-troops-deaths");
        assert_eq!(anchor("a\"><b>"), "s-a---b-");
    }

    #[test]
    fn lists_close_before_other_blocks() {
        let mut page = String::new();
        blocks_into(
            &[
                Block::Item("a".into()),
                Block::Item("b".into()),
                Block::Line("<c>".into()),
            ],
            &mut page,
        );
        assert_eq!(
            page,
            "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>&lt;c&gt;</p>\n"
        );
    }
}

//! The drafts as a TOML file: the `[document]` block, the confident
//! drafts, then the low-confidence ones commented out.

use super::times::{as_of, stated};
use super::values::value_text;
use super::{Confidence, Doubt, Draft};

/// The `[document]` block extract fills from its flags.
#[derive(Debug, Clone, Default)]
pub struct DocumentFields {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

impl DocumentFields {
    /// The published date, where it is one.
    pub fn published_date(&self) -> Option<crate::date::PartialDate> {
        crate::date::parse(self.published.as_deref()?).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.publisher.is_none()
            && self.url.is_none()
            && self.published.is_none()
    }

    /// The `[document]` table as TOML text.
    pub fn to_toml(&self) -> String {
        let mut doc = toml_edit::DocumentMut::new();
        let mut table = toml_edit::Table::new();
        for (key, value) in [
            ("title", &self.title),
            ("publisher", &self.publisher),
            ("url", &self.url),
        ] {
            if let Some(v) = value {
                table.insert(key, toml_edit::value(v.as_str()));
            }
        }
        if let Some(p) = &self.published {
            let v = crate::edit::field_value("stated", p);
            table.insert("published", toml_edit::Item::Value(v));
        }
        doc.insert("document", toml_edit::Item::Table(table));
        doc.to_string()
    }
}

/// A draft's claim `text` commented out after a blank line, under the
/// reason `why` in parentheses.
fn commented(out: &mut String, why: &str, text: &str) {
    out.push('\n');
    out.push_str(&format!("# ({why})\n"));
    for line in text.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
}

/// The fields of a draft as a claim (low-confidence ones included), its
/// `as_of` counted back from `published` where the text tells it.
pub fn fields(d: &Draft, published: Option<&crate::date::PartialDate>) -> crate::edit::Fields {
    use toml_edit::Value;
    let mut f: crate::edit::Fields = vec![
        ("id".into(), Value::from(d.id.as_str())),
        ("subject".into(), Value::from(d.subject.as_str())),
        ("source".into(), Value::from(d.source.as_str())),
        (
            "value".into(),
            crate::edit::field_value("value", &value_text(d)),
        ),
    ];
    if let Some(u) = &d.unit {
        f.push(("unit".into(), Value::from(u.as_str())));
    }
    if let Some(stated) = stated(d, published) {
        let stated = stated.to_string();
        f.push(("stated".into(), crate::edit::field_value("stated", &stated)));
    }
    if let Some(as_of) = as_of(d, published) {
        let as_of = as_of.to_string();
        f.push(("as_of".into(), crate::edit::field_value("as_of", &as_of)));
    }
    if let Some(earlier) = &d.supersedes {
        f.push(("supersedes".into(), Value::from(earlier.as_str())));
    }
    if let Some(basis) = d.basis {
        f.push(("basis".into(), Value::from(basis.as_str())));
    }
    f.push(("quote".into(), Value::from(d.quote.as_str())));
    let mut tags = vec!["draft".to_string()];
    if matches!(d.confidence, Confidence::Low(_)) {
        tags.push("low-confidence".into());
    }
    f.push(("tags".into(), crate::edit::strings(&tags)));
    f
}

/// Drafts as TOML: the document block, the confident drafts, then the
/// low-confidence ones commented out so they are read only once reviewed.
pub fn to_toml(drafts: &[Draft], document: &DocumentFields) -> String {
    let published = document.published_date();
    let fields = |d: &Draft| fields(d, published.as_ref());
    let mut out = String::new();
    if !document.is_empty() {
        out.push_str(&document.to_toml());
    }
    let confident = || drafts.iter().filter(|d| d.confidence == Confidence::High);
    for d in confident().filter(|d| d.held.is_none()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&crate::edit::claim_text(&fields(d)));
    }
    let held: Vec<&Draft> = confident().filter(|d| d.held.is_some()).collect();
    if !held.is_empty() {
        out.push_str(
            "\n# Held already: the repository has a claim of the same source, figure, unit\n# and dates as each draft below (or of the same day it describes), or, for a\n# figure a draft revises, the source's latest claim of that figure.\n",
        );
        for d in held {
            let why = format!("as `{}`", d.held.as_deref().unwrap_or_default());
            commented(&mut out, &why, &crate::edit::claim_text(&fields(d)));
        }
    }
    let low: Vec<(&Draft, Doubt)> = drafts
        .iter()
        .filter_map(|d| match d.confidence {
            Confidence::Low(doubt) => Some((d, doubt)),
            Confidence::High => None,
        })
        .collect();
    if !low.is_empty() {
        out.push_str(
            "\n# Low confidence: each figure below is usually no claim, for the reason\n# given. Uncomment a draft only if it is one.\n",
        );
        for (d, doubt) in low {
            commented(&mut out, doubt.why(), &crate::edit::claim_text(&fields(d)));
        }
    }
    out
}

//! Edits of claim files that keep what they do not own: the canonical
//! layout of `fmt` and the claims `add` appends. Comments and anything else
//! claimtrack does not rewrite stay as written (toml_edit).

use toml_edit::{Array, DocumentMut, Item, Key, RawString, Table, Value};

use crate::schema::{DOCUMENT_KEYS, SOURCE_KEYS, SUBJECT_KEYS};

/// The order `fmt` and `add` write a claim's keys in: who says what about
/// which subject, the figure and when, its links and standing, then the long
/// texts.
pub const CLAIM_ORDER: &[&str] = &[
    "id",
    "subject",
    "source",
    "via",
    "kind",
    "value",
    "unit",
    "stated",
    "as_of",
    "supersedes",
    "basis",
    "status",
    "status_reason",
    "reliability",
    "quote",
    "note",
    "tags",
];

/// Whether decoration is only white space (no comment to keep).
fn blank(raw: Option<&RawString>) -> bool {
    raw.and_then(RawString::as_str)
        .is_none_or(|s| s.trim().is_empty())
}

/// The decoration before a key or a table header: comments kept, runs of
/// blank lines collapsed to one. A header gets exactly one blank line in
/// front (none at the top of the file); a key keeps one only before a comment
/// that had one.
fn tidy_prefix(raw: &str, header: bool, first: bool) -> String {
    let mut body = String::new();
    let (mut leading_blank, mut pending_blank) = (false, false);
    for line in raw.split_inclusive('\n') {
        if line.trim().is_empty() {
            if body.is_empty() {
                leading_blank = true;
            } else {
                pending_blank = true;
            }
            continue;
        }
        if pending_blank {
            body.push('\n');
            pending_blank = false;
        }
        body.push_str(line.trim_start_matches([' ', '\t']));
    }
    let lead = match (header, first) {
        (true, true) => false,
        (true, false) => true,
        (false, _) => leading_blank && !body.is_empty(),
    };
    let mut out = String::new();
    if lead {
        out.push('\n');
    }
    out.push_str(&body);
    if pending_blank {
        out.push('\n');
    }
    out
}

/// A comment after a value, with exactly one space before it.
fn tidy_suffix(raw: Option<&RawString>) -> Option<String> {
    let s = raw.and_then(RawString::as_str)?;
    let t = s.trim();
    (!t.is_empty()).then(|| format!(" {t}"))
}

fn rank(order: &[&str], key: &Key) -> usize {
    order
        .iter()
        .position(|k| *k == key.get())
        .unwrap_or(order.len())
}

/// Key order, `key = value` spacing and plain integers within one table.
fn tidy_table(table: &mut Table, order: &[&str]) {
    table.sort_values_by(|a, _, b, _| rank(order, a).cmp(&rank(order, b)));
    for (mut key, item) in table.iter_mut() {
        let decor = key.leaf_decor_mut();
        let prefix = decor.prefix().and_then(RawString::as_str).unwrap_or("");
        let tidy = tidy_prefix(prefix, false, false);
        decor.set_prefix(tidy);
        decor.set_suffix(" ");
        let Some(value) = item.as_value_mut() else {
            continue;
        };
        // 6_000 and 0x10 are written as plain decimal integers.
        if let Value::Integer(i) = value {
            let plain = i.value().to_string();
            let written = i.display_repr();
            if written != plain {
                let decor = i.decor().clone();
                let mut fresh = toml_edit::Formatted::new(*i.value());
                *fresh.decor_mut() = decor;
                *value = Value::Integer(fresh);
            }
        }
        let suffix = tidy_suffix(value.decor().suffix());
        let decor = value.decor_mut();
        decor.set_prefix(" ");
        decor.set_suffix(suffix.unwrap_or_default());
    }
}

/// One blank line before a table header, unless comments stand there.
fn tidy_header(table: &mut Table, first: bool) {
    let decor = table.decor_mut();
    let prefix = decor.prefix().and_then(RawString::as_str).unwrap_or("");
    let tidy = tidy_prefix(prefix, true, first);
    decor.set_prefix(tidy);
    if blank(decor.suffix()) {
        decor.set_suffix("");
    }
}

/// The canonical layout of a claim file: keys in the format's order,
/// `key = value` with single spaces, one blank line between tables, plain
/// integers, one final newline. Comments, unknown keys and the order of the
/// tables are kept.
pub fn format(text: &str) -> Result<String, toml_edit::TomlError> {
    let mut doc: DocumentMut = text.parse()?;
    let first_position = doc
        .iter()
        .filter_map(|(_, item)| match item {
            Item::Table(t) => t.position(),
            Item::ArrayOfTables(a) => a.iter().filter_map(Table::position).min(),
            _ => None,
        })
        .min();
    let has_root_values = doc.iter().any(|(_, item)| item.is_value());
    let is_first = |t: &Table| !has_root_values && t.position() == first_position;
    for (key, item) in doc.iter_mut() {
        let order = match key.get() {
            "document" => DOCUMENT_KEYS,
            "claim" => CLAIM_ORDER,
            "source" => SOURCE_KEYS,
            "subject" => SUBJECT_KEYS,
            _ => continue,
        };
        match item {
            Item::Table(t) => {
                let first = is_first(t);
                tidy_table(t, order);
                tidy_header(t, first);
            }
            Item::ArrayOfTables(tables) => {
                for t in tables.iter_mut() {
                    let first = is_first(t);
                    tidy_table(t, order);
                    tidy_header(t, first);
                }
            }
            _ => {}
        }
    }
    if blank(Some(doc.trailing())) {
        doc.set_trailing("");
    }
    let mut out = doc.to_string();
    let end = out.trim_end_matches(['\n', '\r', ' ', '\t']).len();
    out.truncate(end);
    // A file with nothing in it stays empty; any other ends in one newline.
    if !out.is_empty() {
        out.push('\n');
    }
    Ok(with_line_ends_of(text, out))
}

/// The line end `text` uses: CRLF where it has one, else LF.
fn newline_of(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

/// `out` with the line ends `original` uses: CRLF files stay CRLF.
fn with_line_ends_of(original: &str, out: String) -> String {
    if original.contains("\r\n") {
        out.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        out
    }
}

/// A claim's keys and values, in the order given.
pub type Fields = Vec<(String, Value)>;

/// A TOML value for a claim field given on the command line: dates as
/// TOML dates where full, plain integers as integers, the rest as strings.
pub fn field_value(key: &str, text: &str) -> Value {
    match key {
        "stated" | "as_of" if text.len() == 10 => text
            .parse::<toml_edit::Datetime>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::from(text)),
        "value"
            if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) && text.len() < 16 =>
        {
            text.parse::<i64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::from(text))
        }
        _ => Value::from(text),
    }
}

/// An array of strings.
pub fn strings(items: &[String]) -> Value {
    let mut a = Array::new();
    for i in items {
        a.push(i.as_str());
    }
    Value::Array(a)
}

/// The text of one `[[claim]]` table, keys in the format's order.
pub fn claim_text(fields: &Fields) -> String {
    let mut table = Table::new();
    for (k, v) in fields {
        table.insert(k, Item::Value(v.clone()));
    }
    tidy_table(&mut table, CLAIM_ORDER);
    let mut doc = DocumentMut::new();
    let mut claims = toml_edit::ArrayOfTables::new();
    claims.push(table);
    doc.insert("claim", Item::ArrayOfTables(claims));
    doc.to_string()
}

/// What a TOML text given on standard input holds for `add`.
pub struct Input {
    /// Its `[[claim]]` tables, or the text itself as one claim's keys.
    pub claims: Vec<Fields>,
    /// Its `[document]` table, as TOML text, beside `[[claim]]` tables.
    pub document: Option<String>,
    /// What else is beside the `[[claim]]` tables (`[[source]]`,
    /// `[[subject]]`), which `add` does not append.
    pub left_out: Vec<String>,
}

pub fn claims_from_toml(text: &str) -> Result<Input, toml_edit::TomlError> {
    let doc: DocumentMut = text.parse()?;
    let table_fields = |t: &Table| -> Fields {
        t.iter()
            .filter_map(|(k, item)| item.as_value().map(|v| (k.to_string(), v.clone())))
            .collect()
    };
    if let Some(claims) = doc.get("claim").and_then(Item::as_array_of_tables) {
        let document = doc.get("document").filter(|d| d.is_table()).map(|d| {
            let mut alone = DocumentMut::new();
            alone.insert("document", d.clone());
            alone.to_string()
        });
        let left_out = doc
            .iter()
            .filter(|(k, _)| *k != "claim" && (*k != "document" || document.is_none()))
            .map(|(k, item)| match item {
                Item::ArrayOfTables(_) => format!("[[{k}]]"),
                Item::Table(_) => format!("[{k}]"),
                _ => k.to_string(),
            })
            .collect();
        return Ok(Input {
            claims: claims.iter().map(table_fields).collect(),
            document,
            left_out,
        });
    }
    Ok(Input {
        claims: vec![table_fields(doc.as_table())],
        document: None,
        left_out: Vec::new(),
    })
}

/// Where claims read under the `[document]` table `document` (TOML
/// text) go in a claim file whose text is `text`, so that they keep its
/// `published` and the rest: `Ok(None)` where the file's own `[document]`
/// says the same; `Ok(Some(start))` where the file holds no table yet, the
/// text to append them to (the file's, then the table); else the keys
/// the file's says otherwise, described. A file that is no valid TOML is
/// taken as it is: the check after the append reports it.
pub fn place_document(text: &str, document: &str) -> Result<Option<String>, Vec<String>> {
    let (Ok(file), Ok(theirs)) = (text.parse::<toml::Table>(), document.parse::<toml::Table>())
    else {
        return Ok(None);
    };
    let Some(theirs) = theirs.get("document").and_then(toml::Value::as_table) else {
        return Ok(None);
    };
    if file.is_empty() {
        let mut start = text.to_string();
        if !start.trim().is_empty() {
            start.push_str(newline_of(text));
        }
        start.push_str(document);
        return Ok(Some(start));
    }
    let ours = file.get("document").and_then(toml::Value::as_table);
    let differs: Vec<String> = theirs
        .iter()
        .filter_map(|(key, value)| match ours.and_then(|o| o.get(key)) {
            Some(here) if here == value => None,
            Some(here) => Some(format!(
                "`{key}` is {value} for the new claims, {here} in the file"
            )),
            None => Some(format!(
                "`{key}` is {value} for the new claims, not set in the file"
            )),
        })
        .collect();
    if differs.is_empty() {
        Ok(None)
    } else {
        Err(differs)
    }
}

/// `text` with `claims` appended, each as a `[[claim]]` table after one
/// blank line. The original bytes are kept as they are.
pub fn append(text: &str, claims: &[Fields]) -> String {
    let newline = newline_of(text);
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(newline);
    }
    for fields in claims {
        if !out.trim().is_empty() {
            out.push_str(newline);
        }
        out.push_str(&claim_text(fields).replace('\n', newline));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSY: &str = "# Header comment: kept.\n\n\n[document]\npublisher=\"X\"\ntitle =   \"T\"   # the headline\n[[claim]]\n\n# Why this figure: kept with its key.\nquote = \"q\"\nvalue = 6_000\nid = \"a\"\nsubject=\"s\"\nsource = \"S\"\nmystery = 1\n\n\n\n[[claim]]\nid = \"b\"\nsubject = \"s\"\nsource = \"S\"\nvalue = \"about 5\"\n\n\n";

    #[test]
    fn the_claim_order_names_every_key_once() {
        let mut ours = CLAIM_ORDER.to_vec();
        let mut format = crate::schema::CLAIM_KEYS.to_vec();
        ours.sort_unstable();
        format.sort_unstable();
        assert_eq!(ours, format);
    }

    #[test]
    fn the_layout_is_canonical_and_comments_survive() {
        let out = format(MESSY).unwrap();
        assert_eq!(
            out,
            "# Header comment: kept.\n\n[document]\ntitle = \"T\" # the headline\npublisher = \"X\"\n\n[[claim]]\nid = \"a\"\nsubject = \"s\"\nsource = \"S\"\nvalue = 6000\n\n# Why this figure: kept with its key.\nquote = \"q\"\nmystery = 1\n\n[[claim]]\nid = \"b\"\nsubject = \"s\"\nsource = \"S\"\nvalue = \"about 5\"\n"
        );
        assert_eq!(format(&out).unwrap(), out, "formatting is idempotent");
    }

    #[test]
    fn appending_keeps_the_original_bytes() {
        let original = "# kept\n[[claim]]\nid = \"a\" # also kept\n";
        let fields: Fields = vec![
            ("quote".into(), Value::from("q")),
            ("id".into(), Value::from("b")),
            ("value".into(), field_value("value", "6000")),
            ("stated".into(), field_value("stated", "2025-09-02")),
            ("via".into(), strings(&["R".into()])),
        ];
        let out = append(original, &[fields]);
        assert!(out.starts_with(original));
        assert_eq!(
            &out[original.len()..],
            "\n[[claim]]\nid = \"b\"\nvia = [\"R\"]\nvalue = 6000\nstated = 2025-09-02\nquote = \"q\"\n"
        );
    }

    #[test]
    fn crlf_files_keep_their_line_ends() {
        let crlf = "# c\r\n[[claim]]\r\nvalue = 5\r\nid = \"a\"\r\n";
        let out = format(crlf).unwrap();
        assert_eq!(out, "# c\r\n[[claim]]\r\nid = \"a\"\r\nvalue = 5\r\n");
        let fields: Fields = vec![("id".into(), Value::from("b"))];
        let appended = append(crlf, &[fields]);
        assert!(appended.starts_with(crlf));
        assert!(!appended.replace("\r\n", "").contains('\n'), "{appended:?}");
    }

    #[test]
    fn an_empty_file_stays_empty() {
        assert_eq!(format("").unwrap(), "");
        assert_eq!(format("\n\n  \n").unwrap(), "");
        assert_eq!(format("# only a comment").unwrap(), "# only a comment\n");
    }

    #[test]
    fn claims_come_from_tables_or_bare_keys() {
        let two = claims_from_toml("[[claim]]\nid = \"a\"\n[[claim]]\nid = \"b\"\n").unwrap();
        assert_eq!(two.claims.len(), 2);
        assert_eq!(two.document, None);
        let bare = claims_from_toml("id = \"a\"\nvalue = 5\n").unwrap();
        assert_eq!(bare.claims[0].len(), 2);
        assert!(claims_from_toml("id = ").is_err());
        // Beside the claims, a document is kept and anything else named.
        let beside = claims_from_toml(
            "[document] # the article\npublished = 2023-05-21\n[[claim]]\nid = \"a\"\n[[source]]\nid = \"S\"\n[subject]\nx = 1\n",
        )
        .unwrap();
        assert_eq!(
            beside.document.as_deref(),
            Some("[document] # the article\npublished = 2023-05-21\n")
        );
        assert_eq!(beside.left_out, ["[[source]]", "[subject]"]);
    }

    #[test]
    fn a_document_goes_where_its_claims_keep_it() {
        let doc = "[document]\npublished = 2023-05-21\n";
        // The same, or the same and more: nothing to add.
        assert_eq!(place_document(doc, doc), Ok(None));
        let more = "[document]\nurl = \"u\"\npublished = 2023-05-21\n[[claim]]\nid = \"a\"\n";
        assert_eq!(place_document(more, doc), Ok(None));
        // A file with no table yet takes it after what it holds.
        assert_eq!(place_document("", doc), Ok(Some(doc.to_string())));
        assert_eq!(
            place_document("# note\r\n", doc),
            Ok(Some(format!("# note\r\n\r\n{doc}")))
        );
        // Another date, or none, is described.
        assert_eq!(
            place_document("[document]\npublished = 2023-05-23\n", doc),
            Err(vec![
                "`published` is 2023-05-21 for the new claims, 2023-05-23 in the file".to_string()
            ])
        );
        assert_eq!(
            place_document("[[claim]]\nid = \"a\"\n", doc),
            Err(vec![
                "`published` is 2023-05-21 for the new claims, not set in the file".to_string()
            ])
        );
        // A file that is no TOML is left to the check after the append.
        assert_eq!(place_document("id = ", doc), Ok(None));
    }
}

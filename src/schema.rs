//! The on-disk shape of a claim file: reads the spanned TOML tree into
//! checked records, pushing a finding for every problem it meets (unknown
//! keys with a suggestion, wrong types, missing keys, bad values and dates).

use compact_str::{CompactString, ToCompactString};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::date::{self, PartialDate};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{
    Basis, Claim, ClaimNotes, ClaimSpans, Document, FileId, IdEntry, Kind, Location, SourceDecl,
    Span, Status, SubjectDecl,
};
use crate::names::Names;
use crate::quantity::{self, Quantity};
use crate::render::number;
use crate::settings::Settings;
use crate::source_map::LineCounter;
use crate::suggest::did_you_mean;

/// The source `extract` writes when the text names none: `check` rejects
/// it, so an unreviewed draft cannot pass.
pub const UNATTRIBUTED: &str = "?";

pub const TOP_LEVEL_KEYS: &[&str] = &["document", "claim", "source", "subject"];
pub const DOCUMENT_KEYS: &[&str] = &[
    "title",
    "publisher",
    "authors",
    "url",
    "published",
    "updated",
];
pub const CLAIM_KEYS: &[&str] = &[
    "id",
    "subject",
    "source",
    "via",
    "value",
    "unit",
    "stated",
    "as_of",
    "supersedes",
    "quote",
    "kind",
    "reliability",
    "note",
    "tags",
    "basis",
    "status",
    "status_reason",
];
pub const SOURCE_KEYS: &[&str] = &["id", "name", "reliability", "note"];
pub const SUBJECT_KEYS: &[&str] = &["id", "description", "unit"];
const RANGE_KEYS: &[&str] = &["low", "high", "best"];

/// `stated = "unknown"` says the source gave no date, overriding the
/// document's `published` (an extension of the contract).
pub const UNKNOWN_DATE: &str = "unknown";

/// Everything read from one file.
#[derive(Debug, Default)]
pub struct FileContents {
    pub document: Option<Document>,
    pub claims: Vec<Claim>,
    /// The ids of `[[claim]]` tables that failed to load.
    pub failed_ids: Vec<IdEntry>,
    pub sources: Vec<SourceDecl>,
    pub subjects: Vec<SubjectDecl>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Whether `id` matches `[a-z0-9][a-z0-9._/-]*`.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._/-".contains(c))
}

/// Whether `grade` is an Admiralty grade: a letter A–F then a digit 1–6.
pub fn is_valid_reliability(grade: &str) -> bool {
    let b = grade.as_bytes();
    b.len() == 2 && (b'A'..=b'F').contains(&b[0]) && (b'1'..=b'6').contains(&b[1])
}

/// Parse one claim file.
pub fn read(file: FileId, text: &str, settings: &Settings) -> FileContents {
    read_sharing(file, text, settings, &Names::default())
}

/// [`read`], the claims' subjects taken from (and added to) `names`, so
/// that files read with the same `names` share one string per subject.
pub fn read_sharing(file: FileId, text: &str, settings: &Settings, names: &Names) -> FileContents {
    let mut out = FileContents::default();
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().to_string();
            let date = message.starts_with("invalid date") || message.starts_with("invalid time");
            let (code, help) = if date {
                (Code::InvalidDate, date::DATE_FORMS)
            } else {
                (
                    Code::TomlSyntax,
                    "fix the TOML syntax; the rest of this file is checked once it parses",
                )
            };
            out.diagnostics
                .push(Diagnostic::new(code, Location { file, span }, message).help(help));
        }
        return out;
    }
    let mut ctx = Ctx {
        file,
        names,
        text,
        lines: LineCounter::new(text),
        diagnostics: &mut out.diagnostics,
        today: date::today(),
        as_of_pending: Vec::new(),
    };
    let root = root.into_inner();
    for (key, value) in root.iter() {
        match key.get_ref().as_ref() {
            "document" => match value.get_ref() {
                DeValue::Table(t) => {
                    out.document = Some(read_document(&mut ctx, t, value.span()));
                }
                _ => ctx.wrong_type(value, "`document` must be a table: write [document]"),
            },
            name @ ("claim" | "source" | "subject") => {
                let Some(tables) = array_of_tables(&mut ctx, name, value) else {
                    continue;
                };
                if name == "claim" {
                    out.claims.reserve_exact(tables.len());
                }
                for (table, header) in tables {
                    match name {
                        "claim" => match read_claim(&mut ctx, table, header, settings) {
                            Ok(claim) => out.claims.push(claim),
                            Err(entry) => out.failed_ids.extend(entry),
                        },
                        "source" => {
                            if let Some(s) = read_source(&mut ctx, table, header) {
                                out.sources.push(s);
                            }
                        }
                        _ => {
                            if let Some(s) = read_subject(&mut ctx, table, header) {
                                out.subjects.push(s);
                            }
                        }
                    }
                }
            }
            other => ctx.unknown_key(key, other, TOP_LEVEL_KEYS, "at the top level"),
        }
    }
    // Each claim's `stated` defaults to its document's `published`.
    let published = out.document.as_ref().and_then(|d| d.published.clone());
    for (as_of, span) in std::mem::take(&mut ctx.as_of_pending) {
        if let Some(published) = &published {
            as_of_after_stated(
                &mut ctx,
                &as_of,
                span,
                published,
                "the document's `published`",
            );
        }
    }
    if let Some(published) = published {
        for c in &mut out.claims {
            if c.stated.is_none() && c.spans.stated.get().is_none() {
                c.stated = Some(published.clone());
            }
        }
    }
    out
}

fn array_of_tables<'a, 'i>(
    ctx: &mut Ctx<'_>,
    name: &str,
    value: &'a Spanned<DeValue<'i>>,
) -> Option<Vec<(&'a DeTable<'i>, Span)>> {
    let DeValue::Array(items) = value.get_ref() else {
        ctx.wrong_type(
            value,
            &format!("`{name}` must be an array of tables: write [[{name}]]"),
        );
        return None;
    };
    let mut tables = Vec::with_capacity(items.len());
    for item in items.iter() {
        match item.get_ref() {
            DeValue::Table(t) => tables.push((t, item.span())),
            _ => ctx.wrong_type(item, &format!("each `{name}` must be a table")),
        }
    }
    Some(tables)
}

struct Ctx<'a> {
    file: FileId,
    names: &'a Names,
    text: &'a str,
    /// Counts lines up to each claim's header, for its `line`.
    lines: LineCounter<'a>,
    diagnostics: &'a mut Vec<Diagnostic>,
    /// Today's day number, for dates in the future.
    today: Option<i64>,
    /// `as_of` dates of claims stated when their document was published,
    /// checked once the document is read.
    as_of_pending: Vec<(PartialDate, Span)>,
}

impl Ctx<'_> {
    fn loc(&self, span: Span) -> Location {
        Location {
            file: self.file,
            span,
        }
    }

    fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn wrong_type(&mut self, value: &Spanned<DeValue<'_>>, expected: &str) {
        let d = self.wrong_type_finding(value, expected);
        self.push(d);
    }

    fn wrong_type_finding(&self, value: &Spanned<DeValue<'_>>, expected: &str) -> Diagnostic {
        let found = value.get_ref().type_str();
        Diagnostic::new(
            Code::WrongType,
            self.loc(value.span()),
            format!("expected {}, found {found}", expected.trim_end_matches('.')),
        )
        .label(format!("this is {}", article(found)))
        .help("docs/format.md lists the type of every key")
    }

    fn unknown_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        name: &str,
        allowed: &[&str],
        place: &str,
    ) {
        let mut d = Diagnostic::new(
            Code::UnknownKey,
            self.loc(key.span()),
            format!("unknown key `{name}` {place}"),
        )
        .label("not a key of the claim format");
        d = match did_you_mean(name, allowed.iter().copied()) {
            Some(s) => d.help(format!("did you mean `{s}`?")),
            None => d.help(format!("known keys: {}", allowed.join(", "))),
        };
        self.push(d);
    }

    /// The file range of the characters `inner` of a string value, when the
    /// string is written without escapes; else the whole value.
    fn inner_span(&self, value_span: &Span, decoded: &str, inner: &Span) -> Span {
        let raw = self.text.get(value_span.clone()).unwrap_or("");
        let delim = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
            3
        } else {
            1
        };
        if raw.len() >= 2 * delim && &raw[delim..raw.len() - delim] == decoded {
            let start = value_span.start + delim;
            start + inner.start..start + inner.end.max(inner.start)
        } else {
            value_span.clone()
        }
    }
}

fn article(type_name: &str) -> String {
    match type_name.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {type_name}"),
        _ => format!("a {type_name}"),
    }
}

/// A TOML value that must be a string, as a `String` or `CompactString`.
fn string_value<S: for<'s> From<&'s str>>(
    ctx: &mut Ctx<'_>,
    key: &str,
    v: &Spanned<DeValue<'_>>,
) -> Option<(S, Span)> {
    string_value_with(ctx, key, v, |s| S::from(s))
}

/// [`string_value`], made into `S` by `make`.
fn string_value_with<S>(
    ctx: &mut Ctx<'_>,
    key: &str,
    v: &Spanned<DeValue<'_>>,
    make: impl FnOnce(&str) -> S,
) -> Option<(S, Span)> {
    match v.get_ref() {
        DeValue::String(s) => Some((make(s.as_ref()), v.span())),
        _ => {
            ctx.wrong_type(v, &format!("`{key}` to be a string"));
            None
        }
    }
}

/// Tables with at most this many keys are searched, not hashed.
const SCAN_KEYS: usize = 24;
// `Reader::read` marks the keys of such a table in a u32.
const _: () = assert!(SCAN_KEYS <= 32);

/// Reads the keys of one table, remembering the table's header for
/// missing-key findings and reporting unknown keys at the end.
///
/// A claim's table holds a handful of keys, each read once: they are
/// searched rather than hashed (the table's map hashes with SipHash), and
/// each key read is marked so that only the keys never read are checked
/// against the allowed ones.
struct Reader<'t, 'i> {
    table: &'t DeTable<'i>,
    header: Span,
    what: &'static str,
    allowed: &'static [&'static str],
    /// The keys read so far, by position (small tables only).
    read: std::cell::Cell<u32>,
}

impl<'t, 'i> Reader<'t, 'i> {
    fn new(
        table: &'t DeTable<'i>,
        header: Span,
        what: &'static str,
        allowed: &'static [&'static str],
    ) -> Self {
        Reader {
            table,
            header,
            what,
            allowed,
            read: std::cell::Cell::new(0),
        }
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        debug_assert!(self.allowed.contains(&key), "`{key}` is not an allowed key");
        if self.table.len() > SCAN_KEYS {
            return self.table.get(key);
        }
        let (at, (_, value)) =
            (self.table.iter().enumerate()).find(|(_, (k, _))| k.get_ref().as_ref() == key)?;
        self.read.set(self.read.get() | 1 << at);
        Some(value)
    }

    fn finish(&self, ctx: &mut Ctx<'_>) {
        let read = self.read.get();
        for (i, key) in self.table.keys().enumerate() {
            let name = key.get_ref().as_ref();
            let known = (i < SCAN_KEYS && read & (1 << i) != 0) || self.allowed.contains(&name);
            if !known {
                ctx.unknown_key(key, name, self.allowed, &format!("in a {}", self.what));
            }
        }
    }

    /// A string key as a `String`, or as a `CompactString` for the short
    /// strings every claim holds (ids, subjects, sources, values).
    fn string<S: for<'s> From<&'s str>>(&self, ctx: &mut Ctx<'_>, key: &str) -> Option<(S, Span)> {
        string_value(ctx, key, self.get(key)?)
    }

    fn required_string<S: for<'s> From<&'s str> + AsRef<str>>(
        &self,
        ctx: &mut Ctx<'_>,
        key: &str,
    ) -> Option<(S, Span)> {
        self.required_string_with(ctx, key, |s| S::from(s))
    }

    /// [`Reader::required_string`], made into `S` by `make`.
    fn required_string_with<S: AsRef<str>>(
        &self,
        ctx: &mut Ctx<'_>,
        key: &str,
        make: impl FnOnce(&str) -> S,
    ) -> Option<(S, Span)> {
        let Some(v) = self.get(key) else {
            self.missing(ctx, key);
            return None;
        };
        let (s, span) = string_value_with(ctx, key, v, make)?;
        if s.as_ref().trim().is_empty() {
            ctx.push(
                Diagnostic::new(
                    Code::MissingKey,
                    ctx.loc(span.clone()),
                    format!("`{key}` is empty"),
                )
                .label("empty string")
                .help(format!("every {} needs a non-empty `{key}`", self.what)),
            );
            return None;
        }
        Some((s, span))
    }

    fn missing(&self, ctx: &mut Ctx<'_>, key: &str) {
        ctx.push(
            Diagnostic::new(
                Code::MissingKey,
                ctx.loc(self.header.clone()),
                format!("this {} has no `{key}`", self.what),
            )
            .label(format!("`{key}` is required"))
            .help(format!("add `{key} = …` under this header")),
        );
    }

    fn strings<S: for<'s> From<&'s str>>(&self, ctx: &mut Ctx<'_>, key: &str) -> Vec<S> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            let mut d = ctx.wrong_type_finding(v, &format!("`{key}` to be an array of strings"));
            // `via = "Yonhap"`: one name, written without its brackets.
            if let DeValue::String(one) = v.get_ref() {
                let one = crate::render::form::truncate(one, 40);
                d = d.help(format!(
                    "write it in brackets, even for one: {key} = [{one:?}]"
                ));
            }
            ctx.push(d);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push(S::from(s.as_ref())),
                _ => ctx.wrong_type(item, &format!("each item of `{key}` to be a string")),
            }
        }
        out
    }

    /// A date: a TOML date or date-time, or a string of a (partial) date.
    /// `Ok(None)` when absent; `Err(())` when present but bad (reported).
    fn date(&self, ctx: &mut Ctx<'_>, key: &str, allow_unknown: bool) -> DateField {
        let Some(v) = self.get(key) else {
            return DateField::Absent;
        };
        let parsed = match v.get_ref() {
            DeValue::Datetime(dt) => date::from_toml(dt),
            DeValue::String(s) if allow_unknown && s.as_ref() == UNKNOWN_DATE => {
                return DateField::Unknown(v.span());
            }
            DeValue::String(s) => date::parse(s),
            _ => {
                ctx.wrong_type(v, &format!("`{key}` to be a date"));
                return DateField::Bad;
            }
        };
        match parsed {
            Ok(d) => DateField::Date(d, v.span()),
            Err(why) => {
                ctx.push(
                    Diagnostic::new(
                        Code::InvalidDate,
                        ctx.loc(v.span()),
                        format!("`{key}` is not a valid date: {why}"),
                    )
                    .label("not a date")
                    .help(date::DATE_FORMS),
                );
                DateField::Bad
            }
        }
    }

    fn reliability<S: for<'s> From<&'s str> + AsRef<str>>(&self, ctx: &mut Ctx<'_>) -> Option<S> {
        let (grade, span) = self.string::<S>(ctx, "reliability")?;
        if !is_valid_reliability(grade.as_ref()) {
            ctx.push(
                Diagnostic::new(
                    Code::InvalidReliability,
                    ctx.loc(span),
                    format!("`{}` is not a reliability grade", grade.as_ref()),
                )
                .label("expected a letter A–F then a digit 1–6")
                .help("grade sources Admiralty style, e.g. \"B2\": A (reliable) to F (cannot be judged), 1 (confirmed) to 6 (cannot be judged)"),
            );
        }
        Some(grade)
    }

    /// One of `options`, each written as `name` says; `default` when the
    /// key is absent or wrong (with a finding).
    fn choice<T: Copy>(
        &self,
        ctx: &mut Ctx<'_>,
        key: &str,
        options: &[T],
        name: fn(T) -> &'static str,
        default: T,
    ) -> T {
        let Some((word, span)) = self.string::<CompactString>(ctx, key) else {
            return default;
        };
        if let Some(v) = options.iter().find(|&&v| name(v) == word) {
            return *v;
        }
        let names: Vec<&str> = options.iter().map(|&v| name(v)).collect();
        let mut d = Diagnostic::new(
            Code::InvalidChoice,
            ctx.loc(span),
            format!("`{word}` is not a valid `{key}`"),
        )
        .label(format!("expected one of {}", names.join(", ")));
        if let Some(s) = did_you_mean(&word, names.iter().copied()) {
            d = d.help(format!("did you mean `{s}`?"));
        } else {
            d = d.help(format!("`{key}` is one of: {}", names.join(", ")));
        }
        ctx.push(d);
        default
    }
}

enum DateField {
    Absent,
    Unknown(Span),
    Date(PartialDate, Span),
    Bad,
}

impl DateField {
    fn into_parts(self) -> (Option<PartialDate>, Option<Span>) {
        match self {
            DateField::Absent => (None, None),
            DateField::Unknown(s) => (None, Some(s)),
            DateField::Date(d, s) => (Some(d), Some(s)),
            // A bad date counts as given, so the document's date is not used.
            DateField::Bad => (None, Some(0..0)),
        }
    }
}

fn read_document(ctx: &mut Ctx<'_>, table: &DeTable<'_>, header: Span) -> Document {
    let r = Reader::new(table, header, "document", DOCUMENT_KEYS);
    let doc = Document {
        title: r.string(ctx, "title").map(|s| s.0),
        publisher: r.string(ctx, "publisher").map(|s| s.0),
        authors: r.strings(ctx, "authors"),
        url: r.string(ctx, "url").map(|s| s.0),
        published: match r.date(ctx, "published", false) {
            DateField::Date(date, span) => {
                future_date(ctx, "published", &date, &span);
                Some(date)
            }
            _ => None,
        },
        updated: r.date(ctx, "updated", false).into_parts().0,
    };
    r.finish(ctx);
    doc
}

/// Warn at a draft of `extract` that was never reviewed: one that keeps
/// the `draft` tag `extract` leaves, so that `--deny-warnings` keeps such
/// claims out of CI. A subject under `draft/` alone draws nothing: a
/// military draft is a subject of its own (`draft/conscripts`).
fn unreviewed_draft(
    ctx: &mut Ctx<'_>,
    tags: &[CompactString],
    tags_span: Option<Span>,
    subject: &str,
) {
    let Some(span) = tags_span.filter(|_| tags.iter().any(|t| t == "draft")) else {
        return;
    };
    let help = match subject.starts_with("draft/") {
        true => {
            "check the value, unit and source against the quote, give the claim its own \
                 subject in place of the one `extract` proposed, and remove the `draft` tag"
        }
        false => "check the value, unit and source against the quote, and remove the `draft` tag",
    };
    ctx.push(
        Diagnostic::new(
            Code::UnreviewedDraft,
            ctx.loc(span),
            "this claim is a draft of `extract` that was not reviewed",
        )
        .label("the tag `extract` leaves")
        .help(help),
    );
}

/// Warn when `date` (the `key` of a claim or document) lies after today.
/// A day's grace: a source ahead of UTC may already be on tomorrow.
fn future_date(ctx: &mut Ctx<'_>, key: &str, date: &PartialDate, span: &Span) {
    let Some(today) = ctx.today else {
        return;
    };
    if date.start_day() > today + 1 {
        ctx.push(
            Diagnostic::new(
                Code::FutureDate,
                ctx.loc(span.clone()),
                format!("`{key}` {date} is after today"),
            )
            .label("not yet")
            .help(format!(
                "check the year; `{key}` is when {}, and a figure about a date to come takes \
                 that date as `as_of` with `basis = \"forecast\"`",
                match key {
                    "published" => "the document appeared",
                    _ => "it was said",
                }
            )),
        );
    }
}

/// Warn when a claim that is not a forecast describes a date (`as_of`)
/// wholly after the period it was stated in.
fn as_of_after_stated(
    ctx: &mut Ctx<'_>,
    as_of: &PartialDate,
    span: Span,
    stated: &PartialDate,
    stated_what: &str,
) {
    if as_of.start_day() > stated.end_day() {
        ctx.push(
            Diagnostic::new(
                Code::AsOfAfterStated,
                ctx.loc(span),
                format!("`as_of` {as_of} is after {stated_what} {stated}"),
            )
            .label("describes a date still to come when it was said")
            .help(
                "a figure about a later date is a forecast: add `basis = \"forecast\"`; if the \
                 dates are swapped, `stated` is when it was said and `as_of` the date it describes",
            ),
        );
    }
}

fn check_id(ctx: &mut Ctx<'_>, id: &str, span: &Span, what: &str) {
    if !is_valid_id(id) {
        let suggestion: String = id
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "._/-".contains(c) {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        ctx.push(
            Diagnostic::new(
                Code::InvalidId,
                ctx.loc(span.clone()),
                format!("`{id}` is not a valid {what}"),
            )
            .label("expected [a-z0-9][a-z0-9._/-]*")
            .help(format!(
                "ids use lower-case letters, digits and . _ / -, starting with a letter or digit, e.g. \"{}\"",
                suggestion.trim_start_matches(['.', '_', '/', '-'])
            )),
        );
    }
}

fn read_claim(
    ctx: &mut Ctx<'_>,
    table: &DeTable<'_>,
    header: Span,
    settings: &Settings,
) -> Result<Claim, Option<IdEntry>> {
    let r = Reader::new(table, header.clone(), "claim", CLAIM_KEYS);
    let id = r.required_string::<CompactString>(ctx, "id");
    if let Some((id, span)) = &id {
        check_id(ctx, id, span, "claim id");
    }
    let names = ctx.names;
    let subject = r.required_string_with(ctx, "subject", |s| names.get(s));
    let source = r.required_string::<CompactString>(ctx, "source");
    if let Some((name, span)) = &source
        && (name.trim().is_empty() || name.trim() == UNATTRIBUTED)
    {
        ctx.push(
            Diagnostic::new(
                Code::UnattributedSource,
                ctx.loc(span.clone()),
                "this claim names no source",
            )
            .label("who asserts the figure?")
            .help("write the originator (e.g. \"NIS\"), not the outlet that relayed it; outlets go in `via`"),
        );
    }
    let via: Vec<CompactString> = r.strings(ctx, "via");
    let kind = r.choice(
        ctx,
        "kind",
        &[Kind::Figure, Kind::Statement],
        Kind::as_str,
        Kind::Figure,
    );
    let unit = r.string::<CompactString>(ctx, "unit");
    let value = match r.get("value") {
        None => {
            r.missing(ctx, "value");
            None
        }
        Some(v) => read_value(ctx, v, kind, unit.as_ref(), settings),
    };
    let (stated, stated_span) = r.date(ctx, "stated", true).into_parts();
    let (as_of, as_of_span) = r.date(ctx, "as_of", false).into_parts();
    let supersedes = r.string::<CompactString>(ctx, "supersedes");
    if let Some((s, span)) = &supersedes {
        check_id(ctx, s, span, "claim id in `supersedes`");
    }
    let quote = r.string::<Box<str>>(ctx, "quote");
    let reliability = r.reliability(ctx);
    let note = r.string(ctx, "note").map(|s| s.0);
    let tags: Vec<CompactString> = r.strings(ctx, "tags");
    let tags_span = r.get("tags").map(|v| v.span());
    let basis = r.choice(ctx, "basis", &Basis::ALL, Basis::as_str, Basis::Reported);
    let status = r.choice(ctx, "status", &Status::ALL, Status::as_str, Status::Current);
    let status_reason = r.string(ctx, "status_reason");
    r.finish(ctx);

    if let (Some(date), Some(span)) = (&stated, &stated_span) {
        future_date(ctx, "stated", date, span);
    }
    if let (Some(as_of), Some(span)) = (&as_of, as_of_span)
        && basis != Basis::Forecast
    {
        match &stated {
            Some(stated) => as_of_after_stated(ctx, as_of, span, stated, "`stated`"),
            // Stated when the document was published: checked once it is read.
            None if stated_span.is_none() => ctx.as_of_pending.push((as_of.clone(), span)),
            None => {}
        }
    }

    match (status, &status_reason) {
        (Status::Current, Some((_, span))) => {
            ctx.push(
                Diagnostic::new(
                    Code::StatusReasonUnused,
                    ctx.loc(span.clone()),
                    "`status_reason` is given but the claim's status is current",
                )
                .help("set `status = \"disputed\"` or `\"retracted\"`, or remove `status_reason`"),
            );
        }
        (Status::Disputed | Status::Retracted, None) => {
            let span = r.get("status").map_or(header.clone(), |v| v.span());
            ctx.push(
                Diagnostic::new(
                    Code::MissingStatusReason,
                    ctx.loc(span),
                    format!("a {} claim needs a `status_reason`", status.as_str()),
                )
                .label("says the claim no longer stands, but not why")
                .help("add `status_reason = \"…\"`, e.g. who denied or corrected the figure"),
            );
        }
        _ => {}
    }
    if quote.is_none() {
        ctx.push(
            Diagnostic::new(
                Code::MissingQuote,
                ctx.loc(header.clone()),
                "this claim has no `quote`",
            )
            .label("where was it read?")
            .help("add `quote = \"…\"` with the sentence the figure was read from, verbatim"),
        );
    }

    let (id, id_span, subject, subject_span, source, source_span, value) =
        match (id, subject, source, value) {
            (Some((id, id_span)), Some((subject, ss)), Some((source, sos)), Some(value)) => {
                (id, id_span, subject, ss, source, sos, value)
            }
            (id, subject, source, _) => {
                let entry = id.map(|(id, span): (CompactString, Span)| IdEntry {
                    id: id.into(),
                    subject: subject.map(|s| s.0.to_string()),
                    source: source.map(|s| s.0.into()),
                    location: ctx.loc(span),
                });
                return Err(entry);
            }
        };
    let (value_text, quantity, text_unit, value_span) = value;
    unreviewed_draft(ctx, &tags, tags_span, &subject);
    let (unit, unit_span) = unit.unzip();
    let (supersedes, supersedes_span) = supersedes.unzip();
    let (quote, quote_span) = quote.unzip();
    // The quote's characters when written without escapes (evidence
    // findings point at a word in it), else the whole string.
    let quote_span = quote
        .as_deref()
        .zip(quote_span)
        .map(|(q, span)| ctx.inner_span(&span, q, &(0..q.len())));
    let claim = Claim {
        id,
        subject,
        source,
        via: via.into_boxed_slice(),
        value: value_text,
        kind,
        quantity,
        unit: unit.or(text_unit),
        stated,
        supersedes,
        quote,
        notes: ClaimNotes {
            as_of,
            reliability,
            note,
            tags,
            status_reason: status_reason.map(|s| s.0),
        }
        .boxed(),
        basis,
        status,
        file: ctx.file,
        line: crate::model::offset32(ctx.lines.line_of(header.start)),
        spans: ClaimSpans {
            header: header.into(),
            id: id_span.into(),
            subject: subject_span.into(),
            source: source_span.into(),
            value: value_span.into(),
            unit: unit_span.into(),
            stated: stated_span.into(),
            supersedes: supersedes_span.into(),
            quote: quote_span.into(),
        },
    };
    Ok(claim)
}

/// The warning for `number`, at `at`, written as European sources write
/// thousands (`2.000`), which reads as a decimal.
fn point_or_thousands(ctx: &mut Ctx<'_>, at: Span, number: &str) {
    let (whole, decimals) = number.split_once('.').unwrap_or((number, ""));
    let short = decimals.trim_end_matches('0');
    let decimal = match short {
        "" => whole.to_string(),
        _ => format!("{whole}.{short}"),
    };
    ctx.push(
        Diagnostic::new(
            Code::DecimalPointOrThousands,
            ctx.loc(at),
            format!("`{number}` reads as {decimal}, with a decimal point"),
        )
        .label(format!("{decimal}, or {whole},{decimals}?"))
        .help(format!(
            "many European sources group thousands with a point: write `{whole},{decimals}` if that is meant, or `{decimal}` if not"
        )),
    );
}

/// The value as written, its quantity, the unit read from it, its span.
type ReadValue = (CompactString, Quantity, Option<CompactString>, Span);

fn read_value(
    ctx: &mut Ctx<'_>,
    v: &Spanned<DeValue<'_>>,
    kind: Kind,
    unit: Option<&(CompactString, Span)>,
    settings: &Settings,
) -> Option<ReadValue> {
    let span = v.span();
    if kind == Kind::Statement {
        return match v.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => {
                Some((s.as_ref().into(), Quantity::statement(), None, span))
            }
            DeValue::String(_) => {
                ctx.push(
                    Diagnostic::new(Code::InvalidValue, ctx.loc(span), "the statement is empty")
                        .help("a statement's value is the sentence it asserts"),
                );
                None
            }
            _ => {
                ctx.wrong_type(v, "a statement's `value` to be a string");
                None
            }
        };
    }
    match v.get_ref() {
        DeValue::Integer(i) => {
            let parsed = i64::from_str_radix(i.as_str(), i.radix()).ok();
            match parsed
                .map(|n| n as f64)
                .filter(|x| x.abs() <= quantity::MAX_EXACT)
            {
                Some(x) => Some((
                    parsed.unwrap_or_default().to_compact_string(),
                    Quantity::exact(x),
                    None,
                    span,
                )),
                None => {
                    too_large(ctx, span, &i.to_string());
                    None
                }
            }
        }
        DeValue::Float(f) => {
            let text = f.as_str();
            match text.parse::<f64>() {
                Ok(x) if x.is_nan() || (x.is_infinite() && text.contains("inf")) => {
                    ctx.push(
                        Diagnostic::new(
                            Code::InvalidValue,
                            ctx.loc(span),
                            format!("`{text}` is not a figure"),
                        )
                        .label("not a number")
                        .help("write the figure as a number, or use kind = \"statement\" for text"),
                    );
                    None
                }
                Ok(x) if x.is_finite() && x.abs() <= quantity::MAX_EXACT => {
                    // (Not `2.000e3`, which is 2,000 as written.)
                    if !text.contains(['e', 'E'])
                        && let Some(at) = quantity::point_or_thousands(text)
                    {
                        let number = &text[at.clone()];
                        point_or_thousands(ctx, span.start + at.start..span.start + at.end, number);
                    }
                    Some((number::toml_float(x).into(), Quantity::exact(x), None, span))
                }
                _ => {
                    too_large(ctx, span, text);
                    None
                }
            }
        }
        DeValue::String(s) => match quantity::parse(s, settings.approx_tolerance) {
            Ok(parsed) => {
                if let Some(at) = quantity::point_or_thousands(s) {
                    let number = s[at.clone()].to_string();
                    let at = ctx.inner_span(&span, s, &at);
                    point_or_thousands(ctx, at, &number);
                }
                if let (Some((given, unit_span)), Some(read)) = (unit, &parsed.unit)
                    && quantity::unit_key(given) != quantity::unit_key(read)
                {
                    let at = ctx.inner_span(
                        &span,
                        s,
                        &(s.len() - s.trim_start().len()..s.trim_end().len()),
                    );
                    ctx.push(
                        Diagnostic::new(
                            Code::UnitMismatch,
                            ctx.loc(at),
                            format!("the value says `{read}` but `unit` is `{given}`"),
                        )
                        .label(format!("read as unit `{read}`"))
                        .related(
                            ctx.loc(unit_span.clone()),
                            format!("`unit` is `{given}` here"),
                        )
                        .help("make the two agree, or drop the words after the number"),
                    );
                }
                Some((
                    s.as_ref().into(),
                    parsed.quantity,
                    parsed.unit.map(Into::into),
                    span,
                ))
            }
            Err(e) => {
                let at = ctx.inner_span(&span, s, &e.span);
                ctx.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        ctx.loc(at),
                        format!(
                            "cannot read `{}` as a figure",
                            crate::render::form::truncate(s, 60)
                        ),
                    )
                    .label(e.message.clone())
                    .help(invalid_value_help(s, e.help)),
                );
                None
            }
        },
        DeValue::Table(t) => read_range(ctx, t, span),
        _ => {
            ctx.wrong_type(
                v,
                "`value` to be a number, a string or a table { low, high, best }",
            );
            None
        }
    }
}

/// The help for a value the grammar cannot read: what to write instead,
/// where the value is a form it can say how to write (a share, a
/// currency), else the accepted forms.
fn invalid_value_help(value: &str, forms: String) -> String {
    if let Some(percent) = crate::extract::share_value(value) {
        return format!(
            "a share goes in as its percentage, `value = \"{percent}\"`; keep the source's \
             words in `quote`, where the quote check finds the share"
        );
    }
    if let Some((bare, unit)) = crate::extract::currency_value(value) {
        return format!(
            "the currency goes in `unit`: `value = \"{bare}\"` with `unit = \"{unit}\"`; the \
             quote check reads the sign in `quote`"
        );
    }
    forms
}

fn too_large(ctx: &mut Ctx<'_>, span: Span, text: &str) {
    ctx.push(
        Diagnostic::new(
            Code::InvalidValue,
            ctx.loc(span),
            format!("`{text}` is too large to be held exactly"),
        )
        .label("out of range")
        .help(format!(
            "figures must lie within ±{} (2^53); write larger ones as text with a multiplier, e.g. \"3.2 billion\"",
            quantity::MAX_EXACT
        )),
    );
}

fn read_range(ctx: &mut Ctx<'_>, t: &DeTable<'_>, span: Span) -> Option<ReadValue> {
    let mut parts: [Option<f64>; 3] = [None; 3];
    let mut ok = true;
    for (key, v) in t.iter() {
        let name = key.get_ref().as_ref();
        let Some(slot) = RANGE_KEYS.iter().position(|k| *k == name) else {
            ctx.unknown_key(key, name, RANGE_KEYS, "in a range value");
            ok = false;
            continue;
        };
        let x = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            _ => {
                ctx.wrong_type(v, &format!("`{name}` to be a number"));
                ok = false;
                continue;
            }
        };
        match x.filter(|x| x.is_finite() && x.abs() <= quantity::MAX_EXACT) {
            Some(x) => parts[slot] = Some(x),
            None => {
                too_large(ctx, v.span(), &ctx.text[v.span()]);
                ok = false;
            }
        }
    }
    let [low, high, best] = parts;
    if ok && low.is_none() && high.is_none() && best.is_none() {
        ctx.push(
            Diagnostic::new(
                Code::InvalidValue,
                ctx.loc(span.clone()),
                "the range is empty",
            )
            .help("give any of `low`, `high` and `best`, e.g. { low = 1000, high = 2000 }"),
        );
        return None;
    }
    if let (Some(l), Some(h)) = (low, high)
        && l > h
    {
        ctx.push(
            Diagnostic::new(
                Code::InvalidValue,
                ctx.loc(span.clone()),
                format!(
                    "the range's low ({}) exceeds its high ({})",
                    number::format(l),
                    number::format(h)
                ),
            )
            .help("swap `low` and `high`"),
        );
        return None;
    }
    if let Some(b) = best
        && (low.is_some_and(|l| b < l) || high.is_some_and(|h| b > h))
    {
        ctx.push(
            Diagnostic::new(
                Code::InvalidValue,
                ctx.loc(span.clone()),
                format!(
                    "the best estimate ({}) lies outside the range",
                    number::format(b)
                ),
            )
            .help("`best` must lie between `low` and `high`"),
        );
        return None;
    }
    if !ok {
        return None;
    }
    let text = RANGE_KEYS
        .iter()
        .zip(parts)
        .filter_map(|(k, v)| v.map(|v| format!("{k} = {}", number::toml_number(v))))
        .collect::<Vec<_>>()
        .join(", ");
    Some((
        format!("{{ {text} }}").into(),
        Quantity::range(low, high, best),
        None,
        span,
    ))
}

fn read_source(ctx: &mut Ctx<'_>, table: &DeTable<'_>, header: Span) -> Option<SourceDecl> {
    let r = Reader::new(table, header.clone(), "source", SOURCE_KEYS);
    let id = r.required_string::<String>(ctx, "id");
    let name = r.string(ctx, "name").map(|s| s.0);
    let reliability = r.reliability(ctx);
    let note = r.string(ctx, "note").map(|s| s.0);
    r.finish(ctx);
    let (id, span) = id?;
    Some(SourceDecl {
        id,
        name,
        reliability,
        note,
        location: ctx.loc(span),
    })
}

fn read_subject(ctx: &mut Ctx<'_>, table: &DeTable<'_>, header: Span) -> Option<SubjectDecl> {
    let r = Reader::new(table, header.clone(), "subject", SUBJECT_KEYS);
    let id = r.required_string::<String>(ctx, "id");
    let description = r.string(ctx, "description").map(|s| s.0);
    let unit = r.string(ctx, "unit").map(|s| s.0);
    r.finish(ctx);
    let (id, span) = id?;
    Some(SubjectDecl {
        id,
        description,
        unit,
        location: ctx.loc(span),
    })
}

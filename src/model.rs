//! The checked, normalised records that every later stage works on.

use std::ops::Range;

use crate::date::PartialDate;
use crate::quantity::Quantity;

/// Byte range inside one loaded file.
pub type Span = Range<usize>;

/// Index of a file in [`Repository::files`].
pub type FileId = usize;

/// A place in a claim file: which file, which bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: FileId,
    pub span: Span,
}

/// Whether a claim holds a number or a free-text statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Figure,
    Statement,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Statement => "statement",
        }
    }
}

/// How the source arrived at a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    Reported,
    Estimated,
    Measured,
    Derived,
    Forecast,
}

impl Basis {
    pub const ALL: [Basis; 5] = [
        Basis::Reported,
        Basis::Estimated,
        Basis::Measured,
        Basis::Derived,
        Basis::Forecast,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Reported => "reported",
            Basis::Estimated => "estimated",
            Basis::Measured => "measured",
            Basis::Derived => "derived",
            Basis::Forecast => "forecast",
        }
    }
}

/// Whether a claim still stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Current,
    Disputed,
    Retracted,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Current, Status::Disputed, Status::Retracted];
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Disputed => "disputed",
            Status::Retracted => "retracted",
        }
    }
}

/// Where the claims of one file were read (`[document]`).
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub authors: Vec<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub updated: Option<PartialDate>,
}

/// Spans of the parts of a claim that diagnostics point at.
#[derive(Debug, Clone, Default)]
pub struct ClaimSpans {
    pub header: Span,
    pub id: Span,
    pub subject: Span,
    pub source: Span,
    pub value: Span,
    pub unit: Option<Span>,
    pub stated: Option<Span>,
    pub supersedes: Option<Span>,
    pub quote: Option<Span>,
}

/// One figure or statement from one source, checked and normalised.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    pub subject: String,
    pub source: String,
    pub via: Vec<String>,
    /// The value as written (a number as TOML would write it).
    pub value: String,
    pub kind: Kind,
    pub quantity: Quantity,
    /// The `unit` key, else the unit read from the value text.
    pub unit: Option<String>,
    /// When the source said it (the document's `published` when absent).
    pub stated: Option<PartialDate>,
    pub as_of: Option<PartialDate>,
    pub supersedes: Option<String>,
    pub quote: Option<String>,
    pub reliability: Option<String>,
    pub note: Option<String>,
    pub tags: Vec<String>,
    pub basis: Basis,
    pub status: Status,
    pub status_reason: Option<String>,
    pub file: FileId,
    /// 1-based line of the `[[claim]]` header.
    pub line: usize,
    pub spans: ClaimSpans,
}

/// A `[[source]]` declaration.
#[derive(Debug, Clone)]
pub struct SourceDecl {
    pub id: String,
    pub name: Option<String>,
    pub reliability: Option<String>,
    pub note: Option<String>,
    pub location: Location,
}

/// A `[[subject]]` declaration.
#[derive(Debug, Clone)]
pub struct SubjectDecl {
    pub id: String,
    pub description: Option<String>,
    pub unit: Option<String>,
    pub location: Location,
}

/// Every claim id written in the files, even of claims that failed to load,
/// so duplicate ids and `supersedes` links are checked across all of them.
#[derive(Debug, Clone)]
pub struct IdEntry {
    pub id: String,
    pub subject: Option<String>,
    pub source: Option<String>,
    pub location: Location,
}

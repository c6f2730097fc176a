//! The checked, normalised records that every later stage works on.

use std::ops::Range;

use compact_str::CompactString;

use crate::date::PartialDate;
use crate::quantity::Quantity;

/// Byte range inside one loaded file.
pub type Span = Range<usize>;

/// Index of a file in [`crate::loader::Repository::files`].
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

/// A byte range of a claim file in half the room of a [`Span`]: every claim
/// holds nine. Offsets past 4 GiB (no claim file is that large) are clamped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShortSpan {
    start: u32,
    end: u32,
}

impl ShortSpan {
    pub fn get(self) -> Span {
        self.start as usize..self.end as usize
    }
}

impl From<Span> for ShortSpan {
    fn from(span: Span) -> Self {
        ShortSpan {
            start: offset32(span.start),
            end: offset32(span.end),
        }
    }
}

/// A byte offset into a claim file in 32 bits, clamped past 4 GiB (to
/// `u32::MAX - 1`: `u32::MAX` marks a [`MaybeSpan`] that holds none).
pub fn offset32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX).min(u32::MAX - 1)
}

/// An optional [`ShortSpan`] in the room of one: a start of `u32::MAX`
/// (which [`offset32`] never gives) marks none. A claim holds four.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaybeSpan(ShortSpan);

impl MaybeSpan {
    pub const NONE: MaybeSpan = MaybeSpan(ShortSpan {
        start: u32::MAX,
        end: u32::MAX,
    });

    pub fn get(self) -> Option<ShortSpan> {
        (self != MaybeSpan::NONE).then_some(self.0)
    }
}

impl Default for MaybeSpan {
    fn default() -> Self {
        MaybeSpan::NONE
    }
}

impl From<Option<Span>> for MaybeSpan {
    fn from(span: Option<Span>) -> Self {
        span.map_or(MaybeSpan::NONE, |s| MaybeSpan(s.into()))
    }
}

/// Spans of the parts of a claim that diagnostics point at.
#[derive(Debug, Clone, Default)]
pub struct ClaimSpans {
    pub header: ShortSpan,
    pub id: ShortSpan,
    pub subject: ShortSpan,
    pub source: ShortSpan,
    pub value: ShortSpan,
    pub unit: MaybeSpan,
    pub stated: MaybeSpan,
    pub supersedes: MaybeSpan,
    /// The quote's characters when they are written as they read (no
    /// escapes), so that a finding can point at a word in it; else the
    /// whole string, delimiters included. Which it is shows in its length:
    /// only the first is as long as the claim's `quote`.
    pub quote: MaybeSpan,
}

/// One figure or statement from one source, checked and normalised.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: CompactString,
    pub subject: std::sync::Arc<str>,
    pub source: CompactString,
    pub via: Box<[CompactString]>,
    /// The value as written (a number as TOML would write it).
    pub value: CompactString,
    pub kind: Kind,
    pub quantity: Quantity,
    /// The `unit` key, else the unit read from the value text.
    pub unit: Option<CompactString>,
    /// When the source said it (the document's `published` when absent).
    pub stated: Option<PartialDate>,
    pub supersedes: Option<CompactString>,
    pub quote: Option<Box<str>>,
    /// `as_of`, `reliability`, `note`, `tags`, `status_reason`: out of
    /// line, since few claims carry them (`None` when none is set).
    pub notes: Option<Box<ClaimNotes>>,
    pub basis: Basis,
    pub status: Status,
    pub file: FileId,
    /// 1-based line of the `[[claim]]` header, counted when the file was
    /// read (its text is not kept).
    pub line: u32,
    pub spans: ClaimSpans,
}

/// The optional annotations of a claim.
#[derive(Debug, Clone, Default)]
pub struct ClaimNotes {
    /// The date the figure describes, when not the day it was stated.
    pub as_of: Option<PartialDate>,
    /// Short words (`high`, `B2`, `casualties`): held inline, not on the heap.
    pub reliability: Option<CompactString>,
    pub note: Option<String>,
    pub tags: Vec<CompactString>,
    pub status_reason: Option<String>,
}

impl ClaimNotes {
    /// Boxed when any is set, else `None`.
    pub fn boxed(self) -> Option<Box<ClaimNotes>> {
        let empty = self.as_of.is_none()
            && self.reliability.is_none()
            && self.note.is_none()
            && self.tags.is_empty()
            && self.status_reason.is_none();
        (!empty).then(|| Box::new(self))
    }
}

impl Claim {
    pub fn as_of(&self) -> Option<&PartialDate> {
        self.notes.as_ref()?.as_of.as_ref()
    }

    pub fn reliability(&self) -> Option<&str> {
        self.notes.as_ref()?.reliability.as_deref()
    }

    pub fn note(&self) -> Option<&str> {
        self.notes.as_ref()?.note.as_deref()
    }

    pub fn tags(&self) -> &[CompactString] {
        self.notes.as_ref().map_or(&[], |n| &n.tags)
    }

    pub fn status_reason(&self) -> Option<&str> {
        self.notes.as_ref()?.status_reason.as_deref()
    }
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

#[cfg(test)]
mod tests {
    /// Every loaded claim is held in memory at once: a repository of a
    /// million claims pays a megabyte for each byte here. Grow it only on
    /// purpose (docs/performance.md has the memory budget).
    #[test]
    fn a_claim_stays_small() {
        assert!(std::mem::size_of::<super::Claim>() <= 320);
        assert_eq!(std::mem::size_of::<crate::quantity::Quantity>(), 32);
        assert_eq!(std::mem::size_of::<Option<crate::date::PartialDate>>(), 16);
        assert_eq!(std::mem::size_of::<super::ClaimSpans>(), 72);
    }

    #[test]
    fn short_spans_keep_offsets_and_clamp_past_4_gib() {
        use super::ShortSpan;
        assert_eq!(ShortSpan::from(3..70_000).get(), 3..70_000);
        let far = u32::MAX as usize;
        assert_eq!(ShortSpan::from(far - 2..far + 10).get(), far - 2..far - 1);
        use super::MaybeSpan;
        assert_eq!(MaybeSpan::from(None).get(), None);
        assert_eq!(MaybeSpan::default(), MaybeSpan::NONE);
        let kept = MaybeSpan::from(Some(4..9)).get().map(ShortSpan::get);
        assert_eq!(kept, Some(4..9));
        // Past 4 GiB a span is clamped, never taken for none.
        assert!(MaybeSpan::from(Some(far + 1..far + 2)).get().is_some());
    }
}

//! Findings: every problem is data with a stable code, a severity, a place
//! and a hint, collected in one run rather than stopping at the first.

use crate::model::Location;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident, $doc:literal;)*) => {
        /// Every kind of finding. Each has a heading in `docs/diagnostics.md`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(#[doc = $doc] $variant,)*
        }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable kebab-case name shown as `error[name]`.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// The severity findings of this code carry.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One sentence on what the code means.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $doc,)* }
            }
        }
    };
}

codes! {
    Unreadable = "unreadable-file", Error, "A file under the claim folder could not be read.";
    InvalidUtf8 = "invalid-utf8", Error, "A claim file is not valid UTF-8 text.";
    TomlSyntax = "toml-syntax", Error, "The file is not valid TOML.";
    WrongType = "wrong-type", Error, "A key holds a value of the wrong type.";
    MissingKey = "missing-key", Error, "A required key is absent.";
    UnknownKey = "unknown-key", Error, "A key that the format does not define.";
    InvalidId = "invalid-id", Error, "An id does not match `[a-z0-9][a-z0-9._/-]*`.";
    DuplicateId = "duplicate-id", Error, "Two claims share an id.";
    DuplicateDeclaration = "duplicate-declaration", Error, "A `[[source]]` or `[[subject]]` id is declared twice.";
    InvalidValue = "invalid-value", Error, "A claim's value matches none of the accepted forms.";
    InvalidDate = "invalid-date", Error, "A date that does not exist or is not written as a date.";
    InvalidReliability = "invalid-reliability", Error, "A reliability grade that is not a letter A–F followed by a digit 1–6.";
    InvalidChoice = "invalid-choice", Error, "`kind`, `basis` or `status` holds a word outside its list.";
    MissingStatusReason = "missing-status-reason", Error, "A disputed or retracted claim without `status_reason`.";
    UndeclaredSubject = "undeclared-subject", Error, "A claim's subject is missing from the declared `[[subject]]` list.";
    UndeclaredSource = "undeclared-source", Error, "A claim's source is missing from the declared `[[source]]` list.";
    SupersedesMissing = "supersedes-missing", Error, "`supersedes` names an id that no claim has.";
    SupersedesOtherSeries = "supersedes-other-series", Error, "`supersedes` names a claim of another subject or source.";
    SupersedesCycle = "supersedes-cycle", Error, "Claims supersede each other in a circle.";
    UnattributedSource = "unattributed-source", Error, "A claim's `source` is empty or the `?` that `extract` writes when the text names none.";
    InvalidSetting = "invalid-setting", Error, "A setting in `claimtrack.toml` has a value it cannot take.";
    SupersedesShared = "supersedes-shared", Warning, "Two claims supersede the same claim.";
    StatedBeforeSuperseded = "stated-before-superseded", Warning, "A claim is stated before the claim it supersedes.";
    UnitMismatch = "unit-mismatch", Warning, "The unit in the value text differs from the `unit` key.";
    SeriesUnitMismatch = "series-unit-mismatch", Warning, "Versions of one series use different units.";
    MissingQuote = "missing-quote", Warning, "A claim has no `quote` to show where it was read.";
    RelayedDifferently = "relayed-differently", Warning, "Two versions of a series stated on the same day give different figures.";
    MixedKinds = "mixed-kinds", Warning, "A subject holds both figures and statements, which are never compared.";
    SplitSpelling = "split-spelling", Warning, "One source or subject written two ways (`Interior ministry`, `Interior Ministry`), which splits its series.";
    UnknownSetting = "unknown-setting", Warning, "`claimtrack.toml` holds a setting claimtrack does not know.";
    StatusReasonUnused = "status-reason-unused", Warning, "`status_reason` on a claim whose status is current.";
    LinkLoop = "link-loop", Warning, "A symbolic link leads back to a folder already searched.";
    QuoteLacksFigure = "quote-lacks-figure", Warning, "A claim's `quote` does not contain its figure in any written form.";
    QuoteQualifierMismatch = "quote-qualifier-mismatch", Warning, "The quote qualifies the figure differently from the value (`roughly 600` against `at least 600`).";
    QuoteCurrencyMismatch = "quote-currency-mismatch", Warning, "The quote gives the figure in another currency than the claim's `unit` (`€4.5 billion` against `dollars`).";
    AsOfAfterStated = "as-of-after-stated", Warning, "A claim describes a date after the one it was stated on, and its basis is not `forecast`.";
    FutureDate = "future-date", Warning, "A claim is stated (or a document published) after today.";
    UnreviewedDraft = "unreviewed-draft", Warning, "A claim `extract` drafted that keeps its `draft` tag.";
    DecimalPointOrThousands = "decimal-point-or-thousands", Warning, "A figure written like `2.000`: 2 here, but 2,000 in sources that group thousands with a point.";
}

impl Code {
    /// Whether the finding comes from a check across files (so a change in
    /// one file can cause it in another), rather than from one file alone.
    pub fn repository_wide(self) -> bool {
        matches!(
            self,
            Code::DuplicateId
                | Code::DuplicateDeclaration
                | Code::UndeclaredSubject
                | Code::UndeclaredSource
                | Code::SupersedesMissing
                | Code::SupersedesOtherSeries
                | Code::SupersedesCycle
                | Code::SupersedesShared
                | Code::StatedBeforeSuperseded
                | Code::SeriesUnitMismatch
                | Code::RelayedDifferently
                | Code::MixedKinds
                | Code::SplitSpelling
        )
    }
}

/// A second place a finding refers to (for example the first of two duplicates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub location: Location,
    pub message: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub location: Location,
    /// Short text under the caret.
    pub label: Option<String>,
    pub related: Vec<Related>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            location,
            label: None,
            related: Vec::new(),
            help: None,
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn related(mut self, location: Location, message: impl Into<String>) -> Self {
        self.related.push(Related {
            location,
            message: message.into(),
        });
        self
    }
}

/// Sort findings by file, position, then code, so output is stable.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.location.file, a.location.span.start, a.code, &a.message).cmp(&(
            b.location.file,
            b.location.span.start,
            b.code,
            &b.message,
        ))
    });
}

/// Counts of errors and warnings.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let names: HashSet<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), Code::ALL.len());
        let docs = include_str!("../docs/diagnostics.md");
        for code in Code::ALL {
            let name = code.as_str();
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
                "{name}"
            );
            assert!(
                docs.contains(&format!("## `{name}`")),
                "docs/diagnostics.md has no heading for {name}"
            );
        }
    }
}

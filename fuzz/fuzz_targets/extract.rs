//! Fuzz drafting claims from article text: never a panic, every draft
//! points inside the text, and the drafts' TOML is a claim file whose
//! confident claims all load and pass the quote checks.
#![no_main]

use claimtrack::extract::{self, Confidence, DocumentFields};
use claimtrack::settings::Settings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let drafts = extract::extract(text, None);
    for d in &drafts {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len(), "{d:?}");
        assert!(
            text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end),
            "{d:?}"
        );
    }
    let toml = extract::to_toml(&drafts, &DocumentFields::default());
    let read = claimtrack::schema::read(0, &toml, &Settings::default());
    let confident = drafts
        .iter()
        .filter(|d| d.confidence == Confidence::High)
        .count();
    assert_eq!(read.claims.len(), confident, "{toml}\n{:?}", read.diagnostics);
    // What extract drafts from a sentence, the quote checks read back
    // from it: the figure and its qualifier.
    for c in &read.claims {
        let findings = claimtrack::evidence::check_claim(c);
        assert!(findings.is_empty(), "{toml}\n{findings:?}");
    }
});

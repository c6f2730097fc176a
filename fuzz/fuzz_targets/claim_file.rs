//! Fuzz loading a claim file: parse, validate, version, reconcile and
//! render every finding; never a panic, and every finding points inside the
//! file.
#![no_main]

use claimtrack::render::{self, Format, Style};
use claimtrack::settings::Settings;
use claimtrack::source_map::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let contents = claimtrack::schema::read(0, text, &Settings::default());
    let mut repo = claimtrack::loader::Repository::default();
    repo.files
        .push(SourceFile::new("fuzz.toml".into(), text.to_string()));
    repo.documents.push(contents.document);
    repo.claims = contents.claims;
    repo.failed_ids = contents.failed_ids;
    repo.sources = contents.sources;
    repo.subjects = contents.subjects;
    let analysis = claimtrack::analyse_loaded(repo, contents.diagnostics);
    for d in &analysis.diagnostics {
        assert!(d.location.span.start <= d.location.span.end, "{d:?}");
        assert!(d.location.span.end <= text.len(), "{d:?}");
    }
    let files = &analysis.repo.files;
    for format in [Format::Table, Format::Json, Format::Github] {
        render::diagnostics::write(
            &analysis.diagnostics,
            files,
            format,
            &Style::default(),
            &mut std::io::sink(),
        )
        .expect("write to a sink");
    }
    let subjects: std::collections::BTreeSet<&str> = analysis
        .repo
        .claims
        .iter()
        .map(|c| c.subject.as_ref())
        .collect();
    for s in subjects {
        let r =
            claimtrack::reconcile::reconcile(&analysis.repo.claims, &analysis.versions, s, None);
        if let Some(c) = r.consensus {
            if let (Some(l), Some(h)) = (c.low, c.high) {
                assert!(l <= h);
            }
        }
    }
});

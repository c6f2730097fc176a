//! Fuzz loading a claim file: parse, validate, version, reconcile, render
//! every finding, and write every view of the claims (list, history, the
//! vintage matrix, report, export) in every format, to a pipe and to a
//! narrow terminal; never a panic, and every finding points inside the
//! file.
#![no_main]

use claimtrack::render::{self, Format, Style, View};
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
    write_views(&analysis);
});

/// Every view of the claims, in every format it takes.
fn write_views(analysis: &claimtrack::Analysis) {
    let (repo, versions) = (&analysis.repo, &analysis.versions);
    let all_series: Vec<usize> = (0..versions.series.len()).collect();
    let list = render::records::ListView {
        repo,
        versions,
        claims: (0..repo.claims.len()).collect(),
    };
    let history = render::history::HistoryView {
        repo,
        versions,
        series: all_series.clone(),
    };
    let matrix = render::vintage::MatrixView {
        repo,
        versions,
        series: all_series,
    };
    let report = render::report::ReportView::new(repo, versions);
    let views: [&dyn View; 4] = [&list, &history, &matrix, &report];
    let styles = [
        Style::default(),
        Style {
            color: true,
            width: Some(40),
        },
    ];
    for view in views {
        for format in [Format::Table, Format::Markdown, Format::Csv, Format::Json] {
            for style in &styles {
                render::write(view, format, style, &mut std::io::sink()).expect("write to a sink");
            }
        }
    }
    render::html::write_report(&report, &mut std::io::sink()).expect("write to a sink");
    let facts = claimtrack::export::Facts::new(analysis);
    claimtrack::export::jsonl(&facts, &mut std::io::sink()).expect("write to a sink");
}

//! Micro-benchmarks of the pipeline on a 10,000-claim corpus, each against
//! the parse floor measured in the same run. `cargo bench`; the whole-command
//! figures at 100k and 1M claims come from `benches/bench.py`.

#![allow(clippy::unwrap_used)] // a benchmark: a failure to set up should stop it

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/floor.rs"]
mod floor;

use std::path::PathBuf;
use std::sync::LazyLock;

use claimtrack::app::{self, Command, Options};
use claimtrack::render::{Format, Style};

struct Corpus {
    _dir: tempfile::TempDir,
    root: PathBuf,
    files: Vec<PathBuf>,
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("claims");
    corpus::generate(&root, 100, 100, 42).unwrap();
    let mut files = Vec::new();
    floor::walk(&root, &mut files);
    Corpus {
        _dir: dir,
        root,
        files,
    }
});

fn main() {
    LazyLock::force(&CORPUS);
    divan::main();
}

#[divan::bench]
fn floor_serial() -> usize {
    floor::parse_all(&CORPUS.files, false)
}

#[divan::bench]
fn floor_parallel() -> usize {
    floor::parse_all(&CORPUS.files, true)
}

#[divan::bench]
fn analyse() -> usize {
    claimtrack::analyse(std::slice::from_ref(&CORPUS.root))
        .unwrap()
        .repo
        .claims
        .len()
}

fn command(command: Command, format: Format) -> i32 {
    let opts = Options {
        paths: vec![CORPUS.root.clone()],
        format,
        deny_warnings: false,
        style: Style::default(),
        err_style: Style::default(),
    };
    app::run(&command, &opts, &mut std::io::sink(), &mut std::io::sink()).unwrap()
}

#[divan::bench]
fn check() -> i32 {
    command(
        Command::Check {
            changed_since: None,
        },
        Format::Json,
    )
}

#[divan::bench]
fn list_json() -> i32 {
    command(
        Command::List {
            subject: None,
            source: None,
            statuses: Vec::new(),
            bases: Vec::new(),
        },
        Format::Json,
    )
}

#[divan::bench]
fn report_json() -> i32 {
    command(
        Command::Report {
            file: None,
            subject: None,
        },
        Format::Json,
    )
}

//! Generate a realistic, deterministic claim corpus for benchmarks.
//!
//! ```sh
//! cargo run --release --example gen-corpus -- --files 1000 --claims-per-file 100 OUT
//! ```
//!
//! Every value form of the contract, revision chains with `supersedes`,
//! several sources per subject, statements, quotes, partial dates, and a
//! registry file declaring every source and subject. The same seed gives the
//! same bytes.

#![allow(clippy::print_stdout, clippy::print_stderr)] // a command-line tool of its own

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::path::PathBuf;

const USAGE: &str = "usage: gen-corpus [--files N] [--claims-per-file N] [--seed N] OUT";

fn main() {
    let mut files = 100u64;
    let mut per_file = 100u64;
    let mut seed = 42u64;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut number = |name: &str| -> u64 {
            args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
                eprintln!("{name} takes a number\n{USAGE}");
                std::process::exit(2)
            })
        };
        match a.as_str() {
            "--files" => files = number("--files"),
            "--claims-per-file" => per_file = number("--claims-per-file"),
            "--seed" => seed = number("--seed"),
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other => out = Some(PathBuf::from(other)),
        }
    }
    let Some(out) = out else {
        eprintln!("{USAGE}");
        std::process::exit(2);
    };
    if let Err(e) = corpus::generate(&out, files, per_file, seed) {
        eprintln!("cannot write the corpus: {e}");
        std::process::exit(1);
    }
    eprintln!(
        "wrote {} claims in {files} files under {}",
        files * per_file,
        out.display()
    );
}

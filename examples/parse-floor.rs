//! The parse floor: read every claim file and `toml::from_str` it into
//! plain serde structs, nothing else. Benchmarks compare claimtrack's
//! commands against it.
//!
//! ```sh
//! cargo run --release --example parse-floor -- [--serial] PATH
//! ```

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

#[allow(dead_code)]
#[derive(Deserialize)]
struct File {
    document: Option<toml::Table>,
    #[serde(default)]
    claim: Vec<Claim>,
    #[serde(default)]
    source: Vec<toml::Table>,
    #[serde(default)]
    subject: Vec<toml::Table>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Claim {
    id: String,
    subject: String,
    source: String,
    #[serde(default)]
    via: Vec<String>,
    value: toml::Value,
    unit: Option<String>,
    stated: Option<toml::Value>,
    as_of: Option<toml::Value>,
    supersedes: Option<String>,
    quote: Option<String>,
    kind: Option<String>,
    reliability: Option<String>,
    note: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    basis: Option<String>,
    status: Option<String>,
    status_reason: Option<String>,
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|x| x == "toml") {
            out.push(path);
        }
    }
}

fn parse(path: &PathBuf) -> usize {
    let text = std::fs::read_to_string(path).expect("read");
    let file: File = toml::from_str(&text).expect("parse");
    file.claim.len()
}

fn main() {
    let mut serial = false;
    let mut root = PathBuf::from("claims");
    for a in std::env::args().skip(1) {
        if a == "--serial" {
            serial = true;
        } else {
            root = PathBuf::from(a);
        }
    }
    let mut files = Vec::new();
    walk(&root, &mut files);
    let claims: usize = if serial {
        files.iter().map(parse).sum()
    } else {
        files.par_iter().map(parse).sum()
    };
    println!("{claims} claims in {} files", files.len());
}

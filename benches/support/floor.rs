//! The parse floor: read every claim file and `toml::from_str` it into
//! plain serde structs, nothing else. Shared by `examples/parse-floor.rs`
//! and the benches, which compare claimtrack against it.

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

/// Claim files under `dir`, in the order claimtrack walks them.
pub fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
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

/// Parse one file; the number of claims in it.
pub fn parse(path: &PathBuf) -> usize {
    let text = std::fs::read_to_string(path).expect("read");
    let file: File = toml::from_str(&text).expect("parse");
    file.claim.len()
}

/// Parse every file, serially or in parallel; the number of claims.
pub fn parse_all(files: &[PathBuf], parallel: bool) -> usize {
    if parallel {
        files.par_iter().map(parse).sum()
    } else {
        files.iter().map(parse).sum()
    }
}

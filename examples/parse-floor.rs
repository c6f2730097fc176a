//! The parse floor: read every claim file and `toml::from_str` it into
//! plain serde structs, nothing else. Benchmarks compare claimtrack's
//! commands against it.
//!
//! ```sh
//! cargo run --release --example parse-floor -- [--serial] PATH
//! ```

#![allow(clippy::print_stdout)] // a command-line tool of its own

#[path = "../benches/support/floor.rs"]
mod floor;

use std::path::PathBuf;

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
    floor::walk(&root, &mut files);
    let claims = floor::parse_all(&files, !serial);
    println!("{claims} claims in {} files", files.len());
}

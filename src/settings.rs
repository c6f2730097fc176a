//! `claimtrack.toml`: settings for a claim folder.

use std::path::Path;

use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic};
use crate::model::{FileId, Location};
use crate::suggest::did_you_mean;

/// The name of the settings file, never read as a claim file.
pub const FILE_NAME: &str = "claimtrack.toml";

const KEYS: &[&str] = &["approx_tolerance"];

/// Settings in force for the claim files under one PATH.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// T: `about x` spans x(1−T)..x(1+T); `nearly x` spans x(1−T)..x.
    pub approx_tolerance: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            approx_tolerance: 0.10,
        }
    }
}

/// The settings files that apply to a PATH: its parent's, then its own
/// (the folder's own wins). For a file PATH, its folder's and that folder's parent's.
pub fn candidates(root: &Path) -> Vec<std::path::PathBuf> {
    let folder = if root.is_dir() {
        root.to_path_buf()
    } else {
        root.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let folder = if folder.as_os_str().is_empty() {
        std::path::PathBuf::from(".")
    } else {
        folder
    };
    let mut out = Vec::new();
    let parent = std::fs::canonicalize(&folder)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf));
    if let Some(parent) = parent {
        let shown = folder.join("..").join(FILE_NAME);
        if parent.join(FILE_NAME).is_file() {
            out.push(shown);
        }
    }
    let own = folder.join(FILE_NAME);
    if own.is_file() {
        out.push(own);
    }
    out
}

/// Apply one settings file on top of `settings`.
pub fn apply(file: FileId, text: &str, settings: &mut Settings, out: &mut Vec<Diagnostic>) {
    let loc = |span| Location { file, span };
    let table = match DeTable::parse(text) {
        Ok(t) => t.into_inner(),
        Err(e) => {
            out.push(Diagnostic::new(
                Code::TomlSyntax,
                loc(e.span().unwrap_or(0..0)),
                e.message().to_string(),
            ));
            return;
        }
    };
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        match name {
            "approx_tolerance" => {
                let t = match value.get_ref() {
                    DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
                    DeValue::Integer(i) => i.as_str().parse::<f64>().ok(),
                    _ => None,
                };
                match t.filter(|t| (0.0..1.0).contains(t)) {
                    Some(t) => settings.approx_tolerance = t,
                    None => out.push(
                        Diagnostic::new(
                            Code::InvalidSetting,
                            loc(value.span()),
                            "`approx_tolerance` must be a number from 0 up to (not including) 1",
                        )
                        .label(match t {
                            Some(_) => "out of range",
                            None => "not a number",
                        })
                        .help("e.g. approx_tolerance = 0.10 reads `about 2,000` as 1,800–2,200"),
                    ),
                }
            }
            _ => {
                let mut d = Diagnostic::new(
                    Code::UnknownSetting,
                    loc(key.span()),
                    format!("unknown setting `{name}`"),
                )
                .label("ignored");
                d = match did_you_mean(name, KEYS.iter().copied()) {
                    Some(s) => d.help(format!("did you mean `{s}`?")),
                    None => d.help(format!("known settings: {}", KEYS.join(", "))),
                };
                out.push(d);
            }
        }
    }
}

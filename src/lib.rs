//! claimtrack: track numeric claims across sources.
//!
//! The pipeline reads top to bottom:
//!
//! 1. **load** ([`loader`]): find `*.toml` under the PATHs, read settings
//!    ([`settings`]) and parse every file in parallel into spanned TOML.
//! 2. **normalise** ([`schema`], [`quantity`], [`date`]): turn each table into
//!    checked records ([`model`]); every value becomes bound/point/low/high.
//! 3. **validate** ([`validate`]): checks across files (duplicate ids,
//!    declarations, `supersedes`, units in a series). Problems are
//!    [`diagnostic::Diagnostic`] values, collected, never early returns.
//! 4. **version** ([`versions`]): series per (subject, source), numbered, with
//!    the revisions between consecutive versions.
//! 5. **reconcile** ([`reconcile`]): latest figure per source, agreement,
//!    consensus and gaps.
//! 6. **render** ([`render`]): tables, markdown, CSV and JSON, written to a
//!    writer the caller gives. The library never prints on its own.
//!
//! [`app`] ties the stages to the commands of the command line.

pub mod app;
pub mod changes;
pub mod chart;
pub mod date;
pub mod diagnostic;
pub mod edit;
pub mod evidence;
pub mod export;
pub mod extract;
pub mod git;
pub mod ids;
pub mod json_schema;
pub mod loader;
pub mod model;
pub mod names;
#[cfg(test)]
mod properties;
pub mod quantity;
pub mod reconcile;
pub mod render;
pub mod schema;
pub mod series_keys;
pub mod settings;
pub mod source_map;
pub mod spelling;
pub mod suggest;
pub mod validate;
pub mod versions;
pub mod vintage;
pub mod wordiff;
pub mod write;

use std::path::PathBuf;

use diagnostic::Diagnostic;
use loader::{LoadError, Repository};
use versions::Versions;

/// The claim repository after every stage up to versioning.
#[derive(Debug)]
pub struct Analysis {
    pub repo: Repository,
    pub versions: Versions,
    /// Every finding, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

/// Load, normalise, validate and version the claims under `paths`.
pub fn analyse(paths: &[PathBuf]) -> Result<Analysis, LoadError> {
    let (repo, diagnostics) = loader::load(paths)?;
    Ok(analyse_loaded(repo, diagnostics))
}

/// The same, for the claims under `paths` at a git revision, within `scope`.
pub fn analyse_at(
    repo: &git::Repo,
    revision: &git::Revision,
    paths: &[PathBuf],
    scope: git::Scope<'_>,
) -> Result<Analysis, git::GitError> {
    let (loaded, diagnostics) = git::load_at(repo, revision, paths, scope)?;
    Ok(analyse_loaded(loaded, diagnostics))
}

/// Validate and version a loaded repository (the two run in parallel).
pub fn analyse_loaded(repo: Repository, mut diagnostics: Vec<Diagnostic>) -> Analysis {
    let ((ids, repeats), keys) = rayon::join(
        || ids::IdIndex::new(&repo),
        || series_keys::SeriesKeys::new(&repo.claims),
    );
    let superseded = ids::Superseded::new(&repo.claims, &ids);
    drop(ids);
    let (checked, (versions, found)) = rayon::join(
        || validate::validate(&repo, &superseded, &repeats, &keys),
        || versions::build(&repo.claims, &superseded, &keys),
    );
    drop((superseded, keys));
    diagnostics.extend(checked);
    diagnostics.extend(found);
    diagnostic::sort(&mut diagnostics);
    Analysis {
        repo,
        versions,
        diagnostics,
    }
}

//! `export --format sqlite`: tables `documents`, `claims`, `revisions`,
//! `reconciliations` and `conflicts`, written in one transaction to a
//! temporary file that then replaces the target, so a reader never sees a
//! half-written database.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};

use super::Facts;

/// Why the database was not written.
#[derive(Debug)]
pub enum ExportError {
    /// The target exists and is not an SQLite database: it is left alone.
    NotADatabase(PathBuf),
    Io(PathBuf, std::io::Error),
    Sqlite(PathBuf, rusqlite::Error),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::NotADatabase(p) => write!(
                f,
                "{} exists and is not an SQLite database; nothing was written",
                p.display()
            ),
            ExportError::Io(p, e) => write!(f, "cannot write {}: {e}", p.display()),
            ExportError::Sqlite(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

impl std::error::Error for ExportError {}

const SCHEMA: &str = "
CREATE TABLE documents (
    file TEXT PRIMARY KEY,
    title TEXT, publisher TEXT, authors TEXT, url TEXT,
    published TEXT, updated TEXT
);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL, source TEXT NOT NULL, via TEXT NOT NULL,
    value TEXT NOT NULL, kind TEXT NOT NULL, bound TEXT NOT NULL,
    point REAL, low REAL, high REAL,
    low_inclusive INTEGER, high_inclusive INTEGER,
    unit TEXT, stated TEXT, as_of TEXT,
    version INTEGER NOT NULL, supersedes TEXT,
    file TEXT NOT NULL REFERENCES documents(file), line INTEGER NOT NULL,
    quote TEXT, basis TEXT NOT NULL, status TEXT NOT NULL, status_reason TEXT,
    reliability TEXT, note TEXT, tags TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE TABLE revisions (
    from_id TEXT NOT NULL REFERENCES claims(id),
    to_id TEXT PRIMARY KEY REFERENCES claims(id),
    subject TEXT NOT NULL, source TEXT NOT NULL,
    from_version INTEGER NOT NULL, to_version INTEGER NOT NULL,
    kind TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL,
    point_change REAL, ratio REAL, percent REAL,
    bound_from TEXT, bound_to TEXT, days INTEGER
);
CREATE TABLE reconciliations (
    subject TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    origins INTEGER NOT NULL, reports INTEGER NOT NULL,
    consensus_low REAL, consensus_high REAL,
    conflicts INTEGER NOT NULL, forecasts INTEGER NOT NULL,
    only_forecasts INTEGER NOT NULL
);
CREATE TABLE conflicts (
    subject TEXT NOT NULL REFERENCES reconciliations(subject),
    a_id TEXT NOT NULL REFERENCES claims(id),
    b_id TEXT NOT NULL REFERENCES claims(id),
    gap REAL, diff TEXT
);
CREATE INDEX claims_subject ON claims(subject, source, version);
";

/// Whether the file at `path` may be replaced: absent, empty, or SQLite.
fn replaceable(path: &Path) -> Result<bool, std::io::Error> {
    use std::io::Read;
    let mut file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(e),
    };
    let mut head = Vec::with_capacity(16);
    file.by_ref().take(16).read_to_end(&mut head)?;
    Ok(head.is_empty() || head == b"SQLite format 3\0")
}

/// Write the database to `path`, replacing an older export.
pub fn write(facts: &Facts, path: &Path) -> Result<(), ExportError> {
    let io = |e| ExportError::Io(path.to_path_buf(), e);
    if !replaceable(path).map_err(io)? {
        return Err(ExportError::NotADatabase(path.to_path_buf()));
    }
    let temp = crate::write::temp_path(path);
    let _ = fs::remove_file(&temp);
    let result = fill(facts, &temp)
        .map_err(|e| ExportError::Sqlite(path.to_path_buf(), e))
        .and_then(|()| fs::rename(&temp, path).map_err(io));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn json_list<S: serde::Serialize>(items: &[S]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}

fn fill(facts: &Facts, path: &Path) -> rusqlite::Result<()> {
    let a = facts.analysis;
    let (repo, versions) = (&a.repo, &a.versions);
    let claims = &repo.claims;
    let mut db = Connection::open(path)?;
    let tx = db.transaction()?;
    tx.execute_batch(SCHEMA)?;
    {
        let mut files: Vec<usize> = claims.iter().map(|c| c.file).collect();
        files.extend(
            repo.documents
                .iter()
                .enumerate()
                .filter(|(_, d)| d.is_some())
                .map(|(k, _)| k),
        );
        files.sort_unstable();
        files.dedup();
        let mut insert = tx.prepare(
            "INSERT INTO documents (file, title, publisher, authors, url, published, updated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for k in files {
            let d = repo.documents.get(k).and_then(Option::as_ref);
            insert.execute(params![
                repo.files[k].path,
                d.and_then(|d| d.title.as_deref()),
                d.and_then(|d| d.publisher.as_deref()),
                json_list(d.map_or(&[][..], |d| &d.authors)),
                d.and_then(|d| d.url.as_deref()),
                d.and_then(|d| d.published.as_ref().map(ToString::to_string)),
                d.and_then(|d| d.updated.as_ref().map(ToString::to_string)),
            ])?;
        }
    }
    {
        let mut insert = tx.prepare(
            "INSERT INTO claims VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
             ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
        )?;
        for &i in &facts.order {
            let c = &claims[i];
            let q = &c.quantity;
            insert.execute(params![
                c.id.as_str(),
                c.subject.as_ref(),
                c.source.as_str(),
                json_list(&c.via),
                c.value.as_str(),
                c.kind.as_str(),
                q.bound.as_str(),
                q.point(),
                q.low(),
                q.high(),
                q.low_inclusive(),
                q.high_inclusive(),
                c.unit.as_deref(),
                c.stated.as_ref().map(ToString::to_string),
                c.as_of().map(ToString::to_string),
                versions.version[i] as i64,
                c.supersedes.as_deref(),
                repo.files[c.file].path,
                i64::from(c.line),
                c.quote,
                c.basis.as_str(),
                c.status.as_str(),
                c.status_reason(),
                c.reliability(),
                c.note(),
                json_list(c.tags()),
                facts.role[i].as_str(),
            ])?;
        }
    }
    {
        let mut insert = tx.prepare(
            "INSERT INTO revisions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        // In export order: each series' revisions in turn.
        for r in versions
            .series
            .iter()
            .flat_map(|s| crate::versions::revisions(claims, s))
        {
            let (old, new) = (&claims[r.old], &claims[r.new]);
            insert.execute(params![
                old.id.as_str(),
                new.id.as_str(),
                new.subject.as_ref(),
                new.source.as_str(),
                versions.version[r.old] as i64,
                versions.version[r.new] as i64,
                r.kind.as_str(),
                old.value.as_str(),
                new.value.as_str(),
                r.point_change,
                r.ratio,
                r.percent(),
                r.bound_change.map(|(x, _)| x.as_str()),
                r.bound_change.map(|(_, y)| y.as_str()),
                r.days,
            ])?;
        }
    }
    {
        let mut insert =
            tx.prepare("INSERT INTO reconciliations VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
        let mut conflict = tx.prepare("INSERT INTO conflicts VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for r in &facts.reconciliations {
            insert.execute(params![
                r.subject,
                r.status.as_str(),
                r.origins() as i64,
                r.reports() as i64,
                r.consensus.and_then(|c| c.low),
                r.consensus.and_then(|c| c.high),
                r.conflicts.len() as i64,
                r.forecasts.len() as i64,
                r.only_forecasts,
            ])?;
            for k in &r.conflicts {
                conflict.execute(params![
                    r.subject,
                    claims[k.a].id.as_str(),
                    claims[k.b].id.as_str(),
                    k.gap,
                    k.words.as_ref().map(|w| crate::wordiff::plain(w)),
                ])?;
            }
        }
    }
    tx.commit()?;
    db.close().map_err(|(_, e)| e)
}

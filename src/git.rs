//! Reading claim folders straight from git revisions, through the git
//! command line: no checkout is made and nothing is left behind.

use std::fmt;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

use crate::diagnostic::Diagnostic;
use crate::loader::{self, Content, Input, Repository};
use crate::settings::{self, Settings};

/// Why a revision could not be read (the command exits 2).
#[derive(Debug)]
pub enum GitError {
    /// git itself could not be started.
    NoGit(std::io::Error),
    /// The PATH is not inside a git work tree.
    NotARepository(String),
    /// The revision does not name a commit.
    UnknownRevision(String),
    /// The claim folder does not exist at that revision.
    MissingAt { path: String, revision: String },
    /// Any other failure of a git command, with what it printed.
    Failed(String),
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GitError::NoGit(e) => write!(f, "cannot run git: {e}"),
            GitError::NotARepository(p) => write!(f, "{p} is not inside a git repository"),
            GitError::UnknownRevision(r) => write!(f, "unknown revision `{r}`"),
            GitError::MissingAt { path, revision } => {
                write!(f, "{path} does not exist at revision `{revision}`")
            }
            GitError::Failed(m) => write!(f, "git failed: {m}"),
        }
    }
}

impl std::error::Error for GitError {}

/// A git work tree.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The top of the work tree, canonical.
    pub top: PathBuf,
}

fn git_in(dir: &Path, args: &[&str]) -> Result<std::process::Output, GitError> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(GitError::NoGit)
}

/// An absolute path with `.` and `..` resolved, without touching the disk
/// beyond the longest prefix that exists (which is canonicalised).
fn absolute(path: &Path) -> PathBuf {
    let joined = std::env::current_dir().unwrap_or_default().join(path);
    let mut existing = joined.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = std::fs::canonicalize(&existing).unwrap_or(existing);
    for name in rest.into_iter().rev() {
        for c in Path::new(&name).components() {
            match c {
                Component::ParentDir => {
                    out.pop();
                }
                Component::CurDir => {}
                other => out.push(other),
            }
        }
    }
    out
}

/// Open the work tree that holds `path`.
pub fn open(path: &Path) -> Result<Repo, GitError> {
    let abs = absolute(path);
    let mut dir = abs.as_path();
    while !dir.is_dir() {
        dir = dir.parent().unwrap_or(Path::new("/"));
    }
    let out = git_in(dir, &["rev-parse", "--show-toplevel"])?;
    if !out.status.success() {
        return Err(GitError::NotARepository(loader::display(path)));
    }
    let top = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok(Repo {
        top: std::fs::canonicalize(&top).unwrap_or_else(|_| PathBuf::from(top)),
    })
}

impl Repo {
    fn git(&self, args: &[&str]) -> Result<Vec<u8>, GitError> {
        let out = git_in(&self.top, args)?;
        if out.status.success() {
            Ok(out.stdout)
        } else {
            Err(GitError::Failed(format!(
                "git {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            )))
        }
    }

    /// The commit a revision names.
    pub fn resolve(&self, revision: &str) -> Result<String, GitError> {
        let spec = format!("{revision}^{{commit}}");
        let out = git_in(
            &self.top,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                &spec,
            ],
        )?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
        } else {
            Err(GitError::UnknownRevision(revision.to_string()))
        }
    }

    /// Look up the commit a revision names, once: see [`Revision`].
    pub fn revision(&self, name: &str) -> Result<Revision, GitError> {
        Ok(Revision {
            name: name.to_string(),
            commit: self.resolve(name)?,
        })
    }

    /// `path` relative to the top of the work tree, `/`-separated ("" for the top).
    pub fn relative(&self, path: &Path) -> Result<String, GitError> {
        let abs = absolute(path);
        let rel = abs
            .strip_prefix(&self.top)
            .map_err(|_| GitError::NotARepository(loader::display(path)))?;
        Ok(loader::display(rel))
    }

    /// Whether `rel` is a folder ("tree"), a file ("blob") or absent at `commit`.
    fn kind_at(&self, commit: &str, rel: &str) -> Result<Option<String>, GitError> {
        let spec = format!("{commit}:{rel}");
        let out = git_in(&self.top, &["cat-file", "-t", &spec])?;
        Ok(out
            .status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string()))
    }

    /// Files under `rel` at `commit`, top-relative, with their sizes in
    /// bytes (0 where git gives none, as for a submodule).
    fn list(&self, commit: &str, rel: &str) -> Result<Vec<(String, u64)>, GitError> {
        let mut args = vec!["ls-tree", "-r", "-z", "-l", "--full-tree", commit];
        if !rel.is_empty() {
            args.extend(["--", rel]);
        }
        let out = self.git(&args)?;
        // `<mode> <type> <object> <size>\t<path>`, the size padded.
        Ok(out
            .split(|b| *b == 0)
            .filter_map(|entry| {
                let tab = entry.iter().position(|b| *b == b'\t')?;
                let (meta, path) = (&entry[..tab], &entry[tab + 1..]);
                let size = String::from_utf8_lossy(meta)
                    .split_whitespace()
                    .last()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                Some((String::from_utf8_lossy(path).into_owned(), size))
            })
            .collect())
    }

    /// The contents of files at `commit`, handed over one by one as `git
    /// cat-file --batch` writes them, in the order of `paths`.
    fn stream(&self, commit: &str, paths: &[String]) -> Result<BlobStream, GitError> {
        let mut child = Command::new("git")
            .arg("-C")
            .arg(&self.top)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(GitError::NoGit)?;
        let mut input = String::new();
        for p in paths {
            input.push_str(&format!("{commit}:{p}\n"));
        }
        let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(GitError::Failed("cannot talk to git cat-file".into()));
        };
        // Write from another thread so a large batch cannot dead-lock on full pipes.
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        Ok(BlobStream {
            child,
            writer: Some(writer),
            out: BufReader::new(stdout),
            paths: paths.to_vec(),
            next: 0,
            failure: None,
        })
    }

    /// The contents of files at `commit`, in one `git cat-file --batch`.
    pub fn read(&self, commit: &str, paths: &[String]) -> Result<Vec<Vec<u8>>, GitError> {
        if paths.is_empty() {
            return Ok(Vec::new());
        }
        let mut stream = self.stream(commit, paths)?;
        paths.iter().map(|_| stream.read_next()).collect()
    }

    /// Top-relative paths under `rel` that differ between `commit` and the
    /// work tree, untracked files included.
    pub fn changed_since(&self, commit: &str, rel: &str) -> Result<Vec<String>, GitError> {
        let scope = if rel.is_empty() { "." } else { rel };
        let mut files: Vec<String> = Vec::new();
        for args in [
            vec![
                "diff",
                "--name-only",
                "-z",
                "--no-renames",
                commit,
                "--",
                scope,
            ],
            vec![
                "ls-files",
                "--others",
                "--exclude-standard",
                "-z",
                "--full-name",
                "--",
                scope,
            ],
        ] {
            let out = self.git(&args)?;
            files.extend(
                out.split(|b| *b == 0)
                    .filter(|p| !p.is_empty())
                    .map(|p| String::from_utf8_lossy(p).into_owned()),
            );
        }
        files.sort();
        files.dedup();
        Ok(files)
    }
}

/// Whether a top-relative file is a claim file: `*.toml`, not hidden, not settings.
fn is_claim_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    path.ends_with(".toml")
        && name != settings::FILE_NAME
        && !path.split('/').any(|c| c.starts_with('.'))
}

/// Blobs read from one `git cat-file --batch` as it writes them: each is
/// a header `<object> blob <size>`, the bytes and a newline. The first
/// failure is kept, so that a caller can fail as a whole; git is stopped
/// when the stream is dropped.
struct BlobStream {
    child: std::process::Child,
    writer: Option<std::thread::JoinHandle<std::io::Result<()>>>,
    out: BufReader<std::process::ChildStdout>,
    paths: Vec<String>,
    next: usize,
    failure: Option<GitError>,
}

impl BlobStream {
    fn read_next(&mut self) -> Result<Vec<u8>, GitError> {
        let p = self
            .paths
            .get(self.next)
            .ok_or_else(|| GitError::Failed("more files read than asked for".into()))?;
        self.next += 1;
        let short = || GitError::Failed(format!("short output reading {p}"));
        let mut header = Vec::new();
        match self.out.read_until(b'\n', &mut header) {
            Ok(n) if n > 0 && header.ends_with(b"\n") => {}
            _ => return Err(short()),
        }
        let header = String::from_utf8_lossy(&header[..header.len() - 1]).into_owned();
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .filter(|_| header.contains(" blob "))
            .ok_or_else(|| GitError::Failed(format!("cannot read {p}: {header}")))?;
        let mut bytes = vec![0; size];
        let mut newline = [0; 1];
        self.out
            .read_exact(&mut bytes)
            .and_then(|()| self.out.read_exact(&mut newline))
            .map_err(|_| short())?;
        Ok(bytes)
    }
}

impl loader::Feed for BlobStream {
    fn next_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        if self.failure.is_some() {
            return Err(std::io::Error::other("git stopped"));
        }
        self.read_next().map_err(|e| {
            let message = e.to_string();
            self.failure = Some(e);
            std::io::Error::other(message)
        })
    }
}

impl Drop for BlobStream {
    fn drop(&mut self) {
        // Done, or failed midway: either way git has nothing more to say.
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }
}

/// A revision as it was named, and the commit it named when it was first
/// looked up: read twice, it gives the same files, wherever a branch moves
/// in between.
#[derive(Debug, Clone)]
pub struct Revision {
    pub name: String,
    commit: String,
}

/// Which of a revision's claim files [`load_at`] reads, and whether it
/// keeps their texts.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    /// Whether a claim file is read, by its shown path (settings files
    /// always are).
    pub files: &'a dyn Fn(&str) -> bool,
    /// Whether the texts are held after parsing, to show the lines of
    /// findings in them. Without them findings can be compared, and shown
    /// by file alone; the claims' own lines are known either way.
    pub texts: bool,
}

impl Scope<'_> {
    /// Every claim file, with or without its text.
    pub fn every_file(texts: bool) -> Scope<'static> {
        Scope {
            files: &|_| true,
            texts,
        }
    }
}

/// Load the claim files under `paths` as they were at `revision`, as
/// [`loader::load`] does from the disk, within `scope`. File paths are shown
/// as they would be in the work tree, so both sides of a comparison name
/// files alike.
pub fn load_at(
    repo: &Repo,
    revision: &Revision,
    paths: &[PathBuf],
    scope: Scope<'_>,
) -> Result<(Repository, Vec<Diagnostic>), GitError> {
    let (commit, revision) = (&revision.commit, &revision.name);
    let mut out = Repository::default();
    let mut diagnostics = Vec::new();
    let mut root_settings = Vec::new();
    let mut inputs = Vec::new();
    // Each input's path at the commit, top-relative.
    let mut at_commit: Vec<String> = Vec::new();
    for (root, path) in paths.iter().enumerate() {
        let shown_root = loader::display(path);
        let rel = repo.relative(path)?;
        let kind = repo
            .kind_at(commit, &rel)?
            .ok_or_else(|| GitError::MissingAt {
                path: shown_root.clone(),
                revision: revision.to_string(),
            })?;
        let is_dir = kind == "tree";
        let folder = if is_dir {
            rel.clone()
        } else {
            rel.rsplit_once('/')
                .map(|(d, _)| d.to_string())
                .unwrap_or_default()
        };
        // Settings: the parent's, then the folder's own (shown as on disk).
        let mut s = Settings::default();
        let shown_folder = if is_dir {
            path.clone()
        } else {
            match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            }
        };
        let mut candidates = Vec::new();
        if !folder.is_empty() {
            let parent = folder
                .rsplit_once('/')
                .map(|(d, _)| d.to_string())
                .unwrap_or_default();
            candidates.push((
                join(&parent, settings::FILE_NAME),
                shown_folder.join("..").join(settings::FILE_NAME),
            ));
        }
        candidates.push((
            join(&folder, settings::FILE_NAME),
            shown_folder.join(settings::FILE_NAME),
        ));
        for (at, shown) in candidates {
            if repo.kind_at(commit, &at)?.as_deref() == Some("blob") {
                let text = repo
                    .read(commit, std::slice::from_ref(&at))?
                    .pop()
                    .unwrap_or_default();
                loader::add_settings(
                    &mut out,
                    &mut diagnostics,
                    loader::display(&shown),
                    String::from_utf8_lossy(&text).into_owned(),
                    &mut s,
                );
            }
        }
        root_settings.push(s);

        let mut files: Vec<(String, u64)> = if is_dir {
            repo.list(commit, &rel)?
                .into_iter()
                .filter(|(f, _)| is_claim_file(f))
                .collect()
        } else {
            let size = repo
                .list(commit, &rel)?
                .into_iter()
                .find(|(f, _)| *f == rel)
                .map_or(0, |(_, size)| size);
            vec![(rel.clone(), size)]
        };
        // The order of the disk walk: component by component.
        files.sort_by(|(a, _), (b, _)| a.split('/').cmp(b.split('/')));
        for (file, size) in files {
            let shown = if !is_dir {
                shown_root.clone()
            } else {
                let rest = if rel.is_empty() {
                    &file[..]
                } else {
                    file[rel.len()..].trim_start_matches('/')
                };
                loader::display(&path.join(rest))
            };
            if (scope.files)(&shown) {
                inputs.push(Input {
                    shown,
                    content: Content::Fed(size),
                    root,
                    keep_text: scope.texts,
                });
                at_commit.push(file);
            }
        }
    }
    // The blobs are read as the files are parsed, in the order they are
    // parsed, so they are never all held at once.
    let order: Vec<String> = loader::read_order(&inputs)
        .into_iter()
        .map(|i| std::mem::take(&mut at_commit[i]))
        .collect();
    let mut stream = match order.is_empty() {
        true => None,
        false => Some(repo.stream(commit, &order)?),
    };
    loader::assemble(
        &mut out,
        &mut diagnostics,
        &root_settings,
        inputs,
        stream.as_mut().map(|s| s as &mut dyn loader::Feed),
    );
    if let Some(failure) = stream.and_then(|mut s| s.failure.take()) {
        return Err(failure);
    }
    Ok((out, diagnostics))
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{}/{name}", dir.trim_end_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_files_are_toml_not_hidden_not_settings() {
        assert!(is_claim_file("claims/a.toml"));
        assert!(is_claim_file("claims/sub/b.toml"));
        assert!(!is_claim_file("claims/.hidden/b.toml"));
        assert!(!is_claim_file("claims/.b.toml"));
        assert!(!is_claim_file("claims/claimtrack.toml"));
        assert!(!is_claim_file("claims/readme.md"));
    }

    #[test]
    fn top_relative_joins() {
        assert_eq!(join("claims", "a.toml"), "claims/a.toml");
        assert_eq!(join("claims/", "a.toml"), "claims/a.toml");
        assert_eq!(join("", "a.toml"), "a.toml");
    }
}

//! Writing files safely: a temporary file in the same folder, synced, then
//! renamed over the original, and only if the original is still as it was
//! (a claim file: holds what was read; an output: has the same length and
//! modification time). On any error the original is left byte for byte as
//! it was.

use std::fmt;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Why a file was not written.
#[derive(Debug)]
pub enum WriteError {
    /// The file changed (or appeared, or vanished) since it was read.
    Changed(PathBuf),
    /// Reading, writing or renaming failed.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Changed(p) => write!(
                f,
                "{} changed since it was read; nothing was written (run the command again)",
                p.display()
            ),
            WriteError::Io(p, e) => write!(
                f,
                "cannot write {}: {e}; the file was left as it was",
                p.display()
            ),
        }
    }
}

impl std::error::Error for WriteError {}

/// A temporary file beside `path` (same folder, so a rename replaces it
/// atomically), hidden and named after the process.
pub fn temp_path(path: &Path) -> PathBuf {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    folder.join(format!(".{name}.claimtrack-{}.tmp", std::process::id()))
}

/// Replace `path` with `new`, provided it still holds `expected` (`None`:
/// provided it does not exist yet).
pub fn replace(path: &Path, expected: Option<&[u8]>, new: &[u8]) -> Result<(), WriteError> {
    through_temp(
        path,
        |w| w.write_all(new),
        || {
            let now = match fs::read(path) {
                Ok(bytes) => Some(bytes),
                Err(e) if e.kind() == io::ErrorKind::NotFound => None,
                Err(e) => return Err(e),
            };
            Ok(now.as_deref() == expected)
        },
    )
}

/// Replace `path` (an output: a report, an export, a chart) with what
/// `fill` writes, streamed through a buffer into the temporary file, so a
/// large output is never held whole in memory. It is not replaced if it
/// changed (or appeared, or vanished) while the output was written, as far
/// as its length and modification time tell: an output file is not read
/// back, however large.
pub fn replace_streamed(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), WriteError> {
    let before = stamp(path).map_err(|e| WriteError::Io(path.to_path_buf(), e))?;
    through_temp(path, fill, || Ok(stamp(path)? == before))
}

/// A file's length and modification time, `None` when it does not exist.
type Stamp = Option<(u64, Option<SystemTime>)>;

fn stamp(path: &Path) -> io::Result<Stamp> {
    match fs::metadata(path) {
        Ok(meta) => Ok(Some((meta.len(), meta.modified().ok()))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Write a temporary file beside `path` with `fill`, sync it, give it
/// `path`'s permissions, and rename it over `path` if `unchanged` says
/// `path` is still as it was. On any error the temporary file is removed
/// and `path` left as it was.
fn through_temp(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    unchanged: impl FnOnce() -> io::Result<bool>,
) -> Result<(), WriteError> {
    let io = |e| WriteError::Io(path.to_path_buf(), e);
    let temp = temp_path(path);
    let result = (|| {
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(io)?;
        let mut writer = BufWriter::with_capacity(1 << 16, file);
        fill(&mut writer).map_err(io)?;
        let file = writer.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&temp, meta.permissions()).map_err(io)?;
        }
        // The last moment before the rename: is the file still as it was?
        if !unchanged().map_err(io)? {
            return Err(WriteError::Changed(path.to_path_buf()));
        }
        fs::rename(&temp, path).map_err(io)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::write(&p, "old\n").unwrap();
        replace(&p, Some(b"old\n"), b"new\n").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"new\n");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::write(&p, "someone else's edit\n").unwrap();
        let e = replace(&p, Some(b"what we read\n"), b"new\n").unwrap_err();
        assert!(matches!(e, WriteError::Changed(_)));
        assert_eq!(fs::read(&p).unwrap(), b"someone else's edit\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        // A file expected not to exist must not exist.
        assert!(matches!(
            replace(&p, None, b"x").unwrap_err(),
            WriteError::Changed(_)
        ));
    }

    #[test]
    fn a_streamed_output_replaces_the_file_and_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("report.html");
        replace_streamed(&p, |w| w.write_all(b"first")).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"first");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&p, fs::Permissions::from_mode(0o600)).unwrap();
        }
        // Many small writes, as a renderer makes them.
        replace_streamed(&p, |w| (0..10_000).try_for_each(|i| write!(w, "{i},"))).unwrap();
        let text = fs::read_to_string(&p).unwrap();
        assert!(text.starts_with("0,1,2,") && text.ends_with(",9999,"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_stream_leaves_the_original_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("report.json");
        fs::write(&p, "old").unwrap();
        let e = replace_streamed(&p, |w| {
            w.write_all(b"half a report")?;
            Err(std::io::Error::other("rendering failed"))
        })
        .unwrap_err();
        assert!(e.to_string().contains("rendering failed"), "{e}");
        assert_eq!(fs::read(&p).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_output_changed_while_it_was_written_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("report.csv");
        fs::write(&p, "old").unwrap();
        let e = replace_streamed(&p, |w| {
            fs::write(&p, "someone else's, longer").unwrap();
            w.write_all(b"new")
        })
        .unwrap_err();
        assert!(matches!(e, WriteError::Changed(_)));
        assert_eq!(fs::read(&p).unwrap(), b"someone else's, longer");
        // One that appears meanwhile is left alone too.
        let q = dir.path().join("new.csv");
        let e = replace_streamed(&q, |w| {
            fs::write(&q, "theirs").unwrap();
            w.write_all(b"ours")
        })
        .unwrap_err();
        assert!(matches!(e, WriteError::Changed(_)));
        assert_eq!(fs::read(&q).unwrap(), b"theirs");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_failed_rename_leaves_the_original_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        fs::create_dir(&p).unwrap();
        fs::write(p.join("inside"), "kept").unwrap();
        assert!(replace(&p, None, b"x").is_err());
        assert_eq!(fs::read(p.join("inside")).unwrap(), b"kept");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}

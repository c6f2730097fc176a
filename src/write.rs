//! Writing claim files safely: a temporary file in the same folder, synced,
//! then renamed over the original, and only if the original still holds what
//! was read. On any error the original is left byte for byte as it was.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

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
    let io = |e| WriteError::Io(path.to_path_buf(), e);
    let temp = temp_path(path);
    let result = (|| {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(io)?;
        file.write_all(new).map_err(io)?;
        file.sync_all().map_err(io)?;
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&temp, meta.permissions()).map_err(io)?;
        }
        // The last moment before the rename: is the file still what we read?
        let now = match fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(e)),
        };
        if now.as_deref() != expected {
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

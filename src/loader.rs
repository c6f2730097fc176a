//! Finding and reading claim files: a sorted walk of the PATHs (hidden
//! entries skipped), settings per PATH, and files parsed in parallel.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, mpsc};

use rustc_hash::FxHashMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::evidence;
use crate::model::{Claim, Document, IdEntry, Location, SourceDecl, SubjectDecl};
use crate::names::Names;
use crate::schema;
use crate::settings::{self, Settings};
use crate::source_map::{self, SourceFile};

/// A problem that stops a command before any file is checked (exit 2).
#[derive(Debug)]
pub enum LoadError {
    /// A PATH argument does not exist.
    NotFound(String),
    /// A PATH argument exists but could not be read.
    Unreadable(String, std::io::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "no such file or folder: {p}"),
            LoadError::Unreadable(p, e) => write!(f, "cannot read {p}: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Everything read from the claim folders.
#[derive(Debug, Default)]
pub struct Repository {
    /// Every file read, settings files included; [`crate::model::FileId`] indexes it.
    pub files: Vec<SourceFile>,
    /// The `[document]` of each file, by file id.
    pub documents: Vec<Option<Document>>,
    /// Claims in walk order, then file order.
    pub claims: Vec<Claim>,
    /// How many claim files were read (settings files and skipped links aside).
    pub claim_files: usize,
    /// The ids of claims that failed to load, for checks across files.
    pub failed_ids: Vec<IdEntry>,
    pub sources: Vec<SourceDecl>,
    pub subjects: Vec<SubjectDecl>,
}

/// Where the bytes of a claim file come from.
#[derive(Debug)]
pub enum Content {
    /// Read from disk when the file is parsed.
    Disk(PathBuf),
    /// Already read (an edit not yet written, say).
    Bytes(Vec<u8>),
    /// Handed over by the [`Feed`] given to [`assemble`], in the order
    /// [`read_order`] gives (a git revision's blobs); its size in bytes.
    Fed(u64),
}

/// Bytes of files handed over one after another, in the order they were
/// asked for (`git cat-file --batch` writing blobs).
pub trait Feed: Send {
    fn next_bytes(&mut self) -> std::io::Result<Vec<u8>>;
}

/// A claim file to parse.
#[derive(Debug)]
pub struct Input {
    /// The path as shown to users.
    pub shown: String,
    pub content: Content,
    /// Index of the PATH it was found under, whose settings apply.
    pub root: usize,
    /// Whether a text not read from disk is held after parsing, to show
    /// the lines of findings in it (a file on disk is read again instead).
    /// Without it, findings in the file can be compared, and shown by file
    /// alone; its claims' own lines are known either way.
    pub keep_text: bool,
}

impl Input {
    /// An input read from disk when it is parsed.
    pub fn on_disk(shown: String, path: PathBuf, root: usize) -> Input {
        Input {
            shown,
            content: Content::Disk(path),
            root,
            keep_text: true,
        }
    }

    /// The size of its content in bytes (0 when it cannot be found out).
    fn len(&self) -> u64 {
        match &self.content {
            Content::Disk(path) => std::fs::metadata(path).map_or(0, |m| m.len()),
            Content::Bytes(b) => b.len() as u64,
            Content::Fed(len) => *len,
        }
    }
}

/// The order files are read in: big files first (see [`assemble`]), then
/// the others in walk order. A [`Feed`] hands its files over in this order.
pub fn read_order(inputs: &[Input]) -> Vec<usize> {
    let (mut queue, rest): (Vec<usize>, Vec<usize>) =
        (0..inputs.len()).partition(|&i| inputs[i].len() >= BIG_FILE);
    queue.extend(rest);
    queue
}

/// Read a settings file's text into `settings`, keeping it for locations.
pub fn add_settings(
    repo: &mut Repository,
    diagnostics: &mut Vec<Diagnostic>,
    shown: String,
    text: String,
    settings: &mut Settings,
) {
    let file = repo.files.len();
    settings::apply(file, &text, settings, diagnostics);
    repo.files.push(SourceFile::new(shown, text));
    repo.documents.push(None);
}

/// Parse every input in parallel and add it to `repo`, in input order.
///
/// The pool's threads take files from a queue in walk order and send each
/// file read back; this thread puts them into the repository in walk order
/// as they arrive. Only the files read ahead of the next one in order are
/// held apart from the repository, and no thread waits at the end of a batch.
pub fn assemble(
    repo: &mut Repository,
    diagnostics: &mut Vec<Diagnostic>,
    root_settings: &[Settings],
    mut inputs: Vec<Input>,
    feed: Option<&mut dyn Feed>,
) {
    let default = Settings::default();
    let settings_of = |f: &Input| root_settings.get(f.root).unwrap_or(&default);
    // While a file is parsed its TOML tree takes ~25 times its size. Big
    // files (a registry of every source, say) are read first, before the
    // claims of the others are held, so that peak does not sit on theirs.
    let queue = read_order(&inputs);
    // Which file is read next, and the bytes to hand over: those already
    // read move into the file that holds them instead of being copied,
    // and the feed's are read by the thread that parses them, when it
    // takes the file (so a feed's bytes are never all held at once).
    let next = Mutex::new(Next {
        at: 0,
        held: inputs
            .iter_mut()
            .map(|f| match &mut f.content {
                Content::Bytes(b) => Some(std::mem::take(b)),
                Content::Disk(_) | Content::Fed(_) => None,
            })
            .collect(),
        feed,
    });
    // The next file in `queue` and its bytes (`None`: read it from disk).
    let take = || -> Option<(usize, Option<std::io::Result<Vec<u8>>>)> {
        let mut next = next
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let i = *queue.get(next.at)?;
        next.at += 1;
        let bytes = match inputs[i].content {
            Content::Disk(_) => None,
            Content::Bytes(_) => Some(Ok(next.held[i].take().unwrap_or_default())),
            Content::Fed(_) => Some(match next.feed.as_deref_mut() {
                Some(feed) => feed.next_bytes(),
                None => Err(std::io::Error::other("no feed to read it from")),
            }),
        };
        Some((i, bytes))
    };
    let first_id = repo.files.len();
    repo.files.reserve(inputs.len());
    repo.claim_files += inputs.len();
    // Files read ahead of `wanted`, the next in walk order.
    let mut ahead: FxHashMap<usize, (SourceFile, schema::FileContents)> = FxHashMap::default();
    let mut wanted = 0;
    let mut place = |i: usize, read: (SourceFile, schema::FileContents)| {
        ahead.insert(i, read);
        while let Some((src, contents)) = ahead.remove(&wanted) {
            repo.files.push(src);
            repo.documents.push(contents.document);
            repo.claims.extend(contents.claims);
            repo.failed_ids.extend(contents.failed_ids);
            repo.sources.extend(contents.sources);
            repo.subjects.extend(contents.subjects);
            diagnostics.extend(contents.diagnostics);
            wanted += 1;
        }
    };
    // One string per subject: the claims of a subject, spread over many
    // files, share it (and so do the series `versions` makes of them).
    let names = Names::default();
    let read = |i: usize, bytes| {
        let f = &inputs[i];
        read_one(first_id + i, f, bytes, settings_of(f), &names)
    };
    // On one thread, or on a thread of the pool (which must not block
    // waiting for work queued behind it), the files are read right here.
    if rayon::current_num_threads() < 2 || rayon::current_thread_index().is_some() {
        while let Some((i, bytes)) = take() {
            place(i, read(i, bytes));
        }
        return;
    }
    let (send, receive) = mpsc::channel();
    rayon::in_place_scope(|scope| {
        for _ in 0..rayon::current_num_threads().min(inputs.len()) {
            let (send, take, read) = (send.clone(), &take, &read);
            scope.spawn(move |_| {
                while let Some((i, bytes)) = take() {
                    if send.send((i, read(i, bytes))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(send);
        for (i, read) in receive {
            place(i, read);
        }
    });
}

/// Files at least this large are read before the others (see [`assemble`]).
const BIG_FILE: u64 = 256 * 1024;

/// Where [`assemble`]'s readers are: the next place in the read order, the
/// bytes already read not yet handed over, by input, and the feed.
struct Next<'f> {
    at: usize,
    held: Vec<Option<Vec<u8>>>,
    feed: Option<&'f mut dyn Feed>,
}

/// Load every claim file under `paths`, with the findings met on the way.
pub fn load(paths: &[PathBuf]) -> Result<(Repository, Vec<Diagnostic>), LoadError> {
    load_with(paths, None)
}

/// The path a file has or would have, with its folder canonical.
pub fn canonical_file(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let folder = std::fs::canonicalize(&folder).unwrap_or(folder);
    match path.file_name() {
        Some(name) => folder.join(name),
        None => folder,
    }
}

/// What a PATH argument is; a missing or unreadable one stops the command.
fn root_metadata(root: &Path, shown: &str) -> Result<std::fs::Metadata, LoadError> {
    std::fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(shown.to_string()),
        _ => LoadError::Unreadable(shown.to_string(), e),
    })
}

/// Find the claim files of one PATH: a folder is walked, a file is taken
/// as it is. A PATH that is missing or unreadable stops the command.
fn discover(
    root_index: usize,
    root: &Path,
    found: &mut Vec<Input>,
    repo: &mut Repository,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(), LoadError> {
    let shown = display(root);
    if root_metadata(root, &shown)?.is_dir() {
        std::fs::read_dir(root).map_err(|e| LoadError::Unreadable(shown, e))?;
        walk(
            root,
            root_index,
            &mut HashSet::new(),
            found,
            repo,
            diagnostics,
        );
    } else {
        found.push(Input::on_disk(shown, root.to_path_buf(), root_index));
    }
    Ok(())
}

/// The claim files under `paths`, as shown and as found, in walk order.
pub fn claim_files(paths: &[PathBuf]) -> Result<Vec<(String, PathBuf)>, LoadError> {
    let mut found = Vec::new();
    let (mut scratch, mut ignored) = (Repository::default(), Vec::new());
    for (root_index, root) in paths.iter().enumerate() {
        discover(root_index, root, &mut found, &mut scratch, &mut ignored)?;
    }
    Ok(found
        .into_iter()
        .filter_map(|f| match f.content {
            Content::Disk(p) => Some((f.shown, p)),
            Content::Bytes(_) | Content::Fed(_) => None,
        })
        .collect())
}

/// [`load`], with one file's content replaced (or added) by `overlay`:
/// how the repository would look after an edit, before it is written.
pub fn load_with(
    paths: &[PathBuf],
    overlay: Option<(&Path, &[u8])>,
) -> Result<(Repository, Vec<Diagnostic>), LoadError> {
    let mut repo = Repository::default();
    let mut diagnostics = Vec::new();
    let mut root_settings = Vec::new();
    let mut found = Vec::new();
    let mut seen_files = HashSet::new();

    for (root_index, root) in paths.iter().enumerate() {
        root_metadata(root, &display(root))?;
        let mut s = Settings::default();
        for path in settings::candidates(root) {
            let shown = display(&path);
            match std::fs::read_to_string(&path) {
                Ok(text) => add_settings(&mut repo, &mut diagnostics, shown, text, &mut s),
                Err(e) => return Err(LoadError::Unreadable(shown, e)),
            }
        }
        root_settings.push(s);
        discover(root_index, root, &mut found, &mut repo, &mut diagnostics)?;
    }
    found.retain(|f| match &f.content {
        Content::Disk(path) => {
            seen_files.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()))
        }
        Content::Bytes(_) | Content::Fed(_) => true,
    });
    if let Some((path, bytes)) = overlay {
        let target = canonical_file(path);
        let existing = found.iter_mut().find(|f| match &f.content {
            Content::Disk(p) => std::fs::canonicalize(p).is_ok_and(|p| p == target),
            Content::Bytes(_) | Content::Fed(_) => false,
        });
        match existing {
            Some(f) => f.content = Content::Bytes(bytes.to_vec()),
            None => found.push(Input {
                shown: display(path),
                content: Content::Bytes(bytes.to_vec()),
                root: 0,
                keep_text: true,
            }),
        }
    }

    assemble(&mut repo, &mut diagnostics, &root_settings, found, None);
    Ok((repo, diagnostics))
}

/// Read and parse one file: `bytes` when they were handed over, else
/// from the disk.
fn read_one(
    file: usize,
    f: &Input,
    bytes: Option<std::io::Result<Vec<u8>>>,
    settings: &Settings,
    names: &Names,
) -> (SourceFile, schema::FileContents) {
    let mut contents = schema::FileContents::default();
    let read = match (bytes, &f.content) {
        (Some(bytes), _) => bytes,
        (None, Content::Disk(path)) => std::fs::read(path),
        (None, _) => Err(std::io::Error::other("its bytes were not handed over")),
    };
    let bytes = match read {
        Ok(b) => b,
        Err(e) => {
            let src = SourceFile::new(f.shown.clone(), String::new());
            contents.diagnostics.push(
                Diagnostic::new(
                    Code::Unreadable,
                    Location { file, span: 0..0 },
                    format!("cannot read this file: {e}"),
                )
                .help("check the file's permissions; the other files were still checked"),
            );
            return (src, contents);
        }
    };
    let (text, bad_byte) = source_map::decode(bytes);
    match bad_byte {
        None => {
            contents = schema::read_sharing(file, &text, settings, names);
            // Each quote is checked here, on the thread that just read it,
            // rather than in a pass over the whole repository after loading.
            let found = contents.claims.iter().flat_map(evidence::check_claim);
            contents.diagnostics.extend(found);
        }
        Some(at) => contents.diagnostics.push(
            Diagnostic::new(
                Code::InvalidUtf8,
                Location {
                    file,
                    span: at..at + 1,
                },
                "this file is not valid UTF-8",
            )
            .label("invalid byte here")
            .help("save the file as UTF-8"),
        ),
    }
    // The claims hold what was read; the text is read again only for the
    // files whose findings are shown.
    let mut src = SourceFile::new(f.shown.clone(), text);
    match &f.content {
        Content::Disk(path) => src.let_go(path.clone()),
        _ if !f.keep_text => src.forget(),
        _ => {}
    }
    (src, contents)
}

fn walk(
    dir: &Path,
    root: usize,
    visited: &mut HashSet<PathBuf>,
    found: &mut Vec<Input>,
    repo: &mut Repository,
    diagnostics: &mut Vec<Diagnostic>,
) {
    // Following symbolic links could loop; a folder is entered once.
    if let Ok(real) = std::fs::canonicalize(dir)
        && !visited.insert(real)
    {
        if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
            let file = placeholder(repo, dir);
            diagnostics.push(
                Diagnostic::new(
                    Code::LinkLoop,
                    Location { file, span: 0..0 },
                    "this link leads back to a folder already searched; it was skipped",
                )
                .help("remove the link, or point it outside the claim folder"),
            );
        }
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            unreadable(dir, &e, repo, diagnostics);
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = dir.join(&*name);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, root, visited, found, repo, diagnostics),
            Ok(_) if name.ends_with(".toml") && name != settings::FILE_NAME => {
                found.push(Input::on_disk(display(&path), path, root));
            }
            Ok(_) => {}
            Err(e) if name.ends_with(".toml") => unreadable(&path, &e, repo, diagnostics),
            Err(_) => {}
        }
    }
}

/// A file entry without text, for a finding about a path that could not be
/// read as a file (the finding points at its line 1, column 1).
fn placeholder(repo: &mut Repository, path: &Path) -> usize {
    repo.files
        .push(SourceFile::new(display(path), String::new()));
    repo.documents.push(None);
    repo.files.len() - 1
}

fn unreadable(path: &Path, e: &std::io::Error, repo: &mut Repository, out: &mut Vec<Diagnostic>) {
    let file = placeholder(repo, path);
    repo.claim_files += 1;
    out.push(
        Diagnostic::new(
            Code::Unreadable,
            Location { file, span: 0..0 },
            format!("cannot read this entry: {e}"),
        )
        .help("check permissions and links; the other files were still checked"),
    );
}

/// A path as shown to users: as found from the PATH given, `/`-separated.
pub fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands over scripted bytes in turn, and says in what order it was asked.
    struct Script {
        bytes: Vec<std::io::Result<Vec<u8>>>,
        asked: usize,
    }

    impl Feed for Script {
        fn next_bytes(&mut self) -> std::io::Result<Vec<u8>> {
            self.asked += 1;
            match self.bytes.get_mut(self.asked - 1) {
                Some(b) => std::mem::replace(b, Ok(Vec::new())),
                None => Err(std::io::Error::other("asked too often")),
            }
        }
    }

    fn one_claim(id: &str) -> Vec<u8> {
        format!(
            "[[claim]]\nid = \"{id}\"\nsubject = \"s\"\nsource = \"S\"\nvalue = 1\nquote = \"1\"\n"
        )
        .into_bytes()
    }

    #[test]
    fn a_feed_hands_over_bytes_in_read_order_and_texts_are_kept_or_not() {
        let fed = |name: &str, len: u64, keep_text: bool| Input {
            shown: name.to_string(),
            content: Content::Fed(len),
            root: 0,
            keep_text,
        };
        // b claims to be big, so it is read first.
        let inputs = vec![
            fed("a.toml", 10, true),
            fed("b.toml", BIG_FILE, false),
            fed("c.toml", 10, false),
            fed("d.toml", 10, true),
        ];
        assert_eq!(read_order(&inputs), [1, 0, 2, 3]);
        let mut feed = Script {
            bytes: vec![
                Ok(one_claim("b")),
                Ok(one_claim("a")),
                Err(std::io::Error::other("git stopped")),
                Ok(one_claim("d")),
            ],
            asked: 0,
        };
        let (mut repo, mut diagnostics) = (Repository::default(), Vec::new());
        assemble(&mut repo, &mut diagnostics, &[], inputs, Some(&mut feed));
        assert_eq!(feed.asked, 4);
        // Walk order, each file with its own bytes.
        let ids: Vec<&str> = repo.claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "d"]);
        let files: Vec<&str> = repo.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(files, ["a.toml", "b.toml", "c.toml", "d.toml"]);
        // The file the feed failed on is unreadable; the others were read.
        let unreadable: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.code == Code::Unreadable)
            .map(|d| (d.location.file, d.message.as_str()))
            .collect();
        assert_eq!(unreadable, [(2, "cannot read this file: git stopped")]);
        // Texts held where asked for, let go of where not.
        let held: Vec<bool> = repo.files.iter().map(|f| f.text().is_some()).collect();
        assert_eq!(held, [true, false, true, true]);
    }

    #[test]
    fn claims_of_one_subject_share_its_name_across_files() {
        let file = |id: &str| Input {
            shown: format!("{id}.toml"),
            content: Content::Bytes(
                format!(
                    "[[claim]]\nid = \"{id}\"\nsubject = \"a/long/subject/name/beyond/inline\"\n\
                     source = \"S\"\nvalue = 1\nquote = \"1\"\n"
                )
                .into_bytes(),
            ),
            root: 0,
            keep_text: true,
        };
        let mut repo = Repository::default();
        let mut diagnostics = Vec::new();
        assemble(
            &mut repo,
            &mut diagnostics,
            &[],
            vec![file("a"), file("b"), file("c")],
            None,
        );
        assert_eq!(repo.claims.len(), 3, "{diagnostics:?}");
        let first = &repo.claims[0].subject;
        assert!(
            repo.claims
                .iter()
                .all(|c| std::sync::Arc::ptr_eq(&c.subject, first))
        );
    }
}

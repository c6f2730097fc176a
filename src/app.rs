//! The commands of the command line, as library functions: each takes its
//! options and writers and returns the exit status (0 fine, 1 the claim
//! files have errors, 2 the command could not run).

use std::collections::{BTreeSet, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::date::{self, PartialDate};
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::model::{Basis, Status};
use crate::reconcile;
use crate::render::{self, Format, Style, compare, history, records, report, sources};
use crate::suggest::did_you_mean;
use crate::versions::{self, subject_matches};
use crate::{Analysis, analyse};

/// Exit status: success (warnings allowed).
pub const OK: i32 = 0;
/// Exit status: the claim files have errors (or warnings with `--deny-warnings`).
pub const FINDINGS: i32 = 1;
/// Exit status: the command could not run.
pub const FAILURE: i32 = 2;

/// What makes `changes` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// A subject that was not in conflict is now.
    Conflict,
    /// The change brings errors that `check` reports.
    Error,
}

/// A command and its own arguments.
#[derive(Debug, Clone)]
pub enum Command {
    Check {
        /// Only files changed since this git revision (and checks across files).
        changed_since: Option<String>,
    },
    /// Record-level changes between two git revisions (or one and the work tree).
    Changes {
        base: String,
        head: Option<String>,
        fail_on: Vec<FailOn>,
    },
    /// Print the JSON Schema of the claim file.
    Schema,
    /// Lay out claim files canonically (`check`: only list what would change).
    Fmt {
        check: bool,
    },
    /// Append claims to a file, after validating them against the repository.
    Add {
        file: PathBuf,
        /// `key = text` pairs from flags, for scalar keys.
        fields: Vec<(String, String)>,
        via: Vec<String>,
        tags: Vec<String>,
        /// A TOML text of claims (from standard input) instead of the flags.
        toml: Option<String>,
    },
    List {
        subject: Option<String>,
        source: Option<String>,
        /// Only these statuses (all when empty).
        statuses: Vec<Status>,
        /// Only these bases (all when empty).
        bases: Vec<Basis>,
    },
    History {
        subject: String,
        vintage: Vintage,
    },
    /// Draft claims from article text.
    Extract {
        /// The text: a file, or `-` for standard input.
        input: PathBuf,
        /// The source of drafts whose text names none.
        source: Option<String>,
        document: crate::extract::DocumentFields,
        /// Append the confident drafts to this claim file, safely.
        append: Option<PathBuf>,
    },
    /// Records with revisions and reconciliation, as JSON lines or SQLite.
    Export {
        /// Where to write (standard output for JSON lines when absent).
        file: Option<PathBuf>,
    },
    Compare {
        subject: String,
        as_of: Option<String>,
    },
    Diff {
        a: String,
        b: String,
    },
    Report {
        /// Write to this file (atomically) instead of standard output.
        file: Option<PathBuf>,
        /// Only subjects at or below this one (whole slash segments).
        subject: Option<String>,
    },
    /// Chart one subject's figures to an SVG or PNG file (`-`: SVG to stdout).
    Plot {
        subject: String,
        file: PathBuf,
        size: crate::render::plot::Size,
    },
}

/// Which versions `history` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Vintage {
    /// Every version, with revisions.
    All,
    /// The first version of each series.
    First,
    /// The latest version of each series.
    Latest,
    /// The version of each series in force on a date.
    AsOf(String),
    /// A vintage matrix per series.
    Matrix,
}

/// Options every command takes.
#[derive(Debug, Clone)]
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub format: Format,
    pub deny_warnings: bool,
    /// Style of standard output.
    pub style: Style,
    /// Style of standard error.
    pub err_style: Style,
}

/// A reason the command cannot run, shown as `error: …` with a hint.
struct Refusal {
    message: String,
    help: Option<String>,
}

fn refuse(message: impl Into<String>, help: Option<String>) -> Refusal {
    Refusal {
        message: message.into(),
        help,
    }
}

/// Run a command; returns the exit status.
pub fn run(
    command: &Command,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    if opts.format == Format::Github && !matches!(command, Command::Check { .. }) {
        writeln!(err, "error: --format github is only for `check`")?;
        return Ok(FAILURE);
    }
    if opts.format == Format::Html && !matches!(command, Command::Report { .. }) {
        writeln!(err, "error: --format html is only for `report`")?;
        writeln!(err, "help: claimtrack report --format html -o report.html")?;
        return Ok(FAILURE);
    }
    if matches!(command, Command::Plot { .. }) && opts.format != Format::Table {
        writeln!(
            err,
            "error: `plot` takes its format from the file name (.svg or .png), not --format"
        )?;
        return Ok(FAILURE);
    }
    let export = matches!(command, Command::Export { .. });
    let export_format = matches!(opts.format, Format::Jsonl | Format::Sqlite);
    if export != export_format {
        let why = if export {
            "`export` writes --format jsonl or --format sqlite"
        } else {
            "--format jsonl and --format sqlite are only for `export`"
        };
        writeln!(err, "error: {why}")?;
        return Ok(FAILURE);
    }
    if let Command::Export { file: None } = command
        && opts.format == Format::Sqlite
    {
        writeln!(err, "error: --format sqlite needs a file to write")?;
        writeln!(
            err,
            "help: claimtrack export --format sqlite -o claims.sqlite"
        )?;
        return Ok(FAILURE);
    }
    match command {
        Command::Schema => {
            render::write_json(&crate::json_schema::schema(), out)?;
            return Ok(OK);
        }
        Command::Changes {
            base,
            head,
            fail_on,
        } => return changes(base, head.as_deref(), fail_on, opts, out, err),
        Command::Fmt { check } => return fmt(*check, opts, out, err),
        Command::Extract {
            input,
            source,
            document,
            append,
        } => {
            return extract(
                input,
                source.as_deref(),
                document,
                append.as_deref(),
                opts,
                out,
                err,
            );
        }
        Command::Add {
            file,
            fields,
            via,
            tags,
            toml,
        } => return add(file, fields, via, tags, toml.as_deref(), opts, out, err),
        _ => {}
    }
    let analysis = match analyse(&opts.paths) {
        Ok(a) => a,
        Err(e) => {
            writeln!(err, "{}: {e}", opts.err_style.paint("1;31", "error"))?;
            writeln!(
                err,
                "help: give the folder of claim files, e.g. `claimtrack check claims`"
            )?;
            return Ok(FAILURE);
        }
    };
    let code = run_analysed(command, opts, &analysis, out, err);
    release(analysis);
    code
}

/// The exit status findings give: 1 with errors (or warnings, when denied).
fn exit_status(diagnostics: &[Diagnostic], deny_warnings: bool) -> i32 {
    let (errors, warnings) = diagnostic::counts(diagnostics);
    if errors > 0 || (deny_warnings && warnings > 0) {
        FINDINGS
    } else {
        OK
    }
}

/// Free a large analysis off the exit path: the process may end before the
/// thread does, which is fine, and saves the time of freeing memory.
fn release(analysis: Analysis) {
    if analysis.repo.claims.len() > 10_000 {
        std::thread::spawn(move || drop(analysis));
    }
}

fn run_analysed(
    command: &Command,
    opts: &Options,
    analysis: &Analysis,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    if let Command::Check { changed_since } = command {
        let files = &analysis.repo.files;
        let filtered: Vec<Diagnostic>;
        let mut shown: &[Diagnostic] = &analysis.diagnostics;
        let mut scope = String::new();
        if let Some(base) = changed_since {
            match changed_files(base, &opts.paths) {
                Ok(changed) => {
                    filtered = shown
                        .iter()
                        .filter(|d| {
                            d.code.repository_wide()
                                || changed.contains(&absolute_file(&files[d.location.file].path))
                        })
                        .cloned()
                        .collect();
                    shown = &filtered;
                    scope = format!(" (files changed since {base}, and checks across files)");
                }
                Err(e) => {
                    error_line(err, opts, &e.to_string())?;
                    return Ok(FAILURE);
                }
            }
        }
        let (errors, warnings) = diagnostic::counts(shown);
        let status = exit_status(shown, opts.deny_warnings);
        render::diagnostics::write(shown, files, opts.format, &opts.style, out)?;
        if opts.format == Format::Table {
            let claim_files = analysis.repo.claim_files;
            let line = render::diagnostics::summary(
                claim_files,
                analysis.repo.claims.len(),
                errors,
                warnings,
            ) + &scope;
            let color = if errors > 0 {
                "1;31"
            } else if warnings > 0 {
                "1;33"
            } else {
                "1;32"
            };
            writeln!(out, "{}", opts.style.paint(color, &line))?;
        }
        if analysis.repo.claim_files == 0 {
            // A CI job pointed at the wrong folder passes with nothing checked.
            let paths: Vec<String> = opts
                .paths
                .iter()
                .map(|p| format!("`{}`", p.display()))
                .collect();
            writeln!(
                err,
                "{}: no claim files (*.toml) under {}; is the path right?",
                opts.err_style.paint("1;33", "note"),
                paths.join(", ")
            )?;
        }
        return Ok(status);
    }

    // Other commands show errors on standard error and still run on the
    // claims that loaded, so one typo does not hide the whole repository.
    let (errors, warnings) = diagnostic::counts(&analysis.diagnostics);
    let status = exit_status(&analysis.diagnostics, opts.deny_warnings);
    let shown: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    render::diagnostics::write(
        &shown,
        &analysis.repo.files,
        Format::Table,
        &opts.err_style,
        err,
    )?;
    if errors + warnings > 0 {
        writeln!(
            err,
            "{}: the claim files have {errors} error(s) and {warnings} warning(s); run `claimtrack check` for details",
            opts.err_style.paint("1;33", "note")
        )?;
    }
    if matches!(command, Command::Export { .. }) && errors > 0 {
        error_line(
            err,
            opts,
            "nothing was exported: the data would carry the errors on",
        )?;
        writeln!(
            err,
            "help: fix what `claimtrack check` reports, then export again"
        )?;
        return Ok(FINDINGS);
    }
    match view(command, opts, analysis, out) {
        Ok(()) => Ok(status),
        Err(Outcome::Io(e)) => Err(e),
        Err(Outcome::Refused(r)) => {
            writeln!(
                err,
                "{}: {}",
                opts.err_style.paint("1;31", "error"),
                r.message
            )?;
            if let Some(h) = r.help {
                writeln!(err, "help: {h}")?;
            }
            Ok(FAILURE)
        }
    }
}

enum Outcome {
    Io(io::Error),
    Refused(Refusal),
}

impl From<io::Error> for Outcome {
    fn from(e: io::Error) -> Self {
        Outcome::Io(e)
    }
}

impl From<Refusal> for Outcome {
    fn from(r: Refusal) -> Self {
        Outcome::Refused(r)
    }
}

fn view(
    command: &Command,
    opts: &Options,
    a: &Analysis,
    out: &mut dyn Write,
) -> Result<(), Outcome> {
    let (repo, versions) = (&a.repo, &a.versions);
    let claims = &repo.claims;
    match command {
        Command::Check { .. }
        | Command::Changes { .. }
        | Command::Schema
        | Command::Fmt { .. }
        | Command::Extract { .. }
        | Command::Add { .. } => Ok(()),
        Command::Export { file } => export(a, file.as_deref(), opts.format, out),
        Command::List {
            subject,
            source,
            statuses,
            bases,
        } => {
            let subjects = match subject {
                Some(s) => Some(matching_subjects(a, s)?),
                None => None,
            };
            // `--source nis` lists NIS's claims, as `diff nis KCNA` compares them.
            let source = match source {
                Some(s) => Some(resolve_source(a, s)?),
                None => None,
            };
            // Series come sorted by subject, then source, each with its
            // claims in version order: the list's order, with no sort.
            let selected: Vec<usize> = versions
                .series
                .iter()
                .filter(|s| {
                    subjects.as_ref().is_none_or(|set| holds(set, &s.subject))
                        && source.as_ref().is_none_or(|x| *s.source == **x)
                })
                .flat_map(|s| s.claims.iter().copied())
                .filter(|&i| {
                    let c = &claims[i];
                    (statuses.is_empty() || statuses.contains(&c.status))
                        && (bases.is_empty() || bases.contains(&c.basis))
                })
                .collect();
            let v = records::ListView {
                repo,
                versions,
                claims: selected,
            };
            Ok(render::write(&v, opts.format, &opts.style, out)?)
        }
        Command::History { subject, vintage } => {
            let subjects = matching_subjects(a, subject)?;
            let series: Vec<usize> = versions
                .series
                .iter()
                .enumerate()
                .filter(|(_, s)| holds(&subjects, &s.subject))
                .map(|(k, _)| k)
                .collect();
            let pick = |f: &dyn Fn(&versions::Series) -> Option<usize>| -> Vec<usize> {
                series
                    .iter()
                    .filter_map(|&k| f(&versions.series[k]))
                    .collect()
            };
            let claims = match vintage {
                Vintage::All => {
                    let v = history::HistoryView {
                        repo,
                        versions,
                        series,
                    };
                    return Ok(render::write(&v, opts.format, &opts.style, out)?);
                }
                Vintage::Matrix => {
                    let v = render::vintage::MatrixView {
                        repo,
                        versions,
                        series,
                    };
                    return Ok(render::write(&v, opts.format, &opts.style, out)?);
                }
                Vintage::First => pick(&|s| s.claims.first().copied()),
                Vintage::Latest => pick(&|s| crate::vintage::latest(claims, s)),
                Vintage::AsOf(text) => {
                    let date = parse_as_of(text)?;
                    let found = pick(&|s| crate::vintage::in_force(claims, s, &date));
                    if found.is_empty() {
                        return Err(refuse(
                            format!("nothing under `{subject}` was stated on or before {date}"),
                            Some("give a later --as-of date; undated claims are left out when --as-of is given".into()),
                        )
                        .into());
                    }
                    found
                }
            };
            let v = records::ListView {
                repo,
                versions,
                claims,
            };
            Ok(render::write(&v, opts.format, &opts.style, out)?)
        }
        Command::Compare { subject, as_of } => {
            let subjects = matching_subjects(a, subject)?;
            let as_of = as_of.as_deref().map(parse_as_of).transpose()?;
            let reconciliations: Vec<_> = subjects
                .iter()
                .map(|s| reconcile::reconcile(claims, versions, s, as_of.as_ref()))
                .filter(|r| as_of.is_none() || !r.latest.is_empty())
                .collect();
            if let (Some(d), true) = (&as_of, reconciliations.is_empty()) {
                return Err(refuse(
                    format!("nothing under `{subject}` was stated on or before {d}"),
                    Some("give a later --as-of date; undated claims are left out when --as-of is given".into()),
                )
                .into());
            }
            let v = compare::CompareView {
                repo,
                versions,
                reconciliations,
                as_of,
            };
            Ok(render::write(&v, opts.format, &opts.style, out)?)
        }
        Command::Diff { a: sa, b: sb } => {
            let sa = resolve_source(a, sa)?;
            let sb = resolve_source(a, sb)?;
            if sa == sb {
                return Err(refuse(
                    format!("both sources are `{sa}`"),
                    Some("give two different sources, e.g. `claimtrack diff NIS KCNA`".into()),
                )
                .into());
            }
            let diff = reconcile::diff_sources(claims, versions, &sa, &sb);
            let v = sources::SourceDiffView {
                repo,
                versions,
                a: sa,
                b: sb,
                diff,
            };
            Ok(render::write(&v, opts.format, &opts.style, out)?)
        }
        Command::Plot {
            subject,
            file,
            size,
        } => plot(a, subject, file, *size, out),
        Command::Report { file, subject } => {
            let v = match subject {
                Some(s) => report::ReportView::of(repo, versions, &matching_subjects(a, s)?),
                None => report::ReportView::new(repo, versions),
            };
            let write = |style: &Style, out: &mut dyn Write| match opts.format {
                Format::Html => render::html::write_report(&v, out),
                format => render::write(&v, format, style, out),
            };
            match file {
                None => Ok(write(&opts.style, out)?),
                // A file gets no terminal styling: the format as for a pipe.
                Some(path) => write_output(path, |w| write(&Style::default(), w)),
            }
        }
    }
}

/// Replace `path` atomically with what `fill` writes (streamed, not held
/// in memory), refusing to write over a claim file.
fn write_output(
    path: &std::path::Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Outcome> {
    if path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("toml"))
    {
        return Err(refuse(
            format!(
                "{} looks like a claim file; claimtrack does not write output over it",
                path.display()
            ),
            Some("choose a file name with the output's own extension".into()),
        )
        .into());
    }
    crate::write::replace_streamed(path, fill).map_err(|e| {
        refuse(
            e.to_string(),
            Some(format!("choose another file than {}", path.display())),
        )
        .into()
    })
}

/// `plot`: one subject's chart as SVG or PNG.
fn plot(
    a: &Analysis,
    subject: &str,
    file: &std::path::Path,
    size: crate::render::plot::Size,
    out: &mut dyn Write,
) -> Result<(), Outcome> {
    use crate::render::plot;
    let subjects = matching_subjects(a, subject)?;
    let chosen = match subjects.iter().find(|s| *s == subject) {
        Some(s) => s.clone(),
        None if subjects.len() == 1 => subjects[0].clone(),
        None => {
            let shown: Vec<&str> = subjects.iter().take(6).map(String::as_str).collect();
            let more = if subjects.len() > shown.len() {
                ", …"
            } else {
                ""
            };
            return Err(refuse(
                format!(
                    "`{subject}` matches {} subjects; a chart shows one",
                    subjects.len()
                ),
                Some(format!("name one: {}{more}", shown.join(", "))),
            )
            .into());
        }
    };
    let claims = &a.repo.claims;
    let r = reconcile::reconcile(claims, &a.versions, &chosen, None);
    let chart = crate::chart::chart(claims, &a.versions, &r).map_err(|_| {
        refuse(
            format!("`{chosen}` has no figure to draw: its claims are statements or vague words"),
            Some("plot a subject with numbers; `claimtrack report` lists every subject".into()),
        )
    })?;
    let drawn = |e: plot::PlotError| Outcome::from(refuse(e.to_string(), None));
    if file.as_os_str() == "-" {
        let svg = plot::svg(&chart, claims, size).map_err(drawn)?;
        return Ok(out.write_all(svg.as_bytes())?);
    }
    let extension = file
        .extension()
        .and_then(|x| x.to_str())
        .map(str::to_ascii_lowercase);
    let bytes = match extension.as_deref() {
        Some("svg") => plot::svg(&chart, claims, size).map_err(drawn)?.into_bytes(),
        Some("png") => plot::png(&chart, claims, size).map_err(drawn)?,
        _ => {
            return Err(refuse(
                format!("cannot tell the image format of {}", file.display()),
                Some(
                    "end the file name in .svg or .png, or give -o - for SVG on standard output"
                        .into(),
                ),
            )
            .into());
        }
    };
    write_output(file, |w| w.write_all(&bytes))
}

/// `export`: JSON lines to a file or standard output, or an SQLite file.
/// (A repository with errors never gets here: see `run_analysed`.)
fn export(
    a: &Analysis,
    file: Option<&std::path::Path>,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), Outcome> {
    let facts = crate::export::Facts::new(a);
    let written = |path: &std::path::Path, e: String| {
        refuse(
            e,
            Some(format!("choose another file than {}", path.display())),
        )
    };
    match (format, file) {
        (Format::Sqlite, Some(path)) => crate::export::sqlite::write(&facts, path)
            .map_err(|e| written(path, e.to_string()).into()),
        (_, Some(path)) => write_output(path, |w| crate::export::jsonl(&facts, w)),
        (_, None) => Ok(crate::export::jsonl(&facts, out)?),
    }
}

fn parse_as_of(text: &str) -> Result<PartialDate, Refusal> {
    date::parse(text).map_err(|why| {
        refuse(
            format!("--as-of `{text}` is not a date: {why}"),
            Some(date::DATE_FORMS.into()),
        )
    })
}

/// Whether the sorted `subjects` hold `subject`.
fn holds(subjects: &[String], subject: &str) -> bool {
    subjects
        .binary_search_by(|s| s.as_str().cmp(subject))
        .is_ok()
}

/// Subjects at or below `filter` (whole slash segments), sorted.
fn matching_subjects(a: &Analysis, filter: &str) -> Result<Vec<String>, Refusal> {
    let all: Vec<&str> = a.versions.subjects().collect();
    let found: Vec<String> = all
        .iter()
        .filter(|s| subject_matches(s, filter))
        .map(|s| s.to_string())
        .collect();
    if !found.is_empty() {
        return Ok(found);
    }
    // Suggest among subjects and every prefix of them.
    let mut candidates: BTreeSet<&str> = BTreeSet::new();
    for s in &all {
        for (i, _) in s.match_indices('/') {
            candidates.insert(&s[..i]);
        }
        candidates.insert(s);
    }
    // `nk-troops` for `nk-troops-in-russia`: the segments it starts.
    let completions: Vec<String> = candidates
        .iter()
        .filter_map(|c| c.strip_prefix(filter).map(|rest| (c, rest)))
        .filter(|(_, rest)| !rest.is_empty() && !rest.contains('/') && !filter.is_empty())
        .map(|(c, _)| format!("`{c}`"))
        .collect();
    // `deaths` for `rhine-flood/deaths`: subjects it ends, whole segments.
    let endings: Vec<String> = all
        .iter()
        .filter(|s| {
            s.strip_suffix(filter)
                .is_some_and(|head| head.ends_with('/'))
        })
        .map(|s| format!("`{s}`"))
        .collect();
    let help = match did_you_mean(filter, candidates.iter().copied()) {
        _ if !completions.is_empty() => format!(
            "a subject prefix is made of whole slash segments: did you mean {}?",
            or_list(&completions)
        ),
        _ if !endings.is_empty() => format!(
            "a subject is matched from its start: did you mean {}?",
            or_list(&endings)
        ),
        Some(s) => format!("did you mean `{s}`?"),
        None if all.is_empty() => "there are no claims here".to_string(),
        None => format!(
            "subjects start with: {}",
            all.iter()
                .map(|s| s.split('/').next().unwrap_or(s))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Err(refuse(format!("no subject matches `{filter}`"), Some(help)))
}

/// `a`, `a or b`, `a, b or c`; past five, the first five and how many more.
fn or_list(items: &[String]) -> String {
    const SHOWN: usize = 5;
    match items {
        [] => String::new(),
        [one] => one.clone(),
        _ if items.len() > SHOWN => format!(
            "{} or {} more",
            items[..SHOWN].join(", "),
            items.len() - SHOWN
        ),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// A source by its exact name, else by its name in any case.
fn resolve_source(a: &Analysis, name: &str) -> Result<String, Refusal> {
    let all: BTreeSet<&str> = a.repo.claims.iter().map(|c| c.source.as_str()).collect();
    if all.contains(name) {
        return Ok(name.to_string());
    }
    if let Some(s) = all.iter().find(|s| s.eq_ignore_ascii_case(name)) {
        return Ok(s.to_string());
    }
    // A typo, the start of a name (`Movimento Casa`), or a body by its
    // initials or in full where the claims write it the other way (`mcpt`,
    // `Public Security Police`).
    let lower = name.to_lowercase();
    let meant: Vec<String> = match did_you_mean(name, all.iter().copied()) {
        Some(s) => vec![format!("`{s}`")],
        None => all
            .iter()
            .filter(|s| {
                !lower.is_empty() && s.to_lowercase().starts_with(&lower)
                    || crate::spelling::initials_of_either(name, s)
            })
            .map(|s| format!("`{s}`"))
            .collect(),
    };
    let help = match meant.as_slice() {
        [] => format!(
            "sources: {}",
            all.into_iter().collect::<Vec<_>>().join(", ")
        ),
        _ => format!("did you mean {}?", or_list(&meant)),
    };
    Err(refuse(format!("no claim has source `{name}`"), Some(help)))
}

/// Absolute paths of the files under `paths` that differ from `base` in git.
fn changed_files(base: &str, paths: &[PathBuf]) -> Result<HashSet<PathBuf>, crate::git::GitError> {
    let repo = repo_of(paths)?;
    let commit = repo.resolve(base)?;
    let mut out = HashSet::new();
    for p in paths {
        let rel = repo.relative(p)?;
        for f in repo.changed_since(&commit, &rel)? {
            out.insert(repo.top.join(f));
        }
    }
    Ok(out)
}

/// The git repository that holds the first of `paths` (`claims` when none).
fn repo_of(paths: &[PathBuf]) -> Result<crate::git::Repo, crate::git::GitError> {
    crate::git::open(paths.first().map_or(Path::new("claims"), PathBuf::as_path))
}

fn absolute_file(shown: &str) -> PathBuf {
    std::fs::canonicalize(shown).unwrap_or_else(|_| PathBuf::from(shown))
}

/// Split `changes` arguments: `BASE`, or `BASE..HEAD`, or `BASE HEAD`, then
/// PATHs. A second word that exists on disk is a PATH, not a revision.
pub fn split_changes_args(args: &[String]) -> (String, Option<String>, Vec<PathBuf>) {
    let mut rest = args.iter();
    let first = rest.next().cloned().unwrap_or_default();
    let (base, mut head) = match first.split_once("..") {
        Some((b, h)) => (b.to_string(), (!h.is_empty()).then(|| h.to_string())),
        None => (first, None),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for (i, a) in rest.enumerate() {
        if i == 0 && head.is_none() && !std::path::Path::new(a).exists() {
            head = Some(a.clone());
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    if paths.is_empty() {
        paths.push(PathBuf::from("claims"));
    }
    (base, head, paths)
}

fn changes(
    base: &str,
    head: Option<&str>,
    fail_on: &[FailOn],
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let fail = |err: &mut dyn Write, message: String, help: &str| -> io::Result<i32> {
        writeln!(err, "{}: {message}", opts.err_style.paint("1;31", "error"))?;
        writeln!(err, "help: {help}")?;
        Ok(FAILURE)
    };
    let compared = match compare_revisions(base, head, &opts.paths) {
        Ok(c) => c,
        Err((message, help)) => return fail(err, message, help),
    };
    let found = &compared.changes;
    let view = render::changes::ChangesView {
        base: &compared.base,
        head: &compared.head,
        base_name: base.to_string(),
        head_name: head.unwrap_or("work tree").to_string(),
        changes: found,
    };
    render::write(&view, opts.format, &opts.style, out)?;
    let failed = (fail_on.contains(&FailOn::Conflict) && found.new_conflicts().next().is_some())
        || (fail_on.contains(&FailOn::Error) && !found.new_errors.is_empty());
    Ok(if failed { FINDINGS } else { OK })
}

/// Both sides of `changes`, and what changed between them.
struct Compared {
    /// The base's claims that `changes` names (removed or modified).
    base: crate::loader::Repository,
    head: Analysis,
    changes: crate::changes::Changes,
}

/// Compare the claims under `paths` at `base` with those at `head` (the
/// work tree when `None`). The base is kept as a digest while the head is
/// loaded, and only the base files that hold changed claims are read again,
/// so the two sides are not held in full at once. Texts are kept only where
/// findings are shown: for the head's files with new errors. On failure:
/// the message and a hint.
fn compare_revisions(
    base: &str,
    head: Option<&str>,
    paths: &[PathBuf],
) -> Result<Compared, (String, &'static str)> {
    use crate::git::{self, Scope};
    let base_help = "name a commit, branch or tag that holds the claim folder, e.g. origin/main";
    let head_help = "name a commit, branch or tag that holds the claim folder";
    let repo = repo_of(paths).map_err(|e| {
        (
            e.to_string(),
            "run `changes` inside the git repository that holds the claims",
        )
    })?;
    let no_texts = Scope::every_file(false);
    let base = repo
        .revision(base)
        .map_err(|e| (e.to_string(), base_help))?;
    let digest = crate::analyse_at(&repo, &base, paths, no_texts)
        .map(|a| crate::changes::Digest::of(&a))
        .map_err(|e| (e.to_string(), base_help))?;
    let (head_revision, mut head) = match head {
        Some(h) => {
            let h = repo.revision(h).map_err(|e| (e.to_string(), head_help))?;
            let a = crate::analyse_at(&repo, &h, paths, no_texts)
                .map_err(|e| (e.to_string(), head_help))?;
            (Some(h), a)
        }
        None => (
            None,
            analyse(paths).map_err(|e| (e.to_string(), "give the folder of claim files"))?,
        ),
    };
    let outline = digest.outline(&head);
    let wanted = outline.base_files(&digest);
    let base_claims = if wanted.is_empty() {
        crate::loader::Repository::default()
    } else {
        let scope = Scope {
            files: &|f| wanted.contains(f),
            texts: false,
        };
        git::load_at(&repo, &base, paths, scope)
            .map_err(|e| (e.to_string(), base_help))?
            .0
    };
    let changes = outline.finish(&digest, &base_claims, &head).map_err(|e| {
        (
            e.to_string(),
            "the base read the same way twice gave different claims; please report this",
        )
    })?;
    // The head's files that new errors point into, read again with their
    // texts, so that the errors show their lines.
    if let Some(h) = head_revision {
        let shown: HashSet<&str> = changes
            .new_errors
            .iter()
            .flat_map(|d| std::iter::once(&d.location).chain(d.related.iter().map(|r| &r.location)))
            .map(|at| head.repo.files[at.file].path.as_str())
            .collect();
        if !shown.is_empty() {
            let scope = Scope {
                files: &|f| shown.contains(f),
                texts: true,
            };
            let (again, _) =
                git::load_at(&repo, &h, paths, scope).map_err(|e| (e.to_string(), head_help))?;
            let again: std::collections::HashMap<&str, _> =
                again.files.iter().map(|f| (f.path.as_str(), f)).collect();
            for file in &mut head.repo.files {
                if let Some(&read) = again.get(file.path.as_str()) {
                    *file = read.clone();
                }
            }
        }
    }
    Ok(Compared {
        base: base_claims,
        head,
        changes,
    })
}

fn error_line(err: &mut dyn Write, opts: &Options, message: &str) -> io::Result<()> {
    writeln!(err, "{}: {message}", opts.err_style.paint("1;31", "error"))
}

/// What a file says, claim by claim, without where it says it: formatting
/// must leave this unchanged.
fn meaning(text: &str) -> Vec<String> {
    let read = crate::schema::read(0, text, &crate::settings::Settings::default());
    let mut out: Vec<String> = read
        .claims
        .iter()
        .map(|c| format!("{:?}", crate::changes::fields(c)))
        .collect();
    out.push(format!(
        "{:?}",
        read.document.map(|d| (
            d.title,
            d.publisher,
            d.authors,
            d.url,
            d.published,
            d.updated
        ))
    ));
    out.extend(
        read.sources
            .iter()
            .map(|s| format!("{:?}", (&s.id, &s.name, &s.reliability, &s.note))),
    );
    out.extend(
        read.subjects
            .iter()
            .map(|s| format!("{:?}", (&s.id, &s.description, &s.unit))),
    );
    let mut findings: Vec<String> = read
        .diagnostics
        .iter()
        .map(|d| d.code.as_str().to_string())
        .collect();
    findings.sort();
    out.extend(findings);
    out
}

/// What `fmt` did with one file.
enum FmtOutcome {
    /// Already canonical.
    Unchanged,
    /// Not canonical: with `--check`, left as it is; else rewritten.
    Changed,
    /// Left as it is, for the reason given.
    Failed(String),
}

/// `fmt` of one file: read, lay out, and (unless `check`) write it back
/// atomically when its layout changed and its meaning did not.
fn fmt_file(shown: &str, path: &std::path::Path, check: bool) -> FmtOutcome {
    let original = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return FmtOutcome::Failed(format!("cannot read {shown}: {e}")),
    };
    let Ok(text) = std::str::from_utf8(&original) else {
        return FmtOutcome::Failed(format!(
            "{shown} is not UTF-8; left as it is (see `claimtrack check`)"
        ));
    };
    let formatted = match crate::edit::format(text) {
        Ok(f) => f,
        Err(e) => {
            let at = e
                .span()
                .and_then(|s| {
                    crate::source_map::SourceFile::new(String::new(), text.to_string())
                        .lines()
                        .map(|l| l.line_col(s.start))
                })
                .map(|(line, col)| format!(":{line}:{col}"));
            return FmtOutcome::Failed(format!(
                "{shown}{} is not valid TOML; left as it is: {}",
                at.unwrap_or_default(),
                e.message()
            ));
        }
    };
    if formatted == text {
        return FmtOutcome::Unchanged;
    }
    if meaning(text) != meaning(&formatted) {
        return FmtOutcome::Failed(format!(
            "formatting {shown} would change what it says; left as it is (please report this)"
        ));
    }
    if !check && let Err(e) = crate::write::replace(path, Some(&original), formatted.as_bytes()) {
        return FmtOutcome::Failed(e.to_string());
    }
    FmtOutcome::Changed
}

/// `fmt`: every file laid out in parallel, what was done with each
/// reported in the files' order.
fn fmt(check: bool, opts: &Options, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    use rayon::prelude::*;

    let files = match crate::loader::claim_files(&opts.paths) {
        Ok(f) => f,
        Err(e) => {
            error_line(err, opts, &e.to_string())?;
            return Ok(FAILURE);
        }
    };
    let outcomes: Vec<FmtOutcome> = files
        .par_iter()
        .map(|(shown, path)| fmt_file(shown, path, check))
        .collect();
    let (mut changed, mut failed) = (0, 0);
    for ((shown, _), outcome) in files.iter().zip(outcomes) {
        match outcome {
            FmtOutcome::Unchanged => {}
            FmtOutcome::Changed => {
                changed += 1;
                let verb = if check { "would reformat" } else { "formatted" };
                writeln!(out, "{verb} {shown}")?;
            }
            FmtOutcome::Failed(message) => {
                failed += 1;
                error_line(err, opts, &message)?;
            }
        }
    }
    let verb = if check {
        "would be reformatted"
    } else {
        "reformatted"
    };
    writeln!(
        err,
        "{changed} of {} {verb}{}",
        render::form::counted(files.len(), "file"),
        if failed > 0 {
            format!(", {failed} left as they are")
        } else {
            String::new()
        }
    )?;
    Ok(if failed > 0 || (check && changed > 0) {
        FINDINGS
    } else {
        OK
    })
}

/// `extract`: print drafts (TOML, or JSON), or append them to a claim file
/// through the checks and the safe write of `add`.
fn extract(
    input: &std::path::Path,
    source: Option<&str>,
    document: &crate::extract::DocumentFields,
    append: Option<&std::path::Path>,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    use crate::extract::{self, Confidence};
    use crate::spelling::Spellings;
    let read = if input.as_os_str() == "-" {
        let mut text = String::new();
        io::Read::read_to_string(&mut io::stdin(), &mut text).map(|_| text)
    } else {
        std::fs::read_to_string(input)
    };
    let text = match read {
        Ok(t) => t,
        Err(e) => {
            error_line(err, opts, &format!("cannot read {}: {e}", input.display()))?;
            writeln!(
                err,
                "help: give a UTF-8 text file, or - to read standard input"
            )?;
            return Ok(FAILURE);
        }
    };
    if let Some(p) = &document.published
        && let Err(why) = date::parse(p)
    {
        error_line(
            err,
            opts,
            &format!("--published `{p}` is not a date: {why}"),
        )?;
        writeln!(err, "help: {}", date::DATE_FORMS)?;
        return Ok(FAILURE);
    }
    // Ids the repository holds are taken: the drafts number past them,
    // to sit beside them (appended, or pasted in). A repository that
    // cannot be read takes none; `--append` reports why. With `--append`
    // the repository is analysed once, here, for the ids and for the check.
    let before = append.and_then(|_| analyse(&opts.paths).ok());
    // Its sources and subjects are drafted as it writes them.
    let known = |repo: &crate::loader::Repository| {
        let ids: HashSet<String> = repo.claims.iter().map(|c| c.id.to_string()).collect();
        (ids, Spellings::of(&repo.claims))
    };
    let loaded = match (&before, append) {
        (None, None) => crate::loader::load(&opts.paths).ok().map(|(repo, _)| repo),
        _ => None,
    };
    let repo = before.as_ref().map(|a| &a.repo).or(loaded.as_ref());
    let (taken, spellings) = repo.map(known).unwrap_or_default();
    let mut drafts = extract::extract_beside(&text, source, taken, spellings);
    let published = document.published_date();
    // A figure the repository holds already is no new claim: a draft
    // that revises it supersedes that claim.
    if let Some(repo) = repo {
        extract::mark_held(&mut drafts, &repo.claims, published.as_ref());
        // A figure of a story the article continues goes in its subject.
        extract::place(&mut drafts, &repo.claims);
    }
    if let Some(file) = append {
        let claims: Vec<crate::edit::Fields> = drafts
            .iter()
            .filter(|d| d.confidence == Confidence::High && d.held.is_none())
            .map(|d| extract::fields(d, published.as_ref()))
            .collect();
        let prefix = (!document.is_empty()).then(|| document.to_toml());
        let unattributed = drafts
            .iter()
            .filter(|d| d.confidence == Confidence::High && d.source == crate::schema::UNATTRIBUTED)
            .count();
        let held: Vec<&str> = drafts.iter().filter_map(|d| d.held.as_deref()).collect();
        if !held.is_empty() {
            writeln!(
                err,
                "note: {} left out: the repository holds {} already ({})",
                render::form::counted(held.len(), "draft"),
                if held.len() == 1 { "it" } else { "them" },
                held.join(", ")
            )?;
        }
        let code = add_claims(file, claims, prefix.as_deref(), before, opts, out, err)?;
        if code == FINDINGS && unattributed > 0 {
            writeln!(
                err,
                "help: {unattributed} draft(s) name no source (`source = \"?\"`): give the \
                 article's own with --source NAME, or print the drafts without --append, \
                 edit them, and add them with `claimtrack add FILE --stdin`"
            )?;
        }
        return Ok(code);
    }
    match opts.format {
        Format::Json => {
            let array: Vec<serde_json::Value> = drafts
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "id": d.id,
                        "subject": d.subject,
                        "source": d.source,
                        "value": extract::value_text(d),
                        "as_written": d.value,
                        "unit": d.unit,
                        "stated": extract::stated(d, published.as_ref()),
                        "as_of": extract::as_of(d, published.as_ref()),
                        "supersedes": d.supersedes,
                        "basis": d.basis.map(crate::model::Basis::as_str),
                        "quote": d.quote,
                        "confidence": match d.confidence { Confidence::High => "high", Confidence::Low(_) => "low" },
                        "doubt": match d.confidence { Confidence::High => None, Confidence::Low(doubt) => Some(doubt.as_str()) },
                        "offset": d.span.start,
                        "held": d.held,
                    })
                })
                .collect();
            render::write_json(&serde_json::Value::Array(array), out)?;
        }
        Format::Table => write!(out, "{}", extract::to_toml(&drafts, document))?,
        other => {
            error_line(
                err,
                opts,
                &format!(
                    "`extract` prints TOML or --format json, not {}",
                    other.as_str()
                ),
            )?;
            return Ok(FAILURE);
        }
    }
    Ok(OK)
}

#[allow(clippy::too_many_arguments)]
fn add(
    file: &std::path::Path,
    fields: &[(String, String)],
    via: &[String],
    tags: &[String],
    toml: Option<&str>,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    use crate::edit;
    let mut document = None;
    // The repository, analysed once: for an id to propose, and the check.
    let mut before = None;
    let claims: Vec<edit::Fields> = match toml {
        Some(text) => match edit::claims_from_toml(text) {
            Ok(input) if !input.left_out.is_empty() => {
                let tables: Vec<String> = input.left_out.iter().map(|t| format!("`{t}`")).collect();
                error_line(
                    err,
                    opts,
                    &format!(
                        "standard input holds {} beside its claims, which `add` does not append; nothing was written",
                        tables.join(", ")
                    ),
                )?;
                writeln!(
                    err,
                    "help: give only [[claim]] tables (and one [document]), and put the rest in the file by hand"
                )?;
                return Ok(FAILURE);
            }
            Ok(input) if !input.claims.is_empty() => {
                document = input.document;
                input.claims
            }
            Ok(_) => {
                error_line(err, opts, "standard input holds no claim")?;
                return Ok(FAILURE);
            }
            Err(e) => {
                error_line(
                    err,
                    opts,
                    &format!("standard input is not valid TOML: {}", e.message()),
                )?;
                return Ok(FAILURE);
            }
        },
        None => {
            // No `--id`: one is proposed from the source, the subject and
            // `--stated`, numbered past the repository's.
            let given = |key: &str| {
                fields
                    .iter()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.as_str())
            };
            let mut keys = fields.to_vec();
            if given("id").is_none()
                && let (Some(source), Some(subject)) = (given("source"), given("subject"))
                && let Ok(analysis) = analyse(&opts.paths)
            {
                let id = crate::ids::proposed(&analysis.repo, source, subject, given("stated"));
                keys.push(("id".into(), id));
                before = Some(analysis);
            }
            // Keys in `fmt`'s order; via and tags are lists, the rest text.
            let mut f: edit::Fields = Vec::new();
            for key in edit::CLAIM_ORDER {
                let list = match *key {
                    "via" => Some(via),
                    "tags" => Some(tags),
                    _ => None,
                };
                match list {
                    Some(items) if !items.is_empty() => {
                        f.push((key.to_string(), edit::strings(items)))
                    }
                    Some(_) => {}
                    None => {
                        if let Some((_, text)) = keys.iter().find(|(k, _)| k == key) {
                            f.push((key.to_string(), edit::field_value(key, text)));
                        }
                    }
                }
            }
            vec![f]
        }
    };
    add_claims(file, claims, document.as_deref(), before, opts, out, err)
}

/// Append `claims` to `file`, after validating the whole repository with
/// them: nothing is written when they bring an error. `document` is the
/// `[document]` table they were read under (TOML text): it opens a new
/// file, and a file with another is refused. `before` is the
/// repository's analysis where the caller has made it already.
fn add_claims(
    file: &std::path::Path,
    claims: Vec<crate::edit::Fields>,
    document: Option<&str>,
    before: Option<crate::Analysis>,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    use crate::edit;
    let (noun, were) = if claims.len() == 1 {
        ("claim", "was")
    } else {
        ("claims", "were")
    };
    let shown = crate::loader::display(file);
    let original = match std::fs::read(file) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => {
            error_line(err, opts, &format!("cannot read {shown}: {e}"))?;
            return Ok(FAILURE);
        }
    };
    let Ok(text) = std::str::from_utf8(original.as_deref().unwrap_or_default()) else {
        error_line(
            err,
            opts,
            &format!("{shown} is not UTF-8; nothing was written"),
        )?;
        return Ok(FAILURE);
    };
    // Claims read under a `[document]` keep it: it opens a new file, and
    // one that already has another is refused, whose `published` the
    // claims would take as their `stated`.
    let start = match (original.is_none(), document) {
        (true, Some(d)) => d.to_string(),
        (false, Some(d)) => match edit::place_document(text, d) {
            Ok(start) => start.unwrap_or_else(|| text.to_string()),
            Err(differs) => {
                error_line(
                    err,
                    opts,
                    &format!(
                        "the new {noun} {were} read under another [document] than {shown}'s: {}; appended, they would take this file's; nothing was written",
                        differs.join(", ")
                    ),
                )?;
                writeln!(
                    err,
                    "help: append them to a file of the document's own (a new file takes its [document]), or give them `stated` and leave the [document] out"
                )?;
                return Ok(FAILURE);
            }
        },
        _ => text.to_string(),
    };
    let new_text = edit::append(&start, &claims);

    // The whole repository, before and after: the change may bring no error.
    let before = match before.map_or_else(|| analyse(&opts.paths), Ok) {
        Ok(a) => a,
        Err(e) => {
            error_line(err, opts, &e.to_string())?;
            return Ok(FAILURE);
        }
    };
    let after = match crate::loader::load_with(&opts.paths, Some((file, new_text.as_bytes()))) {
        Ok((repo, found)) => crate::analyse_loaded(repo, found),
        Err(e) => {
            error_line(err, opts, &e.to_string())?;
            return Ok(FAILURE);
        }
    };
    let found = match crate::changes::compare(&before, &after) {
        Ok(found) => found,
        Err(e) => {
            error_line(err, opts, &e.to_string())?;
            return Ok(FAILURE);
        }
    };
    // Warnings the claims bring (a quote without the figure, a relay),
    // keyed without lines as errors are: shown, and with
    // --deny-warnings refused as errors are.
    use crate::changes::error_key;
    let known: std::collections::HashSet<_> = before
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| error_key(&before, d))
        .collect();
    let new_warnings: Vec<Diagnostic> = after
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning && !known.contains(&error_key(&after, d)))
        .cloned()
        .collect();
    // Drafts are unreviewed by design: one line for them all, not a
    // finding each (`check` shows each), and no reason to refuse them
    // under --deny-warnings, which `check` applies once they are in.
    let (drafts, new_warnings): (Vec<Diagnostic>, Vec<Diagnostic>) = new_warnings
        .into_iter()
        .partition(|d| d.code == crate::diagnostic::Code::UnreviewedDraft);
    let drafts = drafts.len();
    let refused = !found.new_errors.is_empty() || opts.deny_warnings && !new_warnings.is_empty();
    let shown_findings: Vec<Diagnostic> = found
        .new_errors
        .iter()
        .chain(&new_warnings)
        .cloned()
        .collect();
    if !shown_findings.is_empty() {
        render::diagnostics::write(
            &shown_findings,
            &after.repo.files,
            Format::Table,
            &opts.err_style,
            err,
        )?;
    }
    if drafts > 0 {
        let (them, are) = match drafts {
            1 => ("1 new claim".to_string(), "is an unreviewed draft"),
            n => (format!("{n} new claims"), "are unreviewed drafts"),
        };
        writeln!(
            err,
            "{}: {them} {are} (tag `draft`); `check` warns at each (`unreviewed-draft`) \
             until it is reviewed",
            opts.err_style.paint("1;33", "note"),
        )?;
    }
    if refused {
        let brought = match found.new_errors.len() {
            0 => format!("{} warning(s) (--deny-warnings)", new_warnings.len()),
            n => format!("{n} error(s)"),
        };
        error_line(
            err,
            opts,
            &format!("the new {noun} would bring {brought}; nothing was written to {shown}"),
        )?;
        return Ok(FINDINGS);
    }
    if let Err(e) = crate::write::replace(file, original.as_deref(), new_text.as_bytes()) {
        error_line(err, opts, &e.to_string())?;
        return Ok(FAILURE);
    }
    for &i in &found.added {
        let c = &after.repo.claims[i];
        writeln!(
            out,
            "added `{}` to {} ({})",
            c.id,
            shown,
            render::form::claim_long(c)
        )?;
    }
    Ok(OK)
}

#[cfg(test)]
mod tests {
    use super::or_list;

    #[test]
    fn or_lists_read_as_english_and_stop_at_five() {
        let items = |n: usize| -> Vec<String> { (1..=n).map(|i| i.to_string()).collect() };
        assert_eq!(or_list(&items(0)), "");
        assert_eq!(or_list(&items(1)), "1");
        assert_eq!(or_list(&items(2)), "1 or 2");
        assert_eq!(or_list(&items(5)), "1, 2, 3, 4 or 5");
        assert_eq!(or_list(&items(7)), "1, 2, 3, 4, 5 or 2 more");
    }
}

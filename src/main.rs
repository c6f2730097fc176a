//! The `claimtrack` binary: parses arguments and calls the library.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimtrack::app::{self, Command, FailOn, Options, Vintage};
use claimtrack::model::{Basis, Status};
use claimtrack::render::{Format, Style};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Track numeric claims across sources: normalise, version and reconcile them.
#[derive(Parser)]
#[command(name = "claimtrack", version, args_conflicts_with_subcommands = true)]
#[command(
    after_help = "With no command, prints the report of the claims under PATH.\n\
Exit status: 0 fine (warnings allowed),\n\
1 the claim files have errors (or warnings with --deny-warnings),\n\
2 the command could not run."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
    #[command(flatten)]
    common: Common,
}

#[derive(Args, Clone)]
struct Output {
    /// Output format [default: table]
    #[arg(long, value_enum, global = true)]
    format: Option<FormatArg>,
    /// Exit 1 on warnings too
    #[arg(long, global = true)]
    deny_warnings: bool,
    /// When to colour output
    #[arg(long, value_enum, default_value = "auto", global = true)]
    color: ColorArg,
}

#[derive(Args, Clone)]
struct Common {
    #[command(flatten)]
    output: Output,
    /// Claim files or folders, searched recursively for *.toml
    #[arg(value_name = "PATH", default_value = "claims")]
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once; boxing would only add noise
enum Cmd {
    /// Validate the claim files: errors and warnings with file:line:column
    Check {
        /// Only report on files changed since this git revision (plus checks across files)
        #[arg(long, value_name = "BASE")]
        changed_since: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// The normalised records
    List {
        /// Only subjects at or below this one (whole slash segments)
        #[arg(long)]
        subject: Option<String>,
        /// Only this source
        #[arg(long)]
        source: Option<String>,
        /// Only claims of this status (repeat or separate with commas)
        #[arg(long, value_enum, value_delimiter = ',')]
        status: Vec<StatusArg>,
        /// Only claims of this basis (repeat or separate with commas)
        #[arg(long, value_enum, value_delimiter = ',')]
        basis: Vec<BasisArg>,
        #[command(flatten)]
        common: Common,
    },
    /// Every series of a subject, version by version, with revisions
    #[command(group = clap::ArgGroup::new("vintage").multiple(false))]
    History {
        /// Subject, or a prefix of whole slash segments
        subject: String,
        /// Only the first version of each series
        #[arg(long, group = "vintage")]
        first: bool,
        /// Only the latest version of each series
        #[arg(long, group = "vintage")]
        latest: bool,
        /// Only the version of each series in force on this date
        #[arg(long, value_name = "DATE", group = "vintage")]
        as_of: Option<String>,
        /// A vintage matrix per series: described dates by stated dates
        #[arg(long, group = "vintage")]
        matrix: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Reconciliation of a subject across sources
    Compare {
        /// Subject, or a prefix of whole slash segments
        subject: String,
        /// Use each source's latest version stated on or before this date
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// What two sources say about the subjects they share, and what only one says
    Diff {
        source_a: String,
        source_b: String,
        #[command(flatten)]
        common: Common,
    },
    /// History and reconciliation of every subject
    ///
    /// --format html makes one self-contained page (charts, tables, quotes)
    /// for a browser or print; write it to a file with -o.
    Report {
        /// Write the report to this file (atomically) instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        file: Option<PathBuf>,
        /// Only subjects at or below this one (whole slash segments)
        #[arg(long)]
        subject: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Chart how each source's figure for a subject moved: FILE.svg or FILE.png
    ///
    /// A step line per source against the date stated, intervals as bands,
    /// open-ended figures as arrows, conflicting latest figures ringed in
    /// red. `-o -` prints the SVG.
    Plot {
        /// The subject (exact, or a prefix that names one subject)
        subject: String,
        /// The image to write: .svg or .png (- prints SVG to standard output)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        file: PathBuf,
        /// Image size in pixels
        #[arg(long, value_name = "WxH", default_value = "800x450")]
        size: String,
        #[command(flatten)]
        common: Common,
    },
    /// Draft claims from article text (a file, or - for stdin)
    ///
    /// Prints a draft [[claim]] per figure: value as written, unit, the
    /// sentence as quote, source from the attribution. Review every draft.
    Extract {
        /// The article: a text file, or - for standard input
        #[arg(value_name = "FILE")]
        input: PathBuf,
        /// Source for drafts whose text names none (else "?", which check rejects)
        #[arg(long, value_name = "NAME")]
        source: Option<String>,
        /// [document] title
        #[arg(long)]
        title: Option<String>,
        /// [document] publisher
        #[arg(long)]
        publisher: Option<String>,
        /// [document] url
        #[arg(long)]
        url: Option<String>,
        /// [document] published date; `a day earlier` and the like count
        /// back from it for `as_of`
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Append the drafts to this claim file (checked and written as `add` does)
        #[arg(long, value_name = "FILE")]
        append: Option<PathBuf>,
        /// The claim folder whose ids the drafts number past, and which
        /// --append checks them against
        #[arg(long = "repo", value_name = "PATH", default_value = "claims")]
        repo: Vec<PathBuf>,
        #[command(flatten)]
        output: Output,
    },
    /// Records with revisions and reconciliation, for other tools
    ///
    /// --format jsonl (the default) prints one JSON object per claim;
    /// --format sqlite writes a database (tables claims, revisions,
    /// reconciliations, documents) to the file given with -o.
    Export {
        /// The file to write (required for sqlite; jsonl prints to stdout without it)
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        file: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Record-level changes between git revisions: BASE [HEAD] [PATH...]
    ///
    /// HEAD defaults to the work tree; BASE..HEAD is accepted too. Claims are
    /// read straight from git, without a checkout.
    Changes {
        /// BASE, then optionally HEAD, then PATHs (default: claims)
        #[arg(value_name = "BASE [HEAD] [PATH]", required = true, num_args = 1..)]
        args: Vec<String>,
        /// Exit 1 when the change brings a new conflict or new check errors
        #[arg(long, value_enum)]
        fail_on: Vec<FailOnArg>,
        #[command(flatten)]
        output: Output,
    },
    /// Print the JSON Schema of the claim file, for editors
    Schema {
        #[command(flatten)]
        output: Output,
    },
    /// Lay out claim files canonically, keeping comments (--check: list, exit 1)
    Fmt {
        /// Write nothing; list the files that would change and exit 1 if any
        #[arg(long)]
        check: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Append a claim to FILE, validated against the whole repository first
    ///
    /// Give the claim's keys as flags, or a TOML table (or [[claim]] tables)
    /// on standard input with --stdin. Nothing is written when the claim
    /// would bring an error (or, with --deny-warnings, a warning); warnings
    /// it brings are shown. A [document] beside [[claim]] tables (as
    /// `extract` prints) opens a new file; a file that has another is
    /// refused, since the claims would take its `published`. The file is
    /// replaced atomically.
    Add {
        /// The claim file to append to (created if absent)
        file: PathBuf,
        /// Read the claim(s) as TOML from standard input
        #[arg(long, conflicts_with_all = ["id", "subject", "source", "value"])]
        stdin: bool,
        /// Unique id, e.g. nis-deaths-2025-10 [default: proposed from --source, the subject's last
        /// segment and --stated, numbered past the repository's ids]
        #[arg(long)]
        id: Option<String>,
        /// What is measured, e.g. nk-troops-in-russia/deaths
        #[arg(long)]
        subject: Option<String>,
        /// Who asserts the figure (the originator)
        #[arg(long)]
        source: Option<String>,
        /// Who relayed it, originator side first (repeatable)
        #[arg(long)]
        via: Vec<String>,
        /// The figure as stated, e.g. "about 2,500"
        #[arg(long, allow_hyphen_values = true)]
        value: Option<String>,
        /// e.g. deaths, troops, percent
        #[arg(long)]
        unit: Option<String>,
        /// When the source said it (2025-09-02, 2025-09, 2025 or unknown)
        #[arg(long, value_name = "DATE")]
        stated: Option<String>,
        /// The date the figure describes, when it differs from --stated
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Id of the claim of the same subject and source this one revises
        #[arg(long, value_name = "ID")]
        supersedes: Option<String>,
        /// The sentence it was read from, verbatim
        #[arg(long)]
        quote: Option<String>,
        /// figure (default) or statement
        #[arg(long)]
        kind: Option<String>,
        /// Source grade, A–F then 1–6, e.g. B2
        #[arg(long)]
        reliability: Option<String>,
        /// The analyst's remark
        #[arg(long)]
        note: Option<String>,
        /// A free label (repeatable)
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// reported, estimated, measured, derived or forecast
        #[arg(long)]
        basis: Option<String>,
        /// current, disputed or retracted
        #[arg(long)]
        status: Option<String>,
        /// Why the claim is disputed or retracted
        #[arg(long)]
        status_reason: Option<String>,
        /// The claim folders to validate against
        #[arg(long = "repo", value_name = "PATH", default_value = "claims")]
        repo: Vec<PathBuf>,
        #[command(flatten)]
        output: Output,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOnArg {
    Conflict,
    Error,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    #[value(alias = "human")]
    Table,
    Markdown,
    Csv,
    Json,
    /// GitHub Actions annotations (check only)
    Github,
    /// One JSON object per line (export only)
    Jsonl,
    /// An SQLite database (export only, with -o)
    Sqlite,
    /// A self-contained HTML page (report only)
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum StatusArg {
    Current,
    Disputed,
    Retracted,
}

#[derive(Clone, Copy, ValueEnum)]
enum BasisArg {
    Reported,
    Estimated,
    Measured,
    Derived,
    Forecast,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn style(color: ColorArg, terminal: bool, width: bool) -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = !no_color
        && match color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => terminal,
        };
    // A width of 0 is no width: a pseudo-terminal that was never sized
    // (`script`, some CI runners) reports 0 columns.
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
        .filter(|&c| c > 0);
    let width = if width {
        columns.or_else(|| {
            terminal
                .then(|| comfy_table::Table::new().width())
                .flatten()
                .filter(|&c| c > 0)
        })
    } else {
        None
    };
    Style { color, width }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (command, common) = match cli.command {
        None => (
            Command::Report {
                file: None,
                subject: None,
            },
            cli.common,
        ),
        Some(Cmd::Check {
            changed_since,
            common,
        }) => (Command::Check { changed_since }, common),
        Some(Cmd::Changes {
            args,
            fail_on,
            output,
        }) => {
            let (base, head, paths) = app::split_changes_args(&args);
            let fail_on = fail_on
                .into_iter()
                .map(|f| match f {
                    FailOnArg::Conflict => FailOn::Conflict,
                    FailOnArg::Error => FailOn::Error,
                })
                .collect();
            (
                Command::Changes {
                    base,
                    head,
                    fail_on,
                },
                Common { output, paths },
            )
        }
        Some(Cmd::Fmt { check, common }) => (Command::Fmt { check }, common),
        Some(Cmd::Add {
            file,
            stdin,
            id,
            subject,
            source,
            via,
            value,
            unit,
            stated,
            as_of,
            supersedes,
            quote,
            kind,
            reliability,
            note,
            tags,
            basis,
            status,
            status_reason,
            repo,
            output,
        }) => {
            let named = [
                ("id", id),
                ("subject", subject),
                ("source", source),
                ("value", value),
                ("unit", unit),
                ("stated", stated),
                ("as_of", as_of),
                ("supersedes", supersedes),
                ("quote", quote),
                ("kind", kind),
                ("reliability", reliability),
                ("note", note),
                ("basis", basis),
                ("status", status),
                ("status_reason", status_reason),
            ];
            let fields = named
                .into_iter()
                .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
                .collect();
            let toml = if stdin {
                let mut text = String::new();
                if let Err(e) = io::Read::read_to_string(&mut io::stdin(), &mut text) {
                    let _ = writeln!(io::stderr(), "error: cannot read standard input: {e}");
                    return ExitCode::from(app::FAILURE as u8);
                }
                Some(text)
            } else {
                None
            };
            (
                Command::Add {
                    file,
                    fields,
                    via,
                    tags,
                    toml,
                },
                Common {
                    output,
                    paths: repo,
                },
            )
        }
        Some(Cmd::Schema { output }) => (
            Command::Schema,
            Common {
                output,
                paths: Vec::new(),
            },
        ),
        Some(Cmd::List {
            subject,
            source,
            status,
            basis,
            common,
        }) => {
            let statuses = status
                .into_iter()
                .map(|s| match s {
                    StatusArg::Current => Status::Current,
                    StatusArg::Disputed => Status::Disputed,
                    StatusArg::Retracted => Status::Retracted,
                })
                .collect();
            let bases = basis
                .into_iter()
                .map(|b| match b {
                    BasisArg::Reported => Basis::Reported,
                    BasisArg::Estimated => Basis::Estimated,
                    BasisArg::Measured => Basis::Measured,
                    BasisArg::Derived => Basis::Derived,
                    BasisArg::Forecast => Basis::Forecast,
                })
                .collect();
            (
                Command::List {
                    subject,
                    source,
                    statuses,
                    bases,
                },
                common,
            )
        }
        Some(Cmd::History {
            subject,
            first,
            latest,
            as_of,
            matrix,
            common,
        }) => {
            let vintage = match (first, latest, as_of, matrix) {
                (true, ..) => Vintage::First,
                (_, true, ..) => Vintage::Latest,
                (_, _, Some(date), _) => Vintage::AsOf(date),
                (.., true) => Vintage::Matrix,
                _ => Vintage::All,
            };
            (Command::History { subject, vintage }, common)
        }
        Some(Cmd::Export { file, common }) => (Command::Export { file }, common),
        Some(Cmd::Extract {
            input,
            source,
            title,
            publisher,
            url,
            published,
            append,
            repo,
            output,
        }) => (
            Command::Extract {
                input,
                source,
                document: claimtrack::extract::DocumentFields {
                    title,
                    publisher,
                    url,
                    published,
                },
                append,
            },
            Common {
                output,
                paths: repo,
            },
        ),
        Some(Cmd::Compare {
            subject,
            as_of,
            common,
        }) => (Command::Compare { subject, as_of }, common),
        Some(Cmd::Diff {
            source_a,
            source_b,
            common,
        }) => (
            Command::Diff {
                a: source_a,
                b: source_b,
            },
            common,
        ),
        Some(Cmd::Report {
            file,
            subject,
            common,
        }) => (Command::Report { file, subject }, common),
        Some(Cmd::Plot {
            subject,
            file,
            size,
            common,
        }) => {
            let size = match claimtrack::render::plot::Size::parse(&size) {
                Ok(size) => size,
                Err(why) => {
                    let _ = writeln!(io::stderr(), "error: --size {why}");
                    let _ = writeln!(io::stderr(), "help: give the size as --size 1200x600");
                    return ExitCode::from(app::FAILURE as u8);
                }
            };
            (
                Command::Plot {
                    subject,
                    file,
                    size,
                },
                common,
            )
        }
    };
    let output = common.output;
    let default = match command {
        Command::Export { .. } => FormatArg::Jsonl,
        _ => FormatArg::Table,
    };
    let format = match output.format.unwrap_or(default) {
        FormatArg::Table => Format::Table,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
        FormatArg::Github => Format::Github,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Sqlite => Format::Sqlite,
        FormatArg::Html => Format::Html,
    };
    let opts = Options {
        paths: common.paths,
        format,
        deny_warnings: output.deny_warnings,
        style: style(output.color, io::stdout().is_terminal(), true),
        err_style: style(output.color, io::stderr().is_terminal(), false),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut err = io::stderr().lock();
    let result =
        app::run(&command, &opts, &mut out, &mut err).and_then(|code| out.flush().map(|()| code));
    match result {
        Ok(code) => ExitCode::from(code as u8),
        // A closed pipe (`claimtrack list | head`) is a clean end.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            ExitCode::from(app::FAILURE as u8)
        }
    }
}

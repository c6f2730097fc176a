//! The `claimtrack` binary: parses arguments and calls the library.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimtrack::app::{self, Command, Options};
use claimtrack::render::{Format, Style};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Track numeric claims across sources: normalise, version and reconcile them.
#[derive(Parser)]
#[command(name = "claimtrack", version, args_conflicts_with_subcommands = true)]
#[command(
    after_help = "With no command, prints the report of the claims under PATH (default: claims).\n\
Exit status: 0 fine (warnings allowed), 1 the claim files have errors \
(or warnings with --deny-warnings), 2 the command could not run."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
    #[command(flatten)]
    common: Common,
}

#[derive(Args, Clone)]
struct Common {
    /// Output format [default: table]
    #[arg(long, value_enum, global = true)]
    format: Option<FormatArg>,
    /// Exit 1 on warnings too
    #[arg(long, global = true)]
    deny_warnings: bool,
    /// When to colour output
    #[arg(long, value_enum, default_value = "auto", global = true)]
    color: ColorArg,
    /// Claim files or folders, searched recursively for *.toml
    #[arg(value_name = "PATH", default_value = "claims")]
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Validate the claim files: errors and warnings with file:line:column
    Check {
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
        #[command(flatten)]
        common: Common,
    },
    /// Every series of a subject, version by version, with revisions
    History {
        /// Subject, or a prefix of whole slash segments
        subject: String,
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
    Report {
        #[command(flatten)]
        common: Common,
    },
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
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok());
    let width = if width {
        columns.or_else(|| {
            terminal
                .then(|| comfy_table::Table::new().width())
                .flatten()
        })
    } else {
        None
    };
    Style { color, width }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (command, common) = match cli.command {
        None => (Command::Report, cli.common),
        Some(Cmd::Check { common }) => (Command::Check, common),
        Some(Cmd::List {
            subject,
            source,
            common,
        }) => (Command::List { subject, source }, common),
        Some(Cmd::History { subject, common }) => (Command::History { subject }, common),
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
        Some(Cmd::Report { common }) => (Command::Report, common),
    };
    let format = match common.format.unwrap_or(FormatArg::Table) {
        FormatArg::Table => Format::Table,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Csv => Format::Csv,
        FormatArg::Json => Format::Json,
        FormatArg::Github => Format::Github,
    };
    let opts = Options {
        paths: common.paths,
        format,
        deny_warnings: common.deny_warnings,
        style: style(common.color, io::stdout().is_terminal(), true),
        err_style: style(common.color, io::stderr().is_terminal(), false),
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

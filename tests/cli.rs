//! End-to-end tests of the `claimtrack` binary: exit codes, stdout and
//! stderr, on the shipped claims and on the fixtures in tests/fixtures/.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

/// Run the binary in `dir` with no colour and no terminal width.
fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(args)
        .current_dir(dir)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .output()
        .expect("run claimtrack");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn run(args: &[&str]) -> Run {
    run_in(&root(), args)
}

/// Assert that `text` contains each of `shown`, naming the missing one.
#[track_caller]
fn assert_shows(text: &str, shown: &[&str]) {
    for shown in shown {
        assert!(text.contains(shown), "{shown}\n{text}");
    }
}

fn json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// The string `keys` of every object in a JSON array, as tuples of text.
fn fields(array: &Value, keys: &[&str]) -> Vec<Vec<String>> {
    array
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    keys.iter()
                        .map(|k| x[*k].as_str().unwrap_or("").to_string())
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Each object of a JSON array as the JSON text of its `keys`, joined by
/// spaces: `"approx" 900 1100 null`.
fn shown(array: &Value, keys: &[&str]) -> Vec<String> {
    array
        .as_array()
        .into_iter()
        .flatten()
        .map(|x| {
            keys.iter()
                .map(|k| x[*k].to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// One string key of every object in a JSON array.
fn column(array: &Value, key: &str) -> Vec<String> {
    fields(array, &[key])
        .into_iter()
        .map(|mut f| f.remove(0))
        .collect()
}

/// A throw-away folder of claim files in a temporary directory; a git
/// repository when made by [`Scratch::git_repo`].
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn git_repo() -> Self {
        let r = Scratch::new();
        r.git(&["init", "-q", "-b", "main"]);
        r
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The folder as a command-line argument.
    fn arg(&self) -> String {
        self.path().to_string_lossy().into_owned()
    }

    /// Write `text` to `rel`, making its folders.
    fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }

    fn mkdir(&self, rel: &str) {
        std::fs::create_dir_all(self.path().join(rel)).expect("mkdir");
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).expect("read")
    }

    fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .args([
                "-c",
                "user.name=test",
                "-c",
                "user.email=test@example.invalid",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(self.path())
            .output()
            .expect("git");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// Run the binary in the folder.
    fn run(&self, args: &[&str]) -> Run {
        run_in(self.path(), args)
    }
}

#[path = "cli/extract.rs"]
mod extract;
#[path = "cli/plots.rs"]
mod plots;
#[path = "cli/provenance.rs"]
mod provenance;

fn find<'a>(records: &'a Value, id: &str) -> &'a Value {
    records
        .as_array()
        .and_then(|a| a.iter().find(|r| r["id"] == id))
        .unwrap_or_else(|| panic!("no record {id}"))
}

// --- the shipped claims -------------------------------------------------

#[test]
fn the_shipped_claims_pass_check() {
    let r = run(&["check", "claims"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains(": 0 errors"), "{}", r.stdout);
}

#[test]
fn list_json_is_the_contract_record() {
    let r = run(&["list", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = json(&r);
    let rec = find(&records, "nis-deaths-2025-09");
    let keys: Vec<&str> = rec
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let contract = [
        "id",
        "subject",
        "source",
        "via",
        "value",
        "kind",
        "bound",
        "point",
        "low",
        "high",
        "low_inclusive",
        "high_inclusive",
        "unit",
        "stated",
        "as_of",
        "version",
        "supersedes",
        "file",
        "line",
    ];
    assert_eq!(&keys[..contract.len()], contract);
    assert_eq!(rec["subject"], "nk-troops-in-russia/deaths");
    assert_eq!(rec["source"], "NIS");
    assert_eq!(rec["value"], "about 2,000");
    assert_eq!(rec["bound"], "approx");
    assert_eq!(rec["point"].to_string(), "2000");
    assert_eq!(rec["low"].to_string(), "1800");
    assert_eq!(rec["high"].to_string(), "2200");
    assert_eq!(rec["low_inclusive"], true);
    assert_eq!(rec["unit"], "deaths");
    assert_eq!(rec["stated"], "2025-09-02");
    assert_eq!(rec["as_of"], Value::Null);
    assert_eq!(rec["version"], 3);
    assert_eq!(rec["supersedes"], "nis-deaths-2025-04");
    assert_eq!(
        rec["file"],
        "claims/2025-09-02-joongang-kim-victory-day.toml"
    );
    let text =
        std::fs::read_to_string(root().join("claims/2025-09-02-joongang-kim-victory-day.toml"))
            .unwrap_or_default();
    let line = rec["line"].as_u64().unwrap_or(0) as usize;
    assert_eq!(text.lines().nth(line - 1), Some("[[claim]]"));
    assert_eq!(text.lines().nth(line), Some("id = \"nis-deaths-2025-09\""));

    let at_least = find(&records, "nis-deaths-2025-04");
    assert_eq!(at_least["bound"], "at_least");
    assert_eq!(at_least["high"], Value::Null);
    assert_eq!(at_least["high_inclusive"], Value::Null);
    assert_eq!(at_least["stated"], "2025-04");
    let first = find(&records, "nis-deaths-first-deployments");
    assert_eq!(first["stated"], Value::Null, "the 350 figure is undated");
    assert_eq!(first["version"], 1);
}

#[test]
fn every_figure_of_the_seed_articles_is_recorded() {
    let records = json(&run(&["list", "--format", "json"]));
    let values = fields(&records, &["value", "bound"]);
    for (value, bound) in [
        ("about 350", "approx"),
        ("at least 600", "at_least"),
        ("about 2,000", "approx"),
        ("6000", "exact"),
        ("1,000 combat engineers", "exact"),
        ("more than 10,000 participants", "more_than"),
        ("over 100,000 people", "more_than"),
        ("26", "exact"),
    ] {
        assert!(
            values.contains(&vec![value.to_string(), bound.to_string()]),
            "{value} missing"
        );
    }
    let statements = values.iter().filter(|v| v[1] == "statement").count();
    assert_eq!(statements, 2, "Kim's attendance, from both articles");
}

#[test]
fn the_nis_chain_has_two_revisions() {
    let r = run(&["history", "nk-troops-in-russia/deaths", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let series = json(&r);
    let nis = &series[0];
    assert_eq!(nis["source"], "NIS");
    assert_eq!(
        nis["timeline"],
        "NIS: ≈350 casualties → ≥600 (2025-04) → ≈2,000 deaths (2025-09-02)"
    );
    let revisions = nis["revisions"].as_array().expect("revisions");
    assert_eq!(revisions.len(), 2);
    assert_eq!(revisions[0]["bound_change"]["from"], "approx");
    assert_eq!(revisions[0]["bound_change"]["to"], "at_least");
    assert_eq!(revisions[1]["ratio"].as_f64(), Some(3.33));
    assert_eq!(revisions[1]["point_change"], 1400);
    assert_eq!(
        revisions[1]["value_diff"],
        "[-at least 600-]{+about 2,000+}"
    );
    assert_eq!(
        revisions[1]["days"],
        Value::Null,
        "2025-04 is a partial date"
    );

    let table = run(&["history", "nk-troops-in-russia/deaths"]);
    assert!(
        table
            .stdout
            .contains("+1,400 (×3.33, +233.3%), at_least → approx"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains(
        "timeline  ▁▂█  NIS: ≈350 casualties → ≥600 (2025-04) → ≈2,000 deaths (2025-09-02)"
    ));
}

#[test]
fn bare_command_prints_the_report() {
    let bare = run(&[]);
    let report = run(&["report", "claims"]);
    assert_eq!(bare.code, 0);
    assert_eq!(bare.stdout, report.stdout);
    assert!(bare.stdout.contains("claimtrack report"));
    assert!(
        bare.stdout
            .contains("NIS: ≈350 casualties → ≥600 (2025-04) → ≈2,000 deaths (2025-09-02)")
    );
}

#[test]
fn report_json_summarises_the_repository() {
    let v = json(&run(&["report", "--format", "json"]));
    let s = &v["summary"];
    assert_eq!(s["claims"], 12);
    assert_eq!(s["subjects"], 9);
    assert_eq!(s["revisions"], 2);
    assert_eq!(s["conflicts"], 0);
    let kim = v["subjects"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|x| x["subject"] == "china-victory-day-parade/kim-jong-un-attends")
        })
        .expect("statement subject");
    assert_eq!(
        kim["status"], "agree",
        "Jong-un and Jong Un are the same words"
    );
}

#[test]
fn report_of_a_subject_prefix_counts_only_its_subjects() {
    let all = json(&run(&["report", "--format", "json"]));
    let v = json(&run(&[
        "report",
        "--subject",
        "nk-troops-in-russia",
        "--format",
        "json",
    ]));
    let subjects: Vec<&str> = v["subjects"]
        .as_array()
        .expect("subjects")
        .iter()
        .filter_map(|s| s["subject"].as_str())
        .collect();
    assert_eq!(
        subjects,
        [
            "nk-troops-in-russia/additional-deployment-planned",
            "nk-troops-in-russia/combat-engineers-arrived",
            "nk-troops-in-russia/deaths",
        ]
    );
    let s = &v["summary"];
    assert_eq!(s["subjects"], 3);
    assert_eq!(s["claims"], 5, "the claims of those subjects only");
    assert_eq!(s["sources"], 1);
    assert_eq!(s["revisions"], 2);
    // Each subject is reported as in the report of every subject.
    let whole = all["subjects"]
        .as_array()
        .expect("subjects")
        .iter()
        .find(|x| x["subject"] == "nk-troops-in-russia/deaths")
        .expect("deaths in the whole report");
    assert_eq!(&v["subjects"][2], whole);
    // Whole slash segments: `nk` names no subject.
    let r = run(&["report", "--subject", "nk"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("no subject matches `nk`"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    // The HTML page holds those subjects only.
    let html = run(&[
        "report",
        "--subject",
        "china-victory-day-parade/kim-jong-un-attends",
        "--format",
        "html",
    ]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    assert!(html.stdout.contains("kim-jong-un-attends"));
    assert!(!html.stdout.contains("nk-troops-in-russia"));
}

// --- bad input ----------------------------------------------------------

#[test]
fn every_bad_fixture_is_a_located_error() {
    let mut dirs: Vec<_> = std::fs::read_dir(fixtures().join("bad"))
        .expect("bad fixtures")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 15);
    for name in dirs {
        let path = format!("bad/{name}");
        let r = run_in(&fixtures(), &["check", &path]);
        assert_eq!(r.code, 1, "{name}: {}", r.stdout);
        if name != "all-at-once" {
            let code = name.trim_end_matches("-toml");
            assert!(
                r.stdout.contains(&format!("error[{code}]")),
                "{name}: {}",
                r.stdout
            );
        }
        assert!(
            r.stdout.contains(&format!("--> {path}/")),
            "{name}: not located: {}",
            r.stdout
        );
        assert!(r.stdout.contains('^'), "{name}: no caret");
        insta::assert_snapshot!(format!("bad-{name}"), r.stdout);
    }
}

#[test]
fn check_reports_every_problem_in_one_run() {
    let r = run_in(
        &fixtures(),
        &["check", "bad/all-at-once", "--format", "json"],
    );
    assert_eq!(r.code, 1);
    let findings = json(&r);
    let codes = column(&findings, "code");
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    for code in [
        "invalid-value",
        "invalid-date",
        "unknown-key",
        "duplicate-id",
        "supersedes-missing",
        "unit-mismatch",
        "missing-quote",
    ] {
        assert!(codes.contains(&code), "{code} not reported: {codes:?}");
    }
    assert_eq!(codes.iter().filter(|c| **c == "invalid-value").count(), 4);
    let first = &findings[0];
    for key in [
        "severity",
        "code",
        "message",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "help",
    ] {
        assert!(first.get(key).is_some(), "{key}");
    }
    assert_eq!(first["file"], "bad/all-at-once/one.toml");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(9), Some(20))
    );
    insta::assert_snapshot!("all-at-once-json", r.stdout);
    for format in ["github", "csv", "markdown"] {
        let r = run_in(
            &fixtures(),
            &["check", "bad/all-at-once", "--format", format],
        );
        assert_eq!(r.code, 1);
        insta::assert_snapshot!(format!("all-at-once-{format}"), r.stdout);
    }
}

#[test]
fn github_annotations_escape_their_properties() {
    let r = run_in(
        &fixtures(),
        &["check", "bad/duplicate-id", "--format", "github"],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .starts_with("::error file=bad/duplicate-id/b.toml,line=3,col=6,"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("title=claimtrack duplicate-id::"));
    assert!(r.stdout.contains("%0Ahelp: "), "newlines are escaped");
}

#[test]
fn warnings_fail_only_when_denied() {
    let r = run_in(&fixtures(), &["check", "versions"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("warning[relayed-differently]"));
    assert!(r.stdout.contains("warning[stated-before-superseded]"));
    let r = run_in(&fixtures(), &["check", "versions", "--deny-warnings"]);
    assert_eq!(r.code, 1);
}

/// A claim whose unit differs from its series' first claim's, and the
/// first claim of a subject whose kind differs from its first claim's
/// (once per subject), warn and point back at that first claim.
#[test]
fn series_units_and_subject_kinds_warn() {
    let r = run_in(&fixtures(), &["check", "series", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let findings = json(&r);
    let place = |f: &Value| {
        (
            f["code"].as_str().unwrap_or("").to_string(),
            f["line"].as_u64(),
            f["column"].as_u64(),
            f["related"][0]["line"].as_u64(),
            f["related"][0]["column"].as_u64(),
        )
    };
    let found: Vec<_> = findings
        .as_array()
        .into_iter()
        .flatten()
        .map(place)
        .collect();
    // `Deaths` is the unit `deaths`, and source B's `troops` is its own
    // series; the second statement repeats a mix already reported.
    assert_eq!(
        found,
        [
            (
                "series-unit-mismatch".to_string(),
                Some(26),
                Some(8),
                Some(8),
                Some(8)
            ),
            (
                "mixed-kinds".to_string(),
                Some(50),
                Some(9),
                Some(42),
                Some(9)
            ),
        ]
    );
    let r = run_in(&fixtures(), &["check", "series", "--deny-warnings"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("`deaths` here"), "{}", r.stdout);
}

#[test]
fn a_source_or_subject_written_two_ways_is_warned_about_unless_declared() {
    let dir = Scratch::new();
    let claims = [
        ("a", "quake/deaths", "Interior Ministry"),
        ("b", "quake/deaths", "Interior Ministry"),
        ("c", "quake/deaths", "Interior ministry"),
        ("d", "quake/death", "Interior Ministry"),
        ("e", "quake/injured", "the U.N."),
        ("f", "quake/injured", "UN"),
        // Told apart: another segment, another year, another body.
        ("g", "quake/deaths/confirmed", "UNHCR"),
        ("h", "gdp/2024", "INE"),
        ("i", "gdp/2025", "INE"),
        // A body by its initials and in full.
        ("j", "quake/affected", "World Health Organization"),
        ("k", "quake/affected", "WHO"),
        ("l", "quake/affected", "WHO"),
    ];
    let text: String = claims
        .iter()
        .map(|(id, subject, source)| claim(id, subject, source, "12", ""))
        .collect();
    dir.write("quake.toml", &text);
    let path = dir.arg();
    // Each finding's code, line and message.
    let findings = |r: &Run| -> Vec<(String, u64, String)> {
        json(r)
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| {
                (
                    f["code"].as_str().unwrap_or("").to_string(),
                    f["line"].as_u64().unwrap_or(0),
                    f["message"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    let r = run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let found = findings(&r);
    // Each claim is six lines and a blank line: `subject` on the third,
    // `source` on the fourth.
    let line = |claim: u64, key: u64| claim * 7 + key;
    let warning = |claim, key, message: &str| {
        (
            "split-spelling".to_string(),
            line(claim, key),
            message.to_string(),
        )
    };
    assert_eq!(
        found,
        [
            warning(
                2,
                4,
                "source `Interior ministry` is written `Interior Ministry` in 3 other claims"
            ),
            warning(
                3,
                3,
                "subject `quake/death` is written `quake/deaths` in 3 other claims"
            ),
            // Used as often: the first spelling is the usual one.
            warning(5, 4, "source `UN` is written `the U.N.` in 1 other claim"),
            warning(
                9,
                4,
                "source `World Health Organization` is written `WHO` in 2 other claims"
            ),
        ]
    );
    let r = run(&["check", &path, "--deny-warnings"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("`Interior Ministry` here"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("`WHO` reads as the initials of `World Health Organization`"),
        "{}",
        r.stdout
    );
    // Declared sources decide which are meant: the undeclared spelling is
    // an error, and no spelling of a declared one is second-guessed.
    let declared = [
        "Interior Ministry",
        "the U.N.",
        "UN",
        "UNHCR",
        "INE",
        "WHO",
        "World Health Organization",
    ]
    .iter()
    .map(|id| format!("[[source]]\nid = \"{id}\"\n\n"))
    .collect::<String>();
    dir.write("registry.toml", declared);
    let r = run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let codes: Vec<(String, u64)> = findings(&r)
        .into_iter()
        .map(|(code, line, _)| (code, line))
        .collect();
    assert_eq!(
        codes,
        [
            ("undeclared-source".to_string(), line(2, 4)),
            ("split-spelling".to_string(), line(3, 3)),
        ]
    );
}

#[test]
fn other_commands_show_errors_on_stderr_and_exit_1() {
    let r = run_in(
        &fixtures(),
        &["list", "bad/invalid-reliability", "--format", "json"],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("error[invalid-reliability]"),
        "{}",
        r.stderr
    );
    assert_eq!(
        json(&r).as_array().map(Vec::len),
        Some(1),
        "the claim still loads"
    );
}

#[test]
fn tables_name_each_figure_s_unit_and_summaries_write_millions_in_words() {
    let dir = Scratch::new();
    dir.write(
        "exports.toml",
        r#"[[claim]]
id = "exports-1"
subject = "flu/exports-at-risk"
source = "agriculture ministry"
value = "around 450 million"
unit = "zlotys a month"
stated = 2026-11-12

[[claim]]
id = "exports-2"
subject = "flu/exports-at-risk"
source = "agriculture ministry"
value = "about 600 million"
unit = "zloty a month"
stated = 2026-11-19
supersedes = "exports-1"

[[claim]]
id = "share"
subject = "flu/compensation-share"
source = "chamber"
value = "less than 50%"
stated = 2026-11-12
"#,
    );
    let path = dir.arg();
    // A plural on any word of the unit is the same unit: no warning.
    let check = run(&["check", &path]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        !check.stdout.contains("series-unit-mismatch"),
        "{}",
        check.stdout
    );
    let history = run(&[
        "history",
        "flu/exports-at-risk",
        &path,
        "--format",
        "markdown",
    ]);
    assert_eq!(history.code, 0, "{}", history.stderr);
    assert_shows(
        &history.stdout,
        &[
            "| v | stated | value | normalised | unit | change | via | at |",
            "| ≈600 million (540 million–660 million) | zloty a month |",
            // The unit is named once: `zloty a month` is no change from `zlotys a month`.
            "agriculture ministry: ≈450 million zlotys a month (2026-11-12) → ≈600 million (2026-11-19)",
            "first ≈450 million zlotys a month (2026-11-12); latest ≈600 million zloty a month \
         (2026-11-19); total revision +150 million (+33.3%)",
        ],
    );
    // A share shows its unit by its sign: no unit column, no `percent`.
    let share = run(&[
        "history",
        "flu/compensation-share",
        &path,
        "--format",
        "markdown",
    ]);
    assert!(
        share
            .stdout
            .contains("| v | stated | value | normalised | change | via | at |"),
        "{}",
        share.stdout
    );
    let report = run(&["report", &path, "--format", "markdown"]);
    assert_shows(
        &report.stdout,
        &[
            "| flu/exports-at-risk | single | agriculture ministry ≈600 million zloty a month |",
            "| flu/compensation-share | single | chamber <50% |",
        ],
    );
    let compare = run(&["compare", "flu/exports-at-risk", &path, "--format", "csv"]);
    let mut lines = compare.stdout.lines();
    assert!(
        lines.next().is_some_and(|h| h.ends_with(",reports,unit")),
        "{}",
        compare.stdout
    );
    assert!(
        lines
            .next()
            .is_some_and(|row| row.ends_with(",1,zloty a month")),
        "{}",
        compare.stdout
    );
}

#[test]
fn percentages_keep_their_sign_and_change_in_points() {
    let dir = Scratch::new();
    dir.write(
        "rates.toml",
        r#"[[claim]]
id = "office-sep"
subject = "econ/inflation"
source = "Office"
value = "2.4%"
stated = 2026-10-01

[[claim]]
id = "office-oct"
subject = "econ/inflation"
source = "Office"
value = "about 2.1%"
stated = 2026-11-01

[[claim]]
id = "bank"
subject = "econ/inflation"
source = "Bank"
value = "2.5% to 3%"
stated = 2026-11-02
"#,
    );
    let path = dir.arg();
    let history = run(&["history", "econ/inflation", &path, "--format", "markdown"]);
    assert_eq!(history.code, 0, "{}", history.stderr);
    assert_shows(
        &history.stdout,
        &[
            "| 2 | 2026-11-01 | about 2.1% | ≈2.1% (1.89%–2.31%) | -0.3 pp (×0.88, -12.5%), exact → approx |",
            "timeline  █▁  Office: 2.4% (2026-10-01) → ≈2.1% (2026-11-01)",
            "total revision -0.3 pp (-12.5%)",
            "Bank: 2.5%–3% (2026-11-02)",
        ],
    );
    let compare = run(&["compare", "econ/inflation", &path]);
    assert!(
        compare
            .stdout
            .contains("conflict: Bank 2.5%–3% vs Office ≈2.1%, gap 0.19 pp"),
        "{}",
        compare.stdout
    );
    let report = run(&["report", &path, "--format", "markdown"]);
    assert!(
        report.stdout.contains("Bank 2.5%–3%; Office ≈2.1%"),
        "{}",
        report.stdout
    );
    let diff = run(&["diff", "Bank", "Office", &path]);
    assert!(
        diff.stdout.contains("conflict (gap 0.19 pp)"),
        "{}",
        diff.stdout
    );
}

#[test]
fn values_that_once_read_as_a_wrong_figure() {
    let dir = Scratch::new();
    // A file of one claim per value, each quoting its own value.
    let write = |name: &str, values: &[&str]| {
        let text: String = values
            .iter()
            .enumerate()
            .map(|(k, value)| {
                format!(
                    "[[claim]]\nid = \"v{k}\"\nsubject = \"s/{k}\"\nsource = \"S\"\nvalue = \"{value}\"\nquote = \"{value} came\"\n\n"
                )
            })
            .collect();
        dir.write(name, text);
    };
    let good = [
        "3 hundred thousand",
        "1,000 or so",
        "20-odd",
        "2 crore rupees",
        "several hundred thousand",
        "1,000 people or so",
        "5% or more",
    ];
    write("good.toml", &good);
    let r = dir.run(&["list", "good.toml", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = shown(&json(&r), &["bound", "low", "high", "unit"]);
    assert_eq!(
        rows,
        [
            r#""exact" 300000 300000 null"#,
            r#""approx" 900 1100 null"#,
            r#""approx" 18 22 null"#,
            r#""exact" 20000000 20000000 "rupees""#,
            r#""vague" 300000 999999 null"#,
            r#""approx" 900 1100 "people""#,
            r#""at_least" 5 null "percent""#,
        ]
    );
    // The quotes agree with the values: no quote warning.
    let r = dir.run(&["check", "good.toml", "--deny-warnings"]);
    assert_eq!(r.code, 0, "{}", r.stdout);

    let bad = [
        "1e3",
        "0x10",
        "2 dozen",
        "1 in 5",
        "at least 600 or more",
        "about 1,000 people or so",
        "about 2,000 to 3,000",
        "thousands to 5,000",
    ];
    write("bad.toml", &bad);
    let r = dir.run(&["check", "bad.toml", "--format", "json"]);
    assert_eq!(r.code, 1);
    let errors = shown(&json(&r), &["code", "line", "column"]);
    // Each points at what it could not read: the number, or the words after it.
    let want: Vec<String> = [10, 10, 12, 12, 23, 29, 22, 20]
        .iter()
        .enumerate()
        .map(|(k, column)| format!(r#""invalid-value" {} {column}"#, 5 + 7 * k))
        .collect();
    assert_eq!(errors, want, "{}", r.stdout);
}

#[test]
fn a_figure_written_with_a_point_before_three_digits_is_warned_about() {
    let dir = Scratch::new();
    let values = [
        "\"about 2.000 deaths\"",
        "12.500",
        // Settled: thousands with a comma, a decimal without its zeros, a
        // multiplier after it.
        "\"about 2,000 deaths\"",
        "12.5",
        "\"2.000 million\"",
        "2.000e3",
    ];
    let text: String = values
        .iter()
        .enumerate()
        .map(|(k, value)| {
            format!(
                "[[claim]]\nid = \"v{k}\"\nsubject = \"s/{k}\"\nsource = \"S\"\nvalue = {value}\n\n"
            )
        })
        .collect();
    dir.write("points.toml", text);
    let path = dir.arg();
    let r = run(&["check", &path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let found: Vec<String> = json(&r)
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["code"] == "decimal-point-or-thousands")
        .map(|f| {
            format!(
                "{}:{} {}",
                f["line"],
                f["column"],
                f["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            "5:16 `2.000` reads as 2, with a decimal point",
            "11:9 `12.500` reads as 12.5, with a decimal point"
        ]
    );
    let r = run(&["check", &path, "--deny-warnings"]);
    assert_eq!(r.code, 1);
    // The help gives both ways to write it.
    let r = run(&["check", &path, "--format", "json"]);
    let helps: Vec<String> = json(&r)
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["code"] == "decimal-point-or-thousands")
        .map(|f| f["help"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        helps[1].ends_with("write `12,500` if that is meant, or `12.5` if not"),
        "{helps:?}"
    );
}

/// A negative figure's qualifier is read past its minus sign, in the
/// value and in the quote alike (`at least -5` once drew a false
/// `quote-qualifier-mismatch`), and the new written forms check quietly,
/// parts of a million in words among them (`a quarter of a million`).
#[test]
fn qualifiers_before_a_minus_sign_and_the_new_forms_pass_the_quote_check() {
    let dir = Scratch::new();
    let text: String = [
        ("at least -5", "Temperatures fell to at least -5 degrees."),
        ("about −3%", "Output changed by about −3% in May."),
        ("c. 500", "The chronicle records c. 500 deaths."),
        ("a few hundred", "The annals speak of a few hundred deaths."),
        (
            "nearly a quarter of a million",
            "Aid groups said nearly a quarter of a million people had fled.",
        ),
        ("about a billion", "The plan costs about a billion dollars."),
        ("above 450", "The index climbed above 450 on Monday."),
    ]
    .iter()
    .enumerate()
    .map(|(i, (value, quote))| {
        format!(
            "[[claim]]\nid = \"c{i}\"\nsubject = \"s/{i}\"\nsource = \"S\"\nvalue = \"{value}\"\nquote = \"{quote}\"\n\n"
        )
    })
    .collect();
    dir.write("signs.toml", text);
    let r = dir.run(&["check", "signs.toml", "--deny-warnings"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let points = json(&dir.run(&["list", "signs.toml", "--format", "json"]));
    assert_eq!(
        shown(&points, &["value", "bound", "point", "low"]),
        [
            r#""at least -5" "at_least" -5 -5"#,
            r#""about −3%" "approx" -3 -3.3"#,
            r#""c. 500" "approx" 500 450"#,
            r#""a few hundred" "vague" null 200"#,
            r#""nearly a quarter of a million" "nearly" 250000 225000"#,
            r#""about a billion" "approx" 1000000000 900000000"#,
            r#""above 450" "more_than" 450 450"#,
        ]
    );
    // A bare 450 against `above 450` in its quote is no longer silent.
    dir.write(
        "signs.toml",
        "[[claim]]\nid = \"a\"\nsubject = \"s/a\"\nsource = \"S\"\nvalue = 450\n\
         quote = \"The index climbed above 450 on Monday.\"\n",
    );
    let r = dir.run(&["check", "signs.toml"]);
    assert!(
        r.stdout.contains("warning[quote-qualifier-mismatch]") && r.stdout.contains("more_than"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_share_as_a_value_is_refused_with_the_percentage_to_write_which_then_checks() {
    let dir = Scratch::new();
    let file = |value: &str| {
        let text = format!(
            "[[claim]]\nid = \"share\"\nsubject = \"poll/backing\"\nsource = \"Ipsos\"\n\
             value = \"{value}\"\n\
             quote = \"Almost two-thirds of voters back the plan, a poll by Ipsos found.\"\n"
        );
        dir.write("poll.toml", text);
    };
    file("almost two-thirds");
    let r = dir.run(&["check", "poll.toml"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("a share goes in as its percentage, `value = \"nearly 66.7%\"`"),
        "{}",
        r.stdout
    );
    // The help is right: that value loads, and the quote check finds it.
    file("nearly 66.7%");
    let r = dir.run(&["check", "poll.toml", "--deny-warnings"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    // Qualified otherwise than the share, it is warned about.
    file("66.7%");
    let r = dir.run(&["check", "poll.toml", "--format", "json"]);
    assert_eq!(
        shown(&json(&r), &["code"]),
        [r#""quote-qualifier-mismatch""#]
    );
}

#[test]
fn a_currency_sign_in_a_value_is_refused_with_the_value_and_unit_to_write_which_then_check() {
    let dir = Scratch::new();
    let file = |value_and_unit: &str| {
        let text = format!(
            "[[claim]]\nid = \"losses\"\nsubject = \"flood/insured-losses\"\n\
             source = \"Munich Re\"\n{value_and_unit}\n\
             quote = \"Munich Re put insured losses at more than €4.5bn.\"\n"
        );
        dir.write("flood.toml", text);
    };
    file("value = \"more than €4.5bn\"");
    let r = dir.run(&["check", "flood.toml"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "the currency goes in `unit`: `value = \"more than 4.5bn\"` with `unit = \"euros\"`"
        ),
        "{}",
        r.stdout
    );
    // The help is right: that value and unit load, and the quote check
    // finds the figure in the same currency.
    file("value = \"more than 4.5bn\"\nunit = \"euros\"");
    let r = dir.run(&["check", "flood.toml", "--deny-warnings"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    // In another currency, it is warned about.
    file("value = \"more than 4.5bn\"\nunit = \"dollars\"");
    let r = dir.run(&["check", "flood.toml", "--format", "json"]);
    assert_eq!(
        shown(&json(&r), &["code"]),
        [r#""quote-currency-mismatch""#]
    );
}

#[test]
fn dates_that_cannot_be_right_are_warned_about() {
    let dir = Scratch::new();
    let claim = |id: &str, dates: &str| {
        format!(
            "[[claim]]\nid = \"{id}\"\nsubject = \"s/{id}\"\nsource = \"S\"\n{dates}\nvalue = 5\nquote = \"5\"\n\n"
        )
    };
    let text = [
        claim("swapped", "stated = 2025-02-28\nas_of = 2025-06-01"),
        claim(
            "forecast",
            "stated = 2025-02-28\nas_of = 2025-06-01\nbasis = \"forecast\"",
        ),
        claim("same-year", "stated = \"2025\"\nas_of = \"2025-06\""),
        claim("typo-year", "stated = 2925-02-28"),
    ]
    .concat();
    dir.write("dates.toml", text);
    dir.write(
        "doc.toml",
        "[document]\npublished = 2025-03-01\n\n[[claim]]\nid = \"by-doc\"\nsubject = \"s/d\"\nsource = \"S\"\nas_of = 2025-04-01\nvalue = 5\nquote = \"5\"\n",
    );
    let r = dir.run(&["check", ".", "--format", "json"]);
    assert_eq!(r.code, 0, "warnings only: {}", r.stdout);
    let found = shown(&json(&r), &["code", "file", "line", "column"]);
    assert_eq!(
        found,
        [
            r#""as-of-after-stated" "./dates.toml" 6 9"#,
            r#""future-date" "./dates.toml" 33 10"#,
            r#""as-of-after-stated" "./doc.toml" 8 9"#,
        ],
        "{}",
        r.stdout
    );
    let strict = dir.run(&["check", ".", "--deny-warnings"]);
    assert_eq!(strict.code, 1);
    assert!(
        strict
            .stdout
            .contains("`as_of` 2025-04-01 is after the document's `published` 2025-03-01"),
        "{}",
        strict.stdout
    );
    // A document published in the future is flagged once, at `published`.
    dir.write("doc.toml", "[document]\npublished = 2999-03-01\n");
    let r = dir.run(&["check", "doc.toml", "--format", "json"]);
    assert_eq!(r.code, 0);
    assert_eq!(json(&r)[0]["code"], "future-date", "{}", r.stdout);
    assert_eq!(json(&r)[0]["line"], 2, "{}", r.stdout);
    // A date in another notation names the date to write.
    dir.write("dates.toml", claim("slashes", "stated = \"25/09/2025\""));
    let r = dir.run(&["check", "dates.toml"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("`25/09/2025` is day/month/year; write it as 2025-09-25"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_folder_without_claim_files_passes_with_a_note() {
    let dir = Scratch::new();
    dir.write("notes.txt", "not a claim file\n");
    let r = dir.run(&["check", "."]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("checked 0 files"), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("note: no claim files (*.toml) under `.`; is the path right?"),
        "{}",
        r.stderr
    );
    // A folder with a claim file has no such note.
    let r = run(&["check"]);
    assert!(!r.stderr.contains("no claim files"), "{}", r.stderr);
}

#[test]
fn a_missing_path_cannot_run() {
    let r = run(&["check", "no/such/folder"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no such file or folder: no/such/folder"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(run(&["list", "--format", "yaml"]).code, 2);
    assert_eq!(run(&["history"]).code, 2);
    let r = run(&["list", "--format", "github"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("only for `check`"));
    let r = run(&["compare", "nk-troops-in-russia", "--as-of", "2025-02-30"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("has no day 30"), "{}", r.stderr);
}

#[test]
fn unknown_subjects_get_a_suggestion() {
    let r = run(&["history", "nk-troops-in-russia/death"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("did you mean `nk-troops-in-russia/deaths`?"),
        "{}",
        r.stderr
    );
    // Whole segments only: `nk` is not a prefix of `nk-troops-in-russia`,
    // but the help names the subjects it starts.
    let r = run(&["compare", "nk"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(
            "whole slash segments: did you mean `nk-troops-in-russia` or `nk-wpk-80th-anniversary`?"
        ),
        "{}",
        r.stderr
    );
    // A subject's last segments: matched from the start, so named.
    let r = run(&["history", "deaths"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(
            "a subject is matched from its start: did you mean `nk-troops-in-russia/deaths`?"
        ),
        "{}",
        r.stderr
    );
    let r = run(&["list", "--subject", "nk-troops-in-russia/dea"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("did you mean `nk-troops-in-russia/deaths`?"),
        "{}",
        r.stderr
    );
    let r = run(&["diff", "NSI", "KCNA"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("did you mean `NIS`?"), "{}", r.stderr);
    // The start of a name, and a body in full where the claims write its
    // initials.
    for (typed, meant) in [
        ("China's", "China's foreign ministry"),
        ("Korean Central News Agency", "KCNA"),
    ] {
        let r = run(&["diff", "NIS", typed]);
        assert_eq!(r.code, 2, "{}", r.stdout);
        assert!(
            r.stderr.contains(&format!("did you mean `{meant}`?")),
            "{typed}: {}",
            r.stderr
        );
    }
}

// --- versions and reconciliation ------------------------------------------

fn compare(subject: &str, extra: &[&str]) -> Value {
    let mut args = vec!["compare", subject, "versions", "--format", "json"];
    args.extend_from_slice(extra);
    let r = run_in(&fixtures(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&r)[0].clone()
}

#[test]
fn reconciliation_statuses() {
    let agree = compare("t/agree", &[]);
    assert_eq!(agree["status"], "agree");
    assert_eq!(agree["consensus"]["low"], 1900);
    assert_eq!(agree["consensus"]["high"], 2200);
    let conflict = compare("t/conflict", &[]);
    assert_eq!(conflict["status"], "conflict");
    assert_eq!(conflict["conflicts"][0]["gap"], 215);
    assert_eq!(conflict["consensus"], Value::Null);
    assert_eq!(compare("t/exclusive/more-than", &[])["status"], "conflict");
    let table = run_in(
        &fixtures(),
        &["compare", "t/exclusive/more-than", "versions"],
    );
    assert!(
        table
            .stdout
            .contains("A >10,000 vs B 10,000: they meet only at a bound one of them excludes"),
        "{}",
        table.stdout
    );
    assert_eq!(compare("t/exclusive/at-least", &[])["status"], "agree");
    assert_eq!(compare("t/statement/same", &[])["status"], "agree");
    let differ = compare("t/statement/differ", &[]);
    assert_eq!(differ["status"], "conflict");
    // Case and punctuation are not what differs, and are not marked.
    assert_eq!(
        differ["conflicts"][0]["diff"],
        "Kim will {+not+} attend the parade"
    );
}

#[test]
fn as_of_picks_older_versions_and_leaves_out_retracted_claims() {
    let now = compare("t/asof", &[]);
    assert_eq!(now["status"], "conflict");
    let sources = column(&now["sources"], "source");
    assert_eq!(
        sources,
        ["A", "B"],
        "the retracted claim of C leaves reconciliation"
    );
    let then = compare("t/asof", &["--as-of", "2025-03"]);
    assert_eq!(then["status"], "agree");
    assert_eq!(then["sources"][0]["id"], "asof-a1");
    assert_eq!(then["as_of"], "2025-03");
    let r = run_in(
        &fixtures(),
        &["compare", "t/asof", "versions", "--as-of", "2024"],
    );
    assert_eq!(r.code, 2, "nothing as of 2024");
    let history = run_in(&fixtures(), &["history", "t/asof", "versions"]);
    assert!(
        history.stdout.contains("[retracted]"),
        "retracted claims stay in history"
    );
}

fn version_ids(subject: &str) -> Vec<String> {
    let r = run_in(
        &fixtures(),
        &["history", subject, "versions", "--format", "json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    column(&json(&r)[0]["versions"], "id")
}

#[test]
fn version_order() {
    assert_eq!(
        version_ids("t/partial"),
        ["partial-year", "partial-month", "partial-day"]
    );
    assert_eq!(version_ids("t/undated"), ["dated", "undated"]);
    assert_eq!(version_ids("t/supersedes"), ["original", "revised"]);
}

#[test]
fn same_day_relays_are_not_revisions() {
    let r = run_in(
        &fixtures(),
        &["history", "t/relay", "versions", "--format", "json"],
    );
    let s = &json(&r)[0];
    assert_eq!(s["revisions"][0]["kind"], "relay");
    assert_eq!(s["timeline"], "A: ≈600 (2025-09-02) ‖ ≥600 (2025-09-02)");
    let check = run_in(&fixtures(), &["check", "versions"]);
    assert!(
        check.stdout.contains(
            "`relay-x` (roughly 600, via Outlet X) and `relay-y` (at least 600, via Outlet Y)"
        ),
        "{}",
        check.stdout
    );
}

#[test]
fn figures_for_two_times_stated_together_are_no_relay() {
    // `41,000 customers …, down from nearly 60,000 overnight`: one
    // statement of two times, the earlier marked with `as_of`.
    let dir = Scratch::new();
    let quote = "About 41,000 customers were without power, down from nearly 60,000 overnight.";
    let text = format!(
        "[[claim]]\nid = \"now\"\nsubject = \"power/outages\"\nsource = \"Edison\"\nvalue = \"about 41,000\"\nunit = \"customers\"\nstated = 2026-08-14\nquote = \"{quote}\"\n\n\
         [[claim]]\nid = \"peak\"\nsubject = \"power/outages\"\nsource = \"Edison\"\nvalue = \"nearly 60,000\"\nunit = \"customers\"\nstated = 2026-08-14\nas_of = 2026-08-13\nquote = \"{quote}\"\n"
    );
    dir.write("power.toml", text);
    let check = dir.run(&["check", "power.toml", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    let r = dir.run(&["history", "power", "power.toml", "--format", "json"]);
    let s = &json(&r)[0];
    // The earlier time first, then the step to the later one.
    assert_eq!(column(&s["versions"], "id"), ["peak", "now"]);
    // A figure for another time is new data, not a revision: the heading
    // counts it apart, and the change column says so.
    assert_eq!(s["revisions"][0]["kind"], "update");
    let table = dir.run(&["history", "power", "power.toml"]);
    assert!(
        table
            .stdout
            .contains("Edison — 2 versions, 0 revisions, 1 update for another time"),
        "{}",
        table.stdout
    );
    assert!(
        table.stdout.contains("for another time: -19,000"),
        "{}",
        table.stdout
    );
    let report = dir.run(&["report", "power.toml", "--format", "json"]);
    assert_eq!(json(&report)["summary"]["revisions"], 0);
    assert_eq!(json(&report)["summary"]["relays"], 0);
    // Unless `supersedes` says the later revises the earlier.
    let tied = dir
        .read("power.toml")
        .replace("id = \"now\"\n", "id = \"now\"\nsupersedes = \"peak\"\n");
    dir.write("power.toml", &tied);
    let r = dir.run(&["history", "power", "power.toml", "--format", "json"]);
    assert_eq!(json(&r)[0]["revisions"][0]["kind"], "revision");
    let untied = tied.replace("supersedes = \"peak\"\n", "");
    dir.write("power.toml", untied);
    // Without `as_of` the two are one day's differing relays, as before.
    let bare = dir.read("power.toml").replace("as_of = 2026-08-13\n", "");
    dir.write("power.toml", bare);
    let check = dir.run(&["check", "power.toml"]);
    assert!(
        check.stdout.contains("warning[relayed-differently]"),
        "{}",
        check.stdout
    );
}

#[test]
fn diff_of_two_sources() {
    let r = run_in(
        &fixtures(),
        &["diff", "A", "B", "versions", "--format", "json"],
    );
    assert_eq!(r.code, 0);
    let v = json(&r);
    let shared = v["shared"].as_array().expect("shared");
    assert_eq!(shared.len(), 7);
    let agree: Vec<bool> = shared.iter().filter_map(|s| s["agree"].as_bool()).collect();
    assert_eq!(agree.iter().filter(|a| **a).count(), 3);
    let only_a = column(&v["only_a"], "subject");
    assert_eq!(
        only_a,
        ["t/partial", "t/relay", "t/supersedes", "t/undated"]
    );
    assert_eq!(v["only_b"].as_array().map(Vec::len), Some(0));
    // A source with itself is no comparison.
    let r = run_in(&fixtures(), &["diff", "A", "a", "versions"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("both sources are `A`"), "{}", r.stderr);
}

#[test]
fn a_source_filter_matches_in_any_case_as_diff_does() {
    let exact = run(&["list", "--source", "NIS", "--format", "json"]);
    let lower = run(&["list", "--source", "nis", "--format", "json"]);
    assert_eq!(lower.code, 0, "{}", lower.stderr);
    let ids = column(&json(&lower), "id");
    assert!(ids.len() >= 3, "{ids:?}");
    assert_eq!(ids, column(&json(&exact), "id"));
    let r = run(&["list", "--source", "NSI"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("did you mean `NIS`?"), "{}", r.stderr);
}

#[test]
fn settings_change_the_tolerance_and_unknown_ones_warn() {
    let r = run_in(&fixtures(), &["list", "settings", "--format", "json"]);
    assert_eq!(r.code, 0);
    let rec = &json(&r)[0];
    assert_eq!(
        (rec["low"].as_i64(), rec["high"].as_i64()),
        (Some(750), Some(1250))
    );
    let check = run_in(&fixtures(), &["check", "settings"]);
    assert!(check.stdout.contains("warning[unknown-setting]"));
    assert!(check.stdout.contains("did you mean `approx_tolerance`?"));
    assert!(
        check.stdout.contains("--> settings/claimtrack.toml:2:1"),
        "{}",
        check.stdout
    );
    // A bad tolerance is an error that says what is wrong with it.
    let dir = Scratch::new();
    for (setting, label) in [("1.5", "out of range"), ("\"0.1\"", "not a number")] {
        dir.write("claimtrack.toml", format!("approx_tolerance = {setting}\n"));
        let r = dir.run(&["check", "."]);
        assert_eq!(r.code, 1, "{}", r.stdout);
        assert!(
            r.stdout.contains("error[invalid-setting]") && r.stdout.contains(label),
            "{setting}: {}",
            r.stdout
        );
    }
}

#[test]
fn the_folders_own_settings_win_over_its_parents() {
    let low = |path: &str| {
        let r = run_in(&fixtures(), &["list", path, "--format", "json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        json(&r)[0]["low"].as_i64()
    };
    assert_eq!(
        low("settings-parent/inherit"),
        Some(800),
        "the parent's 0.2"
    );
    assert_eq!(low("settings-parent/own"), Some(700), "its own 0.3");
}

// --- output ----------------------------------------------------------------

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let plain = run(&["history", "nk-troops-in-russia/deaths", "--color", "always"]);
    assert!(
        !plain.stdout.contains('\x1b'),
        "NO_COLOR wins over --color always"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["history", "nk-troops-in-russia/deaths", "--color", "always"])
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\x1b[31;9mat least 600\x1b[0m"), "{text}");
    let piped = run(&["history", "nk-troops-in-russia/deaths"]);
    assert!(!piped.stdout.contains('\x1b'), "no colour when piped");
}

#[test]
fn tables_fit_columns() {
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["report"])
        .current_dir(root())
        .env("COLUMNS", "80")
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    for line in text.lines().filter(|l| l.starts_with(['│', '╭', '╰', '╞'])) {
        assert!(line.chars().count() <= 80, "{line}");
    }
}

/// `COLUMNS=0`, as a pseudo-terminal that was never sized reports, is no
/// width: the table is laid out whole, as when piped, not squeezed into
/// one letter a column.
#[test]
fn zero_columns_is_no_width() {
    let report = |columns: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_claimtrack"));
        command
            .args(["report"])
            .current_dir(root())
            .env("NO_COLOR", "1");
        match columns {
            Some(c) => command.env("COLUMNS", c),
            None => command.env_remove("COLUMNS"),
        };
        let out = command.output().expect("run");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let zero = report(Some("0"));
    assert!(zero.contains("│ source"), "{zero}");
    assert_eq!(zero, report(None));
}

/// A `list` too long to lay out whole on a terminal (more than 4,096
/// claims) is fitted to the width from a sample of its cells: still one
/// table, every line as wide as the others and no wider than the
/// terminal, every claim in it once, the left-out columns named.
#[test]
fn a_long_list_fits_the_terminal() {
    let dir = Scratch::new();
    let n = 5_000;
    for f in 0..10 {
        let mut text = String::new();
        for i in (f * n / 10)..((f + 1) * n / 10) {
            let value = match i % 3 {
                0 => format!("about {}", 1000 + i),
                1 => format!("between {} and {}", i, 2 * i + 1),
                _ => format!("{}", 7 * i),
            };
            text.push_str(&format!(
                "[[claim]]\nid = \"c{i}\"\nsubject = \"event-{}/a-rather-long-subject-name/deaths\"\nsource = \"Source {}\"\nvalue = \"{value}\"\nunit = \"people\"\nstated = 2025-{:02}-{:02}\n\n",
                i % 50,
                i % 7,
                1 + i % 12,
                1 + i % 28
            ));
        }
        dir.write(&format!("claims/f{f}.toml"), text);
    }
    let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["list"])
        .current_dir(dir.path())
        .env("COLUMNS", "72")
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let table: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(['│', '╭', '╰', '╞', '├']))
        .collect();
    let width = table[0].chars().count();
    assert!(width <= 72, "{}", table[0]);
    for line in &table {
        assert_eq!(line.chars().count(), width, "{line}");
    }
    assert_eq!(table.iter().filter(|l| l.starts_with('╭')).count(), 1);
    assert_eq!(table.iter().filter(|l| l.starts_with('╰')).count(), 1);
    // Each id is the first cell of its row's first line.
    let ids: Vec<&str> = table
        .iter()
        .filter_map(|l| l.split(['│', '┆']).nth(1).map(str::trim))
        .filter(|id| id.starts_with('c') && id[1..].chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(ids.len(), n);
    let mut seen: Vec<&str> = ids.clone();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), n, "each claim once");
    assert!(
        text.contains("(left out to fit the terminal: at, unit;"),
        "{text:.300}"
    );
    assert!(
        text.ends_with("5000 claims\n"),
        "{}",
        &text[text.len() - 200..]
    );
}

#[test]
fn machine_formats_are_stable_snapshots() {
    let commands: &[(&str, &[&str])] = &[
        ("list", &["list"]),
        ("history", &["history", "nk-troops-in-russia"]),
        ("compare", &["compare", "china-victory-day-parade"]),
        ("diff", &["diff", "NIS", "KCNA"]),
        ("report", &["report"]),
    ];
    for (name, args) in commands {
        for format in ["table", "markdown", "csv", "json"] {
            let mut a = args.to_vec();
            a.extend(["--format", format]);
            let r = run(&a);
            assert_eq!(r.code, 0, "{name} {format}: {}", r.stderr);
            let again = run(&a);
            assert_eq!(r.stdout, again.stdout, "{name} {format} is not byte-stable");
            if format == "json" {
                json(&r);
            }
            insta::assert_snapshot!(format!("{name}-{format}"), r.stdout);
        }
    }
}

#[test]
fn help_is_snapshotted() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    insta::assert_snapshot!("help", r.stdout);
}

// --- documentation -----------------------------------------------------

/// Every `$ claimtrack …` example in the README prints what the README
/// shows (at 100 columns, without colour). A block ending in `…` shows the
/// first lines only; a line ending in `…` shows the start of the line.
#[test]
fn readme_examples_are_true() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let mut examples = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = block.split("\n```").next().unwrap_or("");
        let mut lines = block.lines();
        let command = lines.next().unwrap_or("");
        let args: Vec<&str> = command
            .strip_prefix("$ claimtrack")
            .unwrap_or_else(|| panic!("not a claimtrack example: {command}"))
            .split_whitespace()
            .collect();
        let expected: Vec<&str> = lines.collect();
        let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
            .args(&args)
            .current_dir(root())
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1")
            .output()
            .expect("run");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let actual: Vec<&str> = stdout.lines().collect();
        let shown = if expected.last() == Some(&"…") {
            &expected[..expected.len() - 1]
        } else {
            assert_eq!(
                actual.len(),
                expected.len(),
                "`{command}` printed:\n{stdout}"
            );
            &expected[..]
        };
        for (i, want) in shown.iter().enumerate() {
            let got = actual.get(i).copied().unwrap_or("");
            match want.strip_suffix('…') {
                Some(start) => {
                    assert!(got.starts_with(start), "`{command}` line {}:\n{got}", i + 1)
                }
                None => assert_eq!(&got, want, "`{command}` line {}:\n{stdout}", i + 1),
            }
        }
        examples += 1;
    }
    assert!(examples >= 6, "the README tours the commands");
}

// --- changes between git revisions ---------------------------------------

fn claim(id: &str, subject: &str, source: &str, value: &str, extra: &str) -> String {
    format!(
        "[[claim]]\nid = \"{id}\"\nsubject = \"{subject}\"\nsource = \"{source}\"\nvalue = \"{value}\"\nquote = \"{value}\"\n{extra}\n"
    )
}

/// A base commit, and a second commit that adds, removes, modifies and moves.
fn repo_with_two_commits() -> Scratch {
    let r = Scratch::git_repo();
    r.write(
        "claims/a.toml",
        [
            claim("keep", "s/one", "A", "about 100", "stated = 2025-01-01"),
            claim("edit", "s/two", "A", "about 2,000", "stated = 2025-01-01"),
            claim("gone", "s/three", "A", "5", ""),
        ]
        .concat(),
    );
    r.write(
        "claims/b.toml",
        claim(
            "move-me",
            "s/two",
            "B",
            "about 2,100",
            "stated = 2025-01-01",
        ),
    );
    r.write("README.md", "not a claim\n");
    r.commit("base");
    r.write(
        "claims/a.toml",
        [
            claim("keep", "s/one", "A", "about 100", "stated = 2025-01-01"),
            claim("edit", "s/two", "A", "about 3,000", "stated = 2025-01-01"),
            claim(
                "new-1",
                "s/one",
                "A",
                "about 150",
                "stated = 2025-02-01\nsupersedes = \"keep\"",
            ),
        ]
        .concat(),
    );
    std::fs::remove_file(r.path().join("claims/b.toml")).expect("rm");
    r.write(
        "claims/moved/b.toml",
        claim(
            "move-me",
            "s/two",
            "B",
            "about 2,100",
            "stated = 2025-01-01",
        ),
    );
    r.commit("change");
    r
}

#[test]
fn changes_between_two_revisions() {
    let r = repo_with_two_commits();
    let before = r.git(&["status", "--porcelain"]);
    let out = r.run(&["changes", "HEAD~1", "HEAD", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out);
    let ids = |key: &str| column(&v[key], "id");
    assert_eq!(ids("added"), ["new-1"]);
    assert_eq!(ids("removed"), ["gone"]);
    let modified = v["modified"].as_array().expect("modified");
    let edit = modified.iter().find(|m| m["id"] == "edit").expect("edit");
    assert_eq!(edit["fields"][0]["field"], "value");
    assert_eq!(edit["fields"][0]["diff"], "about [-2,000-]{+3,000+}");
    let moved = modified
        .iter()
        .find(|m| m["id"] == "move-me")
        .expect("a move, not remove + add");
    assert_eq!(moved["moved"]["from"], "claims/b.toml");
    assert_eq!(moved["moved"]["to"], "claims/moved/b.toml");
    assert_eq!(moved["fields"].as_array().map(Vec::len), Some(0));
    let status = &v["status_changes"];
    assert!(
        status
            .as_array()
            .is_some_and(|a| a.iter().any(|s| s["subject"] == "s/two"
                && s["before"] == "agree"
                && s["after"] == "conflict")),
        "{status}"
    );
    assert!(status.as_array().is_some_and(|a| {
        a.iter()
            .any(|s| s["subject"] == "s/three" && s["after"].is_null())
    }));
    assert_eq!(v["new_steps"][0]["from"], "keep");
    assert_eq!(v["new_steps"][0]["to"], "new-1");
    assert_eq!(v["summary"]["new_conflicts"], 1);

    // The same by range, and with the work tree as HEAD.
    let range = r.run(&["changes", "HEAD~1..HEAD", "--format", "json"]);
    assert_eq!(range.stdout, out.stdout, "BASE..HEAD is BASE HEAD");
    let tree = r.run(&["changes", "HEAD~1", "--format", "json"]);
    assert_eq!(json(&tree)["summary"], v["summary"]);
    assert_eq!(json(&tree)["head"], "work tree");

    for format in ["table", "markdown", "csv"] {
        let o = r.run(&["changes", "HEAD~1", "HEAD", "--format", format]);
        assert_eq!(o.code, 0);
        insta::assert_snapshot!(format!("changes-{format}"), o.stdout);
    }
    assert_eq!(
        r.git(&["status", "--porcelain"]),
        before,
        "no checkout left behind"
    );
    assert_eq!(r.git(&["worktree", "list"]).lines().count(), 1);
}

#[test]
fn changes_show_where_new_errors_are_and_the_base_versions_of_removed_claims() {
    let r = Scratch::git_repo();
    r.write(
        "claims/a.toml",
        claim("first", "s/x", "A", "10", "stated = 2025-01-01"),
    );
    r.write(
        "claims/b.toml",
        claim("second", "s/x", "A", "20", "stated = 2025-02-01"),
    );
    r.write("claims/c.toml", claim("other", "s/y", "B", "5", ""));
    r.commit("base");
    // The second version goes; a claim in c.toml takes an id a.toml has.
    std::fs::remove_file(r.path().join("claims/b.toml")).expect("rm");
    r.write(
        "claims/c.toml",
        [
            claim("other", "s/y", "B", "5", ""),
            claim("first", "s/z", "B", "7", ""),
        ]
        .concat(),
    );
    r.commit("change");
    for args in [&["HEAD~1", "HEAD"][..], &["HEAD~1"]] {
        let o = r.run(&[&["changes"][..], args, &["--format", "json"]].concat());
        assert_eq!(o.code, 0, "{}", o.stderr);
        let v = json(&o);
        assert_eq!(column(&v["removed"], "id"), ["second"]);
        assert_eq!(v["removed"][0]["version"], 2, "its version at the base");
        assert_eq!(v["removed"][0]["file"], "claims/b.toml");
        assert_eq!(v["removed"][0]["line"], 1);
        let error = &v["new_errors"][0];
        assert_eq!(error["code"], "duplicate-id", "{error}");
        assert_eq!(error["file"], "claims/c.toml");
        assert_eq!(error["line"], 9, "{error}");
        // The first use is in a file the change did not touch.
        assert_eq!(error["related"][0]["file"], "claims/a.toml");
        assert_eq!(error["related"][0]["line"], 2, "{error}");
    }
}

#[test]
fn changes_can_fail_on_conflicts_and_errors() {
    let r = repo_with_two_commits();
    assert_eq!(r.run(&["changes", "HEAD~1", "HEAD"]).code, 0);
    assert_eq!(
        r.run(&["changes", "HEAD~1", "HEAD", "--fail-on", "conflict"])
            .code,
        1
    );
    assert_eq!(
        r.run(&["changes", "HEAD~1", "HEAD", "--fail-on", "error"])
            .code,
        0
    );
    r.write("claims/c.toml", claim("broken", "s/four", "A", "abt 5", ""));
    let o = r.run(&["changes", "HEAD", "--fail-on", "error", "--format", "json"]);
    assert_eq!(o.code, 1);
    assert_eq!(json(&o)["new_errors"][0]["code"], "invalid-value");
}

#[test]
fn changes_folds_long_lists_in_markdown() {
    let r = Scratch::git_repo();
    r.write("claims/a.toml", claim("first", "s/one", "A", "1", ""));
    r.commit("base");
    let many: String = (0..12)
        .map(|i| claim(&format!("c{i}"), "s/one", "B", &i.to_string(), ""))
        .collect();
    r.write("claims/b.toml", &many);
    let o = r.run(&["changes", "HEAD", "--format", "markdown"]);
    assert_eq!(o.code, 0);
    assert!(
        o.stdout.contains("<details><summary>added (12)</summary>"),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains("</details>"));
}

#[test]
fn changes_refuses_what_it_cannot_read() {
    let r = repo_with_two_commits();
    let o = r.run(&["changes", "no-such-revision"]);
    assert_eq!(o.code, 2);
    assert!(
        o.stderr.contains("unknown revision `no-such-revision`"),
        "{}",
        o.stderr
    );

    let fresh = Scratch::git_repo();
    fresh.write("README.md", "x\n");
    fresh.commit("no claims yet");
    fresh.write("claims/a.toml", claim("a", "s", "A", "1", ""));
    let o = fresh.run(&["changes", "HEAD"]);
    assert_eq!(o.code, 2);
    assert!(
        o.stderr
            .contains("claims does not exist at revision `HEAD`"),
        "{}",
        o.stderr
    );

    let outside = Scratch::new();
    outside.mkdir("claims");
    let o = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["changes", "HEAD"])
        .current_dir(outside.path())
        .env(
            "GIT_CEILING_DIRECTORIES",
            outside.path().parent().unwrap_or(outside.path()),
        )
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not inside a git repository"));

    // An entry git lists but cannot give as a file (a submodule named like
    // a claim file) fails the command, not just that file.
    let odd = repo_with_two_commits();
    odd.git(&[
        "update-index",
        "--add",
        "--cacheinfo",
        "160000,1234567890123456789012345678901234567890,claims/sub.toml",
    ]);
    odd.git(&["commit", "-q", "-m", "a submodule named like a claim file"]);
    for args in [&["changes", "HEAD~1", "HEAD"][..], &["changes", "HEAD"]] {
        let o = odd.run(args);
        assert_eq!(o.code, 2, "{args:?}: {}", o.stderr);
        assert!(
            o.stderr.contains("cannot read claims/sub.toml"),
            "{args:?}: {}",
            o.stderr
        );
    }
}

#[test]
fn check_changed_since_reports_changed_files_and_checks_across_files() {
    let r = Scratch::git_repo();
    r.write(
        "claims/old.toml",
        claim("old", "s/one", "A", "5", "reliability = \"Z9\""),
    );
    r.write("claims/other.toml", claim("other", "s/two", "A", "6", ""));
    r.commit("base");
    r.write(
        "claims/other.toml",
        claim("other", "s/two", "A", "6", "reliability = \"Q1\""),
    );
    r.write("claims/z-new.toml", claim("old", "s/three", "A", "7", ""));
    let all = r.run(&["check"]);
    assert!(all.stdout.contains("Z9") && all.stdout.contains("Q1"));
    let o = r.run(&["check", "--changed-since", "HEAD", "--format", "json"]);
    assert_eq!(o.code, 1);
    let findings = json(&o);
    let codes = fields(&findings, &["code", "file"]);
    assert!(
        codes.contains(&vec![
            "invalid-reliability".into(),
            "claims/other.toml".into()
        ]),
        "{codes:?}"
    );
    assert!(
        codes.contains(&vec!["duplicate-id".into(), "claims/z-new.toml".into()]),
        "untracked files count: {codes:?}"
    );
    assert!(
        !codes.iter().any(|c| c[1] == "claims/old.toml"),
        "unchanged file left out: {codes:?}"
    );
}

#[test]
fn schema_describes_the_claim_file() {
    let o = run(&["schema"]);
    assert_eq!(o.code, 0);
    let s = json(&o);
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(
        s["properties"]["claim"]["items"]["properties"]["basis"]["enum"][4],
        "forecast"
    );
    assert_eq!(s["additionalProperties"], false);
}

/// The body of the first fenced block of `lang` in a markdown file.
fn fenced(markdown: &str, lang: &str) -> String {
    let start = format!("```{lang}\n");
    markdown
        .split(&start)
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .unwrap_or_else(|| panic!("no {lang} block"))
        .to_string()
}

fn path_with_claimtrack() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_claimtrack"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

#[test]
fn the_ci_workflow_steps_run() {
    let doc = std::fs::read_to_string(root().join("docs/ci.md")).expect("docs/ci.md");
    let workflow = fenced(&doc, "yaml");
    let steps: Vec<&str> = workflow
        .lines()
        .filter_map(|l| l.trim().strip_prefix("run: "))
        .filter(|cmd| cmd.starts_with("claimtrack "))
        .collect();
    assert_eq!(steps.len(), 2, "check and changes");
    let r = repo_with_two_commits();
    for step in steps {
        let o = Command::new("sh")
            .args(["-c", step])
            .current_dir(r.path())
            .env("PATH", path_with_claimtrack())
            .env("BASE", r.git(&["rev-parse", "HEAD~1"]).trim())
            .output()
            .expect("sh");
        assert_eq!(
            o.status.code(),
            Some(0),
            "{step}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let comment = std::fs::read_to_string(r.path().join("changes.md")).expect("changes.md");
    assert!(comment.starts_with("## claim changes "), "{comment}");
    assert!(comment.contains("| s/two | agree | conflict |"));
}

#[test]
fn the_pre_commit_hook_refuses_broken_claims() {
    let doc = std::fs::read_to_string(root().join("docs/ci.md")).expect("docs/ci.md");
    let hook = fenced(&doc, "sh") + "\n";
    let r = Scratch::git_repo();
    let hook_path = r.path().join(".git/hooks/pre-commit");
    std::fs::write(&hook_path, hook).expect("hook");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook_path, std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
    }
    let commit = |message: &str| {
        Command::new("git")
            .args([
                "-c",
                "user.name=test",
                "-c",
                "user.email=test@example.invalid",
                "commit",
                "-q",
                "-m",
                message,
            ])
            .current_dir(r.path())
            .env("PATH", path_with_claimtrack())
            .output()
            .expect("git commit")
    };
    r.write("claims/a.toml", claim("a", "s", "A", "about 5", ""));
    r.git(&["add", "-A"]);
    assert!(commit("first").status.success(), "the first commit passes");
    r.write("claims/b.toml", claim("b", "s", "B", "abt 5", ""));
    r.git(&["add", "-A"]);
    let refused = commit("broken");
    assert!(!refused.status.success(), "a broken claim is refused");
    // git passes a hook's standard output on to standard error.
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&refused.stdout),
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(said.contains("error[invalid-value]"), "{said}");
    r.write("claims/b.toml", claim("b", "s", "B", "about 5", ""));
    r.git(&["add", "-A"]);
    assert!(commit("fixed").status.success());
}

// --- hostile input ----------------------------------------------------------

const GOOD: &str =
    "[[claim]]\nid = \"good\"\nsubject = \"s\"\nsource = \"S\"\nvalue = 5\nquote = \"5\"\n";

/// Each case: a folder built at test time, the code `check` must report
/// (if any) and its exit status. Every other file is still checked, and no
/// command panics.
#[test]
fn hostile_input_gives_located_findings_never_a_panic() {
    let dir = Scratch::new();
    let root = dir.path();
    let case = |name: &str, files: &[(&str, Vec<u8>)]| {
        for (file, bytes) in files {
            dir.write(&format!("{name}/{file}"), bytes);
        }
    };
    let bad_value = "[[claim]]\nid = \"a\"\nsubject = \"s\"\nsource = \"S\"\nvalue = \"abt 5\"\nquote = \"5\"\n";
    case(
        "bom",
        &[(
            "c.toml",
            [b"\xef\xbb\xbf".as_slice(), bad_value.as_bytes()].concat(),
        )],
    );
    case(
        "crlf",
        &[("c.toml", bad_value.replace('\n', "\r\n").into_bytes())],
    );
    case(
        "empty",
        &[("c.toml", Vec::new()), ("good.toml", GOOD.into())],
    );
    let mut big = String::new();
    let mut i = 0;
    while big.len() < 10_000_000 {
        big.push_str(&format!("[[claim]]\nid = \"c{i}\"\nsubject = \"s/{}\"\nsource = \"S{}\"\nvalue = \"about {i}\"\nquote = \"about {i}\"\n\n", i % 100, i % 7));
        i += 1;
    }
    case("ten-megabytes", &[("c.toml", big.into_bytes())]);
    let long = format!(
        "[[claim]]\nid = \"a\"\nsubject = \"s\"\nsource = \"S\"\nvalue = \"{}\"\nquote = \"{}\"\n",
        "9".repeat(100_000),
        "x".repeat(100_000)
    );
    case(
        "long-string",
        &[("c.toml", long.into_bytes()), ("good.toml", GOOD.into())],
    );
    case(
        "nested",
        &[
            (
                "c.toml",
                format!("a = {}{}\n", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
            ),
            ("good.toml", GOOD.into()),
        ],
    );
    case(
        "numbers",
        &[(
            "c.toml",
            ["1e400", "99999999999999999999", "nan", "-inf", "\"1e400\"", "{ low = 1, high = 1e999 }"]
                .iter()
                .enumerate()
                .map(|(k, v)| format!("[[claim]]\nid = \"n{k}\"\nsubject = \"s\"\nsource = \"S\"\nvalue = {v}\nquote = \"x\"\n\n"))
                .collect::<String>()
                .into_bytes(),
        )],
    );
    case(
        "bad-date",
        &[
            (
                "c.toml",
                GOOD.replace("value = 5", "value = 5\nstated = 2025-02-30")
                    .into_bytes(),
            ),
            ("good.toml", GOOD.replace("good", "other").into()),
        ],
    );
    case(
        "invalid-utf8",
        &[
            ("c.toml", b"[[claim]]\nid = \"\xff\"\n".to_vec()),
            ("good.toml", GOOD.into()),
        ],
    );
    case("dir-named-toml", &[("x.toml/inner.toml", GOOD.into())]);
    case("link-loop", &[("good.toml", GOOD.into())]);
    case("dangling-link", &[("good.toml", GOOD.into())]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(".", root.join("link-loop/back")).expect("symlink");
        std::os::unix::fs::symlink("nowhere.toml", root.join("dangling-link/x.toml"))
            .expect("symlink");
    }

    let cases: &[(&str, Option<&str>, i32)] = &[
        ("bom", Some("--> bom/c.toml:5:10"), 1),
        ("crlf", Some("--> crlf/c.toml:5:10"), 1),
        ("empty", None, 0),
        ("ten-megabytes", None, 0),
        ("long-string", Some("error[invalid-value]"), 1),
        ("nested", Some("error[toml-syntax]"), 1),
        ("numbers", Some("error[invalid-value]"), 1),
        ("bad-date", Some("error[invalid-date]"), 1),
        ("invalid-utf8", Some("error[invalid-utf8]"), 1),
        ("dir-named-toml", None, 0),
        ("link-loop", Some("warning[link-loop]"), 0),
        ("dangling-link", Some("error[unreadable-file]"), 1),
    ];
    for &(name, expect, code) in cases {
        let r = run_in(root, &["check", name]);
        assert_eq!(r.code, code, "{name}: {}{}", r.stdout, r.stderr);
        if let Some(text) = expect {
            assert!(r.stdout.contains(text), "{name}: {}", r.stdout);
        }
        for line in r.stdout.lines() {
            assert!(
                line.chars().count() < 400,
                "{name}: a line of {} characters",
                line.chars().count()
            );
        }
        if name != "ten-megabytes" && name != "numbers" && name != "nested" {
            assert!(
                r.stdout.contains("claim loaded") || r.stdout.contains("claims loaded"),
                "{name}"
            );
        }
        // The other commands too (not on the 10 MB case: a debug build is slow).
        let others: &[&[&str]] = if name == "ten-megabytes" {
            &[]
        } else {
            &[
                &["list", "--format", "json"],
                &["report", "--format", "json"],
                &["report"],
            ]
        };
        for command in others {
            let mut args = command.to_vec();
            args.push(name);
            let o = run_in(root, &args);
            assert!(
                o.code == 0 || o.code == 1,
                "{name} {command:?}: exit {} {}",
                o.code,
                o.stderr
            );
            assert!(
                !o.stderr.contains("panicked"),
                "{name} {command:?}: {}",
                o.stderr
            );
        }
        insta::assert_snapshot!(format!("hostile-{name}"), r.stdout);
    }
    // Every other file is still checked.
    assert!(
        run_in(root, &["check", "long-string"])
            .stdout
            .contains("1 claim loaded")
    );
    assert!(
        run_in(root, &["check", "ten-megabytes"])
            .stdout
            .contains("loaded: 0 errors")
    );
    let numbers = run_in(root, &["check", "numbers", "--format", "json"]);
    let errors = json(&numbers)
        .as_array()
        .map(|a| a.iter().filter(|d| d["severity"] == "error").count());
    // Every one of the six values, `"1e400"` too: it once read as 1 with
    // the unit `e400`.
    assert_eq!(errors, Some(6), "{}", numbers.stdout);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_and_the_rest_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Scratch::new();
    dir.write("claims/a.toml", GOOD);
    let locked = dir.path().join("claims/b.toml");
    std::fs::write(&locked, GOOD.replace("good", "other")).expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reading; the dangling
        // link case above covers an unreadable entry.
        return;
    }
    let r = dir.run(&["check"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("error[unreadable-file]"), "{}", r.stdout);
    assert!(r.stdout.contains("--> claims/b.toml"));
    assert!(r.stdout.contains("1 claim loaded"));
}

// --- fmt and add -------------------------------------------------------------

const MESSY: &str = "# Source: a messy hand-written file. This comment stays.\n[[claim]]\nquote=\"about 2,000\"   # read from page 2\nvalue = \"about 2,000\"\nid = \"m-1\"\nsource=\"S\"\nsubject = \"s/one\"\n\n\n\n# The second claim, with a comment of its own.\n[[claim]]\nid = \"m-2\"\nsubject = \"s/one\"\nsource = \"T\"\nvalue = 1_900\nquote = \"1,900\"\n";

#[test]
fn fmt_lays_out_files_and_keeps_comments() {
    let dir = Scratch::new();
    dir.write("claims/m.toml", MESSY);
    let before = json(&dir.run(&["list", "--format", "json"]));

    let check = dir.run(&["fmt", "--check"]);
    assert_eq!(check.code, 1);
    assert_eq!(check.stdout, "would reformat claims/m.toml\n");
    assert_eq!(dir.read("claims/m.toml"), MESSY, "--check writes nothing");

    let r = dir.run(&["fmt"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "formatted claims/m.toml\n");
    let text = dir.read("claims/m.toml");
    insta::assert_snapshot!("fmt-messy", text);
    for comment in [
        "# Source: a messy hand-written file. This comment stays.",
        "# read from page 2",
        "# The second claim, with a comment of its own.",
    ] {
        assert!(text.contains(comment), "lost: {comment}");
    }
    assert!(text.contains("value = 1900\n"));
    // The records are the same, only their lines moved.
    let after = json(&dir.run(&["list", "--format", "json"]));
    let strip = |v: &Value| -> Vec<Value> {
        v.as_array()
            .expect("array")
            .iter()
            .map(|r| {
                let mut r = r.clone();
                r.as_object_mut().expect("object").remove("line");
                r
            })
            .collect()
    };
    assert_eq!(strip(&before), strip(&after));
    assert_eq!(
        dir.run(&["fmt", "--check"]).code,
        0,
        "formatting is idempotent"
    );
}

#[test]
fn fmt_leaves_a_broken_file_untouched() {
    let dir = Scratch::new();
    let broken = "[[claim]]\nid = \"a\"\nvalue = about 5\n";
    dir.write("claims/b.toml", broken);
    dir.write("claims/m.toml", MESSY);
    let r = dir.run(&["fmt"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("claims/b.toml:3:9 is not valid TOML; left as it is"),
        "{}",
        r.stderr
    );
    assert_eq!(dir.read("claims/b.toml"), broken);
    assert_ne!(
        dir.read("claims/m.toml"),
        MESSY,
        "the other file is formatted"
    );
}

/// Files are laid out in parallel; what `fmt` says of them comes in the
/// files' order, and the count names only files it changed.
#[test]
fn fmt_reports_many_files_in_order() {
    let dir = Scratch::new();
    let broken = "[[claim]]\nid = \"a\"\nvalue = about 5\n";
    let mut messy = Vec::new();
    for i in 0..40 {
        let name = format!("f{i:02}.toml");
        let text = match i % 4 {
            0 => broken.to_string(),
            1 => MESSY
                .replace("m-1", &format!("m-1-{i}"))
                .replace("m-2", &format!("m-2-{i}")),
            _ => "# nothing yet\n".to_string(),
        };
        if i % 4 == 1 {
            messy.push(format!("claims/{name}"));
        }
        dir.write(&format!("claims/{name}"), text);
    }
    let check = dir.run(&["fmt", "--check"]);
    assert_eq!(check.code, 1);
    let expected: String = messy
        .iter()
        .map(|f| format!("would reformat {f}\n"))
        .collect();
    assert_eq!(check.stdout, expected);
    let broken_lines: Vec<&str> = check
        .stderr
        .lines()
        .filter(|l| l.contains("not valid TOML"))
        .collect();
    assert_eq!(broken_lines.len(), 10, "{}", check.stderr);
    for (n, line) in broken_lines.iter().enumerate() {
        assert!(
            line.contains(&format!("claims/f{:02}.toml:3:9", n * 4)),
            "{line}"
        );
    }
    assert!(
        check
            .stderr
            .ends_with("10 of 40 files would be reformatted, 10 left as they are\n"),
        "{}",
        check.stderr
    );

    let r = dir.run(&["fmt"]);
    assert_eq!(r.code, 1);
    let expected: String = messy.iter().map(|f| format!("formatted {f}\n")).collect();
    assert_eq!(r.stdout, expected);
    assert!(
        r.stderr
            .ends_with("10 of 40 files reformatted, 10 left as they are\n"),
        "{}",
        r.stderr
    );
    let again = dir.run(&["fmt", "--check"]);
    assert_eq!(again.stdout, "", "every messy file was formatted");
}

#[test]
fn add_proposes_an_id_when_none_is_given() {
    let dir = Scratch::new();
    dir.write("claims/m.toml", MESSY);
    let add = |extra: &[&str]| {
        let mut args = vec![
            "add",
            "claims/n.toml",
            "--subject",
            "s/one",
            "--source",
            "Health Ministry",
            "--value",
            "5",
            "--quote",
            "5",
        ];
        args.extend_from_slice(extra);
        dir.run(&args)
    };
    // The source's slug and the subject's last segment, then `--stated`,
    // numbered past the ids already taken.
    let first = add(&[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(
        first.stdout,
        "added `health-ministry-one` to claims/n.toml (5)\n"
    );
    let second = add(&[]);
    assert_eq!(
        second.stdout,
        "added `health-ministry-one-2` to claims/n.toml (5)\n"
    );
    let dated = add(&["--stated", "2025-10-01"]);
    assert_eq!(
        dated.stdout,
        "added `health-ministry-one-2025-10-01` to claims/n.toml (5)\n"
    );
    let ids = json(&dir.run(&["list", "--format", "json"]));
    assert_eq!(ids.as_array().map(Vec::len), Some(5));
    // Without a source there is nothing to name it by: the error says so.
    let r = dir.run(&["add", "claims/n.toml", "--subject", "s/one", "--value", "5"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("`id` is required"), "{}", r.stderr);
}

#[test]
fn add_appends_a_validated_claim_and_keeps_the_file() {
    let dir = Scratch::new();
    dir.write("claims/m.toml", MESSY);
    let r = dir.run(&[
        "add",
        "claims/m.toml",
        "--id",
        "m-3",
        "--subject",
        "s/one",
        "--source",
        "S",
        "--value",
        "at least 2,100",
        "--stated",
        "2025-10-01",
        "--supersedes",
        "m-1",
        "--via",
        "Outlet",
        "--quote",
        "at least 2,100",
        "--tag",
        "new",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "added `m-3` to claims/m.toml (≥2,100)\n");
    let text = dir.read("claims/m.toml");
    assert!(
        text.starts_with(MESSY),
        "the original bytes are kept, comments included"
    );
    assert_eq!(
        &text[MESSY.len()..],
        "\n[[claim]]\nid = \"m-3\"\nsubject = \"s/one\"\nsource = \"S\"\nvia = [\"Outlet\"]\nvalue = \"at least 2,100\"\nstated = 2025-10-01\nsupersedes = \"m-1\"\nquote = \"at least 2,100\"\ntags = [\"new\"]\n"
    );
    let history = json(&dir.run(&["history", "s/one", "--format", "json"]));
    assert_eq!(history[0]["timeline"], "S: ≈2,000 → ≥2,100 (2025-10-01)");

    // Claims that would bring an error leave the file byte for byte as it was.
    for bad in [
        &[
            "--id",
            "m-1",
            "--subject",
            "s/one",
            "--source",
            "S",
            "--value",
            "5",
            "--quote",
            "5",
        ][..],
        &[
            "--id",
            "m-4",
            "--subject",
            "s/one",
            "--source",
            "S",
            "--value",
            "5",
            "--supersedes",
            "m-9",
            "--quote",
            "5",
        ],
        &[
            "--id",
            "m-5",
            "--subject",
            "s/one",
            "--source",
            "S",
            "--value",
            "abt 5",
            "--quote",
            "5",
        ],
        &["--id", "m-6", "--subject", "s/one", "--value", "5"],
    ] {
        let mut args = vec!["add", "claims/m.toml"];
        args.extend_from_slice(bad);
        let r = dir.run(&args);
        assert_eq!(r.code, 1, "{bad:?}: {}", r.stderr);
        assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
        assert_eq!(dir.read("claims/m.toml"), text, "{bad:?}");
    }
    let r = dir.run(&[
        "add",
        "claims/m.toml",
        "--id",
        "m-1",
        "--subject",
        "s/one",
        "--source",
        "S",
        "--value",
        "5",
        "--quote",
        "5",
    ]);
    assert!(
        r.stderr.contains("error[duplicate-id]") && r.stderr.contains("--> claims/m.toml:"),
        "{}",
        r.stderr
    );

    // A warning the claim brings is shown, and the claim written; with
    // --deny-warnings it is refused as an error is. The file's warnings
    // from before are not shown again.
    let warned = |extra: &[&str]| {
        let mut args = vec![
            "add",
            "claims/m.toml",
            "--id",
            "m-7",
            "--subject",
            "s/two",
            "--source",
            "S",
            "--value",
            "120",
            "--quote",
            "Police said 210 had died.",
        ];
        args.extend_from_slice(extra);
        dir.run(&args)
    };
    let r = warned(&["--deny-warnings"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "the new claim would bring 1 warning(s) (--deny-warnings); nothing was written"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(dir.read("claims/m.toml"), text);
    let r = warned(&[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "added `m-7` to claims/m.toml (120)\n");
    assert_eq!(r.stderr.matches("warning[").count(), 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("warning[quote-lacks-figure]: the quote of `m-7`"),
        "{}",
        r.stderr
    );
}

/// `claimtrack add FILE --stdin` in `dir`, fed `input`.
fn add_stdin(dir: &Path, file: &str, input: &str) -> std::process::Output {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
        .args(["add", file, "--stdin"])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    child.wait_with_output().expect("wait")
}

#[test]
fn add_reads_claims_from_standard_input() {
    let dir = Scratch::new();
    dir.mkdir("claims");
    let feed = |input: &str| add_stdin(dir.path(), "claims/new.toml", input);
    let ok = feed(
        "id = \"n-1\"\nsubject = \"s\"\nsource = \"S\"\nvalue = \"about 10\"\nquote = \"about 10\"\n",
    );
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let two = feed(
        "[[claim]]\nid = \"n-2\"\nsubject = \"s\"\nsource = \"T\"\nvalue = 11\nquote = \"11\"\n\n[[claim]]\nid = \"n-3\"\nsubject = \"s\"\nsource = \"U\"\nvalue = 12\nquote = \"12\"\n",
    );
    assert_eq!(two.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&two.stdout).lines().count(), 2);
    let list = json(&dir.run(&["list", "--format", "json"]));
    assert_eq!(list.as_array().map(Vec::len), Some(3));
    let bad = feed("id = ");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("standard input is not valid TOML"));
}

#[test]
fn a_range_low_end_of_thousands_is_found_without_its_high_ends_multiplier() {
    // Found by the extract fuzz target: `extract` drafted `between 2,000
    // and 5,001m` (2,000m to 5,001m), and the quote check looked for
    // 2,000,000,000 only.
    let dir = Scratch::new();
    let claim = |id: &str, value: &str, quote: &str| {
        format!(
            "[[claim]]\nid = \"{id}\"\nsubject = \"s/{id}\"\nsource = \"S\"\nvalue = \"{value}\"\nquote = \"{quote}\"\n\n"
        )
    };
    let text = [
        claim(
            "a",
            "between 2,000 and 5,000m",
            "It costs between 2,000 and 5,000m euros.",
        ),
        claim(
            "b",
            "between 2,000 and 3,000 million",
            "Between 2,000 and 3,000 million euros.",
        ),
        // Not a figure alone, nor a range whose high end is not written so.
        claim("c", "2 billion", "It costs 2,000 euros."),
        claim(
            "d",
            "between 2 and 3 billion",
            "It costs 2,000 or 3 billion.",
        ),
        // A comma ends a number with digits: no 37,000,003 here.
        claim(
            "e",
            "37 million",
            "It says 37 million, three times the 11 million.",
        ),
    ]
    .concat();
    dir.write("c.toml", text);
    let r = run(&["check", &dir.arg(), "--format", "json"]);
    let found: Vec<String> = json(&r)
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            format!(
                "{} {}",
                d["code"].as_str().unwrap_or(""),
                d["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            "quote-lacks-figure the quote of `c` does not contain its figure 2,000,000,000",
            "quote-lacks-figure the quote of `d` does not contain its figure 2,000,000,000",
        ]
    );
}

#[test]
fn a_conflict_between_figures_of_different_dates_says_how_far_apart() {
    let dir = Scratch::new();
    let claim = |id: &str, subject: &str, source: &str, value: u32, stated: &str| {
        format!(
            "[[claim]]\nid = \"{id}\"\nsubject = \"{subject}\"\nsource = \"{source}\"\nvalue = {value}\nstated = {stated}\n\n"
        )
    };
    let text = [
        claim("a", "flood/deaths", "agency", 13, "2023-05-21"),
        claim("b", "flood/deaths", "department", 14, "2023-05-23"),
        claim("c", "flood/farms", "union", 5, "\"2023-05\""),
        claim("d", "flood/farms", "region", 9, "\"2023-07\""),
        claim("e", "flood/roads", "region", 400, "2023-05-23T08:00:00"),
        claim("f", "flood/roads", "police", 300, "2023-05-23T17:30:00"),
    ]
    .concat();
    dir.write("flood.toml", text);
    let path = dir.arg();
    let conflicts = |subject: &str| -> Vec<String> {
        let r = run(&["compare", subject, &path]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
            .lines()
            .filter(|l| l.contains("conflict:"))
            .map(|l| l.trim().to_string())
            .collect()
    };
    assert_eq!(
        conflicts("flood/deaths"),
        ["• conflict: agency 13 vs department 14, gap 1 (dated 2 days apart)"]
    );
    assert_eq!(
        conflicts("flood/farms"),
        ["• conflict: region 9 vs union 5, gap 4 (dated 2023-07 and 2023-05)"]
    );
    // The same day (at two times of it): a disagreement, no date to
    // explain it.
    assert_eq!(
        conflicts("flood/roads"),
        ["• conflict: police 300 vs region 400, gap 100"]
    );
}

#[test]
fn history_counts_the_days_between_versions_in_words() {
    let dir = Scratch::new();
    let text: String = [("a", 120, "2023-05-21"), ("b", 300, "2023-05-22"), ("c", 412, "2023-05-25")]
        .iter()
        .map(|(id, value, stated)| {
            format!(
                "[[claim]]\nid = \"{id}\"\nsubject = \"quake/deaths\"\nsource = \"ministry\"\nvalue = {value}\nstated = {stated}\n\n"
            )
        })
        .collect();
    dir.write("quake.toml", text);
    let r = run(&["history", "quake/deaths", &dir.arg()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let steps: Vec<&str> = r
        .stdout
        .lines()
        .filter_map(|l| l.trim().strip_prefix("• "))
        .collect();
    assert_eq!(
        steps,
        [
            "v1 → v2 (1 day): value [-120-]{+300+}",
            "v2 → v3 (3 days): value [-300-]{+412+}"
        ]
    );
}

#[test]
fn add_keeps_the_document_the_claims_were_read_under() {
    let dir = Scratch::new();
    dir.mkdir("claims");
    let feed = |file: &str, input: &str| {
        let out = add_stdin(dir.path(), file, input);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let claim = |id: &str| {
        format!("[[claim]]\nid = \"{id}\"\nsubject = \"s/{id}\"\nsource = \"S\"\nvalue = 10\n")
    };
    let under =
        |published: &str, id: &str| format!("[document]\npublished = {published}\n\n{}", claim(id));
    // A new file opens with the document, so the claim keeps its date.
    assert_eq!(
        feed("claims/a.toml", &under("2023-05-21", "a-1")).0,
        Some(0)
    );
    let text = dir.read("claims/a.toml");
    assert!(
        text.starts_with("[document]\npublished = 2023-05-21\n"),
        "{text}"
    );
    // The same document again: appended.
    assert_eq!(
        feed("claims/a.toml", &under("2023-05-21", "a-2")).0,
        Some(0)
    );
    // Another: refused, the file as it was, since the claims would take
    // this file's date.
    let before = dir.read("claims/a.toml");
    let (code, stderr) = feed("claims/a.toml", &under("2023-05-23", "a-3"));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("`published` is 2023-05-23 for the new claims, 2023-05-21 in the file"),
        "{stderr}"
    );
    assert_eq!(dir.read("claims/a.toml"), before);
    // A file with claims and no document: refused too.
    dir.write("claims/b.toml", claim("b-1"));
    let (code, stderr) = feed("claims/b.toml", &under("2023-05-23", "b-2"));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("`published` is 2023-05-23 for the new claims, not set in the file"),
        "{stderr}"
    );
    // A file of comments alone takes it after them.
    dir.write("claims/c.toml", "# Floods, May 2023\n");
    assert_eq!(
        feed("claims/c.toml", &under("2023-05-23", "c-1")).0,
        Some(0)
    );
    let c = dir.read("claims/c.toml");
    assert!(
        c.starts_with("# Floods, May 2023\n\n[document]\npublished = 2023-05-23\n"),
        "{c}"
    );
    let list = json(&dir.run(&["list", "--format", "json"]));
    assert_eq!(
        shown(&list, &["id", "stated"]),
        [
            r#""a-1" "2023-05-21""#,
            r#""a-2" "2023-05-21""#,
            r#""b-1" null"#,
            r#""c-1" "2023-05-23""#,
        ]
    );
    // Tables add does not append are refused, not dropped.
    let (code, stderr) = feed(
        "claims/d.toml",
        &format!("{}\n[[source]]\nid = \"S\"\n", claim("d-1")),
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("standard input holds `[[source]]` beside its claims"),
        "{stderr}"
    );
    assert!(!dir.path().join("claims/d.toml").exists());
}

// --- loading order -------------------------------------------------------

/// One claim, with a long quote so a few hundred make a big file.
fn claim_toml(id: &str, extra: &str) -> String {
    format!(
        "[[claim]]\nid = \"{id}\"\nsubject = \"load/order\"\nsource = \"{id}\"\n\
         value = \"about 3\"\nstated = 2024-01-02\n{extra}\
         quote = \"about 3 things, said {}\"\n\n",
        "at length ".repeat(40)
    )
}

#[test]
fn a_big_file_read_first_keeps_walk_order_and_locations() {
    let dir = Scratch::new();
    // `a.toml` is small, `b-big.toml` is over 256 KiB (read before the
    // others), `c.toml` is small; each has one unknown key to locate.
    let small =
        |name: &str| claim_toml(name, "") + &claim_toml(&format!("{name}-x"), "colour = 1\n");
    dir.write("a.toml", small("a"));
    let mut big = String::new();
    for i in 0..600 {
        big += &claim_toml(&format!("b{i}"), "");
    }
    let header_line = big.lines().count() + 1;
    big += &claim_toml("b-x", "colour = 1\n");
    assert!(big.len() > 256 * 1024, "{}", big.len());
    dir.write("b-big.toml", &big);
    dir.write("c.toml", small("c"));

    // Every record names the file it came from, and its header's line.
    let list = dir.run(&["list", "--format", "json", "."]);
    let records = json(&list);
    let all = records.as_array().expect("array");
    assert_eq!(all.len(), 605, "{}", list.stderr);
    for r in all {
        let id = r["id"].as_str().unwrap_or("");
        let file = format!(
            "./{}.toml",
            if id.starts_with('b') {
                "b-big"
            } else {
                &id[..1]
            }
        );
        assert_eq!(r["file"], file.as_str(), "{id}");
    }
    assert_eq!(find(&records, "b-x")["line"], header_line as u64);
    assert_eq!(find(&records, "c-x")["line"], 9);

    let check = dir.run(&["check", "--format", "json", "."]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    let places: Vec<(String, u64)> = json(&check)
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["code"] == "unknown-key")
        .map(|d| {
            let file = d["file"].as_str().unwrap_or("").to_string();
            (file, d["line"].as_u64().unwrap_or(0))
        })
        .collect();
    assert_eq!(
        places,
        [
            ("./a.toml".to_string(), 15),
            ("./b-big.toml".to_string(), header_line as u64 + 6),
            ("./c.toml".to_string(), 15)
        ]
    );
}

#[test]
fn files_read_on_one_thread_or_several_give_the_same_records_in_walk_order() {
    let dir = Scratch::new();
    // Folders and files whose walk order differs from creation order, one
    // file big enough to be read first, and a finding in every file.
    let names = ["m/z.toml", "a/y.toml", "a/b/x.toml", "q.toml", "big.toml"];
    for (n, name) in names.iter().enumerate() {
        let count = if *name == "big.toml" { 600 } else { 3 };
        let text: String = (0..count)
            .map(|i| {
                claim_toml(
                    &format!("f{n}-{i}"),
                    if i == 0 { "colour = 1\n" } else { "" },
                )
            })
            .collect();
        dir.write(name, text);
    }
    let walk_order = [
        "./a/b/x.toml",
        "./a/y.toml",
        "./big.toml",
        "./m/z.toml",
        "./q.toml",
    ];
    let with_threads = |threads: &str, args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_claimtrack"))
            .args(args)
            .current_dir(dir.path())
            .env("RAYON_NUM_THREADS", threads)
            .env("NO_COLOR", "1")
            .output()
            .expect("run claimtrack");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let list = ["list", "--format", "json", "."];
    let (code, one) = with_threads("1", &list);
    assert_eq!(code, Some(1), "the unknown keys are errors: {one}");
    let records: Value = serde_json::from_str(&one).expect("json");
    let all = records.as_array().expect("array");
    assert_eq!(all.len(), 612);
    for r in all {
        let id = r["id"].as_str().unwrap_or("");
        let n: usize = id[1..2].parse().expect("file number");
        assert_eq!(r["file"], format!("./{}", names[n]), "{id}");
    }
    assert_eq!(with_threads("3", &list), (code, one));

    let check = ["check", "--format", "json", "."];
    let (code, one) = with_threads("1", &check);
    assert_eq!(code, Some(1), "{one}");
    let findings: Value = serde_json::from_str(&one).expect("json");
    let unknown: Vec<&str> = findings
        .as_array()
        .expect("array")
        .iter()
        .filter(|d| d["code"] == "unknown-key")
        .map(|d| d["file"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        unknown, walk_order,
        "findings sorted by file, in walk order"
    );
    assert_eq!(with_threads("3", &check), (code, one));
}

#[test]
fn list_orders_by_subject_then_source_then_version_whatever_the_file_order() {
    let dir = Scratch::new();
    let claim = |id: &str, subject: &str, source: &str, stated: &str, extra: &str| {
        format!(
            "[[claim]]\nid = \"{id}\"\nsubject = \"{subject}\"\nsource = \"{source}\"\n\
             value = \"12\"\nstated = {stated}\nquote = \"12 of them\"\n{extra}\n"
        )
    };
    // Written against the order: later subjects, sources and versions first;
    // `z2` is dated before `z1` yet supersedes it, so it is version 2.
    let first = claim("z2", "b/x", "NIS", "2024-01-01", "supersedes = \"z1\"")
        + &claim("k1", "a/y", "Zeta", "2024-03-01", "")
        + &claim("k2", "a/y", "Alpha", "2024-05-01", "");
    let second = claim("z1", "b/x", "NIS", "2024-02-01", "")
        + &claim("k0", "a/y", "Alpha", "2024-04-01", "")
        + &claim("m1", "a/y/deeper", "Alpha", "2024-01-01", "");
    dir.write("a.toml", first);
    dir.write("b.toml", second);
    let r = dir.run(&["list", "--format", "json", "."]);
    let records = json(&r);
    assert_eq!(
        fields(&records, &["id", "subject", "source"]),
        [
            ["k0", "a/y", "Alpha"],
            ["k2", "a/y", "Alpha"],
            ["k1", "a/y", "Zeta"],
            ["m1", "a/y/deeper", "Alpha"],
            ["z1", "b/x", "NIS"],
            ["z2", "b/x", "NIS"],
        ]
    );
    let versions: Vec<u64> = records
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["version"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(versions, [1, 2, 1, 1, 1, 2]);
    // A subject filter keeps the order and takes whole segments only.
    let r = dir.run(&["list", "--format", "json", "--subject", "a/y", "."]);
    assert_eq!(column(&json(&r), "id"), ["k0", "k2", "k1", "m1"]);
}

/// A revision of a figure with no point (a range, a vague figure) says how
/// its ends moved; it said `unchanged` of `2-10 billion` → `5-20 billion`.
/// One whose point stays is `unchanged`, or its bound's change.
#[test]
fn a_range_revised_says_how_its_ends_moved_not_unchanged() {
    let dir = Scratch::new();
    let text = [
        claim(
            "r1",
            "quake/losses",
            "USGS",
            "2-10 billion",
            "stated = 2026-03-09",
        ),
        claim(
            "r2",
            "quake/losses",
            "USGS",
            "5-20 billion",
            "stated = 2026-03-11",
        ),
        // The same interval written otherwise is unchanged.
        claim(
            "r3",
            "quake/losses",
            "USGS",
            "between 5 and 20 billion",
            "stated = 2026-03-12",
        ),
        // A range, then a point: the bound's change and how the ends moved.
        claim(
            "r4",
            "quake/losses",
            "USGS",
            "25 billion",
            "stated = 2026-03-13",
        ),
        claim(
            "v1",
            "quake/homeless",
            "IFRC",
            "hundreds",
            "stated = 2026-03-09",
        ),
        claim(
            "v2",
            "quake/homeless",
            "IFRC",
            "thousands",
            "stated = 2026-03-11",
        ),
        // A figure restated, then its bound changed about the same point:
        // it said `0 (×1.00, 0.0%)`.
        claim(
            "c1",
            "protest/crowd",
            "MCPT",
            "more than 250,000",
            "stated = 2026-03-14",
        ),
        claim(
            "c2",
            "protest/crowd",
            "MCPT",
            "more than 250,000",
            "stated = 2026-03-16",
        ),
        claim(
            "c3",
            "protest/crowd",
            "MCPT",
            "at least 250,000",
            "stated = 2026-03-17",
        ),
    ]
    .concat();
    dir.write("quake.toml", text);
    // The `change` column of the markdown table.
    let changes = |subject: &str| -> Vec<String> {
        let r = dir.run(&["history", subject, "quake.toml", "--format", "markdown"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let rows: Vec<Vec<&str>> = r
            .stdout
            .lines()
            .filter(|l| l.starts_with("| "))
            .map(|l| l.split(" | ").map(str::trim).collect())
            .collect();
        let at = rows[0]
            .iter()
            .position(|&h| h == "change")
            .expect("a change column");
        rows[1..].iter().map(|row| row[at].to_string()).collect()
    };
    assert_eq!(
        changes("quake/losses"),
        [
            "",
            "low +3 billion, high +10 billion",
            "unchanged",
            "range → exact, low +20 billion, high +5 billion"
        ]
    );
    assert_eq!(changes("quake/homeless"), ["", "low +1,800, high +9,000"]);
    assert_eq!(
        changes("protest/crowd"),
        ["", "unchanged", "more_than → at_least"]
    );
}

/// A series' summary compares versions that describe one time: a figure
/// for another year (`66.8% four years ago`) is no first version of this
/// year's, which it read as a revision of +4 points.
#[test]
fn a_summary_compares_versions_that_describe_the_same_time() {
    let dir = Scratch::new();
    let text = [
        claim(
            "t2022",
            "vote/turnout",
            "Commission",
            "66.8%",
            "stated = 2026-10-12\nas_of = \"2022\"",
        ),
        claim(
            "t1",
            "vote/turnout",
            "Commission",
            "71.3%",
            "stated = 2026-10-12",
        ),
        claim(
            "t2",
            "vote/turnout",
            "Commission",
            "70.8%",
            "stated = 2026-10-15",
        ),
    ]
    .concat();
    dir.write("vote.toml", text);
    let r = dir.run(&["history", "vote/turnout", "vote.toml", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let summary = &json(&r)[0]["summary"];
    assert_eq!(summary["first"], "t1", "{summary}");
    assert_eq!(summary["latest"], "t2", "{summary}");
    assert_eq!(summary["total_revision"], -0.5, "{summary}");
}

/// Where no version before the latest describes its date, the summary
/// says so; it once named the latest as `first`, beside a table whose
/// first row was another figure.
#[test]
fn a_summary_with_nothing_before_the_latest_to_compare_says_so() {
    let dir = Scratch::new();
    let text = [
        claim(
            "c1",
            "oil/captured",
            "Meridian",
            "6,000",
            "stated = 2026-06-16\nas_of = \"2026-06\"",
        ),
        claim(
            "c2",
            "oil/captured",
            "Meridian",
            "about 15,000",
            "stated = 2026-06-16",
        ),
    ]
    .concat();
    dir.write("oil.toml", text);
    let r = dir.run(&["history", "oil/captured", "oil.toml"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "summary   2 versions; latest ≈15,000 (2026-06-16); none before it of its kind \
             and date to compare"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("first ≈15,000"), "{}", r.stdout);
}

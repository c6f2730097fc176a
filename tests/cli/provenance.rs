//! Provenance: forecasts against outcomes, relays counted once, status
//! without deletion, evidence checks, vintage views and export
//! (fixtures in tests/fixtures/provenance/).

use super::*;

fn provenance(args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.push("provenance");
    run_in(&fixtures(), &all)
}

/// Writes claims of `subject` into `dir`, one for each `(id, source,
/// value, more TOML lines)`.
fn write_claims(dir: &Scratch, subject: &str, rows: &[(&str, &str, &str, &str)]) {
    let text: String = rows
        .iter()
        .map(|(id, source, value, extra)| {
            format!(
                "[[claim]]\nid = \"{id}\"\nsubject = \"{subject}\"\nsource = \"{source}\"\nvalue = \"{value}\"\n{extra}\n\n"
            )
        })
        .collect();
    dir.write("claims.toml", text);
}

fn compare_json(subject: &str) -> Value {
    let r = provenance(&["compare", subject, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&r)[0].clone()
}

#[test]
fn forecasts_stand_apart_from_outcomes() {
    let c = compare_json("parade/leaders");
    // Outcomes reconcile among themselves; the forecast is not a conflict.
    assert_eq!(
        column(&c["sources"], "id"),
        ["wire-leaders-counted", "mfa-leaders-present"]
    );
    assert_eq!(column(&c["forecasts"], "id"), ["mfa-leaders-forecast"]);
    let conflicts = fields(&c["conflicts"], &["a_id", "b_id"]);
    assert!(
        conflicts
            .iter()
            .flatten()
            .all(|id| id != "mfa-leaders-forecast"),
        "a forecast never conflicts: {conflicts:?}"
    );
    let checks = &c["forecast_checks"];
    assert_eq!(checks[0]["outcome"], "wire-leaders-counted");
    assert_eq!(checks[0]["point_change"], -7);
    assert_eq!(checks[0]["met"], false);
    let table = provenance(&["compare", "parade/leaders"]);
    assert!(
        table.stdout.contains(
            "announced 30 by Foreign ministry (2025-08-28) → outcome 23 by Fixture Wire (2025-09-03): -7 (-23.3%)"
        ),
        "{}",
        table.stdout
    );
    // In one series the step from a forecast to what happened is no revision.
    let h = provenance(&["history", "parade/leaders", "--format", "json"]);
    let series = json(&h);
    let mfa = series
        .as_array()
        .and_then(|a| a.iter().find(|s| s["source"] == "Foreign ministry"))
        .expect("Foreign ministry series");
    assert_eq!(mfa["revisions"][0]["kind"], "outcome");
    assert_eq!(column(&mfa["versions"], "basis"), ["forecast", "reported"]);
    // diff compares outcomes too: the ministry's 26, not its forecast of 30.
    let diff = provenance(&[
        "diff",
        "Foreign ministry",
        "Fixture Wire",
        "--format",
        "json",
    ]);
    let shared = &json(&diff)["shared"][0];
    assert_eq!(shared["a"]["id"], "mfa-leaders-present", "{}", diff.stdout);
    let table = provenance(&["history", "parade/leaders"]);
    assert!(
        table
            .stdout
            .contains("2 versions, 0 revisions, 1 forecast followed by an outcome")
    );
    assert!(
        table
            .stdout
            .contains("30 leaders (2025-08-28) [forecast] → 26 (2025-09-03)")
    );
}

#[test]
fn relays_of_one_origin_count_once() {
    let c = compare_json("troops/deaths");
    assert_eq!(c["origins"], 2);
    assert_eq!(c["reports"], 4);
    let nis = &c["sources"][0];
    assert_eq!(nis["source"], "NIS");
    assert_eq!(nis["relays"].as_array().map(Vec::len), Some(3));
    let table = provenance(&["compare", "troops/deaths"]);
    assert!(
        table
            .stdout
            .contains("corroboration: 2 origins, 3 relays, 1 direct (NIS: "),
        "{}",
        table.stdout
    );
    // The three relays agree, so history shows relays, not revisions, and
    // check has nothing to say about them.
    let h = provenance(&["history", "troops/deaths", "--format", "json"]);
    let kinds: Vec<String> = column(&json(&h)[0]["revisions"], "kind");
    assert_eq!(kinds, ["relay", "relay"]);
    let check = provenance(&["check"]);
    assert!(
        !check.stdout.contains("relayed differently"),
        "{}",
        check.stdout
    );
}

#[test]
fn an_outcome_lies_within_overlaps_or_is_outside_the_forecast() {
    let dir = Scratch::new();
    write_claims(
        &dir,
        "quake/deaths",
        &[
            (
                "usgs",
                "USGS",
                "1,000-10,000",
                "basis = \"forecast\"\nstated = 2026-03-30",
            ),
            (
                "ministry",
                "Ministry",
                "more than 300",
                "stated = 2026-04-02",
            ),
            ("redcross", "Red Cross", "2,500", "stated = 2026-04-03"),
            (
                "mayor",
                "Mayor",
                "between 500 and 800",
                "stated = 2026-04-03",
            ),
        ],
    );
    let path = dir.arg();
    let r = run(&["compare", "quake/deaths", &path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ends: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("announced"))
        .filter_map(|l| l.rsplit(": ").next())
        .collect();
    assert_eq!(
        ends,
        [
            // By source: the mayor's 500–800, the ministry's open `>300`
            // (which shares points with 1,000–10,000 but may lie below
            // it), the Red Cross's 2,500. A range forecast has no point.
            "no point to compare, outside the forecast",
            "no point to compare, overlapping the forecast",
            "no point to compare, within the forecast",
        ],
        "{}",
        r.stdout
    );
    // JSON's `met` is the overlap.
    let j = run(&["compare", "quake/deaths", &path, "--format", "json"]);
    let met: Vec<Option<bool>> = json(&j)[0]["forecast_checks"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|k| k["met"].as_bool())
        .collect();
    assert_eq!(met, [Some(false), Some(true), Some(true)]);
}

#[test]
fn a_forecast_is_measured_only_against_outcomes_not_known_before_it() {
    let dir = Scratch::new();
    let forecast = "basis = \"forecast\"\nstated = 2026-11-23\nsupersedes = \"groups\"";
    write_claims(
        &dir,
        "spill/fish",
        &[
            ("groups", "Groups", "more than 3,500", "stated = 2026-11-18"),
            ("groups-2", "Groups", "more than 100,000", forecast),
            ("agency", "Agency", "43,700", "stated = 2026-11-23"),
            (
                "survey",
                "Survey",
                "9,000",
                "stated = 2026-11-30\nas_of = 2026-11-20",
            ),
            ("final", "Final count", "61,000", "stated = \"2026-12\""),
        ],
    );
    let path = dir.arg();
    let j = run(&["compare", "spill/fish", &path, "--format", "json"]);
    assert_eq!(j.code, 0, "{}", j.stderr);
    // Not the groups' own earlier count, nor a survey of a day before the
    // forecast: the same day's count and a later one.
    assert_eq!(
        column(&json(&j)[0]["forecast_checks"], "outcome"),
        ["agency", "final"]
    );
    let r = run(&["compare", "spill/fish", &path]);
    assert!(!r.stdout.contains("outcome >3,500"), "{}", r.stdout);
}

#[test]
fn status_keeps_claims_without_deleting_them() {
    // Retracted: in history, marked; out of compare. Disputed: in, flagged.
    let history = provenance(&["history", "floods/deaths"]);
    assert!(
        history.stdout.contains("11300 [retracted]"),
        "{}",
        history.stdout
    );
    let c = compare_json("floods/deaths");
    assert_eq!(
        column(&c["sources"], "id"),
        ["mayor-deaths", "who-deaths-3958"]
    );
    assert_eq!(c["sources"][0]["status"], "disputed");
    let table = provenance(&["compare", "floods/deaths"]);
    assert!(
        table.stdout.contains("Mayor [disputed]"),
        "{}",
        table.stdout
    );
    // Wherever else the disputed figure is named as latest, it is marked:
    // the report's overview and both parts of a diff.
    let report = provenance(&["report"]);
    let overview: Vec<&str> = report
        .stdout
        .lines()
        .filter(|l| l.contains("floods/deaths") && l.contains("WHO"))
        .collect();
    assert_eq!(overview.len(), 1, "{}", report.stdout);
    assert!(
        overview[0].contains("Mayor [disputed] 20,000 deaths; WHO 3,958 deaths"),
        "{}",
        overview[0]
    );
    let diff = provenance(&["diff", "Mayor", "WHO"]);
    assert!(
        diff.stdout
            .contains("20,000 deaths (2023-09-14) [disputed]"),
        "{}",
        diff.stdout
    );
    let only = provenance(&["diff", "Mayor", "Red Crescent"]);
    assert!(
        only.stdout.contains("20,000 deaths [disputed]"),
        "{}",
        only.stdout
    );
    // list --status filters; several statuses may be given.
    let list = |status: &str| {
        let r = provenance(&["list", "--status", status, "--format", "json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        column(&json(&r), "id")
    };
    assert_eq!(list("retracted"), ["ocha-redcrescent-11300"]);
    assert_eq!(
        list("retracted,disputed"),
        ["mayor-deaths", "ocha-redcrescent-11300"]
    );
    assert!(!list("current").contains(&"mayor-deaths".to_string()));
    let bad = provenance(&["list", "--status", "withdrawn"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("possible values: current, disputed, retracted"),
        "{}",
        bad.stderr
    );
    let forecasts = provenance(&["list", "--basis", "forecast", "--format", "json"]);
    assert_eq!(column(&json(&forecasts), "id"), ["mfa-leaders-forecast"]);
}

#[test]
fn vintage_views_pick_one_version_per_series() {
    let ids = |args: &[&str]| {
        let mut all = vec!["history", "floods/deaths", "--format", "json"];
        all.extend_from_slice(args);
        let r = provenance(&all);
        assert_eq!(r.code, 0, "{}", r.stderr);
        column(&json(&r), "id")
    };
    // The Red Crescent's only figure is retracted: --first shows it, the
    // views of what stood leave it out.
    assert_eq!(
        ids(&["--first"]),
        ["mayor-deaths", "ocha-redcrescent-11300", "who-deaths-3958"]
    );
    assert_eq!(ids(&["--latest"]), ["mayor-deaths", "who-deaths-3958"]);
    assert_eq!(ids(&["--as-of", "2023-09-17"]), ["mayor-deaths"]);
    let camp = |args: &[&str]| {
        let mut all = vec!["history", "camp", "--format", "json"];
        all.extend_from_slice(args);
        column(&json(&provenance(&all)), "id")
    };
    assert_eq!(camp(&["--as-of", "2025-03-05"]), ["arrivals-feb"]);
    assert_eq!(camp(&["--latest"]), ["arrivals-jan-revised"]);
    let early = provenance(&["history", "camp", "--as-of", "2024"]);
    assert_eq!(early.code, 2, "nothing stated by then");
    let both = provenance(&["history", "camp", "--first", "--latest"]);
    assert_eq!(both.code, 2, "one vintage view at a time");
}

#[test]
fn the_vintage_matrix_lays_out_revisions() {
    let table = provenance(&["history", "camp", "--matrix"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    insta::assert_snapshot!("vintage-matrix-table", table.stdout);
    let r = provenance(&["history", "camp", "--matrix", "--format", "json"]);
    let m = &json(&r)[0];
    assert_eq!(
        m["stated"],
        serde_json::json!(["2025-02-01", "2025-03-01", "2025-03-10"])
    );
    let january = &m["rows"][0];
    assert_eq!(january["described"], "2025-01-31");
    assert_eq!(january["cells"][1]["id"], "arrivals-jan");
    assert_eq!(january["cells"][1]["stated_here"], false);
    assert_eq!(january["cells"][2]["id"], "arrivals-jan-revised");
    assert_eq!(m["rows"][1]["cells"][0], Value::Null);
    assert_eq!(m["summary"]["versions"], 3);
    assert_eq!(m["summary"]["total_revision"], 200);
    assert_eq!(m["summary"]["total_revision_percent"], 20.0);
    let csv = provenance(&["history", "camp", "--matrix", "--format", "csv"]);
    insta::assert_snapshot!("vintage-matrix-csv", csv.stdout);
}

#[test]
fn export_jsonl_is_one_record_per_line() {
    let r = provenance(&["export"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 13, "every claim, retracted ones too");
    let by_id = |id: &str| {
        lines
            .iter()
            .find(|l| l["id"] == id)
            .unwrap_or_else(|| panic!("no line {id}"))
    };
    let revised = by_id("arrivals-jan-revised");
    assert_eq!(revised["version"], 3);
    assert_eq!(revised["revision"]["from"], "arrivals-feb");
    assert_eq!(revised["reconciliation"]["role"], "latest");
    assert_eq!(by_id("arrivals-jan")["revision"], Value::Null);
    assert_eq!(
        by_id("ocha-redcrescent-11300")["reconciliation"]["role"],
        "retracted"
    );
    assert_eq!(
        by_id("mfa-leaders-forecast")["reconciliation"]["role"],
        "forecast"
    );
    assert_eq!(
        by_id("nis-deaths-yonhap")["reconciliation"]["role"],
        "relay"
    );
    assert_eq!(by_id("nis-deaths-yonhap")["reconciliation"]["origins"], 2);
    let wire = by_id("wire-leaders-counted");
    assert_eq!(
        wire["reconciliation"]["conflicts_with"],
        serde_json::json!(["Foreign ministry"])
    );
    // The same lines to a file.
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("claims.jsonl");
    let path = out.to_string_lossy().into_owned();
    let w = provenance(&["export", "-o", &path]);
    assert_eq!(w.code, 0, "{}", w.stderr);
    assert_eq!(std::fs::read_to_string(&out).expect("written"), r.stdout);
}

#[test]
fn export_sqlite_opens_with_every_table() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("claims.sqlite");
    let path = db.to_string_lossy().into_owned();
    for _ in 0..2 {
        // The second run replaces the first export.
        let r = provenance(&["export", "--format", "sqlite", "-o", &path]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let conn = rusqlite::Connection::open(&db).expect("open");
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .expect(table)
    };
    assert_eq!(count("claims"), 13);
    assert_eq!(count("documents"), 4);
    assert_eq!(
        count("revisions"),
        13 - 8,
        "one per version after the first of 8 series"
    );
    assert_eq!(count("reconciliations"), 4);
    assert_eq!(count("conflicts"), 2);
    let (from, point_change): (String, f64) = conn
        .query_row(
            "SELECT r.from_id, r.point_change FROM revisions r
             JOIN claims c ON c.id = r.to_id
             WHERE c.id = 'arrivals-jan-revised'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("join");
    assert_eq!((from.as_str(), point_change), ("arrivals-feb", -300.0));
    let (title, n): (String, i64) = conn
        .query_row(
            "SELECT d.title, count(*) FROM claims c JOIN documents d ON d.file = c.file
             WHERE c.subject = 'troops/deaths' GROUP BY d.title",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("documents join");
    assert_eq!(title, "Provenance fixture: relays of one briefing");
    assert_eq!(n, 4);
    // A file that is not a database is never overwritten.
    let precious = dir.path().join("notes.txt");
    std::fs::write(&precious, "my notes").expect("write");
    let p = precious.to_string_lossy().into_owned();
    let r = provenance(&["export", "--format", "sqlite", "-o", &p]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("is not an SQLite database"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&precious).expect("kept"),
        "my notes"
    );
    // sqlite needs a file; other formats are not for export.
    assert_eq!(provenance(&["export", "--format", "sqlite"]).code, 2);
    assert_eq!(provenance(&["export", "--format", "csv"]).code, 2);
    assert_eq!(provenance(&["list", "--format", "jsonl"]).code, 2);
}

#[test]
fn evidence_checks_read_every_written_form() {
    let r = run_in(&fixtures(), &["check", "evidence", "--format", "json"]);
    assert_eq!(r.code, 0, "warnings only: {}", r.stdout);
    let found = json(&r);
    let claims = run_in(&fixtures(), &["list", "evidence", "--format", "json"]);
    for id in column(&json(&claims), "id") {
        let codes: Vec<String> = found
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| {
                d["message"]
                    .as_str()
                    .is_some_and(|m| m.contains(&format!("`{id}`")))
            })
            .map(|d| d["code"].as_str().unwrap_or("").to_string())
            .collect();
        let want: &[&str] = match id.split('-').next() {
            Some("ok") => &[],
            Some("lacks") => &["quote-lacks-figure"],
            Some("qualifier") => &["quote-qualifier-mismatch"],
            Some("currency") => &["quote-currency-mismatch"],
            _ => panic!("fixture ids start with ok-, lacks-, qualifier- or currency-: {id}"),
        };
        assert_eq!(codes, want, "{id}");
    }
    // The warning points at the quote's own figure and names both qualifiers.
    let human = run_in(&fixtures(), &["check", "evidence"]);
    assert!(
        human.stdout.contains(
            "the quote of `qualifier-roughly` gives 600 with approx; the value `at least 600` says at_least"
        ),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains("--> evidence/quotes.toml:118:46"),
        "{}",
        human.stdout
    );
    assert!(
        human
            .stdout
            .contains("looked for 11,300 (or 11300, 11 300, 11.3k, in words)")
    );
    assert!(
        human.stdout.contains(
            "the quote of `currency-sign` gives 4.5 billion in euros; its `unit` is `dollars`"
        ),
        "{}",
        human.stdout
    );
}

/// The rows a query returns.
fn rows(conn: &rusqlite::Connection, sql: &str) -> usize {
    let mut statement = conn.prepare(sql).unwrap_or_else(|e| panic!("{e}: {sql}"));
    let mut rows = statement.query([]).unwrap_or_else(|e| panic!("{e}: {sql}"));
    let mut n = 0;
    while rows
        .next()
        .unwrap_or_else(|e| panic!("{e}: {sql}"))
        .is_some()
    {
        n += 1;
    }
    n
}

#[test]
fn the_queries_in_docs_export_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shipped = dir.path().join("shipped.sqlite");
    let fixture = dir.path().join("fixture.sqlite");
    let r = run(&[
        "export",
        "--format",
        "sqlite",
        "-o",
        &shipped.to_string_lossy(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = provenance(&[
        "export",
        "--format",
        "sqlite",
        "-o",
        &fixture.to_string_lossy(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dbs = [&shipped, &fixture].map(|p| rusqlite::Connection::open(p).expect("open"));
    let doc = std::fs::read_to_string(root().join("docs/export.md")).expect("docs/export.md");
    let queries: Vec<&str> = doc
        .split("```sql\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap_or(""))
        .collect();
    assert!(queries.len() >= 5, "a query for each table");
    for sql in queries {
        let found: usize = dbs.iter().map(|db| rows(db, sql)).sum();
        assert!(found > 0, "no rows from:\n{sql}");
    }
}

#[test]
fn export_refuses_a_repository_with_errors() {
    let r = run_in(&fixtures(), &["export", "bad/duplicate-id"]);
    assert_eq!(r.code, 1, "the claim files have errors");
    assert!(r.stderr.contains("nothing was exported"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

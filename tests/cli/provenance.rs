//! Provenance: forecasts against outcomes, relays counted once, status
//! without deletion, evidence checks, vintage views and export
//! (fixtures in tests/fixtures/provenance/).

use super::*;

fn provenance(args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.push("provenance");
    run_in(&fixtures(), &all)
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
    let table = provenance(&["history", "parade/leaders"]);
    assert!(
        table
            .stdout
            .contains("2 versions, 0 revisions, 1 forecast followed by an outcome")
    );
    assert!(
        table
            .stdout
            .contains("30 (2025-08-28) [forecast] → 26 (2025-09-03)")
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

//! Charts and the HTML report: structure of the SVG, PNG and HTML the
//! binary writes, escaping of hostile text (tests/fixtures/html/), and the
//! sparkline in `history`.

use super::*;

/// Occurrences of `needle` in `hay`.
fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

/// SVG of a subject's chart, printed with `-o -`.
fn svg(subject: &str, path: &str) -> String {
    let r = run(&["plot", subject, "-o", "-", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("<svg"), "{}", r.stdout);
    assert!(r.stdout.trim_end().ends_with("</svg>"));
    r.stdout
}

/// Versions of a subject that carry a number, from `history --format json`.
fn numeric_versions(subject: &str, path: &str) -> usize {
    let r = run(&["history", subject, "--format", "json", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&r)
        .as_array()
        .expect("series")
        .iter()
        .flat_map(|s| s["versions"].as_array().cloned().unwrap_or_default())
        .filter(|v| v["point"].is_number())
        .count()
}

/// Marks are circles of radius 5; conflict rings radius 10.
fn marks(svg: &str) -> usize {
    count(svg, "<circle") - rings(svg)
}

fn rings(svg: &str) -> usize {
    count(svg, "r=\"10\"")
}

#[test]
fn the_nis_deaths_chart_has_a_mark_per_version_a_band_and_an_arrow() {
    let svg = svg("nk-troops-in-russia/deaths", "claims");
    assert_eq!(
        marks(&svg),
        numeric_versions("nk-troops-in-russia/deaths", "claims")
    );
    assert_eq!(marks(&svg), 3);
    assert_eq!(rings(&svg), 0, "one source cannot conflict");
    // "at least 600" is the one open-ended figure: one arrowhead.
    assert_eq!(count(&svg, "<polygon"), 1, "{svg}");
    for text in [
        "≈350",
        "≥600",
        "≈2,000",
        "NIS",
        "casualties / deaths",
        "stated",
    ] {
        assert!(svg.contains(text), "no {text} in the chart");
    }
    // Axes: dates on month boundaries, thousands separators.
    assert!(
        svg.contains(">\n2025-09\n<") || svg.contains(">2025-09<"),
        "{svg}"
    );
    assert!(svg.contains("2,000\n</text>") || svg.contains(">2,000<"));
    // The undated first version is explained under the chart.
    assert!(svg.contains("is undated"));
}

#[test]
fn conflicts_are_ringed_and_retractions_still_drawn() {
    let path = fixtures().join("provenance");
    let path = path.to_str().unwrap();
    let svg = svg("floods/deaths", path);
    let compare = run(&["compare", "floods/deaths", "--format", "json", path]);
    let conflicts = json(&compare)[0]["conflicts"].as_array().unwrap().len();
    assert!(conflicts > 0);
    // Each conflict rings its two figures.
    assert_eq!(rings(&svg), 2 * conflicts);
    // Every version is drawn, the retracted one too (crossed).
    assert_eq!(marks(&svg), numeric_versions("floods/deaths", path));
    assert!(svg.contains("×: retracted"));
    for source in [
        "Mayor",
        "Red Crescent",
        "WHO",
        "conflict: latest figures disagree",
    ] {
        assert!(svg.contains(source), "legend lacks {source}");
    }
}

#[test]
fn forecasts_are_drawn_hollow() {
    let path = fixtures().join("provenance").join("parade.toml");
    let svg = svg("parade/leaders", path.to_str().unwrap());
    let cx = |l: &str| -> u32 {
        let at = l.find("cx=\"").expect("cx") + 4;
        l[at..].split('"').next().unwrap().parse().unwrap()
    };
    let (hollow, filled): (Vec<&str>, Vec<&str>) = svg
        .lines()
        .filter(|l| l.contains("<circle") && l.contains("r=\"5\""))
        .partition(|l| l.contains("fill=\"none\""));
    // Three versions; the hollow one is the ministry's forecast of 30,
    // stated days before the two counts of the day itself.
    assert_eq!((hollow.len(), filled.len()), (1, 2), "{svg}");
    assert!(filled.iter().all(|l| cx(l) > cx(hollow[0])), "{svg}");
    assert!(svg.contains("hollow: forecast"), "the key names it");
}

#[test]
fn plot_writes_svg_and_png_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims = root().join("claims");
    let svg_path = dir.path().join("deaths.svg");
    let png_path = dir.path().join("deaths.png");
    for (file, size) in [(&svg_path, "800x450"), (&png_path, "640x360")] {
        let r = run(&[
            "plot",
            "nk-troops-in-russia/deaths",
            "-o",
            file.to_str().unwrap(),
            "--size",
            size,
            claims.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.starts_with("<svg width=\"800\" height=\"450\" viewBox=\"0 0 800 450\""));
    let png = std::fs::read(&png_path).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR: width and height as big-endian u32 after the chunk header.
    assert_eq!(&png[12..16], b"IHDR");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 640);
    assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 360);
    // Drawing is deterministic: the same chart twice is the same file.
    let again = run(&["plot", "nk-troops-in-russia/deaths", "-o", "-", "claims"]);
    assert_eq!(again.stdout, svg);
}

#[test]
fn plot_refuses_what_it_cannot_draw() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["plot", "nk-troops-in-russia", "-o", "x.svg"],
            "matches 3 subjects; a chart shows one",
        ),
        (
            &[
                "plot",
                "china-victory-day-parade/kim-jong-un-attends",
                "-o",
                "x.svg",
            ],
            "has no figure to draw",
        ),
        (
            &["plot", "nk-troops-in-russia/deaths", "-o", "x.gif"],
            "cannot tell the image format",
        ),
        (
            &["plot", "nk-troops-in-russia/deaths", "-o", "claims/x.toml"],
            "cannot tell the image format",
        ),
        (
            &[
                "plot",
                "nk-troops-in-russia/deaths",
                "-o",
                "x.svg",
                "--size",
                "9x9",
            ],
            "outside",
        ),
        (
            &[
                "plot",
                "nk-troops-in-russia/deaths",
                "-o",
                "x.svg",
                "--format",
                "json",
            ],
            "takes its format from the file name",
        ),
        (
            &["plot", "nk-troops/deaths", "-o", "x.svg"],
            "no subject matches",
        ),
        (&["list", "--format", "html"], "only for `report`"),
    ];
    for (args, message) in cases {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(message), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}");
    }
    assert!(!root().join("x.svg").exists() && !root().join("claims/x.toml").exists());
}

fn html(path: &str) -> String {
    let r = run(&["report", "--format", "html", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
}

#[test]
fn the_html_report_stands_alone_with_a_section_per_subject() {
    let page = html("claims");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.ends_with("</html>\n"));
    // Nothing to fetch, nothing to run.
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    for banned in [
        "<script", "<link", " src=", "<img", "<iframe", "@import", "url(",
    ] {
        assert!(!page.contains(banned), "the page has {banned}");
    }
    assert!(page.contains("name=\"viewport\""));
    assert!(page.contains("@media print"));
    let report = json(&run(&["report", "--format", "json"]));
    let subjects = report["subjects"].as_array().unwrap();
    assert_eq!(count(&page, "<section id=\"s-"), subjects.len());
    // A chart for each subject with a figure; statements have none.
    let statements = subjects
        .iter()
        .filter(|s| {
            s["series"].as_array().unwrap().iter().all(|series| {
                series["versions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|v| v["point"].is_null())
            })
        })
        .count();
    assert_eq!(count(&page, "<svg "), subjects.len() - statements);
    assert!(statements > 0);
    // Every quote, with its source.
    let records = json(&run(&["list", "--format", "json"]));
    let quoted = records
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["quote"].is_string())
        .count();
    assert_eq!(count(&page, "<blockquote>"), quoted);
    assert!(page.contains("— NIS via Rep. Lee Seong-kweun → JoongAng Daily, v3, 2025-09-02"));
    // The history tables and the sparkline come along.
    assert!(page.contains(
        "<p>timeline  ▁▂█  NIS: ≈350 casualties → ≥600 (2025-04) → ≈2,000 deaths (2025-09-02)</p>"
    ));
    // Byte-stable: no timestamps.
    assert_eq!(html("claims"), page);
}

#[test]
fn hostile_text_never_becomes_markup() {
    let dir = fixtures().join("html");
    let page = html(dir.to_str().unwrap());
    let lower = page.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a script got through");
    assert!(!lower.contains("<img"), "an image got through");
    assert!(!lower.contains("<b>press"), "markup got through");
    assert!(!lower.contains("href=\"javascript"), "a javascript: link");
    assert!(!page.contains("</title><"), "the title broke out");
    // The text is still there, escaped.
    assert!(
        page.contains("&lt;script&gt;console.error(&#39;source escaped badly&#39;)&lt;/script&gt;")
    );
    assert!(page.contains("came &amp; went &quot;quietly&quot;"));
    assert!(page.contains("O&#39;Brien &quot;Agency&quot;"));
    // The style element in a quote stays text.
    assert_eq!(count(&lower, "<style"), 1);
    // The chart escapes the legend and labels too.
    let svg = svg("hostile/count", dir.to_str().unwrap());
    assert!(!svg.to_ascii_lowercase().contains("<script"));
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn report_writes_to_a_file_any_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let formats = [
        ("html", "report.html"),
        ("json", "report.json"),
        ("csv", "report.csv"),
        ("markdown", "report.md"),
    ];
    for (format, name) in formats {
        let file = dir.path().join(name);
        // The second run writes over the first's file.
        std::fs::write(&file, "an older report").unwrap();
        for _ in 0..2 {
            let r = run(&["report", "--format", format, "-o", file.to_str().unwrap()]);
            assert_eq!(r.code, 0, "{}", r.stderr);
            assert!(r.stdout.is_empty());
            let printed = run(&["report", "--format", format]).stdout;
            assert_eq!(std::fs::read_to_string(&file).unwrap(), printed);
        }
    }
    // No temporary file is left beside them.
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        formats.len()
    );
    let r = run(&["report", "-o", "claims/report.toml"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("looks like a claim file"), "{}", r.stderr);
}

#[test]
fn history_leads_each_timeline_with_a_sparkline() {
    let path = fixtures().join("provenance");
    let r = run(&["history", "camp/arrivals", path.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // 1,000 → 1,500 → 1,200: low, high, between.
    assert!(
        r.stdout.contains(
            "timeline  ▁█▄  Agency: ≈1,000 people (2025-02-01, as of 2025-01-31) → 1,500"
        ),
        "{}",
        r.stdout
    );
    // One version: no sparkline.
    let single = run(&["history", "nk-troops-in-russia/combat-engineers-arrived"]);
    assert!(
        single
            .stdout
            .contains("timeline  NIS: 1,000 combat engineers (2025-09-02)"),
        "{}",
        single.stdout
    );
}

#[test]
fn the_chart_in_the_readme_is_what_plot_draws() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let command = "claimtrack plot nk-troops-in-russia/deaths -o docs/images/nk-troops-deaths.svg";
    assert!(readme.contains(command), "the README shows how it was made");
    assert!(readme.contains("](docs/images/nk-troops-deaths.svg)"));
    let shipped = std::fs::read_to_string(root().join("docs/images/nk-troops-deaths.svg")).unwrap();
    let drawn = svg("nk-troops-in-russia/deaths", "claims");
    assert!(
        shipped == drawn,
        "docs/images/nk-troops-deaths.svg is stale: run `{command}`"
    );
}

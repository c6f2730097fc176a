//! Property tests: round trips through the value grammar, the laws of
//! interval agreement, and version numbering under any file order.

use proptest::prelude::*;

use crate::quantity::{self, Bound};
use crate::reconcile::Interval;
use crate::render::number;
use crate::settings::Settings;

/// A number as an analyst writes it: with separators, maybe decimals.
fn written(x: f64) -> String {
    number::format(x)
}

/// Whole numbers and numbers with up to two decimals, within ±10^12.
fn figure() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u64..1_000_000_000_000).prop_map(|n| n as f64),
        (0u64..100_000_000, 1u64..100).prop_map(|(n, d)| n as f64 + d as f64 / 100.0),
    ]
}

proptest! {
    #[test]
    fn every_form_parses_back_to_its_record(x in figure(), form in 0usize..17) {
        let w = written(x);
        let (text, bound) = match form {
            0 => (w.clone(), Bound::Exact),
            1 => (format!("about {w}"), Bound::Approx),
            2 => (format!("nearly {w}"), Bound::Nearly),
            3 => (format!("at least {w}"), Bound::AtLeast),
            4 => (format!("{w} or more"), Bound::AtLeast),
            5 => (format!("more than {w}"), Bound::MoreThan),
            6 => (format!("{w}+"), Bound::MoreThan),
            7 => (format!("at most {w}"), Bound::AtMost),
            8 => (format!("{w} or so"), Bound::Approx),
            9 => (format!("{w}-odd people"), Bound::Approx),
            10 => (format!("{w}-plus"), Bound::MoreThan),
            11 => (format!("{w} and over"), Bound::AtLeast),
            12 => (format!("{w} or under"), Bound::AtMost),
            13 => (format!("{w} at least"), Bound::AtLeast),
            14 => (format!("{w} people or so"), Bound::Approx),
            15 => (format!("{w}% or less"), Bound::AtMost),
            _ => (format!("fewer than {w}"), Bound::LessThan),
        };
        let q = quantity::parse(&text, 0.1).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?.quantity;
        prop_assert_eq!(q.bound, bound, "{}", text);
        prop_assert_eq!(q.point(), Some(x), "{}", text);
        let t = x * 0.1;
        let (low, high) = match bound {
            Bound::Exact => (Some(x), Some(x)),
            Bound::Approx => (Some(quantity::clean(x - t)), Some(quantity::clean(x + t))),
            Bound::Nearly => (Some(quantity::clean(x - t)), Some(x)),
            Bound::AtLeast | Bound::MoreThan => (Some(x), None),
            _ => (None, Some(x)),
        };
        prop_assert_eq!((q.low(), q.high()), (low, high), "{}", text);
        // No float noise reaches the record: 12 significant digits at most.
        for v in [q.low(), q.high()].into_iter().flatten() {
            let shown = number::json(v).to_string();
            let digits = shown.chars().filter(char::is_ascii_digit).count();
            prop_assert!(digits <= 15, "{} in {}", shown, text);
        }
        prop_assert_eq!(q.low_inclusive(), low.map(|_| bound != Bound::MoreThan));
        prop_assert_eq!(q.high_inclusive(), high.map(|_| bound != Bound::LessThan));
    }

    #[test]
    fn a_figure_lies_inside_its_own_interval_at_any_magnitude_and_tolerance(
        int in "[0-9]{1,9}",
        zeros in 0usize..290,
        digits in "[1-9][0-9]{0,15}",
        tiny: bool,
        nearly: bool,
        tolerance in prop_oneof![Just(0.0), Just(1e-13), 0.0..1.0f64],
    ) {
        // Tiny figures (`0.000…0123`) and figures of more digits than the
        // 12 that the ends keep (`123456789.0123456789`).
        let figure = if tiny {
            format!("0.{}{digits}", "0".repeat(zeros))
        } else {
            format!("{int}.{digits}")
        };
        let text = format!("{} {figure}", if nearly { "nearly" } else { "about" });
        let q = quantity::parse(&text, tolerance).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?.quantity;
        let (p, l, h) = (q.point(), q.low(), q.high());
        let (Some(p), Some(l), Some(h)) = (p, l, h) else {
            return Err(TestCaseError::fail(format!("{text}: {p:?} {l:?} {h:?}")));
        };
        prop_assert!(l <= p && p <= h, "{} at {}: {} ≤ {} ≤ {}", text, tolerance, l, p, h);
        prop_assert!(l > 0.0 || p == 0.0, "{} at {}: low end {}", text, tolerance, l);
    }

    #[test]
    fn ranges_parse_back(a in figure(), b in figure(), form in 0usize..3) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        let text = match form {
            0 => format!("between {} and {}", written(lo), written(hi)),
            1 => format!("{}-{}", written(lo), written(hi)),
            _ => format!("{} to {}", written(lo), written(hi)),
        };
        let q = quantity::parse(&text, 0.1).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?.quantity;
        prop_assert_eq!((q.bound, q.low(), q.high(), q.point()), (Bound::Range, Some(lo), Some(hi), None), "{}", text);
    }

    #[test]
    fn multipliers_are_exact(n in 1u64..1000, d in 0u64..10, word in 0usize..4) {
        let (suffix, scale) = [(" thousand", 1e3), ("k", 1e3), (" million", 1e6), ("bn", 1e9)][word];
        let text = format!("{n}.{d}{suffix}");
        let q = quantity::parse(&text, 0.1).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?.quantity;
        let expected = (n * 10 + d) as f64 * scale / 10.0;
        prop_assert_eq!(q.point(), Some(expected), "{}", text);
    }

    #[test]
    fn the_grammar_never_panics(text in "\\PC{0,40}") {
        // Any outcome but a panic; errors point inside the input.
        if let Err(e) = quantity::parse(&text, 0.1) {
            prop_assert!(e.span.start <= e.span.end && e.span.end <= text.len());
        }
    }
}

fn interval() -> impl Strategy<Value = Interval> {
    (
        proptest::option::of(-50i32..50),
        proptest::option::of(-50i32..50),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(a, b, li, hi)| {
            let (low, high) = match (a, b) {
                (Some(x), Some(y)) if x > y => (Some(y), Some(x)),
                other => other,
            };
            Interval {
                low: low.map(f64::from),
                high: high.map(f64::from),
                low_inclusive: li,
                high_inclusive: hi,
            }
        })
        .prop_filter("not empty", |i| {
            i.low
                .zip(i.high)
                .is_none_or(|(l, h)| l < h || (l == h && i.low_inclusive && i.high_inclusive))
        })
}

/// Whether `x` lies in `i`.
fn contains(i: &Interval, x: f64) -> bool {
    i.low.is_none_or(|l| x > l || (x == l && i.low_inclusive))
        && i.high.is_none_or(|h| x < h || (x == h && i.high_inclusive))
}

proptest! {
    #[test]
    fn agreement_is_symmetric(a in interval(), b in interval()) {
        prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
        prop_assert_eq!(a.gap(&b), b.gap(&a));
    }

    #[test]
    fn the_consensus_lies_within_every_interval(a in interval(), b in interval(), c in interval()) {
        if let Some(ab) = a.intersect(&b)
            && let Some(all) = ab.intersect(&c)
        {
            // Probe points on a fine grid: each one in the consensus is in all three.
            for k in -1010..=1010 {
                let x = f64::from(k) / 20.0;
                if contains(&all, x) {
                    prop_assert!(contains(&a, x) && contains(&b, x) && contains(&c, x), "{x}");
                }
            }
            prop_assert!(a.overlaps(&b) && a.overlaps(&c) && b.overlaps(&c));
        }
    }

    #[test]
    fn exclusive_bounds_never_agree_at_the_touching_point(x in -50i32..50, incl in any::<bool>()) {
        let x = f64::from(x);
        let above = Interval { low: Some(x), high: None, low_inclusive: false, high_inclusive: true };
        let below = Interval { low: None, high: Some(x), low_inclusive: true, high_inclusive: incl };
        let exact = Interval { low: Some(x), high: Some(x), low_inclusive: true, high_inclusive: true };
        prop_assert!(!above.overlaps(&below));
        prop_assert!(!above.overlaps(&exact));
        prop_assert_eq!(above.gap(&exact), 0.0);
    }
}

/// A claim of series `s`, stated on day `day` of 2025 (undated for 0).
fn claim_text(id: usize, series: usize, day: u32, supersedes: Option<usize>) -> String {
    let mut t = format!(
        "[[claim]]\nid = \"c{id}\"\nsubject = \"s/{series}\"\nsource = \"S\"\nvalue = {id}\nquote = \"x\"\n"
    );
    if day > 0 {
        t.push_str(&format!(
            "stated = 2025-{:02}-{:02}\n",
            1 + (day - 1) / 28,
            1 + (day - 1) % 28
        ));
    }
    if let Some(s) = supersedes {
        t.push_str(&format!("supersedes = \"c{s}\"\n"));
    }
    t
}

proptest! {
    #[test]
    fn versions_are_a_permutation_for_any_file_order(
        specs in proptest::collection::vec((0usize..3, 0u32..40, any::<bool>()), 1..24),
        order in any::<prop::sample::Index>(),
        files in 1usize..5,
    ) {
        // Claims, each maybe superseding the previous claim of its series.
        let mut last: [Option<usize>; 3] = [None; 3];
        let texts: Vec<(usize, String)> = specs
            .iter()
            .enumerate()
            .map(|(id, &(series, day, link))| {
                let sup = if link { last[series] } else { None };
                last[series] = Some(id);
                (series, claim_text(id, series, day, sup))
            })
            .collect();
        // Spread the claims over files in a rotated order.
        let rotate = order.index(texts.len());
        let mut claims = Vec::new();
        for f in 0..files {
            let body: String = (0..texts.len())
                .map(|k| (k + rotate) % texts.len())
                .filter(|k| k % files == f)
                .map(|k| texts[k].1.clone())
                .collect();
            let mut read = crate::schema::read(f, &body, &Settings::default());
            prop_assert!(read.diagnostics.iter().all(|d| d.severity != crate::diagnostic::Severity::Error));
            claims.append(&mut read.claims);
        }
        let repo = crate::loader::Repository { claims, ..Default::default() };
        let (ids, _) = crate::ids::IdIndex::new(&repo);
        let superseded = crate::ids::Superseded::new(&repo.claims, &ids);
        let keys = crate::series_keys::SeriesKeys::new(&repo.claims);
        let (versions, _) = crate::versions::build(&repo.claims, &superseded, &keys);
        let claims = &repo.claims;
        for s in &versions.series {
            // The short cut through the date order agrees with Kahn's.
            let mut members = s.claims.clone();
            members.sort_unstable();
            prop_assert_eq!(&s.claims, &crate::versions::kahn_order(&repo.claims, &members, &superseded));
            let mut numbers: Vec<usize> = s.claims.iter().map(|&i| versions.version[i]).collect();
            numbers.sort_unstable();
            prop_assert_eq!(numbers, (1..=s.claims.len()).collect::<Vec<_>>());
        }
        // A claim always comes after the claim it supersedes.
        let by_id: std::collections::HashMap<&str, usize> =
            claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        for (i, c) in claims.iter().enumerate() {
            if let Some(old) = c.supersedes.as_deref().and_then(|o| by_id.get(o)) {
                prop_assert!(versions.version[i] > versions.version[*old]);
            }
        }
    }
}

/// Text of the characters news prose mixes: letters in several scripts,
/// digits, separators, dashes, quotes, currency and comparison signs.
fn prose() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop::sample::select(vec![
            "a",
            "about ",
            "at least ",
            "more than ",
            " ",
            "0",
            "1",
            "7",
            ",",
            ".",
            "-",
            "–",
            "’",
            "'",
            "\"",
            "“",
            "\n",
            ":",
            "%",
            "+",
            "~",
            "≥",
            "$",
            "€",
            "É",
            "字",
            "said ",
            "the NIS ",
            "thousand ",
            "two ",
            "hundred",
            "th ",
            "Sep. ",
            "2025",
            "\u{a0}",
            "(",
            ")",
        ]),
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Reading numbers, qualifiers and drafts from any text never panics,
    /// and every span found lies on character boundaries inside the text.
    #[test]
    fn prose_readers_never_panic(text in prose()) {
        for m in crate::evidence::numbers_in(&text) {
            prop_assert!(text.get(m.span.clone()).is_some());
        }
        for cut in 0..=text.len() {
            if let (Some(head), Some(tail)) = (text.get(..cut), text.get(cut..)) {
                let _ = quantity::qualifier_ending(head);
                let _ = quantity::qualifier_starting(tail);
            }
        }
        for d in crate::extract::extract(&text, None) {
            prop_assert!(text.get(d.span.clone()).is_some());
            let _ = crate::extract::value_text(&d);
        }
    }
}

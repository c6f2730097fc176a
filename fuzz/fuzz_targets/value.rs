//! Fuzz the value grammar: never a panic, and every record it returns is
//! coherent (low ≤ point ≤ high, finite numbers) at the default tolerance
//! and at the edges of the setting's range (0 up to, not including, 1);
//! every error points inside the input.
#![no_main]

use claimtrack::quantity::{self, Bound};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for tolerance in [0.1, 0.0, 1e-13, 0.999] {
        check(text, tolerance);
    }
});

fn check(text: &str, tolerance: f64) {
    match quantity::parse(text, tolerance) {
        Ok(parsed) => {
            let q = parsed.quantity;
            for x in [q.point(), q.low(), q.high()].into_iter().flatten() {
                assert!(x.is_finite(), "{text:?}: {x}");
            }
            if let (Some(l), Some(h)) = (q.low(), q.high()) {
                assert!(l <= h, "{text:?} at {tolerance}: {l} > {h}");
            }
            if let Some(p) = q.point() {
                if q.bound != Bound::Range {
                    assert!(q.low().is_none_or(|l| l <= p), "{text:?} at {tolerance}");
                    assert!(q.high().is_none_or(|h| p <= h), "{text:?} at {tolerance}");
                }
            }
            assert_eq!(q.low_inclusive().is_some(), q.low().is_some());
            assert_eq!(q.high_inclusive().is_some(), q.high().is_some());
        }
        Err(e) => {
            assert!(
                e.span.start <= e.span.end && e.span.end <= text.len(),
                "{text:?}: {e:?}"
            );
            assert!(
                text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end),
                "{text:?}: {e:?}"
            );
            assert!(!e.message.is_empty());
        }
    }
}

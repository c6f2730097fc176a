//! How numbers are written: for people (`2,000`), for TOML and for JSON.

/// A number with thousands separators and at most six decimals, or six
/// significant digits below 0.1 (`0.00012345`, not `0.000123`; `1e-9` is
/// not `0`), trailing zeros dropped.
pub fn format(x: f64) -> String {
    grouped(x < 0.0, &decimals(x.abs()))
}

/// A number as people read it in a table: [`format()`], but a whole
/// number of thousands from a million on in millions, billions or
/// trillions (`4.9 million`, `1.25 billion`), where those words give it
/// exactly; `1,234,567` stays in digits.
pub fn readable(x: f64) -> String {
    let abs = x.abs();
    if abs >= 1e6 && abs.fract() == 0.0 && abs <= crate::quantity::MAX_EXACT {
        let whole = abs as u64;
        let scales = [
            (1_000_000_000_000, "trillion"),
            (1_000_000_000, "billion"),
            (1_000_000, "million"),
        ];
        if let Some((scale, word)) = scales.into_iter().find(|(scale, _)| whole >= *scale) {
            // In thousandths of the scale, where it has no finer part.
            let step = scale / 1_000;
            if whole.is_multiple_of(step) {
                let thousandths = whole / step;
                let fraction = format!("{:03}", thousandths % 1_000);
                let fraction = fraction.trim_end_matches('0');
                let sign = if x < 0.0 { "-" } else { "" };
                let point = if fraction.is_empty() { "" } else { "." };
                let units = format((thousandths / 1_000) as f64);
                return format!("{sign}{units}{point}{fraction} {word}");
            }
        }
    }
    format(x)
}

/// A number with thousands separators and every decimal it holds
/// (`4.4444444444`, where [`format()`] shows `4.444444`): for a value to
/// write, which must read back as the number it came from.
pub fn format_exact(x: f64) -> String {
    grouped(x < 0.0, &format!("{}", x.abs()))
}

/// `s`, a non-negative number in plain digits, with thousands separators,
/// trailing zeros of its fraction dropped, and a `-` when `negative` and
/// it is not all zeros.
fn grouped(negative: bool, s: &str) -> String {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(int.len() + int.len() / 3 + frac.len() + 2);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    if negative && out.chars().any(|c| c != '0' && c != ',' && c != '.') {
        out.insert(0, '-');
    }
    out
}

/// A non-negative number with six decimals (`{:.6}`), or as many more as
/// it has zeros after the point below 0.1; whole numbers that an f64 holds
/// exactly are written as integers, which is the same text up to the
/// decimals and much cheaper than exact float formatting.
fn decimals(abs: f64) -> String {
    if abs.fract() == 0.0 && abs <= crate::quantity::MAX_EXACT {
        (abs as u64).to_string()
    } else if abs > 0.0 && abs < 0.1 {
        let zeros = (-abs.log10()).floor() as usize;
        format!("{abs:.prec$}", prec = zeros + 6)
    } else {
        format!("{abs:.6}")
    }
}

/// A number as TOML writes it: integers plain, floats with a fraction.
pub fn toml_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// A float as TOML writes it (`2.0`, `1.5`).
pub fn toml_float(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

/// A number for JSON: whole numbers as integers.
pub fn json(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() <= crate::quantity::MAX_EXACT {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

/// An optional number for JSON (`null` when absent).
pub fn json_opt(x: Option<f64>) -> serde_json::Value {
    x.map_or(serde_json::Value::Null, json)
}

/// A number for CSV cells: plain digits, no separators.
pub fn plain(x: f64) -> String {
    toml_number(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_round_numbers_read_in_millions_and_billions_where_exact() {
        assert_eq!(readable(4_900_000.0), "4.9 million");
        assert_eq!(readable(-4_900_000.0), "-4.9 million");
        assert_eq!(readable(1_250_000_000.0), "1.25 billion");
        assert_eq!(readable(3e12), "3 trillion");
        assert_eq!(readable(1_500e12), "1,500 trillion");
        assert_eq!(readable(4_410_000.0), "4.41 million");
        // Not where the words would round it, nor below a million.
        assert_eq!(readable(1_234_567.0), "1,234,567");
        assert_eq!(readable(4_900_500.0), "4,900,500");
        assert_eq!(readable(999_000.0), "999,000");
        assert_eq!(readable(1_000_000.5), "1,000,000.5");
    }

    #[test]
    fn human_numbers_have_separators() {
        assert_eq!(format(2000.0), "2,000");
        assert_eq!(format(1_500_000.0), "1,500,000");
        assert_eq!(format(350.0), "350");
        assert_eq!(format(1.5), "1.5");
        assert_eq!(format(-1234.25), "-1,234.25");
        assert_eq!(format(0.0), "0");
        assert_eq!(format(3.333333333), "3.333333");
        assert_eq!(format(-0.0), "0");
        assert_eq!(format(9_007_199_254_740_992.0), "9,007,199,254,740,992");
        assert_eq!(format(1e20), "100,000,000,000,000,000,000");
    }

    #[test]
    fn exact_numbers_keep_every_decimal() {
        assert_eq!(format_exact(4.4444444444), "4.4444444444");
        assert_eq!(format_exact(2700.0), "2,700");
        assert_eq!(format_exact(-1234.25), "-1,234.25");
        assert_eq!(format_exact(1e20), "100,000,000,000,000,000,000");
        assert_eq!(format_exact(0.000000001), "0.000000001");
        for x in [4.4444444444, 1234567.891011, 0.1 + 0.2, 1e-9] {
            let back: f64 = format_exact(x).replace(',', "").parse().unwrap_or(f64::NAN);
            assert_eq!(back, x);
        }
    }

    #[test]
    fn small_numbers_keep_six_significant_digits() {
        assert_eq!(format(0.5), "0.5");
        assert_eq!(format(0.123456789), "0.123457");
        assert_eq!(format(0.05), "0.05");
        assert_eq!(format(0.07), "0.07");
        assert_eq!(format(0.0123456789), "0.0123457");
        assert_eq!(format(0.00012345), "0.00012345");
        assert_eq!(format(0.00045), "0.00045");
        assert_eq!(format(-0.000000001), "-0.000000001");
        assert_eq!(format(1e-31), format!("0.{}1", "0".repeat(30)));
        assert_eq!(format(0.1 + 0.2), "0.3");
    }

    proptest::proptest! {
        /// Whole numbers skip float formatting but read the same.
        #[test]
        fn whole_numbers_read_as_float_formatting_writes_them(
            whole in 0u64..=(1 << 53),
            negative: bool,
        ) {
            let x = if negative { -(whole as f64) } else { whole as f64 };
            let float = format!("{:.6}", whole as f64);
            let (int, frac) = float.split_once('.').unwrap_or((&float, ""));
            proptest::prop_assert_eq!(frac, "000000");
            proptest::prop_assert_eq!(decimals(whole as f64), int);
            let text = format(x);
            let digits = text.replace(',', "");
            proptest::prop_assert_eq!(digits.trim_start_matches('-'), int);
            proptest::prop_assert_eq!(text.starts_with('-'), negative && whole > 0);
        }
    }

    #[test]
    fn json_numbers_are_integers_when_whole() {
        assert_eq!(json(2000.0).to_string(), "2000");
        assert_eq!(json(1800.5).to_string(), "1800.5");
        assert_eq!(json_opt(None).to_string(), "null");
    }
}

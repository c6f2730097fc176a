//! Fuzz `fmt`'s canonical layout: never a panic, and for any TOML it
//! accepts, the layout keeps every value (the same tree of keys and values),
//! keeps every comment line, and is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(out) = claimtrack::edit::format(text) else {
        return;
    };
    let before: Result<toml::Table, _> = text.parse();
    let after: Result<toml::Table, _> = out.parse();
    match (before, after) {
        (Ok(b), Ok(a)) => assert_eq!(b, a, "values changed:\n{text}\n---\n{out}"),
        (Err(_), _) => {} // toml_edit accepts a little more than toml (e.g. some duplicate keys)
        (Ok(_), Err(e)) => panic!("the layout is not TOML: {e}\n{text}\n---\n{out}"),
    }
    for line in text.lines().map(str::trim).filter(|l| l.starts_with('#')) {
        assert!(
            out.lines().any(|o| o.contains(line)),
            "comment {line:?} lost:\n{text}\n---\n{out}"
        );
    }
    let again = claimtrack::edit::format(&out).expect("the layout parses again");
    assert_eq!(again, out, "not idempotent:\n{text}");
});

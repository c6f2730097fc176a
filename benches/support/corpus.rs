//! The benchmark corpus: realistic, deterministic claim files. Shared by
//! `examples/gen-corpus.rs` and the benches.

use std::fmt::Write as _;
use std::path::Path;

/// xorshift64*: small, fast and deterministic; no dependency needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const SOURCES: &[&str] = &[
    "NIS",
    "KCNA",
    "Reuters",
    "Yonhap",
    "AP",
    "AFP",
    "UN OCHA",
    "WHO",
    "Red Cross",
    "Ministry of Defence",
    "Ministry of Health",
    "State media",
    "Opposition party",
    "Think tank",
    "Local officials",
    "Police",
];
const OUTLETS: &[&str] = &[
    "JoongAng Daily",
    "Reuters",
    "AP",
    "BBC",
    "Yonhap",
    "Le Monde",
    "NHK",
    "Al Jazeera",
];
const UNITS: &[&str] = &[
    "deaths",
    "troops",
    "people",
    "participants",
    "casualties",
    "displaced",
    "percent",
];
const TOPICS: &[&str] = &[
    "earthquake",
    "flood",
    "parade",
    "deployment",
    "election",
    "protest",
    "summit",
    "outbreak",
    "strike",
    "famine",
];

fn value(rng: &mut Rng, base: u64) -> String {
    let n = base.max(1);
    let with_commas = |x: u64| {
        let s = x.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    match rng.below(22) {
        0 => format!("{n}"),
        1 => with_commas(n),
        2 => format!("about {}", with_commas(n)),
        3 => format!("around {n}"),
        4 => format!("~{n}"),
        5 => format!("nearly {}", with_commas(n)),
        6 => format!("at least {}", with_commas(n)),
        7 => format!("{} or more", with_commas(n)),
        8 => format!("more than {}", with_commas(n)),
        9 => format!("over {}", with_commas(n)),
        10 => format!("{}+", with_commas(n)),
        11 => format!("up to {}", with_commas(n)),
        12 => format!("fewer than {}", with_commas(n)),
        13 => format!("between {} and {}", with_commas(n), with_commas(n * 2)),
        14 => format!("{}-{}", with_commas(n), with_commas(n + n / 2 + 1)),
        15 => format!("{}.{} million", 1 + n % 9, n % 10),
        16 => (*rng.pick(&[
            "dozens",
            "hundreds",
            "several hundred",
            "thousands",
            "tens of thousands",
        ]))
        .to_string(),
        17 => format!("an estimated {}", with_commas(n)),
        18 => format!("{}k", 1 + n % 900),
        19 => format!("{} thousand", 1 + n % 900),
        20 => format!("roughly {}", with_commas(n)),
        _ => format!("almost {}", with_commas(n)),
    }
}

fn date(rng: &mut Rng, step: u64, chained: bool) -> String {
    let day = step * 37 + rng.below(20);
    let year = 2020 + day / 365;
    let month = 1 + (day % 365) / 31;
    let dom = 1 + (day % 31).min(27);
    if chained {
        return format!("stated = {year}-{month:02}-{dom:02}\n");
    }
    match rng.below(12) {
        0 => format!("stated = \"{year}\"\n"),
        1 | 2 => format!("stated = \"{year}-{month:02}\"\n"),
        3 => String::new(),
        _ => format!("stated = {year}-{month:02}-{dom:02}\n"),
    }
}

/// Write `files` files of `per_file` claims each under `out`, plus a
/// registry declaring every source and subject. The same seed gives the
/// same bytes.
pub fn generate(out: &Path, files: u64, per_file: u64, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let total = files * per_file;
    // Each subject gets a handful of sources and a chain of versions each.
    let subjects = (total / 12).max(1);

    let mut registry = String::from("# Generated: sources and subjects of the corpus.\n");
    for s in SOURCES {
        let _ = write!(registry, "\n[[source]]\nid = \"{s}\"\nname = \"{s}\"\n");
    }
    for k in 0..subjects {
        let topic = TOPICS[(k % TOPICS.len() as u64) as usize];
        let _ = write!(
            registry,
            "\n[[subject]]\nid = \"{topic}/event-{k}/count\"\ndescription = \"Generated subject {k}\"\n\n[[subject]]\nid = \"{topic}/event-{k}/statement\"\n"
        );
    }
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("registry.toml"), registry)?;

    let mut claim = 0u64;
    for f in 0..files {
        let folder = out.join(format!("{:03}", f / 100));
        std::fs::create_dir_all(&folder)?;
        let mut text = String::with_capacity((per_file * 420) as usize);
        let outlet = rng.pick(OUTLETS);
        let _ = write!(
            text,
            "[document]\ntitle = \"Generated report {f}\"\npublisher = \"{outlet}\"\nauthors = [\"Writer {}\"]\npublished = 2025-{:02}-{:02}\n",
            f % 50,
            1 + f % 12,
            1 + f % 28
        );
        for _ in 0..per_file {
            // Claims are spread so that a series (subject, source) has several
            // versions in different files; consecutive ones supersede.
            let subject = claim % subjects;
            let round = claim / subjects;
            let source = SOURCES[((subject + round % 3) % SOURCES.len() as u64) as usize];
            let topic = TOPICS[(subject % TOPICS.len() as u64) as usize];
            let version = round / 3;
            let id = format!("c{claim}");
            let base = 50 + (subject * 7919 % 5000) * (1 + version);
            let statement = subject % 25 == 7;
            let kind = if statement { "statement" } else { "count" };
            let _ = write!(
                text,
                "\n[[claim]]\nid = \"{id}\"\nsubject = \"{topic}/event-{subject}/{kind}\"\nsource = \"{source}\"\n"
            );
            if rng.below(3) == 0 {
                let _ = writeln!(text, "via = [\"{}\", \"{outlet}\"]", rng.pick(OUTLETS));
            }
            // The quote holds the figure as written, as `check` expects.
            let written;
            if statement {
                written = format!("The {topic} affected event {subject} in round {round}");
                let _ = writeln!(text, "kind = \"statement\"\nvalue = \"{written}\"");
            } else if rng.below(30) == 0 {
                let (high, best) = (base * 2, base + base / 2);
                written = format!("between {base} and {high}, most likely {best}");
                let _ = writeln!(
                    text,
                    "value = {{ low = {base}, high = {high}, best = {best} }}"
                );
            } else {
                written = value(&mut rng, base);
                let _ = writeln!(text, "value = \"{written}\"");
                let _ = writeln!(
                    text,
                    "unit = \"{}\"",
                    UNITS[(subject % UNITS.len() as u64) as usize]
                );
            }
            // Later rounds of a series supersede the one three rounds back.
            let chained = !statement && version > 0 && rng.below(2) == 0;
            text.push_str(&date(&mut rng, round, chained));
            if chained {
                let _ = writeln!(text, "supersedes = \"c{}\"", claim - 3 * subjects);
            }
            let _ = writeln!(
                text,
                "quote = \"Officials said the {topic} figure for event {subject} in round {round} stands at {written}.\""
            );
            if rng.below(10) == 0 {
                let _ = writeln!(
                    text,
                    "reliability = \"{}{}\"",
                    (b'A' + rng.below(6) as u8) as char,
                    1 + rng.below(6)
                );
            }
            if rng.below(8) == 0 {
                let _ = writeln!(text, "tags = [\"generated\", \"{topic}\"]");
            }
            claim += 1;
        }
        std::fs::write(folder.join(format!("report-{f:05}.toml")), text)?;
    }
    Ok(())
}

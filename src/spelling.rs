//! When two spellings are one name: `Interior ministry` and `Interior
//! Ministry`, `varna-quake/death` and `varna-quake/deaths`. `check` warns
//! where a repository writes one source or subject two ways, and `extract`
//! drafts each name as the repository (or the article, before it) already
//! writes it, so its drafts never split a series.

use rustc_hash::FxHashMap as HashMap;

use crate::model::Claim;
use crate::quantity::unit_key;
use crate::series_keys::SeriesKeys;

/// The usual spelling of each source and subject of a repository, and of
/// each name drafted since, by key.
#[derive(Debug, Default)]
pub struct Spellings {
    sources: HashMap<String, String>,
    subjects: HashMap<String, String>,
    /// The spelling of each source written by its initials, by its letters
    /// (`WHO`), and of each written in full, by its initials (`World Health
    /// Organization`): where one is drafted, the other is known.
    acronyms: HashMap<String, String>,
    in_full: HashMap<String, String>,
}

impl Spellings {
    /// The spellings most claims of `claims` use.
    pub fn of(claims: &[Claim]) -> Spellings {
        let keys = SeriesKeys::new(claims);
        let mut used = (
            vec![0u32; keys.subjects.len()],
            vec![0u32; keys.sources.len()],
        );
        for &(subject, source) in &keys.of {
            used.0[subject as usize] += 1;
            used.1[source as usize] += 1;
        }
        // Every spelling's key, to the usual spelling.
        let by_key = |names: &[&str], usual: &[Option<u32>], key: fn(&str) -> String| {
            names
                .iter()
                .zip(usual)
                .map(|(name, u)| {
                    (
                        key(name),
                        u.map_or(*name, |u| names[u as usize]).to_string(),
                    )
                })
                .collect::<HashMap<String, String>>()
        };
        let sources = usual_sources(&keys.sources, &used.1);
        let subjects = usual(&keys.subjects, &used.0, subject_key);
        let mut spellings = Spellings {
            sources: by_key(&keys.sources, &sources, source_key),
            subjects: by_key(&keys.subjects, &subjects, subject_key),
            ..Spellings::default()
        };
        for (name, u) in keys.sources.iter().zip(&sources) {
            spellings.remember_initials(name, u.map_or(*name, |u| keys.sources[u as usize]));
        }
        spellings
    }

    /// `source` as it is written already, or as given (and so from now on).
    /// A source by its initials is written as the one in full it stands
    /// for, where that is known, and the other way round. A source whose
    /// [`loose_source_key`] is a known name's key is written as that name
    /// (`Environment minister Manjinder Singh Sirsa` as `Manjinder Singh
    /// Sirsa`; never the other way round, so a phrase read too long never
    /// takes the place of the name).
    pub fn source(&mut self, source: String) -> String {
        let k = source_key(&source);
        // A name of no letters or digits (`?`) is like no other.
        if k.is_empty() {
            return source;
        }
        if let Some(known) = self.sources.get(&k) {
            return known.clone();
        }
        let joined = match acronym_letters(&source) {
            Some(letters) => self.in_full.get(&letters),
            None => initials(&source).and_then(|i| self.acronyms.get(&i)),
        };
        let spelled = joined
            .or_else(|| self.sources.get(&loose_source_key(&source)))
            .cloned()
            .unwrap_or_else(|| source.clone());
        self.remember_initials(&source, &spelled);
        self.sources.insert(k, spelled.clone());
        spelled
    }

    /// Where `name` is written by its initials, or in full, `spelled`
    /// stands for it (the first spelling known stays).
    fn remember_initials(&mut self, name: &str, spelled: &str) {
        if let Some(letters) = acronym_letters(name) {
            self.acronyms
                .entry(letters)
                .or_insert_with(|| spelled.to_string());
        } else if let Some(initials) = initials(name) {
            self.in_full
                .entry(initials)
                .or_insert_with(|| spelled.to_string());
        }
    }

    /// `subject` as it is written already, or as given.
    pub fn subject(&mut self, subject: String) -> String {
        let k = subject_key(&subject);
        if k.is_empty() {
            return subject;
        }
        self.subjects.entry(k).or_insert(subject).clone()
    }
}

/// For each name, the name most claims write the same way (by `fold`),
/// when it is another: the most used spelling of each folded name is its
/// usual one (the first used, of two used as often).
pub fn usual(names: &[&str], used: &[u32], fold: fn(&str) -> String) -> Vec<Option<u32>> {
    let mut usual: HashMap<String, u32> = HashMap::default();
    let folded: Vec<String> = names.iter().map(|n| fold(n)).collect();
    for (k, f) in folded.iter().enumerate() {
        let k = k as u32;
        usual
            .entry(f.clone())
            .and_modify(|u| {
                if used[k as usize] > used[*u as usize] {
                    *u = k;
                }
            })
            .or_insert(k);
    }
    folded
        .iter()
        .enumerate()
        .map(|(k, f)| usual.get(f).copied().filter(|&u| u != k as u32))
        .collect()
}

/// For each source, the source most claims write the same way, as
/// [`usual`] gives it by [`source_key`], with initials joined to the name
/// in full they stand for (`WHO`, `World Health Organization`).
pub fn usual_sources(names: &[&str], used: &[u32]) -> Vec<Option<u32>> {
    let mut usual = usual(names, used, source_key);
    join_initials(names, used, &mut usual);
    usual
}

/// Joins, in `usual`, each source written by its initials with the one
/// written in full whose capitalised words they are the initials of
/// (`WHO` and `World Health Organization`, `MSF` and `Médecins Sans
/// Frontières`, `USGS` and `U.S. Geological Survey`): the more used of
/// the two spellings is the usual one (the first used, of two used as
/// often), for the other's claims too.
fn join_initials(names: &[&str], used: &[u32], usual: &mut [Option<u32>]) {
    let mut full: HashMap<String, u32> = HashMap::default();
    for (k, name) in names.iter().enumerate() {
        let k = k as u32;
        if usual[k as usize].is_none()
            && let Some(initials) = initials(name)
        {
            full.entry(initials)
                .and_modify(|u| {
                    if used[k as usize] > used[*u as usize] {
                        *u = k;
                    }
                })
                .or_insert(k);
        }
    }
    if full.is_empty() {
        return;
    }
    for k in 0..names.len() {
        if usual[k].is_some() {
            continue;
        }
        let Some(&f) = acronym_letters(names[k]).and_then(|a| full.get(&a)) else {
            continue;
        };
        let (f, k) = (f as usize, k);
        let (usual_one, other) = if used[f] > used[k] || used[f] == used[k] && f < k {
            (f, k)
        } else {
            (k, f)
        };
        for u in usual.iter_mut() {
            if *u == Some(other as u32) {
                *u = Some(usual_one as u32);
            }
        }
        usual[other] = Some(usual_one as u32);
    }
}

/// Words of a name that its initials skip: `Organisation for Economic
/// Co-operation and Development`, `Office of the …`.
const UNCOUNTED: &[&str] = &[
    "of", "for", "and", "the", "on", "in", "de", "des", "du", "la",
];

/// The initials of a name of capitalised words (`World Health
/// Organization` → `WHO`; `U.S. Geological Survey` → `USGS`, its
/// abbreviation's letters each), or `None` where a word is in lower case
/// (`local aid groups`) or there are fewer than two.
fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for word in name.split_whitespace() {
        if UNCOUNTED.contains(&word) {
            continue;
        }
        let first = word.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        words += 1;
        if word.contains('.') {
            // `U.S.`: each letter.
            out.extend(word.chars().filter(|c| c.is_uppercase()));
        } else {
            out.push(first);
        }
    }
    (words >= 2 && out.chars().count() >= 2).then_some(out)
}

/// Whether `a` and `b` name one body as its initials and its name in full,
/// either way round and in any case: `mcpt` and `Movimento Casa Para
/// Todos`, `Public Security Police` and `PSP`.
pub fn initials_of_either(a: &str, b: &str) -> bool {
    let joined = |short: &str, full: &str| {
        acronym_letters(&short.to_uppercase())
            .zip(initials(full))
            .is_some_and(|(letters, initials)| letters == initials)
    };
    joined(a, b) || joined(b, a)
}

/// The letters of a name written as initials (`WHO`, `W.H.O.`, `MSF`): one
/// word of three to eight capitals, full stops between them allowed. Two
/// are too few to tell a body from a person (`AP`, `Alice Parker`), so `UN`
/// and `United Nations` are not joined.
fn acronym_letters(name: &str) -> Option<String> {
    let letters: String = name.trim().chars().filter(|&c| c != '.').collect();
    let count = letters.chars().count();
    ((3..=8).contains(&count) && letters.chars().all(char::is_uppercase)).then_some(letters)
}

/// A source as compared for spelling: case, full stops and apostrophes,
/// a leading `the`, and the marks between words do not count (`U.N.`,
/// `the UN`, `UN`).
pub fn source_key(name: &str) -> String {
    let lower: String = name
        .to_lowercase()
        .chars()
        .filter(|ch| !matches!(ch, '.' | '\'' | '’'))
        .map(|ch| if ch.is_alphanumeric() { ch } else { ' ' })
        .collect();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["the", rest @ ..] if !rest.is_empty() => rest.join(" "),
        _ => words.join(" "),
    }
}

/// A source as compared where its [`source_key`] finds no spelling: a
/// person's post before their name does not count (`Environment minister
/// Manjinder Singh Sirsa` is `Manjinder Singh Sirsa`; so are the people
/// before a body's name, `analysts at Brenton Capital`), nor a possessive
/// `'s` (`Punjab's pollution control board` is `Punjab Pollution Control
/// Board`). The name is two or more capitalised words that end the source
/// after a word in lower case or a post's in capitals (`Minister`,
/// `President`, …: `Agriculture Minister Teodor Vasilescu` is `Teodor
/// Vasilescu`); `officials in Rome` stays whole.
pub fn loose_source_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_at = words
        .iter()
        .rposition(|w| !w.starts_with(char::is_uppercase) || POSTS.contains(w))
        .map_or(0, |lower| lower + 1);
    let words = match &words[name_at..] {
        named if named.len() >= 2 && name_at > 0 => named,
        _ => &words[..],
    };
    let unowned: Vec<&str> = words
        .iter()
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .filter(|w| !w.is_empty())
                .unwrap_or(w)
        })
        .collect();
    source_key(&unowned.join(" "))
}

/// The words that end a person's post written in capitals, after which
/// their name comes: `Agriculture Minister`, `US President`.
const POSTS: &[&str] = &[
    "Minister",
    "Secretary",
    "President",
    "Governor",
    "Mayor",
    "Chancellor",
    "Commissioner",
    "Director",
    "Senator",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
];

/// A subject as compared for spelling: by slash segments, whose words
/// (between any marks) count without case or a plural `s` (words of four
/// letters or more: `gas` and `us` stay as they are).
pub fn subject_key(name: &str) -> String {
    let segments: Vec<String> = name
        .split('/')
        .map(|segment| {
            let words: Vec<String> = segment
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| match w.chars().count() {
                    0..=3 => w.to_lowercase(),
                    _ => unit_key(w),
                })
                .collect();
            words.join("-")
        })
        .collect();
    segments.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_stand_for_a_name_either_way_round_in_any_case() {
        for (a, b) in [
            ("mcpt", "Movimento Casa Para Todos"),
            ("Public Security Police", "PSP"),
            ("U.S. Geological Survey", "usgs"),
        ] {
            assert!(initials_of_either(a, b), "{a} / {b}");
        }
        // Two letters are too few; a lower-case name has no initials.
        for (a, b) in [
            ("un", "United Nations"),
            ("lag", "local aid groups"),
            ("PSP", "Portuguese Socialist"),
        ] {
            assert!(!initials_of_either(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn spellings_of_one_source_share_a_key_and_others_do_not() {
        let same = [
            ("Interior Ministry", "Interior ministry"),
            ("UN", "U.N."),
            ("the UN", "UN"),
            ("Reuters", "  reuters "),
            ("Ministry of Health", "Ministry-of-Health"),
            ("People's Daily", "Peoples Daily"),
        ];
        for (a, b) in same {
            assert_eq!(source_key(a), source_key(b), "{a} / {b}");
        }
        let apart = [
            ("UN", "UNHCR"),
            ("The", "Thé"),
            ("Health Ministry", "Ministry of Health"),
        ];
        for (a, b) in apart {
            assert_ne!(source_key(a), source_key(b), "{a} / {b}");
        }
        assert_eq!(source_key("The"), "the");
    }

    #[test]
    fn a_post_before_a_name_and_a_possessive_do_not_count_loosely() {
        for (a, b) in [
            (
                "Environment minister Manjinder Singh Sirsa",
                "Manjinder Singh Sirsa",
            ),
            ("Chief veterinary officer Pawel Niemczuk", "Pawel Niemczuk"),
            ("analysts at Brenton Capital", "Brenton Capital"),
            // (A post in capitals too.)
            ("Agriculture Minister Teodor Vasilescu", "Teodor Vasilescu"),
            ("US President Donald Trump", "Donald Trump"),
            (
                "Punjab's pollution control board",
                "Punjab Pollution Control Board",
            ),
        ] {
            assert_eq!(loose_source_key(a), loose_source_key(b), "{a} / {b}");
        }
        // One capitalised word is no name; nor are words with none in
        // lower case or of a post before them.
        for (a, b) in [
            ("officials in Rome", "Rome"),
            ("Brenton Capital Group", "Capital Group"),
            ("finance ministry", "ministry"),
        ] {
            assert_ne!(loose_source_key(a), loose_source_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn a_drafted_source_takes_the_repository_s_spelling_of_the_name_it_ends_with() {
        let mut sirsa = crate::versions::tests::claim("a", "1", None, None);
        sirsa.source = "Manjinder Singh Sirsa".into();
        let mut spellings = Spellings::of(&[sirsa]);
        // In order: within an article too, but only towards the bare name.
        for (drafted, spelled) in [
            (
                "Environment minister Manjinder Singh Sirsa",
                "Manjinder Singh Sirsa",
            ),
            ("Pawel Niemczuk", "Pawel Niemczuk"),
            ("Chief veterinary officer Pawel Niemczuk", "Pawel Niemczuk"),
            ("day the Coast Guard", "day the Coast Guard"),
            ("Coast Guard", "Coast Guard"),
        ] {
            assert_eq!(spellings.source(drafted.to_string()), spelled);
        }
    }

    #[test]
    fn spellings_of_one_subject_share_a_key_and_others_do_not() {
        let same = [
            ("varna-quake/deaths", "varna-quake/death"),
            ("Varna-Quake/Deaths", "varna_quake/deaths"),
            ("nk-troops/casualties", "nk-troops/casualty"),
        ];
        for (a, b) in same {
            assert_eq!(subject_key(a), subject_key(b), "{a} / {b}");
        }
        let apart = [
            ("gdp/2024", "gdp/2025"),
            ("gas/us", "gas/u"),
            ("quake/deaths", "quake-deaths"),
            ("quake/deaths/", "quake/deaths"),
            ("floods/deaths", "floods/death/confirmed"),
        ];
        for (a, b) in apart {
            assert_ne!(subject_key(a), subject_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn a_source_by_its_initials_joins_the_one_in_full() {
        let names = [
            "World Health Organization",
            "WHO",
            "U.S. Geological Survey",
            "USGS",
            "Médecins Sans Frontières",
            "MSF",
            "local aid groups",
            "LAG",
            "World Bank",
            "WHO Europe",
        ];
        let used = [1, 3, 2, 1, 1, 1, 5, 1, 1, 1];
        let joined = usual_sources(&names, &used);
        assert_eq!(
            joined,
            [
                Some(1), // WHO is used more
                None,
                None,
                Some(2), // the full name more
                None,
                Some(4), // as often: the first used
                None,
                None, // a lower-case name has no initials
                None,
                None,
            ]
        );
        // A spelling of the full name joins too, through its usual one.
        let names = [
            "World Health Organization",
            "world health organization",
            "WHO",
        ];
        let used = [1, 1, 5];
        let joined = usual_sources(&names, &used);
        assert_eq!(joined, [Some(2), Some(2), None]);
        assert_eq!(
            initials("Organisation for Economic Co-operation and Development").as_deref(),
            Some("OECD")
        );
        assert_eq!(acronym_letters("W.H.O.").as_deref(), Some("WHO"));
        assert_eq!(acronym_letters("U.N."), None, "two letters: a person's too");
        assert_eq!(acronym_letters("Reuters"), None);
    }

    #[test]
    fn the_usual_spelling_is_the_most_used_then_the_first() {
        let names = [
            "Interior ministry",
            "Interior Ministry",
            "INTERIOR MINISTRY",
            "NIS",
        ];
        assert_eq!(
            usual(&names, &[1, 3, 1, 5], source_key),
            [Some(1), None, Some(1), None]
        );
        // Used as often: the first used is the usual one.
        assert_eq!(usual(&names[..2], &[2, 2], source_key), [None, Some(0)]);
    }
}

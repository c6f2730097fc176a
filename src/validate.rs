//! Checks across files: duplicate ids, declared subjects and sources,
//! `supersedes` links, and consistency inside a series. Linear in the
//! number of claims: every check works by hashing, never pairwise.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap as HashMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::ids::{IdRef, Superseded};
use crate::loader::Repository;
use crate::model::{Claim, Kind, Location, ShortSpan, Span};
use crate::quantity::same_unit;
use crate::series_keys::SeriesKeys;
use crate::spelling;
use crate::suggest::did_you_mean;

fn at(c: &Claim, span: &crate::model::Span) -> Location {
    Location {
        file: c.file,
        span: span.clone(),
    }
}

/// Run every repository-wide check: `repeats` are the repeated uses of ids
/// (each with the first use it repeats), `superseded` what each claim's
/// `supersedes` names.
pub fn validate(
    repo: &Repository,
    superseded: &Superseded,
    repeats: &[(IdRef, IdRef)],
    keys: &SeriesKeys<'_>,
) -> Vec<Diagnostic> {
    // The checks are independent passes over the claims: they run side by
    // side (with `versions::build`, which runs beside validation), and
    // their findings are sorted together afterwards.
    let pass = |check: &(dyn Fn(&mut Vec<Diagnostic>) + Sync)| {
        let mut found = Vec::new();
        check(&mut found);
        found
    };
    let ((mut out, linked), (units, kinds)) = rayon::join(
        || {
            rayon::join(
                || {
                    pass(&|out| {
                        duplicate_ids(repo, repeats, out);
                        declarations(repo, keys, out);
                    })
                },
                || pass(&|out| supersedes(repo, superseded, out)),
            )
        },
        || {
            rayon::join(
                || pass(&|out| series_units(repo, keys, out)),
                || {
                    pass(&|out| {
                        mixed_kinds(repo, keys, out);
                        split_spellings(repo, keys, out);
                    })
                },
            )
        },
    );
    out.extend(linked);
    out.extend(units);
    out.extend(kinds);
    out
}

fn id_location(repo: &Repository, r: IdRef) -> Location {
    match r {
        IdRef::Claim(i) => at(&repo.claims[i], &repo.claims[i].spans.id.get()),
        IdRef::Failed(e) => repo.failed_ids[e].location.clone(),
    }
}

/// A finding for each repeated id, in walk order.
fn duplicate_ids(repo: &Repository, repeats: &[(IdRef, IdRef)], out: &mut Vec<Diagnostic>) {
    for &(this, first) in repeats {
        let id = match this {
            IdRef::Claim(i) => repo.claims[i].id.as_str(),
            IdRef::Failed(e) => repo.failed_ids[e].id.as_str(),
        };
        out.push(
            Diagnostic::new(
                Code::DuplicateId,
                id_location(repo, this),
                format!("claim id `{id}` is used twice"),
            )
            .label("duplicate")
            .related(id_location(repo, first), "first used here")
            .help("ids are unique across the whole repository; rename one of the claims"),
        );
    }
}

fn declarations(repo: &Repository, keys: &SeriesKeys<'_>, out: &mut Vec<Diagnostic>) {
    let mut sources: HashMap<&str, &Location> = HashMap::default();
    for s in &repo.sources {
        if let Some(first) = sources.insert(&s.id, &s.location) {
            out.push(
                Diagnostic::new(
                    Code::DuplicateDeclaration,
                    s.location.clone(),
                    format!("source `{}` is declared twice", s.id),
                )
                .related(first.clone(), "first declared here")
                .help("keep one `[[source]]` per source"),
            );
        }
    }
    let mut subjects: HashMap<&str, &Location> = HashMap::default();
    for s in &repo.subjects {
        if let Some(first) = subjects.insert(&s.id, &s.location) {
            out.push(
                Diagnostic::new(
                    Code::DuplicateDeclaration,
                    s.location.clone(),
                    format!("subject `{}` is declared twice", s.id),
                )
                .related(first.clone(), "first declared here")
                .help("keep one `[[subject]]` per subject"),
            );
        }
    }
    // Whether each distinct name is declared (or nothing is), by key.
    let declared = |names: &[&str], decls: &HashMap<&str, &Location>| -> Vec<bool> {
        names
            .iter()
            .map(|n| decls.is_empty() || decls.contains_key(n))
            .collect()
    };
    let subject_declared = declared(&keys.subjects, &subjects);
    let source_declared = declared(&keys.sources, &sources);
    if subject_declared.iter().chain(&source_declared).all(|&d| d) {
        return;
    }
    // One suggestion per undeclared name, however many claims use it.
    let mut subject_hints: Vec<Option<Option<&str>>> = vec![None; keys.subjects.len()];
    let mut source_hints: Vec<Option<Option<&str>>> = vec![None; keys.sources.len()];
    for (c, &(subject, source)) in repo.claims.iter().zip(&keys.of) {
        if !subject_declared[subject as usize] {
            let mut d = Diagnostic::new(
                Code::UndeclaredSubject,
                at(c, &c.spans.subject.get()),
                format!("subject `{}` is not declared", c.subject),
            )
            .label("no `[[subject]]` has this id");
            let hint = subject_hints[subject as usize]
                .get_or_insert_with(|| did_you_mean(&c.subject, subjects.keys().copied()));
            d = match hint {
                Some(s) => d.help(format!("did you mean `{s}`?")),
                None => d.help("declare it with a `[[subject]]` table, or fix the spelling"),
            };
            out.push(d);
        }
        if !source_declared[source as usize] {
            let mut d = Diagnostic::new(
                Code::UndeclaredSource,
                at(c, &c.spans.source.get()),
                format!("source `{}` is not declared", c.source),
            )
            .label("no `[[source]]` has this id");
            let hint = source_hints[source as usize]
                .get_or_insert_with(|| did_you_mean(&c.source, sources.keys().copied()));
            d = match hint {
                Some(s) => d.help(format!("did you mean `{s}`?")),
                None => d.help("declare it with a `[[source]]` table, or fix the spelling"),
            };
            out.push(d);
        }
    }
}

fn supersedes(repo: &Repository, superseded: &Superseded, out: &mut Vec<Diagnostic>) {
    let claims = &repo.claims;
    // The claim each claim supersedes, when the link is valid.
    let mut target: Vec<Option<usize>> = vec![None; claims.len()];
    let mut superseded_by: HashMap<usize, usize> = HashMap::default();
    // The ids of each series, made at the first broken link (for its hint).
    let mut series_ids: Option<HashMap<(&str, &str), Vec<&str>>> = None;
    for (i, c) in claims.iter().enumerate() {
        let (Some(old_id), Some(span)) =
            (&c.supersedes, &c.spans.supersedes.get().map(ShortSpan::get))
        else {
            continue;
        };
        let Some(entry) = superseded.get(i).map(|u| u.first) else {
            let series_ids = series_ids.get_or_insert_with(|| {
                let mut ids: HashMap<(&str, &str), Vec<&str>> = HashMap::default();
                for o in claims {
                    ids.entry((&o.subject, &o.source)).or_default().push(&o.id);
                }
                ids
            });
            let same_series = series_ids
                .get(&(c.subject.as_ref(), c.source.as_str()))
                .into_iter()
                .flatten()
                .copied()
                .filter(|id| *id != c.id);
            let mut d = Diagnostic::new(
                Code::SupersedesMissing,
                at(c, span),
                format!("`supersedes` names `{old_id}`, which no claim has"),
            )
            .label("no claim with this id");
            d = match did_you_mean(old_id, same_series) {
                Some(s) => d.help(format!("did you mean `{s}`?")),
                None => d.help("name the id of the earlier claim of the same subject and source"),
            };
            out.push(d);
            continue;
        };
        // A claim that failed to load has its own finding; its id still exists.
        let IdRef::Claim(j) = entry else {
            let IdRef::Failed(e) = entry else { continue };
            let e = &repo.failed_ids[e];
            let other = e.subject.as_ref().is_some_and(|s| **s != *c.subject)
                || e.source.as_ref().is_some_and(|s| *s != c.source);
            if other {
                out.push(
                    Diagnostic::new(
                        Code::SupersedesOtherSeries,
                        at(c, span),
                        format!("`{old_id}` belongs to another subject or source"),
                    )
                    .related(e.location.clone(), "the superseded claim")
                    .help("a claim revises only earlier claims of its own subject and source"),
                );
            }
            continue;
        };
        let old = &claims[j];
        if j == i {
            out.push(
                Diagnostic::new(
                    Code::SupersedesCycle,
                    at(c, span),
                    "a claim cannot supersede itself",
                )
                .help("name the earlier claim this one revises"),
            );
            continue;
        }
        if old.subject != c.subject || old.source != c.source {
            let what = if old.subject != c.subject {
                format!("subject `{}`, not `{}`", old.subject, c.subject)
            } else {
                format!("source `{}`, not `{}`", old.source, c.source)
            };
            out.push(
                Diagnostic::new(
                    Code::SupersedesOtherSeries,
                    at(c, span),
                    format!("`{old_id}` belongs to {what}"),
                )
                .related(at(old, &old.spans.id.get()), "the superseded claim")
                .help("a claim revises only earlier claims of its own subject and source"),
            );
            continue;
        }
        target[i] = Some(j);
        if let Some(&other) = superseded_by.get(&j) {
            let o = &claims[other];
            out.push(
                Diagnostic::new(
                    Code::SupersedesShared,
                    at(c, span),
                    format!("`{old_id}` is superseded by both `{}` and `{}`", o.id, c.id),
                )
                .related(
                    at(o, &o.spans.supersedes.get().unwrap_or(o.spans.id).get()),
                    "also superseded here",
                )
                .help("if one revises the other, let the later claim supersede the earlier one"),
            );
        } else {
            superseded_by.insert(j, i);
        }
        if let (Some(new), Some(old_date)) = (&c.stated, &old.stated)
            && new.sort_key() < old_date.sort_key()
        {
            out.push(
                Diagnostic::new(
                    Code::StatedBeforeSuperseded,
                    at(
                        c,
                        &c.spans
                            .stated
                            .get()
                            .map_or_else(|| span.clone(), ShortSpan::get),
                    ),
                    format!("stated {new}, before `{old_id}` ({old_date}) which it supersedes"),
                )
                .related(at(old, &old.spans.id.get()), "the superseded claim")
                .help("check the dates, or the direction of `supersedes`"),
            );
        }
    }
    // Each claim has at most one outgoing link: follow them, colouring.
    let mut state = vec![0u8; claims.len()]; // 0 new, 1 on the current path, 2 done
    let mut path = Vec::new();
    for start in 0..claims.len() {
        let mut node = Some(start);
        while let Some(n) = node {
            match state[n] {
                0 => {
                    state[n] = 1;
                    path.push(n);
                    node = target[n];
                }
                1 => {
                    let cycle_start = path.iter().position(|&p| p == n).unwrap_or(0);
                    let cycle = &path[cycle_start..];
                    let first = cycle.iter().copied().min().unwrap_or(n);
                    let c = &claims[first];
                    let names: Vec<String> = cycle
                        .iter()
                        .map(|&k| format!("`{}`", claims[k].id))
                        .collect();
                    out.push(
                        Diagnostic::new(
                            Code::SupersedesCycle,
                            at(c, &c.spans.supersedes.get().unwrap_or(c.spans.id).get()),
                            format!(
                                "`supersedes` forms a cycle: {} → back to the first",
                                names.join(" → ")
                            ),
                        )
                        .help(
                            "a chain of revisions must have a first claim; remove one `supersedes`",
                        ),
                    );
                    break;
                }
                _ => break,
            }
        }
        for p in path.drain(..) {
            state[p] = 2;
        }
    }
}

fn series_units(repo: &Repository, keys: &SeriesKeys<'_>, out: &mut Vec<Diagnostic>) {
    // The first claim with a unit in each series (its unit, as written).
    let mut first_unit: HashMap<u64, (&str, usize)> = HashMap::default();
    for (i, c) in repo.claims.iter().enumerate() {
        let Some(unit) = &c.unit else { continue };
        let (f_unit, j) = match first_unit.entry(keys.series(i)) {
            Entry::Occupied(seen) => *seen.get(),
            Entry::Vacant(slot) => {
                slot.insert((unit, i));
                continue;
            }
        };
        // Written alike is the common case, and needs no comparison key.
        if same_unit(f_unit, unit) {
            continue;
        }
        let f = &repo.claims[j];
        out.push(
            Diagnostic::new(
                Code::SeriesUnitMismatch,
                at(c, &c.spans.unit.get().unwrap_or(c.spans.value).get()),
                format!(
                    "unit `{unit}` differs from `{f_unit}` used by `{}` in the same series",
                    f.id
                ),
            )
            .related(
                at(f, &f.spans.unit.get().unwrap_or(f.spans.value).get()),
                format!("`{f_unit}` here"),
            )
            .help(format!(
                "versions of {} by {} are compared as one series; if the source switched what it counts, record it under another subject",
                c.subject, c.source
            )),
        );
    }
}

fn mixed_kinds(repo: &Repository, keys: &SeriesKeys<'_>, out: &mut Vec<Diagnostic>) {
    // By subject key: the kind of its first claim, and whether a claim of
    // the other kind has been reported.
    let mut first: Vec<Option<(Kind, usize)>> = vec![None; keys.subjects.len()];
    let mut reported = vec![false; keys.subjects.len()];
    for ((i, c), &(subject, _)) in repo.claims.iter().enumerate().zip(&keys.of) {
        let subject = subject as usize;
        match first[subject] {
            None => first[subject] = Some((c.kind, i)),
            Some((kind, j)) if kind != c.kind && !reported[subject] => {
                reported[subject] = true;
                let f = &repo.claims[j];
                out.push(
                    Diagnostic::new(
                        Code::MixedKinds,
                        at(c, &c.spans.value.get()),
                        format!(
                            "subject `{}` holds a {} here and a {} in `{}`",
                            c.subject,
                            c.kind.as_str(),
                            f.kind.as_str(),
                            f.id
                        ),
                    )
                    .related(
                        at(f, &f.spans.value.get()),
                        format!("a {}", f.kind.as_str()),
                    )
                    .help("figures and statements are never compared; give them separate subjects"),
                );
            }
            Some(_) => {}
        }
    }
}

/// A finding for each claim whose source (or subject) is written another
/// way than most claims write it: `Interior ministry` beside `Interior
/// Ministry`, `varna-quake/death` beside `varna-quake/deaths`. Each
/// spelling is a series of its own, so a revision would be lost between
/// them. Where `[[source]]` (or `[[subject]]`) tables are declared, an
/// undeclared spelling is an error already, and declared ones are meant.
fn split_spellings(repo: &Repository, keys: &SeriesKeys<'_>, out: &mut Vec<Diagnostic>) {
    if !repo.subjects.is_empty() && !repo.sources.is_empty() {
        return;
    }
    let none = |names: &[&str]| vec![None; names.len()];
    let mut used = (
        vec![0u32; keys.subjects.len()],
        vec![0u32; keys.sources.len()],
    );
    let mut first = (
        vec![0usize; keys.subjects.len()],
        vec![0usize; keys.sources.len()],
    );
    for (i, &(subject, source)) in keys.of.iter().enumerate().rev() {
        used.0[subject as usize] += 1;
        used.1[source as usize] += 1;
        first.0[subject as usize] = i;
        first.1[source as usize] = i;
    }
    let subject_as = if repo.subjects.is_empty() {
        spelling::usual(&keys.subjects, &used.0, spelling::subject_key)
    } else {
        none(&keys.subjects)
    };
    let source_as = if repo.sources.is_empty() {
        spelling::usual_sources(&keys.sources, &used.1)
    } else {
        none(&keys.sources)
    };
    if subject_as.iter().chain(&source_as).all(Option::is_none) {
        return;
    }
    // Subjects and sources alike: each name's usual spelling, how often
    // each is used and where first, and where a claim writes it.
    struct Field<'a> {
        what: &'static str,
        usual: &'a [Option<u32>],
        used: &'a [u32],
        first: &'a [usize],
        written: fn(&Claim) -> (Span, &str),
    }
    let fields = [
        Field {
            what: "subject",
            usual: &subject_as,
            used: &used.0,
            first: &first.0,
            written: |c| (c.spans.subject.get(), &c.subject),
        },
        Field {
            what: "source",
            usual: &source_as,
            used: &used.1,
            first: &first.1,
            written: |c| (c.spans.source.get(), &c.source),
        },
    ];
    for (c, &(subject, source)) in repo.claims.iter().zip(&keys.of) {
        for (name, field) in [subject, source].into_iter().zip(&fields) {
            if let Some(k) = field.usual[name as usize] {
                let f = &repo.claims[field.first[k as usize]];
                let ((c_span, c_name), (f_span, f_name)) = ((field.written)(c), (field.written)(f));
                out.push(split_spelling(
                    field.what,
                    (c, &c_span, c_name),
                    (f, &f_span, f_name),
                    field.used[k as usize],
                ));
            }
        }
    }
}

/// The finding for claim `c`'s `what` (subject or source), written `name`
/// at `span`, which `others` claims write as `f` does.
fn split_spelling(
    what: &str,
    (c, span, name): (&Claim, &Span, &str),
    (f, f_span, usual): (&Claim, &Span, &str),
    others: u32,
) -> Diagnostic {
    Diagnostic::new(
        Code::SplitSpelling,
        at(c, span),
        format!(
            "{what} `{name}` is written `{usual}` in {others} other claim{}",
            if others == 1 { "" } else { "s" }
        ),
    )
    .label("written another way")
    .related(at(f, f_span), format!("`{usual}` here"))
    .help(format!(
        "{}claims are one series only when subject and source are written alike; write `{usual}` (or, if they differ, declare the {what}s in `[[{what}]]` tables)",
        // `WHO` beside `World Health Organization`: say why they meet.
        match (what, spelling::source_key(name) == spelling::source_key(usual)) {
            ("source", false) if name.chars().count() < usual.chars().count() =>
                format!("`{name}` reads as the initials of `{usual}`; "),
            ("source", false) => format!("`{usual}` reads as the initials of `{name}`; "),
            _ => String::new(),
        }
    ))
}

//! Drafts placed in the repository's subjects: a later article's figure
//! from a source the repository already quotes on the same story goes in
//! that source's subject of it (`Ferrovia said 240 trains had been
//! stranded` beside Ferrovia's `212 trains` in `blackout/trains-stranded`),
//! so `history` shows the two as the source's versions.

use std::collections::{HashMap, HashSet};

use crate::model::Claim;
use crate::spelling::subject_key;

use super::known::counts_alike;
use super::{Confidence, Draft, slug};

/// Moves each confident draft still in a `draft/` subject, and held by
/// no claim, into a subject of the repository's, where one stands out:
/// the subject of the claim that holds a draft of its sentence, source
/// and subject (`raised its emergency aid package to €1.4 billion, from
/// €850 million`, the €850 million held); else, among the subjects in
/// which the repository quotes the draft's source in the draft's unit (or
/// one that narrows it), the one named as the draft is (`draft/deaths`,
/// `blackout/deaths`), else the one of the claims drafted by the draft's
/// name (as their ids end before they were numbered:
/// `national-water-board-capacity`), else the only one, where the draft
/// is named by its unit alone (`draft/trains`, unit `trains`) or by
/// nothing (`draft/figure`).
///
/// Only within the story the article continues: the folders (all but a
/// subject's last segment) of the claims that hold its other drafts or
/// that they supersede. An article that continues no story is placed in
/// none, so a source that speaks on many stories (`WHO`) never has a new
/// one's figure put in an old one's subject.
pub fn place(drafts: &mut [Draft], claims: &[Claim]) {
    let folder = |subject: &str| {
        subject
            .rsplit_once('/')
            .map(|(folder, _)| folder.to_string())
    };
    let by_id: HashMap<&str, &Claim> = claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let stories: HashSet<String> = drafts
        .iter()
        .filter_map(|d| d.held.as_deref().or(d.supersedes.as_deref()))
        .filter_map(|id| by_id.get(id))
        .filter_map(|c| folder(&c.subject))
        // (Not the drafts' own folder: a draft left unreviewed is of no
        // story yet.)
        .filter(|f| f != "draft")
        .collect();
    if stories.is_empty() {
        return;
    }
    // The subject of the claim that holds each draft of a sentence, by the
    // draft's sentence, source and subject: a figure its sentence gives
    // the same subject (`raised its emergency aid package to €1.4
    // billion, from €850 million`) goes where the other is held.
    let held_in: HashMap<(String, String, String), String> = drafts
        .iter()
        .filter_map(|d| {
            let claim = by_id.get(d.held.as_deref()?)?;
            let key = (d.quote.clone(), d.source.clone(), d.subject.clone());
            Some((key, claim.subject.to_string()))
        })
        .collect();
    for d in drafts
        .iter_mut()
        .filter(|d| d.confidence == Confidence::High && d.held.is_none())
    {
        let Some(name) = d.subject.strip_prefix("draft/") else {
            continue;
        };
        let key = (d.quote.clone(), d.source.clone(), d.subject.clone());
        if let Some(subject) = held_in.get(&key) {
            d.subject = subject.clone();
            continue;
        }
        let quoted: Vec<&Claim> = claims
            .iter()
            .filter(|c| *c.source == *d.source && counts_alike(c, d))
            .filter(|c| folder(&c.subject).is_some_and(|f| stories.contains(&f)))
            .collect();
        let mut subjects: Vec<&str> = quoted.iter().map(|c| &*c.subject).collect();
        subjects.sort_unstable();
        subjects.dedup();
        // (Or drafted by the name the draft has, as its id tells, before
        // it was numbered: `national-water-board-capacity`, moved to
        // `drought/southern-reservoirs`; its source may have been spelled
        // otherwise then. Not a name that says nothing, `figure`.)
        let ending = format!("-{name}");
        let mut drafted: Vec<&str> = quoted
            .iter()
            .filter(|c| name != "figure" && unnumbered(&c.id).ends_with(&ending))
            .map(|c| &*c.subject)
            .collect();
        drafted.sort_unstable();
        drafted.dedup();
        let key = subject_key(name);
        let named: Vec<&str> = subjects
            .iter()
            .copied()
            .filter(|s| {
                s.rsplit('/')
                    .next()
                    .is_some_and(|last| subject_key(last) == key)
            })
            .collect();
        // (Or by nothing: `draft/figure`, `said it had offered 9%`.)
        let by_unit = d.unit.as_deref().is_some_and(|u| slug(u) == name) || name == "figure";
        let placed = match (named.as_slice(), drafted.as_slice(), subjects.as_slice()) {
            ([one], _, _) | ([], [one], _) => Some(*one),
            ([], [], [one]) if by_unit => Some(*one),
            _ => None,
        };
        if let Some(subject) = placed {
            d.subject = subject.to_string();
        }
    }
}

/// `id` without the number `extract` gave it past one taken
/// (`national-water-board-capacity-2` → `national-water-board-capacity`).
fn unnumbered(id: &str) -> &str {
    match id.rsplit_once('-') {
        Some((base, n)) if n.parse::<u32>().is_ok_and(|n| n >= 2) => base,
        _ => id,
    }
}

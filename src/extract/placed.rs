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
/// among the subjects in which the repository quotes the draft's source
/// in the draft's unit (or one that narrows it), the one named as the
/// draft is (`draft/deaths`, `blackout/deaths`), else the only one, where
/// the draft is named by its unit alone (`draft/trains`, unit `trains`)
/// or by nothing (`draft/figure`).
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
        .collect();
    if stories.is_empty() {
        return;
    }
    for d in drafts
        .iter_mut()
        .filter(|d| d.confidence == Confidence::High && d.held.is_none())
    {
        let Some(name) = d.subject.strip_prefix("draft/") else {
            continue;
        };
        let mut subjects: Vec<&str> = claims
            .iter()
            .filter(|c| *c.source == *d.source && counts_alike(c, d))
            .filter(|c| folder(&c.subject).is_some_and(|f| stories.contains(&f)))
            .map(|c| &*c.subject)
            .collect();
        subjects.sort_unstable();
        subjects.dedup();
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
        let placed = match (named.as_slice(), subjects.as_slice()) {
            ([one], _) => Some(*one),
            ([], [one]) if by_unit => Some(*one),
            _ => None,
        };
        if let Some(subject) = placed {
            d.subject = subject.to_string();
        }
    }
}

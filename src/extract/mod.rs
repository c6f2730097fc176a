//! `extract`: draft claims from article text. Every quantity expression
//! becomes a draft with its value as written (qualifier included), the unit
//! from the noun phrase after it, the whole sentence as its quote, and the
//! source from the attribution in the sentence or its neighbours.
//! Dates, times, years and names with numbers are left out; ordinals and
//! anniversaries are offered with low confidence only.
//!
//! One module per question: `figures` finds which numbers are figures and
//! where each starts and ends, `subjects` what each counts, `speakers` who
//! said it, `times` when it was true and when it was said, `comparison`
//! which figure revises which, `basis` whether it is a forecast, `values`
//! the value to write, `headline` which of the headline's figures the
//! article tells again, `known` which figures the repository holds
//! already, `placed` which of its subjects a draft continues, and
//! `draft_file` the TOML. `words` holds the sentences, words and word
//! lists they share; this module walks the sentences and puts each draft
//! together.

mod basis;
mod comparison;
mod draft_file;
mod figures;
mod headline;
mod known;
mod placed;
mod speakers;
mod subjects;
#[cfg(test)]
mod tests;
mod times;
mod values;
mod words;

pub use draft_file::{DocumentFields, fields, to_toml};
pub use known::mark_held;
pub use placed::place;
pub use speakers::attribution;
pub use times::{as_of, stated};
pub use values::{currency_value, same_value, share_value, value_text};
pub use words::{sentences, slug};

use crate::evidence::{self, Mention, numbers_in};
use crate::quantity;
use crate::schema::UNATTRIBUTED;
use crate::spelling::Spellings;
use std::collections::HashSet;

use basis::forecast;
use comparison::{Comparison, compared};
use figures::{
    duration, level_after, not_a_figure, ordinals, percent_word_after, qualifier_start,
    unit_before, vague, value_of,
};
use speakers::{
    BODY_NOUNS, acronym, body_name, company_before, described_as, described_company,
    described_names, named_before, released_at, speaker_at, speakers, spoken_for, the_company,
};
use subjects::{
    Fate, brought_to, counted_before, currency_rate, death_toll, denominator, estimate_of,
    estimated_noun, fate_of_people, measure, measured, money_of, named_currency, names_time,
    noun_before, noun_of_figure, number_of, partitive, past_determiner, predicate_after, price_per,
    restored_to, unit_after,
};
use times::{
    day_later_in_clause, earlier_after, opening_time, passed_deadline, put_at, reported_when,
    said_when, when_clause,
};
use values::{share_percent, sign_before_number, value_words};
use words::{STOP, word_after, word_before};

/// How sure the extractor is that a draft is a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    High,
    /// Offered for review only, for the reason given.
    Low(Doubt),
}

/// Why a draft is offered with low confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubt {
    /// An ordinal or anniversary (`80th anniversary`, `Ninth Congress`):
    /// usually a name.
    Ordinal,
    /// A span of time (`within 48 hours`, `over the past two years`):
    /// usually when something happened, not what was counted.
    Duration,
}

impl Doubt {
    /// The reason, as the commented-out draft states it.
    pub fn why(self) -> &'static str {
        match self {
            Self::Ordinal => "an ordinal or anniversary, usually a name",
            Self::Duration => "a span of time, usually when rather than what was counted",
        }
    }

    /// The reason's name in `--format json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ordinal => "ordinal",
            Self::Duration => "duration",
        }
    }
}

/// One drafted claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: String,
    pub subject: String,
    /// The attributed source, or [`UNATTRIBUTED`].
    pub source: String,
    /// The figure as written, with its qualifier.
    pub value: String,
    pub unit: Option<String>,
    /// The sentence, verbatim.
    pub quote: String,
    pub confidence: Confidence,
    /// Byte range of the value in the text.
    pub span: std::ops::Range<usize>,
    /// When the figure was true, as steps counted back from the published
    /// date: its own time told after it (`rose to 13 on Sunday`), and for a
    /// figure compared with the one before, that one's steps first (`up
    /// from 9 a day earlier`: the day before that Sunday). Empty where the
    /// text tells no time.
    pub when: Vec<crate::date::Earlier>,
    /// The id of the draft this one revises, told after it: `1.5 billion,
    /// up from its earlier estimate of 1 billion`.
    pub supersedes: Option<String>,
    /// When its source said it, as steps counted back from the published
    /// date: the time beside the verb of attribution (`said on Friday`),
    /// then the time it was first reported, told after it (`the 20,000 it
    /// reported on Saturday`: the Saturday before that Friday). Empty
    /// where the text tells neither, so the claim is `stated` when its
    /// document was published.
    pub said: Vec<crate::date::Earlier>,
    /// How the source arrived at it, where the text tells: `Forecast` for
    /// a figure put in the future (`could exceed 600`). `None` leaves the
    /// claim's default, `reported`.
    pub basis: Option<crate::model::Basis>,
    /// The id of the claim a repository already holds this figure as
    /// ([`mark_held`]): no new claim, offered commented out.
    pub held: Option<String>,
    /// Whether it is its source's own earlier figure, which the figure
    /// before it revises (`to 1.1 billion euros in total, from 1.6
    /// billion euros a day`), in its subject or another, or is compared
    /// with as another time's with no time told (`up from about 1.2
    /// million hectares`): a figure recalled, which [`mark_held`] looks
    /// for as one.
    pub recalled: bool,
}

/// The speaker whose name is `such` named last in `sentences`, which run
/// from the nearest back: the last in the nearest sentence that names
/// one.
fn last_named_in<'a>(
    sentences: impl Iterator<Item = &'a str>,
    such: &dyn Fn(&str) -> bool,
) -> Option<String> {
    sentences.into_iter().find_map(|sentence| {
        let mut all = speakers(sentence);
        all.sort_by_key(|(at, _)| *at);
        all.into_iter()
            .rev()
            .map(|(_, who)| who)
            .find(|who| such(who))
    })
}

/// The sentence's last count or share, for a figure compared with it:
/// its unit, what it counts, where it ends, and when it was true.
#[derive(Clone)]
struct Last {
    unit: Option<String>,
    what: String,
    end: usize,
    when: Vec<crate::date::Earlier>,
    /// Its draft's index.
    draft: usize,
}

/// The unit and subject of a bare count at `span` of `s` whose noun the
/// clause before it, told of the count `before`, leaves out after `and`: `At
/// least 120 flights were delayed and seven were diverted` → (`flights`,
/// `flights-diverted`); `300 homes were destroyed and 1,200 damaged`
/// (whose `unit` read as `damaged`) → (`homes`, `homes-damaged`). The
/// clause between tells a verb; a count of deaths leaves out no noun
/// (`were killed and 120 injured` are people), and people are named by
/// their verb alone (`12 are missing` → (`people`, `missing`)).
fn elided(
    s: &str,
    before: &Last,
    span: &std::ops::Range<usize>,
    unit: Option<&str>,
) -> Option<(Option<String>, String)> {
    let noun = before.unit.as_deref()?;
    let participle_unit = unit.filter(|u| !u.contains(' ') && subjects::participle(u));
    if unit.is_some() && participle_unit.is_none()
        || noun == "deaths"
        || names_time(noun)
        || measure(noun)
        || evidence::unit_currency(noun).is_some()
    {
        return None;
    }
    let between = words::lower_words(s.get(before.end..qualifier_start(s, span.start))?);
    let [told @ .., (_, _, and)] = between.as_slice() else {
        return None;
    };
    let verb = told.iter().any(|(_, _, w)| {
        matches!(w.as_str(), "were" | "was" | "are" | "is") || subjects::participle(w)
    });
    if and != "and" || !verb || told.len() > 6 {
        return None;
    }
    let what = participle_unit
        .map(str::to_string)
        .or_else(|| predicate_after(s, span.end))?;
    // (People are named by what befell them alone, as `fate_of_people`
    // names them: `300 people were displaced and 12 are missing`.)
    let what = match noun.to_ascii_lowercase().as_str() {
        "people" | "persons" => slug(&what),
        _ => slug(&format!("{noun} {what}")),
    };
    Some((Some(noun.to_string()), what))
}

/// Draft claims from `text`; `default_source` stands in where the text
/// names nobody (else [`UNATTRIBUTED`]).
pub fn extract(text: &str, default_source: Option<&str>) -> Vec<Draft> {
    extract_beside(text, default_source, HashSet::new(), Spellings::default())
}

/// The same, numbering the drafts' ids past `taken`, the ids a repository
/// already holds (`afad-people` taken: `afad-people-2`), and writing each
/// source and subject as `spellings` (the repository's) already does, or
/// as the first draft of it did (`Police said`, then `police said`): the
/// drafts never split a series by spelling (see [`crate::spelling`]).
pub fn extract_beside(
    text: &str,
    default_source: Option<&str>,
    taken: HashSet<String>,
    mut spellings: Spellings,
) -> Vec<Draft> {
    let spans = sentences(text);
    // The bodies the article names after their noun (`The operator,
    // GridNet, said`), for where it calls them by the noun alone.
    let described_names: Vec<(String, String)> = spans
        .iter()
        .flat_map(|r| described_names(&text[r.clone()]))
        .collect();
    let mut drafts: Vec<Draft> = Vec::new();
    // Each draft's id before it was numbered (`afad-people`).
    let mut bases = Vec::new();
    let mut ids = taken;
    // The sources of more than one word named so far, in order; and the
    // noun before each acronym named (`institute`, `INE`).
    let mut named: Vec<String> = Vec::new();
    let mut described: Vec<(String, String)> = Vec::new();
    // The last count of the sentence before in its paragraph that is no
    // span of time: what `Of those, about 600` is part of.
    let mut whole_before: Option<Last> = None;
    // Whether a line break stands between sentence `p` and the one before.
    let opens_paragraph = |p: usize| p > 0 && text[spans[p - 1].end..spans[p].start].contains('\n');
    for (n, range) in spans.iter().enumerate() {
        let s = &text[range.clone()];
        if opens_paragraph(n) {
            whole_before = None;
        }
        // A sentence that names no speaker takes the one of the nearest
        // sentence before it in its paragraph, which it usually goes on
        // reporting; never one across a line break or from the sentence
        // after, which were more often wrong than right on fresh articles.
        let paragraph_before = || {
            (0..n)
                .rev()
                .take_while(|&p| !opens_paragraph(p + 1))
                .map(|p| &text[spans[p].clone()])
        };
        // (Not for a move of a market, which the reporter gives from the
        // exchange: `Kestrel shares fell 3.4%` after what analysts said.
        // Read only for a figure that names no speaker.)
        let neighbour = || {
            let borrowed = match words::market_move(s) {
                true => None,
                false => paragraph_before().find_map(attribution),
            };
            borrowed
                .or_else(|| default_source.map(str::to_string))
                .unwrap_or_else(|| UNATTRIBUTED.to_string())
        };
        // The speaker named last in the paragraph before whose name is
        // `such`: a body by its name is what `the agency` stands for.
        let named_last = |such: &dyn Fn(&str) -> bool| last_named_in(paragraph_before(), such);
        // The same, named last in any sentence of the article before.
        let article_last = |such: &dyn Fn(&str) -> bool| {
            last_named_in((0..n).rev().map(|p| &text[spans[p].clone()]), such)
        };
        let mut found: Vec<(std::ops::Range<usize>, Confidence)> = Vec::new();
        let vague_spans = vague(s);
        let mentions: Vec<Mention> = numbers_in(s)
            .into_iter()
            // A run of digits past 2^53, or of more digits than a value
            // holds exactly, is no figure a claim can hold.
            .filter(|m| m.value.abs() <= quantity::MAX_EXACT)
            .filter(|m| s[m.span.clone()].bytes().filter(u8::is_ascii_digit).count() <= 30)
            .filter(|m| !not_a_figure(s, m))
            .filter(|m| {
                !vague_spans
                    .iter()
                    .any(|v| v.start < m.span.end && m.span.start < v.end)
            })
            .collect();
        let mut k = 0;
        while k < mentions.len() {
            // `1 in 5 children`: a ratio, drafted as its percentage.
            if let Some(next) = mentions.get(k + 1)
                && evidence::ratio(s, &mentions[k], next).is_some()
            {
                let start = qualifier_start(s, mentions[k].span.start);
                found.push((start..next.span.end, Confidence::High));
                k += 2;
                continue;
            }
            let (span, used) = value_of(s, &mentions, k);
            match duration(s, &span, &mentions[k]).filter(|_| used == 1) {
                Some(time) => found.push((time, Confidence::Low(Doubt::Duration))),
                None => found.push((span, Confidence::High)),
            }
            k += used;
        }
        // Whether no figure found so far overlaps `span`.
        let free = |found: &[(std::ops::Range<usize>, Confidence)],
                    span: &std::ops::Range<usize>| {
            !found
                .iter()
                .any(|(r, _)| r.start < span.end && span.start < r.end)
        };
        for v in vague_spans {
            if free(&found, &v) {
                // The value grammar takes no qualifier before a vague
                // quantity (`about hundreds`): the phrase alone.
                found.push((v, Confidence::High));
            }
        }
        // `almost half of the teachers`, `two-thirds of voters`: a share,
        // drafted as its percentage with its qualifier.
        for f in evidence::fractions(s) {
            let span = qualifier_start(s, f.span.start)..f.span.end;
            if free(&found, &span) {
                found.push((span, Confidence::High));
            }
        }
        for o in ordinals(s) {
            if free(&found, &o) {
                found.push((o, Confidence::Low(Doubt::Ordinal)));
            }
        }
        found.sort_by_key(|(r, _)| r.start);
        // The sentence's last count and last share, for a figure compared
        // with it (`41,000 customers …, down from 60,000`, `inflation eased
        // to 2.4% from 2.6%`) or part of it (`100 of them`).
        let mut last: [Option<Last>; 2] = [None, None];
        // The last count that is no span of time: what `12 million of
        // them` is part of after `37 million users … 24 months`.
        let mut whole: Option<Last> = None;
        let figures: Vec<std::ops::Range<usize>> = found.iter().map(|(r, _)| r.clone()).collect();
        for (f, (span, confidence)) in found.into_iter().enumerate() {
            let (source, said) = match speaker_at(s, span.start) {
                Some((who, verb)) => {
                    // (`according to figures released by the Home Office
                    // on Sunday`: when they were released.)
                    let verb = verb.or_else(|| released_at(s));
                    (who, verb.and_then(|v| said_when(s, v)))
                }
                None => (neighbour(), None),
            };
            // `the agency` after `the civil protection agency`, `Bonaccini`
            // after `Regional president Stefano Bonaccini`: the one named
            // before, so one speaker is one source.
            let source = named_before(&source, &named)
                .or_else(|| {
                    // `the institute` after `the statistics institute INE`.
                    described
                        .iter()
                        .rev()
                        .find(|(head, _)| head.eq_ignore_ascii_case(&source))
                        .map(|(_, body)| body.clone())
                })
                .unwrap_or(source);
            // `the national grid operator said` in an article that names
            // it elsewhere: `The operator, GridNet, said`.
            let source = described_as(&source, &described_names).unwrap_or(source);
            // `According to UNICEF, … The agency said …`: a body's common
            // noun after the body was named by its name in the paragraph.
            let source = match source.as_str() {
                b if BODY_NOUNS.contains(&b) => named_last(&body_name).unwrap_or(source),
                // `The Home Office said … the department said`: a
                // government department named last in the article.
                "department" => {
                    let department = |who: &str| {
                        body_name(who)
                            && who
                                .split_whitespace()
                                .any(|w| matches!(w, "Department" | "Office" | "Ministry"))
                    };
                    named_last(&department)
                        .or_else(|| article_last(&department))
                        .unwrap_or(source)
                }
                // `Halvorsen Shipping said … The company said`, `a company
                // spokesperson said`: the company the paragraph names
                // first; else a speaker of one word named last in the
                // paragraph before (`SNCF said … The company said`), no
                // short form of a longer name (a surname); else the
                // company the article names first.
                s if the_company(spoken_for(s).unwrap_or(s)) => {
                    let before = &text[..range.start + span.start];
                    let paragraph = before.rfind('\n').map_or(before, |at| &before[at..]);
                    let one_word = |who: &str| {
                        who.starts_with(char::is_uppercase)
                            && who.chars().all(char::is_alphabetic)
                            && named_before(who, &named).is_none()
                    };
                    company_before(paragraph)
                        .or_else(|| named_last(&one_word))
                        .or_else(|| company_before(before))
                        // (Or named after a company's noun: `the rail
                        // operator, Northline Freight,`.)
                        .or_else(|| described_company(&described_names))
                        .unwrap_or(source)
                }
                _ => source,
            };
            // (No reading may leave a speaker empty: a draft would not load.)
            let source = match source.trim() {
                "" => UNATTRIBUTED.to_string(),
                _ => source,
            };
            let source = spellings.source(source);
            if source.split_whitespace().nth(1).is_some() && !named.contains(&source) {
                named.push(source.clone());
            }
            if acronym(&source)
                && !described.iter().any(|(_, body)| *body == source)
                && let Some(at) = s.find(source.as_str())
                && let Some((head, gap)) = word_before(s, at)
                && gap == " "
                && head.chars().all(|c| c.is_ascii_lowercase())
                && !STOP.contains(&head.as_str())
            {
                described.push((head, source.clone()));
            }
            // `68 percent of Portuguese`, `52 per cent`: the word is the
            // figure's `%`.
            let percent_word = percent_word_after(s, span.end);
            let span = span.start..percent_word.unwrap_or(span.end);
            let currency = sign_before_number(&s[span.clone()]).map(str::to_string);
            let money = currency.is_some();
            let mut value = s[span.clone()].to_string();
            // A ratio or a `%` figure: its unit is `percent`, and the noun
            // after it (`of voters`, `increase`) is what it counts.
            let percent =
                share_percent(&value).is_some() || value.ends_with('%') || percent_word.is_some();
            // Where the unit after the figure ends.
            let mut unit_end = None;
            let unit = match confidence {
                // A share counts the noun past `of the`: `almost a third
                // of the region's roads` is `region's roads`; never a time
                // (`fell 12% year on year`).
                Confidence::High if percent => unit_after(s, past_determiner(s, span.end))
                    .map(|(unit, _)| unit)
                    // (`up from 66.8% four years ago`; `2.8% of GDP` is the
                    // deficit's.)
                    .filter(|unit| !names_time(unit) && !denominator(unit)),
                Confidence::High => match currency {
                    // `$5 million a year`: a rate of the currency;
                    // `€3,000 a seat`: a price.
                    Some(currency) => Some(match price_per(&s[span.end..]) {
                        Some(len) => format!("{currency}{}", &s[span.end..span.end + len]),
                        None => currency,
                    }),
                    None if let Some(unit) = unit_before(s, span.start) => Some(unit.to_string()),
                    None => unit_after(s, span.end).map(|(unit, end)| {
                        unit_end = Some(end);
                        // `2,000 protesters or so`: the qualifier goes with
                        // the figure, found past the unit as the quote check
                        // finds it.
                        if let Some(rest) = evidence::past_unit(&s[span.end..], &unit)
                            && let Some((_, len)) = quantity::qualifier_phrase_after_unit(rest)
                            && quantity::parse(&value_words(&value), 0.1)
                                .is_ok_and(|v| v.quantity.bound == quantity::Bound::Exact)
                        {
                            value = format!("{value} {}", rest[..len].trim_start());
                        }
                        unit
                    }),
                },
                Confidence::Low(_) => word_after(s, span.end),
            };
            let high = confidence == Confidence::High;
            let kind = usize::from(percent);
            let comparison = match &last[kind] {
                Some(l) if high => compared(s, &span, l.end),
                _ => Comparison::None,
            };
            let is_compared = comparison != Comparison::None;
            // `fewer than the club's figure of about 48,000`: another
            // source's figure, compared, is one it gave before, recalled.
            let anothers = comparison == Comparison::With
                && source != UNATTRIBUTED
                && last[kind]
                    .as_ref()
                    .is_some_and(|l| drafts[l.draft].source != source);
            let recalled = comparison == Comparison::Revised || anothers;
            // (A share compared takes the other's subject whatever noun
            // follows it: `revising the 2.8% forecast given by`.)
            // (So does a sum in the currency of a rate or a price before
            // it: `up to €4,000 a seat, up from €3,000`.)
            // (And a sum compared with one in its currency, by sign or by
            // name: `more than the €40 million it had expected` is the cost
            // the €45 million is, and so is `from 450 million zlotys` the
            // exports `600 million zlotys a month` are;
            // and a measure with one in its unit: `cut to 30 megawatts from
            // 75 megawatts`, or in its rate's, `1.5 tonnes a hectare,
            // against 5 tonnes`.)
            let per_unit = |u: &Option<String>, l: &Last| {
                u.as_ref().zip(l.unit.as_ref()).is_some_and(|(u, l)| {
                    (money || named_currency(u) || measure(u))
                        && l.strip_prefix(u.as_str())
                            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                })
            };
            let inherited = match (&unit, &last[kind]) {
                (u, Some(l)) if is_compared && (u.is_none() || percent || per_unit(u, l)) => {
                    Some((l.unit.clone(), l.what.clone()))
                }
                // `At least 120 flights were delayed and seven were
                // diverted`, `300 homes were destroyed and 1,200 damaged`:
                // a bare count after `and` counts what the count before it
                // does, and is named by its own verb.
                (u, Some(l)) if high && !percent && !money => elided(s, l, &span, u.as_deref()),
                _ => None,
            };
            // A compared figure's time is counted from the one's before
            // (not a revision's, which is later).
            let earlier = is_compared && comparison != Comparison::Revises;
            // `slightly below the 71.3% reported on Monday`: when it was
            // said, not when it was true.
            let reported = high.then(|| reported_when(s, span.end)).flatten();
            // (Or the time a `when` clause it opens hangs on: `since
            // 2019, when 210 people were infected`.)
            // (Else, for a figure compared with none, a day further on in
            // its clause, or the time that opens the sentence.)
            let own = (high && reported.is_none())
                .then(|| {
                    earlier_after(s, span.end, earlier)
                        .or_else(|| when_clause(s, span.start))
                        .or_else(|| {
                            (!earlier).then(|| {
                                day_later_in_clause(s, span.end)
                                    .or_else(|| opening_time(s, span.start))
                            })?
                        })
                })
                .flatten()
                // (`only 850 had been delivered by Wednesday`: a deadline
                // passed is a day like another.)
                .map(|time| passed_deadline(s, &span, time));
            let when: Vec<_> = match (&last[kind], own) {
                (Some(l), Some(own)) if earlier => l.when.iter().copied().chain([own]).collect(),
                (_, own) => own.into_iter().collect(),
            };
            // `had put the number at 11 million in August`: the time after
            // an estimate put at a figure tells when it was put, not when
            // it was true. (A figure compared with it still counts back
            // from that time.)
            // So does the time after a source's own earlier estimate that
            // the figure before revises (`from 500 last week`, `from 3.2%
            // in April`).
            let put = own.filter(|_| {
                !is_compared && put_at(s, span.start) || comparison == Comparison::Revised
            });
            let (when, chain) = match put {
                Some(time) => (Vec::new(), vec![time]),
                None => (when.clone(), when),
            };
            // A part of a whole counts what the whole does, and is named
            // by what it does (`4 were found`); a count after `the number
            // of` counts that.
            let part = match (&unit, high && !percent && inherited.is_none()) {
                (None, true) => partitive(
                    s,
                    &span,
                    whole.as_ref(),
                    whole_before.as_ref(),
                    figures.get(f + 1),
                ),
                _ => None,
            };
            let counted = match (&unit, &part) {
                // (`Complaints had risen to 1,380`: a plural noun before a
                // verb of level is what it counts.)
                (None, None) if high && !percent && inherited.is_none() => number_of(s, span.start)
                    .or_else(|| {
                        counted_before(s, span.start)
                            .filter(|(_, plural)| *plural)
                            .map(|(noun, _)| (noun.clone(), slug(&noun)))
                    }),
                _ => None,
            };
            // A share or a change names what it is of: `shares fell 6.5%`
            // → `shares`, `a turnout of 85.2%` → `turnout`.
            let given = match (inherited, part, counted) {
                (Some(last), _, _) => Some(last),
                (None, Some(part), _) => {
                    // Else by its own noun (`12 of them children`), or as
                    // a part of the whole, never by the whole's own
                    // subject (`12 of the 33 trapped workers` →
                    // `part-of-trapped-workers`).
                    let what = predicate_after(s, part.end)
                        .map(|v| slug(&v))
                        .or_else(|| {
                            let unit = slug(part.unit.as_deref()?);
                            Some(match part.own {
                                true => unit,
                                false => format!("part-of-{unit}"),
                            })
                        })
                        .unwrap_or_else(|| "figure".to_string());
                    Some((part.unit, what))
                }
                (None, None, Some((unit, what))) => Some((Some(unit), what)),
                (None, None, None) => None,
            };
            let (unit, what) = match (given, unit) {
                (Some(given), _) => given,
                // A sum in a currency alone is named by what the words
                // around it say it is (`estimated insured losses at $18
                // billion`), not by its currency.
                // (`2.5 billion Icelandic crowns`: a currency with no sign
                // too.)
                // (`2 billion euros a year`: a sum for each year too.)
                (None, Some(unit))
                    if !unit.contains(' ')
                        && (money || evidence::unit_currency(&unit).is_some())
                        || named_currency(&unit)
                        || currency_rate(&unit) =>
                {
                    // (Past a currency's name after the figure: `4.5
                    // billion euros in damages`.)
                    let end = unit_end.unwrap_or(span.end);
                    let what = money_of(s, span.start, end).unwrap_or_else(|| unit.clone());
                    let what = slug(&what);
                    (Some(unit), what)
                }
                // A measure is named by what it measures (`a storm surge
                // of 11.4 feet`), not by its unit.
                (None, Some(unit)) if measure(&unit) => {
                    let end = unit_end.unwrap_or(span.end);
                    let (unit, what) = measured(&unit, s, span.start, end);
                    (Some(unit), slug(&what))
                }
                (None, Some(unit)) if !unit.eq_ignore_ascii_case("percent") => {
                    match unit_end.and_then(|end| fate_of_people(&unit, s, span.start, end)) {
                        // (`The death toll has risen to seven, …, including
                        // four people found dead`: a part of the toll.)
                        Some(Fate::Died) => {
                            let part = word_before(s, span.start)
                                .is_some_and(|(w, _)| w == "including")
                                && whole.as_ref().is_some_and(|w| w.what == "deaths");
                            let what = if part { "part-of-deaths" } else { "deaths" };
                            (Some("deaths".to_string()), what.to_string())
                        }
                        Some(Fate::Other(what)) => (Some(unit), what),
                        None => {
                            let what = match restored_to(s, span.start) {
                                Some(verb) => format!("{}-{verb}", slug(&unit)),
                                None => slug(&unit),
                            };
                            (Some(unit), what)
                        }
                    }
                }
                (None, None) if !percent && death_toll(s, &span) => {
                    (Some("deaths".to_string()), "deaths".to_string())
                }
                (None, None) if !percent => {
                    let what = estimated_noun(s, span.start)
                        .or_else(|| estimate_of(s, span.start))
                        .or_else(|| brought_to(s, span.start))
                        .or_else(|| noun_of_figure(s, span.start))
                        .or_else(|| counted_before(s, span.start).map(|(noun, _)| noun))
                        .or_else(|| predicate_after(s, span.end))
                        .map_or_else(|| "figure".to_string(), |v| slug(&v));
                    (None, what)
                }
                (None, unit) => {
                    let what = noun_before(s, span.start)
                        .or_else(|| predicate_after(s, span.end))
                        .or_else(|| unit.clone())
                        .map_or_else(|| "figure".to_string(), |w| slug(&w));
                    (unit, what)
                }
            };
            // `Revenue fell 12% to 31.2 billion euros`: the share is the
            // change, and the level after it the revenue, two subjects (one
            // would mix percent and euros in a series).
            let what = match percent && high && what != "figure" && level_after(s, span.end) {
                true => format!("{what}-change"),
                false => what,
            };
            // The figure before revises this one, an estimate of the same
            // source's: it supersedes it.
            let (revised_by, revises) = match (&last[kind], comparison) {
                (Some(l), Comparison::Revised) => (Some(l.draft), None),
                (Some(l), Comparison::Revises) => (None, Some(l.draft)),
                _ => (None, None),
            };
            if high {
                let this = Last {
                    unit: unit.clone(),
                    what: what.clone(),
                    end: span.end,
                    when: chain,
                    draft: drafts.len(),
                };
                if !percent && !unit.as_deref().is_some_and(names_time) {
                    whole = Some(this.clone());
                }
                last[kind] = Some(this);
            }
            let unit = if percent {
                Some("percent".to_string())
            } else {
                unit
            };
            let subject = spellings.subject(format!("draft/{what}"));
            let base = format!("{}-{what}", slug(&source).replace("figure", "unattributed"));
            let base = if source == UNATTRIBUTED {
                format!("unattributed-{what}")
            } else {
                base
            };
            // (Each figure by its own words: in `could rise to 700 from
            // 600` the 600 is no forecast; in `cut its growth forecast to
            // 2.9% from 3.2%` both are, as what they count says.)
            // (Read for confident drafts only.)
            let forecast = || {
                forecast(s, span.start, unit_end.unwrap_or(span.end))
                    || matches!(what.as_str(), "forecast" | "projection")
            };
            let basis = (high && forecast()).then_some(crate::model::Basis::Forecast);
            let id = crate::ids::numbered(&base, |id| ids.contains(id));
            ids.insert(id.clone());
            bases.push(base);
            drafts.push(Draft {
                id,
                subject,
                source: source.clone(),
                value,
                unit,
                quote: s.to_string(),
                confidence,
                when,
                span: range.start + span.start..range.start + span.end,
                supersedes: None,
                // (A source's own earlier estimate that the figure before
                // revises was said before the verb's day, on a day the
                // text does not tell unless it gives its time: `revising
                // its count up from 4.2 million` is no figure said on
                // Wednesday.)
                said: match recalled && put.is_none() && reported.is_none() {
                    true => Vec::new(),
                    false => said.into_iter().chain(reported).chain(put).collect(),
                },
                basis,
                held: None,
                // (And the source's own figure of another time, where the
                // text tells none: `up from about 1.2 million hectares` is
                // the one it gave last; and one given again in a relative
                // clause, `which had put the damage at`.)
                recalled: recalled
                    || comparison == Comparison::With && source != UNATTRIBUTED && own.is_none()
                    || restated(s, span.start),
            });
            if let Some(later) = revised_by
                && let [.., earlier] = drafts.as_slice()
                && drafts[later].source == earlier.source
                && drafts[later].subject == earlier.subject
            {
                drafts[later].supersedes = Some(earlier.id.clone());
            }
            if let Some(earlier) = revises
                && let [.., later] = drafts.as_slice()
                && drafts[earlier].source == later.source
                && drafts[earlier].subject == later.subject
            {
                let id = drafts[earlier].id.clone();
                if let Some(later) = drafts.last_mut() {
                    later.supersedes = Some(id);
                }
            }
        }
        whole_before = whole;
    }
    let repeats = headline::repeats(text, &drafts);
    match repeats.is_empty() {
        true => drafts,
        false => without(drafts, &bases, &repeats, &mut ids),
    }
}

/// Whether the figure at byte `start` of `s` is one its source gave
/// before, told in a relative clause in the past perfect: `The Farmers'
/// Union, which had put the damage at more than €3 billion, now says`,
/// `Environmental groups, which had counted more than 3,500,`.
fn restated(s: &str, start: usize) -> bool {
    let clause = words::last_clause(&s[..start], &words::CLAUSE_MARKS);
    let words = words::lower_words(clause);
    let mut words = words.iter().map(|(_, _, w)| w.as_str());
    matches!(words.next(), Some("which" | "who")) && words.next() == Some("had")
}

/// `drafts` without those at indices `gone`, numbered again from their
/// `bases` past the ids in `ids` that no draft holds (the repository's),
/// so that none is numbered past a draft left out (`streamly-users-2`
/// with no `streamly-users`); a link to a draft left out goes too.
fn without(
    drafts: Vec<Draft>,
    bases: &[String],
    gone: &[usize],
    ids: &mut HashSet<String>,
) -> Vec<Draft> {
    for d in &drafts {
        ids.remove(&d.id);
    }
    let mut renamed = std::collections::HashMap::new();
    let mut kept = Vec::with_capacity(drafts.len());
    for (k, (mut d, base)) in drafts.into_iter().zip(bases).enumerate() {
        if gone.contains(&k) {
            continue;
        }
        let id = crate::ids::numbered(base, |id| ids.contains(id));
        ids.insert(id.clone());
        renamed.insert(std::mem::replace(&mut d.id, id.clone()), id);
        kept.push(d);
    }
    for d in &mut kept {
        d.supersedes = d.supersedes.take().and_then(|s| renamed.get(&s).cloned());
    }
    kept
}

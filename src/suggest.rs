//! "Did you mean" suggestions for mistyped keys, subjects and sources.

/// The candidate closest to `word`, when it is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let length = word.chars().count();
    let limit = (length / 3).max(2);
    candidates
        .into_iter()
        // Lengths that differ by more than the limit are farther than it:
        // turned away before the distance is computed.
        .filter(|c| c.chars().count().abs_diff(length) <= limit)
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        // Nor a word that would be written anew: `kind` is no typo of
        // `id`, two edits that leave nothing of the shorter word.
        .filter(|(d, c)| *d <= limit && *d < c.chars().count().min(length))
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_words_are_suggested_far_ones_are_not() {
        let keys = ["subject", "source", "supersedes", "stated"];
        assert_eq!(did_you_mean("sujbect", keys), Some("subject"));
        assert_eq!(did_you_mean("Source", keys), Some("source"));
        assert_eq!(did_you_mean("supercedes", keys), Some("supersedes"));
        assert_eq!(did_you_mean("zzz", keys), None);
        // Two edits away is within the limit of a six-letter word, three is not,
        // whether the lengths differ or not.
        assert_eq!(did_you_mean("abcdef", ["abcdefgh"]), Some("abcdefgh"));
        assert_eq!(did_you_mean("abcdef", ["abcdefghi"]), None);
        assert_eq!(did_you_mean("abcdéf", ["abc"]), None);
        assert_eq!(did_you_mean("ÉTÉ", ["été!"]), Some("été!"));
        // Edits that replace the whole of the shorter word suggest nothing.
        let source_keys = ["id", "name", "reliability", "note"];
        assert_eq!(did_you_mean("kind", source_keys), None);
        assert_eq!(did_you_mean("ia", source_keys), Some("id"));
        assert_eq!(did_you_mean("nmae", source_keys), Some("name"));
    }
}

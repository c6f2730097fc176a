//! "Did you mean" suggestions for mistyped keys, subjects and sources.

/// The candidate closest to `word`, when it is close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
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
    }
}

//! The search engine: a per-archive inverted index, built on the first
//! query (an unfiltered list needs none), answering queries with prefix
//! matching of the word being typed, typo tolerance, quoted phrases and
//! `-word` exclusions, ranked by BM25 with field weights and recency.
//!
//! - [`query`]: what the reader typed, parsed.
//! - [`index`]: the index and the ranking.
//! - [`fuzzy`]: bounded edit distance.
//! - [`highlight`]: which words of a text to mark.

pub mod fuzzy;
pub mod highlight;
pub mod index;
pub mod query;

pub use highlight::Highlighter;
pub use index::{FieldWeights, Index, SearchHit};
pub use query::Query;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Best match first while searching; newest first otherwise.
    #[default]
    BestMatch,
    /// Newest first.
    Newest,
    /// Oldest first.
    Oldest,
}

/// The words of a text with their byte ranges, split on anything that is
/// not a letter or a digit ("GPT-3" is "GPT" and "3").
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = chars.peek() {
            if c.is_alphanumeric() {
                break;
            }
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        Some((start, end))
    })
}

/// The folded tokens of a text, in order.
pub fn tokens(text: &str) -> Vec<String> {
    words(text)
        .map(|(s, e)| crate::fold::fold(&text[s..e]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_anything_but_letters_and_digits() {
        let text = "GPT-3 and Café's «model», 2020!";
        let got: Vec<&str> = words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["GPT", "3", "and", "Café", "s", "model", "2020"]);
        assert_eq!(tokens("Zoë SMITH"), ["zoe", "smith"]);
        assert!(tokens(" ,.; ").is_empty());
    }
}

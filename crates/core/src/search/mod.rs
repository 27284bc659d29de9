//! The search engine: a per-archive inverted index, built just after the
//! list's first paint (an unfiltered list needs none), answering queries with prefix
//! matching of the word being typed, typo tolerance, quoted phrases and
//! `-word` exclusions, ranked by BM25 with field weights and recency.
//!
//! - [`query`]: what the reader typed, parsed.
//! - [`build`]: building the index, at once or in slices.
//! - `finish`: the build's last part (sorting, grouping), in pieces.
//! - [`index`]: the index and the ranking.
//! - `occurrences`: postings and the field separator the others share.
//! - `weights`: field weights, BM25's constants, prefix and typo factors.
//! - [`fuzzy`]: bounded edit distance.
//! - [`fulltext`]: the prebuilt index of the posts kept out of the
//!   manifest, loaded beside it and searched with the in-browser one.
//! - [`highlight`]: which words of a text to mark.
//! - `lifecycle`: the index's life, [`Search::Building`] to [`Search::Ready`].
//! - `word_cache`: the query words' lookups a caller keeps between keystrokes.

pub mod build;
mod finish;
pub mod fulltext;
pub mod fuzzy;
pub mod highlight;
pub mod index;
mod lifecycle;
mod occurrences;
pub mod query;
mod weights;
mod word_cache;

pub use build::IndexBuilder;
pub use fulltext::FullText;
pub use highlight::{snippet, Highlighter};
pub use index::{FieldWeights, Index, SearchHit};
pub use lifecycle::Search;
pub use query::Query;
pub use word_cache::WordCache;

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
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`]. Indexing spends most of its time here, so
/// ASCII (most text) is classified from the byte alone and only other
/// characters are decoded.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl Words<'_> {
    /// Whether the character starting at byte `i` is part of a word, and
    /// its length in bytes.
    #[inline]
    fn class(&self, i: usize) -> (bool, usize) {
        let b = self.text.as_bytes()[i];
        if b.is_ascii() {
            return (b.is_ascii_alphanumeric(), 1);
        }
        match self.text[i..].chars().next() {
            Some(c) => (c.is_alphanumeric(), c.len_utf8()),
            None => (false, 1),
        }
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let len = self.text.len();
        let mut i = self.at;
        loop {
            if i >= len {
                self.at = len;
                return None;
            }
            let (word, n) = self.class(i);
            if word {
                break;
            }
            i += n;
        }
        let start = i;
        while i < len {
            let (word, n) = self.class(i);
            if !word {
                break;
            }
            i += n;
        }
        self.at = i;
        Some((start, i))
    }
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

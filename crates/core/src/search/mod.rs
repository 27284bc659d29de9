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
/// not a letter or a digit ("GPT-3" is "GPT" and "3"). A combining mark
/// (an accent typed apart, Arabic harakat, Hebrew niqqud) stays with the
/// word it is on. Chinese and Japanese, written without spaces, come as
/// overlapping pairs of characters ("東京の天気" is "東京", "京の", "の天",
/// "天気"; a lone character is itself), as Lucene's CJK analyzer does, so a
/// query of two characters finds them without a dictionary.
pub fn words(text: &str) -> Words<'_> {
    Words {
        text,
        at: 0,
        run_end: 0,
    }
}

/// The iterator of [`words`]. Indexing spends most of its time here, so
/// ASCII (most text) is classified from the byte alone and only other
/// characters are decoded.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
    /// Inside a run of Chinese or Japanese characters: where it ends (the
    /// next pair starts at `at`).
    run_end: usize,
}

/// What a character is to the word splitter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter or digit of a spaced script.
    Letter,
    /// A combining mark: part of the word before it.
    Mark,
    /// Han, Hiragana or Katakana: paired with its neighbours.
    Cjk,
    /// Anything else: between words.
    Other,
}

/// Whether `c` is written without spaces between words: Han ideographs
/// (with extensions and compatibility forms), Hiragana and Katakana.
fn is_cjk(c: char) -> bool {
    matches!(
        u32::from(c),
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
            | 0xFF66..=0xFF9F | 0x20000..=0x3FFFF
    )
}

impl Words<'_> {
    /// The class of the character starting at byte `i`, and its length in bytes.
    #[inline]
    fn class(&self, i: usize) -> (Class, usize) {
        let b = self.text.as_bytes()[i];
        if b.is_ascii() {
            let class = if b.is_ascii_alphanumeric() {
                Class::Letter
            } else {
                Class::Other
            };
            return (class, 1);
        }
        match self.text[i..].chars().next() {
            Some(c) if is_cjk(c) => (Class::Cjk, c.len_utf8()),
            Some(c) if crate::fold::is_combining_mark(c) => (Class::Mark, c.len_utf8()),
            Some(c) if c.is_alphanumeric() => (Class::Letter, c.len_utf8()),
            Some(c) => (Class::Other, c.len_utf8()),
            None => (Class::Other, 1),
        }
    }

    /// The next pair of a run of Chinese or Japanese characters starting
    /// at `start`: two characters (one when the run has one), the next pair
    /// starting at the second.
    fn pair(&mut self, start: usize) -> (usize, usize) {
        let len = self.text.len();
        if self.run_end <= start {
            let mut end = start;
            while end < len && self.class(end).0 == Class::Cjk {
                end += self.class(end).1;
            }
            self.run_end = end;
        }
        let second = start + self.class(start).1;
        if second >= self.run_end {
            self.at = self.run_end;
            return (start, self.run_end);
        }
        let end = second + self.class(second).1;
        // The last pair ends the run; otherwise the next starts at its second character.
        self.at = if end >= self.run_end {
            self.run_end
        } else {
            second
        };
        (start, end)
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let len = self.text.len();
        let mut i = self.at;
        if i < self.run_end {
            return Some(self.pair(i));
        }
        let first = loop {
            if i >= len {
                self.at = len;
                return None;
            }
            let (class, n) = self.class(i);
            if class == Class::Letter || class == Class::Cjk {
                break class;
            }
            i += n;
        };
        if first == Class::Cjk {
            return Some(self.pair(i));
        }
        let start = i;
        while i < len {
            let (class, n) = self.class(i);
            if class != Class::Letter && class != Class::Mark {
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

    #[test]
    fn chinese_and_japanese_come_in_overlapping_pairs() {
        let cases: &[(&str, &[&str])] = &[
            ("東京の天気", &["東京", "京の", "の天", "天気"]),
            ("東", &["東"]),
            ("AI研究とRust", &["ai", "研究", "究と", "rust"]),
            (
                "機械学習。深層学習",
                &["機械", "械学", "学習", "深層", "層学", "学習"],
            ),
            ("カタカナ 中文", &["カタ", "タカ", "カナ", "中文"]),
            ("한국어 단어", &["한국어", "단어"]),
        ];
        for (text, expected) in cases {
            assert_eq!(tokens(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn marks_stay_with_their_word() {
        let cases: &[(&str, &[&str])] = &[
            ("كَتَبَ الكِتَابَ", &["كتب", "الكتاب"]),
            ("שָׁלוֹם עוֹלָם", &["שלום", "עולם"]),
            ("Cafe\u{301} noir", &["cafe", "noir"]),
            ("\u{301}a", &["a"]),
        ];
        for (text, expected) in cases {
            assert_eq!(tokens(text), *expected, "{text:?}");
        }
    }
}

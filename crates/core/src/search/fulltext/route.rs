//! A query word's matches in the vocabulary, and so which shards a query
//! needs. One set of rules decides both, so a query's results never depend
//! on which other shards happen to be loaded:
//!
//! - every word is matched exactly;
//! - the word being typed, from [`MIN_PREFIX`] letters, also as a prefix
//!   (shorter, nearly every post would match);
//! - a word found neither way, long enough for typos (as in the in-browser
//!   index), is matched with one or two: the posts of a word that exists
//!   are not widened by its neighbours, whose postings would each be one
//!   more shard to fetch, for matches that rank below the word itself.

use std::ops::Range;

use super::{FullText, Shard};
use crate::search::fuzzy::{allowed_edits, run_len, similar_words};
use crate::search::query::Query;
use crate::search::weights::{ONE_TYPO, PREFIX, TWO_TYPOS};

/// The shortest word being typed that is matched as a prefix in posts.
pub const MIN_PREFIX: usize = 3;

/// A word of a shard matching a query word, with its match factor.
pub(in crate::search) struct Match<'a> {
    pub(in crate::search) shard: &'a Shard,
    /// Its place in the shard.
    pub(in crate::search) word: usize,
    pub(in crate::search) factor: f32,
}

impl FullText {
    /// Vocabulary positions matching a query word, each with its factor.
    fn lookup(&self, word: &str, being_typed: bool) -> Vec<(usize, f32)> {
        let words = &self.directory.words;
        let letters = word.chars().count();
        let range: Range<usize> = if being_typed && letters >= MIN_PREFIX {
            let start = words.partition_point(|w| w.as_str() < word);
            start..start + run_len(&words[start..], word)
        } else {
            match words.binary_search_by(|w| w.as_str().cmp(word)) {
                Ok(i) => i..i + 1,
                Err(_) => 0..0,
            }
        };
        let mut found: Vec<(usize, f32)> = range
            .map(|i| (i, if words[i] == word { 1.0 } else { PREFIX }))
            .collect();
        let edits = allowed_edits(letters);
        if found.is_empty() && edits > 0 {
            similar_words(words, word, edits, &mut |i, d| {
                found.push((i, if d <= 1 { ONE_TYPO } else { TWO_TYPOS }));
            });
        }
        found
    }

    /// The shard holding vocabulary position `word`.
    fn shard_of(&self, word: usize) -> usize {
        self.directory
            .shards
            .partition_point(|s| s.first as usize <= word)
            .saturating_sub(1)
    }

    /// Every shard the query needs, loaded or not, ascending.
    pub fn needed(&self, query: &Query) -> Vec<usize> {
        let last = query.words.len().saturating_sub(1);
        let words = query
            .words
            .iter()
            .enumerate()
            .flat_map(|(i, w)| self.lookup(w, query.last_is_prefix && i == last));
        let excluded = query.excluded.iter().flat_map(|w| self.lookup(w, false));
        // Marked per shard rather than sorted: no sort of its own in the wasm.
        let mut wanted = vec![false; self.shards.len()];
        for (w, _) in words.chain(excluded) {
            if let Some(slot) = wanted.get_mut(self.shard_of(w)) {
                *slot = true;
            }
        }
        (0..wanted.len()).filter(|&at| wanted[at]).collect()
    }

    /// The shards the query needs that are not loaded yet.
    pub fn missing(&self, query: &Query) -> Vec<usize> {
        let mut needed = self.needed(query);
        needed.retain(|&at| !self.has(at));
        needed
    }

    /// Episodes in the index.
    pub(in crate::search) fn episodes(&self) -> usize {
        self.directory.episodes as usize
    }

    /// The words matching a query word (`being_typed`: the last word, still
    /// being typed) whose shards are loaded.
    pub(in crate::search) fn matches(&self, word: &str, being_typed: bool) -> Vec<Match<'_>> {
        self.lookup(word, being_typed)
            .into_iter()
            .filter_map(|(w, factor)| {
                let shard = self.shards.get(self.shard_of(w))?.as_deref()?;
                let word = w.checked_sub(shard.first as usize)?;
                (word < shard.len()).then_some(Match {
                    shard,
                    word,
                    factor,
                })
            })
            .collect()
    }

    /// The postings of a word exactly as written, if its shard is loaded.
    pub(in crate::search) fn exact(&self, word: &str) -> Option<&[u32]> {
        let m = self
            .matches(word, false)
            .into_iter()
            .find(|m| m.factor >= 1.0)?;
        Some(m.shard.postings(m.word).0)
    }
}

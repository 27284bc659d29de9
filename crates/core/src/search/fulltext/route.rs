//! Which shards a query needs, and the words matching a query word in
//! them. One set of rules decides both, so a query's results never depend
//! on which other shards happen to be loaded:
//!
//! - every word is looked up exactly (the shard holding it);
//! - the word being typed, from [`MIN_PREFIX`] letters, also as a prefix
//!   (the shards its prefix range spans); shorter, every body would match;
//! - a word long enough for typos (as in the in-browser index) also with
//!   one or two, among the words sharing its first letter (the shards of
//!   that letter): the directory holds no vocabulary, and a first letter
//!   is the one readers rarely get wrong.

use std::ops::Range;

use super::{Directory, FullText, Shard};
use crate::search::fuzzy::{allowed_edits, run_len, similar_words};
use crate::search::query::Query;
use crate::search::weights::{ONE_TYPO, PREFIX, TWO_TYPOS};

/// The shortest word being typed that is matched as a prefix in posts.
pub const MIN_PREFIX: usize = 3;

impl Directory {
    /// The shard whose range holds `word`.
    fn shard_of(&self, word: &str) -> usize {
        self.shards
            .partition_point(|s| s.first.as_str() <= word)
            .saturating_sub(1)
    }

    /// The shards holding words that start with `prefix`.
    fn shards_with_prefix(&self, prefix: &str) -> Range<usize> {
        let start = self.shard_of(prefix);
        let more = self.shards[start + 1..]
            .iter()
            .take_while(|s| s.first.starts_with(prefix))
            .count();
        start..start + 1 + more
    }
}

/// How one query word is looked up.
struct Lookup<'a> {
    word: &'a str,
    /// Also as a prefix.
    prefix: bool,
    /// Typos allowed, among words with the same first letter.
    edits: usize,
    first_letter: &'a str,
}

impl<'a> Lookup<'a> {
    fn new(word: &'a str, being_typed: bool) -> Self {
        let letters = word.chars().count();
        let first_len = word.chars().next().map_or(0, char::len_utf8);
        Self {
            word,
            prefix: being_typed && letters >= MIN_PREFIX,
            edits: allowed_edits(letters),
            first_letter: &word[..first_len],
        }
    }

    /// The shards it needs.
    fn shards(&self, directory: &Directory) -> Vec<usize> {
        if directory.shards.is_empty() || self.word.is_empty() {
            return Vec::new();
        }
        let widest = if self.edits > 0 {
            self.first_letter
        } else if self.prefix {
            self.word
        } else {
            let at = directory.shard_of(self.word);
            return vec![at];
        };
        directory.shards_with_prefix(widest).collect()
    }
}

/// The query words as looked up: every word, phrase words included, and
/// the excluded ones (exactly).
fn lookups(query: &Query) -> impl Iterator<Item = Lookup<'_>> {
    let last = query.words.len().saturating_sub(1);
    let words = query
        .words
        .iter()
        .enumerate()
        .map(move |(i, w)| Lookup::new(w, query.last_is_prefix && i == last));
    let excluded = query.excluded.iter().map(|w| Lookup {
        word: w,
        prefix: false,
        edits: 0,
        first_letter: "",
    });
    words.chain(excluded)
}

/// A word of a shard matching a query word, with its match factor.
pub(in crate::search) struct Match<'a> {
    pub(in crate::search) shard: &'a Shard,
    pub(in crate::search) word: usize,
    pub(in crate::search) factor: f32,
}

impl FullText {
    /// Every shard the query needs, loaded or not, ascending.
    pub fn needed(&self, query: &Query) -> Vec<usize> {
        let mut all: Vec<usize> = lookups(query)
            .flat_map(|l| l.shards(&self.directory))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
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

    /// The words of the loaded shards matching a query word (`being_typed`:
    /// the last word, still being typed).
    pub(in crate::search) fn matches(&self, word: &str, being_typed: bool) -> Vec<Match<'_>> {
        let lookup = Lookup::new(word, being_typed);
        let mut found = Vec::new();
        for at in lookup.shards(&self.directory) {
            let Some(shard) = self.shards[at].as_deref() else {
                continue;
            };
            let words = &shard.words;
            let exact = if lookup.prefix {
                let start = words.partition_point(|w| w.as_str() < word);
                start..start + run_len(&words[start..], word)
            } else {
                match words.binary_search_by(|w| w.as_str().cmp(word)) {
                    Ok(i) => i..i + 1,
                    Err(_) => 0..0,
                }
            };
            for i in exact.clone() {
                let factor = if words[i] == word { 1.0 } else { PREFIX };
                found.push(Match {
                    shard,
                    word: i,
                    factor,
                });
            }
            if lookup.edits > 0 {
                let start = words.partition_point(|w| w.as_str() < lookup.first_letter);
                let letter = start..start + run_len(&words[start..], lookup.first_letter);
                similar_words(&words[letter.clone()], word, lookup.edits, |i, d| {
                    let i = letter.start + i;
                    if d > 0 && !exact.contains(&i) {
                        let factor = if d == 1 { ONE_TYPO } else { TWO_TYPOS };
                        found.push(Match {
                            shard,
                            word: i,
                            factor,
                        });
                    }
                });
            }
        }
        found
    }

    /// The postings of a word exactly as written, if its shard is loaded.
    pub(in crate::search) fn exact(&self, word: &str) -> Option<&[u32]> {
        let at = self.directory.shard_of(word);
        let shard = self.shards.get(at)?.as_deref()?;
        let i = shard
            .words
            .binary_search_by(|w| w.as_str().cmp(word))
            .ok()?;
        Some(shard.postings(i).0)
    }
}

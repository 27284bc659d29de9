//! The prebuilt full-text index: every word of the posts the manifest does
//! not hold inline (its `body_url` bodies), built ahead of time by the
//! importer with this crate's own words, folding, weights and typo rules,
//! and shipped beside the manifest. The in-browser index keeps covering
//! what the manifest holds; a query searches both ([`Index::search_with`](super::Index::search_with)).
//!
//! Small archives get one file. Large ones are split by term: a directory
//! holds the whole vocabulary (front-coded, a few bytes a word) and where
//! each shard's run of it starts; each shard holds the postings of its run.
//! A query's words are matched against the vocabulary (exactly, as a
//! prefix while typed, with typos), so it fetches exactly the shards
//! holding the words it matched ([`FullText::needed`]), and typo tolerance
//! works across every shard without fetching any to look.
//!
//! - `build`: the index from the posts' text.
//! - `format`: the versioned binary files and their names.
//! - `route`: which shards a query needs, and the matches in them.
//! - `hash`: the content hash in file names and the episodes' hash that
//!   tells a stale index from a current one.

mod build;
mod format;
mod hash;
mod route;

use std::rc::Rc;

pub use build::{build, Built};
pub use format::{decode_directory, decode_shard, write, FullTextError, IndexFile, VERSION};
pub use hash::{content_hash, episodes_hash};

/// The postings of a run of the sorted vocabulary.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shard {
    /// The vocabulary position of its first word.
    first: u32,
    /// Where each word's postings start (one more entry than words).
    starts: Vec<u32>,
    /// Episode positions, word after word, each word's ascending.
    episodes: Vec<u32>,
    /// Each posting's BM25 term weight in hundredths (see [`weight`]).
    weights: Vec<u8>,
}

impl Shard {
    /// One word's postings: episodes and quantised weights.
    pub(super) fn postings(&self, word: usize) -> (&[u32], &[u8]) {
        let (s, e) = (self.starts[word] as usize, self.starts[word + 1] as usize);
        (&self.episodes[s..e], &self.weights[s..e])
    }

    /// How many words' postings it holds.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Whether it holds no word.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A posting's weight as stored: hundredths, at least 1. The body field's
/// BM25 term weight lies between 0 and `K1 + 1` (2.2), so a byte keeps it
/// to within half a percent, and the in-memory index the importer builds
/// is the one the widget reads back, bit for bit.
fn quantise(weight: f32) -> u8 {
    (weight * 100.0).round().clamp(1.0, 255.0) as u8
}

/// A stored weight as the score uses it.
pub(super) fn weight(q: u8) -> f32 {
    f32::from(q) / 100.0
}

/// One shard as the directory lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardEntry {
    /// The vocabulary position of its first word (0 for the first shard).
    pub first: u32,
    /// Its file, relative to the directory's URL; empty when the shard is
    /// inside the directory's own file.
    pub file: String,
    /// Its size in bytes.
    pub bytes: u32,
}

/// What the index covers and where its shards are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    /// Episodes in the manifest it was built for.
    pub episodes: u32,
    /// Those episodes' [`episodes_hash`].
    pub episodes_hash: String,
    /// Every word of the posts, folded, sorted.
    pub words: Vec<String>,
    /// The shards, in vocabulary order.
    pub shards: Vec<ShardEntry>,
}

/// A full-text index as far as it is loaded: its directory and the shards
/// fetched so far. A value: adding a shard gives a new one sharing the
/// rest, and two are equal when they hold the same shards.
#[derive(Debug, Clone)]
pub struct FullText {
    directory: Rc<Directory>,
    shards: Vec<Option<Rc<Shard>>>,
}

impl PartialEq for FullText {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.directory, &other.directory)
            && self.shards.len() == other.shards.len()
            && self
                .shards
                .iter()
                .zip(&other.shards)
                .all(|(a, b)| match (a, b) {
                    (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                    (None, None) => true,
                    _ => false,
                })
    }
}

impl FullText {
    /// The index of a directory, with the shards its file held inline.
    pub fn new(directory: Directory, inline: Vec<Shard>) -> Self {
        let mut inline = inline.into_iter();
        let shards = directory
            .shards
            .iter()
            .map(|entry| {
                if entry.file.is_empty() {
                    inline.next().map(Rc::new)
                } else {
                    None
                }
            })
            .collect();
        Self {
            directory: Rc::new(directory),
            shards,
        }
    }

    /// Reads a directory file (and the shards inside it).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, FullTextError> {
        let (directory, inline) = decode_directory(bytes)?;
        Ok(Self::new(directory, inline))
    }

    /// The directory.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// The same index with shard `at` loaded, if `shard` is that shard
    /// (the run of words the directory says).
    pub fn with_shard(&self, at: usize, shard: Shard) -> Result<Self, FullTextError> {
        let range = self.word_range(at).ok_or(FullTextError::Kind)?;
        if shard.first as usize != range.start || shard.len() != range.len() {
            return Err(FullTextError::Mismatch);
        }
        let mut next = self.clone();
        next.shards[at] = Some(Rc::new(shard));
        Ok(next)
    }

    /// The vocabulary positions of shard `at`'s words.
    fn word_range(&self, at: usize) -> Option<std::ops::Range<usize>> {
        let shards = &self.directory.shards;
        let start = shards.get(at)?.first as usize;
        let end = shards
            .get(at + 1)
            .map_or(self.directory.words.len(), |s| s.first as usize);
        Some(start..end)
    }

    /// Whether shard `at` is loaded.
    pub fn has(&self, at: usize) -> bool {
        self.shards.get(at).is_some_and(Option::is_some)
    }

    /// How many shards are loaded.
    pub fn loaded(&self) -> usize {
        self.shards.iter().flatten().count()
    }

    /// The shard file names, by position (empty for inline shards).
    pub fn file(&self, at: usize) -> Option<&str> {
        self.directory
            .shards
            .get(at)
            .map(|e| e.file.as_str())
            .filter(|f| !f.is_empty())
    }

    /// Whether every shard is in the directory's own file.
    pub fn is_one_file(&self) -> bool {
        self.directory.shards.iter().all(|e| e.file.is_empty())
    }
}

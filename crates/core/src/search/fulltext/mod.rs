//! The prebuilt full-text index: every word of the posts the manifest does
//! not hold inline (its `body_url` bodies), built ahead of time by the
//! importer with this crate's own words, folding, weights and typo rules,
//! and shipped beside the manifest. The in-browser index keeps covering
//! what the manifest holds; a query searches both ([`Index::search_with`](super::Index::search_with)).
//!
//! Small archives get one file. Large ones are split by term: each shard
//! holds a sorted run of the vocabulary with its postings, and a small
//! directory names each shard's first word, so a query fetches only the
//! shards its words can be in ([`FullText::needed`]). The vocabulary needed
//! for typo tolerance is in the shards: a word with a typo is looked up
//! among the words sharing its first letter, so a typo costs the shards
//! of one letter and the directory stays a few hundred bytes per shard.
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

/// A run of the sorted vocabulary with each word's postings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shard {
    /// The words, sorted.
    pub(super) words: Vec<String>,
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

    /// How many words it holds.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether it holds no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
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
    /// The shard's first word ("" for the first shard).
    pub first: String,
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

    /// The same index with shard `at` loaded.
    pub fn with_shard(&self, at: usize, shard: Shard) -> Self {
        let mut next = self.clone();
        if let Some(slot) = next.shards.get_mut(at) {
            *slot = Some(Rc::new(shard));
        }
        next
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

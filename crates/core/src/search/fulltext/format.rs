//! The index files: a directory (what the index covers, the vocabulary
//! front-coded, and where each shard's run of it starts, with its file and
//! size; for a small index, its one shard inside) and shard files, each the
//! postings of its run of words (episode gaps as varints, then one weight
//! byte each: like kinds together, which compresses best). Every file
//! starts with `EAFT`, the format version and its kind; names carry a
//! content hash.
//!
//! Reading never trusts a length: every count is checked against the
//! bytes left, so a damaged or hostile file is a clear error, never a
//! panic or a huge allocation.

use std::fmt;

use super::{content_hash, Built, Directory, Shard, ShardEntry};

/// The format version this build writes and reads.
pub const VERSION: u8 = 1;
const MAGIC: &[u8; 4] = b"EAFT";
const DIRECTORY: u8 = 0;
const SHARD: u8 = 1;

/// Why an index file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FullTextError {
    /// Not an index file at all.
    NotAnIndex,
    /// Written by a format version this build does not read.
    Version(u8),
    /// A directory where a shard was expected, or the reverse.
    Kind,
    /// A shard that is not the one the directory names (from another build).
    Mismatch,
    /// Cut short or damaged at this byte.
    Damaged(usize),
}

impl fmt::Display for FullTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAnIndex => f.write_str("this is not an episode-archive search index"),
            Self::Version(v) => write!(
                f,
                "search index format version {v}; this widget reads version {VERSION} (rebuild the index with this release's importer)"
            ),
            Self::Kind => f.write_str("a search index file of the wrong kind (directory or shard)"),
            Self::Mismatch => f.write_str("a part of another build of the search index"),
            Self::Damaged(at) => write!(f, "the search index is cut short or damaged at byte {at}"),
        }
    }
}

impl std::error::Error for FullTextError {}

/// One file to write beside the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexFile {
    /// Its name, with its content hash (`index-….bin`, `shard-….bin`).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// Writes a built index: one file when its encoding is at most
/// `one_file_bytes`, else shards of about `shard_bytes` each and a
/// directory. The directory comes first in the result (its name is what
/// the manifest's `search.url` points to, relative to the shards).
pub fn write(
    built: &Built,
    episodes_hash: &str,
    one_file_bytes: usize,
    shard_bytes: usize,
) -> Vec<IndexFile> {
    let whole = encode_shard(&built.shard);
    let (entries, shard_files, inline): (Vec<ShardEntry>, Vec<IndexFile>, Vec<u8>) =
        if whole.len() <= one_file_bytes {
            let entry = ShardEntry {
                first: 0,
                file: String::new(),
                bytes: whole.len() as u32,
            };
            (vec![entry], Vec::new(), whole)
        } else {
            let mut entries = Vec::new();
            let mut files = Vec::new();
            for range in cut(&built.shard, shard_bytes) {
                let first = range.start as u32;
                let bytes = encode_shard(&built.shard.slice(range));
                let name = format!("shard-{}.bin", content_hash(&bytes));
                entries.push(ShardEntry {
                    first,
                    file: name.clone(),
                    bytes: bytes.len() as u32,
                });
                files.push(IndexFile { name, bytes });
            }
            (entries, files, Vec::new())
        };
    let mut out = header(DIRECTORY);
    varint(&mut out, u64::from(built.episodes));
    string(&mut out, episodes_hash);
    varint(&mut out, built.words.len() as u64);
    let mut previous: &str = "";
    for word in &built.words {
        let shared = previous
            .bytes()
            .zip(word.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        // Never inside a character: a suffix is always valid UTF-8.
        let shared = (0..=shared)
            .rev()
            .find(|&n| word.is_char_boundary(n))
            .unwrap_or(0);
        varint(&mut out, shared as u64);
        string(&mut out, &word[shared..]);
        previous = word;
    }
    varint(&mut out, entries.len() as u64);
    for e in &entries {
        varint(&mut out, u64::from(e.first));
        string(&mut out, &e.file);
        varint(&mut out, u64::from(e.bytes));
    }
    out.extend_from_slice(&inline);
    let directory = IndexFile {
        name: format!("index-{}.bin", content_hash(&out)),
        bytes: out,
    };
    std::iter::once(directory).chain(shard_files).collect()
}

/// Word ranges of about `target` encoded bytes each (a word's postings
/// are never split).
fn cut(shard: &Shard, target: usize) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let (mut start, mut size) = (0, 0);
    for i in 0..shard.len() {
        let postings = (shard.starts[i + 1] - shard.starts[i]) as usize;
        // A count, gaps and weights: about what the encoding spends.
        size += 1 + postings * 2;
        if size >= target {
            ranges.push(start..i + 1);
            (start, size) = (i + 1, 0);
        }
    }
    if start < shard.len() || ranges.is_empty() {
        ranges.push(start..shard.len());
    }
    ranges
}

fn header(kind: u8) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(VERSION);
    out.push(kind);
    out
}

/// A shard's bytes.
pub(super) fn encode_shard(shard: &Shard) -> Vec<u8> {
    let mut out = header(SHARD);
    varint(&mut out, u64::from(shard.first));
    varint(&mut out, shard.len() as u64);
    for w in 0..shard.len() {
        let (episodes, _) = shard.postings(w);
        varint(&mut out, episodes.len() as u64);
        let mut last = 0;
        for &e in episodes {
            varint(&mut out, u64::from(e - last));
            last = e;
        }
    }
    out.extend_from_slice(&shard.weights);
    out
}

fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn string(out: &mut Vec<u8>, s: &str) {
    varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Reads through a file, every read checked.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn start(bytes: &'a [u8], kind: u8) -> Result<Self, FullTextError> {
        if bytes.len() < 6 || &bytes[..4] != MAGIC {
            return Err(FullTextError::NotAnIndex);
        }
        if bytes[4] != VERSION {
            return Err(FullTextError::Version(bytes[4]));
        }
        if bytes[5] != kind {
            return Err(FullTextError::Kind);
        }
        Ok(Self { bytes, at: 6 })
    }

    fn damaged(&self) -> FullTextError {
        FullTextError::Damaged(self.at)
    }

    fn varint(&mut self) -> Result<u64, FullTextError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.at).ok_or_else(|| self.damaged())?;
            self.at += 1;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err(self.damaged())
    }

    fn u32(&mut self) -> Result<u32, FullTextError> {
        let at = self.at;
        u32::try_from(self.varint()?).map_err(|_| FullTextError::Damaged(at))
    }

    /// A count of items each at least one byte long.
    fn count(&mut self) -> Result<usize, FullTextError> {
        let at = self.at;
        let n = self.varint()?;
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= self.bytes.len() - self.at)
            .ok_or(FullTextError::Damaged(at))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], FullTextError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| self.damaged())?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn string(&mut self) -> Result<String, FullTextError> {
        let at = self.at;
        let n = self.count()?;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| FullTextError::Damaged(at))
    }
}

/// Reads a directory file: the directory, and the shards inside it (in
/// the order of its entries with no file of their own).
pub fn decode_directory(bytes: &[u8]) -> Result<(Directory, Vec<Shard>), FullTextError> {
    let mut r = Reader::start(bytes, DIRECTORY)?;
    let episodes = r.u32()?;
    let episodes_hash = r.string()?;
    let n = r.count()?;
    let mut words: Vec<String> = Vec::with_capacity(n);
    for _ in 0..n {
        let at = r.at;
        let shared = usize::try_from(r.varint()?).map_err(|_| FullTextError::Damaged(at))?;
        let suffix = r.string()?;
        let previous = words.last().map_or("", String::as_str);
        let prefix = previous.get(..shared).ok_or(FullTextError::Damaged(at))?;
        let word = format!("{prefix}{suffix}");
        if word.as_str() <= previous && !words.is_empty() {
            return Err(FullTextError::Damaged(at));
        }
        words.push(word);
    }
    let n = r.count()?;
    let mut shards: Vec<ShardEntry> = Vec::with_capacity(n);
    for _ in 0..n {
        let at = r.at;
        let entry = ShardEntry {
            first: r.u32()?,
            file: r.string()?,
            bytes: r.u32()?,
        };
        // Shards in vocabulary order, the first from its first word.
        let ordered = match shards.last() {
            None => entry.first == 0,
            Some(last) => last.first < entry.first && (entry.first as usize) < words.len(),
        };
        if !ordered {
            return Err(FullTextError::Damaged(at));
        }
        shards.push(entry);
    }
    if shards.is_empty() && !words.is_empty() {
        return Err(r.damaged());
    }
    let mut inline = Vec::new();
    for (i, entry) in shards.iter().enumerate().filter(|(_, e)| e.file.is_empty()) {
        let at = r.at;
        let data = r.take(entry.bytes as usize)?;
        let shard = decode_shard(data).map_err(|e| match e {
            FullTextError::Damaged(n) => FullTextError::Damaged(at + n),
            other => other,
        })?;
        let end = shards.get(i + 1).map_or(words.len(), |s| s.first as usize);
        if shard.first != entry.first || shard.len() != end - entry.first as usize {
            return Err(FullTextError::Damaged(at));
        }
        inline.push(shard);
    }
    if r.at != bytes.len() {
        return Err(r.damaged());
    }
    Ok((
        Directory {
            episodes,
            episodes_hash,
            words,
            shards,
        },
        inline,
    ))
}

/// Reads a shard file.
pub fn decode_shard(bytes: &[u8]) -> Result<Shard, FullTextError> {
    let mut r = Reader::start(bytes, SHARD)?;
    let first = r.u32()?;
    let n = r.count()?;
    let mut starts = Vec::with_capacity(n + 1);
    starts.push(0u32);
    let mut episodes = Vec::new();
    for _ in 0..n {
        let count = r.count()?;
        let mut last = 0u32;
        for k in 0..count {
            let at = r.at;
            let gap = r.u32()?;
            let e = last.checked_add(gap).ok_or(FullTextError::Damaged(at))?;
            if k > 0 && gap == 0 {
                return Err(FullTextError::Damaged(at));
            }
            episodes.push(e);
            last = e;
        }
        starts.push(episodes.len() as u32);
    }
    let weights = r.take(episodes.len())?.to_vec();
    if r.at != bytes.len() {
        return Err(r.damaged());
    }
    Ok(Shard {
        first,
        starts,
        episodes,
        weights,
    })
}

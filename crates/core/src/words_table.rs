//! The word → id table used while indexing, and the one sort by words in
//! the crate: the search's vocabulary, the category list and the chosen
//! categories all sort through [`WordTable::sort_ids`].
//!
//! Indexing looks up every word of every post (2.7 million lookups for a
//! 10,000-episode archive) in a table of tens of thousands of words. With a
//! map of `String`s each lookup chased two pointers into cold memory (the
//! bucket, then the key's bytes), and that was most of the build time. Here
//! the slots hold only 4-byte ids, each word's hash sits beside its id, and
//! the words' bytes are packed in one buffer, so the common words stay in
//! the processor's cache.

use std::hash::Hasher;

use rustc_hash::FxHasher;

const EMPTY: u32 = u32::MAX;

/// Interns words: equal words get equal ids, numbered from 0 as met.
#[derive(Debug, Default)]
pub struct WordTable {
    /// Open addressing, linear probing; a power of two long.
    slots: Vec<u32>,
    /// Per id, the word's hash (to skip most byte comparisons).
    hashes: Vec<u32>,
    /// Per id, where its bytes end in `bytes` (each starts where the
    /// previous one ends).
    ends: Vec<u32>,
    /// Every word's bytes, one after another.
    bytes: Vec<u8>,
}

#[allow(clippy::len_without_is_empty)]
impl WordTable {
    /// How many distinct words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// One word by its id.
    pub fn word(&self, id: u32) -> &str {
        // Only whole `&str`s are ever appended.
        std::str::from_utf8(self.bytes_of(id)).unwrap_or_default()
    }

    /// One word's bytes by its id (they order as the word does).
    pub(super) fn bytes_of(&self, id: u32) -> &[u8] {
        let id = id as usize;
        let start = if id == 0 {
            0
        } else {
            self.ends[id - 1] as usize
        };
        &self.bytes[start..self.ends[id] as usize]
    }

    /// Puts `ids` in the byte order of their words, which is the words'
    /// (`str`'s) order. Everything that sorts words sorts through this one
    /// function: each sort instantiated for another type or closure was
    /// 2–3 KB of wasm.
    pub fn sort_ids(&self, ids: &mut [u32]) {
        sort_by(ids, &|a, b| self.bytes_of(a).cmp(self.bytes_of(b)));
    }

    /// The id of `word`, adding it if new.
    pub fn intern(&mut self, word: &str) -> u32 {
        if (self.len() + 1) * 3 > self.slots.len() * 2 {
            self.grow();
        }
        let hash = hash(word);
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            let id = self.slots[slot];
            if id == EMPTY {
                let id = self.len() as u32;
                self.slots[slot] = id;
                self.hashes.push(hash);
                self.bytes.extend_from_slice(word.as_bytes());
                self.ends.push(self.bytes.len() as u32);
                return id;
            }
            if self.hashes[id as usize] == hash && same(self.bytes_of(id), word.as_bytes()) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Doubles the slots (at most two thirds full keeps probes short and
    /// the table small enough to stay in cache).
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(1024);
        self.slots = vec![EMPTY; size];
        let mask = size - 1;
        for (id, &hash) in self.hashes.iter().enumerate() {
            let mut slot = hash as usize & mask;
            while self.slots[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = id as u32;
        }
    }
}

/// Byte equality without a call to `memcmp`, which cost more than the
/// comparison itself for words of a few letters (and this runs for almost
/// every word of every post).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |diff, (x, y)| diff | (x ^ y)) == 0
}

fn hash(word: &str) -> u32 {
    let mut hasher = FxHasher::default();
    hasher.write(word.as_bytes());
    let h = hasher.finish();
    // Fx leaves its best-mixed bits high.
    (h >> 32) as u32 ^ h as u32
}

/// Sorts `ids` by `compare`: the one sort of ids by a comparison in the
/// crate (the words' order here, the archive's newest-first order), through
/// a `dyn` comparator so the sorting code is in the wasm once; each
/// instantiation for another closure was 2.6 KB.
pub(crate) fn sort_by(ids: &mut [u32], compare: &dyn Fn(u32, u32) -> std::cmp::Ordering) {
    ids.sort_unstable_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_words_get_equal_ids_across_growth() {
        let mut table = WordTable::default();
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let ids: Vec<u32> = words.iter().map(|w| table.intern(w)).collect();
        assert_eq!(ids, (0..5000).collect::<Vec<u32>>());
        for (w, &id) in words.iter().zip(&ids) {
            assert_eq!(table.intern(w), id);
            assert_eq!(table.word(id), w);
        }
        assert_eq!(table.intern("café"), 5000);
        assert_eq!(table.intern(""), 5001);
        assert_eq!(table.len(), 5002);
    }
}

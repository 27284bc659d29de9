//! Sorting the vocabulary: the words grouped by their first two bytes (a
//! counting sort), each group sorted by the whole word, then the episodes'
//! word sequences renumbered by sorted position.

use super::super::occurrences::FIELD_END;
use super::Finish;

/// The two-byte key the words are grouped by: byte order, with a missing
/// second byte first (no word holds a zero byte).
fn key(word: &str) -> usize {
    let b = word.as_bytes();
    (usize::from(b.first().copied().unwrap_or(0)) << 8)
        | usize::from(b.get(1).copied().unwrap_or(0))
}

impl Finish {
    pub(super) fn group(&mut self, left: &mut usize) -> bool {
        let words = self.ids.len();
        Self::take(left, words);
        let mut bounds = vec![0u32; (1 << 16) + 1];
        for id in 0..words as u32 {
            bounds[key(self.ids.word(id)) + 1] += 1;
        }
        for k in 1..bounds.len() {
            bounds[k] += bounds[k - 1];
        }
        self.groups = bounds
            .windows(2)
            .filter(|w| w[1] > w[0])
            .map(|w| (w[0], w[1]))
            .collect();
        let mut grouped = vec![0u32; words];
        for id in 0..words as u32 {
            let slot = &mut bounds[key(self.ids.word(id))];
            grouped[*slot as usize] = id;
            *slot += 1;
        }
        self.grouped = grouped;
        self.position = vec![0; words];
        self.vocabulary = Vec::with_capacity(words);
        true
    }

    pub(super) fn sort(&mut self, left: &mut usize) -> bool {
        while *left > 0 {
            let Some(&(start, end)) = self.groups.get(self.at) else {
                break;
            };
            let (start, end) = (start as usize, end as usize);
            let ids = &self.ids;
            let group = &mut self.grouped[start..end];
            ids.sort_ids(group);
            // Groups come in key order, so this one starts at `start` in
            // the vocabulary.
            for (i, &id) in group.iter().enumerate() {
                self.position[id as usize] = (start + i) as u32;
                self.vocabulary.push(ids.word(id).to_owned());
            }
            Self::take(left, end - start);
            self.at += 1;
        }
        if self.at < self.groups.len() {
            return false;
        }
        self.grouped = Vec::new();
        self.groups = Vec::new();
        true
    }

    pub(super) fn renumber(&mut self, left: &mut usize) -> bool {
        let n = Self::take(left, self.sequence.len() - self.at);
        let position = &self.position;
        for id in &mut self.sequence[self.at..self.at + n] {
            if *id != FIELD_END {
                *id = position[*id as usize];
            }
        }
        self.at += n;
        self.at == self.sequence.len()
    }
}

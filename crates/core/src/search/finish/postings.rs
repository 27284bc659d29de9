//! Grouping the occurrences by word: each word's occurrences counted,
//! placed in its slots with their BM25 weights, then each word's fields of
//! one episode merged into one posting.

use super::super::occurrences::Posting;
use super::super::weights::{B, K1};
use super::Finish;

impl Finish {
    pub(super) fn count(&mut self, left: &mut usize) -> bool {
        if self.at == 0 {
            self.starts = vec![0; self.position.len() + 1];
        }
        let n = Self::take(left, self.raw.len() - self.at);
        let (position, starts) = (&self.position, &mut self.starts);
        for &(id, _) in &self.raw[self.at..self.at + n] {
            starts[position[id as usize] as usize + 1] += 1;
        }
        self.at += n;
        if self.at < self.raw.len() {
            return false;
        }
        for w in 1..self.starts.len() {
            self.starts[w] += self.starts[w - 1];
        }
        true
    }

    pub(super) fn weigh(&mut self, left: &mut usize) -> bool {
        if self.at == 0 {
            // One buffer, no sorted copy: at 10,000 episodes these lists
            // are millions long, and fresh memory costs page faults.
            self.next = self.starts.clone();
            self.postings = vec![
                Posting {
                    episode: 0,
                    weight: 0.0
                };
                self.raw.len()
            ];
        }
        let n = Self::take(left, self.raw.len() - self.at);
        // Borrowed apart, so the compiler knows the writes touch neither
        // the positions nor the lengths.
        let Self {
            raw,
            position,
            next,
            postings,
            lengths,
            average,
            weights,
            ..
        } = self;
        for &(id, p) in &raw[self.at..self.at + n] {
            let slot = &mut next[position[id as usize] as usize];
            let f = usize::from(p.field);
            let len = lengths[p.episode as usize][f] as f32;
            let norm = 1.0 - B + B * len / average[f].max(1.0);
            let tf = f32::from(p.tf);
            postings[*slot as usize] = Posting {
                episode: p.episode,
                weight: weights.get(f) * tf * (K1 + 1.0) / (tf + K1 * norm),
            };
            *slot += 1;
        }
        self.at += n;
        if self.at < self.raw.len() {
            return false;
        }
        self.raw = Vec::new();
        self.next = Vec::new();
        true
    }

    /// In place, word after word: writing never overtakes reading.
    pub(super) fn merge(&mut self, left: &mut usize) -> bool {
        let words = self.position.len();
        if self.at == 0 {
            self.merged_starts = Vec::with_capacity(words + 1);
        }
        let (starts, postings) = (&self.starts, &mut self.postings);
        let mut write = self.write;
        while self.at < words && *left > 0 {
            let w = self.at;
            self.merged_starts.push(write as u32);
            let first = write;
            let (start, end) = (starts[w] as usize, starts[w + 1] as usize);
            for read in start..end {
                let p = postings[read];
                if write > first && postings[write - 1].episode == p.episode {
                    postings[write - 1].weight += p.weight;
                } else {
                    postings[write] = p;
                    write += 1;
                }
            }
            // A word is done whole, however many occurrences it has.
            Self::take(left, (end - start).max(1));
            self.at += 1;
        }
        self.write = write;
        if self.at < words {
            return false;
        }
        self.postings.truncate(self.write);
        self.merged_starts.push(self.write as u32);
        self.starts = Vec::new();
        self.position = Vec::new();
        true
    }
}

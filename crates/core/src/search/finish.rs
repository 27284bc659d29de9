//! The last part of building the index, in bounded pieces: sorting the
//! vocabulary, renumbering the words by it, and grouping the occurrences by
//! word with their BM25 weights.
//!
//! This is about a quarter of the build (36 ms of 144 natively at 10,000
//! episodes; in Chromium about 80 ms, and 450 ms at 4× CPU throttling), and
//! as one piece it was the one long task of building the index after the
//! list's first paint: a click or scroll in that moment waited for all of
//! it. Each call of [`Finish::work`] now does a bounded amount.

use super::build::RawPosting;
use super::index::{FieldWeights, Index, Posting, B, FIELDS, FIELD_END, K1};
use super::words_table::WordTable;

/// Everything the episodes gave, and how far finishing it has come.
#[derive(Debug)]
pub(super) struct Finish {
    weights: FieldWeights,
    ids: WordTable,
    raw: Vec<(u32, RawPosting)>,
    lengths: Vec<[u32; FIELDS]>,
    sequence: Vec<u32>,
    sequence_starts: Vec<u32>,
    average: [f32; FIELDS],
    phase: Phase,
    /// How far the current phase is (an item index, or a group or word).
    at: usize,
    /// Word ids grouped by their first two bytes, and the groups' bounds.
    grouped: Vec<u32>,
    groups: Vec<(u32, u32)>,
    /// Word id → its place in the sorted vocabulary.
    position: Vec<u32>,
    vocabulary: Vec<String>,
    /// Where each word's occurrences start, and the next free slot of each.
    starts: Vec<u32>,
    next: Vec<u32>,
    postings: Vec<Posting>,
    merged_starts: Vec<u32>,
    write: usize,
}

/// The steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Group the words by their first two bytes (a counting sort).
    Group,
    /// Sort each group by the whole word.
    Sort,
    /// Renumber the per-episode word sequences by sorted position.
    Renumber,
    /// Count each word's occurrences.
    Count,
    /// Place and weigh each occurrence in its word's slots.
    Weigh,
    /// Merge each word's fields of one episode into one posting.
    Merge,
    Done,
}

/// The two-byte key the words are grouped by: byte order, with a missing
/// second byte first (no word holds a zero byte).
fn key(word: &str) -> usize {
    let b = word.as_bytes();
    (usize::from(b.first().copied().unwrap_or(0)) << 8)
        | usize::from(b.get(1).copied().unwrap_or(0))
}

impl Finish {
    /// Starts finishing what the episodes gave.
    pub(super) fn new(
        weights: FieldWeights,
        ids: WordTable,
        raw: Vec<(u32, RawPosting)>,
        lengths: Vec<[u32; FIELDS]>,
        sequence: Vec<u32>,
        mut sequence_starts: Vec<u32>,
    ) -> Self {
        sequence_starts.push(sequence.len() as u32);
        let n = lengths.len().max(1) as f32;
        let mut average = [0f32; FIELDS];
        for length in &lengths {
            for f in 0..FIELDS {
                average[f] += length[f] as f32 / n;
            }
        }
        Self {
            weights,
            ids,
            raw,
            lengths,
            sequence,
            sequence_starts,
            average,
            phase: Phase::Group,
            at: 0,
            grouped: Vec::new(),
            groups: Vec::new(),
            position: Vec::new(),
            vocabulary: Vec::new(),
            starts: Vec::new(),
            next: Vec::new(),
            postings: Vec::new(),
            merged_starts: Vec::new(),
            write: 0,
        }
    }

    /// How many episodes were indexed.
    pub(super) fn episodes(&self) -> usize {
        self.lengths.len()
    }

    /// Does about `budget` items of work (words or occurrences); true once
    /// the index is complete.
    pub(super) fn work(&mut self, budget: usize) -> bool {
        let mut left = budget.max(1);
        while self.phase != Phase::Done && left > 0 {
            let done = match self.phase {
                Phase::Group => self.group(&mut left),
                Phase::Sort => self.sort(&mut left),
                Phase::Renumber => self.renumber(&mut left),
                Phase::Count => self.count(&mut left),
                Phase::Weigh => self.weigh(&mut left),
                Phase::Merge => self.merge(&mut left),
                Phase::Done => true,
            };
            if done {
                self.phase = match self.phase {
                    Phase::Group => Phase::Sort,
                    Phase::Sort => Phase::Renumber,
                    Phase::Renumber => Phase::Count,
                    Phase::Count => Phase::Weigh,
                    Phase::Weigh => Phase::Merge,
                    Phase::Merge | Phase::Done => Phase::Done,
                };
                self.at = 0;
            }
        }
        self.phase == Phase::Done
    }

    /// The finished index (finishing what is left first).
    pub(super) fn into_index(mut self) -> Index {
        self.work(usize::MAX);
        Index {
            vocabulary: self.vocabulary,
            postings: self.postings,
            posting_starts: self.merged_starts,
            sequence: self.sequence,
            sequence_starts: self.sequence_starts,
            episodes: self.lengths.len(),
            recent: Default::default(),
        }
    }

    /// Takes up to `remaining` items from the budget: how many to do now.
    fn take(left: &mut usize, remaining: usize) -> usize {
        let n = remaining.min(*left);
        *left -= n;
        n
    }

    fn group(&mut self, left: &mut usize) -> bool {
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

    fn sort(&mut self, left: &mut usize) -> bool {
        while *left > 0 {
            let Some(&(start, end)) = self.groups.get(self.at) else {
                break;
            };
            let (start, end) = (start as usize, end as usize);
            let ids = &self.ids;
            let group = &mut self.grouped[start..end];
            // By bytes, which order as the words do (and need no UTF-8 check).
            group.sort_unstable_by(|&a, &b| ids.bytes_of(a).cmp(ids.bytes_of(b)));
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

    fn renumber(&mut self, left: &mut usize) -> bool {
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

    fn count(&mut self, left: &mut usize) -> bool {
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

    fn weigh(&mut self, left: &mut usize) -> bool {
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
    fn merge(&mut self, left: &mut usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::super::build::IndexBuilder;
    use super::super::index::{FieldWeights, Index};
    use crate::parse_manifest;

    /// Words of many first bytes and lengths: one letter, shared prefixes,
    /// digits, accents (folded away), Greek, Cyrillic and CJK (several
    /// bytes each).
    fn archive() -> crate::Archive {
        let titles = [
            "a ab abc b ba zebra z9 9 10 100",
            "École über ça Ωmega ωmega москва Москва 東京 東",
            "the common words of a post about deep learning",
            "ab abd abe zz ζ ж 日本",
        ];
        let episodes: Vec<String> = titles
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(r#"{{"id": "e{i}", "title": "{t}", "summary": "{t} summary {i}"}}"#)
            })
            .collect();
        parse_manifest(&format!(
            r#"{{"version": 1, "title": "Words", "episodes": [{}]}}"#,
            episodes.join(",")
        ))
        .expect("valid")
    }

    #[test]
    fn the_vocabulary_is_sorted_by_bytes_across_groups() {
        let index = Index::build(&archive().episodes);
        let words = &index.vocabulary;
        assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
        for w in [
            "a",
            "ab",
            "abc",
            "ecole",
            "uber",
            "ca",
            "ωmega",
            "москва",
            "東京",
            "東",
            "9",
            "100",
        ] {
            assert!(words.iter().any(|v| v == w), "{w} in {words:?}");
        }
    }

    #[test]
    fn finishing_in_pieces_of_any_size_gives_the_same_index() {
        let archive = archive();
        let whole = Index::build(&archive.episodes);
        for budget in [1, 2, 7, 64, usize::MAX] {
            let mut builder = IndexBuilder::new(&archive.episodes, FieldWeights::default());
            let mut calls = 1;
            while !builder.step(&archive.episodes, budget) {
                calls += 1;
            }
            assert!(calls > 1, "budget {budget}");
            assert_eq!(builder.finish(&archive.episodes), whole, "budget {budget}");
        }
        // Stopped in the middle of each phase, finished at once.
        for stop in 1..40 {
            let mut builder = IndexBuilder::new(&archive.episodes, FieldWeights::default());
            for _ in 0..stop {
                builder.step(&archive.episodes, 1);
            }
            assert_eq!(
                builder.finish(&archive.episodes),
                whole,
                "stopped after {stop}"
            );
        }
    }

    #[test]
    fn small_budgets_finish_in_many_pieces() {
        let mut finish = {
            let archive = archive();
            let mut builder = IndexBuilder::new(&archive.episodes, FieldWeights::default());
            builder.step(&archive.episodes, usize::MAX);
            builder.finishing.take().expect("all episodes in")
        };
        let mut calls = 0;
        while !finish.work(16) {
            calls += 1;
        }
        // Every phase's items (words, word positions, occurrences) in
        // pieces of 16: far more than one call per phase.
        assert!(calls > 6 * 2, "{calls} calls");
    }
}

//! The last part of building the index, in bounded pieces: sorting the
//! vocabulary, renumbering the words by it, and grouping the occurrences by
//! word with their BM25 weights.
//!
//! This is about a quarter of the build, too long for one task on a slow
//! phone (a click or scroll would wait for all of it; BENCHMARKS.md has the
//! figures), so each call of [`Finish::work`] does a bounded amount.
//!
//! - [`vocabulary`]: the words sorted, and the word sequences renumbered.
//! - [`postings`]: the occurrences counted, weighed and merged per word.

mod postings;
mod vocabulary;

use super::index::{FieldWeights, Index};
use super::occurrences::{Posting, RawPosting};
use super::weights::FIELDS;
use crate::words_table::WordTable;

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
        }
    }

    /// Takes up to `remaining` items from the budget: how many to do now.
    fn take(left: &mut usize, remaining: usize) -> usize {
        let n = remaining.min(*left);
        *left -= n;
        n
    }
}

#[cfg(test)]
mod tests;

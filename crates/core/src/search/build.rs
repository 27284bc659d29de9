//! Building the index, all at once or a slice of episodes at a time (the
//! widget builds it in slices after the list's first paint, so a large
//! archive never freezes the page for the whole build).

use std::borrow::Cow;

use super::index::{FieldWeights, Index, Posting, B, FIELDS, FIELD_END, K1};
use super::words;
use super::words_table::WordTable;
use crate::fold::fold_word_into;
use crate::html_policy::searchable_text;
use crate::model::{BodyFormat, Episode};

/// An occurrence count while building: episode, field, term frequency.
#[derive(Debug, Clone, Copy)]
struct RawPosting {
    episode: u32,
    field: u8,
    tf: u16,
}

/// An index being built. Words get ids as they are met; [`finish`] sorts
/// the vocabulary and maps the ids to sorted positions. Occurrences go to
/// one flat list, counted in place: `last[id]` is the episode and field of
/// the word's latest occurrence and where it is in that list; episodes and
/// fields are visited in order, so a repeat is always that one.
///
/// [`finish`]: IndexBuilder::finish
#[derive(Debug)]
pub struct IndexBuilder {
    weights: FieldWeights,
    ids: WordTable,
    last: Vec<(u32, u32)>,
    raw: Vec<(u32, RawPosting)>,
    lengths: Vec<[u32; FIELDS]>,
    sequence: Vec<u32>,
    sequence_starts: Vec<u32>,
    folded: String,
}

impl IndexBuilder {
    /// A builder for `episodes` (used for sizing; pass the same slice to
    /// every call).
    pub fn new(episodes: &[Episode], weights: FieldWeights) -> Self {
        // About one word per 6-7 bytes of prose, and a posting per 1.5 words
        // of a post: reserving once spares the copies of repeated growth.
        let text_bytes: usize = episodes
            .iter()
            .map(|e| e.title.len() + e.summary.len() + e.body.as_ref().map_or(0, String::len))
            .sum();
        Self {
            weights,
            ids: WordTable::default(),
            last: Vec::new(),
            raw: Vec::with_capacity(text_bytes / 10),
            lengths: Vec::with_capacity(episodes.len()),
            sequence: Vec::with_capacity(text_bytes / 6),
            sequence_starts: Vec::with_capacity(episodes.len() + 1),
            folded: String::new(),
        }
    }

    /// How many episodes are indexed so far.
    pub fn done(&self) -> usize {
        self.lengths.len()
    }

    /// Indexes up to `count` more of `episodes`; true once all are in.
    pub fn step(&mut self, episodes: &[Episode], count: usize) -> bool {
        let start = self.done();
        for (idx, episode) in episodes.iter().enumerate().skip(start).take(count) {
            self.add(idx as u32, episode);
        }
        self.done() >= episodes.len()
    }

    fn add(&mut self, idx: u32, episode: &Episode) {
        let mut length = [0u32; FIELDS];
        self.sequence_starts.push(self.sequence.len() as u32);
        for (field, text) in field_texts(episode).iter().enumerate() {
            let field_id = field as u8;
            for (start, end) in words(text) {
                let word = &text[start..end];
                // Lower-case ASCII words (most) are their own key.
                let key = if word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                {
                    word
                } else {
                    fold_word_into(word, &mut self.folded);
                    self.folded.as_str()
                };
                let id = self.ids.intern(key);
                if id as usize == self.last.len() {
                    self.last.push((u32::MAX, 0));
                }
                self.sequence.push(id);
                length[field] += 1;
                // Checked against `last` (small, in cache), not against the
                // posting itself (somewhere in a large list).
                let here = (idx << 3) | u32::from(field_id);
                let seen = &mut self.last[id as usize];
                if seen.0 == here {
                    let p = &mut self.raw[seen.1 as usize].1;
                    p.tf = p.tf.saturating_add(1);
                } else {
                    *seen = (here, self.raw.len() as u32);
                    self.raw.push((
                        id,
                        RawPosting {
                            episode: idx,
                            field: field_id,
                            tf: 1,
                        },
                    ));
                }
            }
            self.sequence.push(FIELD_END);
        }
        self.lengths.push(length);
    }

    /// Indexes what is left of `episodes` and makes the index.
    pub fn finish(mut self, episodes: &[Episode]) -> Index {
        self.step(episodes, usize::MAX);
        let Self {
            weights,
            ids,
            raw,
            lengths,
            mut sequence,
            mut sequence_starts,
            ..
        } = self;
        sequence_starts.push(sequence.len() as u32);
        let n = lengths.len().max(1) as f32;
        let mut average = [0f32; FIELDS];
        for length in &lengths {
            for f in 0..FIELDS {
                average[f] += length[f] as f32 / n;
            }
        }
        let mut by_word: Vec<(&str, u32)> =
            (0..ids.len() as u32).map(|id| (ids.word(id), id)).collect();
        by_word.sort_unstable();
        let mut position = vec![0u32; by_word.len()];
        let vocabulary: Vec<String> = by_word
            .into_iter()
            .enumerate()
            .map(|(sorted, (word, id))| {
                position[id as usize] = sorted as u32;
                word.to_owned()
            })
            .collect();
        for id in sequence.iter_mut().filter(|id| **id != FIELD_END) {
            *id = position[*id as usize];
        }
        let (postings, posting_starts) =
            group_by_word(&raw, &position, &lengths, &average, &weights);
        Index {
            vocabulary,
            postings,
            posting_starts,
            sequence,
            sequence_starts,
            episodes: lengths.len(),
            recent: Default::default(),
        }
    }
}

fn field_texts(episode: &Episode) -> [Cow<'_, str>; FIELDS] {
    let html = episode.body_format == BodyFormat::Html;
    fn text(s: &str, html: bool) -> Cow<'_, str> {
        if html {
            Cow::Owned(searchable_text(s))
        } else {
            Cow::Borrowed(s)
        }
    }
    let join = |items: Vec<&str>| Cow::Owned(items.join("\n"));
    [
        Cow::Borrowed(episode.title.as_str()),
        join(episode.guests.iter().map(|g| g.name.as_str()).collect()),
        join(episode.categories.iter().map(String::as_str).collect()),
        text(&episode.summary, html),
        episode
            .body
            .as_deref()
            .map(|b| text(b, html))
            .unwrap_or_default(),
        join(
            episode
                .references
                .iter()
                .map(|r| r.title.as_str())
                .collect(),
        ),
    ]
}

/// Groups the occurrences by word (in vocabulary order, by a counting
/// sort, which keeps each word's in episode order) and weighs them: per
/// episode, the sum over fields of the field's weight × BM25's saturated,
/// length-normalised term frequency. Returns the postings and where each
/// word's start.
fn group_by_word(
    raw: &[(u32, RawPosting)],
    position: &[u32],
    lengths: &[[u32; FIELDS]],
    average: &[f32; FIELDS],
    weights: &FieldWeights,
) -> (Vec<Posting>, Vec<u32>) {
    let mut starts = vec![0u32; position.len() + 1];
    for &(id, _) in raw {
        starts[position[id as usize] as usize + 1] += 1;
    }
    for w in 1..starts.len() {
        starts[w] += starts[w - 1];
    }
    // Each occurrence weighed into its word's slot (one buffer, no sorted
    // copy: at 10,000 episodes these lists are millions long, and fresh
    // memory costs page faults)...
    let mut next = starts.clone();
    let mut postings = vec![
        Posting {
            episode: 0,
            weight: 0.0
        };
        raw.len()
    ];
    for &(id, p) in raw {
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
    // ...then, in place, each word's fields of one episode merged into one
    // posting (writing never overtakes reading).
    let mut merged_starts = Vec::with_capacity(starts.len());
    let mut write = 0;
    for w in 0..position.len() {
        merged_starts.push(write as u32);
        let first = write;
        for read in starts[w] as usize..starts[w + 1] as usize {
            let p = postings[read];
            if write > first && postings[write - 1].episode == p.episode {
                postings[write - 1].weight += p.weight;
            } else {
                postings[write] = p;
                write += 1;
            }
        }
    }
    postings.truncate(write);
    merged_starts.push(write as u32);
    (postings, merged_starts)
}

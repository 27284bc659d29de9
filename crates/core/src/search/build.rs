//! Building the index, all at once or a slice of episodes at a time (the
//! widget builds it in slices after the list's first paint, so a large
//! archive never freezes the page for the whole build).

use std::borrow::Cow;

use super::finish::Finish;
use super::index::{FieldWeights, Index};
use super::occurrences::{RawPosting, FIELD_END};
use super::weights::FIELDS;
use super::words;
use crate::fold::fold_word_into;
use crate::html_policy::searchable_text;
use crate::model::{BodyFormat, Episode};
use crate::words_table::WordTable;

/// An index being built. Words get ids as they are met; finishing sorts
/// the vocabulary and maps the ids to sorted positions. Occurrences go to
/// one flat list, counted in place: `last[id]` is the episode and field of
/// the word's latest occurrence and where it is in that list; episodes and
/// fields are visited in order, so a repeat is always that one.
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
    /// Once every episode is in: the rest of the work, in pieces.
    pub(super) finishing: Option<Finish>,
}

/// Items of finishing work (words or occurrences) per episode of a step:
/// an episode of the generated archives adds about 270 words, and finishing
/// one item costs less than adding one.
const FINISH_ITEMS_PER_EPISODE: usize = 256;

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
            finishing: None,
        }
    }

    /// How many episodes are indexed so far.
    pub fn done(&self) -> usize {
        self.finishing
            .as_ref()
            .map_or(self.lengths.len(), Finish::episodes)
    }

    /// Indexes up to `count` more of `episodes` or, once all are in, does
    /// about as much of the finishing work (sorting the vocabulary,
    /// grouping the occurrences by word); true once the index is complete
    /// and [`finish`](Self::finish) only assembles it.
    pub fn step(&mut self, episodes: &[Episode], count: usize) -> bool {
        match &mut self.finishing {
            Some(finishing) => finishing.work(count.saturating_mul(FINISH_ITEMS_PER_EPISODE)),
            None => {
                self.add_up_to(episodes, count);
                false
            }
        }
    }

    /// Indexes up to `count` more episodes; once all are in, starts the
    /// finishing work.
    fn add_up_to(&mut self, episodes: &[Episode], count: usize) {
        let start = self.lengths.len();
        for (idx, episode) in episodes.iter().enumerate().skip(start).take(count) {
            self.add(idx as u32, episode);
        }
        if self.lengths.len() >= episodes.len() {
            self.finishing = Some(self.start_finishing());
        }
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

    /// Indexes what is left of `episodes` and makes the index, finishing
    /// at once whatever finishing work is left.
    pub fn finish(mut self, episodes: &[Episode]) -> Index {
        if self.finishing.is_none() {
            self.add_up_to(episodes, usize::MAX);
        }
        let finishing = match self.finishing.take() {
            Some(finishing) => finishing,
            None => self.start_finishing(),
        };
        finishing.into_index()
    }

    /// Hands everything the episodes gave to the finishing work (and lets
    /// go of what only adding needed).
    fn start_finishing(&mut self) -> Finish {
        use std::mem::take;
        self.last = Vec::new();
        self.folded = String::new();
        Finish::new(
            self.weights,
            take(&mut self.ids),
            take(&mut self.raw),
            take(&mut self.lengths),
            take(&mut self.sequence),
            take(&mut self.sequence_starts),
        )
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
        // Tags weigh as categories do: both name what an episode is about.
        join(
            episode
                .categories
                .iter()
                .chain(&episode.tags)
                .map(String::as_str)
                .collect(),
        ),
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

/// Building an index in one go.
impl Index {
    /// Indexes every episode with the default weights.
    pub fn build(episodes: &[Episode]) -> Self {
        Self::with_weights(episodes, FieldWeights::default())
    }

    /// Indexes every episode.
    pub fn with_weights(episodes: &[Episode], weights: FieldWeights) -> Self {
        IndexBuilder::new(episodes, weights).finish(episodes)
    }
}

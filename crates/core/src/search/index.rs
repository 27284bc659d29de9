//! The inverted index and its ranking: BM25 over six weighted fields, with
//! exact matches above prefix matches above typo matches.

use std::borrow::Cow;
use std::ops::Range;

use super::fuzzy::{allowed_edits, similar_words};
use super::query::Query;
use super::words;
use super::words_table::WordTable;
use crate::archive::EpisodeIdx;
use crate::html_policy::searchable_text;
use crate::model::{BodyFormat, Episode};

/// How much a match in each field counts. The order is the product's:
/// a word in the title says more about an episode than one in its body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldWeights {
    /// The episode's title.
    pub title: f32,
    /// Guests' names.
    pub guests: f32,
    /// Category names.
    pub categories: f32,
    /// The summary.
    pub summary: f32,
    /// The full post, when inline.
    pub body: f32,
    /// Titles of references.
    pub references: f32,
}

impl Default for FieldWeights {
    fn default() -> Self {
        Self {
            title: 5.0,
            guests: 3.0,
            categories: 3.0,
            summary: 2.0,
            body: 1.0,
            references: 0.5,
        }
    }
}

impl FieldWeights {
    fn get(&self, field: usize) -> f32 {
        [
            self.title,
            self.guests,
            self.categories,
            self.summary,
            self.body,
            self.references,
        ][field]
    }
}

const FIELDS: usize = 6;
/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// Score factors by kind of match: a word being typed that is a prefix of
/// the indexed word, and one or two typos.
const PREFIX: f32 = 0.8;
const ONE_TYPO: f32 = 0.5;
const TWO_TYPOS: f32 = 0.3;

/// Where a word occurs: one episode, with the word's BM25 term weight
/// summed over the episode's fields (field weights and length
/// normalisation applied at build time; the word's idf is applied per
/// query).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Posting {
    episode: u32,
    weight: f32,
}

/// An occurrence count while building: episode, field, term frequency.
#[derive(Debug, Clone, Copy)]
struct RawPosting {
    episode: u32,
    field: u8,
    tf: u16,
}

/// Separates fields in an episode's word sequence, so a phrase never
/// spans two fields. No word has this index.
const FIELD_END: u32 = u32::MAX;

/// One matching episode and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SearchHit {
    /// The episode.
    pub episode: EpisodeIdx,
    /// Its relevance; higher is better.
    pub score: f32,
}

/// An archive's search index.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// Every indexed (folded) word, sorted, for prefix ranges.
    vocabulary: Vec<String>,
    /// Every word's postings, word after word in `vocabulary` order, each
    /// word's in episode order. One allocation rather than one per word.
    postings: Vec<Posting>,
    /// Where each word's postings start in `postings` (one more entry than
    /// words, for the end of the last).
    posting_starts: Vec<u32>,
    /// Every episode's words as `vocabulary` positions, field after field
    /// (each field ended by [`FIELD_END`]), to check phrases.
    sequence: Vec<u32>,
    /// Where each episode's words start in `sequence` (plus the end).
    sequence_starts: Vec<u32>,
    /// How many episodes were indexed.
    episodes: usize,
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

impl Index {
    /// Indexes every episode with the default weights.
    pub fn build(episodes: &[Episode]) -> Self {
        Self::with_weights(episodes, FieldWeights::default())
    }

    /// Indexes every episode.
    pub fn with_weights(episodes: &[Episode], weights: FieldWeights) -> Self {
        // Words get ids as they are met; the vocabulary is sorted at the end
        // and the ids mapped to sorted positions. Occurrences go to one flat
        // list, counted in place: `last[id]` is the episode and field of the
        // word's latest occurrence and where it is in that list; episodes
        // and fields are visited in order, so a repeat is always that one.
        let mut ids = WordTable::default();
        let mut last: Vec<(u32, u32)> = Vec::new();
        let mut raw: Vec<(u32, RawPosting)> = Vec::new();
        let mut lengths: Vec<[u32; FIELDS]> = Vec::with_capacity(episodes.len());
        // About one word per 6-7 bytes of prose, and a posting per 1.5 words
        // of a post: reserving once spares the copies of repeated growth.
        let text_bytes: usize = episodes
            .iter()
            .map(|e| e.title.len() + e.summary.len() + e.body.as_ref().map_or(0, String::len))
            .sum();
        raw.reserve(text_bytes / 10);
        let mut sequence: Vec<u32> = Vec::with_capacity(text_bytes / 6);
        let mut sequence_starts: Vec<u32> = Vec::with_capacity(episodes.len() + 1);
        let mut folded = String::new();
        for (idx, episode) in episodes.iter().enumerate() {
            let idx = idx as u32;
            let mut length = [0u32; FIELDS];
            sequence_starts.push(sequence.len() as u32);
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
                        fold_into(word, &mut folded);
                        folded.as_str()
                    };
                    let id = ids.intern(key);
                    if id as usize == last.len() {
                        last.push((u32::MAX, 0));
                    }
                    sequence.push(id);
                    length[field] += 1;
                    // Checked against `seen` (small, in cache), not against
                    // the posting itself (somewhere in a large list).
                    let here = (idx << 3) | u32::from(field_id);
                    let seen = &mut last[id as usize];
                    if seen.0 == here {
                        let p = &mut raw[seen.1 as usize].1;
                        p.tf = p.tf.saturating_add(1);
                    } else {
                        *seen = (here, raw.len() as u32);
                        raw.push((
                            id,
                            RawPosting {
                                episode: idx,
                                field: field_id,
                                tf: 1,
                            },
                        ));
                    }
                }
                sequence.push(FIELD_END);
            }
            lengths.push(length);
        }
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
        Self {
            vocabulary,
            postings,
            posting_starts,
            sequence,
            sequence_starts,
            episodes: episodes.len(),
        }
    }

    /// One word's postings.
    fn postings_of(&self, word: usize) -> &[Posting] {
        let start = self.posting_starts[word] as usize;
        let end = self.posting_starts[word + 1] as usize;
        &self.postings[start..end]
    }

    /// One episode's word sequence.
    fn sequence_of(&self, episode: usize) -> &[u32] {
        let start = self.sequence_starts[episode] as usize;
        let end = self.sequence_starts[episode + 1] as usize;
        &self.sequence[start..end]
    }

    /// How many distinct words are indexed.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }

    /// The vocabulary positions of the words starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> Range<usize> {
        let start = self.vocabulary.partition_point(|w| w.as_str() < prefix);
        let len = self.vocabulary[start..].partition_point(|w| w.starts_with(prefix));
        start..start + len
    }

    /// Indexed words matching a query word, each with its match factor.
    fn matching_words(&self, word: &str, prefix: bool) -> Vec<(usize, f32)> {
        let exact = if prefix {
            self.prefix_range(word)
        } else {
            match self.vocabulary.binary_search_by(|w| w.as_str().cmp(word)) {
                Ok(i) => i..i + 1,
                Err(_) => 0..0,
            }
        };
        let mut found: Vec<(usize, f32)> = exact
            .clone()
            .map(|i| {
                (
                    i,
                    if self.vocabulary[i] == word {
                        1.0
                    } else {
                        PREFIX
                    },
                )
            })
            .collect();
        let edits = allowed_edits(word.chars().count());
        if edits > 0 {
            similar_words(&self.vocabulary, word, edits, |i, d| {
                if d > 0 && !exact.contains(&i) {
                    found.push((i, if d == 1 { ONE_TYPO } else { TWO_TYPOS }));
                }
            });
        }
        found
    }

    /// Adds, per episode, one indexed word's score times `factor` into
    /// `best`, keeping the best variant's score.
    fn add_word_scores(&self, word: usize, factor: f32, best: &mut [f32], touched: &mut Vec<u32>) {
        let n = self.episodes as f32;
        let postings = self.postings_of(word);
        let df = postings.len() as f32;
        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln() * factor;
        for p in postings {
            let slot = &mut best[p.episode as usize];
            if *slot == 0.0 {
                touched.push(p.episode);
            }
            *slot = slot.max(p.weight * idf);
        }
    }

    /// Episodes matching every word, every phrase and no excluded word,
    /// with their scores, in episode order (the caller ranks them).
    pub fn search(&self, query: &Query) -> Vec<SearchHit> {
        let n = self.episodes;
        let last = query.words.len().saturating_sub(1);
        // Dense arrays, not maps: a query touches many postings.
        let mut total = vec![0f32; n];
        let mut matched_words = vec![0u16; n];
        let mut best = vec![0f32; n];
        let mut touched = Vec::new();
        for (i, word) in query.words.iter().enumerate() {
            let prefix = query.last_is_prefix && i == last;
            for (w, factor) in self.matching_words(word, prefix) {
                self.add_word_scores(w, factor, &mut best, &mut touched);
            }
            for &episode in &touched {
                let e = episode as usize;
                total[e] += best[e];
                matched_words[e] += 1;
                best[e] = 0.0;
            }
            touched.clear();
        }
        let needed = query.words.len() as u16;
        for word in &query.excluded {
            if let Ok(w) = self.vocabulary.binary_search(word) {
                for p in self.postings_of(w) {
                    // Never equal to a word count: excluded.
                    matched_words[p.episode as usize] = u16::MAX;
                }
            }
        }
        let mut hits: Vec<SearchHit> = (0..n)
            .filter(|&e| matched_words[e] == needed)
            .map(|e| SearchHit {
                episode: e,
                score: total[e],
            })
            .collect();
        for (i, phrase) in query.phrases.iter().enumerate() {
            // A phrase still being typed may end in a partial word.
            let open = query.last_is_prefix
                && i + 1 == query.phrases.len()
                && query.words.ends_with(phrase);
            let ranges: Option<Vec<Range<usize>>> = phrase
                .iter()
                .enumerate()
                .map(|(j, word)| {
                    let range = if open && j + 1 == phrase.len() {
                        self.prefix_range(word)
                    } else {
                        let i = self.vocabulary.binary_search(word).ok()?;
                        i..i + 1
                    };
                    (!range.is_empty()).then_some(range)
                })
                .collect();
            match ranges {
                Some(ranges) => {
                    hits.retain(|h| contains_phrase(self.sequence_of(h.episode), &ranges))
                }
                None => hits.clear(),
            }
        }
        hits
    }
}

/// Whether `sequence` has consecutive words in each of `ranges`, in order.
/// The first word anchors the scan: a tight loop of one subtraction and one
/// comparison per word, since a phrase's candidates can be thousands of
/// long posts.
fn contains_phrase(sequence: &[u32], ranges: &[Range<usize>]) -> bool {
    let Some((first, rest)) = ranges.split_first() else {
        return true;
    };
    let (lo, len) = (first.start as u32, first.len() as u32);
    let starts = sequence.len().saturating_sub(rest.len());
    sequence[..starts]
        .iter()
        .enumerate()
        .filter(|&(_, &id)| id.wrapping_sub(lo) < len)
        .any(|(k, _)| {
            rest.iter()
                .zip(&sequence[k + 1..])
                .all(|(range, &id)| range.contains(&(id as usize)))
        })
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

/// Folds one word into `out` (reused between calls): ASCII words need no
/// Unicode tables, and most words of most archives are ASCII.
fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&crate::fold::fold(word));
    }
}

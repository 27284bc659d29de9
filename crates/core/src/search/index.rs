//! The inverted index and its ranking: BM25 over six weighted fields, with
//! exact matches above prefix matches above typo matches.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::fuzzy::{allowed_edits, within};
use super::query::Query;
use super::words;
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

#[derive(Debug, Clone, Copy, PartialEq)]
struct Posting {
    episode: u32,
    field: u8,
    tf: u16,
}

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
    /// Per word of `vocabulary`, where it occurs.
    postings: Vec<Vec<Posting>>,
    /// Per word, in how many episodes.
    doc_freq: Vec<u32>,
    /// Per episode, words per field.
    lengths: Vec<[u32; FIELDS]>,
    /// Average words per field.
    average: [f32; FIELDS],
    /// Per episode, its fields' words joined (" a b c " per field, fields
    /// separated by a control character), to check phrases.
    phrase_text: Vec<String>,
    weights: FieldWeights,
}

fn field_texts(episode: &Episode) -> [String; FIELDS] {
    let html = episode.body_format == BodyFormat::Html;
    let text = |s: &str| {
        if html {
            searchable_text(s)
        } else {
            s.to_owned()
        }
    };
    let join = |items: Vec<&str>| items.join("\n");
    [
        episode.title.clone(),
        join(episode.guests.iter().map(|g| g.name.as_str()).collect()),
        join(episode.categories.iter().map(String::as_str).collect()),
        text(&episode.summary),
        episode.body.as_deref().map(text).unwrap_or_default(),
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
        // Words get ids as they are met; the vocabulary is sorted at the end.
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut lengths = Vec::with_capacity(episodes.len());
        let mut phrase_text = Vec::with_capacity(episodes.len());
        let mut counts: FxHashMap<(u32, u8), u16> = FxHashMap::default();
        let mut folded = String::new();
        for (idx, episode) in episodes.iter().enumerate() {
            counts.clear();
            let mut length = [0u32; FIELDS];
            let mut phrase = String::new();
            for (field, text) in field_texts(episode).iter().enumerate() {
                phrase.push(' ');
                for (start, end) in words(text) {
                    fold_into(&text[start..end], &mut folded);
                    phrase.push_str(&folded);
                    phrase.push(' ');
                    length[field] += 1;
                    let id = match ids.get(folded.as_str()) {
                        Some(&id) => id,
                        None => {
                            let id = postings.len() as u32;
                            ids.insert(folded.clone(), id);
                            postings.push(Vec::new());
                            id
                        }
                    };
                    let tf = counts.entry((id, field as u8)).or_default();
                    *tf = tf.saturating_add(1);
                }
                phrase.push('\u{1f}');
            }
            for (&(id, field), &tf) in &counts {
                postings[id as usize].push(Posting {
                    episode: idx as u32,
                    field,
                    tf,
                });
            }
            lengths.push(length);
            phrase_text.push(phrase);
        }
        let mut by_word: Vec<(String, u32)> = ids.into_iter().collect();
        by_word.sort_unstable();
        let mut vocabulary = Vec::with_capacity(by_word.len());
        let mut sorted_postings = Vec::with_capacity(by_word.len());
        for (word, id) in by_word {
            let mut p = std::mem::take(&mut postings[id as usize]);
            p.sort_unstable_by_key(|p| (p.episode, p.field));
            vocabulary.push(word);
            sorted_postings.push(p);
        }
        let doc_freq = sorted_postings
            .iter()
            .map(|p| {
                let mut eps: Vec<u32> = p.iter().map(|p| p.episode).collect();
                eps.dedup();
                eps.len() as u32
            })
            .collect();
        let n = lengths.len().max(1) as f32;
        let mut average = [0f32; FIELDS];
        for length in &lengths {
            for f in 0..FIELDS {
                average[f] += length[f] as f32 / n;
            }
        }
        Self {
            vocabulary,
            postings: sorted_postings,
            doc_freq,
            lengths,
            average,
            phrase_text,
            weights,
        }
    }

    /// How many distinct words are indexed.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }

    /// Indexed words matching a query word, each with its match factor.
    fn matching_words(&self, word: &str, prefix: bool) -> Vec<(usize, f32)> {
        let mut found: HashMap<usize, f32> = HashMap::new();
        let start = self.vocabulary.partition_point(|w| w.as_str() < word);
        if prefix {
            for (i, w) in self.vocabulary[start..].iter().enumerate() {
                if !w.starts_with(word) {
                    break;
                }
                found.insert(start + i, if w == word { 1.0 } else { PREFIX });
            }
        } else if self.vocabulary.get(start).is_some_and(|w| w == word) {
            found.insert(start, 1.0);
        }
        let edits = allowed_edits(word.chars().count());
        if edits > 0 {
            let len = word.chars().count();
            for (i, w) in self.vocabulary.iter().enumerate() {
                if found.contains_key(&i) || w.len().abs_diff(word.len()) > edits * 4 {
                    continue;
                }
                if w.chars().count().abs_diff(len) > edits {
                    continue;
                }
                if let Some(d) = within(word, w, edits) {
                    found.insert(i, if d == 1 { ONE_TYPO } else { TWO_TYPOS });
                }
            }
        }
        found.into_iter().collect()
    }

    /// Adds, per episode, the BM25 score of one indexed word over all its
    /// fields times `factor` into `best`, keeping the best variant's score.
    fn add_word_scores(&self, word: usize, factor: f32, best: &mut [f32], touched: &mut Vec<u32>) {
        let n = self.lengths.len() as f32;
        let df = self.doc_freq[word] as f32;
        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        // Postings are sorted by episode: sum each episode's run of fields.
        let postings = &self.postings[word];
        let mut i = 0;
        while i < postings.len() {
            let episode = postings[i].episode;
            let mut score = 0.0;
            while i < postings.len() && postings[i].episode == episode {
                let p = postings[i];
                let f = usize::from(p.field);
                let len = self.lengths[episode as usize][f] as f32;
                let norm = 1.0 - B + B * len / self.average[f].max(1.0);
                let tf = f32::from(p.tf);
                score += self.weights.get(f) * idf * tf * (K1 + 1.0) / (tf + K1 * norm);
                i += 1;
            }
            let slot = &mut best[episode as usize];
            if *slot == 0.0 {
                touched.push(episode);
            }
            *slot = slot.max(score * factor);
        }
    }

    /// Episodes matching every word, every phrase and no excluded word,
    /// with their scores, in episode order (the caller ranks them).
    pub fn search(&self, query: &Query) -> Vec<SearchHit> {
        let n = self.lengths.len();
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
                for p in &self.postings[w] {
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
            let needle = format!(" {}{}", phrase.join(" "), if open { "" } else { " " });
            hits.retain(|h| self.phrase_text[h.episode].contains(&needle));
        }
        hits
    }
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

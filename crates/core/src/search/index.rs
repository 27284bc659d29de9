//! The inverted index and its ranking: BM25 over six weighted fields, with
//! exact matches above prefix matches above typo matches.

use std::ops::Range;

use super::fulltext::{self, FullText};
use super::fuzzy::{allowed_edits, run_len, similar_words};
use super::occurrences::Posting;
use super::query::Query;
pub use super::weights::FieldWeights;
use super::weights::{ONE_TYPO, PREFIX, TWO_TYPOS};
use super::word_cache::{Matches, WordCache};
use crate::episode_idx::EpisodeIdx;

/// One matching episode and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SearchHit {
    /// The episode.
    pub episode: EpisodeIdx,
    /// Its relevance; higher is better.
    pub score: f32,
    /// Whether a query word (or phrase) was found only in the post kept
    /// out of the manifest (the full-text index): the card shows where.
    pub in_body: bool,
}

/// An archive's search index.
///
/// Its fields are filled by [`IndexBuilder::finish`](super::IndexBuilder::finish).
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// Every indexed (folded) word, sorted, for prefix ranges.
    pub(super) vocabulary: Vec<String>,
    /// Every word's postings, word after word in `vocabulary` order, each
    /// word's in episode order. One allocation rather than one per word.
    pub(super) postings: Vec<Posting>,
    /// Where each word's postings start in `postings` (one more entry than
    /// words, for the end of the last).
    pub(super) posting_starts: Vec<u32>,
    /// Every episode's words as `vocabulary` positions, field after field
    /// (each field ended by [`FIELD_END`](super::occurrences::FIELD_END)), to check phrases.
    pub(super) sequence: Vec<u32>,
    /// Where each episode's words start in `sequence` (plus the end).
    pub(super) sequence_starts: Vec<u32>,
    /// How many episodes were indexed.
    pub(super) episodes: usize,
}

impl Index {
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
        start..start + run_len(&self.vocabulary[start..], prefix)
    }

    /// [`Self::matching_words`], remembered in `cache` for the next keystrokes.
    fn cached_matching_words(&self, word: &str, prefix: bool, cache: &mut WordCache) -> Matches {
        cache.get(word, prefix, || self.matching_words(word, prefix))
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
            similar_words(&self.vocabulary, word, edits, &mut |i, d| {
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
    /// with their scores, in episode order (the caller ranks them). `cache`
    /// remembers the query words' lookups for the next keystrokes (this
    /// index's cache: the results are the same with any).
    pub fn search(&self, query: &Query, cache: &mut WordCache) -> Vec<SearchHit> {
        self.search_with(query, cache, None)
    }

    /// [`Self::search`], also in the posts of a full-text index (built for
    /// the same episodes): a word matches an episode when it matches in
    /// the manifest's text or in its post, scoring the better of the two.
    /// Only the full text's loaded shards are searched.
    pub fn search_with(
        &self,
        query: &Query,
        cache: &mut WordCache,
        full: Option<&FullText>,
    ) -> Vec<SearchHit> {
        let n = self.episodes;
        let full = full.filter(|f| f.episodes() == n);
        let last = query.words.len().saturating_sub(1);
        // Dense arrays, not maps: a query touches many postings.
        let mut total = vec![0f32; n];
        let mut matched_words = vec![0u16; n];
        let mut best = vec![0f32; n];
        let mut touched = Vec::new();
        // Per episode: a word matched only in its post.
        let mut in_body = vec![false; if full.is_some() { n } else { 0 }];
        let mut best_body = vec![0f32; in_body.len()];
        for (i, word) in query.words.iter().enumerate() {
            let prefix = query.last_is_prefix && i == last;
            for &(w, factor) in self.cached_matching_words(word, prefix, cache).iter() {
                self.add_word_scores(w, factor, &mut best, &mut touched);
            }
            if let Some(full) = full {
                for m in full.matches(word, prefix) {
                    let (episodes, weights) = m.shard.postings(m.word);
                    let df = episodes.len() as f32;
                    let idf = (1.0 + (n as f32 - df + 0.5) / (df + 0.5)).ln() * m.factor;
                    for (&e, &q) in episodes.iter().zip(weights) {
                        let e = e as usize;
                        if e >= n {
                            continue;
                        }
                        if best[e] == 0.0 && best_body[e] == 0.0 {
                            touched.push(e as u32);
                        }
                        best_body[e] = best_body[e].max(fulltext::weight(q) * idf);
                    }
                }
            }
            for &episode in &touched {
                let e = episode as usize;
                let body = best_body.get(e).copied().unwrap_or(0.0);
                if best[e] == 0.0 && body > 0.0 {
                    in_body[e] = true;
                }
                total[e] += best[e].max(body);
                matched_words[e] += 1;
                best[e] = 0.0;
                if let Some(b) = best_body.get_mut(e) {
                    *b = 0.0;
                }
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
            for &e in full.and_then(|f| f.exact(word)).unwrap_or(&[]) {
                if let Some(m) = matched_words.get_mut(e as usize) {
                    *m = u16::MAX;
                }
            }
        }
        let mut hits: Vec<SearchHit> = (0..n)
            .filter(|&e| matched_words[e] == needed)
            .map(|e| SearchHit {
                episode: EpisodeIdx::new(e),
                score: total[e],
                in_body: in_body.get(e).copied().unwrap_or(false),
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
            // The full text keeps no word positions: in a post, a phrase
            // matches when all its words are there (its snippet shows them).
            let in_posts = full.map(|f| phrase_in_posts(f, phrase, open, n));
            hits.retain_mut(|h| {
                let here = ranges
                    .as_ref()
                    .is_some_and(|r| contains_phrase(self.sequence_of(h.episode.get()), r));
                let in_post = !here
                    && in_posts
                        .as_ref()
                        .is_some_and(|p| p.get(h.episode.get()) == Some(&true));
                h.in_body |= in_post;
                here || in_post
            });
        }
        hits
    }
}

/// Per episode, whether its post has every word of `phrase` (the last as a
/// prefix when `open`).
fn phrase_in_posts(full: &FullText, phrase: &[String], open: bool, n: usize) -> Vec<bool> {
    let mut count = vec![0usize; n];
    for (j, word) in phrase.iter().enumerate() {
        let mut seen = vec![false; n];
        let matches = full.matches(word, open && j + 1 == phrase.len());
        for m in matches
            .iter()
            .filter(|m| m.factor >= super::weights::PREFIX)
        {
            for &e in m.shard.postings(m.word).0 {
                if let Some(s) = seen.get_mut(e as usize) {
                    *s = true;
                }
            }
        }
        for (c, s) in count.iter_mut().zip(seen) {
            *c += usize::from(s);
        }
    }
    count.into_iter().map(|c| c == phrase.len()).collect()
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

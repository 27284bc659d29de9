//! Building the full-text index from the posts' text, with the words,
//! folding, HTML reading and BM25 weights the in-browser index uses, so
//! the two agree on what a word is and how much it counts.

use rustc_hash::FxHashMap;

use super::{quantise, Shard};
use crate::fold::fold_word_into;
use crate::html_policy::searchable_text;
use crate::model::{BodyDocument, BodyFormat};
use crate::search::weights::{FieldWeights, B, K1};
use crate::search::words;

/// A built index, before it is split into files.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// Episodes in the manifest.
    pub episodes: u32,
    /// Every word, folded, sorted.
    pub words: Vec<String>,
    /// Every word's postings, as one shard.
    pub shard: Shard,
}

/// Indexes the posts: `bodies` pairs an episode's position in the
/// manifest with its post (positions ascending; episodes without a
/// separate post are simply absent).
pub fn build(episodes: u32, bodies: &[(u32, &BodyDocument)]) -> Built {
    let body_weight = FieldWeights::default().body;
    // Word → (episode, term frequency), episodes in the order met.
    let mut terms: FxHashMap<String, Vec<(u32, u32)>> = FxHashMap::default();
    let mut lengths: Vec<(u32, u32)> = Vec::with_capacity(bodies.len());
    let mut folded = String::new();
    for &(episode, doc) in bodies {
        let text = match doc.body_format {
            BodyFormat::Html => searchable_text(&doc.body),
            _ => doc.body.clone(),
        };
        let mut length = 0;
        for (s, e) in words(&text) {
            fold_word_into(&text[s..e], &mut folded);
            length += 1;
            // Looked up by reference first: most words are repeats, and
            // a key is allocated only for a new one.
            match terms.get_mut(folded.as_str()) {
                Some(postings) => match postings.last_mut() {
                    Some((ep, tf)) if *ep == episode => *tf += 1,
                    _ => postings.push((episode, 1)),
                },
                None => {
                    terms.insert(folded.clone(), vec![(episode, 1)]);
                }
            }
        }
        lengths.push((episode, length));
    }
    let average = if lengths.is_empty() {
        1.0
    } else {
        lengths.iter().map(|l| f64::from(l.1)).sum::<f64>() / lengths.len() as f64
    } as f32;
    let length_of = |episode: u32| -> f32 {
        lengths
            .binary_search_by_key(&episode, |l| l.0)
            .map_or(0.0, |i| lengths[i].1 as f32)
    };
    let mut shard = Shard {
        starts: vec![0],
        ..Shard::default()
    };
    let mut words = Vec::with_capacity(terms.len());
    let mut terms: Vec<(String, Vec<(u32, u32)>)> = terms.into_iter().collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (word, postings) in terms {
        for (episode, tf) in postings {
            let norm = 1.0 - B + B * length_of(episode) / average.max(1.0);
            let tf = tf as f32;
            shard.episodes.push(episode);
            shard
                .weights
                .push(quantise(body_weight * tf * (K1 + 1.0) / (tf + K1 * norm)));
        }
        words.push(word);
        shard.starts.push(shard.episodes.len() as u32);
    }
    Built {
        episodes,
        words,
        shard,
    }
}

impl Shard {
    /// Words `range` of this shard as a shard of their own.
    pub(super) fn slice(&self, range: std::ops::Range<usize>) -> Shard {
        let (s, e) = (
            self.starts[range.start] as usize,
            self.starts[range.end] as usize,
        );
        Shard {
            first: self.first + range.start as u32,
            starts: self.starts[range.start..=range.end]
                .iter()
                .map(|&x| x - s as u32)
                .collect(),
            episodes: self.episodes[s..e].to_vec(),
            weights: self.weights[s..e].to_vec(),
        }
    }
}

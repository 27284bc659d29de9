//! The indexed words matching the last few query words, kept between
//! keystrokes by whoever searches (the widget keeps one per index).
//!
//! Typing changes only the last word of a query, yet every keystroke looks
//! up all its words again, and a typo-tolerant lookup of a long word (two
//! edits allowed from 8 letters) walks much of the vocabulary. With the
//! earlier words remembered, `gradient des` costs the lookup of `des` only.

use std::rc::Rc;

/// How many query words are remembered: more than a query usually has.
const CAPACITY: usize = 8;

/// Indexed words (vocabulary positions) matching a query word, each with
/// its match factor.
pub(super) type Matches = Rc<[(usize, f32)]>;

/// The remembered lookups, most recent first: a plain value the caller
/// hands to each search and keeps for the next. Its positions are one
/// index's: start a new cache with a new index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordCache(Vec<(String, bool, Matches)>);

impl WordCache {
    /// The matches of `word` (a prefix being typed when `prefix`), from
    /// memory or computed by `lookup` and remembered.
    pub(super) fn get(
        &mut self,
        word: &str,
        prefix: bool,
        lookup: impl FnOnce() -> Vec<(usize, f32)>,
    ) -> Matches {
        let entries = &mut self.0;
        if let Some(at) = entries
            .iter()
            .position(|(w, p, _)| *p == prefix && w == word)
        {
            let entry = entries.remove(at);
            let matches = entry.2.clone();
            entries.insert(0, entry);
            return matches;
        }
        let matches: Matches = lookup().into();
        entries.insert(0, (word.to_owned(), prefix, matches.clone()));
        entries.truncate(CAPACITY);
        matches
    }

    /// How many lookups are remembered.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.0.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_recent_words_and_computes_each_once() {
        let mut cache = WordCache::default();
        let mut lookups = 0;
        let mut get = |word: &str, prefix: bool| {
            cache
                .get(word, prefix, || {
                    lookups += 1;
                    vec![(word.len(), if prefix { 0.8 } else { 1.0 })]
                })
                .to_vec()
        };
        assert_eq!(get("gradient", false), vec![(8, 1.0)]);
        assert_eq!(get("gradient", false), vec![(8, 1.0)]);
        assert_eq!(
            get("gradient", true),
            vec![(8, 0.8)],
            "a prefix lookup is another entry"
        );
        for word in ["a", "bb", "ccc", "dddd", "eeeee", "ffffff", "ggggggg"] {
            get(word, true);
        }
        // "gradient" as a prefix was used more recently than as a word.
        assert_eq!(get("gradient", true), vec![(8, 0.8)]);
        assert_eq!(
            get("gradient", false),
            vec![(8, 1.0)],
            "evicted, so looked up again"
        );
        assert_eq!(lookups, 1 + 1 + 7 + 1);
        assert_eq!(cache.len(), CAPACITY);
    }
}

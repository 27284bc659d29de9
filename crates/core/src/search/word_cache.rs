//! The indexed words matching the last few query words, kept between
//! keystrokes.
//!
//! Typing changes only the last word of a query, yet every keystroke looks
//! up all its words again, and a typo-tolerant lookup of a long word (two
//! edits allowed from 8 letters) walks much of the vocabulary. With the
//! earlier words remembered, `gradient des` costs the lookup of `des` only.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// How many query words are remembered: more than a query usually has.
const CAPACITY: usize = 8;

/// Indexed words (vocabulary positions) matching a query word, each with
/// its match factor.
pub(super) type Matches = Rc<[(usize, f32)]>;

/// The remembered lookups, most recent first.
///
/// Not part of the index's value: clones start empty and any two compare
/// equal, so an index that has answered queries equals a fresh one.
#[derive(Default)]
pub(super) struct WordCache(RefCell<Vec<(String, bool, Matches)>>);

impl WordCache {
    /// The matches of `word` (a prefix being typed when `prefix`), from
    /// memory or computed by `lookup` and remembered.
    pub(super) fn get(
        &self,
        word: &str,
        prefix: bool,
        lookup: impl FnOnce() -> Vec<(usize, f32)>,
    ) -> Matches {
        let mut entries = self.0.borrow_mut();
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

    /// Forgets every lookup.
    pub(super) fn clear(&self) {
        self.0.borrow_mut().clear();
    }

    /// How many lookups are remembered.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.0.borrow().len()
    }
}

impl Clone for WordCache {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl PartialEq for WordCache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for WordCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WordCache({} words)", self.0.borrow().len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_recent_words_and_computes_each_once() {
        let cache = WordCache::default();
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
        assert_eq!(cache.clone().len(), 0);
        cache.clear();
        assert_eq!(cache.len(), 0);
    }
}

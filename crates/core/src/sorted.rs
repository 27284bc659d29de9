//! A set and a map kept as sorted vectors, for the view state's few
//! entries: the categories a reader chose, the posts they opened and those
//! posts' bodies.
//!
//! `BTreeSet` and `BTreeMap` did this before, at about 32 KB of wasm for
//! their four instantiations (insertion, removal with rebalancing,
//! iteration, cloning and dropping of nodes, each per key and value type).
//! These hold a handful of entries, where a binary search in a vector is as
//! fast, and their code is a few small functions over `Vec`.

use crate::words_table::WordTable;

/// A set of ordered values, iterated in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `value` is in the set.
    pub fn contains(&self, value: &T) -> bool {
        self.0.binary_search(value).is_ok()
    }

    /// Adds `value`; false when it was there already.
    pub fn insert(&mut self, value: T) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes `value`; false when it was not there.
    pub fn remove(&mut self, value: &T) -> bool {
        match self.0.binary_search(value) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Keeps only the values for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }

    /// Empties the set.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many values it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The values, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

/// Sorted and deduplicated through a word table: its sort is the crate's
/// one sort by words, where a sort of `String`s would be one more
/// instantiation (2–3 KB of wasm).
impl FromIterator<String> for SortedSet<String> {
    fn from_iter<I: IntoIterator<Item = String>>(values: I) -> Self {
        let mut table = WordTable::default();
        for value in values {
            table.intern(&value);
        }
        let mut ids: Vec<u32> = (0..table.len() as u32).collect();
        table.sort_ids(&mut ids);
        Self(
            ids.into_iter()
                .map(|id| table.word(id).to_owned())
                .collect(),
        )
    }
}

impl<const N: usize> From<[String; N]> for SortedSet<String> {
    fn from(values: [String; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A map from ordered keys, iterated in key order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, key: &K) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(key))
    }

    /// The value for `key`.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.find(key).ok().map(|at| &self.0[at].1)
    }

    /// Whether `key` has a value.
    pub fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value for `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    /// Removes `key`'s value and returns it.
    pub fn remove(&mut self, key: &K) -> Option<V> {
        self.find(key).ok().map(|at| self.0.remove(at).1)
    }

    /// Empties the map.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The entries, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_keeps_each_value_once_in_order() {
        let s = |v: &str| v.to_string();
        let mut set: SortedSet<String> = [s("e"), s("a"), s("e"), s("c")].into();
        assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "c", "e"]);
        assert!(set.insert(s("b")));
        assert!(!set.insert(s("c")));
        assert!(set.remove(&s("a")));
        assert!(!set.remove(&s("a")));
        assert!(set.contains(&s("b")) && !set.contains(&s("d")));
        set.retain(|v| v != "e");
        assert_eq!(set.iter().collect::<Vec<_>>(), ["b", "c"]);
        assert_eq!(set.len(), 2);
        set.clear();
        assert!(set.is_empty());
        assert_eq!(set, SortedSet::new());
    }

    #[test]
    fn a_set_collected_from_strings_is_in_str_order_once_each() {
        // The word table's byte order must be `str`'s, or `contains` (a
        // binary search by `Ord`) would miss values.
        let values = [
            "zoë", "Zoe", "zoe", "", "éthique", "ethics", "ζωή", "zoe", "Z",
        ];
        let set: SortedSet<String> = values.iter().map(|v| v.to_string()).collect();
        let mut expected: Vec<&str> = values.to_vec();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(set.iter().collect::<Vec<_>>(), expected);
        assert!(values.iter().all(|v| set.contains(&v.to_string())));

        // Many values in reverse order: one sort, not an insertion each.
        let many: SortedSet<String> = (0..100_000).rev().map(|i| format!("c{i:06}")).collect();
        assert_eq!(many.len(), 100_000);
        assert_eq!(many.iter().next().map(String::as_str), Some("c000000"));
        assert!(many.contains(&"c054321".to_string()));
    }

    #[test]
    fn the_map_keeps_one_value_per_key_in_key_order() {
        let mut map = SortedMap::new();
        assert_eq!(map.insert(7, "seven"), None);
        assert_eq!(map.insert(2, "two"), None);
        assert_eq!(map.insert(7, "SEVEN"), Some("seven"));
        assert_eq!(
            map.iter().collect::<Vec<_>>(),
            [(&2, &"two"), (&7, &"SEVEN")]
        );
        assert_eq!(map.get(&7), Some(&"SEVEN"));
        assert!(map.contains_key(&2) && !map.contains_key(&3));
        assert_eq!(map.remove(&2), Some("two"));
        assert_eq!(map.remove(&2), None);
        map.clear();
        assert_eq!(map, SortedMap::new());
    }
}

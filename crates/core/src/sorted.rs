//! A set and a map kept as sorted vectors, for the view state's few
//! entries: the categories a reader chose, the posts they opened and those
//! posts' bodies.
//!
//! `BTreeSet` and `BTreeMap` did this before, at about 32 KB of wasm for
//! their four instantiations (insertion, removal with rebalancing,
//! iteration, cloning and dropping of nodes, each per key and value type).
//! These hold a handful of entries, where a binary search in a vector is as
//! fast, and their code is a few small functions over `Vec`.

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

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut values: Vec<T> = values.into_iter().collect();
        values.sort_unstable();
        values.dedup();
        Self(values)
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(values: [T; N]) -> Self {
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
        let mut set: SortedSet<u32> = [5, 1, 5, 3].into();
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [1, 3, 5]);
        assert!(set.insert(2));
        assert!(!set.insert(3));
        assert!(set.remove(&1));
        assert!(!set.remove(&1));
        assert!(set.contains(&2) && !set.contains(&4));
        set.retain(|v| *v != 5);
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [2, 3]);
        assert_eq!(set.len(), 2);
        set.clear();
        assert!(set.is_empty());
        assert_eq!(set, SortedSet::new());
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

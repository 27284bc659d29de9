//! A feed item's elements, looked up by namespace and name.

use crate::raw::{Field, Ns};

/// One feed item's elements, as the fields of the whole item subtree.
pub(super) struct Item<'a>(pub(super) &'a [Field]);

impl<'a> Item<'a> {
    pub(super) fn all(&self, ns: Ns, name: &'a str) -> impl Iterator<Item = &'a Field> + 'a {
        self.0.iter().filter(move |f| f.ns == ns && f.name == name)
    }
    pub(super) fn child(&self, ns: Ns, name: &str) -> Option<&'a Field> {
        self.0
            .iter()
            .find(|f| f.depth == 1 && f.ns == ns && f.name == name)
    }
    pub(super) fn text(&self, ns: Ns, name: &str) -> Option<&'a str> {
        self.child(ns, name)
            .map(|f| f.text.trim())
            .filter(|t| !t.is_empty())
    }
}

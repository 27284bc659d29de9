//! An episode's position in the archive, in a module of its own so the
//! archive and the search can both name it without importing each other.

use std::fmt;

/// Position of an episode in [`Archive::episodes`](crate::Archive::episodes).
/// Episodes are addressed by position rather than id so that a manifest
/// with duplicate ids can never make two posts share one expanded state.
/// A type of its own, so it is never mixed up with a place in a list of
/// results (those stay `usize`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct EpisodeIdx(usize);

impl EpisodeIdx {
    /// The episode at `position` in the archive's episodes.
    pub const fn new(position: usize) -> Self {
        Self(position)
    }

    /// Its position in the archive's episodes.
    pub const fn get(self) -> usize {
        self.0
    }
}

/// Written as its position (element ids, keys).
impl fmt::Display for EpisodeIdx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

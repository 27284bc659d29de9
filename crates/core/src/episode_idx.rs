//! An episode's position in the archive, in a module of its own so the
//! archive and the search can both name it without importing each other.

/// Position of an episode in [`Archive::episodes`](crate::Archive::episodes). Episodes are addressed by
/// position rather than id so that a manifest with duplicate ids can never
/// make two posts share one expanded state.
pub type EpisodeIdx = usize;

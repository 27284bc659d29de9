//! What an index is made of: a word's occurrence in an episode while the
//! index is built, the weighed posting it becomes, and the separator
//! between fields in an episode's word sequence. Shared by building,
//! finishing and searching, and importing none of them.

/// An occurrence count while building: episode, field, term frequency.
#[derive(Debug, Clone, Copy)]
pub(super) struct RawPosting {
    pub(super) episode: u32,
    pub(super) field: u8,
    pub(super) tf: u16,
}

/// Where a word occurs: one episode, with the word's BM25 term weight
/// summed over the episode's fields (field weights and length
/// normalisation applied at build time; the word's idf is applied per
/// query).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Posting {
    pub(super) episode: u32,
    pub(super) weight: f32,
}

/// Separates fields in an episode's word sequence, so a phrase never
/// spans two fields. No word has this index.
pub(super) const FIELD_END: u32 = u32::MAX;

//! The episode archive's pure core.
//!
//! Everything that decides *what* the archive shows lives here, free of any
//! web dependency so it is tested with plain `cargo test` on the host and can
//! be shared with the native importer:
//!
//! - [`model`]: the manifest format, version 1 (serde types, JSON Schema).
//! - [`load`]: parsing and validating a manifest into an [`Archive`],
//!   skipping and reporting episodes that do not fit (with `json`, `read`
//!   and `episodes`: one pass over the text, a reader of our own).
//! - [`filter`]: keyword and category filtering, category counts.
//! - [`state`]: the archive's view state and the actions that change it.
//! - [`text`], [`fold`], [`format`](mod@format), [`links`]: plain-text posts, search
//!   folding, display formatting and URL safety.
//! - [`i18n`]: the interface's messages, catalogs and language matching.
//! - [`player`]: the one player's state and the listening memory.
//! - [`sorted`]: the small sorted-vector set and map the view state uses.

// Every public item says what it is (clippy runs with -D warnings).
#![warn(missing_docs)]

pub mod archive;
pub mod attributes;
mod episode_idx;
mod episodes;
pub mod error;
pub mod filter;
pub mod fold;
mod fold_table;
pub mod format;
#[cfg(test)]
mod generated;
pub mod html_policy;
pub mod html_walk;
pub mod i18n;
mod json;
pub mod links;
pub mod load;
mod lower;
mod lower_table;
pub mod media;
pub mod model;
pub mod player;
mod read;
pub mod response;
pub mod search;
pub mod sorted;
pub mod state;
pub mod text;
pub mod url_state;
mod words_table;

pub use archive::{Archive, EpisodeIdx};
pub use error::{LoadError, ManifestError, Problem};
pub use filter::{visible, ArchiveView, CategoryCount};
pub use load::{parse_body_document, parse_manifest};
pub use model::{
    Audio, BodyDocument, BodyFormat, ChapterMark, Episode, Guest, Manifest, MediaLink, Person,
    Reference, SearchIndexRef,
};
pub use search::SortOrder;
pub use sorted::{SortedMap, SortedSet};
pub use state::{
    Action, ArchiveState, BodyState, FullTextState, LoadState, ReadyIndex, DEFAULT_PAGE_SIZE,
};
pub use url_state::UrlState;

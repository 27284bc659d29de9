//! The archive's view state and the one reducer that changes it.
//!
//! Data flows one way: the UI turns events into [`Action`]s, [`ArchiveState::reduce`]
//! returns the next state, and the UI renders it. Derived things (the
//! filtered list, category counts) are not stored here: see [`crate::filter`].
//! The actions and the reducer are in `reduce.rs`; this file holds the state
//! and what can be read from it.

mod full_text;
mod reduce;

use std::rc::Rc;

use crate::archive::{Archive, EpisodeIdx};
use crate::error::LoadError;
use crate::model::BodyDocument;
use crate::search::{Index, SortOrder};
use crate::sorted::{SortedMap, SortedSet};
use crate::url_state::UrlState;

pub use full_text::FullTextState;
pub use reduce::Action;

/// How many episodes are shown before "Show more" when the embedder sets no page size.
pub const DEFAULT_PAGE_SIZE: usize = 20;

/// Where the manifest is.
#[derive(Debug, Clone)]
pub enum LoadState {
    /// Being fetched or parsed.
    Loading {
        /// The manifest's URL.
        url: String,
    },
    /// Ready to show.
    Ready(Rc<Archive>),
    /// Could not be fetched or read.
    Failed(LoadError),
}

/// Two loaded states are equal when they hold the same archive: an archive
/// never changes once loaded, and the UI compares states on every render,
/// where comparing archives field by field (megabytes of posts) cost more
/// than the render.
impl PartialEq for LoadState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Loading { url: a }, Self::Loading { url: b }) => a == b,
            (Self::Ready(a), Self::Ready(b)) => Rc::ptr_eq(a, b),
            (Self::Failed(a), Self::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// The loaded archive's search index, once built. Compared by identity, as
/// the archive is: an index never changes once built.
#[derive(Debug, Clone)]
pub struct ReadyIndex(pub Rc<Index>);

impl PartialEq for ReadyIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Where a `body_url` post is.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyState {
    /// Being fetched.
    Loading,
    /// Fetched and read; shared, so a new state never copies a post.
    Loaded(Rc<BodyDocument>),
    /// Could not be fetched or read; expanding again retries.
    Failed(LoadError),
}

/// Everything the archive view depends on besides the archive itself.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveState {
    /// The manifest's state.
    pub load: LoadState,
    /// Counts manifest loads, so a post fetched for an earlier manifest is
    /// never shown in a later one.
    pub generation: u64,
    /// The loaded archive's search index, once built (a query needs it; the
    /// list without one does not).
    pub index: Option<ReadyIndex>,
    /// The prebuilt full-text index of the posts kept out of the manifest.
    pub full_text: FullTextState,
    /// Episodes whose posts are wanted for a snippet (results on screen
    /// whose match is in the post): fetched like open posts.
    pub snippets: SortedSet<EpisodeIdx>,
    /// The keyword query as typed.
    pub query: String,
    /// Chosen categories; empty means all.
    pub chosen: SortedSet<String>,
    /// How the list is ordered.
    pub sort: SortOrder,
    /// Episodes whose full post is open.
    pub expanded: SortedSet<EpisodeIdx>,
    /// Posts fetched (or being fetched) from `body_url`.
    pub bodies: SortedMap<EpisodeIdx, BodyState>,
    /// The post opened last and still open: the one a shared link names.
    pub last_opened: Option<EpisodeIdx>,
    /// A post opened from a shared link, to bring into view.
    pub revealed: Option<EpisodeIdx>,
    /// A post to open once the archive loads (from a shared link), by id.
    pub pending_open: Option<String>,
    /// Episodes shown per page; 0 shows all.
    pub page_size: usize,
    /// How many matching episodes are shown now.
    pub limit: usize,
}

impl ArchiveState {
    /// The state before anything is fetched.
    pub fn new(url: impl Into<String>) -> Self {
        Self::with_page_size(url, DEFAULT_PAGE_SIZE)
    }

    /// The state before anything is fetched, showing `page_size` episodes
    /// at a time (0: all).
    pub fn with_page_size(url: impl Into<String>, page_size: usize) -> Self {
        Self {
            load: LoadState::Loading { url: url.into() },
            generation: 0,
            index: None,
            full_text: FullTextState::Absent,
            snippets: SortedSet::new(),
            query: String::new(),
            chosen: SortedSet::new(),
            sort: SortOrder::default(),
            expanded: SortedSet::new(),
            bodies: SortedMap::new(),
            last_opened: None,
            revealed: None,
            pending_open: None,
            page_size,
            limit: page_size,
        }
    }

    /// How many of `matching` episodes to render now.
    pub fn shown(&self, matching: usize) -> usize {
        if self.page_size == 0 {
            matching
        } else {
            matching.min(self.limit)
        }
    }

    /// How many of the matching `episodes` to render now: a page's worth,
    /// and at least up to a post opened from a shared link.
    pub fn shown_in(&self, episodes: &[EpisodeIdx]) -> usize {
        let revealed = self
            .revealed
            .and_then(|idx| episodes.iter().position(|&e| e == idx))
            .map_or(0, |pos| pos + 1);
        self.shown(episodes.len()).max(revealed)
    }

    /// What the page URL should remember of this view.
    pub fn url_state(&self) -> UrlState {
        let expanded = self
            .last_opened
            .and_then(|idx| Some(self.archive()?.episodes.get(idx.get())?.id.clone()))
            .or_else(|| self.pending_open.clone());
        UrlState {
            query: self.query.clone(),
            categories: self.chosen.iter().cloned().collect(),
            expanded,
        }
    }

    /// The archive, once loaded.
    pub fn archive(&self) -> Option<&Rc<Archive>> {
        match &self.load {
            LoadState::Ready(archive) => Some(archive),
            _ => None,
        }
    }

    /// The `body_url` to fetch for an open post (or one wanted for a
    /// snippet) that has not been fetched.
    /// A failed fetch is not repeated by itself: [`Action::RetryBody`] or
    /// closing and reopening the post clears the failure.
    pub fn body_to_fetch(&self, idx: EpisodeIdx) -> Option<&str> {
        let url = self
            .archive()?
            .episodes
            .get(idx.get())?
            .body_url
            .as_deref()?;
        let wanted = self.expanded.contains(&idx) || self.snippets.contains(&idx);
        (wanted && !self.bodies.contains_key(&idx)).then_some(url)
    }

    /// Every open post, and every post wanted for a snippet, whose body
    /// must be fetched now, with its `body_url`.
    pub fn bodies_to_fetch(&self) -> Vec<(EpisodeIdx, String)> {
        let mut wanted: Vec<EpisodeIdx> = self.expanded.iter().copied().collect();
        wanted.extend(self.snippets.iter().filter(|i| !self.expanded.contains(i)));
        wanted
            .into_iter()
            .filter_map(|idx| Some((idx, self.body_to_fetch(idx)?.to_owned())))
            .collect()
    }

    /// Whether any keyword or category filter is active.
    pub fn is_filtered(&self) -> bool {
        !self.query.trim().is_empty() || !self.chosen.is_empty()
    }
}

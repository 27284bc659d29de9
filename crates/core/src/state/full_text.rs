//! The prebuilt full-text index in the view state: named by the manifest,
//! its directory fetched after the list's first paint, its shards fetched
//! as queries need them; or unusable, with the reason, and the manifest's
//! own text searched as before.

use crate::archive::Archive;
use crate::search::fulltext::{episodes_hash, FullText};
use crate::search::Query;
use crate::sorted::SortedSet;

use super::ArchiveState;

/// Where the full-text index is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum FullTextState {
    /// The manifest names none: what it holds is searched, as always.
    #[default]
    Absent,
    /// Named by the manifest at this URL (relative to it); not fetched yet.
    Named(String),
    /// Its directory is being fetched.
    Loading,
    /// Loaded as far as `index` holds.
    Ready {
        /// The directory and the shards fetched so far.
        index: FullText,
        /// Shards being fetched.
        fetching: SortedSet<usize>,
        /// Shards that could not be fetched: searched without.
        failed: SortedSet<usize>,
    },
    /// Unusable (stale, unreachable, damaged), and why: the manifest's own
    /// text is searched.
    Failed(String),
}

impl FullTextState {
    /// The state for a freshly loaded archive.
    pub(super) fn of(archive: &Archive) -> Self {
        match (&archive.search, &archive.search_problem) {
            (_, Some(problem)) => {
                Self::Failed(format!("the manifest's `search` is unusable: {problem}"))
            }
            (Some(search), None) => Self::Named(search.url.clone()),
            (None, None) => Self::Absent,
        }
    }

    /// The state once the directory is read, checked against the archive:
    /// an index built for other episodes would point words at the wrong
    /// posts, so it is refused as stale.
    pub(super) fn loaded(archive: &Archive, result: Result<FullText, String>) -> Self {
        let index = match result {
            Ok(index) => index,
            Err(reason) => return Self::Failed(reason),
        };
        let named = archive
            .search
            .as_ref()
            .map_or("", |s| s.episodes_hash.as_str());
        let found = &index.directory().episodes_hash;
        if found != named {
            return Self::Failed(format!(
                "the index was built for other episodes (its hash {found}, the manifest's {named}): rebuild it with `episode-archive index`"
            ));
        }
        let current = episodes_hash(&archive.episodes);
        if *found != current || index.directory().episodes as usize != archive.episodes.len() {
            return Self::Failed(format!(
                "the manifest's episodes changed since the index was built (hash {current}, the index's {found}): rebuild it with `episode-archive index`"
            ));
        }
        Self::Ready {
            index,
            fetching: SortedSet::new(),
            failed: SortedSet::new(),
        }
    }
}

impl ArchiveState {
    /// The full-text index as far as it is loaded.
    pub fn full_text(&self) -> Option<&FullText> {
        match &self.full_text {
            FullTextState::Ready { index, .. } => Some(index),
            _ => None,
        }
    }

    /// The directory's URL (relative to the manifest) while it is to be fetched.
    pub fn full_text_to_fetch(&self) -> Option<&str> {
        match &self.full_text {
            FullTextState::Named(url) => Some(url),
            _ => None,
        }
    }

    /// The shards the current query needs that are neither loaded, being
    /// fetched nor failed, with their files (relative to the directory).
    pub fn shards_to_fetch(&self) -> Vec<(usize, String)> {
        let FullTextState::Ready {
            index,
            fetching,
            failed,
        } = &self.full_text
        else {
            return Vec::new();
        };
        index
            .missing(&Query::parse(&self.query))
            .into_iter()
            .filter(|at| !fetching.contains(at) && !failed.contains(at))
            .filter_map(|at| Some((at, index.file(at)?.to_owned())))
            .collect()
    }

    /// Whether the current query's results may still grow: the index, or
    /// a shard the query needs, is on its way (the status line says so).
    pub fn full_text_pending(&self) -> bool {
        let query = Query::parse(&self.query);
        if query.is_empty() {
            return false;
        }
        match &self.full_text {
            FullTextState::Named(_) | FullTextState::Loading => true,
            FullTextState::Ready { index, failed, .. } => {
                index.missing(&query).iter().any(|at| !failed.contains(at))
            }
            FullTextState::Absent | FullTextState::Failed(_) => false,
        }
    }

    /// Why the index is not used, once that is known.
    pub fn full_text_problem(&self) -> Option<&str> {
        match &self.full_text {
            FullTextState::Failed(reason) => Some(reason),
            _ => None,
        }
    }
}

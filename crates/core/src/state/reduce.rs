//! The one reducer: every [`Action`] and the state it leads to.

use std::rc::Rc;

use super::{ArchiveState, BodyState, FullTextState, LoadState, ReadyIndex};
use crate::archive::{Archive, EpisodeIdx};
use crate::error::LoadError;
use crate::model::BodyDocument;
use crate::search::fulltext::Shard;
use crate::search::{FullText, Index, SortOrder};
use crate::url_state::UrlState;

/// Everything that can happen to the archive view.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A manifest fetch started (first load or Retry).
    StartLoading {
        /// The manifest's URL.
        url: String,
    },
    /// The manifest was read.
    Loaded(Rc<Archive>),
    /// The manifest could not be fetched or read.
    LoadFailed(LoadError),
    /// The loaded archive's search index is built.
    IndexReady {
        /// The manifest load it was built for ([`ArchiveState::generation`]).
        generation: u64,
        /// The index.
        index: Rc<Index>,
    },
    /// The full-text index's directory is being fetched.
    FullTextLoading {
        /// The manifest load it is for ([`ArchiveState::generation`]).
        generation: u64,
    },
    /// The full-text index's directory arrived, or could not be read
    /// (with the URL and the reason).
    FullTextLoaded {
        /// The manifest load it is for.
        generation: u64,
        /// The index (its inline shards loaded), or why not.
        result: Result<FullText, String>,
    },
    /// Shards of the full-text index are being fetched.
    ShardsLoading {
        /// The manifest load they are for.
        generation: u64,
        /// Their positions in the directory.
        shards: Vec<usize>,
    },
    /// A shard arrived, or could not be read.
    ShardLoaded {
        /// The manifest load it is for.
        generation: u64,
        /// Its position in the directory.
        at: usize,
        /// The shard, or why not.
        result: Result<Shard, String>,
    },
    /// These results on screen show where their match is in the post:
    /// fetch those posts (replaces the previous wish).
    WantSnippets(Vec<EpisodeIdx>),
    /// The reader typed in the search field.
    SetQuery(String),
    /// The reader chose or un-chose a category.
    ToggleCategory(String),
    /// The reader cleared the category choice.
    ClearCategories,
    /// The reader chose an order.
    SetSort(SortOrder),
    /// The reader cleared the keyword and the categories.
    ClearFilters,
    /// The view named by a URL (page load, Back, Forward) or by the
    /// embedder's attributes.
    Restore(UrlState),
    /// The reader asked for the next page of episodes.
    ShowMore,
    /// The reader opened or closed a post.
    ToggleExpanded(EpisodeIdx),
    /// The reader asked to fetch a failed post again.
    RetryBody(EpisodeIdx),
    /// A `body_url` fetch started.
    BodyLoading {
        /// The episode whose post is fetched.
        idx: EpisodeIdx,
        /// The manifest load it belongs to ([`ArchiveState::generation`]).
        generation: u64,
    },
    /// A `body_url` fetch finished.
    BodyLoaded {
        /// The episode whose post was fetched.
        idx: EpisodeIdx,
        /// The manifest load it belongs to ([`ArchiveState::generation`]).
        generation: u64,
        /// The post, or why it could not be loaded.
        result: Result<BodyDocument, LoadError>,
    },
}

impl ArchiveState {
    /// Opens the first episode with this id, if the archive has one.
    fn open_by_id(&mut self, id: &str) {
        let found = self
            .archive()
            .and_then(|a| a.episodes.iter().position(|e| e.id == id))
            .map(EpisodeIdx::new);
        if let Some(idx) = found {
            self.expanded.insert(idx);
            self.last_opened = Some(idx);
            self.revealed = Some(idx);
        }
    }

    /// Whether the loaded archive has an episode at `idx`: an action naming
    /// another (from a stale card, or before the archive loaded) changes
    /// nothing, so the state never points at an episode that does not exist.
    fn has_episode(&self, idx: EpisodeIdx) -> bool {
        self.archive().is_some_and(|a| idx.get() < a.episodes.len())
    }

    fn forget_failed_body(&mut self, idx: EpisodeIdx) {
        if matches!(self.bodies.get(&idx), Some(BodyState::Failed(_))) {
            self.bodies.remove(&idx);
        }
    }

    /// The state after `action`.
    pub fn reduce(&self, action: Action) -> Self {
        let mut next = self.clone();
        match action {
            Action::StartLoading { url } => {
                next.load = LoadState::Loading { url };
                next.generation += 1;
                next.index = None;
                next.full_text = FullTextState::Absent;
                next.snippets.clear();
                next.expanded.clear();
                next.bodies.clear();
                // Positions in the previous archive: another episode, or
                // none, in the next one.
                next.last_opened = None;
                next.revealed = None;
            }
            Action::Loaded(archive) => {
                // Keep only choices that still name a category.
                next.chosen.retain(|c| archive.categories().contains(c));
                next.full_text = FullTextState::of(&archive);
                next.load = LoadState::Ready(archive);
                next.index = None;
                if let Some(id) = next.pending_open.take() {
                    next.open_by_id(&id);
                }
            }
            Action::LoadFailed(error) => next.load = LoadState::Failed(error),
            Action::IndexReady { generation, index } if generation == self.generation => {
                next.index = Some(ReadyIndex(index));
            }
            Action::SetQuery(query) => {
                next.query = query;
                next.limit = next.page_size;
            }
            Action::ToggleCategory(name) => {
                if !next.chosen.remove(&name) {
                    next.chosen.insert(name);
                }
                next.limit = next.page_size;
            }
            Action::SetSort(sort) => {
                next.sort = sort;
                next.limit = next.page_size;
            }
            Action::ClearCategories => {
                next.chosen.clear();
                next.limit = next.page_size;
            }
            Action::ClearFilters => {
                next.chosen.clear();
                next.query.clear();
                next.limit = next.page_size;
            }
            Action::Restore(view) => {
                next.query = view.query;
                next.chosen = view.categories.into_iter().collect();
                next.limit = next.page_size;
                next.expanded.clear();
                next.last_opened = None;
                next.pending_open = None;
                if let Some(id) = view.expanded {
                    if next.archive().is_some() {
                        next.open_by_id(&id);
                    } else {
                        next.pending_open = Some(id);
                    }
                }
            }
            Action::ShowMore => next.limit += next.page_size,
            Action::ToggleExpanded(idx) if self.has_episode(idx) => {
                if next.expanded.remove(&idx) {
                    next.forget_failed_body(idx);
                    if next.last_opened == Some(idx) {
                        next.last_opened = None;
                    }
                } else {
                    next.expanded.insert(idx);
                    next.last_opened = Some(idx);
                }
            }
            Action::RetryBody(idx) => next.forget_failed_body(idx),
            Action::BodyLoading { idx, generation }
                if generation == self.generation && self.has_episode(idx) =>
            {
                next.bodies.insert(idx, BodyState::Loading);
            }
            Action::BodyLoaded {
                idx,
                generation,
                result,
            } if generation == self.generation && self.has_episode(idx) => {
                let body = match result {
                    Ok(doc) => BodyState::Loaded(Rc::new(doc)),
                    Err(error) => BodyState::Failed(error),
                };
                next.bodies.insert(idx, body);
            }
            Action::FullTextLoading { generation } if generation == self.generation => {
                if matches!(next.full_text, FullTextState::Named(_)) {
                    next.full_text = FullTextState::Loading;
                }
            }
            Action::FullTextLoaded { generation, result } if generation == self.generation => {
                if let Some(archive) = self.archive() {
                    next.full_text = FullTextState::loaded(archive, result);
                }
            }
            Action::ShardsLoading { generation, shards } if generation == self.generation => {
                if let FullTextState::Ready { fetching, .. } = &mut next.full_text {
                    for at in shards {
                        fetching.insert(at);
                    }
                }
            }
            Action::ShardLoaded {
                generation,
                at,
                result,
            } if generation == self.generation => {
                if let FullTextState::Ready {
                    index,
                    fetching,
                    failed,
                } = &mut next.full_text
                {
                    fetching.remove(&at);
                    // A shard of another build of the index fails like one
                    // that could not be fetched.
                    match result.map(|shard| index.with_shard(at, shard)) {
                        Ok(Ok(next)) => *index = next,
                        _ => {
                            failed.insert(at);
                        }
                    }
                }
            }
            Action::WantSnippets(wanted) => {
                next.snippets.clear();
                for idx in wanted.into_iter().filter(|&i| self.has_episode(i)) {
                    next.snippets.insert(idx);
                }
            }
            // A post or an index for an earlier manifest, or an episode the
            // archive does not have: dropped.
            Action::ToggleExpanded(_)
            | Action::BodyLoading { .. }
            | Action::BodyLoaded { .. }
            | Action::IndexReady { .. }
            | Action::FullTextLoading { .. }
            | Action::FullTextLoaded { .. }
            | Action::ShardsLoading { .. }
            | Action::ShardLoaded { .. } => {}
        }
        next
    }
}

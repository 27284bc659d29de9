//! What the reader sees for a query and a set of chosen categories: a pure
//! function of the archive and the filters, memoised by the UI.
//!
//! Semantics: every query word must match a word of the episode (exactly,
//! as a prefix while it is being typed, or with a typo or two in longer
//! words; see [`crate::search`]), quoted phrases must stand together and
//! `-words` must be absent; an episode passes the category filter when no
//! category is chosen or it has any chosen one. Category counts reflect the
//! keyword only, so a reader sees how many episodes each category would add.

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::archive::{Archive, EpisodeIdx};
use crate::search::{Query, SearchHit, SortOrder};

/// One category control's label data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryCount {
    /// The category's name.
    pub name: String,
    /// Episodes in this category that match the current keyword.
    pub count: usize,
}

/// The derived view of an archive under the current filters. Its lists are
/// shared (`Rc`) so handing them to components costs no copy, and comparing
/// an unchanged list is a pointer check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveView {
    /// Matching episodes, newest first.
    pub episodes: Rc<[EpisodeIdx]>,
    /// Every category with its keyword-only count, in display order.
    pub categories: Rc<[CategoryCount]>,
    /// How many episodes the archive holds.
    pub total: usize,
}

/// Applies the keyword query, category choice and order to the archive.
pub fn visible(
    archive: &Archive,
    query: &str,
    chosen: &BTreeSet<String>,
    sort: SortOrder,
) -> ArchiveView {
    let query = Query::parse(query);
    let keyword_matches = if query.is_empty() {
        ordered(archive, archive.newest_first().to_vec(), sort)
    } else {
        let hits = archive.index().search(&query);
        if sort == SortOrder::BestMatch && !query.words.is_empty() {
            by_relevance(archive, hits)
        } else {
            ordered(archive, hits.into_iter().map(|h| h.episode).collect(), sort)
        }
    };

    // One pass over the matches' categories (each episode lists a category
    // once), counting by position rather than by name.
    let mut counts = vec![0usize; archive.categories().len()];
    for &idx in &keyword_matches {
        for &c in archive.category_ids(idx) {
            counts[c as usize] += 1;
        }
    }
    let categories: Rc<[CategoryCount]> = archive
        .categories()
        .iter()
        .zip(counts)
        .map(|(name, count)| CategoryCount {
            name: name.clone(),
            count,
        })
        .collect();

    let episodes = if chosen.is_empty() {
        keyword_matches
    } else {
        keyword_matches
            .into_iter()
            .filter(|&idx| {
                archive.episodes[idx]
                    .categories
                    .iter()
                    .any(|c| chosen.contains(c))
            })
            .collect()
    };

    ArchiveView {
        episodes: episodes.into(),
        categories,
        total: archive.episodes.len(),
    }
}

/// Best score first; equal scores newest first.
fn by_relevance(archive: &Archive, mut hits: Vec<SearchHit>) -> Vec<EpisodeIdx> {
    let rank = archive.recency_rank();
    // Recency ranks are distinct, so an unstable sort gives one order.
    hits.sort_unstable_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(rank[a.episode].cmp(&rank[b.episode]))
    });
    hits.into_iter().map(|h| h.episode).collect()
}

/// Newest or oldest first (undated episodes last either way).
fn ordered(archive: &Archive, mut episodes: Vec<EpisodeIdx>, sort: SortOrder) -> Vec<EpisodeIdx> {
    let rank = archive.recency_rank();
    episodes.sort_unstable_by_key(|&e| rank[e]);
    if sort == SortOrder::Oldest {
        let dated = episodes
            .iter()
            .take_while(|&&e| archive.episodes[e].date.is_some())
            .count();
        episodes[..dated].reverse();
    }
    episodes
}

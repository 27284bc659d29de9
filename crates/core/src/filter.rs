//! What the reader sees for a query and a set of chosen categories: a pure
//! function of the archive and the filters, memoised by the UI.
//!
//! Semantics: every query word must occur (as a substring, after folding)
//! somewhere in the episode's searchable text; an episode passes the
//! category filter when no category is chosen or it has any chosen one.
//! Category counts reflect the keyword only, so a reader sees how many
//! episodes each category would add.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use crate::archive::{Archive, EpisodeIdx};
use crate::fold::query_words;

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

/// Applies the keyword query and category choice to the archive.
pub fn visible(archive: &Archive, query: &str, chosen: &BTreeSet<String>) -> ArchiveView {
    let words = query_words(query);
    let keyword_matches: Vec<EpisodeIdx> = archive
        .newest_first()
        .iter()
        .copied()
        .filter(|&idx| {
            let text = archive.search_text(idx);
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect();

    // One pass over the matches' categories (each episode lists a category
    // once), not one pass per category.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for &idx in &keyword_matches {
        for name in &archive.episodes[idx].categories {
            *counts.entry(name.as_str()).or_default() += 1;
        }
    }
    let categories: Rc<[CategoryCount]> = archive
        .categories()
        .iter()
        .map(|name| CategoryCount {
            name: name.clone(),
            count: counts.get(name.as_str()).copied().unwrap_or(0),
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

//! What the reader sees for a query and a set of chosen categories: a pure
//! function of the archive, its search index and the filters, memoised by
//! the UI.
//!
//! Semantics: every query word must match a word of the episode (exactly,
//! as a prefix while it is being typed, or with a typo or two in longer
//! words; see [`crate::search`]), quoted phrases must stand together and
//! `-words` must be absent; an episode passes the category filter when no
//! category is chosen or it has any chosen one. Category counts reflect the
//! keyword only, so a reader sees how many episodes each category would add.

use std::rc::Rc;

use crate::archive::{Archive, EpisodeIdx};
use crate::search::{FullText, Index, Query, SearchHit, SortOrder, WordCache};
use crate::sorted::SortedSet;

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
    /// Matching episodes where a query word was found only in the post
    /// kept out of the manifest, ascending: their cards show where.
    pub in_body: Rc<[EpisodeIdx]>,
}

/// Applies the keyword query, category choice and order to the archive.
///
/// A query needs the archive's `index`; without one (it is still being
/// built) the keyword is not applied yet. `full`, the prebuilt index of
/// the posts kept out of the manifest, is searched too as far as it is
/// loaded. `cache` keeps the query words' lookups for the next keystroke
/// and changes no result: give each index its own.
pub fn visible(
    archive: &Archive,
    index: Option<&Index>,
    full: Option<&FullText>,
    cache: &mut WordCache,
    query: &str,
    chosen: &SortedSet<String>,
    sort: SortOrder,
) -> ArchiveView {
    let query = Query::parse(query);
    let mut in_body = Vec::new();
    let keyword_matches = match index.filter(|_| !query.is_empty()) {
        None => ordered(archive, archive.newest_first().to_vec(), sort),
        Some(index) => {
            let hits = index.search_with(&query, cache, full);
            in_body = hits
                .iter()
                .filter(|h| h.in_body)
                .map(|h| h.episode)
                .collect();
            if sort == SortOrder::BestMatch && !query.words.is_empty() {
                by_relevance(archive, hits)
            } else {
                ordered(archive, hits.into_iter().map(|h| h.episode).collect(), sort)
            }
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
                archive.episodes[idx.get()]
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
        in_body: in_body.into(),
    }
}

/// Best score first; equal scores newest first.
///
/// Each hit becomes one `u64` (the score's bits, ordered as `f32::total_cmp`
/// orders and inverted for best first, then the recency rank) and the keys
/// sort as plain integers: no comparator closure and no lookup of ranks
/// scattered in memory per comparison. A one-letter query matches most of
/// the archive, and its sort was a large part of that keystroke.
fn by_relevance(archive: &Archive, hits: Vec<SearchHit>) -> Vec<EpisodeIdx> {
    let rank = archive.recency_rank();
    let mut keys: Vec<u64> = hits
        .iter()
        .map(|h| u64::from(!ordered_bits(h.score)) << 32 | rank[h.episode.get()] as u64)
        .collect();
    // Recency ranks are distinct, so every key is distinct.
    keys.sort_unstable();
    let newest = archive.newest_first();
    keys.into_iter()
        .map(|k| newest[(k & u64::from(u32::MAX)) as usize])
        .collect()
}

/// `x`'s bits as an unsigned integer whose order is `f32::total_cmp`'s.
fn ordered_bits(x: f32) -> u32 {
    let bits = x.to_bits();
    if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    }
}

/// Newest or oldest first (undated episodes last either way).
fn ordered(archive: &Archive, mut episodes: Vec<EpisodeIdx>, sort: SortOrder) -> Vec<EpisodeIdx> {
    let newest = archive.newest_first();
    if episodes.len() == newest.len() {
        // Every episode: the archive's own order, no sort.
        episodes.copy_from_slice(newest);
    } else if episodes.len() * 16 < newest.len() {
        // Few matches: sort their places in the newest-first order. Plain
        // integers, so this is the ranking's sort, not another copy of the
        // sorting code in the wasm.
        let rank = archive.recency_rank();
        let mut places: Vec<u64> = episodes.iter().map(|&e| rank[e.get()] as u64).collect();
        places.sort_unstable();
        episodes.clear();
        episodes.extend(places.iter().map(|&place| newest[place as usize]));
    } else {
        // Many matches: one pass over the newest-first order beats a sort.
        let mut matched = vec![false; newest.len()];
        for &e in &episodes {
            matched[e.get()] = true;
        }
        episodes.clear();
        episodes.extend(newest.iter().copied().filter(|&e| matched[e.get()]));
    }
    if sort == SortOrder::Oldest {
        let dated = episodes
            .iter()
            .take_while(|&&e| archive.episodes[e.get()].date.is_some())
            .count();
        episodes[..dated].reverse();
    }
    episodes
}

#[cfg(test)]
mod tests {
    use super::ordered_bits;

    #[test]
    fn ordered_bits_order_floats_as_total_cmp_does() {
        let xs = [
            f32::NEG_INFINITY,
            -2.5,
            -f32::MIN_POSITIVE,
            -0.0,
            0.0,
            f32::MIN_POSITIVE,
            0.3,
            1.0,
            7.25,
            f32::MAX,
            f32::INFINITY,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    ordered_bits(a).cmp(&ordered_bits(b)),
                    a.total_cmp(&b),
                    "{a} vs {b}"
                );
            }
        }
    }
}

//! A loaded archive: the manifest's episodes after validation, with what
//! every keystroke needs precomputed once (folded search text, sort order,
//! the category list).

use crate::error::Problem;
use crate::fold::fold;
use crate::model::{Episode, SearchIndexRef};
use crate::words_table::WordTable;

pub use crate::episode_idx::EpisodeIdx;

/// A validated, ready-to-filter archive.
#[derive(Debug, Clone, PartialEq)]
pub struct Archive {
    /// The show's name.
    pub title: String,
    /// The show's description.
    pub description: String,
    /// The show's home page, as written in the manifest.
    pub link: Option<String>,
    /// Content language tag.
    pub language: Option<String>,
    /// The show's artwork, as written in the manifest.
    pub image: Option<String>,
    /// Episodes that could be read, in manifest order.
    pub episodes: Vec<Episode>,
    /// Episodes skipped or repaired while reading.
    pub problems: Vec<Problem>,
    /// The manifest's prebuilt index of its posts, if it names one.
    pub search: Option<SearchIndexRef>,
    /// Why the manifest's `search` could not be read, if it could not
    /// (the archive works without it).
    pub search_problem: Option<String>,
    /// Episode positions, newest first.
    newest_first: Vec<EpisodeIdx>,
    /// Per episode, its place in `newest_first` (ties in ranking go to the newer).
    recency_rank: Vec<usize>,
    /// Every category name, sorted case-insensitively, each once.
    categories: Vec<String>,
    /// Per episode, its categories as positions in `categories`, so counts
    /// per keystroke are array increments, not string hashing.
    category_ids: Vec<Vec<u32>>,
}

impl Archive {
    /// Builds the archive from already-validated episodes.
    pub fn new(
        title: String,
        description: String,
        link: Option<String>,
        language: Option<String>,
        episodes: Vec<Episode>,
        problems: Vec<Problem>,
    ) -> Self {
        let newest_first = newest_first(&episodes);
        let mut recency_rank = vec![0; episodes.len()];
        for (pos, &idx) in newest_first.iter().enumerate() {
            recency_rank[idx.get()] = pos;
        }
        let (categories, category_ids) = categories(&episodes);
        Self {
            title,
            description,
            link,
            language,
            image: None,
            episodes,
            problems,
            search: None,
            search_problem: None,
            newest_first,
            recency_rank,
            categories,
            category_ids,
        }
    }

    /// Episode positions, newest first: dated episodes by date, then
    /// undated ones; ties broken by episode number (higher first), then by
    /// manifest order.
    pub fn newest_first(&self) -> &[EpisodeIdx] {
        &self.newest_first
    }

    /// Each episode's place in the newest-first order.
    pub fn recency_rank(&self) -> &[usize] {
        &self.recency_rank
    }

    /// All category names, sorted, without duplicates.
    pub fn categories(&self) -> &[String] {
        &self.categories
    }

    /// An episode's categories as positions in [`Archive::categories`].
    pub fn category_ids(&self, idx: EpisodeIdx) -> &[u32] {
        self.category_ids.get(idx.get()).map_or(&[], Vec::as_slice)
    }

    /// The episode at `idx`, if the archive has it.
    pub fn episode(&self, idx: EpisodeIdx) -> Option<&Episode> {
        self.episodes.get(idx.get())
    }

    /// How many episodes were skipped entirely.
    pub fn skipped_count(&self) -> usize {
        self.problems.iter().filter(|p| p.skipped).count()
    }
}

fn newest_first(episodes: &[Episode]) -> Vec<EpisodeIdx> {
    let mut order: Vec<u32> = (0..episodes.len() as u32).collect();
    // Unstable is enough: the index breaks every tie, so the order is total.
    crate::words_table::sort_by(&mut order, &|a, b| {
        let (ea, eb) = (&episodes[a as usize], &episodes[b as usize]);
        // ISO 8601 dates of the validated shapes sort as strings; `None`
        // (undated) sorts below every date, so reversing puts it last.
        eb.date
            .cmp(&ea.date)
            .then(eb.number.cmp(&ea.number))
            .then(a.cmp(&b))
    });
    order
        .into_iter()
        .map(|i| EpisodeIdx::new(i as usize))
        .collect()
}

/// Every category name once, sorted by its folded form, and per episode
/// its categories as places in that list.
fn categories(episodes: &[Episode]) -> (Vec<String>, Vec<Vec<u32>>) {
    // Each name gets an id as met (word tables here, where maps would each
    // be one more hash map instantiation in the wasm).
    let mut names = WordTable::default();
    let by_id: Vec<Vec<u32>> = episodes
        .iter()
        .map(|e| e.categories.iter().map(|c| names.intern(c)).collect())
        .collect();
    // Sorted by folded form, so "éthique" sits beside "ethics", not after
    // "zoology"; the name itself after a NUL breaks ties (loading merges
    // names that fold alike, but an archive built from unmerged episodes
    // may have both "Zoë" and "zoe"). With any NUL taken out of the folded
    // part, the first NUL ends it, so every key is its name's own and gets
    // the name's id. The sort is the word table's, the one the search's
    // vocabulary uses.
    let mut keys = WordTable::default();
    for name in 0..names.len() as u32 {
        let name = names.word(name);
        keys.intern(&format!("{}\0{name}", fold(name).replace('\0', "")));
    }
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    keys.sort_ids(&mut order);
    let mut place = vec![0u32; names.len()];
    let mut sorted = Vec::with_capacity(names.len());
    for (at, &name) in order.iter().enumerate() {
        place[name as usize] = at as u32;
        sorted.push(names.word(name).to_owned());
    }
    let category_ids = by_id
        .into_iter()
        .map(|ids| ids.into_iter().map(|name| place[name as usize]).collect())
        .collect();
    (sorted, category_ids)
}

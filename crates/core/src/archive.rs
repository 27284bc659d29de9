//! A loaded archive: the manifest's episodes after validation, with what
//! every keystroke needs precomputed once (folded search text, sort order,
//! the category list).

use std::collections::BTreeMap;

use crate::error::Problem;
use crate::fold::fold;
use crate::html_policy::searchable_text;
use crate::model::{BodyFormat, Episode};

/// Position of an episode in [`Archive::episodes`]. Episodes are addressed by
/// position rather than id so that a manifest with duplicate ids can never
/// make two posts share one expanded state.
pub type EpisodeIdx = usize;

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
    /// Episodes that could be read, in manifest order.
    pub episodes: Vec<Episode>,
    /// Episodes skipped or repaired while reading.
    pub problems: Vec<Problem>,
    /// Per episode: folded title, summary, inline body, guests, categories
    /// and reference titles, for keyword matching.
    search_text: Vec<String>,
    /// Episode positions, newest first.
    newest_first: Vec<EpisodeIdx>,
    /// Every category name, sorted case-insensitively, each once.
    categories: Vec<String>,
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
        let search_text = episodes.iter().map(search_text).collect();
        let newest_first = newest_first(&episodes);
        let categories = categories(&episodes);
        Self {
            title,
            description,
            link,
            language,
            episodes,
            problems,
            search_text,
            newest_first,
            categories,
        }
    }

    /// Episode positions, newest first: dated episodes by date, then
    /// undated ones; ties broken by episode number (higher first), then by
    /// manifest order.
    pub fn newest_first(&self) -> &[EpisodeIdx] {
        &self.newest_first
    }

    /// All category names, sorted, without duplicates.
    pub fn categories(&self) -> &[String] {
        &self.categories
    }

    /// The folded text a keyword query is matched against.
    pub fn search_text(&self, idx: EpisodeIdx) -> &str {
        self.search_text.get(idx).map_or("", String::as_str)
    }

    /// How many episodes were skipped entirely.
    pub fn skipped_count(&self) -> usize {
        self.problems.iter().filter(|p| p.skipped).count()
    }
}

fn search_text(episode: &Episode) -> String {
    let html = episode.body_format == BodyFormat::Html;
    let as_text = |s: &str| {
        if html {
            searchable_text(s)
        } else {
            s.to_owned()
        }
    };
    let (summary, body) = (
        as_text(&episode.summary),
        episode.body.as_deref().map(as_text),
    );
    let mut parts: Vec<&str> = vec![&episode.title, &summary];
    if let Some(body) = &body {
        parts.push(body);
    }
    parts.extend(episode.guests.iter().map(|g| g.name.as_str()));
    parts.extend(episode.categories.iter().map(String::as_str));
    parts.extend(episode.references.iter().map(|r| r.title.as_str()));
    // Fields are joined with a control character that folded query words
    // never contain, so a word cannot match across two fields.
    let folded: Vec<String> = parts.iter().map(|p| fold(p)).collect();
    folded.join("\u{1f}")
}

fn newest_first(episodes: &[Episode]) -> Vec<EpisodeIdx> {
    let mut order: Vec<EpisodeIdx> = (0..episodes.len()).collect();
    order.sort_by(|&a, &b| {
        let (ea, eb) = (&episodes[a], &episodes[b]);
        // ISO 8601 dates of the validated shapes sort as strings; `None`
        // (undated) sorts below every date, so reversing puts it last.
        eb.date
            .cmp(&ea.date)
            .then(eb.number.cmp(&ea.number))
            .then(a.cmp(&b))
    });
    order
}

fn categories(episodes: &[Episode]) -> Vec<String> {
    // Loading already merged case variants into one spelling; sorting by the
    // folded name puts "éthique" beside "ethics", not after "zoology".
    let mut by_key: BTreeMap<String, String> = BTreeMap::new();
    for name in episodes.iter().flat_map(|e| &e.categories) {
        by_key.entry(fold(name)).or_insert_with(|| name.clone());
    }
    by_key.into_values().collect()
}

//! The manifest's episodes, checked one by one as they are read: an
//! episode that does not fit is skipped and reported, a field that can be
//! dropped (an unreadable date) is dropped and reported, and category
//! spellings are merged across the archive.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::error::Problem;
use crate::fold::fold;
use crate::format::parse_date;
use crate::json::Node;
use crate::model::Episode;
use crate::read;

/// The episodes read so far, and what was wrong with the others.
#[derive(Default)]
pub(crate) struct EpisodeReader {
    /// Episodes that could be read, in manifest order.
    pub episodes: Vec<Episode>,
    /// Episodes skipped or repaired.
    pub problems: Vec<Problem>,
    /// Items seen so far, read or not.
    seen: usize,
    /// Position in the manifest of the first episode seen with each id.
    first_with_id: HashMap<String, usize>,
    /// Folded category name → the spelling met first, so case variants merge.
    spelling: HashMap<String, String>,
}

impl EpisodeReader {
    /// Reads the next item of the `episodes` array.
    pub fn push(&mut self, item: Node) {
        let index = self.seen;
        self.seen += 1;
        // The id, for the report should the episode not be read (a copy of
        // a pointer unless the id had escapes).
        let id = match &item {
            Node::Members(members) => match members.iter().rev().find(|(k, _)| k == "id") {
                Some((_, Node::Text(id))) => Some(id.clone()),
                _ => None,
            },
            _ => None,
        };
        let mut episode: Episode = match read::object(item, read::episode) {
            Ok(episode) => episode,
            Err(e) => {
                self.problems.push(Problem {
                    index,
                    id: id.map(Cow::into_owned),
                    skipped: true,
                    reason: e.to_string(),
                });
                return;
            }
        };
        let id = Some(episode.id.clone());
        let problem = |skipped: bool, reason: String| Problem {
            index,
            id: id.clone(),
            skipped,
            reason,
        };
        if episode.id.trim().is_empty() {
            self.problems.push(problem(true, "`id` is empty".into()));
            return;
        }
        if episode.title.trim().is_empty() {
            self.problems.push(problem(true, "`title` is empty".into()));
            return;
        }
        if let Some(date) = &episode.date {
            if parse_date(date).is_none() {
                self.problems.push(problem(
                    false,
                    // Quoted by hand: `{:?}` would bring Unicode escaping tables
                    // into the wasm for this one message.
                    format!("`date` \"{date}\" is not an ISO 8601 date; shown undated"),
                ));
                episode.date = None;
            }
        }
        if let Some(&first) = self.first_with_id.get(&episode.id) {
            self.problems.push(problem(
                false,
                format!("`id` is also used by episode {}; both are shown", first + 1),
            ));
        } else {
            self.first_with_id.insert(episode.id.clone(), index);
        }
        episode.categories = merge_categories(&episode.categories, &mut self.spelling);
        self.episodes.push(episode);
    }
}

/// Trims names, drops empty ones, maps case and accent variants to one
/// spelling across the archive and keeps each category once per episode.
fn merge_categories(names: &[String], spelling: &mut HashMap<String, String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    // A set beside the list keeps this linear: a hostile manifest may give
    // one episode 100,000 categories.
    let mut seen = std::collections::HashSet::with_capacity(names.len());
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        let canonical = spelling
            .entry(fold(name))
            .or_insert_with(|| name.to_owned())
            .clone();
        if seen.insert(canonical.clone()) {
            out.push(canonical);
        }
    }
    out
}

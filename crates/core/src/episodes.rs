//! The manifest's episodes, checked one by one as they are read: an
//! episode that does not fit is skipped and reported, a field that can be
//! dropped (an unreadable date) is dropped and reported, and category
//! spellings are merged across the archive.

use std::borrow::Cow;

use crate::error::Problem;
use crate::fold::fold;
use crate::format::parse_date;
use crate::json::Node;
use crate::model::Episode;
use crate::read;
use crate::words_table::WordTable;

/// The episodes read so far, and what was wrong with the others.
#[derive(Default)]
pub(crate) struct EpisodeReader {
    /// Episodes that could be read, in manifest order.
    pub episodes: Vec<Episode>,
    /// Episodes skipped or repaired.
    pub problems: Vec<Problem>,
    /// Items seen so far, read or not.
    seen: usize,
    /// The ids of the episodes read so far, interned (word tables, here and
    /// below, where maps would each be one more hash map instantiation in
    /// the wasm).
    ids: WordTable,
    /// Per interned id, the position in the manifest of its first episode.
    first_with_id: Vec<usize>,
    /// Folded category names, interned.
    folded: WordTable,
    /// Per folded name, the spelling met first, so case variants merge.
    spelling: Vec<String>,
    /// Per folded name, the position of the last episode given it: each
    /// category is kept once per episode without a set per episode (a
    /// hostile manifest may give one episode 100,000 categories).
    given_to: Vec<usize>,
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
        let slot = self.ids.intern(&episode.id) as usize;
        if let Some(&first) = self.first_with_id.get(slot) {
            self.problems.push(problem(
                false,
                format!("`id` is also used by episode {}; both are shown", first + 1),
            ));
        } else {
            self.first_with_id.push(index);
        }
        episode.categories = self.merge_categories(&episode.categories, index);
        self.episodes.push(episode);
    }

    /// Trims names, drops empty ones, maps case and accent variants to one
    /// spelling across the archive and keeps each category once per
    /// episode (the one at `index`).
    fn merge_categories(&mut self, names: &[String], index: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(names.len());
        for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
            let id = self.folded.intern(&fold(name)) as usize;
            if id == self.spelling.len() {
                self.spelling.push(name.to_owned());
                self.given_to.push(usize::MAX);
            }
            if self.given_to[id] != index {
                self.given_to[id] = index;
                out.push(self.spelling[id].clone());
            }
        }
        out
    }
}

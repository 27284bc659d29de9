//! `check`: validates an archive (and its body files), listing every
//! problem with its JSON path.

use std::path::Path;

use episode_archive_core::media::timecode::parse_clock;
use episode_archive_core::search::fulltext::{decode_shard, episodes_hash, FullText};
use episode_archive_core::{parse_body_document, parse_manifest, Archive};
use serde_json::Value;

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `error` (the widget skips or refuses it) or `warning` (shown, repaired).
    pub error: bool,
    /// JSON path, e.g. `$.episodes[3]` or `$.episodes[3].body_url`.
    pub path: String,
    /// What is wrong, in the widget's words.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = if self.error { "error" } else { "warning" };
        write!(f, "{level}: {}: {}", self.path, self.message)
    }
}

/// Checks `archive.json` at `path`.
pub fn check(path: &Path) -> Vec<Finding> {
    let error = |path: &str, message: String| Finding {
        error: true,
        path: path.to_owned(),
        message,
    };
    let text = match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(e)) => return vec![error("$", format!("not UTF-8: {e}"))],
        Err(e) => return vec![error("$", format!("cannot read {}: {e}", path.display()))],
    };
    let archive = match parse_manifest(&text) {
        Ok(archive) => archive,
        Err(e) => return vec![error("$", e.to_string())],
    };
    // Each reason names the field within its episode (`` `guests[1].name` is
    // a number, not a string ``), so the path is the episode's.
    let mut findings: Vec<Finding> = archive
        .problems
        .iter()
        .map(|problem| Finding {
            error: problem.skipped,
            path: format!("$.episodes[{}]", problem.index),
            message: problem.reason.clone(),
        })
        .collect();
    let raw: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let empty = Vec::new();
    let raw_episodes = raw
        .get("episodes")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let dir = path.parent().unwrap_or(Path::new("."));
    for (i, raw_episode) in raw_episodes.iter().enumerate() {
        let Some(body_url) = raw_episode.get("body_url").and_then(Value::as_str) else {
            continue;
        };
        if body_url.contains("://") {
            continue; // remote: not ours to check offline
        }
        let file = dir.join(body_url);
        let at = format!("$.episodes[{i}].body_url");
        match std::fs::read_to_string(&file) {
            Ok(body) => {
                if let Err(e) = parse_body_document(&body) {
                    findings.push(error(&at, format!("{}: {e}", file.display())));
                }
            }
            Err(e) => findings.push(error(&at, format!("{}: {e}", file.display()))),
        }
    }
    // Chapter starts are clock times; one that is not cannot be played to.
    for (i, raw_episode) in raw_episodes.iter().enumerate() {
        let marks = raw_episode.get("chapter_list").and_then(Value::as_array);
        for (j, mark) in marks.into_iter().flatten().enumerate() {
            let Some(start) = mark.get("start").and_then(Value::as_str) else {
                continue; // a type error: the reader reported it
            };
            if parse_clock(start).is_none() {
                findings.push(Finding {
                    error: false,
                    path: format!("$.episodes[{i}].chapter_list[{j}].start"),
                    message: format!("{start:?} is not a clock time (12:30, 1:02:03 or 00:12:30.500): the player leaves the chapter out"),
                });
            }
        }
    }
    findings.extend(check_search_index(&archive, dir));
    findings
}

/// The manifest's search index: unreadable or stale, the widget ignores it
/// (posts in files are then not searched), so each is a warning that says
/// to rebuild it.
fn check_search_index(archive: &Archive, dir: &Path) -> Vec<Finding> {
    let warning = |path: &str, message: String| Finding {
        error: false,
        path: path.to_owned(),
        message: format!("{message}; run `episode-archive index` to rebuild it"),
    };
    if let Some(problem) = &archive.search_problem {
        return vec![warning("$.search", problem.clone())];
    }
    let Some(search) = &archive.search else {
        let split = archive.episodes.iter().any(|e| e.body_url.is_some());
        return if split {
            vec![warning(
                "$.search",
                "posts in `body_url` files are not searched: the manifest names no search index"
                    .into(),
            )]
        } else {
            Vec::new()
        };
    };
    if search.url.contains("://") {
        return Vec::new(); // remote: not ours to check offline
    }
    let file = dir.join(&search.url);
    let full = match std::fs::read(&file)
        .map_err(|e| e.to_string())
        .and_then(|b| FullText::from_bytes(&b).map_err(|e| e.to_string()))
    {
        Ok(full) => full,
        Err(e) => return vec![warning("$.search.url", format!("{}: {e}", file.display()))],
    };
    let current = episodes_hash(&archive.episodes);
    let mut findings = Vec::new();
    if full.directory().episodes_hash != search.episodes_hash || search.episodes_hash != current {
        findings.push(warning(
            "$.search.episodes_hash",
            format!(
                "the index is stale: built for episodes {}, the manifest names {}, its episodes are {current}",
                full.directory().episodes_hash,
                search.episodes_hash
            ),
        ));
    }
    let base = file.parent().unwrap_or(dir);
    for at in 0..full.directory().shards.len() {
        let Some(name) = full.file(at) else { continue };
        let shard = base.join(name);
        let read = std::fs::read(&shard)
            .map_err(|e| e.to_string())
            .and_then(|b| decode_shard(&b).map_err(|e| e.to_string()))
            .and_then(|s| {
                full.with_shard(at, s)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            });
        if let Err(e) = read {
            findings.push(warning("$.search.url", format!("{}: {e}", shard.display())));
        }
    }
    findings
}

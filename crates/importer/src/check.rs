//! `check`: validates an archive (and its body files), listing every
//! problem with its JSON path.

use std::path::Path;

use episode_archive_core::{parse_body_document, parse_manifest};
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
    findings
}

//! `stats`: episodes per category and the largest episodes.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use episode_archive_core::parse_manifest;

/// A printable summary of the archive at `path`.
pub fn stats(path: &Path, top: usize) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let archive = parse_manifest(&text).map_err(|e| e.to_string())?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} episodes",
        archive.title,
        archive.episodes.len()
    );
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for name in archive.episodes.iter().flat_map(|e| &e.categories) {
        *counts.entry(name).or_default() += 1;
    }
    let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let _ = writeln!(out, "\nEpisodes per category:");
    for (name, count) in &counts {
        let _ = writeln!(out, "{count:>7}  {name}");
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut sizes: Vec<(u64, &str)> = archive
        .episodes
        .iter()
        .map(|e| {
            let inline = e.body.as_ref().map_or(0, |b| b.len() as u64) + e.summary.len() as u64;
            let file = e
                .body_url
                .as_ref()
                .and_then(|u| std::fs::metadata(dir.join(u)).ok())
                .map_or(0, |m| m.len());
            (inline + file, e.title.as_str())
        })
        .collect();
    sizes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let _ = writeln!(out, "\nLargest episodes (summary + body, bytes):");
    for (bytes, title) in sizes.iter().take(top) {
        let _ = writeln!(out, "{bytes:>9}  {title}");
    }
    Ok(out)
}

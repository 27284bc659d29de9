//! Writing an archive's full-text index: every post kept in a `body_url`
//! file, indexed by the core's own code (so the widget reads it exactly as
//! it would have built it), written to `search/` beside the manifest, and
//! named in the manifest's `search` member.
//!
//! The manifest is read with the widget's reader, so the episodes' order
//! (after any unreadable one is skipped) and their hash are the widget's.
//! It is rewritten with its members in their order and only `search`
//! added or replaced; index files no longer named are removed.

use std::fs;
use std::path::Path;

use episode_archive_core::search::fulltext::{self, episodes_hash};
use episode_archive_core::{parse_body_document, parse_manifest, BodyDocument};
use serde_json::Value;

/// Indexes of up to this many bytes are one file: fetched whole right
/// after the list's first paint. About 100 KB brotli; see BENCHMARKS.md.
pub const ONE_FILE_BYTES: usize = 256 * 1024;
/// Shards of about this many bytes of postings: a query typed into a
/// large archive costs a few of them. See BENCHMARKS.md.
pub const SHARD_BYTES: usize = 32 * 1024;

/// How the index is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexOptions {
    /// One file up to this size.
    pub one_file_bytes: usize,
    /// Beyond it, shards of about this size.
    pub shard_bytes: usize,
}

impl Default for IndexOptions {
    fn default() -> Self {
        Self {
            one_file_bytes: ONE_FILE_BYTES,
            shard_bytes: SHARD_BYTES,
        }
    }
}

/// What indexing did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Indexed {
    /// Posts indexed (from `body_url` files).
    pub posts: usize,
    /// Distinct words.
    pub words: usize,
    /// Files written: the directory, then shards.
    pub files: usize,
    /// Bytes written, all files.
    pub bytes: usize,
    /// Posts that could not be read, each with the reason; their words are
    /// not searchable until the problem is fixed and the index rebuilt.
    pub problems: Vec<String>,
}

/// Indexes the posts of the archive in `dir` (its `archive.json` and the
/// files its `body_url`s name) and adds the index to the manifest. An
/// archive with no post in a file gets no index (and loses a stale one).
pub fn index_archive(dir: &Path, options: IndexOptions) -> Result<Indexed, String> {
    let manifest_path = dir.join("archive.json");
    let text = fs::read_to_string(&manifest_path)
        .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
    let archive = parse_manifest(&text).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let mut indexed = Indexed::default();
    let mut documents: Vec<(u32, BodyDocument)> = Vec::new();
    for (i, episode) in archive.episodes.iter().enumerate() {
        let Some(url) = episode.body_url.as_deref() else {
            continue;
        };
        if url.contains("://") || url.starts_with('/') {
            indexed.problems.push(format!(
                "episode \"{}\": {url} is not a file beside the manifest; its words are not indexed",
                episode.id
            ));
            continue;
        }
        let file = dir.join(url);
        let read = fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|t| parse_body_document(&t).map_err(|e| e.to_string()));
        match read {
            Ok(doc) => documents.push((i as u32, doc)),
            Err(e) => indexed.problems.push(format!(
                "episode \"{}\": {}: {e}; its words are not indexed",
                episode.id,
                file.display()
            )),
        }
    }
    let search_dir = dir.join("search");
    let mut keep = Vec::new();
    let reference = if documents.is_empty() {
        None
    } else {
        let pairs: Vec<(u32, &BodyDocument)> = documents.iter().map(|(i, d)| (*i, d)).collect();
        let built = fulltext::build(archive.episodes.len() as u32, &pairs);
        let hash = episodes_hash(&archive.episodes);
        let files = fulltext::write(&built, &hash, options.one_file_bytes, options.shard_bytes);
        fs::create_dir_all(&search_dir)
            .map_err(|e| format!("cannot create {}: {e}", search_dir.display()))?;
        for file in &files {
            let path = search_dir.join(&file.name);
            fs::write(&path, &file.bytes)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            indexed.bytes += file.bytes.len();
            keep.push(file.name.clone());
        }
        indexed.posts = documents.len();
        indexed.words = built.words.len();
        indexed.files = files.len();
        Some(serde_json::json!({
            "url": format!("search/{}", files[0].name),
            "episodes_hash": hash,
        }))
    };
    remove_old_files(&search_dir, &keep)?;
    let mut value: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    if let Value::Object(members) = &mut value {
        match reference {
            Some(reference) => {
                members.insert("search".into(), reference);
            }
            None => {
                members.shift_remove("search");
            }
        }
    }
    let mut out = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
    out.push('\n');
    if out != text {
        fs::write(&manifest_path, out)
            .map_err(|e| format!("cannot write {}: {e}", manifest_path.display()))?;
    }
    Ok(indexed)
}

/// Removes the index files in `dir` that are not in `keep` (only files
/// this command writes: `index-*.bin`, `shard-*.bin`).
fn remove_old_files(dir: &Path, keep: &[String]) -> Result<(), String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours =
            (name.starts_with("index-") || name.starts_with("shard-")) && name.ends_with(".bin");
        if ours && !keep.contains(&name) {
            fs::remove_file(entry.path())
                .map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

//! Any bytes as a full-text index's directory or shard: a clear error or an
//! index that can be searched without a panic.
#![no_main]

use std::sync::OnceLock;

use episode_archive_core::search::fulltext::{decode_shard, FullText};
use episode_archive_core::search::{Index, WordCache};
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::{parse_manifest, visible, Archive, SortOrder};
use libfuzzer_sys::fuzz_target;

fn archive(n: usize) -> Archive {
    let episodes: Vec<String> = (0..n).map(|i| format!(r#"{{"id": "e{i}", "title": "Episode {i}", "body_url": "{i}.json"}}"#)).collect();
    parse_manifest(&format!(r#"{{"version": 1, "title": "T", "episodes": [{}]}}"#, episodes.join(","))).unwrap()
}

fuzz_target!(|data: &[u8]| {
    static ARCHIVES: OnceLock<Vec<Archive>> = OnceLock::new();
    let archives = ARCHIVES.get_or_init(|| (0..8).map(archive).collect());
    if let Ok(full) = FullText::from_bytes(data) {
        let n = full.directory().episodes as usize;
        if let Some(archive) = archives.get(n) {
            let index = Index::build(&archive.episodes);
            for query in ["a", "ab", "deep learn", "\"the of\" -x", "rockefelelr "] {
                let view = visible(archive, Some(&index), Some(&full), &mut WordCache::default(), query, &SortedSet::new(), SortOrder::BestMatch);
                assert!(view.episodes.iter().all(|i| i.get() < n));
            }
        }
        // A shard for the directory: accepted only if it is that shard.
        for at in 0..full.directory().shards.len() {
            if let Ok(shard) = decode_shard(data) {
                let _ = full.with_shard(at, shard);
            }
        }
    }
    let _ = decode_shard(data);
});

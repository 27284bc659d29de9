//! Any bytes served as a manifest or a post: a clear answer, never a panic;
//! what loads is consistent (every episode has an id and a title, the
//! newest-first order is a permutation of the episodes).
#![no_main]

use episode_archive_core::response::{body_text, Limits};
use episode_archive_core::{parse_body_document, parse_manifest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = body_text(data.to_vec(), &Limits::default()) else {
        return;
    };
    if let Ok(archive) = parse_manifest(&text) {
        for episode in &archive.episodes {
            assert!(!episode.id.is_empty() && !episode.title.is_empty());
        }
        let mut order: Vec<usize> = archive.newest_first().iter().map(|i| i.get()).collect();
        order.sort_unstable();
        assert!(order.iter().copied().eq(0..archive.episodes.len()));
    }
    let _ = parse_body_document(&text);
});

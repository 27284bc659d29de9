//! Any bytes as a feed: read and converted without a panic; every episode
//! the importer writes has an id and a title, and its HTML passes through
//! the allow-list (no script element and no javascript: URL survives).
#![no_main]

use episode_archive_cli::{convert, feed, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = feed::read(data) else {
        return;
    };
    let (manifest, _report) = convert::convert(&raw, &Options::default());
    for episode in &manifest.episodes {
        assert!(!episode.id.trim().is_empty() && !episode.title.trim().is_empty(), "{episode:?}");
        if let Some(body) = &episode.body {
            // Markup written as text is escaped (`&lt;script`), so these
            // can only be elements and attribute values.
            let lower = body.to_ascii_lowercase();
            assert!(!lower.contains("<script"), "{body}");
            assert!(!lower.contains("=\"javascript:"), "{body}");
        }
    }
});

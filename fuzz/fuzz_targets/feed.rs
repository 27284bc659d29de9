//! Any bytes as a feed: read and converted without a panic; every episode
//! the importer writes has an id and a title, and its HTML passes through
//! the allow-list (no script element and no javascript: URL survives).
#![no_main]

use episode_archive_cli::{convert, feed, Options};
use libfuzzer_sys::fuzz_target;

#[path = "support/serialised_html.rs"]
mod serialised_html;
use serialised_html::tags;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = feed::read(data) else {
        return;
    };
    let (manifest, _report) = convert::convert(&raw, &Options::default());
    for episode in &manifest.episodes {
        assert!(!episode.id.trim().is_empty() && !episode.title.trim().is_empty(), "{episode:?}");
        if let Some(body) = &episode.body {
            // Inside tags only: text may say `="javascript:` (the HTML
            // serialiser escapes `<`, `>` and `&` in text, not quotes), which
            // an earlier check here mistook for an attribute.
            for tag in tags(body) {
                let tag = tag.to_ascii_lowercase();
                assert!(!tag.starts_with("<script"), "{body}");
                assert!(!tag.contains("=\"javascript:") && !tag.contains("='javascript:"), "{tag}");
            }
        }
    }
});

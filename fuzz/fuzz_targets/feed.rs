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

/// The tags of serialised HTML, `<` to the `>` outside quotes (a `<` in text
/// is always escaped, so each one starts a tag).
fn tags(html: &str) -> Vec<&str> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let start = i;
            let mut quote = None;
            while i < bytes.len() {
                match (quote, bytes[i]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[i]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                i += 1;
            }
            out.push(&html[start..i.min(bytes.len())]);
        }
        i += 1;
    }
    out
}

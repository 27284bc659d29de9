//! Any query over a small fixed archive (with a full-text index of its
//! posts): no panic, every result an episode of the archive and once,
//! every mark inside its text on character boundaries, snippets only where
//! something matched.
#![no_main]

use std::sync::OnceLock;

thread_local! {
    /// The archive's two indexes, built once: a run is one query.
    static INDEXES: (Index, FullText) = {
        let (archive, bytes) = archive();
        (Index::build(&archive.episodes), FullText::from_bytes(bytes).unwrap())
    };
}

use episode_archive_core::search::fulltext::{self, episodes_hash, FullText};
use episode_archive_core::search::{snippet, Highlighter, Index, Query, WordCache};
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::{parse_manifest, visible, Archive, BodyDocument, BodyFormat, SortOrder};
use libfuzzer_sys::fuzz_target;

const POSTS: [&str; 4] = [
    "Deep learning and neural networks, explained with café examples.",
    "<p>GANs: mode collapse &amp; <b>vanishing</b> gradients.</p>",
    "Zoë Müller on privacy, bias and the Rockefeller Foundation.",
    "",
];

fn archive() -> &'static (Archive, Vec<u8>) {
    static ARCHIVE: OnceLock<(Archive, Vec<u8>)> = OnceLock::new();
    ARCHIVE.get_or_init(|| {
        let archive = parse_manifest(
            r#"{"version": 1, "title": "T", "episodes": [
            {"id": "a", "title": "Deep learning", "categories": ["AI"], "body_url": "a.json"},
            {"id": "b", "title": "GANs", "categories": ["AI", "Art"], "body_url": "b.json"},
            {"id": "c", "title": "Privacy", "guests": [{"name": "Zoë"}], "body_url": "c.json"},
            {"id": "d", "title": "Empty", "summary": "naïve résumé", "body": "inline words"}]}"#,
        )
        .unwrap();
        let docs: Vec<BodyDocument> = POSTS
            .iter()
            .enumerate()
            .map(|(i, p)| BodyDocument {
                body: (*p).to_owned(),
                body_format: if i == 1 { BodyFormat::Html } else { BodyFormat::Text },
            })
            .collect();
        let pairs: Vec<(u32, &BodyDocument)> = docs.iter().take(3).enumerate().map(|(i, d)| (i as u32, d)).collect();
        let built = fulltext::build(4, &pairs);
        let bytes = fulltext::write(&built, &episodes_hash(&archive.episodes), usize::MAX, 0).remove(0).bytes;
        (archive, bytes)
    })
}

fuzz_target!(|input: (String, u8)| {
    let (query, choice) = input;
    let (archive, _) = archive();
    INDEXES.with(|(index, full)| check(archive, index, full, &query, choice));
});

fn check(archive: &Archive, index: &Index, full: &FullText, query: &str, choice: u8) {
    let chosen: SortedSet<String> = match choice % 3 {
        0 => SortedSet::new(),
        1 => ["AI".to_owned()].into(),
        _ => ["Art".to_owned()].into(),
    };
    let sort = [SortOrder::BestMatch, SortOrder::Newest, SortOrder::Oldest][usize::from(choice / 3 % 3)];
    let view = visible(archive, Some(index), Some(full), &mut WordCache::default(), query, &chosen, sort);
    let mut seen = vec![false; archive.episodes.len()];
    for idx in view.episodes.iter() {
        assert!(!std::mem::replace(&mut seen[idx.get()], true), "an episode twice");
    }
    assert!(view.in_body.iter().all(|i| i.get() < archive.episodes.len()));
    let highlighter = Highlighter::new(&Query::parse(query));
    for text in POSTS.iter().copied().chain(archive.episodes.iter().map(|e| e.title.as_str())) {
        for (s, e) in highlighter.ranges(text) {
            assert!(s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
        }
        let passage = snippet(text, &highlighter, 20, 40);
        assert_eq!(passage.is_some(), !highlighter.ranges(text).is_empty());
    }
}

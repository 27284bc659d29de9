//! The shipped demo archive loads cleanly: every seed post, nothing skipped.

use episode_archive_core::{parse_body_document, parse_manifest};

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo");

#[test]
fn the_demo_archive_loads_every_seed_post() {
    let text = std::fs::read_to_string(format!("{DEMO}/archive.json")).expect("demo/archive.json");
    let archive = parse_manifest(&text).expect("demo manifest is valid");
    assert_eq!(archive.episodes.len(), 15);
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    assert!(
        archive.categories().len() >= 8,
        "{:?}",
        archive.categories()
    );
    assert!(archive
        .episodes
        .iter()
        .all(|e| e.categories.iter().any(|c| c == "Artificial Intelligence")));

    let remote: Vec<&str> = archive
        .episodes
        .iter()
        .filter_map(|e| e.body_url.as_deref())
        .collect();
    assert!(
        !remote.is_empty(),
        "at least one post loads its body through body_url"
    );
    for url in remote {
        let body = std::fs::read_to_string(format!("{DEMO}/{url}")).expect("body file exists");
        assert!(
            parse_body_document(&body)
                .expect("body document")
                .body
                .len()
                > 1000
        );
    }
}

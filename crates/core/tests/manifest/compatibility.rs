//! The compatibility promise of docs/manifest.md: a manifest written for a
//! later widget of the same format version loads, its new fields left
//! unread; a later format version is refused with a message saying so.

use episode_archive_core::{parse_manifest, ManifestError};

#[test]
fn fields_a_later_widget_added_are_skipped_and_the_archive_still_loads() {
    let text = r##"{
        "version": 1,
        "title": "Show",
        "theme_colour": "#ff0000",
        "live": {"url": "https://example.org/live", "starts": "2027-01-01"},
        "episodes": [
            {"id": "a", "title": "A", "date": "2026-11-30",
             "soundbites": [{"start": 12, "title": "Best bit"}],
             "value": {"type": "lightning", "recipients": [1, 2, 3]},
             "categories": ["News"]},
            {"id": "b", "title": "B", "rating": 4.5}
        ]
    }"##;
    let archive = parse_manifest(text).expect("loads");
    assert_eq!(archive.title, "Show");
    let ids: Vec<&str> = archive.episodes.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(archive.episodes[0].categories, ["News"]);
    assert_eq!(archive.skipped_count(), 0, "unknown fields are no problem");
}

#[test]
fn a_later_format_version_is_refused_saying_which() {
    let error = parse_manifest(r#"{"version": 2, "title": "Show", "episodes": []}"#)
        .expect_err("version 2 is refused");
    assert!(matches!(error, ManifestError::UnsupportedVersion { .. }));
    assert_eq!(
        error.to_string(),
        "manifest version 2 is not supported by this widget (it reads version 1)"
    );
}

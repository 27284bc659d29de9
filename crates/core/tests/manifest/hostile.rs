//! Hostile shapes: deep nesting, lone surrogates, odd bodies: read or reported, never a crash.

use episode_archive_core::{parse_body_document, parse_manifest};

use super::manifest;

#[test]
fn deep_nesting_is_read_without_recursion() {
    // serde_json skips over values without recursing, so depth is no
    // danger: 100,000 levels are valid JSON, just not a manifest.
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(
        parse_manifest(&deep).unwrap_err().to_string(),
        "not an episode manifest: the top level is an array, not an object"
    );
    let nested = |field: &str| {
        manifest(&format!(
            r#"{{"id": "b", "title": "T", "{field}": {}{}}}"#,
            "[".repeat(10_000),
            "]".repeat(10_000)
        ))
    };
    // Deep nesting in a field the manifest does not know is never looked
    // at, and the episode loads.
    let archive = parse_manifest(&nested("x")).expect("the manifest itself is fine");
    assert_eq!(archive.episodes.len(), 1);
    // Where a known field expects something else, the episode is skipped
    // and reported.
    let archive = parse_manifest(&nested("categories")).expect("the manifest itself is fine");
    assert!(archive.episodes.is_empty());
    assert_eq!(archive.problems.len(), 1);
    assert!(archive.problems[0].skipped);
    assert_eq!(archive.problems[0].id.as_deref(), Some("b"));
    assert_eq!(
        archive.problems[0].reason,
        "`categories[0]` is an array, not a string"
    );
}

#[test]
fn body_documents_parse_or_explain() {
    let doc = parse_body_document(r#"{"body": "Full text", "body_format": "text"}"#).unwrap();
    assert_eq!(doc.body, "Full text");
    let err = parse_body_document(r#"{"text": "wrong key"}"#).unwrap_err();
    assert_eq!(err.to_string(), "not a post body: `body` is missing");
    let err = parse_body_document("[]").unwrap_err();
    assert_eq!(
        err.to_string(),
        "not a post body: the top level is an array, not an object"
    );
}

#[test]
fn hostile_shapes_load_or_are_reported_never_crash() {
    // 1 MB strings.
    let big = "x".repeat(1 << 20);
    let archive = parse_manifest(&manifest(&format!(
        r#"{{"id": "a", "title": "{big}", "summary": "{big}"}}"#
    )))
    .unwrap();
    assert_eq!(archive.episodes[0].title.len(), 1 << 20);

    // 100,000 categories on one episode.
    let cats: Vec<String> = (0..100_000).map(|i| format!("\"c{i}\"")).collect();
    let archive = parse_manifest(&manifest(&format!(
        r#"{{"id": "a", "title": "T", "categories": [{}]}}"#,
        cats.join(",")
    )))
    .unwrap();
    assert_eq!(archive.categories().len(), 100_000);

    // Numbers and dates out of range: the episode is skipped or its date dropped, with a reason.
    let cases = [
        (r#"{"id": "n", "title": "T", "number": 99999999999}"#, true),
        (r#"{"id": "n", "title": "T", "number": 1e400}"#, true),
        (r#"{"id": "n", "title": "T", "duration_seconds": -1}"#, true),
        (r#"{"id": "n", "title": "T", "number": 1.5}"#, true),
        (r#"{"id": "d", "title": "T", "date": "99999-01-01"}"#, false),
        (r#"{"id": "d", "title": "T", "date": "2020-02-30"}"#, false),
    ];
    for (episode, skipped) in cases {
        match parse_manifest(&manifest(episode)) {
            Ok(archive) => {
                assert_eq!(archive.problems.len(), 1, "{episode}");
                assert_eq!(archive.problems[0].skipped, skipped, "{episode}");
            }
            // serde_json refuses numbers beyond f64 as a JSON error: also clear.
            Err(e) => assert!(
                e.to_string().starts_with("not valid JSON"),
                "{episode}: {e}"
            ),
        }
    }
}

#[test]
fn escaped_lone_surrogates_become_replacement_characters() {
    // JSON may escape half of a UTF-16 pair alone; no Rust (or well-formed)
    // string can hold one, so it reads as U+FFFD, as browsers show it.
    let archive = parse_manifest(
        r#"{"version": 1, "title": "a\ud800b \\ud800 \ud83d\ude00", "episodes": [
            {"id": "a", "title": "\udc00"}, {"id": "b", "title": "B", "categories": ["x\ud800"]}]}"#,
    )
    .unwrap();
    assert_eq!(archive.title, "a\u{fffd}b \\ud800 \u{1f600}");
    assert_eq!(archive.episodes[0].title, "\u{fffd}");
    assert_eq!(archive.episodes[1].categories, ["x\u{fffd}"]);
    assert!(archive.problems.is_empty());
    // An escape that is not one stays an error.
    assert_eq!(
        parse_manifest(r#"{"version": 1, "title": "\uZZZZ"}"#)
            .unwrap_err()
            .to_string(),
        "not valid JSON at line 1, column 31: invalid escape"
    );
    // A later error keeps its place after the repair; a backslash at the
    // very end is no escape.
    assert_eq!(
        parse_manifest("{\"version\": 1, \"title\": \"\\ud800\",\n x}")
            .unwrap_err()
            .to_string(),
        "not valid JSON at line 2, column 2: key must be a string"
    );
    assert!(parse_manifest("\"\\ud800\\").is_err());
}

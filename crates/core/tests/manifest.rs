//! Reading manifests: what loads, what is skipped and reported, and what is
//! a clear fatal error.

use episode_archive_core::{parse_body_document, parse_manifest, BodyFormat, ManifestError};

fn manifest(episodes: &str) -> String {
    format!(
        r#"{{"version": 1, "title": "Show", "description": "About", "episodes": [{episodes}]}}"#
    )
}

#[test]
fn a_valid_manifest_loads_every_field() {
    let text = r#"{
      "version": 1, "title": "Data Science at Home", "description": "AI, ML", "link": "https://example.org",
      "language": "en", "unknown_top": {"ignored": true},
      "episodes": [{
        "id": "ep-118", "title": "Testing in machine learning", "date": "2020-09-04", "number": 118,
        "categories": ["Testing", "Artificial Intelligence"], "summary": "Short", "body": "Long",
        "body_format": "text", "duration_seconds": 1080,
        "audio": {"url": "https://cdn.example.org/118.mp3", "type": "audio/mpeg"},
        "link": "https://example.org/118", "guests": [{"name": "Adam Leon Smith"}],
        "references": [{"title": "Paper", "url": "https://arxiv.org/abs/1"}, {"title": "No URL"}],
        "future_field": 42
      }]
    }"#;
    let archive = parse_manifest(text).expect("valid manifest");
    assert_eq!(archive.title, "Data Science at Home");
    assert_eq!(archive.language.as_deref(), Some("en"));
    assert!(archive.problems.is_empty());
    let ep = &archive.episodes[0];
    assert_eq!(ep.number, Some(118));
    assert_eq!(ep.duration_seconds, Some(1080));
    assert_eq!(ep.body_format, BodyFormat::Text);
    assert_eq!(
        ep.audio.as_ref().and_then(|a| a.mime_type.as_deref()),
        Some("audio/mpeg")
    );
    assert_eq!(ep.guests[0].name, "Adam Leon Smith");
    assert_eq!(ep.references[1].url, None);
}

#[test]
fn episodes_that_do_not_fit_are_skipped_and_reported() {
    // (episode JSON, reason fragment expected in the report)
    let cases = [
        (r#"{"title": "No id"}"#, "missing field `id`"),
        (r#"{"id": "a"}"#, "missing field `title`"),
        (r#"{"id": 5, "title": "Numeric id"}"#, "invalid type"),
        (r#"{"id": "b", "title": ["list"]}"#, "invalid type"),
        (
            r#"{"id": "c", "title": "T", "categories": "AI"}"#,
            "invalid type",
        ),
        (
            r#"{"id": "d", "title": "T", "number": -3}"#,
            "invalid value",
        ),
        (
            r#"{"id": "e", "title": "T", "body_format": "pdf"}"#,
            "unknown variant",
        ),
        (r#"{"id": " ", "title": "T"}"#, "`id` is empty"),
        (r#"{"id": "f", "title": ""}"#, "`title` is empty"),
        (r#""just a string""#, "invalid type"),
        ("null", "invalid type"),
    ];
    for (bad, reason) in cases {
        let text = manifest(&format!(
            r#"{{"id": "ok-1", "title": "Fine"}}, {bad}, {{"id": "ok-2", "title": "Also fine"}}"#
        ));
        let archive = parse_manifest(&text).unwrap_or_else(|e| panic!("{bad}: fatal {e}"));
        let ids: Vec<&str> = archive.episodes.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["ok-1", "ok-2"], "{bad}");
        assert_eq!(archive.skipped_count(), 1, "{bad}");
        let problem = &archive.problems[0];
        assert_eq!(problem.index, 1);
        assert!(
            problem.reason.contains(reason),
            "{bad}: {:?} lacks {reason:?}",
            problem.reason
        );
    }
}

#[test]
fn a_bad_date_is_dropped_and_reported_but_the_episode_kept() {
    let archive = parse_manifest(&manifest(
        r#"{"id": "a", "title": "T", "date": "last Tuesday"}"#,
    ))
    .unwrap();
    assert_eq!(archive.episodes.len(), 1);
    assert_eq!(archive.episodes[0].date, None);
    assert_eq!(archive.skipped_count(), 0);
    assert!(archive.problems[0].to_string().contains("shown undated"));
}

#[test]
fn duplicate_ids_are_kept_apart_and_reported() {
    let archive = parse_manifest(&manifest(
        r#"{"id": "same", "title": "First"}, {"id": "same", "title": "Second"}"#,
    ))
    .unwrap();
    assert_eq!(archive.episodes.len(), 2);
    assert_eq!(archive.problems.len(), 1);
    assert_eq!(
        archive.problems[0].to_string(),
        "episode 2 (\"same\") kept: `id` is also used by episode 1; both are shown"
    );
}

#[test]
fn category_case_variants_merge_into_the_first_spelling() {
    let archive = parse_manifest(&manifest(
        r#"{"id": "a", "title": "A", "categories": ["Ethics", " ethics ", "", "NLP"]},
           {"id": "b", "title": "B", "categories": ["ÉTHICS", "nlp"]}"#,
    ))
    .unwrap();
    assert_eq!(archive.categories(), ["Ethics", "NLP"]);
    assert_eq!(archive.episodes[0].categories, ["Ethics", "NLP"]);
    assert_eq!(archive.episodes[1].categories, ["Ethics", "NLP"]);
}

#[test]
fn fatal_errors_say_what_is_wrong() {
    let cases: [(&str, &str); 18] = [
        (
            "",
            "not valid JSON at line 1, column 0: EOF while parsing a value",
        ),
        (
            "<!doctype html><p>Not found</p>",
            "not valid JSON at line 1, column 1: expected value",
        ),
        (
            "{\n  \"version\": 1,\n  \"title\": \"x\"\n  \"episodes\": []}",
            "not valid JSON at line 4, column 3: expected `,` or `}`",
        ),
        (
            "[1, 2]",
            "not an episode manifest: the top level is an array, not an object",
        ),
        (
            r#"{"title": "x", "episodes": []}"#,
            "not an episode manifest: `version` is missing",
        ),
        (
            r#"{"version": "1", "title": "x", "episodes": []}"#,
            "not an episode manifest: `version` is a string, not a number",
        ),
        (
            r#"{"version": 2, "title": "x", "episodes": []}"#,
            "manifest version 2 is not supported by this widget (it reads version 1)",
        ),
        (
            r#"{"version": 1.5, "title": "x", "episodes": []}"#,
            "manifest version 1.5 is not supported by this widget (it reads version 1)",
        ),
        (
            r#"{"version": 1, "episodes": []}"#,
            "not an episode manifest: `title` is missing",
        ),
        (
            r#"{"version": 1, "title": 3, "episodes": []}"#,
            "not an episode manifest: `title` is a number, not a string",
        ),
        (
            r#"{"version": 1, "title": "x"}"#,
            "not an episode manifest: `episodes` is missing",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": {}}"#,
            "not an episode manifest: `episodes` is an object, not an array",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": {"a": [1, {"b": null}]}}"#,
            "not an episode manifest: `episodes` is an object, not an array",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": null}"#,
            "not an episode manifest: `episodes` is null, not an array",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": "all of them"}"#,
            "not an episode manifest: `episodes` is a string, not an array",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": -1.5}"#,
            "not an episode manifest: `episodes` is a number, not an array",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": true}"#,
            "not an episode manifest: `episodes` is a boolean, not an array",
        ),
        (
            // A syntax error inside an episode is the whole document's.
            "{\"version\": 1, \"title\": \"x\", \"episodes\": [\n  {\"id\": \"a\",}]}",
            "not valid JSON at line 2, column 14: trailing comma",
        ),
    ];
    for (text, message) in cases {
        match parse_manifest(text) {
            Ok(_) => panic!("{text:?} should fail"),
            Err(e) => assert_eq!(e.to_string(), message, "{text:?}"),
        }
    }
}

#[test]
fn a_repeated_top_level_key_counts_its_last_value() {
    let archive = parse_manifest(
        r#"{"version": 1, "title": "first", "episodes": [], "title": "last",
            "episodes": [{"id": "a", "title": "A"}]}"#,
    )
    .expect("valid");
    assert_eq!(archive.title, "last");
    assert_eq!(archive.episodes.len(), 1);
}

#[test]
fn json_errors_carry_line_and_column() {
    let err = parse_manifest("{\n\n   oops").expect_err("not JSON");
    assert!(
        matches!(
            err,
            ManifestError::NotJson {
                line: 3,
                column: 4,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert!(matches!(
        parse_manifest(&deep),
        Err(ManifestError::NotJson { .. })
    ));
    let deep_episode = manifest(&format!(
        r#"{{"id": "a", "title": "T", "x": {}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    ));
    // Deep nesting in a field the manifest does not know is skipped over
    // (serde_json skips values without recursion) and the episode loads.
    let archive = parse_manifest(&deep_episode).expect("the manifest itself is fine");
    assert_eq!(archive.episodes.len(), 1);
    // Where a known field expects something else, the episode is skipped
    // and reported.
    let deep_field = manifest(&format!(
        r#"{{"id": "b", "title": "T", "categories": {}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    ));
    let archive = parse_manifest(&deep_field).expect("the manifest itself is fine");
    assert!(archive.episodes.is_empty());
    assert_eq!(archive.problems.len(), 1);
    assert!(archive.problems[0].skipped);
    assert_eq!(archive.problems[0].id.as_deref(), Some("b"));
}

#[test]
fn body_documents_parse_or_explain() {
    let doc = parse_body_document(r#"{"body": "Full text", "body_format": "text"}"#).unwrap();
    assert_eq!(doc.body, "Full text");
    let err = parse_body_document(r#"{"text": "wrong key"}"#).unwrap_err();
    assert_eq!(err.to_string(), "not a post body: missing field `body`");
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
fn a_hundred_thousand_categories_filter_quickly() {
    let cats: Vec<String> = (0..100_000).map(|i| format!("\"c{i}\"")).collect();
    let archive = parse_manifest(&manifest(&format!(
        r#"{{"id": "a", "title": "T", "categories": [{}]}}"#,
        cats.join(",")
    )))
    .unwrap();
    let view = episode_archive_core::visible(
        &archive,
        "t",
        &["c5".to_string()].into(),
        episode_archive_core::SortOrder::BestMatch,
    );
    assert_eq!(view.episodes.len(), 1);
    assert_eq!(
        view.categories.iter().filter(|c| c.count == 1).count(),
        100_000
    );
}

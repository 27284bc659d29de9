//! Reading manifests: what loads, what is skipped and reported, and what is
//! a clear fatal error.

use episode_archive_core::{
    parse_body_document, parse_manifest, Audio, BodyDocument, BodyFormat, Episode, Guest, Manifest,
    ManifestError, MediaLink, Person, Reference,
};

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
    // (episode JSON, the reason reported)
    let cases = [
        (r#"{"title": "No id"}"#, "`id` is missing"),
        (r#"{"id": null, "title": "Null id"}"#, "`id` is missing"),
        (r#"{"id": "a"}"#, "`title` is missing"),
        (
            r#"{"id": 5, "title": "Numeric id"}"#,
            "`id` is a number, not a string",
        ),
        (
            r#"{"id": "b", "title": ["list"]}"#,
            "`title` is an array, not a string",
        ),
        (
            r#"{"id": "c", "title": "T", "categories": "AI"}"#,
            "`categories` is a string, not an array",
        ),
        (
            r#"{"id": "c", "title": "T", "categories": ["AI", 7]}"#,
            "`categories[1]` is a number, not a string",
        ),
        (
            r#"{"id": "d", "title": "T", "number": -3}"#,
            "`number` is not a whole number from 0 to 4294967295",
        ),
        (
            r#"{"id": "d", "title": "T", "duration_seconds": "1:00"}"#,
            "`duration_seconds` is a string, not a number",
        ),
        (
            r#"{"id": "e", "title": "T", "body_format": "pdf"}"#,
            r#"`body_format` is "pdf", not "text" or "html""#,
        ),
        (
            r#"{"id": "g", "title": "T", "audio": "https://x.org/a.mp3"}"#,
            "`audio` is a string, not an object",
        ),
        (
            r#"{"id": "g", "title": "T", "audio": {"type": "audio/mpeg"}}"#,
            "`audio.url` is missing",
        ),
        (
            r#"{"id": "h", "title": "T", "guests": [{"name": "A"}, {"name": 2}]}"#,
            "`guests[1].name` is a number, not a string",
        ),
        (
            r#"{"id": "h", "title": "T", "references": ["a paper"]}"#,
            "`references[0]` is a string, not an object",
        ),
        (r#"{"id": " ", "title": "T"}"#, "`id` is empty"),
        (r#"{"id": "f", "title": ""}"#, "`title` is empty"),
        (r#""just a string""#, "it is a string, not an object"),
        ("null", "it is null, not an object"),
        ("[]", "it is an array, not an object"),
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
        assert_eq!(problem.reason, reason, "{bad}");
    }
}

#[test]
fn null_is_absent_for_optional_fields() {
    let archive = parse_manifest(&manifest(
        r#"{"id": "a", "title": "T", "date": null, "number": null, "categories": null,
            "summary": null, "body": null, "body_format": null, "audio": null,
            "guests": null, "references": null, "chapters": null, "people": null}"#,
    ))
    .unwrap();
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    assert_eq!(
        archive.episodes[0],
        Episode {
            id: "a".into(),
            title: "T".into(),
            ..Episode::default()
        }
    );
}

#[test]
fn every_field_the_serializer_writes_is_read_back() {
    // The reader and the serde types (which the importer writes with and
    // the JSON Schema comes from) must agree on every field and name.
    let full = Episode {
        id: "ep-1".into(),
        title: "Title".into(),
        date: Some("2020-09-04".into()),
        number: Some(u32::MAX),
        categories: vec!["AI".into(), "Ethics".into()],
        summary: "Summary".into(),
        body: Some("<p>Body</p>".into()),
        body_url: Some("posts/1.json".into()),
        body_format: BodyFormat::Html,
        duration_seconds: Some(0),
        audio: Some(Audio {
            url: "https://x.org/1.mp3".into(),
            mime_type: Some("audio/mpeg".into()),
        }),
        link: Some("https://x.org/1".into()),
        guests: vec![Guest { name: "Ada".into() }],
        references: vec![
            Reference {
                title: "Paper".into(),
                url: Some("https://arxiv.org/abs/1".into()),
            },
            Reference {
                title: "Book".into(),
                url: None,
            },
        ],
        season: Some(2),
        image: Some("https://x.org/1.jpg".into()),
        transcripts: vec![MediaLink {
            url: "1.vtt".into(),
            mime_type: Some("text/vtt".into()),
        }],
        chapters: Some(MediaLink {
            url: "1.json".into(),
            mime_type: None,
        }),
        people: vec![Person {
            name: "Ada".into(),
            role: Some("guest".into()),
            url: Some("https://ada.example".into()),
        }],
    };
    let written = Manifest {
        version: 1,
        title: "Show".into(),
        description: "About".into(),
        link: Some("https://x.org".into()),
        language: Some("en".into()),
        episodes: vec![full.clone(), Episode::default()],
    };
    let archive = parse_manifest(&serde_json::to_string(&written).unwrap()).unwrap();
    assert_eq!(archive.episodes, [full]);
    assert_eq!(archive.problems.len(), 1, "the empty episode is skipped");
    assert_eq!(archive.link.as_deref(), Some("https://x.org"));
    assert_eq!(archive.language.as_deref(), Some("en"));
    let doc = BodyDocument {
        body: "<p>x</p>".into(),
        body_format: BodyFormat::Html,
    };
    assert_eq!(
        parse_body_document(&serde_json::to_string(&doc).unwrap()).unwrap(),
        doc
    );
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
fn categories_sort_by_folded_form_and_each_has_a_place() {
    // Built directly, without loading's merge: two names with one folded
    // form ("Zoë", "zoe") both keep a place, beside each other.
    let episode = |id: &str, categories: &[&str]| Episode {
        id: id.into(),
        title: id.into(),
        categories: categories.iter().map(|c| c.to_string()).collect(),
        ..Episode::default()
    };
    let archive = episode_archive_core::Archive::new(
        "Show".into(),
        String::new(),
        None,
        None,
        vec![
            episode("a", &["zoology", "Zoë", "éthique"]),
            episode("b", &["ethics", "zoe", "Apple"]),
        ],
        Vec::new(),
    );
    let names = archive.categories();
    assert_eq!(names.len(), 6);
    assert_eq!(names[..3], ["Apple", "ethics", "éthique"]);
    assert!(matches!(&names[3..5], [a, b] if [a, b] == ["Zoë", "zoe"] || [a, b] == ["zoe", "Zoë"]));
    assert_eq!(names[5], "zoology");
    for idx in 0..2 {
        let ids = archive.category_ids(idx);
        let back: Vec<&str> = ids.iter().map(|&i| names[i as usize].as_str()).collect();
        assert_eq!(back, archive.episodes[idx].categories);
    }
}

#[test]
fn category_names_with_nul_characters_keep_their_own_places() {
    let episode = Episode {
        id: "a".into(),
        title: "A".into(),
        categories: ["a\0b", "a", "a\0", "\0"].map(String::from).to_vec(),
        ..Episode::default()
    };
    let archive = episode_archive_core::Archive::new(
        "Show".into(),
        String::new(),
        None,
        None,
        vec![episode],
        Vec::new(),
    );
    assert_eq!(archive.categories().len(), 4);
    let back: Vec<&str> = archive
        .category_ids(0)
        .iter()
        .map(|&i| archive.categories()[i as usize].as_str())
        .collect();
    assert_eq!(back, archive.episodes[0].categories);
}

#[test]
fn numbers_that_are_not_whole_are_reported_wherever_they_are() {
    // serde_json hands these over as text (`arbitrary_precision`): a
    // fraction, an exponent or an integer beyond 64 bits is "a number" in
    // every place, never an object, and never converted to a float.
    let skipped = [
        (
            r#""number": 1.5"#,
            "`number` is not a whole number from 0 to 4294967295",
        ),
        (
            r#""number": 1e400"#,
            "`number` is not a whole number from 0 to 4294967295",
        ),
        (
            r#""number": 18446744073709551616"#,
            "`number` is not a whole number from 0 to 4294967295",
        ),
        (
            r#""number": -9223372036854775809"#,
            "`number` is not a whole number from 0 to 4294967295",
        ),
        (
            r#""duration_seconds": 2e3"#,
            "`duration_seconds` is not a whole number from 0 to 4294967295",
        ),
        (r#""title": 0.5"#, "`title` is a number, not a string"),
        (
            r#""categories": ["a", -0.0]"#,
            "`categories[1]` is a number, not a string",
        ),
        (
            r#""guests": [{"name": 1E-7}]"#,
            "`guests[0].name` is a number, not a string",
        ),
        (
            r#""audio": {"url": 1.0}"#,
            "`audio.url` is a number, not a string",
        ),
        (r#""guests": 3.25"#, "`guests` is a number, not an array"),
    ];
    for (field, reason) in skipped {
        let text = manifest(&format!(r#"{{"id": "e", "title": "T", {field}}}"#));
        let archive = parse_manifest(&text).unwrap();
        assert!(archive.episodes.is_empty(), "{field}");
        assert_eq!(
            archive.problems[0].to_string(),
            format!("episode 1 (\"e\") skipped: {reason}"),
            "{field}"
        );
    }
    // Unknown members with such numbers are skipped unread, at any depth.
    let archive = parse_manifest(&manifest(
        r#"{"id": "e", "title": "T", "rating": 4.5, "extra": {"deep": [[1e999]]}}"#,
    ))
    .unwrap();
    assert_eq!(archive.episodes.len(), 1);
    assert!(archive.problems.is_empty());
    let fatal = [
        (
            "2.5",
            "not an episode manifest: the top level is a number, not an object",
        ),
        (
            r#"{"version": 1e0, "title": "x", "episodes": []}"#,
            "not an episode manifest: `version` is not a whole number",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": 1e2}"#,
            "not an episode manifest: `episodes` is a number, not an array",
        ),
    ];
    for (text, message) in fatal {
        assert_eq!(
            parse_manifest(text).unwrap_err().to_string(),
            message,
            "{text}"
        );
    }
}

#[test]
fn fatal_errors_say_what_is_wrong() {
    let cases: [(&str, &str); 23] = [
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
            "not an episode manifest: `version` is not a whole number",
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
        (
            "[1,\n\n  ]",
            "not valid JSON at line 3, column 3: trailing comma",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": [{"id": "a", "x": [1, 2,]}]}"#,
            "not valid JSON at line 1, column 66: trailing comma",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": [], }"#,
            "not valid JSON at line 1, column 46: trailing comma",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": [{"id": "a", "title": tru}]}"#,
            "not valid JSON at line 1, column 67: expected ident",
        ),
        (
            r#"{"version": 1, "title": "x", "episodes": []} x"#,
            "not valid JSON at line 1, column 46: trailing characters",
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

//! Episodes: every field read, what is skipped and reported, what is kept.

use episode_archive_core::{
    parse_body_document, parse_manifest, Audio, BodyDocument, BodyFormat, ChapterMark, Episode,
    Guest, Manifest, MediaLink, Person, Reference, SearchIndexRef,
};

use super::manifest;

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
        tags: vec!["transformers".into()],
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
            language: Some("fr".into()),
        }],
        chapters: Some(MediaLink {
            url: "1.json".into(),
            mime_type: None,
            language: None,
        }),
        chapter_list: vec![ChapterMark {
            start: "12:30.500".into(),
            title: "Distillation".into(),
            url: Some("https://x.org/d".into()),
            image: Some("d.jpg".into()),
        }],
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
        image: Some("show.jpg".into()),
        episodes: vec![full.clone(), Episode::default()],
        search: Some(SearchIndexRef {
            url: "search/index-0123456789abcdef.bin".into(),
            episodes_hash: "fedcba9876543210".into(),
        }),
    };
    let archive = parse_manifest(&serde_json::to_string(&written).unwrap()).unwrap();
    assert_eq!(
        archive.search, written.search,
        "the index reference is read back"
    );
    assert_eq!(archive.episodes, [full]);
    assert_eq!(archive.problems.len(), 1, "the empty episode is skipped");
    assert_eq!(archive.link.as_deref(), Some("https://x.org"));
    assert_eq!(archive.language.as_deref(), Some("en"));
    assert_eq!(archive.image.as_deref(), Some("show.jpg"));
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
fn a_search_member_that_cannot_be_read_leaves_the_archive_working() {
    let cases: [(&str, &str); 4] = [
        (r#""search": 5"#, "`search` is a number, not an object"),
        (
            r#""search": {"url": "search/index.bin"}"#,
            "`search.episodes_hash` is missing",
        ),
        (
            r#""search": {"url": 1, "episodes_hash": "x"}"#,
            "`search.url`",
        ),
        (r#""search": null"#, ""),
    ];
    for (member, reason) in cases {
        let text = format!(
            r#"{{"version": 1, "title": "Show", {member}, "episodes": [{{"id": "a", "title": "A"}}]}}"#
        );
        let archive = parse_manifest(&text).expect("the manifest still loads");
        assert_eq!(archive.episodes.len(), 1);
        assert_eq!(archive.search, None, "{member}");
        match archive.search_problem {
            Some(problem) => assert!(problem.contains(reason), "{member}: {problem}"),
            None => assert!(reason.is_empty(), "{member}: no problem reported"),
        }
    }
}

//! Numbers that are not whole, fatal errors, JSON positions.

use episode_archive_core::{parse_manifest, ManifestError};

use super::manifest;

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
        let problem = archive.problems[0].to_string();
        // Read as an object, such a number is serde_json's private number
        // token no longer being the one json/visit.rs knows.
        assert!(
            !problem.contains("an object"),
            "{field} read as an object ({problem}): serde_json's private number token \
             (NUMBER_TOKEN in crates/core/src/json/visit.rs) no longer matches the \
             pinned serde_json; check its `arbitrary_precision` token before updating"
        );
        assert_eq!(
            problem,
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

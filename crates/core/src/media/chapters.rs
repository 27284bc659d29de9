//! Podcasting 2.0 JSON chapters (`application/json+chapters`):
//! `{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro",
//! "img": "…", "url": "…", "toc": false, "endTime": 93.5}]}`. Chapters
//! come out in time order; one with `"toc": false` is kept for the player
//! (its artwork and link still change at its time) but not listed.

use super::json::{millis, parse, Value};
use super::Millis;

/// One chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    /// Where it starts.
    pub start: Millis,
    /// Where it ends, when the document says.
    pub end: Option<Millis>,
    /// Its title (empty when the document gives none).
    pub title: String,
    /// A page about it, as written (the widget checks it before use).
    pub url: Option<String>,
    /// Its artwork, as written.
    pub image: Option<String>,
    /// Whether it belongs in the list of chapters (`toc`).
    pub listed: bool,
}

/// Reads a chapters document. A chapter without a usable `startTime` is
/// left out; a document that is not JSON, or has no `chapters` list, is an
/// error saying so.
pub fn parse_chapters(text: &str) -> Result<Vec<Chapter>, String> {
    let document = parse(text).map_err(|e| format!("is not JSON: {e}"))?;
    let Some(Value::Items(items)) = document.get("chapters") else {
        return Err("has no \"chapters\" list".to_owned());
    };
    let mut chapters: Vec<Chapter> = items
        .iter()
        .filter_map(|item| {
            let start = millis(item.get("startTime")?)?;
            let text = |key: &str| {
                item.get(key)
                    .and_then(Value::text)
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
            };
            Some(Chapter {
                start,
                end: item
                    .get("endTime")
                    .and_then(millis)
                    .filter(|&end| end >= start),
                title: text("title").unwrap_or_default().to_owned(),
                url: text("url").map(str::to_owned),
                image: text("img").map(str::to_owned),
                listed: item.get("toc") != Some(&Value::Bool(false)),
            })
        })
        .collect();
    // Stable: chapters written at the same time keep their order.
    chapters.sort_by_key(|c| c.start);
    Ok(chapters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapters_in_time_order_with_hidden_ones_kept_unlisted() {
        let doc = r#"{"version": "1.2.0", "author": "x", "chapters": [
            {"startTime": 93.5, "title": " Distillation ", "url": "https://x.example/d", "img": "d.jpg", "endTime": 600},
            {"startTime": 0, "title": "Intro"},
            {"startTime": 45, "title": "Sponsor", "toc": false},
            {"title": "No start"},
            {"startTime": "12", "title": "Start as text"},
            {"startTime": -3, "title": "Before the start"},
            {"startTime": 700, "endTime": 650}
        ]}"#;
        let chapters = parse_chapters(doc).expect("reads");
        let got: Vec<(Millis, Option<Millis>, &str, bool)> = chapters
            .iter()
            .map(|c| (c.start, c.end, c.title.as_str(), c.listed))
            .collect();
        assert_eq!(
            got,
            [
                (0, None, "Intro", true),
                (45_000, None, "Sponsor", false),
                (93_500, Some(600_000), "Distillation", true),
                (700_000, None, "", true),
            ]
        );
        let first = &chapters[2];
        assert_eq!(first.url.as_deref(), Some("https://x.example/d"));
        assert_eq!(first.image.as_deref(), Some("d.jpg"));
    }

    #[test]
    fn what_is_not_a_chapters_document_says_why() {
        let cases = [
            (
                "",
                "is not JSON: EOF while parsing a value at line 1 column 0",
            ),
            ("{\"chapters\": {}}", "has no \"chapters\" list"),
            ("[1, 2]", "has no \"chapters\" list"),
        ];
        for (text, message) in cases {
            assert_eq!(parse_chapters(text).expect_err(text), message, "{text:?}");
        }
    }
}

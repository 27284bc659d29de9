//! JSON Feed 1.0 and 1.1 (<https://www.jsonfeed.org/version/1.1/>), read
//! into the same elements an RSS feed gives, so one conversion serves
//! both: `title`, `url` → `link`, `id` → `guid`, `content_html` →
//! `content:encoded` (`content_text` as paragraphs of escaped text),
//! `summary` → `description`, `date_published` → `pubDate`, `tags` →
//! `category`, the first audio or video attachment → `enclosure` (its
//! `duration_in_seconds` → `itunes:duration`), `image` → `itunes:image`,
//! and authors → `podcast:person`: a guest where the author object says
//! so with `"role": "guest"` (the Podcasting 2.0 role names), else with
//! no role. Members of the wrong type are read past, as feed readers do.

use serde_json::Value;

use crate::raw::{Field, Ns, RawFeed};

fn field(ns: Ns, name: &str, text: impl Into<String>, attrs: Vec<(&str, String)>) -> Field {
    Field {
        ns,
        name: name.to_owned(),
        attrs: attrs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        text: text.into(),
        depth: 1,
    }
}

fn string<'a>(object: &'a Value, key: &str) -> Option<&'a str> {
    object
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Plain text as HTML paragraphs (blank lines part them).
fn paragraphs(text: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", escape(p).replace('\n', "<br>")))
        .collect()
}

/// The authors of a feed or item: 1.1's `authors` list, else 1.0's `author`.
fn authors(object: &Value) -> Vec<&Value> {
    match object.get("authors").and_then(Value::as_array) {
        Some(list) => list.iter().collect(),
        None => object.get("author").into_iter().collect(),
    }
}

/// Reads a JSON Feed; the error says where the JSON breaks or why it is
/// not a JSON Feed.
pub fn read(text: &str) -> Result<RawFeed, String> {
    let document: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let version = string(&document, "version").unwrap_or_default();
    if !version.starts_with("https://jsonfeed.org/version/") {
        return Err(format!(
            "its \"version\" is {version:?}, not a JSON Feed version (https://jsonfeed.org/version/1.1)"
        ));
    }
    let Some(items) = document.get("items").and_then(Value::as_array) else {
        return Err("it has no \"items\" list".to_owned());
    };
    let mut channel = Vec::new();
    for (key, name) in [
        ("title", "title"),
        ("home_page_url", "link"),
        ("description", "description"),
        ("language", "language"),
    ] {
        if let Some(value) = string(&document, key) {
            channel.push(field(Ns::None, name, value, Vec::new()));
        }
    }
    let items = items.iter().map(item).collect();
    Ok(RawFeed {
        kind: "json",
        channel,
        items,
    })
}

fn item(entry: &Value) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut text = |ns: Ns, name: &str, value: Option<String>| {
        if let Some(value) = value {
            fields.push(field(ns, name, value, Vec::new()));
        }
    };
    // Ids may be numbers in 1.0 feeds.
    let id = match entry.get("id") {
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => other.as_str().map(str::to_owned),
        None => None,
    };
    text(Ns::None, "guid", id.filter(|i| !i.trim().is_empty()));
    text(Ns::None, "title", string(entry, "title").map(str::to_owned));
    text(
        Ns::None,
        "link",
        string(entry, "url")
            .or_else(|| string(entry, "external_url"))
            .map(str::to_owned),
    );
    text(
        Ns::Content,
        "encoded",
        string(entry, "content_html")
            .map(str::to_owned)
            .or_else(|| string(entry, "content_text").map(paragraphs)),
    );
    text(
        Ns::None,
        "description",
        string(entry, "summary").map(str::to_owned),
    );
    text(
        Ns::None,
        "pubDate",
        string(entry, "date_published")
            .or_else(|| string(entry, "date_modified"))
            .map(str::to_owned),
    );
    for tag in entry
        .get("tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        fields.push(field(Ns::None, "category", tag, Vec::new()));
    }
    let media = entry
        .get("attachments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|a| {
            string(a, "mime_type")
                .is_some_and(|m| m.starts_with("audio/") || m.starts_with("video/"))
                && string(a, "url").is_some()
        });
    if let Some(media) = media {
        let mut attrs = vec![("url", string(media, "url").unwrap_or_default().to_owned())];
        if let Some(mime) = string(media, "mime_type") {
            attrs.push(("type", mime.to_owned()));
        }
        fields.push(field(Ns::None, "enclosure", "", attrs));
        if let Some(seconds) = media.get("duration_in_seconds").and_then(Value::as_f64) {
            if seconds.is_finite() && seconds >= 0.0 {
                fields.push(field(
                    Ns::Itunes,
                    "duration",
                    format!("{}", seconds.round() as u64),
                    Vec::new(),
                ));
            }
        }
    }
    if let Some(image) = string(entry, "image") {
        fields.push(field(
            Ns::Itunes,
            "image",
            "",
            vec![("href", image.to_owned())],
        ));
    }
    for author in authors(entry) {
        let Some(name) = string(author, "name") else {
            continue;
        };
        let mut attrs = Vec::new();
        if let Some(url) = string(author, "url") {
            attrs.push(("href", url.to_owned()));
        }
        if let Some(role) = string(author, "role") {
            attrs.push(("role", role.to_owned()));
        }
        fields.push(field(Ns::Podcast, "person", name, attrs));
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_become_rss_shaped_fields() {
        let feed = read(
            r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Show",
            "items": [{"id": 7, "title": "One", "content_text": "a < b\n\nsecond", "tags": ["AI"],
              "attachments": [{"url": "https://x.test/a.jpg", "mime_type": "image/jpeg"},
                              {"url": "https://x.test/1.mp3", "mime_type": "audio/mpeg", "duration_in_seconds": 61.6}],
              "authors": [{"name": "Ada", "role": "guest"}, {"name": 3}]}]}"#,
        )
        .expect("a JSON Feed");
        assert_eq!(feed.kind, "json");
        let item = &feed.items[0];
        let get = |name: &str| item.iter().find(|f| f.name == name).expect(name);
        assert_eq!(get("guid").text, "7");
        assert_eq!(get("encoded").text, "<p>a &lt; b</p><p>second</p>");
        assert_eq!(get("category").text, "AI");
        assert_eq!(get("enclosure").attr("url"), Some("https://x.test/1.mp3"));
        assert_eq!(get("duration").text, "62");
        assert_eq!(get("person").attr("role"), Some("guest"));
        assert_eq!(item.iter().filter(|f| f.name == "person").count(), 1);
    }

    #[test]
    fn what_is_not_a_json_feed_says_why() {
        let cases = [
            ("{\"version\": 1,", "EOF while parsing"),
            ("{\"items\": []}", "not a JSON Feed version"),
            (
                "{\"version\": \"https://jsonfeed.org/version/1\"}",
                "no \"items\" list",
            ),
        ];
        for (text, reason) in cases {
            let error = read(text).expect_err(text);
            assert!(error.contains(reason), "{text}: {error}");
        }
    }
}

//! HTML from feeds, made safe natively with ammonia against the same
//! allow-list the widget renders, and plain-text summaries.

use std::collections::{HashMap, HashSet};

use ammonia::{Builder, UrlRelative};
use episode_archive_core::html_policy::{allowed_attributes, readable_text, DROPPED, KEPT};

/// A sanitiser configured from the core's allow-list; relative URLs are
/// resolved against `base` (the feed's site) when it is a URL, else dropped.
pub fn sanitiser(base: Option<&str>) -> Builder<'static> {
    let mut builder = Builder::empty();
    let mut tags: HashSet<&'static str> = KEPT.iter().copied().collect();
    tags.insert("h1"); // the widget shows it as h2
    let attributes: HashMap<&'static str, HashSet<&'static str>> = tags
        .iter()
        .map(|&t| {
            (
                t,
                allowed_attributes(t)
                    .iter()
                    .copied()
                    .filter(|a| *a != "href" && *a != "src")
                    .collect(),
            )
        })
        .filter(|(_, a): &(_, HashSet<_>)| !a.is_empty())
        .collect();
    builder
        .tags(tags)
        .clean_content_tags(DROPPED.iter().copied().collect())
        .tag_attributes(attributes)
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .strip_comments(true);
    // href and src are URL attributes: ammonia checks their schemes.
    builder
        .add_tag_attributes("a", ["href"])
        .add_tag_attributes("img", ["src"]);
    match base.and_then(|b| url::Url::parse(b).ok()) {
        Some(url) => builder.url_relative(UrlRelative::RewriteWithBase(url)),
        None => builder.url_relative(UrlRelative::Deny),
    };
    builder
}

/// Plain text of HTML (or of text), whitespace collapsed, every HTML 5
/// named entity decoded (feeds' CDATA posts are full of `&rsquo;`).
pub fn plain_text(html: &str) -> String {
    collapse_whitespace(&readable_text(
        html,
        &quick_xml::escape::resolve_html5_entity,
    ))
}

/// `text`'s words joined by single spaces, in one pass over it.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Text of HTML with its lines kept (whitespace within each line
/// collapsed, blank lines dropped), every HTML 5 named entity decoded.
pub fn text_lines(html: &str) -> String {
    readable_text(html, &quick_xml::escape::resolve_html5_entity)
        .lines()
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Cuts `text` to at most `max` characters at a word boundary, with "…".
pub fn cut_at_word(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let end = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let cut = head
        .rfind(char::is_whitespace)
        .filter(|&i| i > 0)
        .map_or(head, |i| &head[..i]);
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–".contains(c))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_html_keeps_only_the_allow_list() {
        let html = r#"<h1>T</h1><div onclick="x()"><p style="color:red">Hi <a href="javascript:alert(1)">bad</a> <a href="/ep/1">rel</a></p></div><script>alert(1)</script><img src="a.jpg" onerror="x()" alt="A"><iframe src="https://x"></iframe>"#;
        let clean = sanitiser(Some("https://show.example/"))
            .clean(html)
            .to_string();
        assert_eq!(
            clean,
            r#"<h1>T</h1><p>Hi <a rel="noopener noreferrer nofollow">bad</a> <a href="https://show.example/ep/1" rel="noopener noreferrer nofollow">rel</a></p><img src="https://show.example/a.jpg" alt="A">"#
        );
    }

    #[test]
    fn summaries_are_cut_at_a_word() {
        assert_eq!(cut_at_word("short", 10), "short");
        assert_eq!(cut_at_word("one two three four", 9), "one two…");
        assert_eq!(cut_at_word("éléphant énorme", 9), "éléphant…");
        assert_eq!(
            plain_text("<p>Deep\n  <b>learning</b></p>"),
            "Deep learning"
        );
        // Inline elements join their text; every named entity is decoded.
        assert_eq!(
            plain_text("<p>In a <em>hurry</em>.</p><p>Caf&eacute; &rsquo;n&rsquo; tea&hellip;</p>"),
            "In a hurry. Café \u{2019}n\u{2019} tea\u{2026}"
        );
    }
}

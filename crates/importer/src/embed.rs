//! The embed snippet: the widget's script tag and an `<episode-archive>`
//! element that already holds the archive's first screen as plain HTML.
//!
//! The first screen (the show's heading and description, the episode count
//! and the newest episodes' cards) sits in a declarative shadow root, in the
//! widget's own markup and class names and styled by the widget's own
//! stylesheet. So it paints with the page, before any script runs, looks as
//! the widget will, and stays readable where scripts never run (readers
//! without JavaScript, crawlers that render declarative shadow roots). The
//! loader keeps it on screen while the wasm starts and swaps in the live
//! widget once the manifest is read: the swap adds nodes and moves none, so
//! there is no layout shift, and no text block grows, so the largest
//! contentful paint stays the first screen's.
//!
//! Everything from the manifest is escaped; HTML summaries go through the
//! same allow-list as imported posts (ammonia), plain-text ones become
//! paragraphs and links as the widget makes them.

use std::fmt::Write;

use episode_archive_core::format::{format_date, format_duration, iso_duration, result_count};
use episode_archive_core::links::safe_link;
use episode_archive_core::search::WordCache;
use episode_archive_core::text::{paragraphs, Inline};
use episode_archive_core::{visible, Archive, BodyFormat, Episode, SortOrder, SortedSet};

use crate::html::sanitiser;

/// The stylesheet's fixed name beside the loader: the first screen links it
/// before the loader (which uses the content-hashed copy) has run.
pub const STYLESHEET: &str = "episode-archive.css";

/// Cards in the first screen unless asked otherwise: more than a phone or a
/// desktop shows at once, far fewer than the whole archive.
pub const DEFAULT_EPISODES: usize = 10;

/// What the snippet points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The loader's URL, as the page will load it (`…/episode-archive.js`);
    /// the stylesheet is looked for beside it.
    pub widget: String,
    /// The manifest's URL, as the page will fetch it (the `src` attribute).
    pub manifest: String,
    /// How many of the newest episodes the first screen shows.
    pub episodes: usize,
}

/// The whole snippet: the script tag, then the element with its first screen.
pub fn snippet(archive: &Archive, options: &EmbedOptions) -> String {
    let stylesheet = beside(&options.widget, STYLESHEET);
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n{}\n",
        escape(&options.widget),
        element(archive, &options.manifest, &stylesheet, options.episodes)
    )
}

/// The `<episode-archive>` element holding the first screen.
pub fn element(archive: &Archive, manifest: &str, stylesheet: &str, episodes: usize) -> String {
    format!(
        "<episode-archive src=\"{}\"><template shadowrootmode=\"open\">{}</template></episode-archive>",
        escape(manifest),
        first_screen(archive, stylesheet, episodes)
    )
}

/// The first screen's markup, as the widget renders an unfiltered archive.
pub fn first_screen(archive: &Archive, stylesheet: &str, episodes: usize) -> String {
    // No query, so no index: the newest first, as the widget opens.
    let mut cache = WordCache::default();
    let view = visible(
        archive,
        None,
        None,
        &mut cache,
        "",
        &SortedSet::default(),
        SortOrder::BestMatch,
    );
    let mut out = String::new();
    let _ = write!(
        out,
        "<link rel=\"stylesheet\" href=\"{}\"><div class=\"ea-root\"><div class=\"ea-app\"{}>",
        escape(stylesheet),
        archive
            .language
            .as_deref()
            .map(|l| format!(" lang=\"{}\"", escape(l)))
            .unwrap_or_default()
    );
    let _ = write!(
        out,
        "<header class=\"ea-header\"><h1 class=\"ea-heading\">{}</h1>",
        escape(&archive.title)
    );
    if !archive.description.is_empty() {
        let _ = write!(
            out,
            "<p class=\"ea-description\">{}</p>",
            escape(&archive.description)
        );
    }
    let _ = write!(
        out,
        "</header><p class=\"ea-first-count\">{}</p><ol class=\"ea-list\" role=\"list\">",
        result_count(view.episodes.len(), view.total)
    );
    for (pos, &idx) in view.episodes.iter().take(episodes).enumerate() {
        if let Some(episode) = archive.episode(idx) {
            out.push_str("<li>");
            card(&mut out, episode, pos);
            out.push_str("</li>");
        }
    }
    out.push_str("</ol></div></div>");
    out
}

/// One collapsed card; "Read full post" is a link to the episode's page
/// where it has one (the widget makes it a button that opens the post).
fn card(out: &mut String, episode: &Episode, pos: usize) {
    let title_id = format!("ea-first-{pos}-title");
    let _ = write!(
        out,
        "<article class=\"ea-episode\" aria-labelledby=\"{title_id}\"><h2 class=\"ea-title\" id=\"{title_id}\">{}</h2>",
        escape(&episode.title)
    );
    let mut facts = Vec::new();
    if let Some(date) = &episode.date {
        let text = format_date(date).unwrap_or_else(|| date.clone());
        facts.push(format!(
            "<time datetime=\"{}\">{}</time>",
            escape(date),
            escape(&text)
        ));
    }
    if let Some(number) = episode.number {
        facts.push(format!("<span>Episode {number}</span>"));
    }
    if let Some(seconds) = episode.duration_seconds {
        facts.push(format!(
            "<time datetime=\"{}\">{}</time>",
            iso_duration(seconds),
            format_duration(seconds)
        ));
    }
    if !facts.is_empty() {
        out.push_str("<p class=\"ea-meta\">");
        for fact in facts {
            let _ = write!(out, "<span class=\"ea-fact\">{fact}</span>");
        }
        out.push_str("</p>");
    }
    if !episode.categories.is_empty() {
        out.push_str("<ul class=\"ea-tags\" role=\"list\" aria-label=\"Categories\">");
        for category in &episode.categories {
            let _ = write!(out, "<li class=\"ea-tag\">{}</li>", escape(category));
        }
        out.push_str("</ul>");
    }
    if !episode.summary.is_empty() {
        out.push_str("<div class=\"ea-summary\">");
        summary(out, episode);
        out.push_str("</div>");
    }
    if let Some(link) = episode.link.as_deref().and_then(safe_link) {
        let _ = write!(
            out,
            "<p><a class=\"ea-first-link\" href=\"{}\" aria-label=\"Read full post: {}\">Read full post</a></p>",
            escape(link),
            escape(&episode.title)
        );
    }
    out.push_str("</article>");
}

/// The summary as the widget shows it: allow-listed HTML, or paragraphs of
/// text with bare URLs as links.
fn summary(out: &mut String, episode: &Episode) {
    match episode.body_format {
        BodyFormat::Html => out.push_str(&sanitiser(None).clean(&episode.summary).to_string()),
        BodyFormat::Text => {
            for paragraph in paragraphs(&episode.summary) {
                out.push_str("<p>");
                for piece in paragraph {
                    match piece {
                        Inline::Text(text) => out.push_str(&escape(&text)),
                        Inline::Break => out.push_str("<br>"),
                        Inline::Link(url) => match safe_link(&url) {
                            Some(href) => {
                                let _ = write!(
                                    out,
                                    "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">{}</a>",
                                    escape(href),
                                    escape(&url)
                                );
                            }
                            None => out.push_str(&escape(&url)),
                        },
                    }
                }
                out.push_str("</p>");
            }
        }
    }
}

/// `name` in the folder of the URL `url` (relative or absolute).
fn beside(url: &str, name: &str) -> String {
    match url.rfind('/') {
        Some(slash) => format!("{}{name}", &url[..=slash]),
        None => name.to_owned(),
    }
}

/// Text made safe for HTML text and double-quoted attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheet_sits_beside_the_loader() {
        for (widget, sheet) in [
            (
                "https://cdn.example/ea/1.0.0/episode-archive.js",
                "https://cdn.example/ea/1.0.0/episode-archive.css",
            ),
            ("/ea/episode-archive.js", "/ea/episode-archive.css"),
            ("episode-archive.js", "episode-archive.css"),
        ] {
            assert_eq!(beside(widget, STYLESHEET), sheet);
        }
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}

//! What the elements of one item become: the post and its summary, the
//! podcast facts (audio, duration, numbers, people, transcripts) and the
//! categories, with their spellings merged across the feed.

use std::collections::BTreeMap;

use episode_archive_core::fold::fold;
use episode_archive_core::media::timecode::{format_clock, note_chapters, parse_clock};
use episode_archive_core::media::Millis;
use episode_archive_core::{Audio, BodyFormat, ChapterMark, Episode, Guest, MediaLink, Person};

use super::item::Item;
use super::options::{BodySource, Options, Report};
use crate::dates::duration_seconds;
use crate::html::{cut_at_word, plain_text};
use crate::raw::{Field, Ns};

/// Fills the post and its summary; returns the post as the feed wrote it
/// (the show notes), whether or not the episode keeps it apart from its
/// summary.
pub(super) fn fill_text<'a>(
    item: &Item<'a>,
    atom: bool,
    options: &Options,
    sanitiser: &ammonia::Builder<'_>,
    episode: &mut Episode,
) -> Option<&'a str> {
    let content = if atom {
        item.text(Ns::Atom, "content")
    } else {
        item.text(Ns::Content, "encoded")
    };
    let description = if atom {
        item.text(Ns::Atom, "summary")
    } else {
        item.text(Ns::None, "description")
    };
    let itunes = item.text(Ns::Itunes, "summary");
    let excerpt = item.text(Ns::Excerpt, "encoded");
    let order = match options.body {
        BodySource::Content => [content, description, itunes],
        BodySource::Description => [description, content, itunes],
        BodySource::ItunesSummary => [itunes, content, description],
    };
    let body = order.into_iter().flatten().next();
    // The summary comes from an element written as one, else the body.
    let summary_source = [excerpt, itunes, description]
        .into_iter()
        .flatten()
        .find(|s| Some(*s) != body)
        .or(body);
    let summary = summary_source.map(plain_text).unwrap_or_default();
    episode.summary = cut_at_word(&summary, options.summary_length);
    if let Some(body) = body {
        if plain_text(body) != episode.summary {
            episode.body = Some(sanitiser.clean(body).to_string());
        }
    }
    episode.body_format = BodyFormat::Html;
    body
}

fn number(text: Option<&str>) -> Option<u32> {
    text.and_then(|t| t.trim().parse().ok())
}

/// A URL as a feed writes it, trimmed (feeds pad them with spaces and
/// newlines) and made absolute against `base` (the item's or the site's
/// page) when it is relative; `None` when nothing is left.
pub(super) fn feed_url(url: &str, base: Option<&str>) -> Option<String> {
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    // Absolute already (a scheme before the first colon): kept as written,
    // without the cost of a parse per URL per item.
    let scheme = url.split_once(':').map_or("", |(s, _)| s);
    if scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return Some(url.to_owned());
    }
    match base.and_then(|b| url::Url::parse(b.trim()).ok()) {
        Some(base) => base.join(url).ok().map(String::from),
        None => Some(url.to_owned()),
    }
}

/// Whether a `media:content` is sound (an audio type, or `medium="audio"`).
fn is_audio(field: &Field) -> bool {
    field.attr("medium") == Some("audio")
        || field
            .attr("type")
            .is_some_and(|t| t.trim().starts_with("audio/"))
}

/// Whether an enclosure can be listened to: an audio or video type (a
/// browser plays a video's sound), or no type and a URL that does not end
/// as a picture or a document does. News feeds enclose their photos.
fn is_playable(url: &str, mime: Option<&str>) -> bool {
    match mime.map(str::trim).filter(|m| !m.is_empty()) {
        Some(mime) => {
            let mime = mime.to_ascii_lowercase();
            mime.starts_with("audio/") || mime.starts_with("video/") || mime == "application/ogg"
        }
        None => {
            let path = url.split(['?', '#']).next().unwrap_or_default();
            let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
            !matches!(
                extension.as_deref(),
                Some(
                    "jpg"
                        | "jpeg"
                        | "png"
                        | "gif"
                        | "webp"
                        | "avif"
                        | "svg"
                        | "pdf"
                        | "html"
                        | "htm"
                        | "txt"
                )
            )
        }
    }
}

pub(super) fn fill_podcast(
    item: &Item<'_>,
    atom: bool,
    base: Option<&str>,
    episode: &mut Episode,
    report: &mut Report,
    label: &str,
) {
    let enclosure = if atom {
        item.all(Ns::Atom, "link")
            .filter(|l| l.attr("rel") == Some("enclosure"))
            .filter_map(|l| Some((l.attr("href")?, l.attr("type"))))
            .find(|(url, mime)| is_playable(url, *mime))
    } else {
        item.all(Ns::None, "enclosure")
            .filter(|e| e.depth == 1)
            .filter_map(|e| Some((e.attr("url")?, e.attr("type"))))
            .find(|(url, mime)| is_playable(url, *mime))
    };
    // Without an enclosure, Media RSS's audio (directly or in a group).
    let enclosure = enclosure.or_else(|| {
        item.all(Ns::Media, "content")
            .find(|m| is_audio(m) && m.attr("url").is_some())
            .and_then(|m| Some((m.attr("url")?, m.attr("type"))))
    });
    episode.audio = enclosure.and_then(|(url, mime)| {
        Some(Audio {
            url: feed_url(url, base)?,
            mime_type: mime.map(|m| m.trim().to_owned()).filter(|m| !m.is_empty()),
        })
    });
    if let Some(raw) = item.text(Ns::Itunes, "duration") {
        episode.duration_seconds = duration_seconds(raw);
        if episode.duration_seconds.is_none() {
            report
                .warnings
                .push(format!("{label}: duration {raw:?} not understood"));
        }
    }
    episode.number = number(item.text(Ns::Itunes, "episode"))
        .or_else(|| number(item.text(Ns::Podcast, "episode")));
    episode.season = number(item.text(Ns::Itunes, "season"))
        .or_else(|| number(item.text(Ns::Podcast, "season")));
    episode.image = item
        .child(Ns::Itunes, "image")
        .and_then(|i| i.attr("href"))
        .and_then(|u| feed_url(u, base));
    let link = |f: &Field| {
        Some(MediaLink {
            url: feed_url(f.attr("url")?, base)?,
            mime_type: f.attr("type").map(str::to_owned),
            language: f.attr("language").map(str::to_owned),
        })
    };
    episode.transcripts = item
        .all(Ns::Podcast, "transcript")
        .filter_map(link)
        .collect();
    episode.chapters = item.child(Ns::Podcast, "chapters").and_then(link);
    // Chapters the feed itself carries: Podlove Simple Chapters.
    episode.chapter_list = item
        .all(Ns::Psc, "chapter")
        .filter_map(|c| {
            let start = parse_clock(c.attr("start")?)?;
            Some(ChapterMark {
                start: clock(start),
                title: c.attr("title").unwrap_or_default().trim().to_owned(),
                url: c.attr("href").and_then(|u| feed_url(u, base)),
                image: c.attr("image").and_then(|u| feed_url(u, base)),
            })
        })
        .collect();
    episode.people = item
        .all(Ns::Podcast, "person")
        .filter(|p| !p.text.trim().is_empty())
        .map(|p| Person {
            name: p.text.trim().to_owned(),
            role: p.attr("role").map(str::to_owned),
            url: p.attr("href").and_then(|u| feed_url(u, base)),
        })
        .collect();
    episode.guests = episode
        .people
        .iter()
        .filter(|p| {
            p.role
                .as_deref()
                .is_some_and(|r| r.eq_ignore_ascii_case("guest"))
        })
        .map(|p| Guest {
            name: p.name.clone(),
        })
        .collect();
}

pub(super) fn categories(item: &Item<'_>, atom: bool) -> Vec<String> {
    let mut out = Vec::new();
    if atom {
        for c in item.all(Ns::Atom, "category") {
            if let Some(name) = c.attr("label").or(c.attr("term")) {
                out.push(name.to_owned());
            }
        }
    } else if is_wordpress(item) {
        // WXR: categories are `domain="category"`; tags (`post_tag`) are
        // kept apart, and formats, menus and other taxonomies left out.
        out.extend(
            item.all(Ns::None, "category")
                .filter(|c| c.attr("domain") == Some("category"))
                .map(|c| c.text.trim().to_owned()),
        );
    } else {
        out.extend(
            item.all(Ns::None, "category")
                .map(|c| c.text.trim().to_owned()),
        );
    }
    out.extend(
        item.all(Ns::Itunes, "category")
            .filter_map(|c| c.attr("text").map(str::to_owned)),
    );
    out
}

fn is_wordpress(item: &Item<'_>) -> bool {
    item.0.iter().any(|f| f.ns == Ns::Wp)
}

/// A WordPress post's tags (`domain="post_tag"`).
pub(super) fn tags(item: &Item<'_>) -> Vec<String> {
    if !is_wordpress(item) {
        return Vec::new();
    }
    item.all(Ns::None, "category")
        .filter(|c| c.attr("domain") == Some("post_tag"))
        .map(|c| c.text.trim().to_owned())
        .collect()
}

/// A chapter start as the manifest writes it: `12:30`, or `12:30.500`
/// when it falls between seconds.
fn clock(time: Millis) -> String {
    match time % 1000 {
        0 => format_clock(time),
        millis => format!("{}.{millis:03}", format_clock(time)),
    }
}

/// Chapters written as timecodes in an episode's show notes (HTML): one
/// per line, lines being the post's paragraphs, list items and breaks.
/// Used only when the feed gives no chapters of its own.
pub(super) fn show_note_chapters(body: &str) -> Vec<ChapterMark> {
    // Most notes hold no clock time at all: a scan for "1:2" spares them
    // the text pass below.
    let clock_like = body
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    if !clock_like {
        return Vec::new();
    }
    let mut lines = String::with_capacity(body.len() + 64);
    let mut rest = body;
    // A line break before every block-level tag, so each paragraph, item
    // or <br> starts a line of the text.
    while let Some(at) = rest.find('<') {
        lines.push_str(&rest[..at]);
        let tag = rest[at + 1..].trim_start_matches('/');
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(
            name.to_ascii_lowercase().as_str(),
            "p" | "br"
                | "li"
                | "div"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "tr"
                | "dt"
                | "dd"
        ) {
            lines.push('\n');
        }
        lines.push('<');
        rest = &rest[at + 1..];
    }
    lines.push_str(rest);
    let text = crate::html::text_lines(&lines);
    note_chapters(&text)
        .into_iter()
        .map(|c| ChapterMark {
            start: clock(c.start),
            title: c.title,
            url: None,
            image: None,
        })
        .collect()
}

/// Applies renames, then merges case and accent variants into the first
/// spelling met in the whole feed.
pub(super) fn merge(
    names: Vec<String>,
    renames: &[(String, String)],
    spelling: &mut BTreeMap<String, String>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        let renamed = renames
            .iter()
            .find(|(from, _)| fold(from) == fold(name))
            .map_or(name, |(_, to)| to.as_str());
        let canonical = spelling
            .entry(fold(renamed))
            .or_insert_with(|| renamed.to_owned())
            .clone();
        if !out.contains(&canonical) {
            out.push(canonical);
        }
    }
    out
}

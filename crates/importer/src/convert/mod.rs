//! From a feed's elements to manifest episodes: which element feeds which
//! field, what is skipped (drafts, pages, attachments, menu items; items
//! with neither title nor text) and what is reported (unreadable or
//! impossible dates, durations).

mod fields;
mod item;
mod options;

use std::collections::{BTreeMap, HashSet};

use episode_archive_core::fold::fold;
use episode_archive_core::model::MANIFEST_VERSION;
use episode_archive_core::{Episode, Manifest};

use crate::dates::{feed_date, DateProblem};
use crate::html::{cut_at_word, plain_text, sanitiser};
use crate::raw::{Ns, RawFeed};
use fields::{categories, feed_url, fill_podcast, fill_text, merge, show_note_chapters, tags};
use item::Item;
pub use options::{BodySource, Options, Report};

/// Converts a feed into a manifest.
pub fn convert(feed: &RawFeed, options: &Options) -> (Manifest, Report) {
    let atom = feed.kind == "atom";
    let channel = Item(&feed.channel);
    let main_ns = if atom { Ns::Atom } else { Ns::None };
    let site = if atom {
        atom_link(&channel, "alternate")
    } else {
        channel.text(Ns::None, "link").map(str::to_owned)
    };
    let sanitiser = sanitiser(site.as_deref());
    let mut report = Report::default();
    let mut seen_ids = HashSet::new();
    let mut spelling: BTreeMap<String, String> = BTreeMap::new();
    let mut tag_spelling: BTreeMap<String, String> = BTreeMap::new();
    let mut episodes = Vec::new();

    for (i, fields) in feed.items.iter().enumerate() {
        let item = Item(fields);
        let label = |title: Option<&str>| match title {
            Some(t) => format!("item {} ({t:?})", i + 1),
            None => format!("item {}", i + 1),
        };
        // WordPress exports hold pages, attachments, menu items and drafts
        // too: only published posts are episodes.
        if let Some(kind) = not_a_post(&item) {
            report.count_not_post(kind);
            continue;
        }
        let title = item.text(main_ns, "title");
        // A title is read as HTML (feeds often escape markup into it); one
        // that reads as nothing but has characters ("<", "<3 AI") was text.
        let title_text = title.map(|t| {
            let text = plain_text(t);
            if text.is_empty() {
                t.split_whitespace().collect::<Vec<_>>().join(" ")
            } else {
                text
            }
        });
        let title_text = match title_text.filter(|t| !t.is_empty()) {
            Some(text) => text,
            // RSS asks for a title or a description: an item with only the
            // latter is titled by its first words, as feed readers do.
            None => match item
                .text(Ns::None, "description")
                .map(plain_text)
                .filter(|d| !d.is_empty())
            {
                Some(description) => {
                    let text = cut_at_word(&description, TITLE_FROM_TEXT);
                    report.warnings.push(format!(
                        "{}: no title; titled from its description: {text:?}",
                        label(None)
                    ));
                    text
                }
                None => {
                    report.skipped.push(format!("{}: no title", label(None)));
                    continue;
                }
            },
        };
        let title: String = title.map_or_else(|| title_text.clone(), str::to_owned);
        let mut episode = Episode {
            title: title_text,
            ..Episode::default()
        };
        episode.id = unique_id(&item, atom, &episode.title, &mut seen_ids);
        episode.link = if atom {
            atom_link(&item, "alternate")
        } else {
            item.text(Ns::None, "link").map(str::to_owned)
        }
        .and_then(|link| feed_url(&link, site.as_deref()));
        match item_date(&item) {
            Ok(date) => episode.date = date,
            Err(why) => report
                .warnings
                .push(format!("{}: {why}; imported undated", label(Some(&title)))),
        }
        let notes = fill_text(&item, atom, options, &sanitiser, &mut episode);
        let base = episode.link.clone().or_else(|| site.clone());
        fill_podcast(
            &item,
            atom,
            base.as_deref(),
            &mut episode,
            &mut report,
            &label(Some(&title)),
        );
        // Timecodes in the show notes, when the feed has no chapters.
        if episode.chapters.is_none() && episode.chapter_list.is_empty() {
            if let Some(notes) = notes {
                episode.chapter_list = show_note_chapters(notes);
            }
        }
        let mut categories = categories(&item, atom);
        categories.extend(options.add_categories.iter().cloned());
        episode.categories = merge(categories, &options.map_categories, &mut spelling);
        episode.tags = merge(tags(&item), &[], &mut tag_spelling);
        episodes.push(episode);
    }

    let title = channel
        .text(main_ns, "title")
        .map(plain_text)
        .unwrap_or_else(|| "Episode archive".to_owned());
    let description = [
        channel.text(Ns::None, "description"),
        channel.text(Ns::Atom, "subtitle"),
        channel.text(Ns::Itunes, "summary"),
    ]
    .into_iter()
    .flatten()
    .next()
    .map(plain_text)
    .unwrap_or_default();
    let image = channel
        .child(Ns::Itunes, "image")
        .and_then(|i| i.attr("href"))
        .and_then(|u| feed_url(u, site.as_deref()));
    let manifest = Manifest {
        version: MANIFEST_VERSION,
        title,
        description,
        link: site,
        language: channel.text(Ns::None, "language").map(str::to_owned),
        image,
        episodes,
        search: None,
    };
    (manifest, report)
}

/// An item's date: WordPress's own GMT date first (its `pubDate` is
/// rewritten by plugins and themes), then the feed formats' dates; the
/// first that reads wins. `Err` says why none did, naming the first.
fn item_date(item: &Item<'_>) -> Result<Option<String>, String> {
    let raw_dates = [
        item.text(Ns::Wp, "post_date_gmt"),
        item.text(Ns::None, "pubDate"),
        item.text(Ns::Atom, "published"),
        item.text(Ns::Atom, "updated"),
        item.text(Ns::Dc, "date"),
        item.text(Ns::Wp, "post_date"),
    ];
    let mut problem = None;
    for raw in raw_dates.into_iter().flatten() {
        match feed_date(raw) {
            Ok(date) => return Ok(Some(date)),
            Err(DateProblem::Placeholder) => {}
            Err(reason) => {
                problem.get_or_insert((raw, reason));
            }
        }
    }
    match problem {
        None => Ok(None),
        Some((raw, DateProblem::Impossible(year))) => {
            Err(format!("date {raw:?} is not a real date (the year {year})"))
        }
        Some((raw, _)) => Err(format!("date {raw:?} not understood")),
    }
}

/// Characters of a title made from an item's description.
const TITLE_FROM_TEXT: usize = 80;

/// What a WordPress item is when it is not a published post: its type
/// (`page`, `attachment`, `menu item` …) or its status (`draft`,
/// `scheduled post` …); `None` for a published post or a plain feed item.
fn not_a_post(item: &Item<'_>) -> Option<String> {
    if let Some(post_type) = item.text(Ns::Wp, "post_type") {
        if post_type != "post" {
            return Some(match post_type {
                "nav_menu_item" => "menu item".to_owned(),
                "wp_block" => "reusable block".to_owned(),
                other => other.replace('_', " "),
            });
        }
    }
    let status = item.text(Ns::Wp, "status")?;
    (status != "publish").then(|| {
        match status {
            "future" => "scheduled post",
            "draft" | "auto-draft" => "draft",
            "pending" => "post pending review",
            "private" => "private post",
            "trash" => "trashed post",
            "inherit" => "revision",
            _ => "unpublished post",
        }
        .to_owned()
    })
}

fn atom_link(item: &Item<'_>, rel: &str) -> Option<String> {
    item.all(Ns::Atom, "link")
        .filter(|l| l.depth == 1)
        .find(|l| l.attr("rel").unwrap_or("alternate") == rel)
        .and_then(|l| l.attr("href"))
        .map(str::to_owned)
}

fn unique_id(item: &Item<'_>, atom: bool, title: &str, seen: &mut HashSet<String>) -> String {
    let base = item
        .text(Ns::Wp, "post_id")
        .map(|id| format!("post-{id}"))
        .or_else(|| {
            item.text(
                if atom { Ns::Atom } else { Ns::None },
                if atom { "id" } else { "guid" },
            )
            .map(str::to_owned)
        })
        .or_else(|| item.text(Ns::None, "link").map(str::to_owned))
        .unwrap_or_else(|| slug(title));
    let mut id = base.clone();
    let mut n = 2;
    while !seen.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A short, URL-friendly form of a text.
pub fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "episode".to_owned()
    } else {
        out
    }
}

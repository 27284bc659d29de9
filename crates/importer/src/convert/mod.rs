//! From a feed's elements to manifest episodes: which element feeds which
//! field, what is skipped (drafts, pages, items without a title) and what
//! is reported (unreadable dates, durations).

mod fields;
mod item;
mod options;

use std::collections::{BTreeMap, HashSet};

use episode_archive_core::fold::fold;
use episode_archive_core::model::MANIFEST_VERSION;
use episode_archive_core::{Episode, Manifest};

use crate::dates::iso_date;
use crate::feed::{Ns, RawFeed};
use crate::html::{plain_text, sanitiser};
use fields::{categories, fill_podcast, fill_text, merge};
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
    let mut episodes = Vec::new();

    for (i, fields) in feed.items.iter().enumerate() {
        let item = Item(fields);
        let label = |title: Option<&str>| match title {
            Some(t) => format!("item {} ({t:?})", i + 1),
            None => format!("item {}", i + 1),
        };
        let title = item.text(main_ns, "title");
        // WordPress exports hold pages, attachments and drafts too.
        if let Some(post_type) = item.text(Ns::Wp, "post_type") {
            if post_type != "post" {
                report.skipped.push(format!(
                    "{}: a WordPress {post_type}, not a post",
                    label(title)
                ));
                continue;
            }
        }
        if let Some(status) = item.text(Ns::Wp, "status") {
            if status != "publish" {
                report.skipped.push(format!(
                    "{}: status {status:?}, not published",
                    label(title)
                ));
                continue;
            }
        }
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
        let (Some(title), Some(title_text)) = (title, title_text.filter(|t| !t.is_empty())) else {
            report.skipped.push(format!("{}: no title", label(None)));
            continue;
        };
        let mut episode = Episode {
            title: title_text,
            ..Episode::default()
        };
        episode.id = unique_id(&item, atom, &episode.title, &mut seen_ids);
        episode.link = if atom {
            atom_link(&item, "alternate")
        } else {
            item.text(Ns::None, "link").map(str::to_owned)
        };
        let raw_date = [
            item.text(Ns::None, "pubDate"),
            item.text(Ns::Atom, "published"),
            item.text(Ns::Atom, "updated"),
            item.text(Ns::Dc, "date"),
            item.text(Ns::Wp, "post_date_gmt"),
            item.text(Ns::Wp, "post_date"),
        ]
        .into_iter()
        .flatten()
        .next();
        if let Some(raw) = raw_date {
            episode.date = iso_date(raw);
            if episode.date.is_none() && !raw.starts_with("0000") {
                report.warnings.push(format!(
                    "{}: date {raw:?} not understood; imported undated",
                    label(Some(title))
                ));
            }
        }
        fill_text(&item, atom, options, &sanitiser, &mut episode);
        fill_podcast(&item, atom, &mut episode, &mut report, &label(Some(title)));
        let mut categories = categories(&item, atom);
        categories.extend(options.add_categories.iter().cloned());
        episode.categories = merge(categories, &options.map_categories, &mut spelling);
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
    let manifest = Manifest {
        version: MANIFEST_VERSION,
        title,
        description,
        link: site,
        language: channel.text(Ns::None, "language").map(str::to_owned),
        episodes,
        search: None,
    };
    (manifest, report)
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

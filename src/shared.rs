//! What the widget's modules share, and nothing else: where the manifest
//! comes from, what the custom element adds to the app, the store (the core's
//! state as a Yew reducer) and the loaded archive as components hold it.
//! It imports nothing else of this crate, so every other module can use it
//! without an import cycle.

use std::rc::Rc;

use episode_archive_core::attributes::ElementOptions;
use episode_archive_core::search::Highlighter;
use episode_archive_core::{Action, Archive, ArchiveState, EpisodeIdx};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::texts::Texts;

/// Where the manifest comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum ManifestSource {
    /// Fetched from a URL, absolute or relative to the page.
    Url(String),
    /// Given as text (tests, embedders that already hold it).
    Inline {
        /// The manifest's JSON.
        text: String,
        /// The URL it stands for: the base that relative `body_url`s and
        /// links resolve against.
        url: String,
    },
}

impl ManifestSource {
    /// The manifest's URL as given (absolute, or relative to the page).
    pub fn url(&self) -> &str {
        match self {
            Self::Url(url) | Self::Inline { url, .. } => url,
        }
    }
}

/// What the `<episode-archive>` element adds to a bare app.
#[derive(Debug, Clone, PartialEq)]
pub struct ElementProps {
    /// The element's attributes, read.
    pub options: ElementOptions,
    /// The element itself, where host events are dispatched.
    pub host: Option<HtmlElement>,
    /// The interface language's catalog, in the core's line form
    /// (`i18n::entries_from_lines`), as the loader fetched it; none for
    /// English.
    pub catalog: Option<AttrValue>,
    /// The site's own wording (the `strings` file, then the `strings`
    /// property), in the same form.
    pub site_strings: Option<AttrValue>,
}

impl Default for ElementProps {
    /// A bare app (tests): default options, and the page URL left alone.
    fn default() -> Self {
        Self {
            options: ElementOptions {
                url_namespace: None,
                ..ElementOptions::default()
            },
            host: None,
            catalog: None,
            site_strings: None,
        }
    }
}

/// The archive state as a Yew reducer.
#[derive(Debug, Clone, PartialEq)]
pub struct Store(pub ArchiveState);

impl Reducible for Store {
    type Action = Action;

    /// The same `Rc` when the action changes nothing, so Yew renders
    /// nothing again (the comparison is cheap: the archive and the posts
    /// compare by pointer).
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.reduce(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// A shared, loaded archive. Props compare it by identity: the archive
/// never changes once loaded, and a deep comparison on every render would
/// cost as much as the render itself.
#[derive(Debug, Clone)]
pub struct ArchiveRef(pub Rc<Archive>);

impl PartialEq for ArchiveRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What every episode card needs and nothing about one card: provided once
/// by the app as a Yew context, so the list hands each card only what is
/// its own (which episode, whether it is open, its fetched post).
#[derive(Debug, Clone, PartialEq)]
pub struct CardContext {
    /// The loaded archive.
    pub archive: ArchiveRef,
    /// The manifest's absolute URL, base for relative URLs.
    pub manifest_url: AttrValue,
    /// Marks the query's words.
    pub highlight: Rc<Highlighter>,
    /// Opens or closes a post.
    pub on_toggle: Callback<EpisodeIdx>,
    /// Fetches a failed post again.
    pub on_retry_body: Callback<EpisodeIdx>,
    /// Tells the page an episode's audio started.
    pub on_play: Callback<EpisodeIdx>,
    /// Copies a post's link and reports success; absent: no "Copy link".
    pub on_copy_link: Option<Callback<(EpisodeIdx, Callback<bool>)>>,
    /// The language of the archive's text (the manifest's `language`), set
    /// on what shows it; absent: the interface's.
    pub content_lang: Option<AttrValue>,
    /// The direction of the archive's text where it is not the interface's
    /// (English titles in an Arabic interface stay left to right). From the
    /// manifest's language, not `dir="auto"`: the browser would work out
    /// every changed title's direction again on each keystroke.
    pub content_dir: Option<&'static str>,
    /// The interface's words.
    pub texts: Texts,
}

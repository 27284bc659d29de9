//! Connects the core's reducer to IO: the one place where fetches start,
//! the page URL is read and written, and host events are sent.
//!
//! The manifest is fetched when the source changes or the reader retries;
//! a post's `body_url` is fetched when the state says an open post needs it
//! ([`ArchiveState::bodies_to_fetch`]), so components only dispatch actions.
//!
//! - `loading`: the manifest and the posts' bodies.
//! - `full_text`: the prebuilt search index and its shards.
//! - `snippets`: which results' posts to fetch for a snippet.
//! - `url_state`: the view in the page URL, Back and Forward.
//! - `host_events`: the events sent to the page.

mod callbacks;
mod full_text;
mod host_events;
mod indexing;
mod loading;
mod snippets;
mod url_state;

use std::rc::Rc;

use episode_archive_core::{Action, ArchiveState};
use yew::prelude::*;

use crate::services::history;
use crate::shared::{ElementProps, ManifestSource, Store};
use crate::urls;
pub use callbacks::{use_archive_callbacks, use_callbacks, ArchiveCallbacks, Callbacks};
use full_text::use_full_text;
pub use host_events::use_host_events;
use indexing::use_index_after_paint;
pub use indexing::IndexNow;
use loading::{use_bodies, use_manifest};
pub use snippets::use_snippets;
use url_state::{use_initial_view, use_url_state};

/// What [`use_archive`] gives the app.
pub struct ArchiveHandle {
    /// The state; dispatch actions through it.
    pub store: UseReducerHandle<Store>,
    /// The manifest's absolute URL (base for `body_url`, audio, links).
    pub manifest_url: Rc<String>,
    /// Fetches the manifest again.
    pub on_retry: Callback<()>,
    /// The search index now, for a query (finishing its build if need be).
    pub index_now: IndexNow,
}

/// Loads the manifest from `source`, keeps open posts' bodies fetched and
/// keeps the view and the page URL in step.
#[hook]
pub fn use_archive(source: &ManifestSource, element: &ElementProps) -> ArchiveHandle {
    let manifest_url = use_memo(source.clone(), |source| {
        urls::resolve(source.url(), &urls::document_base())
            .unwrap_or_else(|| source.url().to_owned())
    });
    let store = use_reducer(|| {
        let state = ArchiveState::with_page_size(manifest_url.as_str(), element.options.page_size);
        // A view named in the page URL wins over the element's attributes.
        let from_url = element.options.url_namespace.as_deref().map(history::read);
        let view = from_url
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| element.options.initial.clone());
        Store(state.reduce(Action::Restore(view)))
    });
    let attempt = use_state(|| 0_u32);
    let limits = element.options.limits;
    use_manifest(source, &manifest_url, &store, *attempt, limits);
    use_bodies(&manifest_url, &store, limits);
    use_full_text(&manifest_url, &store, limits);
    let index_now = use_index_after_paint(&store);
    use_initial_view(&element.options.initial, &store);
    use_url_state(element.options.url_namespace.clone(), &store);

    let on_retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    };
    ArchiveHandle {
        store,
        manifest_url,
        on_retry,
        index_now,
    }
}

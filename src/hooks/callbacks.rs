//! The callbacks the root hands to its components, made once per widget
//! (and per archive, for the ones that read it) rather than on every
//! render. A new `Callback` never equals the old one, so callbacks rebuilt
//! per render made every child re-render on every keystroke even when
//! nothing it shows had changed.

use std::rc::Rc;

use episode_archive_core::{Action, EpisodeIdx};
use web_sys::HtmlElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services::events::{emit, Detail};
use crate::services::{clipboard, history};
use crate::shared::{ArchiveRef, Store};

/// Every event the widget's components report, as callbacks.
#[derive(Debug, Clone, PartialEq)]
pub struct Callbacks {
    /// The search field changed.
    pub on_search: Callback<String>,
    /// A category was switched on or off.
    pub on_toggle_category: Callback<String>,
    /// "Clear" on the categories.
    pub on_clear_categories: Callback<()>,
    /// "Clear filters" in the empty state.
    pub on_clear_filters: Callback<()>,
    /// A post was opened or closed.
    pub on_toggle_episode: Callback<EpisodeIdx>,
    /// A failed post is fetched again.
    pub on_retry_body: Callback<EpisodeIdx>,
    /// "Show more episodes".
    pub on_more: Callback<()>,
    /// The sort order changed.
    pub on_sort: Callback<episode_archive_core::SortOrder>,
}

/// Turns an action (built from the event's payload) into a dispatch.
fn dispatching<E: 'static>(
    dispatcher: &UseReducerDispatcher<Store>,
    f: impl Fn(E) -> Action + 'static,
) -> Callback<E> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |e| dispatcher.dispatch(f(e)))
}

/// The callbacks, made on the first render; the dispatcher never changes.
#[hook]
pub fn use_callbacks(store: &UseReducerHandle<Store>) -> Rc<Callbacks> {
    let dispatcher = store.dispatcher();
    use_memo((), move |()| Callbacks {
        on_search: dispatching(&dispatcher, Action::SetQuery),
        on_toggle_category: dispatching(&dispatcher, Action::ToggleCategory),
        on_clear_categories: dispatching(&dispatcher, |()| Action::ClearCategories),
        on_clear_filters: dispatching(&dispatcher, |()| Action::ClearFilters),
        on_toggle_episode: dispatching(&dispatcher, Action::ToggleExpanded),
        on_retry_body: dispatching(&dispatcher, Action::RetryBody),
        on_more: dispatching(&dispatcher, |()| Action::ShowMore),
        on_sort: dispatching(&dispatcher, Action::SetSort),
    })
}

/// The callbacks that read the archive: made again only when it changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveCallbacks {
    /// Sends `episode-archive:play` when an episode's audio starts.
    pub on_play: Callback<EpisodeIdx>,
    /// Copies a link that opens the post; absent when the view is not kept
    /// in the URL.
    pub on_copy_link: Option<Callback<(EpisodeIdx, Callback<bool>)>>,
}

/// [`ArchiveCallbacks`] for `archive`, memoised on it and the element.
#[hook]
pub fn use_archive_callbacks(
    archive: Option<ArchiveRef>,
    host: Option<HtmlElement>,
    namespace: Option<String>,
) -> Rc<ArchiveCallbacks> {
    use_memo((archive, host, namespace), |(archive, host, namespace)| {
        ArchiveCallbacks {
            on_play: play_callback(archive.clone(), host.clone()),
            on_copy_link: archive
                .clone()
                .and_then(|a| copy_link_callback(a, namespace.clone())),
        }
    })
}

fn play_callback(archive: Option<ArchiveRef>, host: Option<HtmlElement>) -> Callback<EpisodeIdx> {
    Callback::from(move |idx: EpisodeIdx| {
        let episode = archive.as_ref().and_then(|a| a.0.episode(idx));
        if let (Some(host), Some(episode)) = (&host, episode) {
            emit(host, "play", &[("id", Detail::Str(&episode.id))]);
        }
    })
}

/// The inner callback hears whether the copy worked.
fn copy_link_callback(
    archive: ArchiveRef,
    namespace: Option<String>,
) -> Option<Callback<(EpisodeIdx, Callback<bool>)>> {
    let namespace = namespace?;
    Some(Callback::from(
        move |(idx, done): (EpisodeIdx, Callback<bool>)| {
            let Some(episode) = archive.0.episode(idx) else {
                return;
            };
            let view = episode_archive_core::UrlState {
                expanded: Some(episode.id.clone()),
                ..Default::default()
            };
            let Some(url) = history::url_with(&namespace, &view) else {
                done.emit(false);
                return;
            };
            spawn_local(async move { done.emit(clipboard::copy(&url).await) });
        },
    ))
}

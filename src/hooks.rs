//! Connects the core's reducer to IO: the one place where fetches start,
//! the page URL is read and written, and host events are sent.
//!
//! The manifest is fetched when the source changes or the reader retries;
//! a post's `body_url` is fetched when the state says an open post needs it
//! ([`ArchiveState::bodies_to_fetch`]), so components only dispatch actions.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use episode_archive_core::response::Limits;
use episode_archive_core::{
    parse_manifest, Action, ArchiveState, ArchiveView, LoadError, LoadState, UrlState,
};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::{ElementProps, ManifestSource};
use crate::services::events::{emit, Detail};
use crate::services::history::{self, Entry};
use crate::{services, urls};

/// The archive state as a Yew reducer.
#[derive(Debug, Clone, PartialEq)]
pub struct Store(pub ArchiveState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.reduce(action)))
    }
}

/// What [`use_archive`] gives the app.
pub struct ArchiveHandle {
    /// The state; dispatch actions through it.
    pub store: UseReducerHandle<Store>,
    /// The manifest's absolute URL (base for `body_url`, audio, links).
    pub manifest_url: Rc<String>,
    /// Fetches the manifest again.
    pub on_retry: Callback<()>,
}

/// Loads the manifest from `source`, keeps open posts' bodies fetched and
/// keeps the view and the page URL in step.
#[hook]
pub fn use_archive(source: &ManifestSource, element: &ElementProps) -> ArchiveHandle {
    let manifest_url = use_memo(source.clone(), ManifestSource::absolute_url);
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
    crate::indexing::use_index_after_paint(&store);
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
    }
}

#[hook]
fn use_manifest(
    source: &ManifestSource,
    url: &Rc<String>,
    store: &UseReducerHandle<Store>,
    attempt: u32,
    limits: Limits,
) {
    let dispatcher = store.dispatcher();
    let url = url.clone();
    use_effect_with(
        (source.clone(), attempt, limits),
        move |(source, _, limits)| {
            let limits = *limits;
            // A response for a source that has since changed is dropped.
            let cancelled = Rc::new(Cell::new(false));
            dispatcher.dispatch(Action::StartLoading {
                url: url.to_string(),
            });
            match source {
                ManifestSource::Inline { text, .. } => {
                    dispatcher.dispatch(match parse_manifest(text) {
                        Ok(archive) => Action::Loaded(Rc::new(archive)),
                        Err(error) => Action::LoadFailed(LoadError::Invalid {
                            url: url.to_string(),
                            error,
                        }),
                    })
                }
                ManifestSource::Url(_) => {
                    let cancelled = cancelled.clone();
                    spawn_local(async move {
                        let result = services::load_manifest(&url, &limits).await;
                        if !cancelled.get() {
                            dispatcher.dispatch(match result {
                                Ok(archive) => Action::Loaded(Rc::new(archive)),
                                Err(error) => Action::LoadFailed(error),
                            });
                        }
                    });
                }
            }
            move || cancelled.set(true)
        },
    );
}

#[hook]
fn use_bodies(base: &Rc<String>, store: &UseReducerHandle<Store>, limits: Limits) {
    let dispatcher = store.dispatcher();
    let base = base.clone();
    let wanted = store.0.bodies_to_fetch();
    use_effect_with((store.0.generation, wanted), move |(generation, wanted)| {
        for (idx, body_url) in wanted.iter().cloned() {
            let (idx, generation) = (idx, *generation);
            dispatcher.dispatch(Action::BodyLoading { idx, generation });
            let dispatcher = dispatcher.clone();
            let url = urls::resolve(&body_url, &base);
            spawn_local(async move {
                let result = match url {
                    Some(url) => services::load_body(&url, &limits).await,
                    None => Err(LoadError::Network {
                        url: body_url,
                        reason: "this is not a valid URL".into(),
                    }),
                };
                dispatcher.dispatch(Action::BodyLoaded {
                    idx,
                    generation,
                    result,
                });
            });
        }
    });
}

/// When the embedder changes `query` or `categories` at run time, the view follows.
#[hook]
fn use_initial_view(initial: &UrlState, store: &UseReducerHandle<Store>) {
    let dispatcher = store.dispatcher();
    let first = use_mut_ref(|| true);
    use_effect_with(initial.clone(), move |initial| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            dispatcher.dispatch(Action::Restore(initial.clone()));
        }
    });
}

/// Mirrors the view into the page URL (typing replaces the entry, other
/// changes push one) and restores it on Back and Forward.
#[hook]
fn use_url_state(namespace: Option<String>, store: &UseReducerHandle<Store>) {
    let view = store.0.url_state();
    let loaded = !matches!(store.0.load, LoadState::Loading { .. });
    // The view last written, and whether that write was a keystroke.
    let last: Rc<RefCell<Option<(UrlState, bool)>>> = use_mut_ref(|| None);
    {
        let namespace = namespace.clone();
        use_effect_with((view, loaded), move |(view, loaded)| {
            // Until the archive loads, the URL keeps what it said.
            if let (Some(ns), true) = (namespace, *loaded) {
                let mut last = last.borrow_mut();
                let typing = last.as_ref().is_some_and(|(before, _)| {
                    before.query != view.query
                        && before.categories == view.categories
                        && before.expanded == view.expanded
                });
                if let Some((_, was_typing)) = last.as_ref() {
                    // A run of keystrokes is one history entry: the first
                    // pushes, the rest replace it.
                    let entry = if typing && *was_typing {
                        Entry::Replace
                    } else {
                        Entry::Push
                    };
                    history::write(&ns, view, entry);
                }
                *last = Some((view.clone(), typing));
            }
        });
    }
    let dispatcher = store.dispatcher();
    use_effect_with(namespace, move |namespace| {
        let listener = namespace.clone().and_then(|ns| {
            history::on_pop(ns, move |view| dispatcher.dispatch(Action::Restore(view)))
        });
        move || drop(listener)
    });
}

/// Tells the host page what happens, through events on its element.
#[hook]
pub fn use_host_events(state: &ArchiveState, view: Option<&ArchiveView>, element: &ElementProps) {
    let host = element.host.clone();
    let count = view.map_or(0, |v| v.episodes.len());
    {
        let host = host.clone();
        use_effect_with((state.generation, state.load.clone()), move |(_, load)| {
            let Some(host) = host else { return };
            match load {
                LoadState::Ready(a) => emit(
                    &host,
                    "ready",
                    &[
                        ("title", Detail::Str(&a.title)),
                        ("episodes", Detail::Num(a.episodes.len() as f64)),
                        ("skipped", Detail::Num(a.skipped_count() as f64)),
                    ],
                ),
                LoadState::Failed(error) => emit(
                    &host,
                    "error",
                    &[
                        ("url", Detail::Str(error.url())),
                        ("reason", Detail::Str(&error.reason())),
                    ],
                ),
                LoadState::Loading { .. } => {}
            }
        });
    }
    let ready = state.archive().is_some();
    {
        let host = host.clone();
        let first = use_mut_ref(|| true);
        use_effect_with((state.query.clone(), ready), move |(query, ready)| {
            if *ready && !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(host) = host {
                    emit(
                        &host,
                        "search",
                        &[
                            ("query", Detail::Str(query)),
                            ("count", Detail::Num(count as f64)),
                        ],
                    );
                }
            }
        });
    }
    {
        let host = host.clone();
        let first = use_mut_ref(|| true);
        use_effect_with((state.chosen.clone(), ready), move |(chosen, ready)| {
            if *ready && !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(host) = host {
                    let chosen: Vec<String> = chosen.iter().cloned().collect();
                    emit(
                        &host,
                        "filter",
                        &[
                            ("categories", Detail::List(&chosen)),
                            ("count", Detail::Num(count as f64)),
                        ],
                    );
                }
            }
        });
    }
    let opened = state
        .last_opened
        .and_then(|idx| Some(state.archive()?.episodes.get(idx)?.id.clone()));
    use_effect_with(opened, move |opened| {
        if let (Some(host), Some(id)) = (host, opened) {
            emit(&host, "expand", &[("id", Detail::Str(id))]);
        }
    });
}

//! Connects the core's reducer to IO: the one place where fetches start.
//!
//! The manifest is fetched when the source changes or the reader retries;
//! a post's `body_url` is fetched when the state says an open post needs it
//! ([`ArchiveState::bodies_to_fetch`]), so components only dispatch actions.

use std::cell::Cell;
use std::rc::Rc;

use episode_archive_core::{parse_manifest, Action, ArchiveState, LoadError};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::ManifestSource;
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

/// Loads the manifest from `source` and keeps open posts' bodies fetched.
#[hook]
pub fn use_archive(source: &ManifestSource) -> ArchiveHandle {
    let manifest_url = use_memo(source.clone(), ManifestSource::absolute_url);
    let store = use_reducer(|| Store(ArchiveState::new(manifest_url.as_str())));
    let attempt = use_state(|| 0_u32);

    {
        let dispatcher = store.dispatcher();
        let url = manifest_url.clone();
        use_effect_with((source.clone(), *attempt), move |(source, _)| {
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
                        let result = services::load_manifest(&url).await;
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
        });
    }

    {
        let dispatcher = store.dispatcher();
        let base = manifest_url.clone();
        let wanted = store.0.bodies_to_fetch();
        use_effect_with((store.0.generation, wanted), move |(generation, wanted)| {
            for (idx, body_url) in wanted.iter().cloned() {
                let (idx, generation) = (idx, *generation);
                dispatcher.dispatch(Action::BodyLoading { idx, generation });
                let dispatcher = dispatcher.clone();
                let url = urls::resolve(&body_url, &base);
                spawn_local(async move {
                    let result = match url {
                        Some(url) => services::load_body(&url).await,
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

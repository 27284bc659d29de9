//! Fetching: the manifest when the source changes or the reader retries,
//! and each open post's `body_url` when the state asks for it.

use std::cell::Cell;
use std::rc::Rc;

use episode_archive_core::response::Limits;
use episode_archive_core::{parse_manifest, Action, LoadError};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::shared::{ManifestSource, Store};
use crate::{services, urls};

#[hook]
pub(super) fn use_manifest(
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
            // A fetch for a source that has since changed (or an element
            // since removed) is ended, and whatever it returns is dropped.
            let cancelled = Rc::new(Cell::new(false));
            let cancel = services::Cancel::new();
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
                    let (cancelled, cancel) = (cancelled.clone(), cancel.clone());
                    spawn_local(async move {
                        let result = services::load_manifest(&url, &limits, &cancel).await;
                        if !cancelled.get() {
                            dispatcher.dispatch(match result {
                                Ok(archive) => Action::Loaded(Rc::new(archive)),
                                Err(error) => Action::LoadFailed(error),
                            });
                        }
                    });
                }
            }
            move || {
                cancelled.set(true);
                cancel.cancel();
            }
        },
    );
}

#[hook]
pub(super) fn use_bodies(base: &Rc<String>, store: &UseReducerHandle<Store>, limits: Limits) {
    let dispatcher = store.dispatcher();
    let base = base.clone();
    let wanted = store.0.bodies_to_fetch();
    // Posts being fetched for this manifest: ended when another manifest
    // loads or the element is removed.
    let in_flight = use_mut_ref(Vec::<services::Cancel>::new);
    {
        let in_flight = in_flight.clone();
        use_effect_with(store.0.generation, move |_| {
            move || {
                for cancel in in_flight.borrow_mut().drain(..) {
                    cancel.cancel();
                }
            }
        });
    }
    use_effect_with((store.0.generation, wanted), move |(generation, wanted)| {
        for (idx, body_url) in wanted.iter().cloned() {
            let (idx, generation) = (idx, *generation);
            dispatcher.dispatch(Action::BodyLoading { idx, generation });
            let dispatcher = dispatcher.clone();
            let url = urls::resolve(&body_url, &base);
            let cancel = services::Cancel::new();
            in_flight.borrow_mut().push(cancel.clone());
            spawn_local(async move {
                let result = match url {
                    Some(url) => services::load_body(&url, &limits, &cancel).await,
                    None => Err(LoadError::Network {
                        url: body_url,
                        reason: episode_archive_core::error::NOT_A_URL.into(),
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

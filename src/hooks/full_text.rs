//! The prebuilt full-text index: its directory fetched right after the
//! list's first paint (for a small index, that file is the whole index),
//! then the shards the current query needs, as the state asks for them
//! ([`ArchiveState::shards_to_fetch`](episode_archive_core::ArchiveState::shards_to_fetch)).
//! An index that cannot be used is reported in the console once, and the
//! manifest's own text is searched as before.

use std::rc::Rc;

use episode_archive_core::response::Limits;
use episode_archive_core::Action;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::shared::Store;
use crate::{services, urls};

/// Milliseconds after the list is shown before the directory is fetched:
/// as the in-browser index's build, so the first paint never waits.
const AFTER_PAINT_MS: i32 = 50;

#[hook]
pub(super) fn use_full_text(
    manifest_url: &Rc<String>,
    store: &UseReducerHandle<Store>,
    limits: Limits,
) {
    let generation = store.0.generation;
    let directory = store
        .0
        .full_text_to_fetch()
        .map(|url| urls::fetch_url(url, manifest_url).ok_or_else(|| url.to_owned()));
    // Where the directory is: the shards' base.
    let directory_url = use_mut_ref(String::new);
    // Fetches for this manifest: ended when another loads or the element goes.
    let in_flight = use_mut_ref(Vec::<services::Cancel>::new);
    {
        let in_flight = in_flight.clone();
        use_effect_with(generation, move |_| {
            move || {
                for cancel in in_flight.borrow_mut().drain(..) {
                    cancel.cancel();
                }
            }
        });
    }
    {
        let dispatcher = store.dispatcher();
        let (in_flight, directory_url) = (in_flight.clone(), directory_url.clone());
        use_effect_with((generation, directory), move |(generation, directory)| {
            let generation = *generation;
            match directory.clone() {
                None => {}
                Some(Err(url)) => dispatcher.dispatch(Action::FullTextLoaded {
                    generation,
                    result: Err(format!("{url}: not an http or https URL")),
                }),
                Some(Ok(url)) => {
                    *directory_url.borrow_mut() = url.clone();
                    let cancel = services::Cancel::new();
                    in_flight.borrow_mut().push(cancel.clone());
                    spawn_local(async move {
                        services::timers::sleep(AFTER_PAINT_MS).await;
                        dispatcher.dispatch(Action::FullTextLoading { generation });
                        let result = services::load_full_text(&url, &limits, &cancel).await;
                        dispatcher.dispatch(Action::FullTextLoaded { generation, result });
                    });
                }
            }
        });
    }
    let shards = store.0.shards_to_fetch();
    {
        let dispatcher = store.dispatcher();
        use_effect_with((generation, shards), move |(generation, shards)| {
            let generation = *generation;
            if !shards.is_empty() {
                dispatcher.dispatch(Action::ShardsLoading {
                    generation,
                    shards: shards.iter().map(|(at, _)| *at).collect(),
                });
            }
            let base = directory_url.borrow().clone();
            for (at, file) in shards.iter().cloned() {
                let dispatcher = dispatcher.clone();
                let cancel = services::Cancel::new();
                in_flight.borrow_mut().push(cancel.clone());
                let url = urls::fetch_url(&file, &base);
                spawn_local(async move {
                    let result = match url {
                        Some(url) => services::load_shard(&url, &limits, &cancel).await,
                        None => Err(format!("{file}: not an http or https URL")),
                    };
                    if let Err(reason) = &result {
                        web_sys::console::warn_1(
                            &format!("episode-archive: a part of the search index could not be loaded, so some posts' words are not searched: {reason}").into(),
                        );
                    }
                    dispatcher.dispatch(Action::ShardLoaded {
                        generation,
                        at,
                        result,
                    });
                });
            }
        });
    }
    // Said once per reason: the effect runs when it changes.
    let problem = store.0.full_text_problem().map(str::to_owned);
    use_effect_with(problem, move |problem| {
        if let Some(problem) = problem {
            web_sys::console::warn_1(
                &format!("episode-archive: the search index is not used, so posts kept out of the manifest are not searched: {problem}").into(),
            );
        }
    });
}

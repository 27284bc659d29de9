//! Which results' posts to fetch for a snippet: the results on screen
//! whose match is only in a post kept out of the manifest, once the reader
//! has stopped typing for a moment, so a word typed letter by letter
//! fetches posts for the finished query only.

use std::cell::Cell;
use std::rc::Rc;

use episode_archive_core::{Action, EpisodeIdx};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services;
use crate::shared::Store;

/// How long the results must stay the same before their posts are fetched.
const SETTLE_MS: i32 = 300;

/// Asks for the posts of `wanted` (results on screen matched in their
/// post) once they have stayed the same for [`SETTLE_MS`].
#[hook]
pub fn use_snippets(store: &UseReducerHandle<Store>, wanted: Vec<EpisodeIdx>) {
    let dispatcher = store.dispatcher();
    let current: Vec<EpisodeIdx> = store.0.snippets.iter().copied().collect();
    use_effect_with(wanted, move |wanted| {
        let cancelled = Rc::new(Cell::new(false));
        if *wanted != current {
            let (wanted, cancelled) = (wanted.clone(), cancelled.clone());
            spawn_local(async move {
                if !wanted.is_empty() {
                    services::timers::sleep(SETTLE_MS).await;
                }
                if !cancelled.get() {
                    dispatcher.dispatch(Action::WantSnippets(wanted));
                }
            });
        }
        move || cancelled.set(true)
    });
}

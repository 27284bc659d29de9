//! The search index, built in the background after the list's first
//! paint: slices of about 8 ms with the page free in between.

use std::cell::Cell;
use std::rc::Rc;

use episode_archive_core::Archive;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services;
use crate::shared::Store;

/// Builds the search index after the list's first paint, in slices of
/// about 8 ms with the page free in between, so a large archive never
/// freezes scrolling or clicks for the whole build (at 10,000 episodes that
/// was 0.3 s on a desktop, over 2 s on a slow phone). A query that comes
/// before the last slice finishes the index at once.
#[hook]
pub(super) fn use_index_after_paint(store: &UseReducerHandle<Store>) {
    let archive = store.0.archive().cloned();
    use_effect_with(
        archive.as_ref().map(|a| Rc::as_ptr(a) as usize),
        move |_| {
            let cancelled = Rc::new(Cell::new(false));
            if let Some(archive) = archive {
                let cancelled = cancelled.clone();
                spawn_local(async move {
                    services::timers::sleep(50).await;
                    while !cancelled.get() {
                        if index_slice(&archive) {
                            return;
                        }
                        services::timers::sleep(0).await;
                    }
                });
            }
            move || cancelled.set(true)
        },
    );
}

/// Milliseconds of indexing per slice, and episodes between clock checks.
const SLICE_MS: f64 = 8.0;
const SLICE_STEP: usize = 32;

/// Indexes for about [`SLICE_MS`]; true once the index is ready.
fn index_slice(archive: &Archive) -> bool {
    let started = js_sys::Date::now();
    loop {
        if archive.build_index_step(SLICE_STEP) {
            return true;
        }
        if js_sys::Date::now() - started >= SLICE_MS {
            return false;
        }
    }
}

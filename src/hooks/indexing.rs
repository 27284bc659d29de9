//! The search index, built in the background after the list's first
//! paint (slices of about 8 ms with the page free in between) and handed to
//! the reducer when ready; or at once, for a query that cannot wait.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use episode_archive_core::search::{Index, Search};
use episode_archive_core::{Action, Archive};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::services;
use crate::shared::Store;

/// The loaded archive's index in its life, owned by this hook: each slice
/// takes the [`Search`] out, steps it and puts it back.
type Slot = Rc<RefCell<Option<Search>>>;

/// Gives the loaded archive's index now, finishing its build if it has
/// to: for a query, which cannot be answered without it.
#[derive(Clone)]
pub struct IndexNow {
    slot: Slot,
    archive: Option<Rc<Archive>>,
    generation: u64,
    dispatcher: UseReducerDispatcher<Store>,
}

impl IndexNow {
    /// The index (`None` before the archive is loaded). Finishing it here
    /// also hands it to the reducer, as the slices would have.
    pub fn get(&self) -> Option<Rc<Index>> {
        let archive = self.archive.as_ref()?;
        let mut slot = self.slot.borrow_mut();
        // Not started yet (the slices start after the first paint): the
        // whole build now.
        match slot.take().unwrap_or_else(|| Search::start(archive)) {
            Search::Ready(index) => {
                *slot = Some(Search::Ready(index.clone()));
                Some(index)
            }
            building => {
                let index = building.finish(archive);
                *slot = Some(Search::Ready(index.clone()));
                self.dispatcher.dispatch(Action::IndexReady {
                    generation: self.generation,
                    index: index.clone(),
                });
                Some(index)
            }
        }
    }
}

/// Builds the loaded archive's search index after the list's first paint,
/// in slices, so a large archive never freezes scrolling or clicks for the
/// whole build (seconds on a slow phone at 10,000 episodes; BENCHMARKS.md),
/// then dispatches [`Action::IndexReady`]. A query that
/// comes first (typed, or in the page URL at load) takes the index from the
/// returned [`IndexNow`], which finishes the build at once.
#[hook]
pub(super) fn use_index_after_paint(store: &UseReducerHandle<Store>) -> IndexNow {
    let archive = store.0.archive().cloned();
    let generation = store.0.generation;
    let slot: Slot = use_mut_ref(|| None);
    // A new archive's build is forgotten in the render that first shows
    // it, before a query in that very render could use the old one. It is
    // started after the first paint (starting reserves its buffers: tens of
    // megabytes at 10,000 episodes), or whole by a query that comes first.
    let key = archive.as_ref().map(|_| generation);
    let built_for = use_mut_ref(|| None::<u64>);
    if *built_for.borrow() != key {
        *built_for.borrow_mut() = key;
        *slot.borrow_mut() = None;
    }
    {
        let (slot, dispatcher) = (slot.clone(), store.dispatcher());
        let archive = archive.clone();
        use_effect_with(key, move |_| {
            let cancelled = Rc::new(Cell::new(false));
            if let Some(archive) = archive {
                let cancelled = cancelled.clone();
                spawn_local(async move {
                    services::timers::sleep(50).await;
                    if cancelled.get() {
                        return;
                    }
                    slot.borrow_mut()
                        .get_or_insert_with(|| Search::start(&archive));
                    while !cancelled.get() {
                        match index_slice(&slot, &archive) {
                            Slice::Again => services::timers::sleep(0).await,
                            Slice::Built(index) => {
                                dispatcher.dispatch(Action::IndexReady { generation, index });
                                return;
                            }
                            Slice::Done => return,
                        }
                    }
                });
            }
            move || cancelled.set(true)
        });
    }
    IndexNow {
        slot,
        archive,
        generation,
        dispatcher: store.dispatcher(),
    }
}

/// What a slice came to.
enum Slice {
    /// More to do.
    Again,
    /// This slice finished the index.
    Built(Rc<Index>),
    /// A query finished it first.
    Done,
}

/// Milliseconds of indexing per slice, and episodes between clock checks.
const SLICE_MS: f64 = 8.0;
const SLICE_STEP: usize = 32;

/// Indexes for about [`SLICE_MS`].
fn index_slice(slot: &Slot, archive: &Archive) -> Slice {
    let mut slot = slot.borrow_mut();
    let mut search = match slot.take() {
        Some(Search::Building(builder)) => Search::Building(builder),
        ready => {
            *slot = ready;
            return Slice::Done;
        }
    };
    let started = js_sys::Date::now();
    loop {
        search = search.step(archive, SLICE_STEP);
        if let Some(index) = search.ready().cloned() {
            *slot = Some(search);
            return Slice::Built(index);
        }
        if js_sys::Date::now() - started >= SLICE_MS {
            *slot = Some(search);
            return Slice::Again;
        }
    }
}

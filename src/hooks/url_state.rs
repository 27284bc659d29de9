//! The view and the page URL kept in step: the embedder's attributes, the
//! URL written as the view changes, and Back and Forward.

use std::cell::RefCell;
use std::rc::Rc;

use episode_archive_core::{Action, LoadState, UrlState};
use yew::prelude::*;

use crate::services::history::{self, Entry};
use crate::shared::Store;

/// When the embedder changes `query` or `categories` at run time, the view follows.
#[hook]
pub(super) fn use_initial_view(initial: &UrlState, store: &UseReducerHandle<Store>) {
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
pub(super) fn use_url_state(namespace: Option<String>, store: &UseReducerHandle<Store>) {
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

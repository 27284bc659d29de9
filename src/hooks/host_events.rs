//! The events the `<episode-archive>` element dispatches to its page:
//! `ready`, `error`, `search`, `filter`, `expand`.

use episode_archive_core::{ArchiveState, ArchiveView, LoadState};
use yew::prelude::*;

use crate::services::events::{emit, Detail};
use crate::shared::ElementProps;

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
                        // The loader's choice of interface language needs it.
                        (
                            "language",
                            Detail::Str(a.language.as_deref().unwrap_or_default()),
                        ),
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
        .and_then(|idx| Some(state.archive()?.episode(idx)?.id.clone()));
    use_effect_with(opened, move |opened| {
        if let (Some(host), Some(id)) = (host, opened) {
            emit(&host, "expand", &[("id", Detail::Str(id))]);
        }
    });
}

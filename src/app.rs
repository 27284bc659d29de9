//! The root component: one reducer for the archive's state, the derived
//! view memoised, everything else delegated to components.

use episode_archive_core::{visible, Action, LoadState};
use yew::prelude::*;

use crate::components::{
    ArchiveHeader, ArchiveRef, CategoryFilter, EmptyState, EpisodeList, LoadFailed, LoadingState,
    ProblemsNotice, ResultCount, SearchBox,
};
use crate::hooks::{use_archive, Store};
use crate::urls;

/// Where the manifest comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum ManifestSource {
    /// Fetched from a URL, absolute or relative to the page.
    Url(String),
    /// Given as text (tests, embedders that already hold it); `url` is the
    /// base that relative `body_url`s and links resolve against.
    Inline { text: String, url: String },
}

impl ManifestSource {
    /// The manifest's absolute URL.
    pub fn absolute_url(&self) -> String {
        let url = match self {
            Self::Url(url) | Self::Inline { url, .. } => url,
        };
        urls::resolve(url, &urls::document_base()).unwrap_or_else(|| url.clone())
    }
}

/// Props of [`App`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AppProps {
    /// The manifest to show.
    pub source: ManifestSource,
}

/// Turns an action (built from the event's payload) into a dispatch.
fn make_callback<E: 'static>(
    store: &UseReducerHandle<Store>,
    f: impl Fn(E) -> Action + 'static,
) -> Callback<E> {
    let dispatcher = store.dispatcher();
    Callback::from(move |e| dispatcher.dispatch(f(e)))
}

/// The archive widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let handle = use_archive(&props.source);
    let state = &handle.store.0;
    let archive = state.archive().cloned().map(ArchiveRef);
    let view = use_memo(
        (archive.clone(), state.query.clone(), state.chosen.clone()),
        |(archive, query, chosen)| archive.as_ref().map(|a| visible(&a.0, query, chosen)),
    );

    let body = match (&state.load, archive, view.as_ref()) {
        (LoadState::Ready(_), Some(archive), Some(view)) => {
            let on_search = make_callback(&handle.store, Action::SetQuery);
            let on_toggle_category = make_callback(&handle.store, Action::ToggleCategory);
            let on_clear_categories = make_callback(&handle.store, |()| Action::ClearCategories);
            let on_clear_filters = make_callback(&handle.store, |()| Action::ClearFilters);
            let on_toggle_episode = make_callback(&handle.store, Action::ToggleExpanded);
            let on_retry_body = make_callback(&handle.store, Action::RetryBody);
            let a = &archive.0;
            html! {
                <>
                    <ArchiveHeader title={a.title.clone()} description={a.description.clone()} />
                    <ProblemsNotice archive={archive.clone()} />
                    <div class="ea-controls" role="search" aria-label="Filter episodes">
                        <SearchBox value={state.query.clone()} {on_search} />
                        <CategoryFilter
                            categories={view.categories.clone()}
                            chosen={state.chosen.clone()}
                            on_toggle={on_toggle_category}
                            on_clear={on_clear_categories}
                        />
                    </div>
                    <ResultCount shown={view.episodes.len()} total={view.total} />
                    if view.episodes.is_empty() {
                        <EmptyState filtered={state.is_filtered()} on_clear={on_clear_filters} />
                    } else {
                        <EpisodeList
                            archive={archive.clone()}
                            episodes={view.episodes.clone()}
                            expanded={state.expanded.clone()}
                            bodies={state.bodies.clone()}
                            manifest_url={handle.manifest_url.to_string()}
                            on_toggle={on_toggle_episode}
                            {on_retry_body}
                        />
                    }
                </>
            }
        }
        (LoadState::Failed(error), _, _) => {
            let on_retry = handle.on_retry.reform(|_: MouseEvent| ());
            html! { <LoadFailed error={error.clone()} {on_retry} /> }
        }
        _ => {
            let url = match &state.load {
                LoadState::Loading { url } => url.clone(),
                _ => handle.manifest_url.to_string(),
            };
            html! { <LoadingState {url} /> }
        }
    };
    let lang = state.archive().and_then(|a| a.language.clone());
    html! { <div class="ea-app" {lang}>{ body }</div> }
}

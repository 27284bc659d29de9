//! The archive's non-list states: loading, failed, nothing matches, and
//! the notice about episodes that could not be read.

use episode_archive_core::LoadError;
use yew::prelude::*;

use crate::shared::ArchiveRef;

/// Props of [`LoadingState`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LoadingStateProps {
    /// The manifest being loaded.
    pub url: AttrValue,
}

/// Shown while the manifest loads.
#[function_component]
pub fn LoadingState(props: &LoadingStateProps) -> Html {
    html! {
        <div class="ea-state ea-loading" aria-busy="true">
            <p role="status">{ "Loading episodes…" }</p>
            <p class="ea-url">{ props.url.clone() }</p>
        </div>
    }
}

/// Props of [`LoadFailed`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LoadFailedProps {
    /// What went wrong.
    pub error: LoadError,
    /// Called when the reader presses Retry.
    pub on_retry: Callback<MouseEvent>,
}

/// Shown when the manifest cannot be fetched or read: the URL, the reason, Retry.
#[function_component]
pub fn LoadFailed(props: &LoadFailedProps) -> Html {
    html! {
        <div class="ea-state ea-error" role="alert">
            <h2>{ "The archive could not be loaded" }</h2>
            <p class="ea-url">{ props.error.url().to_owned() }</p>
            <p class="ea-reason">{ capitalise(&props.error.reason()) }</p>
            <button type="button" class="ea-retry" onclick={props.on_retry.clone()}>{ "Retry" }</button>
        </div>
    }
}

/// The reason with its first letter capitalised. Reasons are this crate's
/// own English sentences, so ASCII is enough, and `char::to_uppercase` would
/// bring Unicode's whole uppercase table (about 12 KB) into the wasm.
fn capitalise(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// Props of [`EmptyState`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EmptyStateProps {
    /// Whether filters are active (otherwise the archive is simply empty).
    pub filtered: bool,
    /// Called to clear the keyword and categories.
    pub on_clear: Callback<()>,
}

/// Shown when no episode matches.
#[function_component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="ea-state ea-empty">
            if props.filtered {
                <p>{ "No episodes match these filters." }</p>
                <button type="button" class="ea-clear" {onclick}>{ "Clear filters" }</button>
            } else {
                <p>{ "This archive has no episodes yet." }</p>
            }
        </div>
    }
}

/// Props of [`ProblemsNotice`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProblemsNoticeProps {
    /// The archive whose reading problems to list.
    pub archive: ArchiveRef,
}

/// "2 episodes could not be read", with the details one click away.
#[function_component]
pub fn ProblemsNotice(props: &ProblemsNoticeProps) -> Html {
    let problems = &props.archive.0.problems;
    if problems.is_empty() {
        return Html::default();
    }
    let skipped = problems.iter().filter(|p| p.skipped).count();
    let kept = problems.len() - skipped;
    let mut parts = Vec::new();
    if skipped > 0 {
        let noun = if skipped == 1 { "episode" } else { "episodes" };
        parts.push(format!("{skipped} {noun} could not be read"));
    }
    if kept > 0 {
        let noun = if kept == 1 {
            "episode has"
        } else {
            "episodes have"
        };
        parts.push(format!("{kept} {noun} a problem"));
    }
    html! {
        <details class="ea-problems">
            <summary>{ parts.join("; ") }</summary>
            <ul>{ for problems.iter().enumerate().map(|(i, p)| html! { <li key={i}>{ p.to_string() }</li> }) }</ul>
        </details>
    }
}

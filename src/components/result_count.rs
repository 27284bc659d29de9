//! The live result count, announced to screen readers as it changes.

use episode_archive_core::format::result_count;
use yew::prelude::*;

/// Props of [`ResultCount`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ResultCountProps {
    /// Episodes shown.
    pub shown: usize,
    /// Episodes in the archive.
    pub total: usize,
}

/// "3 of 15 episodes", in a polite live region.
#[function_component]
pub fn ResultCount(props: &ResultCountProps) -> Html {
    html! {
        <p class="ea-result-count" role="status" aria-live="polite" aria-atomic="true">
            { result_count(props.shown, props.total) }
        </p>
    }
}

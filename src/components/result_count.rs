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
    /// Whether the full-text index the query needs is still on its way
    /// (more results may come).
    #[prop_or_default]
    pub pending: bool,
}

/// "3 of 15 episodes", in a polite live region; while the full-text index
/// is loading, it says that the posts are not all searched yet.
#[function_component]
pub fn ResultCount(props: &ResultCountProps) -> Html {
    html! {
        <p class="ea-result-count" role="status" aria-live="polite" aria-atomic="true">
            { result_count(props.shown, props.total) }
            if props.pending {
                <span class="ea-pending">{ " · full-text search is still loading" }</span>
            }
        </p>
    }
}

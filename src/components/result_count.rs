//! The live result count, announced to screen readers as it changes.

use episode_archive_core::i18n::Key;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`result_count`].
#[derive(Debug, Clone, PartialEq)]
pub struct ResultCountProps {
    /// The interface's words.
    pub texts: Texts,
    /// Episodes shown.
    pub shown: usize,
    /// Episodes in the archive.
    pub total: usize,
    /// Whether the full-text index the query needs is still on its way
    /// (more results may come).
    pub pending: bool,
}

/// "3 of 15 episodes", in a polite live region; while the full-text index
/// is loading, it says that the posts are not all searched yet.
pub fn result_count(props: &ResultCountProps) -> Html {
    let t = &props.texts;
    let count = if props.shown == props.total {
        t.count(Key::EpisodeCount, props.total, &[])
    } else {
        t.count(
            Key::ResultsSome,
            props.total,
            &[("shown", &t.number(props.shown))],
        )
    };
    html! {
        <p class="ea-result-count" role="status" aria-live="polite" aria-atomic="true">
            { count }
            if props.pending {
                { " · " }<span class="ea-pending">{ t.text(Key::FullTextLoading) }</span>
            }
        </p>
    }
}

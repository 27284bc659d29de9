//! "Show more episodes": the list renders a page at a time.

use episode_archive_core::i18n::Key;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`show_more`].
#[derive(Debug, Clone, PartialEq)]
pub struct ShowMoreProps {
    /// The interface's words.
    pub texts: Texts,
    /// Episodes rendered.
    pub shown: usize,
    /// Episodes matching.
    pub total: usize,
    /// Called to render the next page.
    pub on_more: Callback<()>,
}

/// The button under the list, while some matching episodes are not rendered.
pub fn show_more(props: &ShowMoreProps) -> Html {
    let t = &props.texts;
    if props.shown >= props.total {
        return Html::default();
    }
    let onclick = props.on_more.reform(|_: MouseEvent| ());
    html! {
        <p class="ea-more">
            <button type="button" class="ea-more-button" {onclick}>
                { t.count(Key::ShowMore, props.total, &[("shown", &t.number(props.shown))]) }
            </button>
        </p>
    }
}

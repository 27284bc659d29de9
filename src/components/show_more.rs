//! "Show more episodes": the list renders a page at a time.

use yew::prelude::*;

/// Props of [`ShowMore`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ShowMoreProps {
    /// Episodes rendered.
    pub shown: usize,
    /// Episodes matching.
    pub total: usize,
    /// Called to render the next page.
    pub on_more: Callback<()>,
}

/// The button under the list, while some matching episodes are not rendered.
#[function_component]
pub fn ShowMore(props: &ShowMoreProps) -> Html {
    if props.shown >= props.total {
        return Html::default();
    }
    let onclick = props.on_more.reform(|_: MouseEvent| ());
    html! {
        <p class="ea-more">
            <button type="button" class="ea-more-button" {onclick}>
                { format!("Show more episodes ({} of {} shown)", props.shown, props.total) }
            </button>
        </p>
    }
}

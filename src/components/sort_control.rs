//! The sort control: best match, newest first, oldest first.

use episode_archive_core::SortOrder;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`SortControl`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SortControlProps {
    /// The current order.
    pub value: SortOrder,
    /// Called with the order the reader picks.
    pub on_sort: Callback<SortOrder>,
}

const CHOICES: [(SortOrder, &str, &str); 3] = [
    (SortOrder::BestMatch, "best", "Best match"),
    (SortOrder::Newest, "newest", "Newest first"),
    (SortOrder::Oldest, "oldest", "Oldest first"),
];

/// A labelled `select`.
#[function_component]
pub fn SortControl(props: &SortControlProps) -> Html {
    let onchange = props.on_sort.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        CHOICES
            .iter()
            .find(|(_, key, _)| *key == value)
            .map_or(SortOrder::BestMatch, |(order, _, _)| *order)
    });
    html! {
        <label class="ea-sort">
            <span class="ea-label">{ "Sort" }</span>
            <select class="ea-sort-select" {onchange}>
                { for CHOICES.iter().map(|(order, key, label)| html! {
                    <option value={*key} selected={*order == props.value}>{ *label }</option>
                }) }
            </select>
        </label>
    }
}

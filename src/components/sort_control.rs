//! The sort control: best match, newest first, oldest first.

use episode_archive_core::i18n::Key;
use episode_archive_core::SortOrder;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`sort_control`].
#[derive(Debug, Clone, PartialEq)]
pub struct SortControlProps {
    /// The interface's words.
    pub texts: Texts,
    /// The current order.
    pub value: SortOrder,
    /// Called with the order the reader picks.
    pub on_sort: Callback<SortOrder>,
}

const CHOICES: [(SortOrder, &str, Key); 3] = [
    (SortOrder::BestMatch, "best", Key::SortBest),
    (SortOrder::Newest, "newest", Key::SortNewest),
    (SortOrder::Oldest, "oldest", Key::SortOldest),
];

/// A labelled `select`.
pub fn sort_control(props: &SortControlProps) -> Html {
    let t = &props.texts;
    let onchange = props.on_sort.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        CHOICES
            .iter()
            .find(|(_, key, _)| *key == value)
            .map_or(SortOrder::BestMatch, |(order, _, _)| *order)
    });
    html! {
        <label class="ea-sort">
            <span class="ea-label">{ t.text(Key::SortLabel) }</span>
            <select class="ea-sort-select" {onchange}>
                { for CHOICES.iter().map(|(order, key, label)| html! {
                    <option value={*key} selected={*order == props.value}>{ t.text(*label) }</option>
                }) }
            </select>
        </label>
    }
}

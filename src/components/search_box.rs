//! The keyword search field.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`SearchBox`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SearchBoxProps {
    /// The query as typed so far.
    pub value: AttrValue,
    /// Called with the whole query on every keystroke.
    pub on_search: Callback<String>,
}

/// A labelled `type="search"` field that reports every keystroke.
#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props
        .on_search
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label class="ea-search">
            <span class="ea-label">{ "Search episodes" }</span>
            <input
                type="search"
                class="ea-search-input"
                value={props.value.clone()}
                {oninput}
                placeholder="Title, guest, topic…"
                autocomplete="off"
                spellcheck="false"
            />
        </label>
    }
}

//! The keyword search field.

use episode_archive_core::i18n::Key;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`search_box`].
#[derive(Debug, Clone, PartialEq)]
pub struct SearchBoxProps {
    /// The interface's words.
    pub texts: Texts,
    /// The query as typed so far.
    pub value: AttrValue,
    /// Called with the whole query on every keystroke.
    pub on_search: Callback<String>,
}

/// A labelled `type="search"` field that reports every keystroke.
pub fn search_box(props: &SearchBoxProps) -> Html {
    let t = &props.texts;
    let oninput = props
        .on_search
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <label class="ea-search">
            <span class="ea-label">{ t.text(Key::SearchLabel) }</span>
            <input
                type="search"
                class="ea-search-input"
                value={props.value.clone()}
                {oninput}
                placeholder={t.text(Key::SearchPlaceholder)}
                autocomplete="off"
                spellcheck="false"
            />
        </label>
    }
}

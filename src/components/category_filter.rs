//! One toggle button per category, with counts, and a clear-all.

use std::rc::Rc;

use episode_archive_core::i18n::Key;
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::CategoryCount;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`category_filter`].
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryFilterProps {
    /// The interface's words.
    pub texts: Texts,
    /// Every category with its count under the current keyword.
    pub categories: Rc<[CategoryCount]>,
    /// The chosen ones.
    pub chosen: SortedSet<String>,
    /// Called with a category's name when its button is pressed.
    pub on_toggle: Callback<String>,
    /// Called when the reader clears the choice.
    pub on_clear: Callback<()>,
}

/// The category filter: several may be chosen; an episode matches if it has any.
pub fn category_filter(props: &CategoryFilterProps) -> Html {
    let t = &props.texts;
    if props.categories.is_empty() {
        return Html::default();
    }
    // In the interface language's alphabetical order.
    let order = t.alphabetical(props.categories.iter().map(|c| c.name.as_str()));
    let chips = order.iter().filter_map(|&i| props.categories.get(i as usize)).map(|c| {
        let pressed = props.chosen.contains(&c.name);
        let name = c.name.clone();
        let onclick = props.on_toggle.reform(move |_: MouseEvent| name.clone());
        // Read as "Ethics 2 episodes": the visible name and number, and for
        // screen readers the number with its noun, in the language's words.
        html! {
            <li key={c.name.clone()}>
                <button type="button" class="ea-chip" aria-pressed={pressed.to_string()} {onclick}>
                    { c.name.clone() }{ " " }
                    <span class="ea-count">
                        <span aria-hidden="true">{ t.number(c.count) }</span>
                        <span class="ea-visually-hidden">{ t.count(Key::EpisodeCount, c.count, &[]) }</span>
                    </span>
                </button>
            </li>
        }
    });
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <fieldset class="ea-categories">
            <legend class="ea-label">{ t.text(Key::Categories) }</legend>
            <ul class="ea-chips" role="list">{ for chips }</ul>
            <button type="button" class="ea-clear" {onclick} disabled={props.chosen.is_empty()}>
                { t.text(Key::ClearCategories) }
            </button>
        </fieldset>
    }
}

//! One toggle button per category, with counts, and a clear-all.

use std::rc::Rc;

use episode_archive_core::sorted::SortedSet;
use episode_archive_core::CategoryCount;
use yew::prelude::*;

/// Props of [`CategoryFilter`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CategoryFilterProps {
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
#[function_component]
pub fn CategoryFilter(props: &CategoryFilterProps) -> Html {
    if props.categories.is_empty() {
        return Html::default();
    }
    let chips = props.categories.iter().map(|c| {
        let pressed = props.chosen.contains(&c.name);
        let name = c.name.clone();
        let onclick = props.on_toggle.reform(move |_: MouseEvent| name.clone());
        let noun = if c.count == 1 { "episode" } else { "episodes" };
        // Read as "Ethics 2 episodes": the visible name and count, then the
        // noun for screen readers only.
        let noun_text = format!(" {noun}");
        html! {
            <li key={c.name.clone()}>
                <button type="button" class="ea-chip" aria-pressed={pressed.to_string()} {onclick}>
                    { c.name.clone() }{ " " }
                    <span class="ea-count">{ c.count }<span class="ea-visually-hidden">{ noun_text }</span></span>
                </button>
            </li>
        }
    });
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <fieldset class="ea-categories">
            <legend class="ea-label">{ "Categories" }</legend>
            <ul class="ea-chips" role="list">{ for chips }</ul>
            <button type="button" class="ea-clear" {onclick} disabled={props.chosen.is_empty()}>
                { "Clear categories" }
            </button>
        </fieldset>
    }
}

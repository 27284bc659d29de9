//! The filter controls: the search field, the sort and the categories.
//!
//! Wide widgets show them all. Narrow ones (a phone, a sidebar) show the
//! search field beside a "Filters" toggle, and the chosen categories with
//! "Clear" under them, so the first screen holds episodes; the sort and the
//! category list open in place under the toggle, above the chosen ones. Which layout applies is
//! the stylesheet's container query on the widget's own width, not the
//! page's: the same markup serves both, and a reader who widens the window
//! loses nothing. Whether the list is open is this component's own state: it
//! changes what is on screen, never what is shown of the archive.

use std::rc::Rc;

use episode_archive_core::i18n::Key;
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::{CategoryCount, SortOrder};
use web_sys::HtmlElement;
use yew::prelude::*;

use super::{
    category_filter, search_box, sort_control, CategoryFilterProps, SearchBoxProps,
    SortControlProps,
};
use crate::texts::Texts;

/// Props of [`Filters`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FiltersProps {
    /// The interface's words.
    pub texts: Texts,
    /// The query as typed so far.
    pub query: AttrValue,
    /// The current order.
    pub sort: SortOrder,
    /// Every category with its count under the current keyword.
    pub categories: Rc<[CategoryCount]>,
    /// The chosen categories.
    pub chosen: SortedSet<String>,
    /// Episodes the filters let through, for "Show 3 episodes".
    pub matching: usize,
    /// Called with the whole query on every keystroke.
    pub on_search: Callback<String>,
    /// Called with the order the reader picks.
    pub on_sort: Callback<SortOrder>,
    /// Called with a category's name when its button is pressed.
    pub on_toggle_category: Callback<String>,
    /// Called when the reader clears the chosen categories.
    pub on_clear_categories: Callback<()>,
}

/// The search, sort and category controls, folding on narrow widgets.
#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let t = &props.texts;
    let open = use_state_eq(|| false);
    let toggle_ref = use_node_ref();

    // Closing from inside the list puts focus back on the toggle, where the
    // reader opened it, instead of on a control that is no longer shown.
    let close = {
        let open = open.clone();
        let toggle_ref = toggle_ref.clone();
        Callback::from(move |()| {
            open.set(false);
            if let Some(toggle) = toggle_ref.cast::<HtmlElement>() {
                let _ = toggle.focus();
            }
        })
    };
    let on_toggle_open = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_keydown = {
        let close = close.clone();
        let open = *open;
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            }
        })
    };
    let on_done = close.reform(|_: MouseEvent| ());
    let on_clear = props.on_clear_categories.reform(|_: MouseEvent| ());

    let chosen = props.chosen.len();
    let panel_class = classes!("ea-filter-panel", open.then_some("ea-open"));

    html! {
        <div class="ea-controls" role="search" aria-label={t.text(Key::FilterEpisodes)}>
            <div class="ea-search-row">
                { search_box(&SearchBoxProps {
                    value: props.query.clone(),
                    on_search: props.on_search.clone(),
                    texts: t.clone(),
                }) }
                <button
                    type="button"
                    class="ea-filters-toggle"
                    aria-expanded={open.to_string()}
                    aria-controls="ea-filter-panel"
                    onclick={on_toggle_open}
                    ref={toggle_ref}
                >
                    { t.text(Key::Filters) }
                    if chosen > 0 {
                        { " " }
                        <span class="ea-count">
                            <span aria-hidden="true">{ t.number(chosen) }</span>
                            <span class="ea-visually-hidden">{ t.count(Key::ChosenCount, chosen, &[]) }</span>
                        </span>
                    }
                </button>
            </div>
            <div id="ea-filter-panel" class={panel_class} onkeydown={on_keydown}>
                { sort_control(&SortControlProps {
                    value: props.sort,
                    on_sort: props.on_sort.clone(),
                    texts: t.clone(),
                }) }
                { category_filter(&CategoryFilterProps {
                    categories: props.categories.clone(),
                    chosen: props.chosen.clone(),
                    on_toggle: props.on_toggle_category.clone(),
                    on_clear: props.on_clear_categories.clone(),
                    texts: t.clone(),
                }) }
                <button type="button" class="ea-filters-done" onclick={on_done}>
                    { t.count(Key::ShowMatching, props.matching, &[]) }
                </button>
            </div>
            if chosen > 0 {
                <p class="ea-chosen">
                    <span class="ea-chosen-names">
                        { props.chosen.iter().map(String::as_str).collect::<Vec<_>>().join(", ") }
                    </span>
                    <button type="button" class="ea-clear" onclick={on_clear}>
                        { t.text(Key::ClearCategories) }
                    </button>
                </p>
            }
        </div>
    }
}

//! An HTML post, made safe: see [`super::sanitise`] for how. The markup
//! string itself is never inserted anywhere.

use episode_archive_core::search::Highlighter;
use yew::prelude::*;

use super::sanitise::sanitise;

/// The post rebuilt from its allowed elements, relative URLs resolved
/// against `base`, the query's words marked.
pub fn html_post(html: &str, base: &str, highlight: &Highlighter) -> Html {
    html! { <>{ for sanitise(html, base, highlight) }</> }
}

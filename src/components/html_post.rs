//! An HTML post, made safe: see [`super::sanitise`] for how. The markup
//! string itself is never inserted anywhere.

use std::rc::Rc;

use episode_archive_core::search::Highlighter;
use yew::prelude::*;

use super::sanitise::sanitise;

/// Props of [`HtmlPost`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct HtmlPostProps {
    /// The post's HTML.
    pub html: AttrValue,
    /// Base URL for relative links and images (the manifest's URL).
    pub base: AttrValue,
    /// Marks the query's words.
    #[prop_or_default]
    pub highlight: Rc<Highlighter>,
}

/// The post rebuilt from its allowed elements; parsing is memoised.
#[function_component]
pub fn HtmlPost(props: &HtmlPostProps) -> Html {
    let nodes = use_memo(
        (
            props.html.clone(),
            props.base.clone(),
            props.highlight.clone(),
        ),
        |(html, base, highlight)| sanitise(html, base, highlight),
    );
    html! { <>{ for nodes.iter().cloned() }</> }
}

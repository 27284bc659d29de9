//! A plain-text post rendered node by node: paragraphs, line breaks and
//! links to bare URLs. Never parsed as HTML, so markup in it shows as text.

use std::rc::Rc;

use episode_archive_core::links::safe_link;
use episode_archive_core::search::Highlighter;
use episode_archive_core::text::{paragraphs, Inline};
use yew::prelude::*;

use super::marked;

/// Props of [`TextPost`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TextPostProps {
    /// The post's text.
    pub text: AttrValue,
    /// Marks the query's words.
    #[prop_or_default]
    pub highlight: Rc<Highlighter>,
}

/// Paragraphs of text; parsing is memoised per text.
#[function_component]
pub fn TextPost(props: &TextPostProps) -> Html {
    let paras = use_memo(props.text.clone(), |text| paragraphs(text));
    html! {
        <>{ for paras.iter().map(|p| html! { <p>{ for p.iter().map(|piece| inline(piece, &props.highlight)) }</p> }) }</>
    }
}

fn inline(piece: &Inline, highlight: &Highlighter) -> Html {
    match piece {
        Inline::Text(text) => marked(text, highlight),
        Inline::Break => html! { <br /> },
        Inline::Link(url) => match safe_link(url) {
            Some(href) => html! {
                <a href={href.to_owned()} target="_blank" rel="noopener noreferrer nofollow">{ url.clone() }</a>
            },
            None => html! { url.clone() },
        },
    }
}

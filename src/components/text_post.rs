//! A plain-text post rendered node by node: paragraphs, line breaks and
//! links to bare URLs. Never parsed as HTML, so markup in it shows as text.

use episode_archive_core::links::safe_link;
use episode_archive_core::search::Highlighter;
use episode_archive_core::text::{paragraphs, Inline};
use yew::prelude::*;

use super::marked;

/// Paragraphs of `text`, the query's words marked.
pub fn text_post(text: &str, highlight: &Highlighter) -> Html {
    html! {
        <>{ for paragraphs(text).iter().map(|p| html! { <p>{ for p.iter().map(|piece| inline(piece, highlight)) }</p> }) }</>
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

//! A plain-text post rendered node by node: paragraphs, line breaks and
//! links to bare URLs. Never parsed as HTML, so markup in it shows as text.

use episode_archive_core::links::safe_link;
use episode_archive_core::text::{paragraphs, Inline};
use yew::prelude::*;

/// Props of [`TextPost`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TextPostProps {
    /// The post's text.
    pub text: AttrValue,
}

/// Paragraphs of text; parsing is memoised per text.
#[function_component]
pub fn TextPost(props: &TextPostProps) -> Html {
    let paras = use_memo(props.text.clone(), |text| paragraphs(text));
    html! {
        <>{ for paras.iter().map(|p| html! { <p>{ for p.iter().map(inline) }</p> }) }</>
    }
}

fn inline(piece: &Inline) -> Html {
    match piece {
        Inline::Text(text) => html! { text.clone() },
        Inline::Break => html! { <br /> },
        Inline::Link(url) => match safe_link(url) {
            Some(href) => html! {
                <a href={href.to_owned()} target="_blank" rel="noopener noreferrer nofollow">{ url.clone() }</a>
            },
            None => html! { url.clone() },
        },
    }
}

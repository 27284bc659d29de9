//! A post's text in whichever format the manifest says it is written.

use std::rc::Rc;

use episode_archive_core::search::Highlighter;
use episode_archive_core::BodyFormat;
use yew::prelude::*;

use super::{HtmlPost, TextPost};

/// Props of [`PostBody`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PostBodyProps {
    /// The text.
    pub text: AttrValue,
    /// How it is written.
    pub format: BodyFormat,
    /// Base URL for relative links (the manifest's URL).
    pub base: AttrValue,
    /// Marks the query's words.
    #[prop_or_default]
    pub highlight: Rc<Highlighter>,
}

/// Plain text or allow-listed HTML.
#[function_component]
pub fn PostBody(props: &PostBodyProps) -> Html {
    match props.format {
        BodyFormat::Text => {
            html! { <TextPost text={props.text.clone()} highlight={props.highlight.clone()} /> }
        }
        BodyFormat::Html => {
            html! { <HtmlPost html={props.text.clone()} base={props.base.clone()} highlight={props.highlight.clone()} /> }
        }
    }
}

//! A post's text in whichever format the manifest says it is written.

use std::rc::Rc;

use episode_archive_core::search::Highlighter;
use episode_archive_core::BodyFormat;
use yew::prelude::*;

use super::{HtmlPost, TextPost};

/// Props of [`post_body`].
#[derive(Debug, Clone, PartialEq)]
pub struct PostBodyProps {
    /// The text.
    pub text: AttrValue,
    /// How it is written.
    pub format: BodyFormat,
    /// Base URL for relative links (the manifest's URL).
    pub base: AttrValue,
    /// Marks the query's words.
    pub highlight: Rc<Highlighter>,
}

/// Plain text or allow-listed HTML.
pub fn post_body(props: &PostBodyProps) -> Html {
    match props.format {
        BodyFormat::Text => {
            html! { <TextPost text={props.text.clone()} highlight={props.highlight.clone()} /> }
        }
        BodyFormat::Html => {
            html! { <HtmlPost html={props.text.clone()} base={props.base.clone()} highlight={props.highlight.clone()} /> }
        }
    }
}

//! A post's text in whichever format the manifest says it is written:
//! plain text rendered node by node ([`super::text_post()`]) or allow-listed
//! HTML ([`super::html_post()`]). The card memoises the result per text and
//! highlight, so a post is parsed again only when one of them changes.

use std::rc::Rc;

use episode_archive_core::search::Highlighter;
use episode_archive_core::BodyFormat;
use yew::prelude::*;

use super::{html_post, text_post};

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
        BodyFormat::Text => text_post(&props.text, &props.highlight),
        BodyFormat::Html => html_post(&props.text, &props.base, &props.highlight),
    }
}

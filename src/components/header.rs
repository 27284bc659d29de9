//! The archive's heading and description.

use yew::prelude::*;

/// Props of [`archive_header`].
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveHeaderProps {
    /// The show's name.
    pub title: AttrValue,
    /// One or two sentences about it.
    pub description: AttrValue,
    /// The language they are written in, when known.
    pub lang: Option<AttrValue>,
    /// Their direction, where it is not the interface's.
    pub dir: Option<&'static str>,
}

/// The archive's title and description.
pub fn archive_header(props: &ArchiveHeaderProps) -> Html {
    html! {
        <header class="ea-header" lang={props.lang.clone()} dir={props.dir}>
            <h1 class="ea-heading">{ props.title.clone() }</h1>
            if !props.description.is_empty() {
                <p class="ea-description">{ props.description.clone() }</p>
            }
        </header>
    }
}

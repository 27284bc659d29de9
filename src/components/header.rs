//! The archive's heading and description.

use yew::prelude::*;

/// Props of [`ArchiveHeader`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ArchiveHeaderProps {
    /// The show's name.
    pub title: AttrValue,
    /// One or two sentences about it.
    #[prop_or_default]
    pub description: AttrValue,
}

/// The archive's title and description.
#[function_component]
pub fn ArchiveHeader(props: &ArchiveHeaderProps) -> Html {
    html! {
        <header class="ea-header">
            <h1 class="ea-heading">{ props.title.clone() }</h1>
            if !props.description.is_empty() {
                <p class="ea-description">{ props.description.clone() }</p>
            }
        </header>
    }
}

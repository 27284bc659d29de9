//! "Copy link" for an open post, with a status line saying whether the
//! browser let the copy happen.

use episode_archive_core::i18n::Key;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`copy_link`].
#[derive(Debug, Clone, PartialEq)]
pub struct CopyLinkProps {
    /// The interface's words.
    pub texts: Texts,
    /// The post's title, naming the button for screen readers.
    pub title: AttrValue,
    /// Whether the last copy of this post's link worked, once tried.
    pub copied: Option<bool>,
    /// Copies the link.
    pub on_copy: Callback<MouseEvent>,
}

/// The button and its feedback. The card holds whether the copy worked,
/// for the post it was for, so the feedback never shows under another.
pub fn copy_link(props: &CopyLinkProps) -> Html {
    let t = &props.texts;
    let feedback = match props.copied {
        Some(true) => t.text(Key::LinkCopied),
        Some(false) => t.text(Key::CopyFailed),
        None => String::new(),
    };
    html! {
        <p class="ea-copy">
            <button
                type="button"
                class="ea-copy-link"
                aria-label={t.with(Key::CopyLinkOf, &[("title", &props.title)])}
                onclick={props.on_copy.clone()}
            >
                { t.text(Key::CopyLink) }
            </button>
            <span role="status" class="ea-copy-status">{ feedback }</span>
        </p>
    }
}

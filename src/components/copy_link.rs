//! "Copy link" for an open post, with a status line saying whether the
//! browser let the copy happen.

use episode_archive_core::i18n::Key;
use episode_archive_core::EpisodeIdx;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`CopyLink`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CopyLinkProps {
    /// The interface's words.
    pub texts: Texts,
    /// The post whose link is copied.
    pub idx: EpisodeIdx,
    /// Its title, naming the button for screen readers.
    pub title: AttrValue,
    /// Copies the link; the inner callback hears whether it worked.
    pub on_copy_link: Callback<(EpisodeIdx, Callback<bool>)>,
}

/// The button and its feedback. The card keys it by episode, so the
/// feedback never outlives the post it was for.
#[function_component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let t = &props.texts;
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let (copied, on_copy, idx) = (copied.clone(), props.on_copy_link.clone(), props.idx);
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            on_copy.emit((idx, Callback::from(move |ok| copied.set(Some(ok)))));
        })
    };
    let feedback = match *copied {
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
                {onclick}
            >
                { t.text(Key::CopyLink) }
            </button>
            <span role="status" class="ea-copy-status">{ feedback }</span>
        </p>
    }
}

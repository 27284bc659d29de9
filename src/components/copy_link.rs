//! "Copy link" for an open post, with a status line saying whether the
//! browser let the copy happen.

use episode_archive_core::EpisodeIdx;
use yew::prelude::*;

/// Props of [`CopyLink`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CopyLinkProps {
    /// The post whose link is copied.
    pub idx: EpisodeIdx,
    /// Copies the link; the inner callback hears whether it worked.
    pub on_copy_link: Callback<(EpisodeIdx, Callback<bool>)>,
}

/// The button and its feedback. The card keys it by episode, so the
/// feedback never outlives the post it was for.
#[function_component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let (copied, on_copy, idx) = (copied.clone(), props.on_copy_link.clone(), props.idx);
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            on_copy.emit((idx, Callback::from(move |ok| copied.set(Some(ok)))));
        })
    };
    let feedback = match *copied {
        Some(true) => "Link copied",
        Some(false) => "Copying failed: your browser did not allow it",
        None => "",
    };
    html! {
        <p class="ea-copy">
            <button type="button" class="ea-copy-link" {onclick}>{ "Copy link" }</button>
            <span role="status" class="ea-copy-status">{ feedback }</span>
        </p>
    }
}

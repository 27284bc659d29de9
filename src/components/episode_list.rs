//! The list of matching episodes, newest first.

use std::rc::Rc;

use episode_archive_core::search::Highlighter;
use episode_archive_core::sorted::{SortedMap, SortedSet};
use episode_archive_core::{BodyState, EpisodeIdx};
use yew::prelude::*;

use super::EpisodeCard;
use crate::services::timers;
use crate::shared::ArchiveRef;

/// Props of [`EpisodeList`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EpisodeListProps {
    /// The loaded archive.
    pub archive: ArchiveRef,
    /// The matching episodes, in order.
    pub episodes: Rc<[EpisodeIdx]>,
    /// How many of them to render.
    pub shown: usize,
    /// A post opened from a shared link, to scroll into view once.
    #[prop_or_default]
    pub revealed: Option<EpisodeIdx>,
    /// Marks the query's words.
    #[prop_or_default]
    pub highlight: Rc<Highlighter>,
    /// Open posts.
    pub expanded: SortedSet<EpisodeIdx>,
    /// Fetched `body_url` posts.
    pub bodies: SortedMap<EpisodeIdx, BodyState>,
    /// The manifest's absolute URL.
    pub manifest_url: AttrValue,
    /// Called when a post is opened or closed.
    pub on_toggle: Callback<EpisodeIdx>,
    /// Called when the reader retries a failed post.
    pub on_retry_body: Callback<EpisodeIdx>,
    /// Called when an episode's audio starts.
    pub on_play: Callback<EpisodeIdx>,
    /// Copies a post's link; absent when the view is not kept in the URL.
    #[prop_or_default]
    pub on_copy_link: Option<Callback<(EpisodeIdx, Callback<bool>)>>,
}

/// How many frames a shared post waits for the list to be shown.
const REVEAL_FRAMES: u32 = 120;

/// One card per episode, keyed by its position in the list.
///
/// By position, not by episode: when the results change as the reader types,
/// the card at each place shows the episode now there and Yew updates its
/// text and attributes, instead of removing twenty cards and building twenty
/// new ones (BENCHMARKS.md has the keystroke figures). What belongs to one
/// episode inside a card — its audio player, the copy feedback — is keyed by
/// the episode there. WebKit's optimising wasm tier mishandles this list in
/// debug builds; `scripts/test.sh` sets that fault aside (README, "Browser
/// compatibility").
#[function_component]
pub fn EpisodeList(props: &EpisodeListProps) -> Html {
    let list = use_node_ref();
    {
        // Once per shared post, when it is first shown: not again when
        // another card comes to show it as the reader types.
        let (list, episodes, shown) = (list.clone(), props.episodes.clone(), props.shown);
        use_effect_with(props.revealed, move |revealed| {
            // Its list item: the nth item shows the nth episode. The item,
            // not the card: where the browser skips laying out cards away
            // from the screen, the card has no box until it is near, and
            // Firefox then does not scroll at all; the item has one (its
            // remembered or guessed height).
            let item = revealed
                .and_then(|idx| episodes.iter().take(shown).position(|&e| e == idx))
                .zip(list.cast::<web_sys::Element>())
                .and_then(|(pos, ol)| ol.children().item(pos as u32));
            // Once the list is on screen: on a page with a first screen, the
            // loader shows the widget only when it announces the archive
            // ready, an effect that Yew may run a frame after this one, and
            // a hidden list cannot be scrolled to.
            if let Some(item) = item {
                wasm_bindgen_futures::spawn_local(async move {
                    for _ in 0..REVEAL_FRAMES {
                        if item.client_height() > 0 {
                            item.scroll_into_view();
                            return;
                        }
                        timers::sleep(16).await;
                    }
                });
            }
        });
    }
    let cards = props
        .episodes
        .iter()
        .take(props.shown)
        .enumerate()
        .map(|(pos, &idx)| {
            html! {
                <li key={pos}>
                    <EpisodeCard
                        archive={props.archive.clone()}
                        {idx}
                        expanded={props.expanded.contains(&idx)}
                        body={props.bodies.get(&idx).cloned()}
                        manifest_url={props.manifest_url.clone()}
                        on_toggle={props.on_toggle.clone()}
                        on_retry_body={props.on_retry_body.clone()}
                        on_play={props.on_play.clone()}
                        on_copy_link={props.on_copy_link.clone()}
                        highlight={props.highlight.clone()}
                    />
                </li>
            }
        });
    html! { <ol class="ea-list" role="list" ref={list}>{ for cards }</ol> }
}

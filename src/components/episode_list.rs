//! The list of matching episodes, newest first.

use std::rc::Rc;

use episode_archive_core::sorted::{SortedMap, SortedSet};
use episode_archive_core::{BodyState, EpisodeIdx};
use yew::prelude::*;

use super::EpisodeCard;
use crate::services::timers;

/// Props of [`EpisodeList`]; what every card shares comes through the
/// [`CardContext`](crate::shared::CardContext).
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EpisodeListProps {
    /// The matching episodes, in order.
    pub episodes: Rc<[EpisodeIdx]>,
    /// How many of them to render.
    pub shown: usize,
    /// A post opened from a shared link, to scroll into view once.
    #[prop_or_default]
    pub revealed: Option<EpisodeIdx>,
    /// Open posts.
    pub expanded: SortedSet<EpisodeIdx>,
    /// Fetched `body_url` posts.
    pub bodies: SortedMap<EpisodeIdx, BodyState>,
    /// Matching episodes found through their post (ascending): their cards
    /// show a snippet of it.
    #[prop_or_default]
    pub in_body: Rc<[EpisodeIdx]>,
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
                        {idx}
                        expanded={props.expanded.contains(&idx)}
                        body={props.bodies.get(&idx).cloned()}
                        matched_in_post={props.in_body.binary_search(&idx).is_ok()}
                    />
                </li>
            }
        });
    html! { <ol class="ea-list" role="list" ref={list}>{ for cards }</ol> }
}

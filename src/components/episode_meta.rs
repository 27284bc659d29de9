//! An episode's date, number, duration and categories.

use episode_archive_core::format::{format_date, format_duration, iso_duration};
use episode_archive_core::Episode;
use yew::prelude::*;

/// Props of [`EpisodeMeta`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EpisodeMetaProps {
    /// Date as written in the manifest (already validated).
    #[prop_or_default]
    pub date: Option<AttrValue>,
    /// Episode number.
    #[prop_or_default]
    pub number: Option<u32>,
    /// Duration in seconds.
    #[prop_or_default]
    pub duration_seconds: Option<u32>,
    /// Category names.
    #[prop_or_default]
    pub categories: Vec<AttrValue>,
}

impl EpisodeMetaProps {
    /// The props for one episode.
    pub fn of(episode: &Episode) -> Self {
        Self {
            date: episode.date.clone().map(Into::into),
            number: episode.number,
            duration_seconds: episode.duration_seconds,
            categories: episode.categories.iter().cloned().map(Into::into).collect(),
        }
    }
}

/// The line of facts under an episode's title, then its category tags.
#[function_component]
pub fn EpisodeMeta(props: &EpisodeMetaProps) -> Html {
    let mut facts: Vec<Html> = Vec::new();
    if let Some(date) = &props.date {
        let text = format_date(date).unwrap_or_else(|| date.to_string());
        facts.push(html! { <time datetime={date.clone()}>{ text }</time> });
    }
    if let Some(number) = props.number {
        facts.push(html! { <span>{ format!("Episode {number}") }</span> });
    }
    if let Some(seconds) = props.duration_seconds {
        facts.push(
            html! { <time datetime={iso_duration(seconds)}>{ format_duration(seconds) }</time> },
        );
    }
    let tags = props
        .categories
        .iter()
        .map(|c| html! { <li key={c.to_string()} class="ea-tag">{ c.clone() }</li> });
    html! {
        <>
            if !facts.is_empty() {
                <p class="ea-meta">{ for facts.into_iter().map(|f| html! { <span class="ea-fact">{ f }</span> }) }</p>
            }
            if !props.categories.is_empty() {
                <ul class="ea-tags" role="list" aria-label="Categories">{ for tags }</ul>
            }
        </>
    }
}

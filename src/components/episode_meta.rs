//! An episode's date, number, duration and categories.

use episode_archive_core::format::iso_duration;
use episode_archive_core::i18n::Key;
use episode_archive_core::Episode;
use yew::prelude::*;

use crate::texts::Texts;

/// Props of [`episode_meta`].
#[derive(Debug, Clone, PartialEq)]
pub struct EpisodeMetaProps {
    /// The interface's words.
    pub texts: Texts,
    /// Date as written in the manifest (already validated).
    pub date: Option<AttrValue>,
    /// Episode number.
    pub number: Option<u32>,
    /// Duration in seconds.
    pub duration_seconds: Option<u32>,
    /// Category names.
    pub categories: Vec<AttrValue>,
}

impl EpisodeMetaProps {
    /// The props for one episode.
    pub fn of(episode: &Episode, texts: &Texts) -> Self {
        Self {
            texts: texts.clone(),
            date: episode.date.clone().map(Into::into),
            number: episode.number,
            duration_seconds: episode.duration_seconds,
            categories: episode.categories.iter().cloned().map(Into::into).collect(),
        }
    }
}

/// The line of facts under an episode's title, then its category tags.
pub fn episode_meta(props: &EpisodeMetaProps) -> Html {
    let t = &props.texts;
    let mut facts: Vec<Html> = Vec::new();
    if let Some(date) = &props.date {
        let text = t.date(date).unwrap_or_else(|| date.to_string());
        facts.push(html! { <time datetime={date.clone()}>{ text }</time> });
    }
    if let Some(number) = props.number {
        let number = t.number(number as usize);
        facts.push(html! { <span>{ t.with(Key::EpisodeNumber, &[("number", &number)]) }</span> });
    }
    if let Some(seconds) = props.duration_seconds {
        facts.push(html! { <time datetime={iso_duration(seconds)}>{ t.duration(seconds) }</time> });
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
                <ul class="ea-tags" role="list" aria-label={t.text(Key::Categories)}>{ for tags }</ul>
            }
        </>
    }
}

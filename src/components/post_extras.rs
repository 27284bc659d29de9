//! What an open post shows beyond its text: guests, references, tags and a
//! link to the episode's own page. Every URL passes the scheme check first.

use episode_archive_core::Episode;
use yew::prelude::*;

use crate::urls::link_href;

/// Props of [`PostExtras`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PostExtrasProps {
    /// The episode's title, naming its page link for screen readers.
    pub title: AttrValue,
    /// Guest names.
    #[prop_or_default]
    pub guests: Vec<AttrValue>,
    /// (title, safe absolute URL) of each reference.
    #[prop_or_default]
    pub references: Vec<(AttrValue, Option<AttrValue>)>,
    /// Tags, shown quietly after the post.
    #[prop_or_default]
    pub tags: AttrValue,
    /// The episode's own page, when safe.
    #[prop_or_default]
    pub link: Option<AttrValue>,
}

impl PostExtrasProps {
    /// The props for one episode, URLs resolved against `base`.
    pub fn of(episode: &Episode, base: &str) -> Self {
        let href = |url: &Option<String>| {
            url.as_deref()
                .and_then(|u| link_href(u, base))
                .map(AttrValue::from)
        };
        Self {
            title: episode.title.clone().into(),
            guests: episode
                .guests
                .iter()
                .map(|g| g.name.clone().into())
                .collect(),
            references: episode
                .references
                .iter()
                .map(|r| (r.title.clone().into(), href(&r.url)))
                .collect(),
            tags: episode.tags.join(", ").into(),
            link: href(&episode.link),
        }
    }
}

/// Guests, references (as links where safe), tags and the episode page link.
#[function_component]
pub fn PostExtras(props: &PostExtrasProps) -> Html {
    let references = props.references.iter().enumerate().map(|(i, (title, href))| {
        let item = match href {
            Some(href) => html! {
                <a href={href.clone()} target="_blank" rel="noopener noreferrer nofollow">{ title.clone() }</a>
            },
            None => html! { title.clone() },
        };
        html! { <li key={i}>{ item }</li> }
    });
    let link = props.link.as_ref().map(|href| {
        html! {
            <p class="ea-episode-link">
                <a href={href.clone()} target="_blank" rel="noopener noreferrer nofollow">
                    { "Episode page" }
                    <span class="ea-visually-hidden">{ format!(": {}", props.title) }</span>
                </a>
            </p>
        }
    });
    html! {
        <>
            if !props.guests.is_empty() {
                <p class="ea-guests">
                    <span class="ea-label-inline">{ "With " }</span>
                    { props.guests.iter().map(|g| g.to_string()).collect::<Vec<_>>().join(", ") }
                </p>
            }
            if !props.references.is_empty() {
                <section class="ea-references">
                    <h3>{ "References" }</h3>
                    <ul>{ for references }</ul>
                </section>
            }
            if !props.tags.is_empty() {
                <p class="ea-post-tags">
                    <span class="ea-label-inline">{ "Tags: " }</span>
                    { props.tags.clone() }
                </p>
            }
            { link }
        </>
    }
}

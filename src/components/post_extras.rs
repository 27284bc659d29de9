//! What an open post shows beyond its text: guests, references, tags and a
//! link to the episode's own page. Every URL passes the scheme check first.

use episode_archive_core::i18n::Key;
use episode_archive_core::Episode;
use yew::prelude::*;

use crate::texts::Texts;
use crate::urls::link_href;

/// Props of [`post_extras`].
#[derive(Debug, Clone, PartialEq)]
pub struct PostExtrasProps {
    /// The interface's words.
    pub texts: Texts,
    /// The episode's title, naming its page link for screen readers.
    pub title: AttrValue,
    /// Guest names.
    pub guests: Vec<AttrValue>,
    /// (title, safe absolute URL) of each reference.
    pub references: Vec<(AttrValue, Option<AttrValue>)>,
    /// Tags, shown quietly after the post.
    pub tags: AttrValue,
    /// The episode's own page, when safe.
    pub link: Option<AttrValue>,
}

impl PostExtrasProps {
    /// The props for one episode, URLs resolved against `base`.
    pub fn of(episode: &Episode, base: &str, texts: &Texts) -> Self {
        let href = |url: &Option<String>| {
            url.as_deref()
                .and_then(|u| link_href(u, base))
                .map(AttrValue::from)
        };
        Self {
            texts: texts.clone(),
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
pub fn post_extras(props: &PostExtrasProps) -> Html {
    let t = &props.texts;
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
                <a
                    href={href.clone()}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    aria-label={t.with(Key::EpisodePageOf, &[("title", &props.title)])}
                >
                    { t.text(Key::EpisodePage) }
                </a>
            </p>
        }
    });
    html! {
        <>
            if !props.guests.is_empty() {
                <p class="ea-guests">
                    { t.with(Key::Guests, &[("names", &props.guests.iter().map(|g| g.to_string()).collect::<Vec<_>>().join(", "))]) }
                </p>
            }
            if !props.references.is_empty() {
                <section class="ea-references">
                    <h3>{ t.text(Key::References) }</h3>
                    <ul>{ for references }</ul>
                </section>
            }
            if !props.tags.is_empty() {
                <p class="ea-post-tags">{ t.with(Key::Tags, &[("tags", &props.tags)]) }</p>
            }
            { link }
        </>
    }
}

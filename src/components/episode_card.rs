//! One episode: an `article` with its title, facts, summary or full post,
//! audio, and the disclosure button that opens the post in place.

use episode_archive_core::html_policy::searchable_text;
use episode_archive_core::i18n::Key;
use episode_archive_core::search::snippet;
use episode_archive_core::{BodyFormat, BodyState, Episode, EpisodeIdx};
use yew::prelude::*;

use super::{
    episode_meta, marked, post_body, post_extras, CopyLink, EpisodeMetaProps, PostBodyProps,
    PostExtrasProps,
};
use crate::shared::CardContext;
use crate::texts::Texts;
use crate::urls::media_src;

/// Props of [`EpisodeCard`]: what is this card's own. The archive, the base
/// URL, the highlighter and the card actions come from the
/// [`CardContext`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EpisodeCardProps {
    /// Which episode.
    pub idx: EpisodeIdx,
    /// Whether the full post is open.
    pub expanded: bool,
    /// The fetched body, for `body_url` posts.
    #[prop_or_default]
    pub body: Option<BodyState>,
    /// Whether the query matched in the post (not in what the card shows):
    /// a snippet of the post says where, once it is fetched.
    #[prop_or_default]
    pub matched_in_post: bool,
}

/// An episode card.
#[function_component]
pub fn EpisodeCard(props: &EpisodeCardProps) -> Html {
    let Some(cx) = use_context::<CardContext>() else {
        return Html::default();
    };
    let t = &cx.texts;
    let Some(episode) = cx.archive.0.episode(props.idx) else {
        return Html::default();
    };
    let title_id = format!("ea-ep-{}-title", props.idx);
    let post_id = format!("ea-ep-{}-post", props.idx);
    let idx = props.idx;
    let on_toggle = cx.on_toggle.reform(move |_: MouseEvent| idx);
    let audio = episode
        .audio
        .as_ref()
        .and_then(|a| media_src(&a.url, &cx.manifest_url).map(|src| (src, a.mime_type.clone())));

    // Keyed by episode: the feedback belongs to the post it was for, not to
    // this card, which may show another episode next.
    let title = AttrValue::from(episode.title.clone());
    let copy_link = cx.on_copy_link.clone().map(|on_copy_link| {
        html! { <CopyLink key={idx.get()} {idx} title={title.clone()} {on_copy_link} texts={t.clone()} /> }
    });
    let lang = cx.content_lang.clone();
    let post = if props.expanded {
        html! {
            <>
                <div class="ea-post-text" lang={lang.clone()} dir={cx.content_dir}>{ full_text(props, &cx, t, episode) }</div>
                { post_extras(&PostExtrasProps::of(episode, &cx.manifest_url, t)) }
                { for copy_link }
            </>
        }
    } else {
        Html::default()
    };

    html! {
        <article class="ea-episode" aria-labelledby={title_id.clone()}>
            <h2 class="ea-title" id={title_id} lang={lang.clone()} dir={cx.content_dir}>{ marked(&episode.title, &cx.highlight) }</h2>
            { episode_meta(&EpisodeMetaProps::of(episode, t)) }
            if !props.expanded && !episode.summary.is_empty() {
                <div class="ea-summary" lang={lang.clone()} dir={cx.content_dir}>
                    { post_body(&PostBodyProps {
                        text: episode.summary.clone().into(),
                        format: episode.body_format,
                        base: cx.manifest_url.clone(),
                        highlight: cx.highlight.clone(),
                    }) }
                </div>
            }
            if !props.expanded && props.matched_in_post {
                { post_snippet(props, &cx) }
            }
            <div class="ea-post" id={post_id.clone()} hidden={!props.expanded}>{ post }</div>
            {
                // Keyed by episode: a player the card reused for another
                // episode would go on playing the first one's audio.
                for audio.map(|(src, mime)| html! {
                    <audio
                        key={idx.get()}
                        class="ea-audio"
                        controls=true
                        preload="none"
                        aria-label={t.with(Key::ListenTo, &[("title", &title)])}
                        onplay={cx.on_play.reform(move |_: Event| idx)}
                    >
                        <source {src} type={mime} />
                    </audio>
                })
            }
            <button
                type="button"
                class="ea-toggle"
                aria-expanded={props.expanded.to_string()}
                aria-controls={post_id}
                aria-label={t.with(Key::ReadFullPostOf, &[("title", &title)])}
                onclick={on_toggle}
            >
                { t.text(Key::ReadFullPost) }
            </button>
        </article>
    }
}

/// Where in the fetched post the query matched: a short passage with the
/// matched words marked (nothing until the post is fetched).
fn post_snippet(props: &EpisodeCardProps, cx: &CardContext) -> Html {
    let Some(BodyState::Loaded(doc)) = &props.body else {
        return Html::default();
    };
    let text: std::borrow::Cow<'_, str> = match doc.body_format {
        BodyFormat::Html => searchable_text(&doc.body).into(),
        BodyFormat::Text => doc.body.as_str().into(),
    };
    match snippet(&text, &cx.highlight, SNIPPET_BEFORE, SNIPPET_AFTER) {
        Some(passage) => html! {
            <p class="ea-snippet" lang={cx.content_lang.clone()} dir={cx.content_dir}>{ marked(&passage, &cx.highlight) }</p>
        },
        None => Html::default(),
    }
}

/// Bytes of the post shown before and after the matched word: two short
/// lines on a phone.
const SNIPPET_BEFORE: usize = 50;
const SNIPPET_AFTER: usize = 110;

/// The post's full text: inline body, fetched body (with its loading and
/// error states), or the summary when there is nothing more.
fn full_text(props: &EpisodeCardProps, cx: &CardContext, t: &Texts, episode: &Episode) -> Html {
    let base = cx.manifest_url.clone();
    let format = episode.body_format;
    let highlight = cx.highlight.clone();
    if let Some(body) = &episode.body {
        return post_body(&PostBodyProps {
            text: body.clone().into(),
            format,
            base,
            highlight,
        });
    }
    if episode.body_url.is_none() {
        return post_body(&PostBodyProps {
            text: episode.summary.clone().into(),
            format,
            base,
            highlight,
        });
    }
    match &props.body {
        Some(BodyState::Loaded(doc)) => post_body(&PostBodyProps {
            text: doc.body.clone().into(),
            format: doc.body_format,
            base,
            highlight,
        }),
        Some(BodyState::Failed(error)) => {
            let idx = props.idx;
            let onclick = cx.on_retry_body.reform(move |_: MouseEvent| idx);
            html! {
                <div class="ea-body-error" role="alert">
                    <p>{ t.text(Key::PostFailed) }</p>
                    <p class="ea-reason">{ t.reason(error) }</p>
                    <p class="ea-url">{ error.url().to_owned() }</p>
                    <button type="button" class="ea-retry" {onclick}>{ t.text(Key::Retry) }</button>
                </div>
            }
        }
        Some(BodyState::Loading) | None => html! {
            <p class="ea-body-loading" role="status">{ t.text(Key::PostLoading) }</p>
        },
    }
}

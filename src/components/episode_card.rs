//! One episode: an `article` with its title, facts, summary or full post,
//! audio, and the disclosure button that opens the post in place.

use std::rc::Rc;

use episode_archive_core::html_policy::searchable_text;
use episode_archive_core::i18n::Key;
use episode_archive_core::search::snippet;
use episode_archive_core::{BodyFormat, BodyState, Episode, EpisodeIdx};
use yew::prelude::*;

use super::{
    copy_link, episode_meta, marked, post_body, post_extras, CopyLinkProps, EpisodeMetaProps,
    PostBodyProps, PostExtrasProps,
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
    // Whether copying a post's link worked, with the post it was for: the
    // card may show another episode next.
    let copied = use_state_eq(|| None::<(EpisodeIdx, bool)>);
    let cx = use_context::<CardContext>();
    // The text shown (the summary, or the open post), parsed and rendered
    // once per text and highlight, not on every render of the card.
    let shown = cx.as_ref().and_then(|cx| {
        let episode = cx.archive.0.episode(props.idx)?;
        Some(PostBodyProps {
            highlight: cx.highlight.clone(),
            base: cx.manifest_url.clone(),
            ..shown_text(props, episode)?
        })
    });
    let text = use_memo(shown, |shown| shown.as_ref().map(post_body));
    let Some(cx) = cx else {
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

    let title = AttrValue::from(episode.title.clone());
    let copy = cx.on_copy_link.clone().map(|on_copy_link| {
        let copied_now = copied.clone();
        copy_link(&CopyLinkProps {
            texts: t.clone(),
            title: title.clone(),
            copied: copied.filter(|(i, _)| *i == idx).map(|(_, ok)| ok),
            on_copy: Callback::from(move |_: MouseEvent| {
                let copied = copied_now.clone();
                on_copy_link.emit((idx, Callback::from(move |ok| copied.set(Some((idx, ok))))));
            }),
        })
    });
    let lang = cx.content_lang.clone();
    let post = if props.expanded {
        html! {
            <>
                <div class="ea-post-text" lang={lang.clone()} dir={cx.content_dir}>
                    { (*text).clone().unwrap_or_else(|| post_state(props, &cx, t)) }
                </div>
                { post_extras(&PostExtrasProps::of(episode, &cx.manifest_url, t)) }
                { for copy }
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
                <div class="ea-summary" lang={lang.clone()} dir={cx.content_dir}>{ (*text).clone() }</div>
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

/// The text the card shows: the summary while the post is closed; once
/// open, the post (inline, fetched, or the summary when there is no more).
/// Only the base and highlight are left to fill in. `None`: nothing to show
/// yet (a post being fetched, or one that failed).
fn shown_text(props: &EpisodeCardProps, episode: &Episode) -> Option<PostBodyProps> {
    let text = |text: &str, format| PostBodyProps {
        text: text.to_owned().into(),
        format,
        base: AttrValue::default(),
        highlight: Rc::default(),
    };
    if !props.expanded {
        return (!episode.summary.is_empty()).then(|| text(&episode.summary, episode.body_format));
    }
    match (&episode.body, &episode.body_url, &props.body) {
        (Some(body), _, _) => Some(text(body, episode.body_format)),
        (None, None, _) => Some(text(&episode.summary, episode.body_format)),
        (None, Some(_), Some(BodyState::Loaded(doc))) => Some(text(&doc.body, doc.body_format)),
        _ => None,
    }
}

/// An open post whose text is not here: being fetched, or why it could not
/// be, with Retry.
fn post_state(props: &EpisodeCardProps, cx: &CardContext, t: &Texts) -> Html {
    match &props.body {
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
        _ => html! {
            <p class="ea-body-loading" role="status">{ t.text(Key::PostLoading) }</p>
        },
    }
}

//! The root component: one reducer for the archive's state, the derived
//! view memoised, everything else delegated to components.

use episode_archive_core::i18n::{is_right_to_left, Key};
use episode_archive_core::search::{Highlighter, Query, WordCache};
use episode_archive_core::{visible, LoadState, ReadyIndex};
use yew::prelude::*;

use crate::components::{
    archive_header, empty_state, load_failed, loading_state, problems_notice, result_count,
    show_more, ArchiveHeaderProps, EmptyStateProps, EpisodeList, Filters, LoadFailedProps,
    LoadingStateProps, ProblemsNoticeProps, ResultCountProps, ShowMoreProps,
};
use crate::hooks::{
    use_archive, use_archive_callbacks, use_callbacks, use_host_events, use_snippets,
};
use crate::services::intl::Intl;
use crate::shared::{ArchiveRef, CardContext, ElementProps, ManifestSource};
use crate::texts::{read_strings, Texts};

/// Props of [`App`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AppProps {
    /// The manifest to show.
    pub source: ManifestSource,
    /// Options and host element when running as `<episode-archive>`.
    #[prop_or_default]
    pub element: ElementProps,
}

/// The archive widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let handle = use_archive(&props.source, &props.element);
    let state = &handle.store.0;
    let archive = state.archive().cloned().map(ArchiveRef);
    // The query words' lookups, kept from keystroke to keystroke for the
    // index they were made with (a new index starts a new cache).
    let word_cache = use_mut_ref(|| (None::<ReadyIndex>, WordCache::default()));
    // A query needs the index: until the reducer has it, take it from the
    // build (finishing it now), so no render shows the list unfiltered.
    let index = match &state.index {
        Some(index) => Some(index.clone()),
        None if !Query::parse(&state.query).is_empty() => handle.index_now.get().map(ReadyIndex),
        None => None,
    };
    let view = use_memo(
        (
            archive.clone(),
            index,
            state.full_text().cloned(),
            state.query.clone(),
            state.chosen.clone(),
            state.sort,
        ),
        move |(archive, index, full, query, chosen, sort)| {
            let mut cache = word_cache.borrow_mut();
            if cache.0 != *index {
                *cache = (index.clone(), WordCache::default());
            }
            let index = index.as_ref().map(|i| &*i.0);
            archive.as_ref().map(|a| {
                visible(
                    &a.0,
                    index,
                    full.as_ref(),
                    &mut cache.1,
                    query,
                    chosen,
                    *sort,
                )
            })
        },
    );
    // Results on screen matched only in a post kept out of the manifest:
    // their posts are fetched (once the query settles) to show where.
    let snippets_wanted = match (view.as_ref(), state.archive()) {
        (Some(view), Some(archive)) if !view.in_body.is_empty() => view
            .episodes
            .iter()
            .take(state.shown_in(&view.episodes))
            .filter(|idx| view.in_body.binary_search(idx).is_ok())
            .filter(|idx| !state.expanded.contains(idx))
            .filter(|idx| archive.episode(**idx).is_some_and(|e| e.body_url.is_some()))
            .copied()
            .collect(),
        _ => Vec::new(),
    };
    use_snippets(&handle.store, snippets_wanted);
    let highlight = use_memo(state.query.clone(), |query| {
        Highlighter::new(&Query::parse(query))
    });
    use_host_events(state, view.as_ref().as_ref(), &props.element);
    let callbacks = use_callbacks(&handle.store);
    let archive_callbacks = use_archive_callbacks(
        archive.clone(),
        props.element.host.clone(),
        props.element.options.url_namespace.clone(),
    );

    // The interface language as the loader chose it (English for a bare app).
    let tag = AttrValue::from(
        props
            .element
            .options
            .lang
            .clone()
            .unwrap_or_else(|| "en".into()),
    );
    let intl = use_memo(tag.clone(), |tag| Intl::new(tag));
    let strings = use_memo(
        (
            props.element.catalog.clone(),
            props.element.site_strings.clone(),
        ),
        |(catalog, site)| read_strings(catalog.as_deref(), site.as_deref()),
    );
    let texts = Texts::new(strings, intl);
    // The archive's own language, on the parts that show its text; the
    // interface's is on the whole widget.
    let content_lang = state
        .archive()
        .and_then(|a| a.language.clone())
        .map(AttrValue::from);
    let rtl = is_right_to_left(&tag);
    let content_dir = match content_lang.as_deref().map(is_right_to_left) {
        Some(content_rtl) if content_rtl != rtl => Some(if content_rtl { "rtl" } else { "ltr" }),
        _ => None,
    };

    let body = match (&state.load, archive, view.as_ref()) {
        (LoadState::Ready(_), Some(archive), Some(view)) => {
            let c = &*callbacks;
            let shown = state.shown_in(&view.episodes);
            let card_context = CardContext {
                archive: archive.clone(),
                manifest_url: AttrValue::from(handle.manifest_url.to_string()),
                highlight: highlight.clone(),
                on_toggle: c.on_toggle_episode.clone(),
                on_retry_body: c.on_retry_body.clone(),
                on_play: archive_callbacks.on_play.clone(),
                on_copy_link: archive_callbacks.on_copy_link.clone(),
                content_lang: content_lang.clone(),
                content_dir,
                texts: texts.clone(),
            };
            let a = &archive.0;
            html! {
                <>
                    { archive_header(&ArchiveHeaderProps {
                        title: a.title.clone().into(),
                        description: a.description.clone().into(),
                        lang: content_lang.clone(),
                        dir: content_dir,
                    }) }
                    { problems_notice(&ProblemsNoticeProps { archive: archive.clone(), texts: texts.clone() }) }
                    <Filters
                        query={state.query.clone()}
                        sort={state.sort}
                        categories={view.categories.clone()}
                        chosen={state.chosen.clone()}
                        matching={view.episodes.len()}
                        on_search={c.on_search.clone()}
                        on_sort={c.on_sort.clone()}
                        on_toggle_category={c.on_toggle_category.clone()}
                        on_clear_categories={c.on_clear_categories.clone()}
                        texts={texts.clone()}
                    />
                    { result_count(&ResultCountProps {
                        shown: view.episodes.len(),
                        total: view.total,
                        pending: state.full_text_pending(),
                        texts: texts.clone(),
                    }) }
                    if view.episodes.is_empty() {
                        { empty_state(&EmptyStateProps {
                            filtered: state.is_filtered(),
                            on_clear: c.on_clear_filters.clone(),
                            texts: texts.clone(),
                        }) }
                    } else {
                        <ContextProvider<CardContext> context={card_context}>
                            <EpisodeList
                                episodes={view.episodes.clone()}
                                {shown}
                                expanded={state.expanded.clone()}
                                bodies={state.bodies.clone()}
                                in_body={view.in_body.clone()}
                                revealed={state.revealed}
                            />
                        </ContextProvider<CardContext>>
                        { show_more(&ShowMoreProps {
                            shown,
                            total: view.episodes.len(),
                            on_more: c.on_more.clone(),
                            texts: texts.clone(),
                        }) }
                    }
                </>
            }
        }
        (LoadState::Failed(error), _, _) => {
            let on_retry = handle.on_retry.reform(|_: MouseEvent| ());
            load_failed(&LoadFailedProps {
                error: error.clone(),
                on_retry,
                texts: texts.clone(),
            })
        }
        _ => {
            let url = match &state.load {
                LoadState::Loading { url } => url.clone(),
                _ => handle.manifest_url.to_string(),
            };
            loading_state(&LoadingStateProps {
                url: url.into(),
                texts: texts.clone(),
            })
        }
    };
    let dir = rtl.then_some("rtl");
    // The panic hook shows this in place of the widget, in its language.
    let crashed = texts.text(Key::Crashed);
    html! {
        <div class="ea-app" lang={tag} {dir} data-crash-message={crashed}>{ body }</div>
    }
}

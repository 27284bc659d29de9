//! The archive's non-list states: loading, failed, nothing matches, and
//! the notice about episodes that could not be read.

use episode_archive_core::i18n::Key;
use episode_archive_core::LoadError;
use yew::prelude::*;

use crate::shared::ArchiveRef;
use crate::texts::Texts;

/// Props of [`loading_state`].
#[derive(Debug, Clone, PartialEq)]
pub struct LoadingStateProps {
    /// The interface's words.
    pub texts: Texts,
    /// The manifest being loaded.
    pub url: AttrValue,
}

/// Shown while the manifest loads.
pub fn loading_state(props: &LoadingStateProps) -> Html {
    let t = &props.texts;
    html! {
        <div class="ea-state ea-loading" aria-busy="true">
            <p role="status">{ t.text(Key::LoadingEpisodes) }</p>
            <p class="ea-url">{ props.url.clone() }</p>
        </div>
    }
}

/// Props of [`load_failed`].
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailedProps {
    /// The interface's words.
    pub texts: Texts,
    /// What went wrong.
    pub error: LoadError,
    /// Called when the reader presses Retry.
    pub on_retry: Callback<MouseEvent>,
}

/// Shown when the manifest cannot be fetched or read: the URL, the reason, Retry.
pub fn load_failed(props: &LoadFailedProps) -> Html {
    let t = &props.texts;
    html! {
        <div class="ea-state ea-error" role="alert">
            <h2>{ t.text(Key::LoadFailed) }</h2>
            <p class="ea-url">{ props.error.url().to_owned() }</p>
            <p class="ea-reason">{ t.reason(&props.error) }</p>
            <button type="button" class="ea-retry" onclick={props.on_retry.clone()}>{ t.text(Key::Retry) }</button>
        </div>
    }
}

/// Props of [`empty_state`].
#[derive(Debug, Clone, PartialEq)]
pub struct EmptyStateProps {
    /// The interface's words.
    pub texts: Texts,
    /// Whether filters are active (otherwise the archive is simply empty).
    pub filtered: bool,
    /// Called to clear the keyword and categories.
    pub on_clear: Callback<()>,
}

/// Shown when no episode matches.
pub fn empty_state(props: &EmptyStateProps) -> Html {
    let t = &props.texts;
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="ea-state ea-empty">
            if props.filtered {
                <p>{ t.text(Key::NoMatches) }</p>
                <button type="button" class="ea-clear" {onclick}>{ t.text(Key::ClearFilters) }</button>
            } else {
                <p>{ t.text(Key::EmptyArchive) }</p>
            }
        </div>
    }
}

/// Props of [`problems_notice`].
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemsNoticeProps {
    /// The interface's words.
    pub texts: Texts,
    /// The archive whose reading problems to list.
    pub archive: ArchiveRef,
}

/// "2 episodes could not be read", with the details one click away.
pub fn problems_notice(props: &ProblemsNoticeProps) -> Html {
    let t = &props.texts;
    let problems = &props.archive.0.problems;
    if problems.is_empty() {
        return Html::default();
    }
    let skipped = problems.iter().filter(|p| p.skipped).count();
    let kept = problems.len() - skipped;
    let mut parts = Vec::new();
    if skipped > 0 {
        parts.push(t.count(Key::EpisodesSkipped, skipped, &[]));
    }
    if kept > 0 {
        parts.push(t.count(Key::EpisodesWithProblems, kept, &[]));
    }
    let line = |p: &episode_archive_core::Problem| {
        // The episode's position and id name it; the reason is the reader's
        // own words, a technical detail.
        let number = match &p.id {
            Some(id) => format!("{} (\"{id}\")", t.number(p.index + 1)),
            None => t.number(p.index + 1),
        };
        let key = if p.skipped {
            Key::ProblemSkipped
        } else {
            Key::ProblemKept
        };
        t.with(key, &[("number", &number), ("reason", &p.reason)])
    };
    html! {
        <details class="ea-problems">
            <summary>{ parts.join("; ") }</summary>
            <ul>{ for problems.iter().enumerate().map(|(i, p)| html! { <li key={i}>{ line(p) }</li> }) }</ul>
        </details>
    }
}

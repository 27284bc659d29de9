//! The page URL as the widget's shareable state: read it, write it without
//! flooding history, and hear Back and Forward.

use episode_archive_core::url_state::{self, UrlState};
use gloo_events::EventListener;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The view the page URL names under `namespace`.
pub fn read(namespace: &str) -> UrlState {
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    url_state::read(&search, namespace)
}

/// The page URL with `state` written under `namespace` (host parameters and
/// hash kept).
pub fn url_with(namespace: &str, state: &UrlState) -> Option<String> {
    let location = location()?;
    let search = url_state::write(&location.search().ok()?, namespace, state);
    Some(format!(
        "{}{}{search}{}",
        location.origin().ok()?,
        location.pathname().ok()?,
        location.hash().ok()?
    ))
}

/// How a URL change enters the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back returns to the previous view.
    Push,
    /// Replace the current entry (typing: no entry per keystroke).
    Replace,
}

/// Writes `state` into the page URL, unless it already says exactly that.
pub fn write(namespace: &str, state: &UrlState, entry: Entry) {
    if read(namespace) == *state {
        return;
    }
    let (Some(window), Some(url)) = (web_sys::window(), url_with(namespace, state)) else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let data = wasm_bindgen::JsValue::NULL;
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&data, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&data, "", Some(&url)),
    };
}

/// Calls `on_change` with the URL's view on Back and Forward; the listener
/// goes away when the returned guard is dropped.
pub fn on_pop(namespace: String, on_change: impl Fn(UrlState) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        on_change(read(&namespace))
    }))
}

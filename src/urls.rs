//! URL resolution, done by the browser's own `URL` so relative manifest,
//! body and audio URLs mean exactly what they would in a link.

use episode_archive_core::links;

/// The page's base URL (`document.baseURI`).
pub fn document_base() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// Resolves `url` against `base`; `None` when the result is not a URL.
pub fn resolve(url: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(url.trim(), base)
        .ok()
        .map(|u| u.href())
}

/// `url` resolved against `base`, if it is then a safe link target.
pub fn link_href(url: &str, base: &str) -> Option<String> {
    resolve(url, base).filter(|u| links::safe_link(u).is_some())
}

/// `url` resolved against `base`, if it is then a safe media source.
pub fn media_src(url: &str, base: &str) -> Option<String> {
    resolve(url, base).filter(|u| links::safe_media(u).is_some())
}

/// `url` resolved against `base`, if it is then an `http`/`https` URL the
/// widget may fetch (the search index and its shards).
pub fn fetch_url(url: &str, base: &str) -> Option<String> {
    media_src(url, base)
}

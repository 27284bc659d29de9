//! URL resolution, done by the browser's own `URL` so relative manifest,
//! body and audio URLs mean exactly what they would in a link.

use episode_archive_core::links;

/// The demo archive, used when the page names no manifest.
pub const DEMO_MANIFEST: &str = "demo/archive.json";

/// The manifest URL from the page's `?manifest=` parameter, or the demo.
pub fn page_manifest_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("manifest"))
        .filter(|url| !url.trim().is_empty())
        .unwrap_or_else(|| DEMO_MANIFEST.to_owned())
}

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

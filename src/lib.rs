//! The episode archive widget: a Yew app that loads a manifest, filters it
//! by category and keyword, and expands posts in place.
//!
//! - [`app`]: the root component and its props (what tests render).
//! - [`hooks`]: connects the one reducer to IO.
//! - [`services`]: the only module that fetches.
//! - [`components`]: one component per file, all pure rendering.
//! - [`urls`], [`panic`]: URL resolution and the crash fallback.

pub mod app;
pub mod components;
pub mod hooks;
pub mod panic;
pub mod services;
pub mod urls;

pub use app::{App, AppProps, ManifestSource};

/// Where the demo page mounts the widget.
pub const MOUNT_ID: &str = "episode-archive";

/// Mounts the widget into `#episode-archive` (or the body), reading the
/// manifest URL from the page's `manifest` query parameter.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(MOUNT_ID)
        .or_else(|| document.body().map(Into::into));
    let Some(root) = root else {
        return;
    };
    panic::install(root.clone());
    let source = ManifestSource::Url(urls::page_manifest_url());
    yew::Renderer::<App>::with_root_and_props(root, AppProps { source }).render();
}

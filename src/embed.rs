//! The wasm side of `<episode-archive>`: the loader's custom element
//! creates one [`ArchiveElement`] per element, hands it the element's
//! attributes, updates it when they change and destroys it when the
//! element leaves the page.

use episode_archive_core::attributes;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use crate::app::{App, AppProps, ElementProps, ManifestSource};
use crate::panic;

/// One mounted archive.
#[wasm_bindgen]
pub struct ArchiveElement {
    app: Option<AppHandle<App>>,
    root: Element,
    host: HtmlElement,
}

#[wasm_bindgen]
impl ArchiveElement {
    /// Mounts an archive into `root` (inside `host`'s shadow root).
    /// `attrs` holds the attributes as strings or null: `src` (absolute),
    /// `query`, `categories`, `pageSize`, `urlState`, `lang`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: Element, attrs: &JsValue) -> ArchiveElement {
        panic::register(&root);
        let props = props(&host, attrs);
        let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        ArchiveElement {
            app: Some(app),
            root,
            host,
        }
    }

    /// Applies changed attributes.
    pub fn update(&mut self, attrs: &JsValue) {
        let props = props(&self.host, attrs);
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }

    /// Unmounts the archive and forgets its root.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        panic::unregister(&self.root);
    }
}

fn attr(attrs: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(attrs, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

fn props(host: &HtmlElement, attrs: &JsValue) -> AppProps {
    let get = |key| attr(attrs, key);
    let options = attributes::read(
        get("query").as_deref(),
        get("categories").as_deref(),
        get("pageSize").as_deref(),
        get("urlState").as_deref(),
        get("lang").as_deref(),
    );
    AppProps {
        source: ManifestSource::Url(get("src").unwrap_or_default()),
        element: ElementProps {
            options,
            host: Some(host.clone()),
        },
    }
}

//! The wasm side of `<episode-archive>`: the loader's custom element
//! creates one [`ArchiveElement`] per element, hands it the element's
//! attributes, updates it when they change and destroys it when the
//! element leaves the page.

use episode_archive_core::attributes;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::panic;
use crate::shared::{ElementProps, ManifestSource};

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
    /// `query`, `categories`, `pageSize`, `urlState`, `lang` (the interface
    /// language), `timeout`, `maxSize`; and `catalog` and `siteStrings`, the
    /// messages the loader fetched, in the core's line form.
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
    // Every value the loader hands over, by the core's one list of keys.
    let values: Vec<(&str, Option<String>)> = attributes::OBSERVED
        .iter()
        .filter_map(|&(_, key)| key)
        .map(|key| (key, attr(attrs, key)))
        .collect();
    let get = |key: &str| {
        values
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.as_deref())
    };
    let options = attributes::read(attributes::Attributes::from_lookup(get));
    AppProps {
        source: ManifestSource::Url(get("src").unwrap_or_default().to_owned()),
        element: ElementProps {
            options,
            host: Some(host.clone()),
            catalog: attr(attrs, "catalog").map(Into::into),
            site_strings: attr(attrs, "siteStrings").map(Into::into),
        },
    }
}

/// Panics inside the wasm, for the test that a crash shows a message.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen]
pub fn __test_panic() {
    panic!("a test asked for a panic");
}

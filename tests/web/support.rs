//! Helpers that let browser tests read like what a person does: mount the
//! app, type, press a named button, wait until some text shows.

use std::time::Duration;

use episode_archive::{App, AppProps, ElementProps, ManifestSource};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// A mounted app and its root element.
pub struct Mounted {
    root: Element,
}

/// Renders the app with `manifest` as an inline source, in a fresh element.
pub async fn mount(manifest: &str) -> Mounted {
    capture_errors();
    let document = gloo_utils_document();
    let root = document.create_element("div").expect("div");
    root.set_class_name("ea-root");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let source = ManifestSource::Inline {
        text: manifest.to_owned(),
        url: "https://example.test/archive.json".into(),
    };
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            source,
            element: ElementProps::default(),
        },
    )
    .render();
    Mounted { root }
}

fn gloo_utils_document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

impl Mounted {
    /// All text in the app.
    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    /// Every element matching `selector`.
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    /// The one element matching `selector`.
    pub fn one(&self, selector: &str) -> Element {
        let found = self.all(selector);
        assert_eq!(found.len(), 1, "expected one {selector}");
        found.into_iter().next().expect("one")
    }

    /// Text of each element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.all(selector)
            .iter()
            .map(|e| e.text_content().unwrap_or_default().trim().to_owned())
            .collect()
    }

    /// The button whose text starts with `name`.
    pub fn button(&self, name: &str) -> HtmlElement {
        self.all("button")
            .into_iter()
            .find(|b| {
                b.text_content()
                    .unwrap_or_default()
                    .trim()
                    .starts_with(name)
            })
            .unwrap_or_else(|| panic!("no button named {name:?} in {:?}", self.texts("button")))
            .unchecked_into()
    }

    /// The link whose text is `text`.
    pub fn link(&self, text: &str) -> Element {
        self.all("a")
            .into_iter()
            .find(|a| a.text_content().unwrap_or_default().trim() == text)
            .unwrap_or_else(|| panic!("no link {text:?}"))
    }

    /// The "Read full post" button of the episode titled `title`.
    pub fn toggle_of(&self, title: &str) -> HtmlElement {
        let article = self
            .all("article")
            .into_iter()
            .find(|a| {
                a.query_selector("h2")
                    .ok()
                    .flatten()
                    .and_then(|h| h.text_content())
                    .is_some_and(|t| t == title)
            })
            .unwrap_or_else(|| panic!("no episode titled {title:?}"));
        article
            .query_selector("button.ea-toggle")
            .ok()
            .flatten()
            .expect("toggle button")
            .unchecked_into()
    }

    /// Presses the button whose text starts with `name`.
    pub async fn click_button(&self, name: &str) {
        self.button(name).click();
    }

    fn search_input(&self) -> HtmlInputElement {
        self.one("input[type=search]").unchecked_into()
    }

    /// The search field's value.
    pub fn search_value(&self) -> String {
        self.search_input().value()
    }

    /// Types `query` into the search field (as one input event).
    pub async fn type_query(&self, query: &str) {
        let input = self.search_input();
        input.set_value(query);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
        input.dispatch_event(&event).expect("dispatch");
    }

    /// Waits until `condition` holds, checking every 10 ms; fails after
    /// 500 checks (5 s or more; the whole suite usually takes 2–5 s) with
    /// what the app shows, whether Yew still renders anything, and the
    /// page's uncaught errors — which is how a WebKit fault was told apart
    /// from a slow render (README, "Browser compatibility").
    pub async fn wait_for(&self, condition: impl Fn() -> bool) {
        for _ in 0..500 {
            if condition() {
                return;
            }
            gloo_timers::future::sleep(Duration::from_millis(10)).await;
        }
        let alive = yew_renders().await;
        panic!(
            "condition not met within 5 s; the app shows: {}\nYew still renders: {alive}\npage errors: {}",
            self.text(),
            page_errors()
        );
    }

    /// Waits until the live result count reads exactly `count` and the list
    /// shows that many cards: the count and the list are separate components,
    /// and either may render a tick before the other.
    pub async fn wait_for_count(&self, count: &str) {
        let shown: Option<usize> = count.split_whitespace().next().and_then(|n| n.parse().ok());
        self.wait_for(|| {
            self.texts(".ea-result-count") == [count]
                && shown.is_none_or(|n| self.all("article").len() == n)
        })
        .await;
    }

    /// Waits until the list's cards carry exactly these titles, in order.
    pub async fn wait_for_titles(&self, titles: &[&str]) {
        self.wait_for(|| self.texts("article h2") == titles).await;
    }

    /// Waits until `text` shows somewhere in the app.
    pub async fn wait_for_text(&self, text: &str) {
        self.wait_for(|| self.text().contains(text)).await;
    }
}

/// Records uncaught errors and rejections on the page (once).
fn capture_errors() {
    let _ = js_sys::eval(
        "if (!window.__eaErrors) { window.__eaErrors = []; \
         addEventListener('error', e => __eaErrors.push('error: ' + e.message + ' ' + (e.error && e.error.stack))); \
         addEventListener('unhandledrejection', e => __eaErrors.push('rejection: ' + e.reason + ' ' + (e.reason && e.reason.stack))); }",
    );
}

/// The errors [`capture_errors`] recorded, as JSON.
fn page_errors() -> String {
    js_sys::eval("JSON.stringify(window.__eaErrors || [])")
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A component with nothing to do but show.
#[yew::function_component]
fn Probe() -> yew::Html {
    yew::html! { <p>{ "probe rendered" }</p> }
}

/// Whether Yew still renders: a fresh component shows within a second.
async fn yew_renders() -> bool {
    let document = gloo_utils_document();
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<Probe>::with_root(root.clone()).render();
    for _ in 0..100 {
        if root
            .text_content()
            .unwrap_or_default()
            .contains("probe rendered")
        {
            return true;
        }
        gloo_timers::future::sleep(Duration::from_millis(10)).await;
    }
    false
}

//! A panic must not leave a dead box. With `panic = "abort"` a panic ends
//! the whole wasm instance, so the hook turns every mounted archive into a
//! visible message (built as DOM nodes) and logs the details; the host page
//! keeps working.

use std::cell::RefCell;
use std::panic::PanicHookInfo;
use std::sync::Once;

use web_sys::Element;

thread_local! {
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Registers a mounted archive's root (and installs the hook once).
pub fn register(root: &Element) {
    static HOOK: Once = Once::new();
    // Through Yew, which otherwise installs its own hook on first render.
    HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(show)));
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
}

/// Forgets a root whose archive was destroyed.
pub fn unregister(root: &Element) {
    ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != root));
}

fn show(info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("episode-archive crashed: {info}").into());
    let roots = ROOTS.with(|roots| roots.try_borrow().map(|r| r.clone()).unwrap_or_default());
    for root in roots {
        let Some(document) = root.owner_document() else {
            continue;
        };
        let Ok(message) = document.create_element("p") else {
            continue;
        };
        message.set_class_name("ea-crash");
        let _ = message.set_attribute("role", "alert");
        // In the interface's language: the app keeps its catalog's wording
        // on its root element.
        let text = root
            .query_selector(".ea-app")
            .ok()
            .flatten()
            .and_then(|app| app.get_attribute("data-crash-message"))
            .unwrap_or_else(|| "Something went wrong — reload the page to try again.".to_owned());
        message.set_text_content(Some(&text));
        root.set_text_content(None);
        let _ = root.append_child(&message);
    }
}

//! A panic must not leave a dead box: the hook replaces the widget with a
//! visible message (built as DOM nodes) and logs the details.

use std::panic::PanicHookInfo;

use web_sys::Element;

/// Installs the panic hook for the widget mounted in `root`.
pub fn install(root: Element) {
    std::panic::set_hook(Box::new(move |info| show(&root, info)));
}

fn show(root: &Element, info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("episode-archive crashed: {info}").into());
    let Some(document) = root.owner_document() else {
        return;
    };
    let Ok(message) = document.create_element("p") else {
        return;
    };
    message.set_class_name("ea-crash");
    let _ = message.set_attribute("role", "alert");
    message.set_text_content(Some("Something went wrong — reload the page to try again."));
    root.set_text_content(None);
    let _ = root.append_child(&message);
}

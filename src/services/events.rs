//! `CustomEvent`s for the host page (`episode-archive:ready`, `:search`,
//! `:filter`, `:expand`, `:play`, `:error`): bubbling and composed, so a
//! listener anywhere above the element hears them.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// A value for an event's `detail`.
pub enum Detail<'a> {
    /// A string.
    Str(&'a str),
    /// A number.
    Num(f64),
    /// A list of strings.
    List(&'a [String]),
}

/// Dispatches `episode-archive:{name}` on `host` with `detail`'s fields.
pub fn emit(host: &HtmlElement, name: &str, detail: &[(&str, Detail<'_>)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let value = match value {
            Detail::Str(s) => JsValue::from_str(s),
            Detail::Num(n) => JsValue::from_f64(*n),
            Detail::List(items) => items
                .iter()
                .map(|s| JsValue::from_str(s))
                .collect::<js_sys::Array>()
                .into(),
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) =
        CustomEvent::new_with_event_init_dict(&format!("episode-archive:{name}"), &init)
    {
        let _ = host.dispatch_event(&event);
    }
}

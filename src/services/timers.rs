//! Waiting for the event loop: a promise around `setTimeout`, so async code
//! can give the page a turn without leaking a closure per wait.

use wasm_bindgen_futures::JsFuture;

/// Resolves after `ms` milliseconds (0: after the browser's next turn of
/// input, rendering and other tasks).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

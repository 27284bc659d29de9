//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! the app is rendered with in-memory manifests and driven the way a reader
//! drives it: typing, pressing buttons, reading what shows.
#![cfg(target_arch = "wasm32")]

mod browsing;
mod errors;
mod safety;
mod support;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The archive most tests read: three episodes, one of them hostile.
const SHOW: &str = r#"{
  "version": 1, "title": "Test Show", "description": "A show for tests.", "language": "en",
  "episodes": [
    {"id": "gan", "title": "Training a GAN", "date": "2019-11-01", "number": 88, "duration_seconds": 1080,
     "categories": ["Deep learning", "Generative models"], "summary": "Mode collapse explained.",
     "body": "Mode collapse explained.\n\nSee https://arxiv.org/abs/1406.2661 for the paper."},
    {"id": "cafe", "title": "Café conversations", "date": "2020-03-01",
     "categories": ["Interviews"], "summary": "Talking shop.", "guests": [{"name": "Zoë Smith"}],
     "audio": {"url": "audio/cafe.mp3", "type": "audio/mpeg"},
     "references": [{"title": "A safe paper", "url": "https://example.org/paper"},
                    {"title": "A hostile link", "url": "javascript:alert(1)"}]},
    {"id": "xss", "title": "<script>window.__pwned = true</script><img src=x onerror=alert(1)>",
     "date": "2018-01-01", "categories": ["Deep learning"], "summary": "<b>not bold</b>"}
  ]
}"#;

//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! the app is rendered with in-memory manifests and driven the way a reader
//! drives it: typing, pressing buttons, reading what shows.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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

#[wasm_bindgen_test]
async fn shows_the_archive_newest_first() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    assert_eq!(app.texts(".ea-heading"), ["Test Show"]);
    assert_eq!(app.texts(".ea-description"), ["A show for tests."]);
    let titles = app.texts("article h2");
    assert_eq!(titles[0], "Café conversations");
    assert_eq!(titles[1], "Training a GAN");
    assert!(
        app.text().contains("1 November 2019"),
        "dates read naturally"
    );
    assert!(app.text().contains("Episode 88"));
    assert!(app.text().contains("18 min"));
}

#[wasm_bindgen_test]
async fn typing_a_query_filters_case_and_accent_insensitively() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    app.type_query("CAFE").await;
    app.wait_for_count("1 of 3 episodes").await;
    assert_eq!(app.texts("article h2"), ["Café conversations"]);
    app.type_query("zoe").await;
    app.wait_for_count("1 of 3 episodes").await;
    app.type_query("nothing matches this").await;
    app.wait_for_text("No episodes match these filters.").await;
    app.click_button("Clear filters").await;
    app.wait_for_count("3 episodes").await;
    assert_eq!(app.search_value(), "");
}

#[wasm_bindgen_test]
async fn choosing_categories_narrows_and_clearing_restores() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    assert_eq!(
        app.button("Deep learning")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    app.click_button("Deep learning").await;
    app.wait_for_count("2 of 3 episodes").await;
    assert_eq!(
        app.button("Deep learning")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    app.click_button("Interviews").await;
    app.wait_for_count("3 episodes").await;
    app.click_button("Clear categories").await;
    app.wait_for(|| {
        app.button("Interviews")
            .get_attribute("aria-pressed")
            .as_deref()
            == Some("false")
    })
    .await;
    // Counts follow the keyword.
    app.type_query("gan").await;
    app.wait_for_count("1 of 3 episodes").await;
    assert!(app
        .button("Interviews")
        .text_content()
        .unwrap_or_default()
        .contains("0 episodes"));
}

#[wasm_bindgen_test]
async fn read_full_post_expands_in_place_and_collapses_again() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    let toggle = app.toggle_of("Training a GAN");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!app.text().contains("for the paper"));
    toggle.click();
    app.wait_for_text("for the paper").await;
    assert_eq!(
        app.toggle_of("Training a GAN")
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    let link = app.link("https://arxiv.org/abs/1406.2661");
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer nofollow")
    );
    app.toggle_of("Training a GAN").click();
    app.wait_for(|| !app.text().contains("for the paper")).await;
}

#[wasm_bindgen_test]
async fn guests_references_and_audio_show_with_only_safe_urls() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    let audio = app.one("audio source");
    assert_eq!(
        audio.get_attribute("src").as_deref(),
        Some("https://example.test/audio/cafe.mp3")
    );
    app.toggle_of("Café conversations").click();
    app.wait_for_text("Zoë Smith").await;
    assert_eq!(
        app.link("A safe paper").get_attribute("href").as_deref(),
        Some("https://example.org/paper")
    );
    assert!(
        app.text().contains("A hostile link"),
        "an unsafe reference still shows, as text"
    );
    assert!(app.all("a").iter().all(|a| !a
        .get_attribute("href")
        .unwrap_or_default()
        .starts_with("javascript")));
}

#[wasm_bindgen_test]
async fn markup_in_the_manifest_shows_as_text() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    assert!(app
        .text()
        .contains("<script>window.__pwned = true</script>"));
    assert!(app.text().contains("<b>not bold</b>"));
    assert!(app.all("script, img, b").is_empty());
    assert!(js_sys::Reflect::get(&js_sys::global(), &"__pwned".into())
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
async fn a_malformed_manifest_names_the_reason_with_line_and_column() {
    let app = mount("{\n  \"version\": 1,\n  \"title\": \"x\"\n  \"episodes\": []}").await;
    app.wait_for_text("The archive could not be loaded").await;
    assert!(app.text().contains("https://example.test/archive.json"));
    assert!(
        app.text().contains("Not valid JSON at line 4, column 3"),
        "{}",
        app.text()
    );
    app.button("Retry");
}

#[wasm_bindgen_test]
async fn unreadable_episodes_are_skipped_and_reported() {
    let app = mount(
        r#"{"version": 1, "title": "S", "episodes": [
        {"id": "ok", "title": "Readable"}, {"title": "No id"}, {"id": "n", "title": 7}]}"#,
    )
    .await;
    app.wait_for_count("1 episode").await;
    assert!(app.text().contains("2 episodes could not be read"));
    assert_eq!(app.texts("article h2"), ["Readable"]);
}

#[wasm_bindgen_test]
async fn an_unknown_version_is_a_clear_error() {
    let app = mount(r#"{"version": 7, "title": "S", "episodes": []}"#).await;
    app.wait_for_text("Manifest version 7 is not supported")
        .await;
}

//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//! the app is rendered with in-memory manifests and driven the way a reader
//! drives it: typing, pressing buttons, reading what shows.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
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

const HTML_SHOW: &str = r#"{
  "version": 1, "title": "HTML show",
  "episodes": [
    {"id": "h", "title": "Rich post", "body_format": "html",
     "summary": "<p>Short <strong>summary</strong><script>window.__pwned = 1</script></p>",
     "body": "<h1>Heading</h1><div><p onclick=\"window.__pwned = 2\">Para with <a href=\"javascript:alert(1)\">bad link</a>, <a href=\"notes/1.html\" onmouseover=\"x()\">relative link</a> and <img src=\"cover.jpg\" onerror=\"window.__pwned = 3\"></p></div><iframe src=\"https://evil.example\"></iframe><svg><script>window.__pwned = 4</script></svg><ul><li>one</li><li>two</li></ul><table><tr><td colspan=\"2x\">cell</td></tr></table>"}
  ]
}"#;

#[wasm_bindgen_test]
async fn html_posts_keep_only_allowed_elements_attributes_and_urls() {
    let app = mount(HTML_SHOW).await;
    app.wait_for_count("1 episode").await;
    assert_eq!(app.texts(".ea-summary strong"), ["summary"]);
    assert!(app.all(".ea-summary script").is_empty());
    app.toggle_of("Rich post").click();
    app.wait_for_text("Para with").await;
    let post = app.one(".ea-post");
    assert_eq!(
        app.texts(".ea-post h2"),
        ["Heading"],
        "h1 becomes h2, under the episode title"
    );
    assert_eq!(app.texts(".ea-post li"), ["one", "two"]);
    for selector in [
        "script",
        "iframe",
        "svg",
        "div",
        "[onclick]",
        "[onmouseover]",
        "[onerror]",
        "[colspan]",
    ] {
        assert!(
            post.query_selector(selector).unwrap().is_none(),
            "{selector} should be gone"
        );
    }
    let links = app.all(".ea-post a");
    assert_eq!(
        links[0].get_attribute("href"),
        None,
        "javascript: link loses its href"
    );
    assert_eq!(
        links[1].get_attribute("href").as_deref(),
        Some("https://example.test/notes/1.html")
    );
    assert_eq!(
        links[1].get_attribute("rel").as_deref(),
        Some("noopener noreferrer nofollow")
    );
    let img = app.one(".ea-post img");
    assert_eq!(
        img.get_attribute("src").as_deref(),
        Some("https://example.test/cover.jpg")
    );
    assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(img.get_attribute("alt").as_deref(), Some(""));
    assert!(js_sys::Reflect::get(&js_sys::global(), &"__pwned".into())
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
async fn html_posts_are_searchable_by_their_text_not_their_markup() {
    let app = mount(HTML_SHOW).await;
    app.wait_for_count("1 episode").await;
    app.type_query("para with").await;
    app.wait_for_count("1 episode").await;
    app.type_query("onclick").await;
    app.wait_for_count("0 of 1 episode").await;
    app.type_query("pwned").await;
    app.wait_for_count("0 of 1 episode").await;
}

#[wasm_bindgen_test]
async fn clobbered_forms_cannot_corrupt_the_sanitiser() {
    // <input name=namespaceURI> makes `form.namespaceURI` an element: read
    // through a typed binding that once corrupted wasm memory.
    let app = mount(r#"{"version": 1, "title": "S", "episodes": [{"id": "f", "title": "Forms", "body_format": "html",
        "summary": "<form><input name=namespaceURI><input name=nodeType><input name=nextSibling><input name=getAttribute></form><p>after the form</p>"}]}"#)
    .await;
    app.wait_for_text("after the form").await;
    assert!(app.all(".ea-summary form, .ea-summary input").is_empty());
}

#[wasm_bindgen_test]
async fn matched_words_are_marked_and_typos_forgiven() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    app.type_query("trainig").await; // a typo
    app.wait_for_count("1 of 3 episodes").await;
    // Child components may render a tick after the count: wait, don't assume.
    app.wait_for(|| app.texts("article h2 mark") == ["Training"])
        .await;
    app.type_query("colla").await; // still typing: a prefix
    app.wait_for(|| app.texts(".ea-summary mark") == ["collapse"])
        .await;
    assert_eq!(app.texts(".ea-result-count"), ["1 of 3 episodes"]);
    app.type_query("").await;
    app.wait_for_count("3 episodes").await;
    app.wait_for(|| app.all("mark").is_empty()).await;
}

#[wasm_bindgen_test]
async fn the_sort_control_orders_the_list() {
    let app = mount(SHOW).await;
    app.wait_for_count("3 episodes").await;
    let select: web_sys::HtmlSelectElement = app.one("select").unchecked_into();
    select.set_value("oldest");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    app.wait_for(|| {
        app.texts("article h2").last().map(String::as_str) == Some("Café conversations")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_card_showing_another_episode_gets_that_episodes_player() {
    let app = mount(
        r#"{"version": 1, "title": "S", "episodes": [
        {"id": "a", "title": "Alpha talk", "date": "2021-01-01", "audio": {"url": "a.mp3"}},
        {"id": "b", "title": "Beta talk", "date": "2020-01-01", "audio": {"url": "b.mp3"}}]}"#,
    )
    .await;
    app.wait_for_count("2 episodes").await;
    let first = |selector| app.all(selector).into_iter().next();
    let (card, player) = (first("article"), first("audio"));
    app.type_query("beta").await;
    app.wait_for(|| app.texts("article h2") == ["Beta talk"])
        .await;
    // The list reuses the first card for the episode now in first place…
    assert!(card.is_some_and(|c| c.is_same_node(Some(&app.one("article")))));
    // …but not the first episode's player, which would go on playing it.
    assert!(player.is_some_and(|p| !p.is_same_node(Some(&app.one("audio")))));
    assert_eq!(
        app.one("audio source").get_attribute("src").as_deref(),
        Some("https://example.test/b.mp3")
    );
}

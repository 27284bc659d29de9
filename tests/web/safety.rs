//! Untrusted content: markup shown as text, unsafe URLs dropped, HTML posts
//! reduced to what the allow-list keeps.

use wasm_bindgen_test::*;

use super::support::*;
use super::SHOW;

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
    // The post's own text (the open post also holds its links and buttons).
    let post = app.one(".ea-post-text");
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
    // Each step starts from a state that differs from the one it waits for.
    app.type_query("onclick").await;
    app.wait_for_count("0 of 1 episode").await;
    app.type_query("para with").await;
    app.wait_for_count("1 episode").await;
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

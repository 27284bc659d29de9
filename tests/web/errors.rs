//! Bad manifests: a clear reason for what cannot load, a report of what was skipped.

use wasm_bindgen_test::*;

use super::support::*;

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
    app.wait_for_text("2 episodes could not be read").await;
    app.wait_for_titles(&["Readable"]).await;
}

#[wasm_bindgen_test]
async fn an_unknown_version_is_a_clear_error() {
    let app = mount(r#"{"version": 7, "title": "S", "episodes": []}"#).await;
    app.wait_for_text("Manifest version 7 is not supported")
        .await;
}

#[wasm_bindgen_test]
async fn a_search_index_that_cannot_be_used_leaves_the_manifest_searched() {
    // Not an http(s) URL: refused without a request, like a 404 or a stale hash.
    let app = mount(
        r#"{"version": 1, "title": "S", "search": {"url": "data:,index", "episodes_hash": "0000000000000000"},
        "episodes": [{"id": "a", "title": "Quokkas at dawn", "body_url": "a.json"}, {"id": "b", "title": "Wombats"}]}"#,
    )
    .await;
    app.wait_for_count("2 episodes").await;
    app.type_query("quokka").await;
    // Nothing more is coming, so the status line stops saying so.
    app.wait_for_count("1 of 2 episodes").await;
    app.wait_for_titles(&["Quokkas at dawn"]).await;
    app.wait_for(|| app.all(".ea-pending").is_empty()).await;
}

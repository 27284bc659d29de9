//! Browsing: the list, the search field, categories, sorting, opening posts.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::support::*;
use super::SHOW;

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
        app.text().contains("November 1, 2019"),
        "dates read naturally, the interface language's way (here English)"
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
    app.wait_for_titles(&["Café conversations"]).await;
    // Each step starts from a state that differs from the one it waits for,
    // so a wait can only end on the new query's result.
    app.type_query("nothing matches this").await;
    app.wait_for_text("No episodes match these filters.").await;
    // A guest's name, folded ("Zoë"), finds the episode.
    app.type_query("zoe").await;
    app.wait_for_count("1 of 3 episodes").await;
    app.wait_for_titles(&["Café conversations"]).await;
    app.type_query("nothing matches this").await;
    app.wait_for_text("No episodes match these filters.").await;
    app.click_button("Clear filters").await;
    app.wait_for_count("3 episodes").await;
    // The field sits in a component of its own, which may render after the
    // count: wait for it too.
    app.wait_for(|| app.search_value().is_empty()).await;
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
    app.wait_for(|| {
        app.button("Deep learning")
            .get_attribute("aria-pressed")
            .as_deref()
            == Some("true")
    })
    .await;
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
    app.wait_for(|| {
        app.button("Interviews")
            .text_content()
            .unwrap_or_default()
            .contains("0 episodes")
    })
    .await;
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

#[wasm_bindgen_test]
async fn tags_are_searched_and_shown_quietly_in_the_open_post() {
    let app = mount(
        r#"{"version": 1, "title": "S", "episodes": [
        {"id": "a", "title": "Distillation", "categories": ["Compression"], "tags": ["Hinton", "teacher"], "summary": "Small from big."},
        {"id": "b", "title": "Wombats"}]}"#,
    )
    .await;
    app.wait_for_count("2 episodes").await;
    assert!(
        !app.text().contains("Hinton"),
        "tags stay out of the cards and the category filter"
    );
    app.type_query("hinton").await;
    app.wait_for_count("1 of 2 episodes").await;
    app.wait_for_titles(&["Distillation"]).await;
    app.toggle_of("Distillation").click();
    app.wait_for(|| app.texts(".ea-post-tags") == ["Tags: Hinton, teacher"])
        .await;
}

#[wasm_bindgen_test]
async fn japanese_is_found_by_two_characters_and_arabic_without_its_vowel_marks() {
    let app = mount(
        r#"{"version": 1, "title": "S", "episodes": [
        {"id": "ja", "title": "東京の天気と機械学習", "date": "2024-01-01"},
        {"id": "ar", "title": "الذَّكَاءُ الاصْطِنَاعِيّ", "date": "2024-01-02"},
        {"id": "en", "title": "Weather in English", "date": "2024-01-03"}]}"#,
    )
    .await;
    app.wait_for_count("3 episodes").await;
    app.type_query("天気").await;
    app.wait_for_count("1 of 3 episodes").await;
    assert_eq!(app.texts("article h2"), ["東京の天気と機械学習"]);
    assert_eq!(app.texts("article h2 mark"), ["天気"]);
    app.type_query("الذكاء").await;
    // The count reads as it did: the titles say the list changed.
    app.wait_for_titles(&["الذَّكَاءُ الاصْطِنَاعِيّ"]).await;
    app.wait_for_count("1 of 3 episodes").await;
}

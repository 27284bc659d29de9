//! The demo page (`index.html`) holds the demo archive's first screen as
//! the `embed` command writes it, so the demo paints its newest episodes
//! before the wasm starts, exactly as an embed made by the importer does.
//! After the demo archive changes, `UPDATE_DEMO_PAGE=1 cargo test -p
//! episode-archive-cli --test demo_page` writes the page anew.

use std::path::Path;

use episode_archive_cli::embed::{element, DEFAULT_EPISODES, STYLESHEET};

#[test]
fn the_demo_page_holds_the_demo_archives_first_screen() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest =
        std::fs::read_to_string(root.join("demo/archive.json")).expect("demo/archive.json");
    let archive = episode_archive_core::parse_manifest(&manifest).expect("the demo archive reads");
    let wanted = element(&archive, "demo/archive.json", STYLESHEET, DEFAULT_EPISODES);

    let page_path = root.join("index.html");
    let page = std::fs::read_to_string(&page_path).expect("index.html");
    let start = page
        .find("<episode-archive")
        .expect("index.html has an <episode-archive>");
    let end = page
        .find("</episode-archive>")
        .expect("the element is closed")
        + "</episode-archive>".len();
    if std::env::var_os("UPDATE_DEMO_PAGE").is_some() {
        let updated = format!("{}{wanted}{}", &page[..start], &page[end..]);
        std::fs::write(&page_path, updated).expect("index.html written");
        return;
    }
    assert!(
        page[start..end] == wanted,
        "index.html's <episode-archive> is not the demo archive's first screen: \
         run UPDATE_DEMO_PAGE=1 cargo test -p episode-archive-cli --test demo_page"
    );
}

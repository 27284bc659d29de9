//! Any text as a feed's HTML through the importer's cleaning (ammonia, set
//! up from the core's allow-list): no script, frame, style or form element,
//! no event handler and no URL but http(s)/mailto survives, relative URLs
//! come out absolute against the site — also after what came out is parsed
//! and cleaned again, as the widget parses it (a parse and serialise need
//! not give back the same markup: `<h1>` inside `<h1>` serialises, and
//! parses back as siblings, so the check is safety, not equality). The
//! plain-text summary never panics and keeps its length.
#![no_main]

use episode_archive_cli::html::{cut_at_word, plain_text, sanitiser};
use libfuzzer_sys::fuzz_target;

#[path = "support/serialised_html.rs"]
mod serialised_html;
use serialised_html::{tags, unsafe_tag};

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let clean = sanitiser(Some("https://show.example/feed/")).clean(&html).to_string();
    let again = sanitiser(Some("https://show.example/feed/")).clean(&clean).to_string();
    for output in [&clean, &again] {
        for tag in tags(output) {
            if let Some(why) = unsafe_tag(tag) {
                panic!("{why} in {tag:?}\ninput: {html:?}\nclean: {clean:?}\nagain: {again:?}");
            }
        }
    }
    let text = plain_text(&html);
    let cut = cut_at_word(&text, 40);
    assert!(cut.chars().count() <= 41, "{cut:?}");
});

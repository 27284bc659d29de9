//! Any page URL's query string: the view read from it, written back and
//! read again, is the same view; the page's own parameters survive.
#![no_main]

use episode_archive_core::url_state::{read, write};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|search: &str| {
    let view = read(search, "ea");
    let written = write(search, "ea", &view);
    assert_eq!(read(&written, "ea"), view, "{search:?} → {written:?}");
    // Writing again changes nothing more.
    assert_eq!(write(&written, "ea", &view), written);
});

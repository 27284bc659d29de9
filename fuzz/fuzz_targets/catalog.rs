//! A site's wording as the widget receives it (the line form of
//! `strings`): whatever the text, reading it never panics, every message
//! kept uses only its English's placeholders and has an `other` form, and
//! every message can be looked up and filled for every plural category.
#![no_main]

use episode_archive_core::i18n::{entries_from_lines, Catalog, Key, Plural, Strings};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (site, _problems) = Catalog::read(entries_from_lines(text));
    let strings = Strings {
        language: Catalog::default(),
        site,
    };
    for &key in Key::ALL {
        if let Some(message) = strings.site.get(key) {
            let allowed = key.english().placeholders();
            assert!(message.placeholders().iter().all(|p| allowed.contains(p)), "{key:?}");
            assert!(message.categories().contains(&Plural::Other), "{key:?}");
        }
        for plural in Plural::ALL {
            let _ = strings.format(key, plural, &[("count", "3"), ("title", "T")]);
        }
    }
});

//! The element's attributes are named in three places — the loader's list
//! of observed attributes and what it hands to the wasm, and the core's
//! reading — and must agree: a name in one and not the others would read
//! silently as "absent". The core's `attributes::OBSERVED` is the list the
//! others are checked against.

use std::cell::RefCell;
use std::collections::BTreeSet;

use episode_archive_core::attributes::{Attributes, OBSERVED};

fn loader() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../loader/episode-archive.js"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The quoted strings between `start` and the next `end`.
fn quoted(text: &str, start: &str, end: &str) -> Vec<String> {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} not found"))
        + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("{end:?} not found"));
    text[from..to]
        .split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_loader_observes_exactly_the_listed_attributes() {
    let observed = quoted(&loader(), "const ATTRIBUTES = [", "];");
    let listed: Vec<String> = OBSERVED
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    assert_eq!(observed, listed);
}

#[test]
fn the_loader_hands_each_attribute_over_under_its_listed_key() {
    let loader = loader();
    let from = loader
        .find("#attributes() {")
        .expect("the loader's #attributes()");
    let body = &loader[from..from + loader[from..].find("\n  }\n").expect("its end")];
    // `key: this.getAttribute('name')`, and `src`, resolved against the page.
    let mut handed: BTreeSet<(String, String)> = BTreeSet::new();
    for line in body.lines().map(str::trim) {
        if let Some((key, rest)) = line.split_once(": this.getAttribute('") {
            let name = rest.split('\'').next().unwrap_or_default();
            handed.insert((name.to_owned(), key.to_owned()));
        }
    }
    // `src` resolved against the page; `lang` the interface language the
    // loader chose (see its #language()).
    assert!(body.contains("const src = this.getAttribute('src')") && body.contains("src: src ?"));
    handed.insert(("src".into(), "src".into()));
    assert!(body.contains("lang: this.#texts.lang"));
    handed.insert(("lang".into(), "lang".into()));
    let listed: BTreeSet<(String, String)> = OBSERVED
        .iter()
        .filter_map(|&(name, key)| Some((name.to_owned(), key?.to_owned())))
        .collect();
    assert_eq!(handed, listed);
}

#[test]
fn the_core_reads_every_listed_key_but_the_source() {
    let asked = RefCell::new(BTreeSet::new());
    let _ = Attributes::from_lookup(|key| {
        asked.borrow_mut().insert(key.to_owned());
        None
    });
    let listed: BTreeSet<String> = OBSERVED
        .iter()
        .filter_map(|&(_, key)| key)
        .filter(|&key| key != "src")
        .map(str::to_owned)
        .collect();
    assert_eq!(asked.into_inner(), listed);
}

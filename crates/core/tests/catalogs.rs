//! The shipped message catalogs (`locales/*.json`): every language has
//! every message, each parses, its placeholders are English's, and each
//! plural message has exactly the categories CLDR gives its language. Also
//! keeps `locales/en.json` (English with each message's note, for
//! translators) and the tests' pseudo-locale current: `UPDATE_CATALOGS=1
//! cargo test --test catalogs` writes them.

use std::path::PathBuf;

use episode_archive_core::i18n::{Catalog, Key, Plural, RawMessage, SHIPPED};
use serde_json::{json, Map, Value};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// CLDR's cardinal plural categories for each shipped language (CLDR 46,
/// `plurals.xml`), the ones each plural message must have.
const CLDR: [(&str, &[Plural]); 12] = {
    use Plural::*;
    [
        ("en", &[One, Other]),
        ("de", &[One, Other]),
        ("fr", &[One, Many, Other]),
        ("es", &[One, Many, Other]),
        ("it", &[One, Many, Other]),
        ("pt", &[One, Many, Other]),
        ("nl", &[One, Other]),
        ("pl", &[One, Few, Many, Other]),
        ("ru", &[One, Few, Many, Other]),
        ("ja", &[Other]),
        ("zh-CN", &[Other]),
        ("ar", &[Zero, One, Two, Few, Many, Other]),
    ]
};

/// A catalog file's members as the widget hands them to the core.
fn entries(value: &Value) -> Vec<(String, RawMessage)> {
    let Value::Object(members) = value else {
        panic!("a catalog is a JSON object");
    };
    members
        .iter()
        .map(|(key, value)| {
            let raw = match value {
                Value::String(s) => RawMessage::Text(s.clone()),
                Value::Object(forms) => RawMessage::Forms(
                    forms
                        .iter()
                        .map(|(k, v)| (k.clone(), v.as_str().map(str::to_owned)))
                        .collect(),
                ),
                Value::Null => RawMessage::Other("null"),
                Value::Bool(_) => RawMessage::Other("a boolean"),
                Value::Number(_) => RawMessage::Other("a number"),
                Value::Array(_) => RawMessage::Other("an array"),
            };
            (key.clone(), raw)
        })
        .collect()
}

fn read_catalog(tag: &str) -> Value {
    let path = repo().join(format!("locales/{tag}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_shipped_language_has_every_message_with_english_placeholders_and_cldr_plurals() {
    assert_eq!(
        SHIPPED.map(|t| t),
        CLDR.map(|(t, _)| t),
        "the CLDR table names the shipped languages"
    );
    for (tag, categories) in CLDR.iter().skip(1) {
        let value = read_catalog(tag);
        assert_eq!(
            value["@@locale"],
            json!(tag),
            "{tag}: @@locale names the file's language"
        );
        let (catalog, problems) = Catalog::read(entries(&value));
        assert!(problems.is_empty(), "{tag}: {problems:?}");
        for &key in Key::ALL {
            let message = catalog
                .get(key)
                .unwrap_or_else(|| panic!("{tag}: no \"{}\"", key.name()));
            fn sorted(mut v: Vec<&str>) -> Vec<&str> {
                v.sort_unstable();
                v
            }
            assert_eq!(
                sorted(message.placeholders()),
                sorted(key.english().placeholders()),
                "{tag} \"{}\": placeholders differ from English's",
                key.name()
            );
            let expected: &[Plural] = if key.english().has_forms() {
                categories
            } else {
                &[Plural::Other]
            };
            let mut categories = message.categories();
            categories.sort_unstable();
            assert_eq!(
                categories,
                expected,
                "{tag} \"{}\": plural categories",
                key.name()
            );
        }
    }
}

#[test]
fn english_has_each_plural_category_english_needs() {
    for &key in Key::ALL {
        let english = key.english();
        let mut forms: Vec<Plural> = english.forms().iter().map(|(p, _)| *p).collect();
        forms.sort_unstable();
        let expected: &[Plural] = if english.has_forms() {
            &[Plural::One, Plural::Other]
        } else {
            &[Plural::Other]
        };
        assert_eq!(forms, expected, "{}", key.name());
        for (_, text) in english.forms() {
            assert!(
                episode_archive_core::i18n::placeholders(text).is_ok(),
                "{}",
                key.name()
            );
        }
    }
}

/// Each key's note, from the `///` lines above its variant in messages.rs.
fn notes() -> Vec<(String, String)> {
    let source = std::fs::read_to_string(repo().join("crates/core/src/i18n/messages.rs"))
        .expect("messages.rs");
    let body = source
        .split("\nmessages! {")
        .nth(1)
        .expect("the messages! invocation");
    let mut notes = Vec::new();
    let mut doc = Vec::new();
    for line in body.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim().to_owned());
        } else if let Some((_, rest)) = line.split_once("= \"") {
            let key = rest.split('"').next().unwrap_or_default().to_owned();
            notes.push((key, doc.join(" ")));
            doc.clear();
        }
    }
    notes
}

fn message_json(forms: &[(Plural, &str)]) -> Value {
    if forms.len() == 1 {
        json!(forms[0].1)
    } else {
        Value::Object(
            forms
                .iter()
                .map(|(p, t)| (p.name().to_owned(), json!(t)))
                .collect(),
        )
    }
}

/// Pseudo-English: every letter accented, 40 % longer, in brackets, so a
/// string that bypasses the catalog stands out as plain English.
fn pseudo(text: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "áƀçđéƒĝĥíĵķĺɱñóþǫŕšťúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŤÚṼŴẊÝŽ";
    let mut out = String::from("［");
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        match FROM.find(c) {
            Some(i) if !in_placeholder => out.push(TO.chars().nth(i).unwrap_or(c)),
            _ => out.push(c),
        }
    }
    let pad = text.chars().count() * 2 / 5;
    out.extend(std::iter::repeat_n('·', pad));
    out.push('］');
    out
}

#[test]
fn the_english_reference_and_the_pseudo_locale_are_current() {
    let notes = notes();
    assert_eq!(notes.len(), Key::ALL.len(), "one note per key");
    let mut english = Map::new();
    let mut xa = Map::new();
    english.insert("@@locale".into(), json!("en"));
    xa.insert("@@locale".into(), json!("en-XA"));
    for (&key, (name, note)) in Key::ALL.iter().zip(&notes) {
        assert_eq!(key.name(), name, "notes follow the keys' order");
        english.insert(name.clone(), message_json(key.english().forms()));
        english.insert(format!("@{name}"), json!(note));
        let forms: Vec<(Plural, String)> = key
            .english()
            .forms()
            .iter()
            .map(|(p, t)| (*p, pseudo(t)))
            .collect();
        let forms: Vec<(Plural, &str)> = forms.iter().map(|(p, t)| (*p, t.as_str())).collect();
        xa.insert(name.clone(), message_json(&forms));
    }
    for (path, value) in [
        (repo().join("locales/en.json"), Value::Object(english)),
        (
            repo().join("tests/e2e/fixtures/i18n/en-XA.json"),
            Value::Object(xa),
        ),
    ] {
        let text = serde_json::to_string_pretty(&value).expect("json") + "\n";
        if std::env::var_os("UPDATE_CATALOGS").is_some() {
            std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
            std::fs::write(&path, &text).expect("write");
        }
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            written == text,
            "{} is not current: run UPDATE_CATALOGS=1 cargo test --test catalogs",
            path.display()
        );
    }
}

#[test]
fn a_site_catalog_keeps_good_entries_and_reports_each_bad_one() {
    let value = json!({
        "@note": "skipped",
        "read_full_post": "Weiterlesen",
        "episode_count": {"one": "{count} Folge", "other": "{count} Folgen"},
        "no_such_key": "x",
        "retry": 3,
        "copy_link": {"other": "Kopieren"},
        "results_some": {"one": "{shown} von {count}"},
        "show_matching": {"several": "x", "other": "y"},
        "listen_to": "Hören: {name}",
        "guests": "Mit {names",
        "tags": {"one": null, "other": "x"}
    });
    let (catalog, problems) = Catalog::read(entries(&value));
    assert_eq!(
        catalog
            .get(Key::ReadFullPost)
            .map(|m| m.pick(Plural::Other)),
        Some("Weiterlesen")
    );
    assert_eq!(
        catalog.get(Key::EpisodeCount).map(|m| m.pick(Plural::One)),
        Some("{count} Folge")
    );
    // serde_json's maps are ordered by key.
    let reported: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.key.as_str(), p.reason.as_str()))
        .collect();
    assert_eq!(
        reported,
        [
            (
                "copy_link",
                "this message has no plural forms: give a string"
            ),
            ("guests", "the brace at byte 4 starts no placeholder"),
            (
                "listen_to",
                "{name} is not one of this message's placeholders ({title})"
            ),
            ("no_such_key", "no message has this key"),
            ("results_some", "it has no \"other\" form"),
            (
                "retry",
                "a number, not a string or an object of plural forms"
            ),
            (
                "show_matching",
                "\"several\" is not a plural category (zero, one, two, few, many, other)"
            ),
            ("tags", "this message has no plural forms: give a string"),
        ]
    );
    for key in ["retry", "copy_link", "listen_to", "guests"] {
        let key = Key::from_name(key).expect("a key");
        assert!(catalog.get(key).is_none(), "{} was not taken", key.name());
    }
}

#[test]
fn lookup_falls_back_from_the_site_to_the_language_to_english() {
    use episode_archive_core::i18n::Strings;
    let (language, _) = Catalog::read(entries(&json!({
        "read_full_post": "Ganzen Beitrag lesen",
        "episode_count": {"one": "{count} Folge", "other": "{count} Folgen"}
    })));
    let (site, _) = Catalog::read(entries(&json!({"read_full_post": "Weiterlesen"})));
    let strings = Strings { language, site };
    assert_eq!(strings.get(Key::ReadFullPost, Plural::Other), "Weiterlesen");
    assert_eq!(
        strings.format(Key::EpisodeCount, Plural::One, &[("count", "1")]),
        "1 Folge"
    );
    assert_eq!(
        strings.format(Key::EpisodeCount, Plural::Few, &[("count", "3")]),
        "3 Folgen",
        "a missing category is other"
    );
    assert_eq!(
        strings.get(Key::Retry, Plural::Other),
        "Retry",
        "a missing message is English"
    );
    assert_eq!(
        Strings::default().format(
            Key::ResultsSome,
            Plural::One,
            &[("shown", "0"), ("count", "1")]
        ),
        "0 of 1 episode"
    );
}

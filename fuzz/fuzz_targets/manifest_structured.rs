//! Manifests that look valid, built field by field, so the fuzzer reaches
//! deep inside the reader: every episode is read or reported, none lost.
#![no_main]

use arbitrary::Arbitrary;
use episode_archive_core::parse_manifest;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

#[derive(Debug, Arbitrary)]
enum Field {
    Text(String),
    Number(i64),
    Float(f64),
    Bool(bool),
    Null,
    List(Vec<String>),
}

impl Field {
    fn value(&self) -> Value {
        match self {
            Field::Text(s) => json!(s),
            Field::Number(n) => json!(n),
            Field::Float(f) => json!(f),
            Field::Bool(b) => json!(b),
            Field::Null => Value::Null,
            Field::List(items) => json!(items),
        }
    }
}

#[derive(Debug, Arbitrary)]
struct Episode {
    id: Field,
    title: Field,
    date: Option<Field>,
    categories: Option<Field>,
    body: Option<Field>,
    body_format: Option<Field>,
    duration_seconds: Option<Field>,
    tags: Option<Field>,
    /// `chapter_list` items: (start, title).
    chapter_list: Option<Vec<(Field, Field)>>,
    /// `transcripts` items: (url, type, language).
    transcripts: Option<Vec<(Field, Field, Field)>>,
    extra: Option<(String, Field)>,
}

#[derive(Debug, Arbitrary)]
struct Manifest {
    title: Field,
    episodes: Vec<Episode>,
    search: Option<(Field, Field)>,
}

fuzz_target!(|m: Manifest| {
    let episodes: Vec<Value> = m
        .episodes
        .iter()
        .map(|e| {
            let mut o = serde_json::Map::new();
            o.insert("id".into(), e.id.value());
            o.insert("title".into(), e.title.value());
            for (key, field) in [
                ("date", &e.date),
                ("categories", &e.categories),
                ("body", &e.body),
                ("body_format", &e.body_format),
                ("duration_seconds", &e.duration_seconds),
                ("tags", &e.tags),
            ] {
                if let Some(f) = field {
                    o.insert(key.into(), f.value());
                }
            }
            if let Some(marks) = &e.chapter_list {
                let marks: Vec<Value> = marks
                    .iter()
                    .map(|(start, title)| json!({"start": start.value(), "title": title.value()}))
                    .collect();
                o.insert("chapter_list".into(), Value::Array(marks));
            }
            if let Some(links) = &e.transcripts {
                let links: Vec<Value> = links
                    .iter()
                    .map(|(url, kind, language)| json!({"url": url.value(), "type": kind.value(), "language": language.value()}))
                    .collect();
                o.insert("transcripts".into(), Value::Array(links));
            }
            if let Some((k, f)) = &e.extra {
                o.insert(k.clone(), f.value());
            }
            Value::Object(o)
        })
        .collect();
    let mut top = json!({"version": 1, "title": m.title.value(), "episodes": episodes});
    if let Some((url, hash)) = &m.search {
        top["search"] = json!({"url": url.value(), "episodes_hash": hash.value()});
    }
    let text = top.to_string();
    if let Ok(archive) = parse_manifest(&text) {
        let skipped = archive.problems.iter().filter(|p| p.skipped).count();
        assert_eq!(archive.episodes.len() + skipped, m.episodes.len(), "{text}");
    }
});

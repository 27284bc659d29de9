//! Reading the manifest's types out of a [`Node`] tree, field by field,
//! with a message that names the field when one does not fit (`` `audio.url`
//! is missing``, `` `guests[2].name` is a number, not a string``).
//!
//! Unknown fields never reach the tree, so newer manifests load in older
//! widgets and a field this build does not know may hold anything. `null`
//! counts as absent for every optional field. Values are moved out of the
//! tree, never copied.

use std::fmt;

use crate::json::{take, Kind, Members, Node};
use crate::model::{Audio, BodyDocument, BodyFormat, Episode, Guest, MediaLink, Person, Reference};

/// A field that does not fit, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldError {
    /// `title`, `audio.url`, `categories[3]`; empty for the value itself.
    path: String,
    /// "is missing", "is a number, not a string"…
    problem: String,
}

impl FieldError {
    fn new(key: &str, problem: String) -> Self {
        Self {
            path: key.to_owned(),
            problem,
        }
    }

    fn missing(key: &str) -> Self {
        Self::new(key, "is missing".into())
    }

    fn wrong(key: &str, found: Kind, wanted: &str) -> Self {
        Self::new(key, format!("is {}, not {wanted}", found.described()))
    }

    /// The same error seen from the object or array that holds it.
    fn within(self, parent: &str, index: Option<usize>) -> Self {
        let dot = if self.path.is_empty() { "" } else { "." };
        let path = match index {
            Some(i) => format!("{parent}[{i}]{dot}{}", self.path),
            None => format!("{parent}{dot}{}", self.path),
        };
        Self { path, ..self }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "it {}", self.problem)
        } else {
            write!(f, "`{}` {}", self.path, self.problem)
        }
    }
}

pub(crate) type Read<T> = Result<T, FieldError>;

/// An optional string field (`null` is absent).
pub(crate) fn opt_string(obj: &mut Members, key: &'static str) -> Read<Option<String>> {
    match take(obj, key) {
        None | Some(Node::Null) => Ok(None),
        Some(node) => text(node).map(Some).map_err(|e| e.within(key, None)),
    }
}

/// A string field that must be there.
pub(crate) fn string(obj: &mut Members, key: &'static str) -> Read<String> {
    opt_string(obj, key)?.ok_or_else(|| FieldError::missing(key))
}

/// The value itself, which must be a string.
fn text(node: Node) -> Read<String> {
    match node {
        Node::Text(text) => Ok(text.into_owned()),
        other => Err(FieldError::wrong("", other.kind(), "a string")),
    }
}

/// An optional whole number from 0 to `u32::MAX`.
fn opt_u32(obj: &mut Members, key: &'static str) -> Read<Option<u32>> {
    match take(obj, key) {
        None | Some(Node::Null) => Ok(None),
        Some(Node::Number(n)) => match n.map(u32::try_from) {
            Some(Ok(n)) => Ok(Some(n)),
            // The number is not printed: printing floats would bring
            // 14 KB of wasm for this one message.
            _ => Err(FieldError::new(
                key,
                format!("is not a whole number from 0 to {}", u32::MAX),
            )),
        },
        Some(other) => Err(FieldError::wrong(key, other.kind(), "a number")),
    }
}

/// An optional array field, each item read by `item`.
fn list<T>(obj: &mut Members, key: &'static str, item: fn(Node) -> Read<T>) -> Read<Vec<T>> {
    match take(obj, key) {
        None | Some(Node::Null) => Ok(Vec::new()),
        Some(Node::Items(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, node)| item(node).map_err(|e| e.within(key, Some(i))))
            .collect(),
        Some(other) => Err(FieldError::wrong(key, other.kind(), "an array")),
    }
}

/// An optional object field, read by `read`.
fn opt_object<T>(
    obj: &mut Members,
    key: &'static str,
    read: fn(&mut Members) -> Read<T>,
) -> Read<Option<T>> {
    match take(obj, key) {
        None | Some(Node::Null) => Ok(None),
        Some(node) => object(node, read)
            .map(Some)
            .map_err(|e| e.within(key, None)),
    }
}

/// The value itself, which must be an object, read by `read`.
pub(crate) fn object<T>(node: Node, read: fn(&mut Members) -> Read<T>) -> Read<T> {
    match node {
        Node::Members(mut members) => read(&mut members),
        other => Err(FieldError::wrong("", other.kind(), "an object")),
    }
}

fn body_format(obj: &mut Members) -> Read<BodyFormat> {
    match opt_string(obj, "body_format")?.as_deref() {
        None | Some("text") => Ok(BodyFormat::Text),
        Some("html") => Ok(BodyFormat::Html),
        Some(other) => Err(FieldError::new(
            "body_format",
            format!("is \"{other}\", not \"text\" or \"html\""),
        )),
    }
}

/// Audio has a media link's fields.
fn audio(obj: &mut Members) -> Read<Audio> {
    let MediaLink { url, mime_type } = media_link(obj)?;
    Ok(Audio { url, mime_type })
}

fn media_link(obj: &mut Members) -> Read<MediaLink> {
    Ok(MediaLink {
        url: string(obj, "url")?,
        mime_type: opt_string(obj, "type")?,
    })
}

fn guest(obj: &mut Members) -> Read<Guest> {
    Ok(Guest {
        name: string(obj, "name")?,
    })
}

fn reference(obj: &mut Members) -> Read<Reference> {
    Ok(Reference {
        title: string(obj, "title")?,
        url: opt_string(obj, "url")?,
    })
}

fn person(obj: &mut Members) -> Read<Person> {
    Ok(Person {
        name: string(obj, "name")?,
        role: opt_string(obj, "role")?,
        url: opt_string(obj, "url")?,
    })
}

/// One episode, as written; checks beyond the types (empty ids, dates)
/// are the loader's.
pub(crate) fn episode(obj: &mut Members) -> Read<Episode> {
    Ok(Episode {
        id: string(obj, "id")?,
        title: string(obj, "title")?,
        date: opt_string(obj, "date")?,
        number: opt_u32(obj, "number")?,
        categories: list(obj, "categories", text)?,
        summary: opt_string(obj, "summary")?.unwrap_or_default(),
        body: opt_string(obj, "body")?,
        body_url: opt_string(obj, "body_url")?,
        body_format: body_format(obj)?,
        duration_seconds: opt_u32(obj, "duration_seconds")?,
        audio: opt_object(obj, "audio", audio)?,
        link: opt_string(obj, "link")?,
        guests: list(obj, "guests", |v| object(v, guest))?,
        references: list(obj, "references", |v| object(v, reference))?,
        season: opt_u32(obj, "season")?,
        image: opt_string(obj, "image")?,
        transcripts: list(obj, "transcripts", |v| object(v, media_link))?,
        chapters: opt_object(obj, "chapters", media_link)?,
        people: list(obj, "people", |v| object(v, person))?,
    })
}

/// What a `body_url` returns.
pub(crate) fn body_document(obj: &mut Members) -> Read<BodyDocument> {
    Ok(BodyDocument {
        body: string(obj, "body")?,
        body_format: body_format(obj)?,
    })
}

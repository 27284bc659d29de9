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
use crate::model::{
    Audio, BodyDocument, BodyFormat, ChapterMark, Episode, Guest, MediaLink, Person, Reference,
    SearchIndexRef,
};

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

/// Declares how one object of the format is read, each field on one line:
/// its key (the field's name unless `as "key"` says otherwise), the reading,
/// and so the path its errors name. From the same lines come `$keys`, the
/// members the JSON reader keeps at that object's depth (`json::visit`), so
/// a field is declared once for the reading, the kept keys and the errors.
macro_rules! object {
    (
        $(#[$meta:meta])*
        $vis:vis fn $name:ident -> $ty:ident, keys $keys:ident {
            $($field:ident $(as $key:literal)?: $read:expr,)*
        }
    ) => {
        #[doc = concat!("The members [`", stringify!($name), "`](fn@", stringify!($name), ") reads.")]
        pub(crate) const $keys: &[&str] = &[$(key!($field $(, $key)?)),*];

        $(#[$meta])*
        $vis fn $name(obj: &mut Members) -> Read<$ty> {
            Ok($ty {
                $($field: ($read)(obj, key!($field $(, $key)?))?,)*
            })
        }
    };
}

/// A field's key: its name, or the one given.
macro_rules! key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident, $key:literal) => {
        $key
    };
}

/// `body_format`: "text" (also when absent) or "html".
fn body_format(obj: &mut Members, key: &'static str) -> Read<BodyFormat> {
    match opt_string(obj, key)?.as_deref() {
        None | Some("text") => Ok(BodyFormat::Text),
        Some("html") => Ok(BodyFormat::Html),
        Some(other) => Err(FieldError::new(
            key,
            format!("is \"{other}\", not \"text\" or \"html\""),
        )),
    }
}

/// A string that may be absent, read as empty.
fn string_or_empty(obj: &mut Members, key: &'static str) -> Read<String> {
    Ok(opt_string(obj, key)?.unwrap_or_default())
}

/// The show's own fields at the manifest's top level (`version` and
/// `episodes` are the loader's).
pub(crate) struct Show {
    /// `title`.
    pub(crate) title: String,
    /// `description`, empty when absent.
    pub(crate) description: String,
    /// `link`.
    pub(crate) link: Option<String>,
    /// `language`.
    pub(crate) language: Option<String>,
    /// `image`.
    pub(crate) image: Option<String>,
}

object! {
    /// The show's fields of the manifest's top level.
    pub(crate) fn show -> Show, keys SHOW_KEYS {
        title: string,
        description: string_or_empty,
        link: opt_string,
        language: opt_string,
        image: opt_string,
    }
}

object! {
    /// The manifest's `search`: its prebuilt index.
    pub(crate) fn search_index -> SearchIndexRef, keys SEARCH_KEYS {
        url: string,
        episodes_hash: string,
    }
}

/// The manifest's optional `search` member: the index, none, or why it
/// cannot be read (the manifest is read anyway: the index only adds words).
pub(crate) fn search(obj: &mut Members) -> Result<Option<SearchIndexRef>, String> {
    opt_object(obj, "search", search_index).map_err(|e| e.to_string())
}

object! {
    /// A media link: audio, chapters, a transcript.
    fn media_link -> MediaLink, keys MEDIA_LINK_KEYS {
        url: string,
        mime_type as "type": opt_string,
        language: opt_string,
    }
}

object! {
    /// A chapter written into the manifest.
    fn chapter_mark -> ChapterMark, keys CHAPTER_MARK_KEYS {
        start: string,
        title: string,
        url: opt_string,
        image: opt_string,
    }
}

object! {
    /// Audio has a media link's fields.
    fn audio -> Audio, keys AUDIO_KEYS {
        url: string,
        mime_type as "type": opt_string,
    }
}

object! {
    /// A guest.
    fn guest -> Guest, keys GUEST_KEYS {
        name: string,
    }
}

object! {
    /// A reference.
    fn reference -> Reference, keys REFERENCE_KEYS {
        title: string,
        url: opt_string,
    }
}

object! {
    /// A person (`podcast:person`).
    fn person -> Person, keys PERSON_KEYS {
        name: string,
        role: opt_string,
        url: opt_string,
    }
}

object! {
    /// One episode, as written; checks beyond the types (empty ids, dates)
    /// are the loader's.
    pub(crate) fn episode -> Episode, keys EPISODE_KEYS {
        id: string,
        title: string,
        date: opt_string,
        number: opt_u32,
        categories: |o, k| list(o, k, text),
        tags: |o, k| list(o, k, text),
        summary: string_or_empty,
        body: opt_string,
        body_url: opt_string,
        body_format: body_format,
        duration_seconds: opt_u32,
        audio: |o, k| opt_object(o, k, audio),
        link: opt_string,
        guests: |o, k| list(o, k, |v| object(v, guest)),
        references: |o, k| list(o, k, |v| object(v, reference)),
        season: opt_u32,
        image: opt_string,
        transcripts: |o, k| list(o, k, |v| object(v, media_link)),
        chapters: |o, k| opt_object(o, k, media_link),
        chapter_list: |o, k| list(o, k, |v| object(v, chapter_mark)),
        people: |o, k| list(o, k, |v| object(v, person)),
    }
}

object! {
    /// What a `body_url` returns.
    pub(crate) fn body_document -> BodyDocument, keys BODY_DOCUMENT_KEYS {
        body: string,
        body_format: body_format,
    }
}

/// The members the JSON reader keeps at each depth: the manifest's top
/// level (and a body document's), an episode, and the objects inside it.
pub(crate) fn known(depth: u8, key: &str) -> bool {
    let tables: &[&[&str]] = match depth {
        // `episodes` is the reader's own; `version` the loader's.
        0 => &[SHOW_KEYS, BODY_DOCUMENT_KEYS, &["version", "search"]],
        // The members of a top-level object: `search`.
        1 => &[SEARCH_KEYS],
        2 => &[EPISODE_KEYS],
        // Audio and chapters (3), and the items of guests, references,
        // transcripts and people (4).
        3 | 4 => &[
            AUDIO_KEYS,
            MEDIA_LINK_KEYS,
            GUEST_KEYS,
            REFERENCE_KEYS,
            PERSON_KEYS,
            CHAPTER_MARK_KEYS,
        ],
        _ => &[],
    };
    tables.iter().any(|keys| keys.contains(&key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_reader_keeps_exactly_the_declared_members_at_their_depths() {
        let cases: [(u8, &[&str], bool); 7] = [
            (
                0,
                &[
                    "title",
                    "description",
                    "link",
                    "language",
                    "version",
                    "body",
                    "body_format",
                ],
                true,
            ),
            (0, &["episodes", "id", "rating"], false),
            (2, EPISODE_KEYS, true),
            (2, &["episodes", "rating", "version"], false),
            (3, &["url", "type"], true),
            (4, &["name", "title", "url", "role", "type"], true),
            (5, &["url", "name"], false),
        ];
        for (depth, keys, kept) in cases {
            for key in keys {
                assert_eq!(known(depth, key), kept, "{key:?} at depth {depth}");
            }
        }
        assert!(EPISODE_KEYS.contains(&"chapter_list") && EPISODE_KEYS.len() == 21);
    }
}

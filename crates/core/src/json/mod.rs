//! A manifest's JSON in one pass, as a small tree of what the format uses.
//!
//! serde_json checks the text and hands over each value; [`Node`] keeps the
//! values of the fields the format knows and skips the rest without looking
//! inside. Reading the manifest's types out of the tree is ours
//! (`crate::read`), not derived: derived readers were a sixth of the wasm
//! (one monomorphised deserializer per type and field type), and serde's
//! type-error messages print floats, 14 KB of wasm on their own. Every value
//! here goes through one visitor that accepts any kind, so no type error is
//! ever raised inside serde and no float is ever printed.

use std::borrow::Cow;

use serde::de::Deserializer;

mod visit;

use visit::Top;

/// What kind of JSON value something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl Kind {
    /// The kind in words, for messages: "a string", "null"…
    pub fn described(self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool => "a boolean",
            Self::Number => "a number",
            Self::String => "a string",
            Self::Array => "an array",
            Self::Object => "an object",
        }
    }
}

/// A JSON value as far as the manifest format reaches into it.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number, with its value when it is a whole number from 0 to
    /// `u64::MAX` (the only numbers the format has).
    Number(Option<u64>),
    /// A string, borrowed from the text unless it had escapes.
    Text(Cow<'a, str>),
    /// An array's items.
    Items(Vec<Node<'a>>),
    /// An object's members, in the order written; members the format does
    /// not know are left out.
    Members(Members<'a>),
    /// An array or object deeper than the format goes, skipped.
    Deep(Kind),
}

/// An object's members.
pub type Members<'a> = Vec<(Cow<'a, str>, Node<'a>)>;

impl Node<'_> {
    /// Its kind.
    pub fn kind(&self) -> Kind {
        match self {
            Self::Null => Kind::Null,
            Self::Bool => Kind::Bool,
            Self::Number(_) => Kind::Number,
            Self::Text(_) => Kind::String,
            Self::Items(_) => Kind::Array,
            Self::Members(_) => Kind::Object,
            Self::Deep(kind) => *kind,
        }
    }
}

/// Takes the member named `key` out (the last one, when the key is
/// repeated, as in JSON.parse), leaving `null` in its place.
pub fn take<'a>(members: &mut Members<'a>, key: &str) -> Option<Node<'a>> {
    let (_, node) = members.iter_mut().rev().find(|(k, _)| k == key)?;
    Some(std::mem::replace(node, Node::Null))
}

/// Checks `text` as one JSON document and reads it into a [`Node`]. The
/// items of a top-level `episodes` array go to `on_episode` as they are
/// read, not into the tree: an archive's episodes are never all held twice.
pub fn parse<'a>(
    text: &'a str,
    on_episode: &mut dyn FnMut(Node<'a>),
) -> Result<Node<'a>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let node = de.deserialize_any(Top { on_episode })?;
    de.end()?;
    Ok(node)
}

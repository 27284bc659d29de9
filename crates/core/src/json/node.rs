//! The tree a manifest's JSON is read into: a value's kind, and its value
//! as far as the format reaches into it.

use std::borrow::Cow;

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

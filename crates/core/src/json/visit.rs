//! The serde visitors that read a manifest's JSON into [`Node`]s, as deep
//! as the format goes (`DEPTH`), keeping only the members it knows.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::node::{Kind, Node};
use crate::read::known;

/// How far into the JSON the format goes: the top level (depth 0), an
/// episode (2), its guests' or references' fields (4). Nothing deeper is
/// kept, so reading never recurses further, whatever the text.
const DEPTH: u8 = 4;

/// The visit methods for strings, numbers, booleans and null, the same in
/// every visitor here: each kind of value has its own, because serde's
/// defaults would report a number of an unexpected type by printing it.
macro_rules! scalars {
    () => {
        fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
            Ok(Node::Text(Cow::Borrowed(text)))
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            Ok(Node::Text(Cow::Owned(text.to_owned())))
        }

        fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
            Ok(Node::Text(Cow::Owned(text)))
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Node::Null)
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Node::Bool)
        }

        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
            Ok(Node::Number(Some(n)))
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Node::Number(None))
        }

        // Not called while `arbitrary_precision` is on (see NUMBER_TOKEN);
        // kept so that without it a float is still just "not whole".
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Node::Number(None))
        }
    };
}

/// serde_json's `arbitrary_precision` (on for this reason) hands over a
/// number that is not a 64-bit integer as a map of one member under this
/// key, with the number's text as its value. The format has no such
/// numbers, so none is ever converted: without the feature, serde_json
/// would make each one a float, and its float parser and table of powers of
/// ten (4 KB) would be in the wasm.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// The next member's key (in JSON text always a string; read by the one
/// visitor, so no other deserializer is compiled in for keys).
fn next_key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
    match map.next_key_seed(Read { depth: 0 })? {
        None => Ok(None),
        Some(Node::Text(key)) => Ok(Some(key)),
        Some(_) => Err(de::Error::custom("key must be a string")),
    }
}

/// The document's top level.
pub(super) struct Top<'s, 'a> {
    pub(super) on_episode: &'s mut dyn FnMut(Node<'a>),
}

impl<'de> Visitor<'de> for Top<'_, 'de> {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    // The loop of `Read::visit_map` with `episodes` added: one generic
    // helper for both weighs more in the wasm than the eight lines it would
    // share (BENCHMARKS.md, "Bundle size").
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::new();
        let mut first = true;
        while let Some(key) = next_key(&mut map)? {
            if std::mem::take(&mut first) && key == NUMBER_TOKEN {
                map.next_value::<IgnoredAny>()?;
                return Ok(Node::Number(None));
            }
            if key == "episodes" {
                let on_episode = &mut *self.on_episode;
                members.push((key, map.next_value_seed(Episodes { on_episode })?));
            } else if known(0, &key) {
                members.push((key, map.next_value_seed(Read { depth: 1 })?));
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Node::Members(members))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Read { depth: 0 }.visit_seq(seq)
    }

    scalars!();
}

/// The `episodes` member: an array's items go to `on_episode`, and the
/// tree keeps an empty array in their place.
struct Episodes<'s, 'a> {
    on_episode: &'s mut dyn FnMut(Node<'a>),
}

impl<'de> DeserializeSeed<'de> for Episodes<'_, 'de> {
    type Value = Node<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Episodes<'_, 'de> {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while let Some(item) = seq.next_element_seed(Read { depth: 2 })? {
            (self.on_episode)(item);
        }
        Ok(Node::Items(Vec::new()))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Read { depth: 1 }.visit_map(map)
    }

    scalars!();
}

/// Reads one value at `depth` (a seed and visitor for any kind of value).
#[derive(Clone, Copy)]
struct Read {
    depth: u8,
}

impl Read {
    fn inner(self) -> Self {
        Self {
            depth: self.depth + 1,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Read {
    type Value = Node<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Read {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::new();
        let mut first = true;
        while let Some(key) = next_key(&mut map)? {
            if std::mem::take(&mut first) && key == NUMBER_TOKEN {
                map.next_value::<IgnoredAny>()?;
                return Ok(Node::Number(None));
            }
            // Nothing is known deeper than `DEPTH`.
            if known(self.depth, &key) {
                members.push((key, map.next_value_seed(self.inner())?));
            } else {
                // Skipped without recursion, however deep.
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(if self.depth > DEPTH {
            Node::Deep(Kind::Object)
        } else {
            Node::Members(members)
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if self.depth > DEPTH {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Node::Deep(Kind::Array));
        }
        // A hint is only a hint: never trust it with a large allocation.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(self.inner())? {
            items.push(item);
        }
        Ok(Node::Items(items))
    }

    scalars!();
}

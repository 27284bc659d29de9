//! A manifest's top level read in one pass over the text: each field as a
//! slice of it, and the `episodes` array's items as slices too.
//!
//! Reading the top level as a map of slices and then the `episodes` slice as
//! an array of slices went over the whole text twice (every post's body is
//! in it); finding the items while the top level is read saves one of the
//! passes, about 4 ms of 34 for 10,000 episodes natively.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// The top-level object: its fields other than `episodes`, in the order
/// written (a repeated key appears twice; the last one counts), and what
/// `episodes` held.
pub(crate) struct TopLevel<'a> {
    pub fields: Vec<(String, &'a RawValue)>,
    pub episodes: Option<Episodes<'a>>,
}

/// The `episodes` field: its items, or what it was instead of an array.
pub(crate) enum Episodes<'a> {
    Items(Vec<&'a RawValue>),
    /// "null", "a string", "an object"…: for the error message.
    NotArray(&'static str),
}

impl<'de: 'a, 'a> Deserialize<'de> for TopLevel<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(TopVisitor)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = TopLevel<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut top = TopLevel {
            fields: Vec::new(),
            episodes: None,
        };
        while let Some(key) = map.next_key::<String>()? {
            if key == "episodes" {
                top.episodes = Some(map.next_value()?);
            } else {
                top.fields.push((key, map.next_value()?));
            }
        }
        Ok(top)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Episodes<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EpisodesVisitor)
    }
}

struct EpisodesVisitor;

impl<'de> Visitor<'de> for EpisodesVisitor {
    type Value = Episodes<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        // A hint is only a hint: never trust it with a large allocation.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element::<&'de RawValue>()? {
            items.push(item);
        }
        Ok(Episodes::Items(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Episodes::NotArray("an object"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Episodes::NotArray("null"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Episodes::NotArray("a boolean"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Episodes::NotArray("a number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Episodes::NotArray("a number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Episodes::NotArray("a number"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Episodes::NotArray("a string"))
    }
}

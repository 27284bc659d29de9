//! The JSON of chapter and transcript documents (Podcasting 2.0), read into
//! a small tree that keeps every member and each number's text. Times in
//! these documents are decimal seconds (`12.5`); they become milliseconds
//! by [`millis`], from the digits, so no float parser is ever needed (the
//! manifest's reader avoids one for the same reason: its tables weigh 4 KB
//! of wasm).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::Millis;

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, or anything nested deeper than these documents go.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    Text(String),
    /// An array.
    Items(Vec<Value>),
    /// An object's members, in order.
    Members(Vec<(String, Value)>),
}

impl Value {
    /// A member of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Self::Members(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn text(&self) -> Option<&str> {
        match self {
            Self::Text(text) => Some(text),
            _ => None,
        }
    }
}

/// How deep the documents go: the document, its list, an item, a value in
/// it. Deeper values are skipped, so reading never recurses further.
const DEPTH: u8 = 4;

/// serde_json's `arbitrary_precision` hands over a number that is not a
/// 64-bit integer as a map of one member under this key.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Reads a JSON document; the error says where it breaks.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = de
        .deserialize_any(Read { depth: 0 })
        .map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    Ok(value)
}

/// Seconds written in JSON (`12`, `12.5`, `1.25e2`) as milliseconds,
/// rounded down; `None` for a negative number, text, or a time too large.
pub fn millis(value: &Value) -> Option<Millis> {
    let Value::Number(text) = value else {
        return None;
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], text[i + 1..].parse::<i32>().ok()?),
        None => (text.as_str(), 0),
    };
    if mantissa.starts_with('-') {
        // "-0" is zero; any other negative time is no time.
        return mantissa
            .bytes()
            .all(|b| b == b'-' || b == b'0' || b == b'.')
            .then_some(0);
    }
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    // The value is digits × 10^(exponent − fraction digits) seconds, and
    // milliseconds are three places further.
    let shift = exponent
        .checked_sub(i32::try_from(fraction.len()).ok()?)?
        .checked_add(3)?;
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Some(0);
    }
    if shift >= 0 {
        let scaled = format!(
            "{digits}{}",
            "0".repeat(usize::try_from(shift).ok()?.min(12))
        );
        scaled.parse().ok()
    } else {
        let cut = digits.len().saturating_sub(usize::try_from(-shift).ok()?);
        if cut == 0 {
            return Some(0);
        }
        digits[..cut].parse().ok()
    }
}

#[derive(Clone, Copy)]
struct Read {
    depth: u8,
}

impl<'de> DeserializeSeed<'de> for Read {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Read {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Value, E> {
        Ok(Value::Text(text.to_owned()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.to_string()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Vec::new();
        let mut first = true;
        while let Some(key) = map.next_key::<String>()? {
            if std::mem::take(&mut first) && key == NUMBER_TOKEN {
                return Ok(Value::Number(map.next_value::<String>()?));
            }
            if self.depth >= DEPTH {
                map.next_value::<IgnoredAny>()?;
            } else {
                let value = map.next_value_seed(Read {
                    depth: self.depth + 1,
                })?;
                members.push((key, value));
            }
        }
        Ok(if self.depth >= DEPTH {
            Value::Null
        } else {
            Value::Members(members)
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        if self.depth >= DEPTH {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Value::Null);
        }
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Read {
            depth: self.depth + 1,
        })? {
            items.push(item);
        }
        Ok(Value::Items(items))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_become_milliseconds_without_floats() {
        let cases: &[(&str, Option<Millis>)] = &[
            ("0", Some(0)),
            ("12", Some(12_000)),
            ("12.5", Some(12_500)),
            ("12.0004", Some(12_000)),
            ("0.001", Some(1)),
            ("1.25e2", Some(125_000)),
            ("125E-3", Some(125)),
            ("1e-9", Some(0)),
            ("-0", Some(0)),
            ("-1.5", None),
            ("1e12", None),
            ("99999999999999999999", None),
        ];
        for (text, expected) in cases {
            let value = parse(text).expect("a number");
            assert_eq!(millis(&value), *expected, "{text}");
        }
        assert_eq!(millis(&Value::Text("12".into())), None);
    }

    #[test]
    fn documents_keep_members_and_numbers_as_written() {
        let doc = parse(r#"{"a": [1, 2.5, "x", null, true], "b": {"c": {"d": {"e": [1]}}}}"#)
            .expect("JSON");
        assert_eq!(
            doc.get("a"),
            Some(&Value::Items(vec![
                Value::Number("1".into()),
                Value::Number("2.5".into()),
                Value::Text("x".into()),
                Value::Null,
                Value::Bool(true),
            ]))
        );
        // Deeper than the documents go: skipped.
        let d = doc
            .get("b")
            .and_then(|b| b.get("c"))
            .and_then(|c| c.get("d"));
        assert_eq!(d, Some(&Value::Members(vec![("e".into(), Value::Null)])));
        assert!(parse("{\"a\": 1,}").unwrap_err().contains("line 1"));
    }
}

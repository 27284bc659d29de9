//! The interface's words in the reader's language: every message the
//! widget shows, by key ([`Key`], with its English and a note on where it
//! appears), catalogs of other languages and of a site's own wording read
//! and checked ([`Catalog`]), and the lookup that falls back from a site's
//! wording to the language's catalog to English ([`Strings`]).
//!
//! A message is text with named placeholders (`{count}`, `{title}`), or,
//! where a number decides the wording, one text per plural category
//! (`{"one": "{count} Folge", "other": "{count} Folgen"}`). Which category
//! a number falls in, and how numbers and dates are written, is the
//! browser's `Intl`; this module only picks and fills.

mod language;
mod messages;

use std::fmt;

pub use language::{is_right_to_left, SHIPPED};
pub use messages::Key;

/// A plural category, as CLDR names them and `Intl.PluralRules` returns them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Plural {
    /// `zero` (Arabic 0, Latvian…).
    Zero,
    /// `one`.
    One,
    /// `two` (Arabic, Welsh…).
    Two,
    /// `few` (Polish 2–4, Russian 2–4, Arabic 3–10…).
    Few,
    /// `many` (Polish and Russian 5–20, French 1 000 000…).
    Many,
    /// `other`: every message has it; the fallback for the rest.
    Other,
}

impl Plural {
    /// Every category, in CLDR's order.
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// The category's CLDR name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }

    /// The category named `name`; anything else (an engine returning an
    /// unknown name) is `other`, the category every message has.
    pub fn from_name(name: &str) -> Plural {
        Self::ALL
            .into_iter()
            .find(|p| p.name() == name)
            .unwrap_or(Plural::Other)
    }

    /// English's rule, for the native tests and the built-in messages'
    /// own checks: 1 is `one`, everything else `other`.
    pub fn english(n: u64) -> Plural {
        if n == 1 {
            Plural::One
        } else {
            Plural::Other
        }
    }
}

/// One message: its text per plural category (only `other` for a message
/// without plural forms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(Box<[(Plural, String)]>);

impl Message {
    /// The text for `plural`, or the `other` text when the message has no
    /// form of that category.
    pub fn pick(&self, plural: Plural) -> &str {
        let find = |p| {
            self.0
                .iter()
                .find(|(q, _)| *q == p)
                .map(|(_, t)| t.as_str())
        };
        find(plural).or_else(|| find(Plural::Other)).unwrap_or("")
    }

    /// Its plural categories, as written.
    pub fn categories(&self) -> Vec<Plural> {
        self.0.iter().map(|(p, _)| *p).collect()
    }

    /// Every placeholder its texts use, each once, in order of appearance.
    /// (Not sorted: a sort of strings would be one more sort in the wasm.)
    pub fn placeholders(&self) -> Vec<&str> {
        once_each(self.0.iter().map(|(_, t)| t.as_str()))
    }
}

/// A message as a catalog file holds it, before it is checked: a string,
/// an object of plural forms, or something else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawMessage {
    /// A string.
    Text(String),
    /// An object: each member's name and its value when it is a string.
    Forms(Vec<(String, Option<String>)>),
    /// Any other JSON value (described: "a number").
    Other(&'static str),
}

/// An entry of a catalog that was not taken, and why; reported to the
/// site's developer (the console), never to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogProblem {
    /// The entry's key as written.
    pub key: String,
    /// What is wrong with it.
    pub reason: String,
}

impl fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\": {}", self.key, self.reason)
    }
}

/// Messages for some keys: a language's catalog, or a site's own wording.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    messages: Vec<Option<Message>>,
}

/// A catalog's entries from its line form, the form the widget receives
/// catalogs in: one line per message or plural form, its fields separated
/// by tabs: `key`, then the form (empty for a plain message, a category
/// name, or `!` for a value that is not a message), then the text (for
/// `!`, what the value is). A form name ending in `!` is a plural form that
/// is not a string. The browser's `JSON.parse` reads the JSON files and the
/// loader writes this form (`flatten` in loader/episode-archive.js), so no
/// JSON reader for catalogs is in the wasm.
pub fn entries_from_lines(text: &str) -> Vec<(String, RawMessage)> {
    let mut entries: Vec<(String, RawMessage)> = Vec::new();
    for line in text.lines() {
        let mut fields = line.splitn(3, '\t');
        let (Some(key), Some(form), text) = (
            fields.next(),
            fields.next(),
            fields.next().unwrap_or_default(),
        ) else {
            continue;
        };
        let raw = match form {
            "" => RawMessage::Text(text.to_owned()),
            "!" => RawMessage::Other(match text {
                "null" => "null",
                "an array" => "an array",
                "a boolean" => "a boolean",
                _ => "a number",
            }),
            form => {
                let (name, not_text) = match form.strip_suffix('!') {
                    Some(name) => (name, true),
                    None => (form, false),
                };
                let value = (!not_text).then(|| text.to_owned());
                if let Some((last, RawMessage::Forms(forms))) = entries.last_mut() {
                    if last == key {
                        forms.push((name.to_owned(), value));
                        continue;
                    }
                }
                RawMessage::Forms(vec![(name.to_owned(), value)])
            }
        };
        entries.push((key.to_owned(), raw));
    }
    entries
}

impl Catalog {
    /// Reads a catalog's entries, keeping each valid one and reporting the
    /// rest. Keys starting with `@` are notes for translators, skipped.
    pub fn read(
        entries: impl IntoIterator<Item = (String, RawMessage)>,
    ) -> (Catalog, Vec<CatalogProblem>) {
        let mut messages = vec![None; Key::ALL.len()];
        let mut problems = Vec::new();
        for (name, raw) in entries {
            if name.starts_with('@') {
                continue;
            }
            match Key::from_name(&name)
                .ok_or_else(|| "no message has this key".to_owned())
                .and_then(|key| check(key, raw).map(|m| (key, m)))
            {
                Ok((key, message)) => messages[key as usize] = Some(message),
                Err(reason) => problems.push(CatalogProblem { key: name, reason }),
            }
        }
        (Catalog { messages }, problems)
    }

    /// The message for `key`, when this catalog has one.
    pub fn get(&self, key: Key) -> Option<&Message> {
        self.messages.get(key as usize)?.as_ref()
    }

    /// This catalog with `over`'s messages taking the place of its own.
    pub fn overlaid(mut self, over: &Catalog) -> Catalog {
        self.messages.resize(Key::ALL.len(), None);
        for (mine, theirs) in self.messages.iter_mut().zip(&over.messages) {
            if theirs.is_some() {
                mine.clone_from(theirs);
            }
        }
        self
    }

    /// Whether it has no message at all.
    pub fn is_empty(&self) -> bool {
        self.messages.iter().all(Option::is_none)
    }
}

/// Checks one entry against the English message of its key.
fn check(key: Key, raw: RawMessage) -> Result<Message, String> {
    let english = key.english();
    let forms: Vec<(Plural, String)> = match raw {
        RawMessage::Text(text) => vec![(Plural::Other, text)],
        RawMessage::Forms(_) if !english.has_forms() => {
            return Err("this message has no plural forms: give a string".to_owned())
        }
        RawMessage::Forms(members) => {
            let mut forms = Vec::with_capacity(members.len());
            for (name, text) in members {
                let plural = Plural::ALL
                    .into_iter()
                    .find(|p| p.name() == name)
                    .ok_or_else(|| {
                        format!("\"{name}\" is not a plural category (zero, one, two, few, many, other)")
                    })?;
                let text = text.ok_or_else(|| format!("the \"{name}\" form is not a string"))?;
                forms.push((plural, text));
            }
            if !forms.iter().any(|(p, _)| *p == Plural::Other) {
                return Err("it has no \"other\" form".to_owned());
            }
            forms
        }
        RawMessage::Other(kind) => {
            return Err(format!("{kind}, not a string or an object of plural forms"))
        }
    };
    let allowed = english.placeholders();
    for (_, text) in &forms {
        let used = placeholders(text)
            .map_err(|at| format!("the brace at byte {at} starts no placeholder"))?;
        if let Some(unknown) = used.iter().find(|p| !allowed.contains(p)) {
            return Err(format!(
                "{{{unknown}}} is not one of this message's placeholders ({})",
                if allowed.is_empty() {
                    "it has none".to_owned()
                } else {
                    allowed
                        .iter()
                        .map(|p| format!("{{{p}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            ));
        }
    }
    Ok(Message(forms.into_boxed_slice()))
}

/// The interface's messages: a site's wording first, then the language's
/// catalog, then English, key by key, so a missing message is never blank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Strings {
    /// The catalog of the interface language (none for English).
    pub language: Catalog,
    /// The site's own wording (the element's `strings`).
    pub site: Catalog,
}

impl Strings {
    /// The text of `key` for a number of category `plural` (`Other` for a
    /// message without plural forms), placeholders unfilled.
    pub fn get(&self, key: Key, plural: Plural) -> &str {
        match self.site.get(key).or_else(|| self.language.get(key)) {
            Some(message) => message.pick(plural),
            None => key.english().pick(plural),
        }
    }

    /// The text of `key` with its placeholders filled from `args`.
    pub fn format(&self, key: Key, plural: Plural, args: &[(&str, &str)]) -> String {
        fill(self.get(key, plural), args)
    }
}

/// The placeholders of `texts`, each once, in order of appearance.
pub(crate) fn once_each<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut all = Vec::new();
    for name in texts.flat_map(|t| placeholders(t).unwrap_or_default()) {
        if !all.contains(&name) {
            all.push(name);
        }
    }
    all
}

/// `template` with each `{name}` replaced by its value in `args`; a
/// placeholder without a value is left out.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if let Some((_, value)) = args.iter().find(|(n, _)| *n == name) {
                    out.push_str(value);
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of `text` in order, or the byte offset of a brace that
/// is not part of one (`{name}`: lower-case ASCII letters and `_`).
pub fn placeholders(text: &str) -> Result<Vec<&str>, usize> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                let len = bytes[i + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_lowercase() || **b == b'_')
                    .count();
                if len == 0 || bytes.get(i + 1 + len) != Some(&b'}') {
                    return Err(i);
                }
                found.push(&text[i + 1..i + 1 + len]);
                i += len + 2;
            }
            b'}' => return Err(i),
            _ => i += 1,
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_by_name_and_stray_braces_are_errors() {
        assert_eq!(
            fill("{shown} of {count}", &[("count", "15"), ("shown", "3")]),
            "3 of 15"
        );
        assert_eq!(
            fill("no placeholders", &[("count", "1")]),
            "no placeholders"
        );
        assert_eq!(placeholders("{a} and {b_c}"), Ok(vec!["a", "b_c"]));
        for (bad, at) in [
            ("{count", 0),
            ("a }", 2),
            ("{Count}", 0),
            ("{}", 0),
            ("x {1}", 2),
        ] {
            assert_eq!(placeholders(bad), Err(at), "{bad}");
        }
    }

    #[test]
    fn the_line_form_gives_each_message_and_its_forms() {
        let text = "retry\t\tNochmal\nepisode_count\tone\t{count} Folge\nepisode_count\tother\t{count} Folgen\n\
                    tags\t!\ta number\nshow_more\tone!\t\nbroken line\n";
        assert_eq!(
            entries_from_lines(text),
            vec![
                ("retry".to_owned(), RawMessage::Text("Nochmal".into())),
                (
                    "episode_count".to_owned(),
                    RawMessage::Forms(vec![
                        ("one".into(), Some("{count} Folge".into())),
                        ("other".into(), Some("{count} Folgen".into()))
                    ])
                ),
                ("tags".to_owned(), RawMessage::Other("a number")),
                (
                    "show_more".to_owned(),
                    RawMessage::Forms(vec![("one".into(), None)])
                ),
            ]
        );
    }

    #[test]
    fn plural_names_round_trip_and_unknown_names_are_other() {
        for p in Plural::ALL {
            assert_eq!(Plural::from_name(p.name()), p);
        }
        assert_eq!(Plural::from_name("several"), Plural::Other);
    }
}

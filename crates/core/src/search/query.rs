//! What the reader typed: words (the last one still being typed, so
//! matched as a prefix), "quoted phrases" and `-excluded` words.

use super::tokens;

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded words that must each match (phrase words included).
    pub words: Vec<String>,
    /// Whether the last of `words` is still being typed (matched as a prefix).
    pub last_is_prefix: bool,
    /// Folded phrases whose words must stand together, in order.
    pub phrases: Vec<Vec<String>>,
    /// Folded words that must not appear.
    pub excluded: Vec<String>,
}

impl Query {
    /// Parses what the reader typed.
    pub fn parse(text: &str) -> Self {
        let mut query = Query::default();
        let mut rest = text;
        let mut last_word_open = false;
        while !rest.is_empty() {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix('"') {
                let (inside, next, closed) = match after.find('"') {
                    Some(end) => (&after[..end], &after[end + 1..], true),
                    None => (after, "", false),
                };
                let words = tokens(inside);
                if words.len() > 1 {
                    query.phrases.push(words.clone());
                }
                query.words.extend(words);
                last_word_open = !closed && !inside.ends_with(char::is_whitespace);
                rest = next;
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let (word, next) = rest.split_at(end);
            if let Some(excluded) = word.strip_prefix('-').filter(|w| !w.is_empty()) {
                query.excluded.extend(tokens(excluded));
                last_word_open = false;
            } else {
                let words = tokens(word);
                last_word_open = !words.is_empty() && next.is_empty();
                query.words.extend(words);
            }
            rest = next;
        }
        query.last_is_prefix = last_word_open && !query.words.is_empty();
        query
    }

    /// Whether the query asks for nothing (shows everything).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.excluded.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(words: &[&str], prefix: bool, phrases: &[&[&str]], excluded: &[&str]) -> Query {
        Query {
            words: words.iter().map(|s| s.to_string()).collect(),
            last_is_prefix: prefix,
            phrases: phrases
                .iter()
                .map(|p| p.iter().map(|s| s.to_string()).collect())
                .collect(),
            excluded: excluded.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn queries_parse_into_words_phrases_and_exclusions() {
        let cases = [
            ("", q(&[], false, &[], &[])),
            ("deep", q(&["deep"], true, &[], &[])),
            ("deep ", q(&["deep"], false, &[], &[])),
            ("Deep Learning", q(&["deep", "learning"], true, &[], &[])),
            (
                "\"neural network\" gan",
                q(
                    &["neural", "network", "gan"],
                    true,
                    &[&["neural", "network"]],
                    &[],
                ),
            ),
            (
                "\"neural netw",
                q(&["neural", "netw"], true, &[&["neural", "netw"]], &[]),
            ),
            (
                "ethics -facebook",
                q(&["ethics"], false, &[], &["facebook"]),
            ),
            ("-gan", q(&[], false, &[], &["gan"])),
            ("- gan", q(&["gan"], true, &[], &[])),
            ("GPT-3", q(&["gpt", "3"], true, &[], &[])),
            ("café", q(&["cafe"], true, &[], &[])),
        ];
        for (text, expected) in cases {
            assert_eq!(Query::parse(text), expected, "{text:?}");
        }
    }
}

//! Which words of a displayed text match the query, so the UI can mark
//! them (`<mark>` built as nodes).

use super::fuzzy::{allowed_edits, Distance};
use super::query::Query;
use super::words;
use crate::fold::fold_word_into;

/// Finds the words of a text that the query matched.
#[derive(Debug, Clone, Default)]
pub struct Highlighter {
    /// Folded query words, with how many typos each may carry.
    words: Vec<(String, usize)>,
    /// The word being typed, matched as a prefix.
    prefix: Option<String>,
}

/// Highlighters are equal when they mark the same words.
impl PartialEq for Highlighter {
    fn eq(&self, other: &Self) -> bool {
        self.words == other.words && self.prefix == other.prefix
    }
}

impl Eq for Highlighter {}

impl Highlighter {
    /// The highlighter for a query.
    pub fn new(query: &Query) -> Self {
        let words: Vec<(String, usize)> = query
            .words
            .iter()
            .map(|w| (w.clone(), allowed_edits(w.chars().count())))
            .collect();
        // The word being typed also matches exactly or with typos, as in the index.
        let prefix = if query.last_is_prefix {
            words.last().map(|(w, _)| w.clone())
        } else {
            None
        };
        Self { words, prefix }
    }

    /// Whether nothing would be marked.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.prefix.is_none()
    }

    /// Whether `word` matches; `folded` and `distance` are buffers the
    /// words of one text share.
    fn matches(&self, word: &str, folded: &mut String, distance: &mut Distance) -> bool {
        fold_word_into(word, folded);
        let folded = folded.as_str();
        self.prefix
            .as_ref()
            .is_some_and(|p| folded.starts_with(p.as_str()))
            || self.words.iter().any(|(w, edits)| {
                w == folded || (*edits > 0 && distance.within(w, folded, *edits).is_some())
            })
    }

    /// Byte ranges of the matching words of `text`, in order.
    pub fn ranges(&self, text: &str) -> Vec<(usize, usize)> {
        if self.is_empty() {
            return Vec::new();
        }
        let (mut folded, mut distance) = (String::new(), Distance::default());
        words(text)
            .filter(|&(s, e)| self.matches(&text[s..e], &mut folded, &mut distance))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_exact_prefix_and_typo_matches() {
        let cases = [
            (
                "distil",
                "Distillation and distilling",
                vec!["Distillation", "distilling"],
            ),
            (
                "distilation ",
                "Distillation, not dilation",
                vec!["Distillation"],
            ),
            ("café", "The CAFE and the Café", vec!["CAFE", "Café"]),
            ("gan ", "GANs and a GAN", vec!["GAN"]),
            (
                "\"neural network\" ",
                "Neural networks and a neural network",
                vec!["Neural", "networks", "neural", "network"],
            ),
            ("-gan deep", "deep GAN", vec!["deep"]),
            ("", "nothing", vec![]),
        ];
        for (query, text, expected) in cases {
            let h = Highlighter::new(&Query::parse(query));
            let got: Vec<&str> = h
                .ranges(text)
                .into_iter()
                .map(|(s, e)| &text[s..e])
                .collect();
            assert_eq!(got, expected, "{query:?} in {text:?}");
        }
    }
}

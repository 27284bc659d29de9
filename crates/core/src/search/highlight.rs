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

    /// Byte ranges of the matching words of `text`, in order, apart:
    /// overlapping pairs of Chinese or Japanese characters that both match
    /// are one range.
    pub fn ranges(&self, text: &str) -> Vec<(usize, usize)> {
        if self.is_empty() {
            return Vec::new();
        }
        let (mut folded, mut distance) = (String::new(), Distance::default());
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (s, e) in words(text) {
            if !self.matches(&text[s..e], &mut folded, &mut distance) {
                continue;
            }
            match out.last_mut() {
                Some(last) if s < last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        out
    }
}

/// A passage of a post around its first word the query matched: about
/// `before` bytes before it and `after` bytes after, cut between words,
/// with `…` where it was cut and the post's line breaks as spaces. `None`
/// when no word matches.
pub fn snippet(
    text: &str,
    highlighter: &Highlighter,
    before: usize,
    after: usize,
) -> Option<String> {
    if highlighter.is_empty() {
        return None;
    }
    let (mut folded, mut distance) = (String::new(), Distance::default());
    let (start, end) =
        words(text).find(|&(s, e)| highlighter.matches(&text[s..e], &mut folded, &mut distance))?;
    // Back to a space at most `before` bytes earlier, forward to one at
    // least `after` bytes later (or the text's ends).
    let mut from = start.saturating_sub(before);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if from > 0 {
        from = text[from..start]
            .find(char::is_whitespace)
            .map_or(start, |i| from + i + 1);
    }
    let mut to = (end + after).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    if to < text.len() {
        to = text[..to]
            .rfind(char::is_whitespace)
            .filter(|&i| i >= end)
            .unwrap_or(to);
    }
    let passage: Vec<&str> = text[from..to].split_whitespace().collect();
    let mut out = String::with_capacity(to - from + 8);
    if from > 0 {
        out.push('…');
    }
    out.push_str(&passage.join(" "));
    if to < text.len() {
        out.push('…');
    }
    Some(out)
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

    #[test]
    fn a_snippet_is_the_passage_around_the_first_match() {
        let post = "In 1986 the New York Times wrote about it.\n\nLater the Rockefeller Foundation funded a study of uterine health, and nobody listened.";
        let cases: [(&str, usize, usize, Option<&str>); 5] = [
            (
                "rockefeller",
                20,
                30,
                Some("…it. Later the Rockefeller Foundation funded a study of…"),
            ),
            ("york", 100, 10, Some("In 1986 the New York Times…")),
            ("listened", 12, 100, Some("…and nobody listened.")),
            ("zebra", 20, 20, None),
            ("", 20, 20, None),
        ];
        for (query, before, after, want) in cases {
            let h = Highlighter::new(&Query::parse(&format!("{query} ")));
            let got = snippet(post, &h, before, after);
            assert_eq!(got.as_deref(), want, "{query}");
        }
        // Cut inside multi-byte characters: still whole characters.
        let h = Highlighter::new(&Query::parse("zoë "));
        assert_eq!(
            snippet("ééééé Zoë ééééé", &h, 3, 3).as_deref(),
            Some("…Zoë…")
        );
    }
}

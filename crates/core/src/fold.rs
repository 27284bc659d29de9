//! Folding text for search: case- and accent-insensitive, so `cafe` finds
//! `Café` and `ECOLE` finds `école`.

use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Lower-cases `text`, strips accents (canonical decomposition, combining
/// marks dropped) and turns every kind of whitespace into a plain space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            out.push(' ');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The words of a query, folded; empty words are dropped.
pub fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_spaces() {
        let cases = [
            ("Café", "cafe"),
            ("ÉCOLE Naïve", "ecole naive"),
            ("Filip\u{a0}Piekniewski", "filip piekniewski"),
            ("Ångström", "angstrom"),
            ("", ""),
            ("GPT-3", "gpt-3"),
        ];
        for (input, expected) in cases {
            assert_eq!(fold(input), expected, "fold({input:?})");
        }
    }

    #[test]
    fn query_words_split_on_any_whitespace() {
        assert_eq!(
            query_words("  Deep\tLEARNING  Café "),
            ["deep", "learning", "cafe"]
        );
        assert!(query_words("   ").is_empty());
    }
}

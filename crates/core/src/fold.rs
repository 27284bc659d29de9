//! Folding text for search: case- and accent-insensitive, so `cafe` finds
//! `Café` and `ECOLE` finds `école`; beyond Latin, `Straße` finds
//! `strasse`, Greek final sigma is sigma, Turkish dotless ı is i, Arabic
//! harakat and tatweel and Hebrew niqqud are dropped, and full-width Latin
//! letters are plain ones.
//!
//! Accents are stripped with a small generated table (`fold_table.rs`) of
//! the letters with diacritics in the Latin, Greek, Cyrillic, Arabic and
//! Hebrew blocks, rather than a full Unicode normalisation table, which
//! weighed about 100 KB in the wasm. A test writes the table from the
//! unicode-normalization crate's decompositions, as `crate::lower`'s is
//! written from the standard library, and fails when it is out of date:
//! `UPDATE_FOLD_TABLE=1 cargo test -p episode-archive-core --lib fold`. Other scripts are compared as written (lower-cased,
//! through `crate::lower`, a compact form of the standard
//! library's case table).

use crate::fold_table::RUNS;
use crate::lower::lower;

/// Lower-cases `text`, strips accents and turns every kind of whitespace
/// into a plain space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(if c.is_ascii_whitespace() {
                ' '
            } else {
                c.to_ascii_lowercase()
            });
        } else if is_combining_mark(c) || c == TATWEEL {
            // A decomposed accent, a vowel point, a stretching stroke: dropped.
        } else if c.is_whitespace() {
            out.push(' ');
        } else if let Some(spelled) = spelled_out(c) {
            out.push_str(spelled);
        } else {
            // A letter outside the table may lower-case into it (the
            // Ångström sign into "å"): folded again, so folding twice
            // gives what folding once does.
            out.push(folded_base(c).unwrap_or_else(|| {
                let lowered = lower(c);
                folded_base(lowered).unwrap_or(lowered)
            }));
        }
    }
    out
}

/// Folds one word into `out` (cleared first, reused between calls), as
/// [`fold`] would: ASCII words, most of most archives, need no Unicode
/// tables and no new allocation. Indexing and highlighting run this for
/// every word they read.
pub fn fold_word_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&fold(word));
    }
}

/// The letter without its diacritics, lower-cased, for the letters the
/// table covers.
fn folded_base(c: char) -> Option<char> {
    let code = u16::try_from(u32::from(c)).ok()?;
    let run = RUNS
        .partition_point(|&(start, ..)| start <= code)
        .checked_sub(1)?;
    let (start, length, base) = RUNS[run];
    if code - start < u16::from(length) {
        char::from_u32(u32::from(base))
    } else {
        None
    }
}

/// Arabic's tatweel, which stretches a word without changing it.
const TATWEEL: char = '\u{0640}';

/// Letters that fold to more than one letter, or to one that neither the
/// accent table nor lower-casing gives: German ß is "ss" (as written in
/// Switzerland and in capitals), Greek final sigma is sigma, Turkish
/// dotless ı is i (so dotted İ, which lower-cases to i, and ı meet), and
/// full-width Latin letters and digits are plain ones.
fn spelled_out(c: char) -> Option<&'static str> {
    const FULL_WIDTH: &str = "!\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    match c {
        'ß' | 'ẞ' => Some("ss"),
        'ς' => Some("σ"),
        'ı' => Some("i"),
        '\u{FF01}'..='\u{FF5E}' => {
            let at = (u32::from(c) - 0xFF01) as usize;
            FULL_WIDTH.get(at..at + 1)
        }
        _ => None,
    }
}

/// Combining marks: the diacritical blocks accents decompose into, Arabic's
/// harakat and Quranic marks, and Hebrew's niqqud and cantillation. They
/// belong to the word they are on (see `crate::search::words`) and are
/// dropped by folding.
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x0591..=0x05BD
            | 0x05BF
            | 0x05C1..=0x05C2
            | 0x05C4..=0x05C5
            | 0x05C7
            | 0x0610..=0x061A
            | 0x064B..=0x065F
            | 0x0670
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E4
            | 0x06E7..=0x06E8
            | 0x06EA..=0x06ED
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F
    )
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

    /// Found by the folding property (tests/properties.rs): U+212B ANGSTROM
    /// SIGN lower-cases to "å", which the table folds to "a".
    #[test]
    fn letters_that_lower_case_into_the_table_are_folded_too() {
        assert_eq!(fold("\u{212B}ngstr\u{F6}m"), "angstrom");
        assert_eq!(fold(&fold("\u{212B}")), fold("\u{212B}"));
    }

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

    /// The blocks the table covers: Latin, Greek, Cyrillic, Hebrew,
    /// Arabic, and Hebrew's presentation forms (letters with their points).
    const BLOCKS: [std::ops::RangeInclusive<u32>; 8] = [
        0x00C0..=0x024F,
        0x0370..=0x03FF,
        0x0400..=0x04FF,
        0x0590..=0x05FF,
        0x0600..=0x06FF,
        0x1E00..=0x1EFF,
        0x1F00..=0x1FFF,
        0xFB1D..=0xFB4F,
    ];

    /// The table from Unicode's canonical decompositions: each letter of
    /// `BLOCKS` that decomposes into a base letter and combining marks (or
    /// into one other character), with that base lower-cased, as runs of
    /// consecutive letters with the same one: (first letter, how many, base).
    fn runs_from_unicode() -> Vec<(u16, u8, u16)> {
        use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
        let mut runs: Vec<(u16, u8, u16)> = Vec::new();
        for c in BLOCKS.into_iter().flatten().filter_map(char::from_u32) {
            let mut parts = Vec::new();
            decompose_canonical(c, |d| parts.push(d));
            let decomposes = match parts.as_slice() {
                [one] => *one != c,
                [base, marks @ ..] => {
                    canonical_combining_class(*base) == 0
                        && marks.iter().all(|&m| canonical_combining_class(m) != 0)
                }
                [] => false,
            };
            if !decomposes {
                continue;
            }
            let mut lower = parts[0].to_lowercase();
            let (Some(base), None) = (lower.next(), lower.next()) else {
                panic!(
                    "U+{:04X}: its base lower-cases to more than one character",
                    u32::from(c)
                );
            };
            let (code, base) = (u32::from(c) as u16, u32::from(base) as u16);
            match runs.last_mut() {
                Some((start, n, b))
                    if *b == base && *n < u8::MAX && *start + u16::from(*n) == code =>
                {
                    *n += 1;
                }
                _ => runs.push((code, 1, base)),
            }
        }
        runs
    }

    #[test]
    fn the_table_is_unicodes_decompositions() {
        let runs = runs_from_unicode();
        if std::env::var_os("UPDATE_FOLD_TABLE").is_some() {
            let (major, minor, update) = unicode_normalization::UNICODE_VERSION;
            crate::generated::write_table(
                "fold_table.rs",
                &format!(
                    "//! Generated by `UPDATE_FOLD_TABLE=1 cargo test -p episode-archive-core --lib fold`\n\
                     //! from Unicode {major}.{minor}.{update}'s canonical decompositions; do not edit.\n\n\
                     /// Letters with diacritics in the Latin, Greek, Cyrillic, Hebrew and Arabic blocks as runs\n\
                     /// of consecutive letters whose decompositions start with the same base\n\
                     /// letter: (first letter, how many, the base lower-cased), sorted.\n\
                     pub const RUNS: &[(u16, u8, u16)] = &[\n"
                ),
                runs.iter()
                    .map(|(start, n, base)| format!("(0x{start:04x}, {n}, 0x{base:04x})")),
            );
        }
        assert_eq!(
            RUNS, runs,
            "fold_table.rs is not unicode-normalization's Unicode: regenerate it (see fold.rs)"
        );
    }

    #[test]
    fn the_table_agrees_with_unicode_normalisation_where_it_applies() {
        use unicode_normalization::{char::is_combining_mark as combining, UnicodeNormalization};
        let reference = |c: char| -> String {
            c.to_string()
                .nfd()
                .filter(|&d| !combining(d))
                .flat_map(char::to_lowercase)
                .collect()
        };
        let mut checked = 0;
        for c in BLOCKS.into_iter().flatten().filter_map(char::from_u32) {
            // Folded on purpose beyond Unicode's decompositions (ß, ς, ı)
            // or dropped (tatweel, and marks Unicode does not class as
            // combining): `beyond_latin` has their cases.
            if spelled_out(c).is_some() || c == TATWEEL || is_combining_mark(c) || combining(c) {
                continue;
            }
            // Letters whose decomposition is more than base + marks (none in
            // these blocks today) would show up here.
            assert_eq!(
                fold(&c.to_string()),
                reference(c),
                "U+{:04X} {c}",
                u32::from(c)
            );
            checked += 1;
        }
        // Every letter of the blocks but those folded on purpose: none left
        // out by accident.
        assert_eq!(checked, 1613);
        // Decomposed input folds the same as composed.
        assert_eq!(fold("Cafe\u{301}"), fold("Café"));
    }

    #[test]
    fn beyond_latin() {
        let cases = [
            ("Straße STRASSE ẞ", "strasse strasse ss"),
            ("ΟΔΟΣ οδός Ἀθῆναι", "οδοσ οδοσ αθηναι"),
            ("İstanbul ıslak ISLAK", "istanbul islak islak"),
            ("كَتَبَ الكـــتاب أحمد إسلام آمن", "كتب الكتاب احمد اسلام امن"),
            ("שָׁלוֹם שלום", "שלום שלום"),
            ("ＡＢＣ　ｄｅｆ１２３", "abc def123"),
            ("Ёлка ёлка", "елка елка"),
        ];
        for (input, expected) in cases {
            assert_eq!(fold(input), expected, "fold({input:?})");
            assert_eq!(fold(&fold(input)), fold(input), "folding twice {input:?}");
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

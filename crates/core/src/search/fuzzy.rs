//! Bounded edit distance for typo tolerance.

/// How many typos a query word of this many characters may contain: none
/// below 4 letters, one from 4, two from 8.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The Levenshtein distance between `a` and `b` if it is at most `max`.
pub fn within(a: &str, b: &str, max: usize) -> Option<usize> {
    Distance::default().within(a, b, max)
}

/// Reusable buffers for [`within`]: the index compares one query word with
/// thousands of indexed words per keystroke, and allocating per comparison
/// cost more than the comparison.
#[derive(Debug, Clone, Default)]
pub struct Distance {
    a: Vec<char>,
    b: Vec<char>,
    prev: Vec<usize>,
    cur: Vec<usize>,
}

impl Distance {
    /// The Levenshtein distance between `a` and `b` if it is at most `max`.
    pub fn within(&mut self, a: &str, b: &str, max: usize) -> Option<usize> {
        if a.is_ascii() && b.is_ascii() {
            // Most words: compare bytes, no decoding.
            return bounded(
                a.as_bytes(),
                b.as_bytes(),
                max,
                &mut self.prev,
                &mut self.cur,
            );
        }
        self.a.clear();
        self.a.extend(a.chars());
        self.b.clear();
        self.b.extend(b.chars());
        bounded(&self.a, &self.b, max, &mut self.prev, &mut self.cur)
    }
}

/// Two-row Levenshtein that gives up as soon as a whole row exceeds `max`.
fn bounded<T: PartialEq>(
    a: &[T],
    b: &[T],
    max: usize,
    prev: &mut Vec<usize>,
    cur: &mut Vec<usize>,
) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    prev.clear();
    prev.extend(0..=b.len());
    cur.clear();
    cur.resize(b.len() + 1, 0);
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(prev, cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// Calls `found(position, distance)` for every word of `sorted` (a sorted
/// vocabulary) within `max` edits of `word`.
///
/// The sorted list is walked as a trie: a word shares its first letters
/// with the one before, so only the rows for the letters after the shared
/// ones are computed, and once a row has no cell within `max`, every word
/// sharing that prefix is skipped with a galloping search. At 40,000 words
/// this visits a few thousand rows instead of 40,000 whole comparisons.
///
/// `found` is a `dyn` callback: the in-browser index and the full-text
/// index both call this, and one copy of the walk in the wasm serves both.
pub fn similar_words(
    sorted: &[String],
    word: &str,
    max: usize,
    found: &mut dyn FnMut(usize, usize),
) {
    let query: Vec<char> = word.chars().collect();
    let width = query.len() + 1;
    // rows[d * width..][..width]: the distances after the first d letters.
    let mut rows: Vec<usize> = (0..width).collect();
    let mut letters: Vec<char> = Vec::new();
    let mut valid = 0; // letters of `letters` whose rows are computed
    let mut i = 0;
    while i < sorted.len() {
        let candidate = &sorted[i];
        let shared = letters
            .iter()
            .zip(candidate.chars())
            .take(valid)
            .take_while(|(a, b)| *a == b)
            .count();
        letters.truncate(shared);
        letters.extend(candidate.chars().skip(shared));
        rows.truncate((shared + 1) * width);
        let mut dead_at = None;
        for d in shared + 1..=letters.len() {
            let letter = letters[d - 1];
            let above = (d - 1) * width;
            rows.push(d);
            let mut row_min = d;
            for j in 1..width {
                let cost = usize::from(query[j - 1] != letter);
                let cell = (rows[above + j - 1] + cost)
                    .min(rows[above + j] + 1)
                    .min(rows[d * width + j - 1] + 1);
                rows.push(cell);
                row_min = row_min.min(cell);
            }
            if row_min > max {
                dead_at = Some(d);
                break;
            }
        }
        match dead_at {
            Some(d) => {
                // No word starting with these d letters can come within
                // `max`: skip them all.
                let prefix_bytes: usize = letters[..d].iter().map(|c| c.len_utf8()).sum();
                let prefix = &candidate[..prefix_bytes];
                valid = d - 1;
                i += 1 + run_len(&sorted[i + 1..], prefix);
            }
            None => {
                let distance = rows[letters.len() * width + width - 1];
                if distance <= max {
                    found(i, distance);
                }
                valid = letters.len();
                i += 1;
            }
        }
    }
}

/// How many words at the start of `sorted` begin with `prefix` (in a sorted
/// list they are contiguous). Galloping (1, 2, 4… words ahead), then a
/// binary search inside the last stride: most skipped runs are short, and a
/// search over the whole rest of the vocabulary for each of them was the
/// largest single cost of a typo-tolerant keystroke in the browser.
pub(super) fn run_len(sorted: &[String], prefix: &str) -> usize {
    let mut end = 1;
    while end <= sorted.len() && sorted[end - 1].starts_with(prefix) {
        end *= 2;
    }
    // sorted[..end / 2] all start with `prefix`; sorted[end - 1], if any, does not.
    let (lo, hi) = (end / 2, (end - 1).min(sorted.len()));
    lo + sorted[lo..hi].partition_point(|w| w.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_len_counts_the_leading_words_with_a_prefix() {
        let words: Vec<String> = ["ab", "abc", "abd", "abe", "ac", "b"]
            .map(String::from)
            .to_vec();
        let cases = [
            (0, "ab", 4),
            (0, "a", 5),
            (0, "", 6),
            (0, "b", 0),
            (1, "abc", 1),
            (4, "ac", 1),
            (5, "b", 1),
            (6, "b", 0),
            (0, "abz", 0),
        ];
        for (from, prefix, len) in cases {
            assert_eq!(run_len(&words[from..], prefix), len, "{from} {prefix}");
        }
        for n in 0..40 {
            let run: Vec<String> = (0..n)
                .map(|i| format!("p{i:02}"))
                .chain(["q".to_owned()])
                .collect();
            assert_eq!(run_len(&run, "p"), n, "{n} words");
        }
    }

    #[test]
    fn distances_within_a_bound() {
        let cases = [
            ("distillation", "distilation", 2, Some(1)),
            ("kitten", "sitting", 2, None),
            ("kitten", "sitting", 3, Some(3)),
            ("gan", "gan", 0, Some(0)),
            ("transformer", "transfromer", 2, Some(2)),
            ("abc", "abcdef", 2, None),
            ("", "ab", 2, Some(2)),
            ("café", "cafe", 1, Some(1)),
            ("zoë", "zoe", 0, None),
        ];
        for (a, b, max, d) in cases {
            assert_eq!(within(a, b, max), d, "{a} ~ {b}");
        }
        assert_eq!(
            (allowed_edits(3), allowed_edits(4), allowed_edits(8)),
            (0, 1, 2)
        );
    }

    #[test]
    fn the_trie_walk_finds_what_pairwise_comparison_finds() {
        let mut vocabulary: Vec<String> = [
            "",
            "a",
            "ab",
            "abc",
            "abd",
            "abcd",
            "abcde",
            "b",
            "ba",
            "bac",
            "café",
            "cafe",
            "cafes",
            "distillation",
            "distilled",
            "distance",
            "learning",
            "leaning",
            "learned",
            "yearning",
            "zoe",
            "zoë",
            "zebra",
            "ζωή",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        vocabulary.sort();
        for word in [
            "abc",
            "cafe",
            "distilation",
            "learnin",
            "zoe",
            "ζωη",
            "",
            "q",
            "lerning",
        ] {
            for max in 0..=3 {
                let mut walked = Vec::new();
                similar_words(&vocabulary, word, max, &mut |i, d| walked.push((i, d)));
                let pairwise: Vec<(usize, usize)> = vocabulary
                    .iter()
                    .enumerate()
                    .filter_map(|(i, w)| within(word, w, max).map(|d| (i, d)))
                    .collect();
                assert_eq!(walked, pairwise, "{word:?} within {max}");
            }
        }
    }
}

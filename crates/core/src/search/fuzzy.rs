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
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
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
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ];
        for (a, b, max, d) in cases {
            assert_eq!(within(a, b, max), d, "{a} ~ {b}");
        }
        assert_eq!(
            (allowed_edits(3), allowed_edits(4), allowed_edits(8)),
            (0, 1, 2)
        );
    }
}

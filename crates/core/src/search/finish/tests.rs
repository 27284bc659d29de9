//! Tests of finishing the index in pieces.

use super::super::build::IndexBuilder;
use super::super::index::{FieldWeights, Index};
use crate::parse_manifest;

/// Words of many first bytes and lengths: one letter, shared prefixes,
/// digits, accents (folded away), Greek, Cyrillic and CJK (several
/// bytes each).
fn archive() -> crate::Archive {
    let titles = [
        "a ab abc b ba zebra z9 9 10 100",
        "École über ça Ωmega ωmega москва Москва 東京 東",
        "the common words of a post about deep learning",
        "ab abd abe zz ζ ж 日本",
    ];
    let episodes: Vec<String> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| format!(r#"{{"id": "e{i}", "title": "{t}", "summary": "{t} summary {i}"}}"#))
        .collect();
    parse_manifest(&format!(
        r#"{{"version": 1, "title": "Words", "episodes": [{}]}}"#,
        episodes.join(",")
    ))
    .expect("valid")
}

#[test]
fn the_vocabulary_is_sorted_by_bytes_across_groups() {
    let index = Index::build(&archive().episodes);
    let words = &index.vocabulary;
    assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
    for w in [
        "a",
        "ab",
        "abc",
        "ecole",
        "uber",
        "ca",
        "ωmega",
        "москва",
        "東京",
        "東",
        "9",
        "100",
    ] {
        assert!(words.iter().any(|v| v == w), "{w} in {words:?}");
    }
}

#[test]
fn finishing_in_pieces_of_any_size_gives_the_same_index() {
    let archive = archive();
    let whole = Index::build(&archive.episodes);
    for budget in [1, 2, 7, 64, usize::MAX] {
        let mut builder = IndexBuilder::new(&archive.episodes, FieldWeights::default());
        let mut calls = 1;
        while !builder.step(&archive.episodes, budget) {
            calls += 1;
        }
        assert!(calls > 1, "budget {budget}");
        assert_eq!(builder.finish(&archive.episodes), whole, "budget {budget}");
    }
    // Stopped in the middle of each phase, finished at once.
    for stop in 1..40 {
        let mut builder = IndexBuilder::new(&archive.episodes, FieldWeights::default());
        for _ in 0..stop {
            builder.step(&archive.episodes, 1);
        }
        assert_eq!(
            builder.finish(&archive.episodes),
            whole,
            "stopped after {stop}"
        );
    }
}

#[test]
fn small_budgets_finish_in_many_pieces() {
    let mut finish = {
        let archive = archive();
        let mut builder = IndexBuilder::new(&archive.episodes, FieldWeights::default());
        builder.step(&archive.episodes, usize::MAX);
        builder.finishing.take().expect("all episodes in")
    };
    let mut calls = 0;
    while !finish.work(16) {
        calls += 1;
    }
    // Every phase's items (words, word positions, occurrences) in
    // pieces of 16: far more than one call per phase.
    assert!(calls > 6 * 2, "{calls} calls");
}

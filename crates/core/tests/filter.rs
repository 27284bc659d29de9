//! Filtering semantics: keywords, categories, counts and order.

use episode_archive_core::sorted::SortedSet;

use episode_archive_core::{parse_manifest, Archive, SortOrder};

mod support;
use support::visible_now;

fn archive() -> Archive {
    parse_manifest(
        r#"{"version": 1, "title": "Show", "episodes": [
          {"id": "gan", "title": "Training a GAN", "date": "2019-11-01", "number": 88,
           "categories": ["Deep learning", "Generative models"], "summary": "Mode collapse explained."},
          {"id": "cafe", "title": "Café conversations", "date": "2020-03-01", "number": 95,
           "categories": ["Interviews"], "summary": "Talking shop.", "guests": [{"name": "Zoë Smith"}]},
          {"id": "dist", "title": "Distillation", "date": "2020-05-20", "number": 104,
           "categories": ["Deep learning", "Model compression"], "summary": "Teacher and student.",
           "body": "Hinton's knowledge distillation.",
           "references": [{"title": "Distilling the Knowledge in a Neural Network"}]},
          {"id": "undated", "title": "An undated post", "categories": ["Interviews"], "summary": "No date."},
          {"id": "remote", "title": "Remote body", "date": "2018-01-01", "summary": "Short.", "body_url": "b.json"}
        ]}"#,
    )
    .expect("fixture loads")
}

fn ids(archive: &Archive, query: &str, chosen: &[&str]) -> Vec<String> {
    let chosen: SortedSet<String> = chosen.iter().map(|s| s.to_string()).collect();
    visible_now(archive, query, &chosen, SortOrder::BestMatch)
        .episodes
        .iter()
        .map(|&i| archive.episodes[i.get()].id.clone())
        .collect()
}

#[test]
fn keyword_and_category_filtering() {
    let archive = archive();
    // (query, chosen categories, expected ids newest first)
    let cases: &[(&str, &[&str], &[&str])] = &[
        ("", &[], &["dist", "cafe", "gan", "remote", "undated"]),
        ("cafe", &[], &["cafe"]),
        ("CAFÉ", &[], &["cafe"]),
        ("zoe", &[], &["cafe"]),
        ("distil", &[], &["dist"]),
        ("hinton", &[], &["dist"]),
        ("neural network", &[], &["dist"]),
        ("interviews", &[], &["cafe", "undated"]),
        ("mode collapse", &[], &["gan"]),
        ("collapse hinton", &[], &[]),
        ("   ", &[], &["dist", "cafe", "gan", "remote", "undated"]),
        ("", &["Deep learning"], &["dist", "gan"]),
        (
            "",
            &["Generative models", "Interviews"],
            &["cafe", "gan", "undated"],
        ),
        ("training", &["Deep learning"], &["gan"]),
        ("training", &["Interviews"], &[]),
        ("short", &[], &["remote"]),
    ];
    for (query, chosen, expected) in cases {
        assert_eq!(
            ids(&archive, query, chosen),
            *expected,
            "query {query:?}, categories {chosen:?}"
        );
    }
}

#[test]
fn a_word_never_matches_across_two_fields() {
    // Title ends "GAN", summary starts "Mode": "gan mode" as one word must not match.
    assert!(ids(&archive(), "ganmode", &[]).is_empty());
    assert!(ids(&archive(), "gan\u{1f}mode", &[]).len() <= 1);
}

#[test]
fn category_counts_follow_the_keyword_not_the_category_choice() {
    let archive = archive();
    let chosen: SortedSet<String> = ["Interviews".to_string()].into();
    let view = visible_now(&archive, "", &chosen, SortOrder::BestMatch);
    let counts: Vec<(&str, usize)> = view
        .categories
        .iter()
        .map(|c| (c.name.as_str(), c.count))
        .collect();
    assert_eq!(
        counts,
        [
            ("Deep learning", 2),
            ("Generative models", 1),
            ("Interviews", 2),
            ("Model compression", 1)
        ]
    );
    assert_eq!(view.total, 5);
    assert_eq!(view.episodes.len(), 2);

    let view = visible_now(
        &archive,
        "distillation",
        &SortedSet::new(),
        SortOrder::BestMatch,
    );
    let counts: Vec<usize> = view.categories.iter().map(|c| c.count).collect();
    assert_eq!(counts, [1, 0, 0, 1]);
}

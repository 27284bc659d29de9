//! Categories: spellings merged, sorted by folded form, each with its place.

use episode_archive_core::{parse_manifest, Archive, Episode};

use super::manifest;

/// An episode with these categories, and an archive of episodes built
/// directly, without loading's merge of spellings.
fn episode(id: &str, categories: &[&str]) -> Episode {
    Episode {
        id: id.into(),
        title: id.into(),
        categories: categories.iter().map(|c| c.to_string()).collect(),
        ..Episode::default()
    }
}

fn archive(episodes: Vec<Episode>) -> Archive {
    Archive::new(
        "Show".into(),
        String::new(),
        None,
        None,
        episodes,
        Vec::new(),
    )
}

#[test]
fn category_case_variants_merge_into_the_first_spelling() {
    let archive = parse_manifest(&manifest(
        r#"{"id": "a", "title": "A", "categories": ["Ethics", " ethics ", "", "NLP"]},
           {"id": "b", "title": "B", "categories": ["ÉTHICS", "nlp"]}"#,
    ))
    .unwrap();
    assert_eq!(archive.categories(), ["Ethics", "NLP"]);
    assert_eq!(archive.episodes[0].categories, ["Ethics", "NLP"]);
    assert_eq!(archive.episodes[1].categories, ["Ethics", "NLP"]);
}

#[test]
fn categories_sort_by_folded_form_and_each_has_a_place() {
    // Built directly, without loading's merge: two names with one folded
    // form ("Zoë", "zoe") both keep a place, beside each other.
    let archive = archive(vec![
        episode("a", &["zoology", "Zoë", "éthique"]),
        episode("b", &["ethics", "zoe", "Apple"]),
    ]);
    let names = archive.categories();
    assert_eq!(names.len(), 6);
    assert_eq!(names[..3], ["Apple", "ethics", "éthique"]);
    assert!(matches!(&names[3..5], [a, b] if [a, b] == ["Zoë", "zoe"] || [a, b] == ["zoe", "Zoë"]));
    assert_eq!(names[5], "zoology");
    for idx in 0..2 {
        let ids = archive.category_ids(episode_archive_core::EpisodeIdx::new(idx));
        let back: Vec<&str> = ids.iter().map(|&i| names[i as usize].as_str()).collect();
        assert_eq!(back, archive.episodes[idx].categories);
    }
}

#[test]
fn category_names_with_nul_characters_keep_their_own_places() {
    let archive = archive(vec![episode("a", &["a\0b", "a", "a\0", "\0"])]);
    assert_eq!(archive.categories().len(), 4);
    let back: Vec<&str> = archive
        .category_ids(episode_archive_core::EpisodeIdx::new(0))
        .iter()
        .map(|&i| archive.categories()[i as usize].as_str())
        .collect();
    assert_eq!(back, archive.episodes[0].categories);
}

#[test]
fn a_hundred_thousand_categories_filter_quickly() {
    let cats: Vec<String> = (0..100_000).map(|i| format!("\"c{i}\"")).collect();
    let archive = parse_manifest(&manifest(&format!(
        r#"{{"id": "a", "title": "T", "categories": [{}]}}"#,
        cats.join(",")
    )))
    .unwrap();
    let index = episode_archive_core::search::Index::build(&archive.episodes);
    let view = episode_archive_core::visible(
        &archive,
        Some(&index),
        None,
        &mut Default::default(),
        "t",
        &["c5".to_string()].into(),
        episode_archive_core::SortOrder::BestMatch,
    );
    assert_eq!(view.episodes.len(), 1);
    assert_eq!(
        view.categories.iter().filter(|c| c.count == 1).count(),
        100_000
    );
}

//! Properties over generated inputs (proptest): what must hold for any
//! view, any text, any sequence of actions, any query and any posts.

use std::rc::Rc;

use episode_archive_core::fold::fold;
use episode_archive_core::search::fulltext::{self, decode_shard, episodes_hash, FullText};
use episode_archive_core::search::{Index, WordCache};
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::url_state::{read, write, UrlState};
use episode_archive_core::{
    parse_manifest, visible, Action, Archive, ArchiveState, BodyDocument, BodyFormat, EpisodeIdx,
    SortOrder,
};
use proptest::prelude::*;

mod support;
use support::visible_now;

const CATEGORIES: [&str; 4] = ["Ethics", "NLP", "Deep learning", "Café"];
const WORDS: [&str; 12] = [
    "deep", "learning", "café", "Zoë", "neural", "networks", "gan", "bias", "the", "of", "privacy",
    "rust",
];

/// A small archive of `n` episodes with generated titles, categories and posts.
fn archive(titles: &[(String, Vec<usize>, String)]) -> Archive {
    let episodes: Vec<String> = titles
        .iter()
        .enumerate()
        .map(|(i, (title, cats, body))| {
            let cats: Vec<String> = cats.iter().map(|&c| format!("\"{}\"", CATEGORIES[c])).collect();
            format!(
                r#"{{"id": "e{i}", "title": {}, "categories": [{}], "body": {}, "date": "2020-01-{:02}"}}"#,
                serde_json::to_string(title).unwrap(),
                cats.join(","),
                serde_json::to_string(body).unwrap(),
                i % 28 + 1
            )
        })
        .collect();
    parse_manifest(&format!(
        r#"{{"version": 1, "title": "T", "episodes": [{}]}}"#,
        episodes.join(",")
    ))
    .expect("generated manifests load")
}

fn words(n: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS.to_vec()), n).prop_map(|w| w.join(" "))
}

fn episodes() -> impl Strategy<Value = Vec<(String, Vec<usize>, String)>> {
    prop::collection::vec(
        (
            words(1..5),
            prop::collection::vec(0..CATEGORIES.len(), 0..3),
            words(0..30),
        ),
        1..8,
    )
}

/// The episodes a query and a category choice show, in position order.
fn ids(archive: &Archive, query: &str, chosen: &SortedSet<String>) -> Vec<EpisodeIdx> {
    let mut found = visible_now(archive, query, chosen, SortOrder::Newest)
        .episodes
        .to_vec();
    found.sort();
    found
}

proptest! {
    #[test]
    fn a_view_round_trips_through_the_url(
        query in "\\PC{0,20}",
        categories in prop::collection::btree_set("\\PC{1,12}", 0..4),
        expanded in prop::option::of("\\PC{1,12}"),
        host in prop::sample::select(vec!["", "?page=2", "?utm_source=x&ea=keep&q=host&ea.x=1"]),
    ) {
        let state = UrlState { query, categories: categories.into_iter().collect(), expanded };
        let written = write(host, "ea", &state);
        prop_assert_eq!(read(&written, "ea"), state.clone());
        // The page's own parameters stay as they were.
        let others = |search: &str| -> Vec<(String, String)> {
            form_urlencoded_pairs(search).into_iter().filter(|(k, _)| !["ea.q", "ea.c", "ea.e"].contains(&k.as_str())).collect()
        };
        prop_assert_eq!(others(&written), others(host));
    }

    #[test]
    fn folding_is_idempotent(text in "\\PC{0,40}") {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn search_results_are_within_the_category_filters_results(
        titles in episodes(),
        query in words(1..3),
        chosen in prop::collection::vec(0..CATEGORIES.len(), 0..3),
    ) {
        let archive = archive(&titles);
        let chosen: SortedSet<String> = chosen.into_iter().map(|c| CATEGORIES[c].to_owned()).collect();
        let both = ids(&archive, &query, &chosen);
        let by_category = ids(&archive, "", &chosen);
        let by_query = ids(&archive, &query, &SortedSet::new());
        prop_assert!(both.iter().all(|e| by_category.contains(e) && by_query.contains(e)), "{both:?} ⊄ {by_category:?} ∩ {by_query:?}");
    }

    #[test]
    fn the_state_never_points_at_an_episode_that_does_not_exist(
        sizes in prop::collection::vec(1usize..6, 1..3),
        steps in prop::collection::vec((0u8..9, 0usize..8), 0..40),
    ) {
        let archives: Vec<Rc<Archive>> = sizes
            .iter()
            .map(|&n| Rc::new(archive(&(0..n).map(|i| (format!("t{i}"), vec![i % 4], String::new())).collect::<Vec<_>>())))
            .collect();
        let mut state = ArchiveState::new("https://x.org/a.json");
        for (kind, n) in steps {
            let idx = EpisodeIdx::new(n);
            let action = match kind {
                0 => {
                    state = state.reduce(Action::StartLoading { url: "https://x.org/a.json".into() });
                    Action::Loaded(archives[n % archives.len()].clone())
                }
                1 => Action::ToggleExpanded(idx),
                2 => Action::WantSnippets(vec![idx, EpisodeIdx::new(n / 2)]),
                3 => Action::BodyLoading { idx, generation: state.generation },
                4 => Action::BodyLoaded {
                    idx,
                    generation: state.generation,
                    result: Ok(BodyDocument { body: "b".into(), body_format: BodyFormat::Text }),
                },
                5 => Action::Restore(UrlState { query: String::new(), categories: vec![], expanded: Some(format!("e{n}")) }),
                6 => Action::RetryBody(idx),
                7 => Action::SetQuery(WORDS[n % WORDS.len()].into()),
                _ => Action::ShowMore,
            };
            state = state.reduce(action);
            let len = state.archive().map_or(0, |a| a.episodes.len());
            let ok = |i: &EpisodeIdx| i.get() < len;
            prop_assert!(state.expanded.iter().all(ok), "expanded {:?} of {len}", state.expanded);
            prop_assert!(state.snippets.iter().all(ok), "snippets {:?} of {len}", state.snippets);
            prop_assert!(state.bodies.iter().all(|(i, _)| ok(i)), "bodies of {len}");
            prop_assert!(state.last_opened.iter().all(ok) && state.revealed.iter().all(ok));
            prop_assert!(state.bodies_to_fetch().iter().all(|(i, _)| ok(i)));
        }
    }

    #[test]
    fn the_full_text_index_gives_the_same_results_however_it_is_split(
        posts in prop::collection::vec(words(0..40), 1..10),
        shard_bytes in 1usize..64,
        queries in prop::collection::vec(words(1..3), 1..6),
    ) {
        let manifest = format!(
            r#"{{"version": 1, "title": "T", "episodes": [{}]}}"#,
            (0..posts.len()).map(|i| format!(r#"{{"id": "p{i}", "title": "Post", "body_url": "b/{i}.json"}}"#)).collect::<Vec<_>>().join(",")
        );
        let archive = parse_manifest(&manifest).unwrap();
        let docs: Vec<BodyDocument> = posts.iter().map(|p| BodyDocument { body: p.clone(), body_format: BodyFormat::Text }).collect();
        let pairs: Vec<(u32, &BodyDocument)> = docs.iter().enumerate().map(|(i, d)| (i as u32, d)).collect();
        let built = fulltext::build(posts.len() as u32, &pairs);
        let hash = episodes_hash(&archive.episodes);
        let one = FullText::from_bytes(&fulltext::write(&built, &hash, usize::MAX, 0)[0].bytes).unwrap();
        let files = fulltext::write(&built, &hash, 0, shard_bytes);
        let mut sharded = FullText::from_bytes(&files[0].bytes).unwrap();
        for at in 0..sharded.directory().shards.len() {
            let name = sharded.file(at).unwrap().to_owned();
            let file = files.iter().find(|f| f.name == name).unwrap();
            sharded = sharded.with_shard(at, decode_shard(&file.bytes).unwrap()).unwrap();
        }
        let index = Index::build(&archive.episodes);
        for query in &queries {
            let run = |full: &FullText| visible(&archive, Some(&index), Some(full), &mut WordCache::default(), query, &SortedSet::new(), SortOrder::BestMatch).episodes.to_vec();
            prop_assert_eq!(run(&one), run(&sharded), "{}", query);
            // Every post holding the query's words exactly is found.
            let wanted: Vec<String> = query.split(' ').map(fold).collect();
            for (i, post) in posts.iter().enumerate() {
                let has: Vec<String> = post.split(' ').filter(|w| !w.is_empty()).map(fold).collect();
                if wanted.iter().all(|w| has.contains(w)) {
                    prop_assert!(run(&one).contains(&EpisodeIdx::new(i)), "{query:?} in post {i}: {post:?}");
                }
            }
        }
    }
}

/// The pairs of a query string, decoded.
fn form_urlencoded_pairs(search: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

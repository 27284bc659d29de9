//! The search engine as a reader meets it: typos forgiven, the best match
//! first, phrases, exclusions and the sort control.

use episode_archive_core::sorted::SortedSet;

use episode_archive_core::{parse_manifest, visible, Archive, EpisodeIdx, SortOrder};

mod support;
use support::visible_now;

fn archive() -> Archive {
    parse_manifest(
        r#"{"version": 1, "title": "Show", "episodes": [
          {"id": "distill", "title": "Compressing models: distillation", "date": "2020-05-20",
           "categories": ["Model compression"], "tags": ["Hinton"], "summary": "Teacher and student networks."},
          {"id": "bodyonly", "title": "A long talk", "date": "2021-01-01",
           "summary": "Many things.", "body": "Somewhere deep inside we mention distillation once."},
          {"id": "transformers", "title": "More powerful deep learning with transformers", "date": "2019-10-01",
           "categories": ["NLP"], "summary": "Attention is all you need.",
           "references": [{"title": "The illustrated transformer"}]},
          {"id": "neural", "title": "Neural networks can memorize secrets", "date": "2020-03-23",
           "summary": "A network that remembers.", "guests": [{"name": "Nicholas Carlini"}]},
          {"id": "network-neural", "title": "The network of neural ideas", "date": "2018-01-01",
           "summary": "Words in another order."},
          {"id": "gan", "title": "How to improve the stability of training a GAN", "date": "2019-11-01",
           "categories": ["Generative models"], "summary": "Mode collapse."},
          {"id": "old-gan", "title": "GAN basics", "date": "2017-01-01", "summary": "Generators."},
          {"id": "undated", "title": "A GAN without a date", "summary": "Undated."}
        ]}"#,
    )
    .expect("fixture loads")
}

fn ids(archive: &Archive, query: &str, sort: SortOrder) -> Vec<String> {
    visible_now(archive, query, &SortedSet::new(), sort)
        .episodes
        .iter()
        .map(|&i| archive.episodes[i.get()].id.clone())
        .collect()
}

#[test]
fn readers_find_what_they_meant() {
    let archive = archive();
    // (what the reader typed, what they see, best first)
    let cases: &[(&str, &[&str])] = &[
        // A match in the title ranks above one deep in a body.
        ("distillation", &["distill", "bodyonly"]),
        // One typo in a word of 4+ letters, two in 8+.
        ("distilation", &["distill", "bodyonly"]),
        ("dsitillation", &["distill", "bodyonly"]),
        ("transfomers", &["transformers"]),
        // The word being typed matches as a prefix.
        ("transf", &["transformers"]),
        ("carl", &["neural"]),
        // Tags are searched, as categories are.
        ("hinton", &["distill"]),
        // Short words are not fuzzy: "gun" is not "gan".
        ("gun", &[]),
        // Every word must match.
        ("deep transformers", &["transformers"]),
        // Quoted phrases keep their order; loose words do not.
        ("\"neural networks\"", &["neural"]),
        // Both words exact in a title beat a prefix match ("networks").
        ("neural network", &["network-neural", "neural"]),
        // Excluded words.
        ("gan -stability", &["old-gan", "undated"]),
        (
            "-gan",
            &[
                "bodyonly",
                "distill",
                "neural",
                "transformers",
                "network-neural",
            ],
        ),
        // Exact beats fuzzy: "network" is exact in the first two, while
        // "networks" in the last summary is a typo away.
        ("network ", &["network-neural", "neural", "distill"]),
    ];
    for (query, expected) in cases {
        assert_eq!(
            ids(&archive, query, SortOrder::BestMatch),
            *expected,
            "{query:?}"
        );
    }
}

#[test]
fn equal_scores_break_ties_by_recency_and_the_sort_control_orders() {
    let archive = archive();
    let best = ids(&archive, "gan ", SortOrder::BestMatch);
    assert_eq!(best.len(), 3);
    let newest = ids(&archive, "gan ", SortOrder::Newest);
    let oldest = ids(&archive, "gan ", SortOrder::Oldest);
    assert_eq!(newest.first().map(String::as_str), Some("gan"));
    assert_eq!(oldest.first().map(String::as_str), Some("old-gan"));
    assert_eq!(
        oldest.last().map(String::as_str),
        Some("undated"),
        "undated last either way"
    );
    // With no query, the sort control still orders the whole list.
    let all_oldest = ids(&archive, "", SortOrder::Oldest);
    assert_eq!(all_oldest.first().map(String::as_str), Some("old-gan"));
    assert_eq!(
        ids(&archive, "", SortOrder::BestMatch),
        ids(&archive, "", SortOrder::Newest)
    );
}

#[test]
fn an_index_built_in_slices_is_the_index_built_at_once() {
    use episode_archive_core::search::{FieldWeights, Index, IndexBuilder};
    let a = archive();
    let whole = Index::build(&a.episodes);
    for slice in [1, 3, 100] {
        let mut builder = IndexBuilder::new(&a.episodes, FieldWeights::default());
        let mut steps = 1;
        while !builder.step(&a.episodes, slice) {
            steps += 1;
        }
        assert_eq!(builder.done(), a.episodes.len());
        assert_eq!(builder.finish(&a.episodes), whole, "slices of {slice}");
        // The episodes' steps, then at least one of finishing work.
        assert!(
            steps > a.episodes.len().div_ceil(slice),
            "slices of {slice}"
        );
    }
    // As a search value: steps until ready, each by value; the view has no
    // keyword filter before the index is there, and the same results as a
    // whole build once it is; a build cut short is finished on demand.
    use episode_archive_core::search::{Search, WordCache};
    let mut search = Search::start(&a);
    let mut calls = 0;
    while search.ready().is_none() {
        search = search.step(&a, 3);
        calls += 1;
    }
    assert!(calls > a.episodes.len().div_ceil(3));
    assert_eq!(**search.ready().expect("ready"), whole);
    let none = SortedSet::new();
    let unfiltered = visible(
        &a,
        None,
        None,
        &mut WordCache::default(),
        "distilation",
        &none,
        SortOrder::BestMatch,
    );
    assert_eq!(
        unfiltered.episodes.len(),
        a.episodes.len(),
        "no index yet: no keyword filter"
    );
    let interrupted = Search::start(&a).step(&a, 2);
    assert!(interrupted.ready().is_none());
    let finished = interrupted.finish(&a);
    assert_eq!(*finished, whole);
    assert_eq!(
        visible(
            &a,
            Some(&finished),
            None,
            &mut WordCache::default(),
            "distilation",
            &none,
            SortOrder::BestMatch
        ),
        visible_now(&a, "distilation", &none, SortOrder::BestMatch)
    );
}

/// A generated archive of `n` episodes: distinct dates (some missing), a
/// word `common` in every third, and `rare` in one.
fn generated(n: usize) -> Archive {
    let episodes: Vec<String> = (0..n)
        .map(|i| {
            let date = if i % 7 == 3 {
                String::new()
            } else {
                format!(r#""date": "{}-{:02}-{:02}","#, 2000 + i % 20, 1 + i % 12, 1 + i % 28)
            };
            let words = match (i % 3, i) {
                (_, 17) => "rare common",
                (0, _) => "common common",
                _ => "other",
            };
            format!(r#"{{"id": "e{i}", {date} "title": "Episode {i} {words}", "summary": "{words} {i}"}}"#)
        })
        .collect();
    parse_manifest(&format!(
        r#"{{"version": 1, "title": "Generated", "episodes": [{}]}}"#,
        episodes.join(",")
    ))
    .expect("generated archive loads")
}

#[test]
fn orders_agree_with_a_plain_sort_for_few_and_many_matches() {
    let archive = generated(200);
    let rank = archive.recency_rank();
    let newest = |mut es: Vec<EpisodeIdx>| {
        es.sort_by_key(|&e| rank[e.get()]);
        es
    };
    // "rare": one match (sorted); "common": a third (one pass over the
    // newest-first order); "": every episode (the archive's order).
    for query in ["rare", "common", ""] {
        let matches = visible_now(&archive, query, &SortedSet::new(), SortOrder::Newest).episodes;
        assert_eq!(&*matches, &newest(matches.to_vec())[..], "{query:?} newest");
        let oldest = visible_now(&archive, query, &SortedSet::new(), SortOrder::Oldest).episodes;
        let dated = |es: &[EpisodeIdx]| {
            es.iter()
                .filter(|&&e| archive.episodes[e.get()].date.is_some())
                .count()
        };
        let mut expected = newest(matches.to_vec());
        let d = dated(&expected);
        expected[..d].reverse();
        assert_eq!(&*oldest, &expected[..], "{query:?} oldest");
    }
    assert_eq!(
        visible_now(&archive, "rare", &SortedSet::new(), SortOrder::Newest)
            .episodes
            .len(),
        1
    );
    // Best match: score first, then recency, as a comparator would order them.
    let index = episode_archive_core::search::Index::build(&archive.episodes);
    let query = episode_archive_core::search::Query::parse("common");
    let mut hits = index.search(&query, &mut Default::default());
    hits.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(rank[a.episode.get()].cmp(&rank[b.episode.get()]))
    });
    let expected: Vec<EpisodeIdx> = hits.iter().map(|h| h.episode).collect();
    let best = visible_now(&archive, "common", &SortedSet::new(), SortOrder::BestMatch).episodes;
    assert_eq!(&*best, &expected[..]);
    assert!(best.len() > 60, "a third of 200 match: {}", best.len());
}

/// Archives in other scripts: one episode per language, found by what a
/// reader of that language types.
#[test]
fn readers_of_other_scripts_find_their_episodes() {
    let archive = parse_manifest(
        r#"{"version": 1, "title": "Show", "episodes": [
          {"id": "ja", "title": "東京の天気と機械学習", "date": "2024-01-01", "summary": "深層学習の話。"},
          {"id": "zh", "title": "人工智能的未来", "date": "2024-01-02", "summary": "我们讨论机器学习。"},
          {"id": "de", "title": "Die Straße der KI", "date": "2024-01-03", "summary": "Über Maße und Größe."},
          {"id": "el", "title": "Ο κόσμος της τεχνητής νοημοσύνης", "date": "2024-01-04", "summary": "Ένας λόγος."},
          {"id": "tr", "title": "İstanbul'da yapay zekâ", "date": "2024-01-05", "summary": "Işık ve ısı."},
          {"id": "ar", "title": "الذَّكَاءُ الاصْطِنَاعِيّ", "date": "2024-01-06", "summary": "كتـــاب عن التعلم"},
          {"id": "he", "title": "בִּינָה מְלָאכוּתִית", "date": "2024-01-07", "summary": "שָׁלוֹם"},
          {"id": "ru", "title": "Ёлки и нейросети", "date": "2024-01-08", "summary": "Разговор."},
          {"id": "fw", "title": "ＧＰＴ入門", "date": "2024-01-09", "summary": "全角の英字。"}
        ]}"#,
    )
    .expect("fixture loads");
    let cases: &[(&str, &[&str])] = &[
        // Two characters of Japanese or Chinese find the episode that has them in a row.
        ("天気", &["ja"]),
        ("学習", &["ja"]),
        // Simplified Chinese writes 习 where Japanese writes 習.
        ("机器学习", &["zh"]),
        ("機械学習", &["ja"]),
        ("智能", &["zh"]),
        // One character, as it is typed, matches as a prefix.
        ("東", &["ja"]),
        // Characters that are not next to each other are not a match.
        ("京気", &[]),
        // German ß and ss.
        ("strasse", &["de"]),
        ("STRASSE", &["de"]),
        ("Straße", &["de"]),
        ("grosse", &["de"]),
        // Greek without accents, and final sigma.
        ("κοσμοσ", &["el"]),
        ("κόσμος", &["el"]),
        // Turkish dotted and dotless i.
        ("istanbul", &["tr"]),
        ("isik", &["tr"]),
        // Arabic without harakat or tatweel, Hebrew without niqqud.
        ("الذكاء", &["ar"]),
        ("كتاب", &["ar"]),
        ("בינה", &["he"]),
        ("שלום", &["he"]),
        // Russian ё is е.
        ("елки", &["ru"]),
        // Full-width Latin letters are plain ones.
        ("gpt", &["fw"]),
    ];
    for (query, expected) in cases {
        let got = ids(&archive, query, SortOrder::BestMatch);
        assert_eq!(&got, expected, "query {query:?}");
    }
}

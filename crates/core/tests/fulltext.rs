//! The prebuilt full-text index: built natively, written to bytes, read
//! back, routed shard by shard, and searched with the in-browser index
//! exactly as the widget does.

use episode_archive_core::search::fulltext::{
    self, decode_shard, episodes_hash, FullText, FullTextError, IndexFile, VERSION,
};
use episode_archive_core::search::{Index, Query, WordCache};
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::{parse_manifest, visible, Archive, BodyDocument, BodyFormat, SortOrder};

/// An archive whose posts are all kept out of the manifest, and the posts.
fn archive() -> (Archive, Vec<BodyDocument>) {
    let posts = [
        ("bias", "The dark side of AI: bias in the machine", "text",
         "In 1986 the Rockefeller Foundation funded a study of uterine health. Deep learning came later."),
        ("gan", "Training a GAN", "html",
         "<p>Mode collapse &amp; <b>generators</b>; the discriminator wins. Zoë Müller explains.</p>"),
        ("nlp", "Transformers", "text",
         "Attention is all you need, said the paper. Rocket science it is not. Deep nets learn."),
        ("quiet", "Nothing much", "text", "Aardvark zebra quagga."),
        ("empty", "An episode whose post says nothing", "text", ""),
    ];
    let episodes: Vec<String> = posts
        .iter()
        .map(|(id, title, _, _)| {
            format!(r#"{{"id": "{id}", "title": "{title}", "summary": "", "body_url": "bodies/{id}.json"}}"#)
        })
        .collect();
    let archive = parse_manifest(&format!(
        r#"{{"version": 1, "title": "Show", "episodes": [{}]}}"#,
        episodes.join(",")
    ))
    .expect("fixture loads");
    let bodies = posts
        .iter()
        .map(|(_, _, format, body)| BodyDocument {
            body: (*body).to_owned(),
            body_format: if *format == "html" {
                BodyFormat::Html
            } else {
                BodyFormat::Text
            },
        })
        .collect();
    (archive, bodies)
}

/// The index of every post, built in memory, and the episodes' hash.
fn built(archive: &Archive, bodies: &[BodyDocument]) -> (fulltext::Built, String) {
    let pairs: Vec<(u32, &BodyDocument)> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (i as u32, b))
        .collect();
    (
        fulltext::build(archive.episodes.len() as u32, &pairs),
        episodes_hash(&archive.episodes),
    )
}

/// The index files for the archive: one file, or shards of about `shard_bytes`.
fn files(archive: &Archive, bodies: &[BodyDocument], shard_bytes: Option<usize>) -> Vec<IndexFile> {
    let (built, hash) = built(archive, bodies);
    match shard_bytes {
        None => fulltext::write(&built, &hash, usize::MAX, 0),
        Some(bytes) => fulltext::write(&built, &hash, 0, bytes),
    }
}

/// The directory with every shard loaded, read from the files' bytes.
fn load_all(files: &[IndexFile]) -> FullText {
    let full = FullText::from_bytes(&files[0].bytes).expect("directory reads");
    let all: Vec<usize> = (0..full.directory().shards.len()).collect();
    with_shards(full, files, &all)
}

/// `full` with shards `which` loaded from `files`.
fn with_shards(mut full: FullText, files: &[IndexFile], which: &[usize]) -> FullText {
    for &at in which {
        if let Some(name) = full.file(at).map(str::to_owned) {
            let file = files
                .iter()
                .find(|f| f.name == name)
                .expect("shard written");
            let shard = decode_shard(&file.bytes).expect("shard reads");
            full = full.with_shard(at, shard).expect("the directory's shard");
        }
    }
    full
}

fn ids(archive: &Archive, full: Option<&FullText>, query: &str) -> Vec<String> {
    let index = Index::build(&archive.episodes);
    let view = visible(
        archive,
        Some(&index),
        full,
        &mut WordCache::default(),
        query,
        &SortedSet::new(),
        SortOrder::BestMatch,
    );
    view.episodes
        .iter()
        .map(|&i| archive.episodes[i.get()].id.clone())
        .collect()
}

/// Queries and the episodes they find in the posts, best first.
const QUERIES: &[(&str, &[&str])] = &[
    ("rockefeller", &["bias"]),
    ("Rockefeller foundation", &["bias"]),
    ("uterine", &["bias"]),
    ("rockefelelr", &["bias"]),       // a typo, long word: two edits
    ("rockefe", &["bias"]),           // typed so far: a prefix
    ("roc", &["bias", "nlp"]),        // rockefeller, rocket
    ("ro", &[]),                      // too short for a prefix in posts
    ("discriminator", &["gan"]),      // HTML read as text
    ("collapse -generators", &[]),    // excluded in the post
    ("zoe muller", &["gan"]),         // folded
    ("\"deep learning\"", &["bias"]), // both words in that post
    ("deep", &["bias", "nlp"]),
    ("transformers attention", &["nlp"]), // title and post together
    ("quagga aardvark", &["quiet"]),
    ("nothing", &["empty", "quiet"]), // titles still searched
    ("q", &[]),                       // a letter: no prefix in posts
];

#[test]
fn posts_are_found_through_the_full_text_index() {
    let (archive, bodies) = archive();
    let full = load_all(&files(&archive, &bodies, None));
    for (query, expected) in QUERIES {
        let mut got = ids(&archive, Some(&full), query);
        let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        if *query == "nothing" || *query == "roc" || *query == "deep" {
            got.sort();
            want.sort();
        }
        assert_eq!(got, want, "query {query:?}");
    }
    assert_eq!(
        ids(&archive, None, "rockefeller"),
        Vec::<String>::new(),
        "without it, posts are not searched"
    );
}

#[test]
fn one_file_and_shards_give_the_same_results_as_the_index_in_memory() {
    let (archive, bodies) = archive();
    let (built, hash) = built(&archive, &bodies);
    let in_memory = FullText::new(
        fulltext::decode_directory(&fulltext::write(&built, &hash, usize::MAX, 0)[0].bytes)
            .expect("reads")
            .0,
        vec![built.shard.clone()],
    );
    let one = files(&archive, &bodies, None);
    assert_eq!(one.len(), 1, "a small index is one file");
    let sharded = files(&archive, &bodies, Some(12));
    assert!(sharded.len() > 4, "tiny shards: {} files", sharded.len());
    for f in &sharded[1..] {
        assert!(
            f.name.starts_with("shard-") && f.name.ends_with(".bin"),
            "{}",
            f.name
        );
    }
    assert!(sharded[0].name.starts_with("index-"));
    let (one, sharded) = (load_all(&one), load_all(&sharded));
    for (query, _) in QUERIES {
        let want = ids(&archive, Some(&in_memory), query);
        assert_eq!(
            ids(&archive, Some(&one), query),
            want,
            "one file, {query:?}"
        );
        assert_eq!(
            ids(&archive, Some(&sharded), query),
            want,
            "shards, {query:?}"
        );
    }
    // Deterministic: the same archive always gives the same files.
    assert_eq!(
        files(&archive, &bodies, Some(12)),
        files(&archive, &bodies, Some(12))
    );
}

#[test]
fn a_query_fetches_only_the_shards_holding_its_words() {
    let (archive, bodies) = archive();
    let files = files(&archive, &bodies, Some(12));
    let directory = FullText::from_bytes(&files[0].bytes).expect("reads");
    let all = load_all(&files);
    let shards = directory.directory().shards.clone();
    let words = directory.directory().words.clone();
    // The first word of every shard and the last of the one before: found
    // with only the shards the query needs.
    for shard in &shards[1..] {
        let first = shard.first as usize;
        for word in [&words[first], &words[first - 1]] {
            let q = format!("{word} ");
            let needed = directory.needed(&Query::parse(&q));
            assert_eq!(needed.len(), 1, "{word:?} is in one shard");
            let partial = with_shards(directory.clone(), &files, &needed);
            assert!(partial.missing(&Query::parse(&q)).is_empty());
            assert_eq!(
                ids(&archive, Some(&partial), &q),
                ids(&archive, Some(&all), &q),
                "{word:?} at a boundary"
            );
            assert!(
                !ids(&archive, Some(&all), &q).is_empty(),
                "{word:?} is in some post"
            );
        }
    }
    // A word being typed needs the shards of its prefix's words; a word no
    // post has needs none.
    let roc = directory.needed(&Query::parse("roc"));
    let rocket = directory.needed(&Query::parse("rocket "));
    let rockefeller = directory.needed(&Query::parse("rockefeller "));
    assert!(
        roc.contains(&rocket[0]) && roc.contains(&rockefeller[0]),
        "{roc:?}"
    );
    assert!(
        directory.needed(&Query::parse("ro")).is_empty(),
        "no post has the word \"ro\""
    );
    assert!(directory.needed(&Query::parse("xylophone ")).is_empty());
    assert!(roc.len() < shards.len());
}

#[test]
fn a_typo_finds_its_word_in_whichever_shard_holds_it() {
    let (archive, bodies) = archive();
    let files = files(&archive, &bodies, Some(12));
    let directory = FullText::from_bytes(&files[0].bytes).expect("reads");
    for typo in ["rpckefeller", "eockefeller", "rockefelelr", "uterinw"] {
        let q = format!("{typo} ");
        let needed = directory.needed(&Query::parse(&q));
        assert_eq!(
            needed.len(),
            1,
            "{typo}: the shard of the word it misspells"
        );
        let partial = with_shards(directory.clone(), &files, &needed);
        assert_eq!(ids(&archive, Some(&partial), &q), ["bias"], "{typo}");
    }
    // A shard from another place of the index is refused.
    let other = files
        .iter()
        .find(|f| Some(f.name.as_str()) == directory.file(2))
        .unwrap();
    assert_eq!(
        directory
            .with_shard(1, decode_shard(&other.bytes).unwrap())
            .unwrap_err(),
        FullTextError::Mismatch
    );
}

#[test]
fn files_that_are_not_this_index_are_clear_errors() {
    let (archive, bodies) = archive();
    let one = files(&archive, &bodies, None);
    let mut newer = one[0].bytes.clone();
    newer[4] = VERSION + 1;
    let error = FullText::from_bytes(&newer).expect_err("a newer format");
    assert_eq!(error, FullTextError::Version(VERSION + 1));
    assert!(
        error
            .to_string()
            .contains("version 2; this widget reads version 1"),
        "{error}"
    );
    assert_eq!(
        FullText::from_bytes(b"{\"version\": 1}").unwrap_err(),
        FullTextError::NotAnIndex
    );
    let sharded = files(&archive, &bodies, Some(12));
    assert_eq!(
        decode_shard(&sharded[0].bytes).unwrap_err(),
        FullTextError::Kind
    );
    // Cut anywhere, or with any byte changed: an error or a valid index, never a panic.
    for cut in 0..one[0].bytes.len() {
        assert!(
            FullText::from_bytes(&one[0].bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    for at in 6..one[0].bytes.len() {
        for flip in [0x01u8, 0x80, 0xff] {
            let mut bytes = one[0].bytes.clone();
            bytes[at] ^= flip;
            if let Ok(full) = FullText::from_bytes(&bytes) {
                ids(&archive, Some(&full), "rockefeller deep");
            }
        }
    }
}

#[test]
fn the_episodes_hash_changes_with_what_an_index_points_at() {
    let (archive, _) = archive();
    let hash = episodes_hash(&archive.episodes);
    assert_eq!(hash.len(), 16);
    let mut renamed = archive.episodes.clone();
    renamed[1].id = "gan2".into();
    let mut moved = archive.episodes.clone();
    moved.swap(0, 1);
    let mut rehomed = archive.episodes.clone();
    rehomed[0].body_url = Some("bodies/other.json".into());
    let mut retitled = archive.episodes.clone();
    retitled[0].title = "A new title".into();
    assert_ne!(episodes_hash(&renamed), hash);
    assert_ne!(episodes_hash(&moved), hash);
    assert_ne!(episodes_hash(&rehomed), hash);
    assert_eq!(
        episodes_hash(&retitled),
        hash,
        "titles are the manifest's, indexed in the browser"
    );
    assert_ne!(episodes_hash(&archive.episodes[..4]), hash);
}

mod state {
    //! The index in the view state: named, fetched, refused as stale,
    //! shards asked for as the query needs them.

    use std::rc::Rc;

    use super::*;
    use episode_archive_core::{Action, ArchiveState, EpisodeIdx, FullTextState};

    /// The fixture archive naming its index (sharded when `shards`), the
    /// state once loaded, and the files.
    fn loaded(shards: bool, hash: Option<&str>) -> (ArchiveState, Vec<IndexFile>) {
        let (mut archive, bodies) = archive();
        let files = files(&archive, &bodies, shards.then_some(12));
        archive.search = Some(episode_archive_core::SearchIndexRef {
            url: format!("search/{}", files[0].name),
            episodes_hash: hash.map_or_else(|| episodes_hash(&archive.episodes), str::to_owned),
        });
        let state = ArchiveState::new("https://x.org/archive.json")
            .reduce(Action::Loaded(Rc::new(archive)));
        (state, files)
    }

    fn directory(state: &ArchiveState, files: &[IndexFile]) -> ArchiveState {
        let state = state.reduce(Action::FullTextLoading { generation: 0 });
        assert_eq!(state.full_text, FullTextState::Loading);
        state.reduce(Action::FullTextLoaded {
            generation: 0,
            result: FullText::from_bytes(&files[0].bytes).map_err(|e| e.to_string()),
        })
    }

    #[test]
    fn a_one_file_index_is_fetched_once_and_needs_no_shard() {
        let (state, files) = loaded(false, None);
        assert_eq!(
            state.full_text_to_fetch(),
            Some(format!("search/{}", files[0].name).as_str())
        );
        let state = directory(&state, &files).reduce(Action::SetQuery("rockefeller".into()));
        assert!(state.full_text().is_some());
        assert_eq!(state.full_text_to_fetch(), None);
        assert!(state.shards_to_fetch().is_empty());
        assert!(!state.full_text_pending());
    }

    #[test]
    fn shards_are_asked_for_as_the_query_needs_them_and_once() {
        let (state, files) = loaded(true, None);
        let state = directory(&state, &files);
        assert!(state.shards_to_fetch().is_empty(), "no query, no shard");
        assert!(!state.full_text_pending());
        let state = state.reduce(Action::SetQuery("rockefeller".into()));
        let wanted = state.shards_to_fetch();
        assert!(!wanted.is_empty() && state.full_text_pending());
        let state = state.reduce(Action::ShardsLoading {
            generation: 0,
            shards: wanted.iter().map(|w| w.0).collect(),
        });
        assert!(
            state.shards_to_fetch().is_empty(),
            "being fetched: not asked again"
        );
        assert!(state.full_text_pending(), "still on its way");
        let mut state = state;
        for (at, file) in &wanted {
            let bytes = &files.iter().find(|f| &f.name == file).unwrap().bytes;
            state = state.reduce(Action::ShardLoaded {
                generation: 0,
                at: *at,
                result: decode_shard(bytes).map_err(|e| e.to_string()),
            });
        }
        assert!(!state.full_text_pending());
        assert_eq!(state.full_text().unwrap().loaded(), wanted.len());
        // A failed shard is searched without and not asked for again.
        let state = state.reduce(Action::SetQuery("zebra".into()));
        let (at, _) = state.shards_to_fetch()[0].clone();
        let state = state
            .reduce(Action::ShardsLoading {
                generation: 0,
                shards: vec![at],
            })
            .reduce(Action::ShardLoaded {
                generation: 0,
                at,
                result: Err("https://x.org/search/shard.bin: 404".into()),
            });
        assert!(state.shards_to_fetch().is_empty() && !state.full_text_pending());
        // A shard for an earlier manifest is dropped.
        let later = state.reduce(Action::StartLoading {
            url: "https://x.org/other.json".into(),
        });
        assert_eq!(later.full_text, FullTextState::Absent);
        assert_eq!(
            later.reduce(Action::ShardLoaded {
                generation: 0,
                at: 0,
                result: Err("late".into())
            }),
            later
        );
    }

    #[test]
    fn a_stale_or_unreadable_index_is_refused_with_the_reason() {
        let (state, files) = loaded(false, Some("0000000000000000"));
        let state = directory(&state, &files);
        let problem = state.full_text_problem().expect("stale");
        assert!(problem.contains("built for other episodes"), "{problem}");
        assert!(state.full_text().is_none());
        let (state, _) = loaded(false, None);
        let state = state.reduce(Action::FullTextLoaded {
            generation: 0,
            result: Err("https://x.org/search/index.bin could not be loaded: HTTP 404".into()),
        });
        assert!(state.full_text_problem().unwrap().contains("404"));
        let state = state.reduce(Action::SetQuery("rockefeller".into()));
        assert!(!state.full_text_pending(), "nothing more is coming");
    }

    #[test]
    fn snippets_are_wanted_posts_fetched_like_open_ones() {
        let (state, _) = loaded(false, None);
        let state = state.reduce(Action::WantSnippets(vec![
            EpisodeIdx::new(2),
            EpisodeIdx::new(0),
        ]));
        let urls: Vec<String> = state
            .bodies_to_fetch()
            .into_iter()
            .map(|(_, u)| u)
            .collect();
        assert_eq!(urls, ["bodies/bias.json", "bodies/nlp.json"]);
        let state = state.reduce(Action::BodyLoading {
            idx: EpisodeIdx::new(0),
            generation: 0,
        });
        assert_eq!(state.bodies_to_fetch().len(), 1);
        let state = state.reduce(Action::WantSnippets(Vec::new()));
        assert!(state.bodies_to_fetch().is_empty());
    }
}

//! The full-text index the importer writes: found by the widget's own
//! search, rebuilt in place for a hand-written manifest, never stale.

use std::path::{Path, PathBuf};
use std::process::Command;

use episode_archive_core::search::fulltext::{decode_shard, FullText};
use episode_archive_core::search::{Index, WordCache};
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::{parse_manifest, visible, Archive, SortOrder};

fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_episode-archive"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fresh(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn feed(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/feeds")
        .join(name);
    path.to_string_lossy().into_owned()
}

/// The archive and its index with every shard loaded, as the widget reads them.
fn load(dir: &Path) -> (Archive, Option<FullText>) {
    let archive =
        parse_manifest(&std::fs::read_to_string(dir.join("archive.json")).unwrap()).unwrap();
    let full = archive.search.as_ref().map(|search| {
        let bytes = std::fs::read(dir.join(&search.url)).unwrap();
        let mut full = FullText::from_bytes(&bytes).unwrap();
        assert_eq!(full.directory().episodes_hash, search.episodes_hash);
        let base = dir.join(&search.url).parent().unwrap().to_path_buf();
        for at in 0..full.directory().shards.len() {
            if let Some(file) = full.file(at).map(str::to_owned) {
                full = full
                    .with_shard(
                        at,
                        decode_shard(&std::fs::read(base.join(file)).unwrap()).unwrap(),
                    )
                    .unwrap();
            }
        }
        full
    });
    (archive, full)
}

fn found(archive: &Archive, full: Option<&FullText>, query: &str) -> Vec<String> {
    let index = Index::build(&archive.episodes);
    visible(
        archive,
        Some(&index),
        full,
        &mut WordCache::default(),
        query,
        &SortedSet::new(),
        SortOrder::BestMatch,
    )
    .episodes
    .iter()
    .map(|&i| archive.episodes[i.get()].id.clone())
    .collect()
}

#[test]
fn a_word_only_in_a_split_post_is_found_through_the_index() {
    let out = fresh("indexed-podcast");
    let said = cli(&[
        "import",
        &feed("podcast.xml"),
        "-o",
        out.to_str().unwrap(),
        "--inline-limit",
        "0",
        "--split-bodies-over",
        "64",
    ]);
    assert!(said.contains("search index: 1 posts"), "{said}");
    let (archive, full) = load(&out);
    assert!(archive.episodes[0].body.is_none() && archive.episodes[0].body_url.is_some());
    assert_eq!(
        found(&archive, None, "listening"),
        Vec::<String>::new(),
        "not in the manifest"
    );
    assert_eq!(found(&archive, full.as_ref(), "listening"), ["signal-12"]);
    assert_eq!(
        found(&archive, full.as_ref(), "thanks listenning"),
        ["signal-12"],
        "with a typo"
    );
}

#[test]
fn a_small_archive_keeps_its_posts_inline_and_needs_no_index() {
    let out = fresh("small-podcast");
    let said = cli(&["import", &feed("podcast.xml"), "-o", out.to_str().unwrap()]);
    assert!(said.contains("0 body files"), "{said}");
    assert!(said.contains("no search index needed"), "{said}");
    let (archive, full) = load(&out);
    assert!(full.is_none() && !out.join("search").exists());
    assert_eq!(
        found(&archive, None, "listening"),
        ["signal-12"],
        "inline: the widget indexes it"
    );
}

#[test]
fn index_rebuilds_a_hand_written_archive_in_place() {
    let dir = fresh("hand-written");
    std::fs::create_dir_all(dir.join("posts")).unwrap();
    let manifest = r#"{
  "version": 1,
  "title": "Hand written",
  "episodes": [
    {
      "id": "one",
      "title": "One",
      "body_url": "posts/one.json",
      "x-custom": [1.50, "kept as written"]
    },
    {
      "id": "two",
      "title": "Two",
      "body": "Inline words: searched in the browser."
    }
  ],
  "language": "en"
}
"#;
    std::fs::write(dir.join("archive.json"), manifest).unwrap();
    std::fs::write(
        dir.join("posts/one.json"),
        r#"{"body": "Quokkas everywhere."}"#,
    )
    .unwrap();
    let said = cli(&["index", dir.to_str().unwrap()]);
    assert!(
        said.contains("search index: 1 posts, 2 words, 1 file"),
        "{said}"
    );
    let written = std::fs::read_to_string(dir.join("archive.json")).unwrap();
    let keys: Vec<&str> = [
        "\"version\"",
        "\"title\"",
        "\"episodes\"",
        "\"x-custom\"",
        "\"language\"",
        "\"search\"",
    ]
    .into_iter()
    .filter(|k| written.contains(k))
    .collect();
    assert_eq!(keys.len(), 6, "{written}");
    assert!(
        written.find("\"language\"") < written.find("\"search\""),
        "members keep their order: {written}"
    );
    assert!(written.contains("1.50"), "numbers as written: {written}");
    let (archive, full) = load(&dir);
    assert_eq!(found(&archive, full.as_ref(), "quokkas"), ["one"]);
    // Again: the same files, nothing rewritten.
    let first = archive.search.clone().unwrap();
    cli(&["index", dir.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(dir.join("archive.json")).unwrap(),
        written
    );
    // A changed post: a new file, the old one removed.
    std::fs::write(dir.join("posts/one.json"), r#"{"body": "Wombats now."}"#).unwrap();
    cli(&["index", dir.to_str().unwrap()]);
    let (archive, full) = load(&dir);
    let second = archive.search.clone().unwrap();
    assert_ne!(first.url, second.url);
    assert!(
        !dir.join(&first.url).exists(),
        "the old index file is removed"
    );
    assert_eq!(found(&archive, full.as_ref(), "wombats"), ["one"]);
    assert_eq!(
        found(&archive, full.as_ref(), "quokkas"),
        Vec::<String>::new()
    );
}

#[test]
fn a_large_index_is_sharded_and_an_unreadable_post_is_reported() {
    let dir = fresh("sharded");
    std::fs::create_dir_all(dir.join("bodies")).unwrap();
    let mut episodes = Vec::new();
    for i in 0..60 {
        let words: Vec<String> = (0..40)
            .map(|k| format!("w{}x{}", (i * 7 + k * 13) % 500, k % 5))
            .collect();
        std::fs::write(
            dir.join(format!("bodies/{i}.json")),
            format!(r#"{{"body": "{}"}}"#, words.join(" ")),
        )
        .unwrap();
        episodes.push(format!(
            r#"{{"id": "e{i}", "title": "Episode {i}", "body_url": "bodies/{i}.json"}}"#
        ));
    }
    episodes.push(r#"{"id": "lost", "title": "Lost", "body_url": "bodies/missing.json"}"#.into());
    std::fs::write(
        dir.join("archive.json"),
        format!(
            r#"{{"version": 1, "title": "T", "episodes": [{}]}}"#,
            episodes.join(",")
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_episode-archive"))
        .args([
            "index",
            dir.to_str().unwrap(),
            "--one-file-bytes",
            "1000",
            "--shard-bytes",
            "2000",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let warned = String::from_utf8_lossy(&out.stderr);
    assert!(
        warned.contains("episode \"lost\"") && warned.contains("missing.json"),
        "{warned}"
    );
    let (archive, full) = load(&dir);
    let full = full.unwrap();
    assert!(
        full.directory().shards.len() > 3,
        "{} shards",
        full.directory().shards.len()
    );
    let shards = std::fs::read_dir(dir.join("search")).unwrap().count();
    assert_eq!(
        shards,
        full.directory().shards.len() + 1,
        "the directory and each shard"
    );
    // Episode 1's post starts with w7x0 (i * 7 + 0 * 13), episode 0's second word is w13x1.
    assert!(found(&archive, Some(&full), "w7x0").contains(&"e1".to_owned()));
    assert!(found(&archive, Some(&full), "w13x1").contains(&"e0".to_owned()));
}

#[test]
fn check_says_when_the_index_is_missing_stale_or_broken() {
    let dir = fresh("checked");
    cli(&[
        "import",
        &feed("podcast.xml"),
        "-o",
        dir.to_str().unwrap(),
        "--inline-limit",
        "0",
        "--split-bodies-over",
        "64",
    ]);
    let manifest = dir.join("archive.json");
    let check = || -> Vec<String> {
        episode_archive_cli::check::check(&manifest)
            .iter()
            .map(|f| f.to_string())
            .collect()
    };
    assert_eq!(check(), Vec::<String>::new(), "a fresh import checks clean");
    // An episode dropped since indexing.
    let text = std::fs::read_to_string(&manifest).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["episodes"].as_array_mut().unwrap().pop();
    std::fs::write(&manifest, serde_json::to_string(&value).unwrap()).unwrap();
    let found = check();
    assert!(
        found.iter().any(
            |f| f.starts_with("warning: $.search.episodes_hash: the index is stale")
                && f.contains("episode-archive index")
        ),
        "{found:?}"
    );
    // Rebuilt: clean again. The index file gone: said.
    cli(&["index", dir.to_str().unwrap()]);
    assert_eq!(check(), Vec::<String>::new());
    let url = parse_manifest(&std::fs::read_to_string(&manifest).unwrap())
        .unwrap()
        .search
        .unwrap()
        .url;
    std::fs::remove_file(dir.join(&url)).unwrap();
    let found = check();
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("warning: $.search.url:") && f.contains(&url)),
        "{found:?}"
    );
    // No index at all for split posts: said too.
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    value.as_object_mut().unwrap().remove("search");
    std::fs::write(&manifest, serde_json::to_string(&value).unwrap()).unwrap();
    assert!(check()
        .iter()
        .any(|f| f.contains("not searched: the manifest names no search index")));
}

//! The importer on realistic fixtures (tests/fixtures/feeds): what each
//! kind of feed becomes, what is skipped and reported, and that the output
//! is deterministic and passes `check`.

use std::path::{Path, PathBuf};
use std::process::Command;

use episode_archive_cli::output::Split;
use episode_archive_cli::{check, feed, import, Options};
use episode_archive_core::{parse_manifest, Archive, BodyFormat};

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/feeds")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn out_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Posts over `bytes` split out, however small the manifest.
fn split(bytes: usize) -> Split {
    Split {
        inline_limit: 0,
        bytes,
    }
}

fn imported(name: &str, bytes: usize) -> (Archive, episode_archive_cli::Report, PathBuf) {
    // One folder per feed and split: tests run in parallel, and two that
    // shared a folder raced (one read the other's archive.json).
    let out = out_dir(&format!("{name}-{bytes}"));
    let (_, report, _) = import(
        &fixture(name),
        &out,
        &Options::default(),
        split(bytes),
        true,
    )
    .expect("imports");
    let text = std::fs::read_to_string(out.join("archive.json")).expect("archive.json");
    (parse_manifest(&text).expect("valid manifest"), report, out)
}

#[test]
fn a_podcast_feed_with_itunes_and_podcasting_2_0() {
    let (archive, report, _) = imported("podcast.xml", 100_000);
    assert_eq!(archive.title, "Signal & Noise");
    assert_eq!(archive.language.as_deref(), Some("en-GB"));
    assert_eq!(archive.episodes.len(), 3);
    let ep = &archive.episodes[0];
    assert_eq!(ep.id, "signal-12");
    assert_eq!(ep.date.as_deref(), Some("2020-09-04T10:00:00Z"));
    assert_eq!(
        (ep.number, ep.season, ep.duration_seconds),
        (Some(12), Some(2), Some(1080))
    );
    assert_eq!(
        ep.categories,
        ["Testing", "Deep Learning"],
        "case variants merged; channel categories stay on the channel"
    );
    assert_eq!(
        ep.audio.as_ref().map(|a| a.url.as_str()),
        Some("https://cdn.signal.example/12.mp3")
    );
    assert_eq!(
        ep.image.as_deref(),
        Some("https://signal.example/art/12.jpg")
    );
    assert_eq!(ep.transcripts[0].mime_type.as_deref(), Some("text/vtt"));
    assert!(ep.chapters.is_some());
    assert_eq!(ep.people.len(), 2);
    assert_eq!(ep.guests[0].name, "Adam Leon Smith");
    assert_eq!(
        ep.summary,
        "How to test deep learning models before they meet users."
    );
    assert_eq!(ep.body_format, BodyFormat::Html);
    let body = ep.body.as_deref().expect("body");
    assert!(body.contains(r#"<a href="https://signal.example/papers/coverage" rel="noopener noreferrer nofollow">the paper</a>"#), "{body}");
    for gone in ["<script", "onclick", "javascript:"] {
        assert!(!body.contains(gone), "{gone} in {body}");
    }
    let short = &archive.episodes[1];
    assert_eq!(
        (short.number, short.duration_seconds),
        (Some(11), Some(3930))
    );
    assert_eq!(short.summary, "Just a quick update.");
    assert_eq!(archive.episodes[2].date, None);
    assert_eq!(report.warnings.len(), 2, "{:?}", report.warnings);
    assert!(report.warnings[0].contains("\"sometime in spring\""));
}

#[test]
fn a_wordpress_export_keeps_published_posts_only() {
    let (archive, report, _) = imported("wordpress.xml", 100_000);
    assert_eq!(archive.episodes.len(), 1);
    let post = &archive.episodes[0];
    assert_eq!(post.id, "post-104");
    assert_eq!(post.date.as_deref(), Some("2020-05-20T08:00:00Z"));
    assert_eq!(post.summary, "Small models that learn from big ones.");
    // Categories and tags apart; tags' spellings merged like categories'.
    assert_eq!(post.categories, ["Model compression"]);
    assert_eq!(post.tags, ["Deep learning"]);
    let body = post.body.as_deref().unwrap();
    assert!(
        body.contains("<em>student</em>") && !body.contains("iframe") && !body.contains("<div"),
        "{body}"
    );
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert_eq!(
        report.not_posts_summary().as_deref(),
        Some("1 draft, 1 page, 1 attachment skipped")
    );
    assert_eq!(report.skipped_count(), 3);
}

#[test]
fn an_atom_feed() {
    let (archive, _, _) = imported("atom.xml", 100_000);
    assert_eq!(archive.title, "Atom Show");
    assert_eq!(archive.description, "An Atom feed with audio.");
    let entry = &archive.episodes[0];
    assert_eq!(entry.date.as_deref(), Some("2021-03-01T11:00:00Z"));
    assert_eq!(
        entry.link.as_deref(),
        Some("https://atom.example/transformers")
    );
    assert_eq!(
        entry.audio.as_ref().map(|a| a.url.as_str()),
        Some("https://atom.example/transformers.mp3")
    );
    assert_eq!(entry.categories, ["NLP", "deep-learning"]);
    assert!(entry
        .body
        .as_deref()
        .unwrap()
        .contains("<strong>self-attention</strong>"));
}

#[test]
fn malformed_xml_names_line_and_column() {
    let err = import(
        &fixture("broken.xml"),
        &out_dir("broken"),
        &Options::default(),
        split(2048),
        true,
    )
    .unwrap_err();
    assert!(err.starts_with("malformed XML at line 7, column"), "{err}");
    let err = feed::read(b"<rss><channel><title>x</title>").unwrap_err();
    assert!(err.to_string().contains("ends inside <channel>"), "{err}");
}

#[test]
fn empty_and_partial_feeds_import_what_they_can() {
    let (archive, report, _) = imported("empty.xml", 2048);
    assert!(archive.episodes.is_empty() && report.skipped.is_empty());
    let (archive, report, _) = imported("partial.xml", 2048);
    let ids: Vec<&str> = archive.episodes.iter().map(|e| e.id.as_str()).collect();
    // RSS asks for a title or a description: the first words title it.
    assert_eq!(
        ids,
        [
            "no-title-here",
            "no-link-no-date-no-guid",
            "no-link-no-date-no-guid-2"
        ]
    );
    assert_eq!(archive.episodes[0].title, "No title here.");
    assert_eq!(
        report.warnings,
        ["item 1: no title; titled from its description: \"No title here.\""]
    );
    assert_eq!(report.skipped, ["item 4: no title"]);
}

#[test]
fn large_bodies_move_to_files_and_the_output_is_deterministic_and_valid() {
    let (archive, _, out) = imported("podcast.xml", 64);
    let url = archive.episodes[0]
        .body_url
        .as_deref()
        .expect("body split out");
    assert!(out.join(url).exists());
    assert!(check::check(&out.join("archive.json")).is_empty());
    let again = out_dir("podcast-again");
    import(
        &fixture("podcast.xml"),
        &again,
        &Options::default(),
        split(64),
        true,
    )
    .unwrap();
    let index = archive
        .search
        .as_ref()
        .expect("an index for the split posts");
    for file in ["archive.json", url, index.url.as_str()] {
        assert_eq!(
            std::fs::read(out.join(file)).unwrap(),
            std::fs::read(again.join(file)).unwrap(),
            "{file}"
        );
    }
}

#[test]
fn check_lists_problems_with_json_paths() {
    let dir = out_dir("check");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("archive.json");
    std::fs::write(
        &path,
        r#"{"version": 1, "title": "T", "episodes": [
            {"id": "a", "title": "A", "number": "seven"},
            {"id": "b", "title": "B", "date": "soon"},
            {"id": "c", "title": "C", "body_url": "bodies/missing.json"},
            {"id": "d", "title": "D", "chapter_list": [{"start": "0:00", "title": "In"}, {"start": "soon", "title": "Out"}]}]}"#,
    )
    .unwrap();
    let findings: Vec<String> = check::check(&path)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(findings.len(), 5, "{findings:#?}");
    assert!(
        findings[0] == "error: $.episodes[0]: `number` is a string, not a number",
        "{}",
        findings[0]
    );
    assert!(
        findings[1].starts_with("warning: $.episodes[1]: `date`"),
        "{}",
        findings[1]
    );
    assert!(
        findings[2].starts_with("error: $.episodes[2].body_url:"),
        "{}",
        findings[2]
    );
    assert!(
        findings[3].starts_with(
            "warning: $.episodes[3].chapter_list[1].start: \"soon\" is not a clock time"
        ),
        "{}",
        findings[3]
    );
    assert!(
        findings[4].starts_with("warning: $.search: posts in `body_url` files are not searched"),
        "{}",
        findings[4]
    );
}

#[test]
fn the_command_line_imports_from_stdin_checks_and_prints_stats() {
    let bin = env!("CARGO_BIN_EXE_episode-archive");
    let out = out_dir("cli");
    let mut child = Command::new(bin)
        .args(["import", "-", "--out"])
        .arg(&out)
        .args([
            "--add-category",
            "Podcast",
            "--map-category",
            "news=Announcements",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&fixture("podcast.xml"))
        .unwrap();
    let result = child.wait_with_output().unwrap();
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(String::from_utf8_lossy(&result.stdout).starts_with("imported 3 episodes (0 skipped)"));
    assert!(String::from_utf8_lossy(&result.stderr).contains("warning: item 3"));
    let check = Command::new(bin)
        .args(["check"])
        .arg(out.join("archive.json"))
        .output()
        .unwrap();
    assert!(check.status.success());
    let stats = Command::new(bin)
        .args(["stats"])
        .arg(out.join("archive.json"))
        .output()
        .unwrap();
    let stats = String::from_utf8_lossy(&stats.stdout);
    assert!(
        stats.contains("      3  Podcast") && stats.contains("Announcements"),
        "{stats}"
    );
    let broken = Command::new(bin)
        .args(["import"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/feeds/broken.xml"))
        .output()
        .unwrap();
    assert!(!broken.status.success());
}

/// Found by the importer property (tests/properties.rs): a title read as
/// HTML came out empty ("<"), and the widget skipped the episode.
#[test]
fn a_title_that_reads_as_nothing_in_html_is_kept_as_text() {
    let feed = r#"<rss version="2.0"><channel><title>S</title>
        <item><title>&lt;</title><guid>a</guid></item>
        <item><title>&lt;3 AI</title><guid>b</guid></item>
        <item><title>   </title><guid>c</guid></item></channel></rss>"#;
    let out = out_dir("odd-titles");
    let (_, report, _) =
        import(feed.as_bytes(), &out, &Options::default(), split(512), true).unwrap();
    let archive =
        parse_manifest(&std::fs::read_to_string(out.join("archive.json")).unwrap()).unwrap();
    let titles: Vec<&str> = archive.episodes.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["<", "<3 AI"]);
    assert_eq!(report.skipped, ["item 3: no title"]);
    assert!(check::check(&out.join("archive.json")).is_empty());
}

#[test]
fn a_whole_site_wordpress_export_over_https_keeps_published_posts_with_tags_apart() {
    let (archive, report, _) = imported("wordpress-https.xml", 100_000);
    let titles: Vec<&str> = archive.episodes.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Edge Case: Many Tags", "Edge Case: Impossible Date"]
    );
    let post = &archive.episodes[0];
    // wp:post_date_gmt over pubDate; the category's spelling is the
    // category's, the tag's the tag's; post formats are no category.
    assert_eq!(post.date.as_deref(), Some("2009-06-01T08:00:00Z"));
    assert_eq!(post.categories, ["Edge Case"]);
    assert_eq!(post.tags, ["edge case", "chattels", "Ciénaga"]);
    assert_eq!(
        post.summary,
        "This post has many tags. It was written in a hurry."
    );
    assert_eq!(archive.episodes[1].categories, ["Edge Case"]);
    assert_eq!(archive.episodes[1].date, None, "no year 3008 or 20081");
    assert_eq!(
        report.not_posts_summary().as_deref(),
        Some("1 scheduled post, 1 draft, 2 pages, 2 attachments, 3 menu items skipped")
    );
    assert_eq!(
        report.warnings,
        ["item 11 (\"Edge Case: Impossible Date\"): date \"3008-06-16 12:00:00\" is not a real date (the year 3008); imported undated"]
    );
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
}

#[test]
fn real_feed_quirks_are_read_as_feed_readers_read_them() {
    let (archive, report, _) = imported("quirks.xml", 100_000);
    assert!(
        report.warnings.is_empty() && report.skipped.is_empty(),
        "{report:?}"
    );
    assert_eq!(archive.title, "Quirks & Co");
    let [padded, media, relative] = &archive.episodes[..] else {
        panic!("three episodes: {:?}", archive.episodes);
    };
    // windows-1252 decoded (curly quotes), HTML entities decoded.
    assert_eq!(
        padded.summary,
        "It\u{2019}s padded \u{2026} and quoted: \u{201C}curly\u{201D}."
    );
    // Trimmed URL; the undeclared itunes: prefix still read as iTunes.
    let audio = |e: &episode_archive_core::Episode| e.audio.as_ref().map(|a| a.url.clone());
    assert_eq!(
        audio(padded).as_deref(),
        Some("https://cdn.quirks.example/q1.mp3")
    );
    assert_eq!(padded.duration_seconds, Some(750));
    assert_eq!(
        audio(media).as_deref(),
        Some("https://cdn.quirks.example/q2.m4a")
    );
    // The photo is no audio; the relative URL is resolved against the item's page.
    assert_eq!(
        audio(relative).as_deref(),
        Some("https://quirks.example/show/audio/q3.mp3")
    );
}

#[test]
fn unreadable_input_is_named_where_it_is() {
    let cases: [(&[u8], &str); 5] = [
        (
            b"<rss>\n<channel><title>a &bogus; b</title>",
            "malformed XML at line 2, column 19: &bogus; is neither an XML nor an HTML entity",
        ),
        // After bare ampersands, still the entity's own column.
        (
            b"<rss>\n<channel><title>a & b & &bogus; c</title>",
            "malformed XML at line 2, column 25: &bogus;",
        ),
        (
            b"<?xml version=\"1.0\"?>\n<rss><channel><title>caf\xE9</title>",
            "byte 0xE9 at offset 46 (line 2, column 25) is not valid UTF-8",
        ),
        (
            b"<?xml version=\"1.0\"?>\n<catalog><book/></catalog>",
            "not a feed: the document's root element (line 2, column 1) is <catalog>",
        ),
        (
            b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [",
            "not a readable JSON Feed: EOF while parsing a list at line 1",
        ),
    ];
    for (bytes, reason) in cases {
        let error = feed::read(bytes).expect_err("unreadable").to_string();
        assert!(error.contains(reason), "{error}");
    }
}

#[test]
fn a_bare_ampersand_is_kept_as_feed_readers_keep_it() {
    let raw =
        feed::read(b"<rss><channel><item><title>Q & A &amp; more</title></item></channel></rss>")
            .expect("a bare & is read");
    assert_eq!(raw.items[0][0].text, "Q & A & more");
    // However many: one pass, no recursion.
    let many = format!(
        "<rss><channel><item><title>{}</title></item></channel></rss>",
        "& ".repeat(200_000)
    );
    let raw = feed::read(many.as_bytes()).expect("bare ampersands are read");
    assert_eq!(raw.items[0][0].text.matches('&').count(), 200_000);
}

#[test]
fn chapters_and_transcripts_as_feeds_carry_them() {
    let (archive, report, out) = imported("chapters.xml", 100_000);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(
        archive.image.as_deref(),
        Some("https://chapters.example/art/show.jpg")
    );
    let marks = |i: usize| -> Vec<(String, String)> {
        archive.episodes[i]
            .chapter_list
            .iter()
            .map(|c| (c.start.clone(), c.title.clone()))
            .collect()
    };
    let owned = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    };
    // Podlove Simple Chapters: times as the manifest writes them; an
    // unreadable start left out.
    assert_eq!(
        marks(0),
        owned(&[
            ("0:00", "Intro"),
            ("12:30.500", "Distillation"),
            ("1:02:03", "Questions")
        ])
    );
    let distillation = &archive.episodes[0].chapter_list[1];
    assert_eq!(
        distillation.url.as_deref(),
        Some("https://chapters.example/notes/distillation")
    );
    assert_eq!(
        distillation.image.as_deref(),
        Some("https://chapters.example/d.jpg")
    );
    let languages: Vec<Option<&str>> = archive.episodes[0]
        .transcripts
        .iter()
        .map(|t| t.language.as_deref())
        .collect();
    assert_eq!(languages, [Some("en"), Some("fr")]);
    // Timecodes typed into the notes, one per list item.
    assert_eq!(
        marks(1),
        owned(&[
            ("0:00", "Intro"),
            ("5:10", "The paper"),
            ("1:00:00", "Goodbye")
        ])
    );
    // A chapters file wins over the notes; a mention is no list.
    assert!(marks(2).is_empty() && archive.episodes[2].chapters.is_some());
    assert!(marks(3).is_empty());
    assert!(check::check(&out.join("archive.json")).is_empty());
}

#[test]
fn posts_stay_inline_exactly_while_the_manifest_fits_the_limit() {
    let with_posts = |limit: usize| {
        let out = out_dir(&format!("inline-limit-{limit}"));
        let split = Split {
            inline_limit: limit,
            bytes: 0,
        };
        let (written, _, _) = import(
            &fixture("podcast.xml"),
            &out,
            &Options::default(),
            split,
            false,
        )
        .expect("imports");
        written
    };
    let all_inline = with_posts(usize::MAX);
    assert_eq!(all_inline.body_files, 0);
    let size = all_inline.manifest_bytes;
    assert_eq!(
        with_posts(size).body_files,
        0,
        "a manifest of exactly the limit fits"
    );
    let split_out = with_posts(0).body_files;
    assert!(split_out > 0);
    assert_eq!(
        with_posts(size - 1).body_files,
        split_out,
        "one byte over the limit splits"
    );
}

#[test]
fn help_lists_every_command_with_an_example() {
    let out = Command::new(env!("CARGO_BIN_EXE_episode-archive"))
        .arg("--help")
        .output()
        .expect("runs");
    let help = String::from_utf8(out.stdout).expect("text");
    let commands: Vec<&str> = help
        .split("Commands:")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("a Commands section")
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .collect();
    assert_eq!(commands, ["import", "index", "embed", "check", "stats"]);
    let examples = help.split("Examples:").nth(1).expect("an Examples section");
    for name in commands {
        assert!(
            examples.contains(&format!("episode-archive {name} ")),
            "no example for {name}:\n{help}"
        );
    }
}

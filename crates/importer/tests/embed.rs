//! The `embed` command: the snippet the README shows, and manifest content
//! that must reach the page as text, never as markup.

use std::path::PathBuf;
use std::process::Command;

use episode_archive_cli::embed::{element, snippet, EmbedOptions};

fn archive(json: &str) -> episode_archive_core::Archive {
    episode_archive_core::parse_manifest(json).expect("the test manifest reads")
}

#[test]
fn the_command_prints_the_readmes_snippet_for_an_imported_feed() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("embed-seed");
    let _ = std::fs::remove_dir_all(&out);
    let feed =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/feeds/seed.xml");
    let bin = env!("CARGO_BIN_EXE_episode-archive");
    let import = Command::new(bin)
        .args([
            "import",
            feed.to_str().expect("path"),
            "--out",
            out.to_str().expect("path"),
        ])
        .output()
        .expect("import runs");
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );

    // As the README writes it.
    let embed = Command::new(bin)
        .arg("embed")
        .arg(out.join("archive.json"))
        .args([
            "--widget",
            "https://cdn.example.org/episode-archive/1.0.0/episode-archive.js",
        ])
        .args(["--src", "/podcast/archive.json", "--episodes", "10"])
        .output()
        .expect("embed runs");
    assert!(
        embed.status.success(),
        "{}",
        String::from_utf8_lossy(&embed.stderr)
    );
    let html = String::from_utf8(embed.stdout).expect("UTF-8");
    assert!(html.starts_with(
        "<script type=\"module\" src=\"https://cdn.example.org/episode-archive/1.0.0/episode-archive.js\"></script>\n\
         <episode-archive src=\"/podcast/archive.json\"><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"https://cdn.example.org/episode-archive/1.0.0/episode-archive.css\">"
    ));
    assert_eq!(html.matches("<article ").count(), 10);
    assert!(html.contains("<p class=\"ea-first-count\">15 episodes</p>"));
    assert!(html.trim_end().ends_with("</template></episode-archive>"));

    let missing = Command::new(bin)
        .args(["embed", "no/such/archive.json"])
        .output()
        .expect("embed runs");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no/such/archive.json"));
}

#[test]
fn manifest_content_is_text_and_links_are_checked() {
    let hostile = archive(
        r#"{"version": 1, "title": "Show <b>&</b> \"co\"", "description": "<img src=x onerror=alert(1)>",
            "episodes": [
              {"id": "a", "title": "<script>alert(1)</script>", "date": "2020-01-02",
               "summary": "See javascript:alert(1) and https://example.org/x?a=1&b=2",
               "link": "javascript:alert(1)"},
              {"id": "b", "title": "HTML", "date": "2020-01-01", "body_format": "html",
               "summary": "<p onclick=\"x()\">Hi <a href=\"javascript:alert(1)\">there</a><script>bad()</script></p>",
               "link": "https://example.org/b"}
            ]}"#,
    );
    let html = element(&hostile, "a\"b.json", "s.css", 10);
    for (what, text) in [
        (
            "title escaped",
            "Show &lt;b&gt;&amp;&lt;/b&gt; &quot;co&quot;",
        ),
        ("description escaped", "&lt;img src=x onerror=alert(1)&gt;"),
        (
            "episode title escaped",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        ),
        (
            "bare https URL linked, its & escaped",
            "<a href=\"https://example.org/x?a=1&amp;b=2\"",
        ),
        ("src attribute escaped", "src=\"a&quot;b.json\""),
        ("safe episode link kept", "href=\"https://example.org/b\""),
    ] {
        assert!(html.contains(text), "{what}: {text} not in {html}");
    }
    for (what, text) in [
        ("no script element", "<script"),
        ("no event handler", "onclick"),
        ("no javascript: link", "href=\"javascript:"),
        ("no raw img", "<img"),
    ] {
        assert!(!html.contains(text), "{what}: {text} in {html}");
    }
}

#[test]
fn the_first_screen_shows_the_newest_episodes_up_to_the_count() {
    let show = archive(
        r#"{"version": 1, "title": "T", "episodes": [
            {"id": "old", "title": "Old", "date": "2019-01-01"},
            {"id": "new", "title": "New", "date": "2021-01-01"},
            {"id": "mid", "title": "Mid", "date": "2020-01-01"}]}"#,
    );
    let options = |episodes| EmbedOptions {
        widget: "w/episode-archive.js".into(),
        manifest: "a.json".into(),
        episodes,
    };
    let titles = |html: String| -> Vec<String> {
        html.split("class=\"ea-title\"")
            .skip(1)
            .map(|s| s[s.find('>').unwrap_or(0) + 1..s.find("</h2>").unwrap_or(0)].to_owned())
            .collect()
    };
    for (count, want) in [
        (0, vec![]),
        (2, vec!["New", "Mid"]),
        (10, vec!["New", "Mid", "Old"]),
    ] {
        assert_eq!(
            titles(snippet(&show, &options(count))),
            want,
            "{count} episodes"
        );
    }
}

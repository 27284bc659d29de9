//! Properties over generated feeds (proptest): whatever a feed holds, the
//! importer's output passes its own `check`.

use std::path::PathBuf;

use episode_archive_cli::output::Split;
use episode_archive_cli::{check, import, Options};
use proptest::prelude::*;

/// XML-escaped text.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn item() -> impl Strategy<Value = String> {
    (
        "\\PC{0,30}",
        prop::sample::select(vec![
            "<p>Plain <b>bold</b> text</p>",
            "<script>alert(1)</script><p onclick=x>hi</p>",
            "<a href=\"javascript:alert(1)\">x</a> and <img src=x onerror=y>",
            "Just words, no markup, quite a lot of them repeated repeated repeated.",
            "",
        ]),
        prop::sample::select(vec!["Mon, 07 Sep 2020 10:00:00 GMT", "2020-09-07", "sometime", ""]),
        prop::collection::vec("[A-Za-z ]{1,12}", 0..3),
        prop::option::of("[a-z]{1,8}"),
        prop::sample::select(vec!["https://cdn.example/a.mp3", " javascript:alert(1)", "/relative.mp3", ""]),
    )
        .prop_map(|(title, body, date, categories, guid, audio)| {
            let categories: String = categories.iter().map(|c| format!("<category>{}</category>", escape(c))).collect();
            let guid = guid.map(|g| format!("<guid>{g}</guid>")).unwrap_or_default();
            let audio = if audio.is_empty() { String::new() } else { format!(r#"<enclosure url="{audio}" type="audio/mpeg" length="1"/>"#) };
            format!(
                "<item><title>{}</title><description>{}</description><pubDate>{date}</pubDate>{categories}{guid}{audio}</item>",
                escape(&title),
                escape(body)
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_importers_output_passes_its_own_check(
        items in prop::collection::vec(item(), 0..12),
        split in prop::sample::select(vec![0usize, 64, 100_000]),
    ) {
        let feed = format!(
            r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Show</title><link>https://show.example/</link>{}</channel></rss>"#,
            items.concat()
        );
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("prop-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let split = Split { inline_limit: if split == 100_000 { usize::MAX } else { 0 }, bytes: split };
        import(feed.as_bytes(), &out, &Options::default(), split, true).expect("a well-formed feed imports");
        let errors: Vec<String> = check::check(&out.join("archive.json"))
            .into_iter()
            .filter(|f| f.error)
            .map(|f| f.to_string())
            .collect();
        prop_assert!(errors.is_empty(), "{errors:?}\n{feed}");
        let warnings: Vec<String> = check::check(&out.join("archive.json")).into_iter().map(|f| f.to_string()).collect();
        prop_assert!(!warnings.iter().any(|w| w.contains("$.search")), "the index is current: {warnings:?}");
    }
}

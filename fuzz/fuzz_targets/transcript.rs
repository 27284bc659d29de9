//! Any text as a WebVTT, SRT, Podcasting 2.0 JSON or HTML transcript, as a JSON
//! chapters document, as show notes with a chapter list, and as a clock
//! time: no panic; every cue ends no earlier than it starts and is one line;
//! chapters come in time order and end no earlier than they start;
//! chapters from notes are at least two and only go forward; a time
//! written by `format_clock` reads back (to the second).
#![no_main]

use episode_archive_core::media::chapters::parse_chapters;
use episode_archive_core::media::timecode::{format_clock, note_chapters, parse_clock};
use episode_archive_core::media::transcript::{parse_html, parse_json, parse_srt, parse_vtt};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(chapters) = parse_chapters(&text) {
        assert!(chapters.windows(2).all(|w| w[0].start <= w[1].start), "{chapters:?}");
        assert!(chapters.iter().all(|c| c.end.is_none_or(|end| end >= c.start)), "{chapters:?}");
    }
    for cues in [parse_vtt(&text), parse_srt(&text), parse_json(&text), parse_html(&text)]
        .into_iter()
        .flatten()
    {
        for cue in cues {
            assert!(cue.start <= cue.end, "{cue:?}");
            assert!(!cue.text.contains('\n'), "{cue:?}");
        }
    }
    let chapters = note_chapters(&text);
    assert!(chapters.is_empty() || chapters.len() >= 2);
    assert!(chapters.windows(2).all(|w| w[0].start < w[1].start), "{chapters:?}");
    if let Some(time) = parse_clock(&text) {
        assert_eq!(parse_clock(&format_clock(time)), Some(time / 1000 * 1000), "{text:?}");
    }
});

//! The listening memory, speeds and spoken positions of the player to come.

use episode_archive_core::format::{spoken_duration, spoken_position};
use episode_archive_core::player::{Listening, Progress, Speed};

#[test]
fn speeds_step_from_three_quarters_to_double() {
    let labels: Vec<String> = Speed::all().map(Speed::label).collect();
    assert_eq!(labels, ["0.75×", "1×", "1.25×", "1.5×", "1.75×", "2×"]);
    let cases = [
        // (from, faster, slower)
        (75, 100, 75),
        (100, 125, 75),
        (150, 175, 125),
        (200, 200, 175),
    ];
    for (from, faster, slower) in cases {
        let speed = Speed::from_percent(from).expect("a step");
        assert_eq!(speed.faster().percent(), faster, "faster than {from}");
        assert_eq!(speed.slower().percent(), slower, "slower than {from}");
    }
    assert_eq!(Speed::from_percent(110), None);
    assert_eq!(Speed::default().rate(), 1.0);
}

#[test]
fn positions_are_spoken_in_full() {
    let cases = [
        (0, None, "0 seconds"),
        (1, None, "1 second"),
        (750, Some(2700), "12 minutes 30 seconds of 45 minutes"),
        (3661, Some(7200), "1 hour 1 minute 1 second of 2 hours"),
        (60, Some(61), "1 minute of 1 minute 1 second"),
    ];
    for (position, duration, spoken) in cases {
        assert_eq!(spoken_position(position, duration), spoken);
    }
    assert_eq!(spoken_duration(3600), "1 hour");
}

#[test]
fn an_episode_counts_as_played_at_the_end_or_past_95_percent() {
    let cases = [
        // (position, duration, played)
        (569, Some(600), false),
        (570, Some(600), true),
        (600, Some(600), true),
        (5000, None, false),
        (0, Some(0), false),
    ];
    for (position, duration, played) in cases {
        let mut memory = Listening::default();
        memory.heard("a", position, duration, 1);
        assert_eq!(
            memory.get("a").map(|p| p.played),
            Some(played),
            "{position} of {duration:?}"
        );
    }
    let mut memory = Listening::default();
    memory.heard("a", 300, Some(600), 1);
    memory.ended("a", 2);
    let a = memory.get("a").expect("remembered");
    assert!(a.played);
    assert_eq!(
        a.resume_at(),
        None,
        "a played episode starts again from the top"
    );
}

#[test]
fn resuming_skips_the_very_start_and_end() {
    let at = |position, duration| {
        Progress {
            position,
            duration,
            played: false,
            heard_ms: 0,
        }
        .resume_at()
    };
    assert_eq!(at(4, Some(600)), None);
    assert_eq!(at(5, Some(600)), Some(5));
    assert_eq!(at(750, None), Some(750));
    assert_eq!(at(596, Some(600)), None);
}

#[test]
fn episodes_in_progress_newest_first() {
    let mut memory = Listening::default();
    memory.heard("old", 100, Some(1000), 10);
    memory.heard("new", 200, Some(1000), 30);
    memory.heard("played", 990, Some(1000), 40);
    memory.heard("barely", 2, Some(1000), 50);
    memory.heard("middle", 300, Some(1000), 20);
    let ids: Vec<&str> = memory.in_progress().into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["new", "middle", "old"]);
}

#[test]
fn the_memory_survives_its_stored_text_and_shrugs_off_damage() {
    let mut memory = Listening::default();
    memory.heard("ep 1", 125, Some(3600), 1_700_000_000_000);
    memory.heard("tab\there", 30, None, 5);
    memory.ended("done", 7);
    memory.speed = Speed::from_percent(150).expect("a step");
    let text = memory.to_text();
    assert_eq!(Listening::from_text(&text), memory);

    let cases = [
        ("", Listening::default()),
        ("something else\n1\t2\t0\t3\tx\n", Listening::default()),
        (
            "episode-archive listening 1\nspeed\t110\nx\n1\ty\t0\tnope\tid\n",
            Listening::default(),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(Listening::from_text(text), expected, "{text:?}");
    }
    let partly = Listening::from_text(
        "episode-archive listening 1\nspeed\t200\ngarbage\n60\t-\t0\t9\tkept\n",
    );
    assert_eq!(partly.speed.percent(), 200);
    assert_eq!(partly.len(), 1);
    assert_eq!(
        partly.get("kept").map(|p| (p.position, p.duration)),
        Some((60, None))
    );
}

#[test]
fn the_stored_memory_keeps_the_most_recently_heard_thousand() {
    let mut memory = Listening::default();
    for i in 0..1005u64 {
        memory.heard(&format!("ep{i}"), 60, None, i);
    }
    memory.heard("line\nbreak", 60, None, 5000);
    let back = Listening::from_text(&memory.to_text());
    assert_eq!(back.len(), 1000);
    assert!(back.get("ep4").is_none() && back.get("ep5").is_some());
    assert!(
        back.get("line\nbreak").is_none(),
        "an id that would break the lines is not stored"
    );
}

//! The one player and the listening memory: what pressing play, the audio's
//! reports and the stored memory lead to.

use std::rc::Rc;

use episode_archive_core::format::{spoken_duration, spoken_position};
use episode_archive_core::player::{
    Listening, Playback, PlayerAction, PlayerEvent, Progress, Speed,
};
use episode_archive_core::{parse_manifest, Action, ArchiveState, EpisodeIdx};

fn loaded() -> ArchiveState {
    let archive = parse_manifest(
        r#"{"version": 1, "title": "S", "episodes": [
            {"id": "a", "title": "A", "audio": {"url": "a.ogg"}, "duration_seconds": 600},
            {"id": "b", "title": "B", "audio": {"url": "b.ogg"}},
            {"id": "c", "title": "No audio"}]}"#,
    )
    .expect("manifest");
    ArchiveState::new("archive.json")
        .reduce(Action::StartLoading {
            url: "archive.json".into(),
        })
        .reduce(Action::Loaded(Rc::new(archive)))
}

fn ep(position: usize) -> EpisodeIdx {
    EpisodeIdx::new(position)
}

fn player(action: PlayerAction) -> Action {
    Action::Player(action)
}

fn time(position_ms: u64, duration_ms: Option<u64>, now_ms: u64) -> Action {
    player(PlayerAction::Event(PlayerEvent::Time {
        position_ms,
        duration_ms,
        now_ms,
    }))
}

fn event(e: PlayerEvent) -> Action {
    player(PlayerAction::Event(e))
}

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

#[test]
fn pressing_play_loads_the_episode_where_it_was_left() {
    let mut memory = Listening::default();
    memory.heard("a", 125, Some(600), 1);
    let s = loaded()
        .reduce(player(PlayerAction::Remembered(memory)))
        .reduce(player(PlayerAction::Play(ep(0))));
    assert_eq!(s.player.episode, Some(ep(0)));
    assert_eq!(s.player.position, 125);
    assert_eq!(s.player.duration, Some(600));
    assert_eq!(s.player.playback, Playback::Loading);
    let s = s.reduce(event(PlayerEvent::Playing));
    assert!(s.player.is_playing_episode(ep(0)));

    // Another episode replaces it in the one player.
    let s = s.reduce(player(PlayerAction::Play(ep(1))));
    assert_eq!(
        (s.player.episode, s.player.position, s.player.duration),
        (Some(ep(1)), 0, None)
    );
    assert!(!s.player.is_playing_episode(ep(0)));
}

#[test]
fn play_on_an_episode_without_audio_or_unknown_changes_nothing() {
    let s = loaded();
    for idx in [ep(2), ep(9)] {
        assert_eq!(s.reduce(player(PlayerAction::Play(idx))), s);
    }
    // Reports with nothing in the player are dropped.
    assert_eq!(s.reduce(time(5000, None, 1)), s);
}

#[test]
fn the_audio_reports_become_position_memory_and_state() {
    let s = loaded()
        .reduce(player(PlayerAction::Play(ep(0))))
        .reduce(event(PlayerEvent::Playing))
        .reduce(time(12_400, Some(600_000), 100));
    assert_eq!((s.player.position, s.player.duration), (12, Some(600)));
    assert_eq!(s.listening.get("a").map(|p| p.position), Some(12));
    // Within the same second: the very same state, nothing to render.
    assert_eq!(s.reduce(time(12_900, Some(600_000), 200)), s);

    let paused = s.reduce(event(PlayerEvent::Paused));
    assert_eq!(paused.player.playback, Playback::Paused);
    let waiting = s.reduce(event(PlayerEvent::Waiting));
    assert_eq!(waiting.player.playback, Playback::Loading);

    let ended = s.reduce(event(PlayerEvent::Ended { now_ms: 300 }));
    assert_eq!(ended.player.playback, Playback::Ended);
    assert_eq!(ended.listening.get("a").map(|p| p.played), Some(true));
    assert_eq!(
        ended.reduce(event(PlayerEvent::Paused)).player.playback,
        Playback::Ended,
        "the pause that follows the end does not hide it"
    );

    let failed = s.reduce(event(PlayerEvent::Failed("the server answered 404".into())));
    assert_eq!(
        failed.player.playback,
        Playback::Failed("the server answered 404".into())
    );
    assert_eq!(
        failed
            .reduce(player(PlayerAction::Play(ep(0))))
            .player
            .playback,
        Playback::Loading,
        "play again is the retry"
    );
}

#[test]
fn speed_is_remembered_and_survives_closing_and_a_new_manifest() {
    let fast = Speed::from_percent(150).expect("a step");
    let s = loaded()
        .reduce(player(PlayerAction::Play(ep(0))))
        .reduce(player(PlayerAction::SetSpeed(fast)));
    assert_eq!(s.listening.speed, fast);
    let closed = s.reduce(player(PlayerAction::Close));
    assert_eq!((closed.player.episode, closed.player.speed), (None, fast));
    let reloaded = s.reduce(Action::StartLoading {
        url: "other.json".into(),
    });
    assert_eq!(
        (reloaded.player.episode, reloaded.player.speed),
        (None, fast)
    );
}

#[test]
fn forgetting_clears_the_history_but_not_the_speed() {
    let fast = Speed::from_percent(175).expect("a step");
    let s = loaded()
        .reduce(player(PlayerAction::SetSpeed(fast)))
        .reduce(player(PlayerAction::Play(ep(0))))
        .reduce(time(60_000, None, 1))
        .reduce(player(PlayerAction::Forget));
    assert!(s.listening.is_empty());
    assert_eq!(s.listening.speed, fast);
}

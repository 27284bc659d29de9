//! The archive's one player, as state: which episode is in it, whether it
//! plays, where it is, how fast; and the listening memory (where each
//! episode was left, which were played) that outlives the page.
//!
//! The widget owns the audio element and commands it directly (browsers
//! let a page start sound only inside the reader's own gesture); what the
//! element then does comes back as [`PlayerEvent`]s, to be turned into this
//! state, which the player bar and the cards render. The widget does not
//! use it yet (its player does not fit the bundle's ceiling; see
//! BENCHMARKS.md, "Bundle size"), so nothing of it is in the wasm.

mod listening;
mod speed;

pub use listening::{Listening, Progress, PLAYED_FRACTION};
pub use speed::Speed;

use crate::archive::EpisodeIdx;

/// What the audio element is doing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Playback {
    /// Nothing loaded.
    #[default]
    Idle,
    /// Asked to play; waiting for enough audio.
    Loading,
    /// Sound is coming out.
    Playing,
    /// Paused by the reader, by another player on the page, or not yet started.
    Paused,
    /// Reached the end.
    Ended,
    /// Could not be played: why, in words a reader understands.
    Failed(String),
}

/// The widget's player.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlayerState {
    /// The episode in the player; `None` when it is closed.
    pub episode: Option<EpisodeIdx>,
    /// What the audio is doing.
    pub playback: Playback,
    /// Where it is, in whole seconds: the bar shows seconds, and a state
    /// that changes only once a second renders only once a second.
    pub position: u32,
    /// How long the episode is, in whole seconds, once known (from the
    /// audio, else the manifest's `duration_seconds`).
    pub duration: Option<u32>,
    /// How fast it plays.
    pub speed: Speed,
}

impl PlayerState {
    /// Whether sound is playing or about to.
    pub fn is_playing(&self) -> bool {
        matches!(self.playback, Playback::Playing | Playback::Loading)
    }

    /// Whether `idx` is the episode in the player and playing (or about to).
    pub fn is_playing_episode(&self, idx: EpisodeIdx) -> bool {
        self.episode == Some(idx) && self.is_playing()
    }
}

/// What the audio element reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlayerEvent {
    /// Sound started (or resumed).
    Playing,
    /// Waiting for data.
    Waiting,
    /// Paused.
    Paused,
    /// The position or the length changed (milliseconds; the length once
    /// the audio's metadata is read).
    Time {
        /// Where the audio is.
        position_ms: u64,
        /// How long it is, when known.
        duration_ms: Option<u64>,
        /// When, in milliseconds since the epoch (for "newest activity first").
        now_ms: u64,
    },
    /// Reached the end.
    Ended {
        /// When, in milliseconds since the epoch.
        now_ms: u64,
    },
    /// Could not be played, and why.
    Failed(String),
}

/// What the reader or the audio did to the player.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlayerAction {
    /// The reader pressed play on an episode: it goes into the player (at
    /// the position remembered for it) or, if it is there, plays on.
    Play(EpisodeIdx),
    /// The audio element reported something.
    Event(PlayerEvent),
    /// The reader chose a speed.
    SetSpeed(Speed),
    /// The reader closed the player.
    Close,
    /// The listening memory, read from the browser's storage.
    Remembered(Listening),
    /// The reader asked to forget the listening history.
    Forget,
}

/// Whole seconds in `ms`, rounded down.
pub fn whole_seconds(ms: u64) -> u32 {
    u32::try_from(ms / 1000).unwrap_or(u32::MAX)
}

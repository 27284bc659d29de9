//! The player's part of the reducer: [`PlayerAction`]s and the player
//! state and listening memory they lead to.

use std::rc::Rc;

use super::ArchiveState;
use crate::player::{whole_seconds, Playback, PlayerAction, PlayerEvent, PlayerState};

impl ArchiveState {
    /// Applies a player action to `self` (the next state being built).
    pub(super) fn reduce_player(&mut self, action: PlayerAction) {
        match action {
            PlayerAction::Play(idx) => self.load_in_player(idx),
            PlayerAction::Event(event) => self.player_event(event),
            PlayerAction::SetSpeed(speed) => {
                self.player.speed = speed;
                Rc::make_mut(&mut self.listening).speed = speed;
            }
            PlayerAction::Close => {
                self.player = PlayerState {
                    speed: self.player.speed,
                    ..PlayerState::default()
                };
            }
            PlayerAction::Remembered(listening) => {
                self.player.speed = listening.speed;
                self.listening = Rc::new(listening);
            }
            PlayerAction::Forget => Rc::make_mut(&mut self.listening).forget(),
        }
    }

    fn load_in_player(&mut self, idx: crate::archive::EpisodeIdx) {
        let Some(archive) = self.archive().cloned() else {
            return;
        };
        let Some(episode) = archive.episode(idx) else {
            return;
        };
        if episode.audio.is_none() {
            return;
        }
        if self.player.episode != Some(idx) {
            let remembered = self.listening.get(&episode.id);
            self.player.position = remembered.and_then(|p| p.resume_at()).unwrap_or(0);
            self.player.duration = remembered
                .and_then(|p| p.duration)
                .or(episode.duration_seconds);
            self.player.episode = Some(idx);
        }
        self.player.playback = Playback::Loading;
    }

    fn player_event(&mut self, event: PlayerEvent) {
        let Some(id) = self
            .player
            .episode
            .and_then(|idx| Some(self.archive()?.episode(idx)?.id.clone()))
        else {
            return;
        };
        match event {
            PlayerEvent::Playing => self.player.playback = Playback::Playing,
            PlayerEvent::Waiting => {
                if self.player.playback == Playback::Playing {
                    self.player.playback = Playback::Loading;
                }
            }
            PlayerEvent::Paused => {
                if !matches!(self.player.playback, Playback::Failed(_) | Playback::Ended) {
                    self.player.playback = Playback::Paused;
                }
            }
            PlayerEvent::Time {
                position_ms,
                duration_ms,
                now_ms,
            } => {
                let position = whole_seconds(position_ms);
                let duration = duration_ms.map(whole_seconds).or(self.player.duration);
                // Within the same second nothing a reader sees changes.
                if position == self.player.position && duration == self.player.duration {
                    return;
                }
                self.player.position = position;
                self.player.duration = duration;
                Rc::make_mut(&mut self.listening).heard(&id, position, duration, now_ms);
            }
            PlayerEvent::Ended { now_ms } => {
                self.player.playback = Playback::Ended;
                self.player.position = 0;
                Rc::make_mut(&mut self.listening).ended(&id, now_ms);
            }
            PlayerEvent::Failed(reason) => self.player.playback = Playback::Failed(reason),
        }
    }
}

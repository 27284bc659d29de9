//! The listening memory: where the reader left each episode, which ones
//! they played, and the speed they chose — kept by the widget in the
//! browser's storage as a few lines of text, never sent anywhere.

use super::Speed;

/// An episode counts as played once this much of it has been heard
/// (the last minutes of a podcast are often credits and trailers).
pub const PLAYED_FRACTION: (u32, u32) = (95, 100);

/// Positions this close to the start or the end are not worth resuming at.
const RESUME_MARGIN_SECONDS: u32 = 5;

/// Episodes remembered at most; the least recently heard go first.
const MAX_EPISODES: usize = 1000;

/// The first line of the stored text; another first line is not ours.
const HEADER: &str = "episode-archive listening 1";

/// Where the reader left one episode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Where it was left, in whole seconds.
    pub position: u32,
    /// How long it is, in whole seconds, when known.
    pub duration: Option<u32>,
    /// Heard to the end, or past [`PLAYED_FRACTION`].
    pub played: bool,
    /// When it was last heard, in milliseconds since the epoch.
    pub heard_ms: u64,
}

impl Progress {
    /// Where to start playing again: the stored position, unless the
    /// episode was played or the position is at its very start or end.
    pub fn resume_at(&self) -> Option<u32> {
        let near_end = self
            .duration
            .is_some_and(|d| self.position + RESUME_MARGIN_SECONDS >= d);
        (!self.played && self.position >= RESUME_MARGIN_SECONDS && !near_end)
            .then_some(self.position)
    }

    /// How much has been heard, in thousandths (for a progress bar),
    /// when the length is known.
    pub fn heard_per_mille(&self) -> Option<u32> {
        let duration = self.duration.filter(|&d| d > 0)?;
        Some((u64::from(self.position.min(duration)) * 1000 / u64::from(duration)) as u32)
    }
}

/// Every remembered episode, by id, and the chosen speed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Listening {
    /// Sorted by id.
    episodes: Vec<(String, Progress)>,
    /// The speed last chosen.
    pub speed: Speed,
}

impl Listening {
    /// What is remembered of episode `id`.
    pub fn get(&self, id: &str) -> Option<&Progress> {
        let at = self.find(id).ok()?;
        Some(&self.episodes[at].1)
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.episodes.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    /// How many episodes are remembered.
    pub fn len(&self) -> usize {
        self.episodes.len()
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.episodes.is_empty()
    }

    /// The reader heard episode `id` up to `position` seconds (of
    /// `duration`, when known) at `now_ms`. Passing [`PLAYED_FRACTION`]
    /// marks it played.
    pub fn heard(&mut self, id: &str, position: u32, duration: Option<u32>, now_ms: u64) {
        let passed = duration.is_some_and(|d| {
            d > 0
                && u64::from(position) * u64::from(PLAYED_FRACTION.1)
                    >= u64::from(d) * u64::from(PLAYED_FRACTION.0)
        });
        let progress = self.entry(id, now_ms);
        progress.position = position;
        progress.duration = duration.or(progress.duration);
        progress.played |= passed;
        progress.heard_ms = now_ms;
    }

    /// Episode `id` was heard to its end at `now_ms`: played, and the next
    /// play starts from the beginning.
    pub fn ended(&mut self, id: &str, now_ms: u64) {
        let progress = self.entry(id, now_ms);
        progress.position = 0;
        progress.played = true;
        progress.heard_ms = now_ms;
    }

    fn entry(&mut self, id: &str, now_ms: u64) -> &mut Progress {
        let at = match self.find(id) {
            Ok(at) => at,
            Err(at) => {
                let fresh = Progress {
                    position: 0,
                    duration: None,
                    played: false,
                    heard_ms: now_ms,
                };
                self.episodes.insert(at, (id.to_owned(), fresh));
                at
            }
        };
        &mut self.episodes[at].1
    }

    /// Episodes started and not played, the most recently heard first.
    pub fn in_progress(&self) -> Vec<(&str, &Progress)> {
        let mut started: Vec<(&str, &Progress)> = self
            .episodes
            .iter()
            .filter(|(_, p)| p.resume_at().is_some())
            .map(|(id, p)| (id.as_str(), p))
            .collect();
        started.sort_unstable_by(|a, b| b.1.heard_ms.cmp(&a.1.heard_ms).then(a.0.cmp(b.0)));
        started
    }

    /// Forgets every episode (the speed stays: it is a preference, not history).
    pub fn forget(&mut self) {
        self.episodes.clear();
    }

    /// The memory as stored: a header, the speed, then one line per
    /// episode (`position duration played heard id`, tab-separated, the id
    /// last so it may hold anything but a line break). Only the
    /// 1,000 most recently heard are kept.
    pub fn to_text(&self) -> String {
        let mut kept: Vec<&(String, Progress)> = self
            .episodes
            .iter()
            .filter(|(id, _)| !id.contains(['\n', '\r']))
            .collect();
        if kept.len() > MAX_EPISODES {
            // Unstable sorts (ids are unique, so the order is total): the
            // wasm has their code already, a stable sort would add its own.
            kept.sort_unstable_by(|a, b| b.1.heard_ms.cmp(&a.1.heard_ms).then(a.0.cmp(&b.0)));
            kept.truncate(MAX_EPISODES);
            kept.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        }
        let mut out = format!("{HEADER}\nspeed\t{}\n", self.speed.percent());
        for (id, p) in kept {
            let duration = p.duration.map_or_else(|| "-".to_owned(), |d| d.to_string());
            out += &format!(
                "{}\t{duration}\t{}\t{}\t{id}\n",
                p.position,
                u8::from(p.played),
                p.heard_ms
            );
        }
        out
    }

    /// Reads what [`Listening::to_text`] wrote. Anything else (another
    /// program's value, a damaged line) is left out rather than refused:
    /// memory is a convenience, and a reader must never lose the archive
    /// over it.
    pub fn from_text(text: &str) -> Self {
        let mut lines = text.lines();
        let mut listening = Self::default();
        if lines.next() != Some(HEADER) {
            return listening;
        }
        for line in lines {
            let mut fields = line.splitn(5, '\t');
            fn field(f: Option<&str>) -> Option<&str> {
                f.map(str::trim)
            }
            match (
                field(fields.next()),
                field(fields.next()),
                field(fields.next()),
                field(fields.next()),
                fields.next(),
            ) {
                (Some("speed"), Some(percent), None, None, None) => {
                    if let Some(speed) = percent.parse().ok().and_then(Speed::from_percent) {
                        listening.speed = speed;
                    }
                }
                (Some(position), Some(duration), Some(played), Some(heard), Some(id))
                    if !id.is_empty() =>
                {
                    let (Ok(position), Ok(heard_ms)) = (position.parse(), heard.parse()) else {
                        continue;
                    };
                    let duration = duration.parse().ok();
                    let progress = Progress {
                        position,
                        duration,
                        played: played == "1",
                        heard_ms,
                    };
                    match listening.find(id) {
                        Ok(at) => listening.episodes[at].1 = progress,
                        Err(at) => listening.episodes.insert(at, (id.to_owned(), progress)),
                    }
                }
                _ => {}
            }
        }
        listening
    }
}

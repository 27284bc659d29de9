//! Playback speed, in the steps a player offers.

/// A playback speed from 0.75× to 2×, in quarter steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Speed(u8);

/// The steps, in hundredths.
const STEPS: [u8; 6] = [75, 100, 125, 150, 175, 200];

impl Default for Speed {
    fn default() -> Self {
        Self(100)
    }
}

impl Speed {
    /// Every speed offered, slowest first.
    pub fn all() -> impl Iterator<Item = Speed> {
        STEPS.into_iter().map(Speed)
    }

    /// The speed of `percent` hundredths, if it is one of the steps.
    pub fn from_percent(percent: u32) -> Option<Self> {
        STEPS
            .into_iter()
            .find(|&s| u32::from(s) == percent)
            .map(Speed)
    }

    /// In hundredths: 150 is 1.5×.
    pub fn percent(self) -> u32 {
        self.0.into()
    }

    /// As the audio element's `playbackRate`.
    pub fn rate(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// The next step up (2× stays 2×).
    pub fn faster(self) -> Self {
        Self::all().find(|s| *s > self).unwrap_or(self)
    }

    /// The next step down (0.75× stays 0.75×).
    pub fn slower(self) -> Self {
        Self::all().filter(|s| *s < self).last().unwrap_or(self)
    }

    /// How a reader reads it: "1×", "1.25×", "0.75×".
    pub fn label(self) -> String {
        let (whole, hundredths) = (self.0 / 100, self.0 % 100);
        match hundredths {
            0 => format!("{whole}×"),
            h if h % 10 == 0 => format!("{whole}.{}×", h / 10),
            h => format!("{whole}.{h:02}×"),
        }
    }
}

//! What a player needs besides the audio, read from the documents podcasts
//! publish: times in a recording (`timecode`), chapter lists written into
//! show notes, Podcasting 2.0 JSON chapters (`chapters`), and transcripts
//! (`transcript`: WebVTT, SRT and Podcasting 2.0 JSON). Pure text
//! in, plain values out; a document that cannot be read says which line
//! and why, so the open post can show "Transcript could not be read: line
//! 14 is not a cue timing" and the archive carries on.

pub mod chapters;
mod json;
pub mod timecode;
pub mod transcript;

/// A time in a recording, in milliseconds (49 days fit).
pub type Millis = u32;

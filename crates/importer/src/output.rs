//! Writing an archive folder: `archive.json`, and one body file per episode
//! whose body is large, so the first load stays small. Deterministic: the
//! same manifest always gives the same bytes and file names.

use std::fs;
use std::io;
use std::path::Path;

use episode_archive_core::{BodyDocument, Manifest};

use crate::convert::slug;

/// Posts stay inside the manifest while the manifest holding all of them
/// is at most this many bytes (about 64 KB brotli: one request, read in
/// well under a frame's budget per thousand episodes; BENCHMARKS.md, "The
/// importer's split"). Beyond it, long posts go to files of their own and
/// the full-text index covers them.
pub const DEFAULT_INLINE_LIMIT: usize = 256 * 1024;

/// Once posts are split out, those larger than this many bytes go to
/// their own file by default.
pub const DEFAULT_SPLIT_BYTES: usize = 512;

/// When posts leave the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// All posts stay inline while the manifest is at most this many bytes.
    pub inline_limit: usize,
    /// Beyond it, posts larger than this go to files.
    pub bytes: usize,
}

impl Default for Split {
    fn default() -> Self {
        Self {
            inline_limit: DEFAULT_INLINE_LIMIT,
            bytes: DEFAULT_SPLIT_BYTES,
        }
    }
}

/// What was written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Written {
    /// Episodes in the manifest.
    pub episodes: usize,
    /// Posts written to files of their own (`bodies/…json`).
    pub body_files: usize,
    /// The manifest's size in bytes.
    pub manifest_bytes: usize,
}

/// Writes the folder: every post inline when the manifest stays within
/// `split.inline_limit`, else large posts moved out to `bodies/…json`.
pub fn write_archive(mut manifest: Manifest, out: &Path, split: Split) -> io::Result<Written> {
    let split_bytes = if fits_within(&manifest, split.inline_limit)? {
        usize::MAX
    } else {
        split.bytes
    };
    let bodies_dir = out.join("bodies");
    fs::create_dir_all(out)?;
    let mut written = Written {
        episodes: manifest.episodes.len(),
        ..Written::default()
    };
    let mut names = std::collections::HashSet::new();
    for episode in &mut manifest.episodes {
        let Some(body) = episode.body.take_if(|b| b.len() > split_bytes) else {
            continue;
        };
        let mut name = slug(&episode.id);
        let mut n = 2;
        while !names.insert(name.clone()) {
            name = format!("{}-{n}", slug(&episode.id));
            n += 1;
        }
        fs::create_dir_all(&bodies_dir)?;
        let doc = BodyDocument {
            body,
            body_format: episode.body_format,
        };
        fs::write(bodies_dir.join(format!("{name}.json")), to_json(&doc)?)?;
        episode.body_url = Some(format!("bodies/{name}.json"));
        written.body_files += 1;
    }
    let json = to_json(&manifest)?;
    written.manifest_bytes = json.len();
    fs::write(out.join("archive.json"), json)?;
    Ok(written)
}

/// Whether `value` as written by [`to_json`] takes at most `limit` bytes.
/// Stops writing at the limit: a large archive's manifest with every post
/// in it is megabytes that only need to be found too large.
fn fits_within<T: serde::Serialize>(value: &T, limit: usize) -> io::Result<bool> {
    /// Counts bytes and refuses the one past the limit.
    struct Counter {
        left: usize,
    }
    impl io::Write for Counter {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.left = self
                .left
                .checked_sub(buf.len())
                .ok_or_else(|| io::Error::from(io::ErrorKind::FileTooLarge))?;
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    // The file ends with a newline after the JSON text.
    let Some(left) = limit.checked_sub(1) else {
        return Ok(false);
    };
    let mut counter = Counter { left };
    match serde_json::to_writer_pretty(&mut counter, value) {
        Ok(()) => Ok(true),
        Err(e) if e.io_error_kind() == Some(io::ErrorKind::FileTooLarge) => Ok(false),
        Err(e) => Err(io::Error::other(e)),
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> io::Result<String> {
    let mut text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    text.push('\n');
    Ok(text)
}

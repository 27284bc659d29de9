//! The episode archive's command-line importer: a podcast RSS feed, an
//! Atom feed or a WordPress export (WXR) in, a ready-to-serve archive
//! folder out; plus `check` and `stats` for archives. Shares the manifest
//! model with the widget through `episode-archive-core`.

// Every public item says what it is (clippy runs with -D warnings).
#![warn(missing_docs)]

pub mod check;
pub mod convert;
pub mod dates;
pub mod embed;
pub mod feed;
pub mod html;
pub mod output;
pub mod stats;

use std::path::Path;

pub use convert::{BodySource, Options, Report};
pub use output::Written;

/// Imports `input` (a feed's bytes) into the folder `out`.
pub fn import(
    input: &[u8],
    out: &Path,
    options: &Options,
    split_bytes: usize,
) -> Result<(Written, Report), String> {
    let raw = feed::read(input).map_err(|e| e.to_string())?;
    let (manifest, report) = convert::convert(&raw, options);
    let written = output::write_archive(manifest, out, split_bytes)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok((written, report))
}

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
pub mod encoding;
pub mod feed;
pub mod html;
pub mod json_feed;
pub mod output;
pub mod raw;
pub mod search_index;
pub mod stats;

use std::path::Path;

pub use convert::{BodySource, Options, Report};
pub use output::Written;

/// Imports `input` (a feed's bytes) into the folder `out`, with the
/// full-text index of the posts moved to files unless `index` is false.
pub fn import(
    input: &[u8],
    out: &Path,
    options: &Options,
    split: output::Split,
    index: bool,
) -> Result<(Written, Report, Option<search_index::Indexed>), String> {
    let raw = feed::read(input).map_err(|e| e.to_string())?;
    let (manifest, report) = convert::convert(&raw, options);
    let written = output::write_archive(manifest, out, split)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let indexed = if index {
        Some(search_index::index_archive(
            out,
            search_index::IndexOptions::default(),
        )?)
    } else {
        None
    };
    Ok((written, report, indexed))
}

//! What several test files share.

use episode_archive_core::search::{Index, WordCache};
use episode_archive_core::sorted::SortedSet;
use episode_archive_core::{visible, Archive, ArchiveView, SortOrder};

/// The view with the archive's whole index built, as the widget has it once
/// a query comes.
pub fn visible_now(
    archive: &Archive,
    query: &str,
    chosen: &SortedSet<String>,
    sort: SortOrder,
) -> ArchiveView {
    let index = Index::build(&archive.episodes);
    visible(
        archive,
        Some(&index),
        None,
        &mut WordCache::default(),
        query,
        chosen,
        sort,
    )
}

//! Hashes for the index files: a content hash for their names (so they can
//! be cached forever) and the hash of the episodes an index was built for
//! (so a widget can tell a stale index from a current one). FNV-1a, 64
//! bits: not a defence against anyone, only a fingerprint, and a few lines
//! the wasm carries anyway smaller than a hashing crate.

use crate::model::Episode;

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// The content hash of a file's bytes, as 16 hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", fnv(OFFSET, bytes))
}

/// The hash of the episodes an index covers, in manifest order: each one's
/// `id` and `body_url` (what decides which post an index entry belongs to
/// and where its words came from). The widget computes it from the archive
/// it loaded, after skipping any unreadable episode, exactly as the
/// importer does, so a manifest edited after indexing, or read
/// differently, shows as stale rather than pointing words at the wrong
/// posts.
pub fn episodes_hash(episodes: &[Episode]) -> String {
    let mut h = fnv(OFFSET, &(episodes.len() as u64).to_le_bytes());
    for e in episodes {
        // Lengths first, so ("ab", "c") and ("a", "bc") differ.
        let url = e.body_url.as_deref().unwrap_or("");
        h = fnv(h, &(e.id.len() as u64).to_le_bytes());
        h = fnv(h, e.id.as_bytes());
        h = fnv(h, &(url.len() as u64).to_le_bytes());
        h = fnv(h, url.as_bytes());
    }
    format!("{h:016x}")
}

//! A manifest's JSON in one pass, as a small tree of what the format uses.
//!
//! serde_json checks the text and hands over each value; [`Node`] keeps the
//! values of the fields the format knows and skips the rest without looking
//! inside. Reading the manifest's types out of the tree is ours
//! (`crate::read`), not derived: derived readers were a sixth of the wasm
//! (one monomorphised deserializer per type and field type), and serde's
//! type-error messages print floats, 14 KB of wasm on their own. Every value
//! here goes through one visitor that accepts any kind, so no type error is
//! ever raised inside serde and no float is ever printed.

use serde::de::Deserializer;

mod node;
mod visit;

pub use node::{take, Kind, Members, Node};
use visit::Top;

/// Checks `text` as one JSON document and reads it into a [`Node`]. The
/// items of a top-level `episodes` array go to `on_episode` as they are
/// read, not into the tree: an archive's episodes are never all held twice.
pub fn parse<'a>(
    text: &'a str,
    on_episode: &mut dyn FnMut(Node<'a>),
) -> Result<Node<'a>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let node = de.deserialize_any(Top { on_episode })?;
    de.end()?;
    Ok(node)
}

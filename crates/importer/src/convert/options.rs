//! What an import is asked to do, and what it reports besides the episodes.

/// Which element becomes the full post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BodySource {
    /// `content:encoded` (Atom: `content`), falling back to the others.
    Content,
    /// `description` (Atom: `summary`).
    Description,
    /// `itunes:summary`.
    ItunesSummary,
}

/// How to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// Which element becomes the full post.
    pub body: BodySource,
    /// Characters of plain text in a summary.
    pub summary_length: usize,
    /// Categories added to every episode.
    pub add_categories: Vec<String>,
    /// `from → to` renames, matched case-insensitively.
    pub map_categories: Vec<(String, String)>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            body: BodySource::Content,
            summary_length: 280,
            add_categories: Vec::new(),
            map_categories: Vec::new(),
        }
    }
}

/// What the import did besides the episodes.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Items left out and why ("item 3 (…): no title").
    pub skipped: Vec<String>,
    /// Items imported with something dropped ("item 5: date … not understood").
    pub warnings: Vec<String>,
}

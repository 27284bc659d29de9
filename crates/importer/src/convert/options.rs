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
    /// WordPress items that are not published posts, counted by kind
    /// (`page`, `attachment`, `menu item`, `draft`, `scheduled post` …), in
    /// the order the kinds were first met; not listed one by one, as a
    /// theme's export holds hundreds.
    pub not_posts: Vec<(String, usize)>,
    /// Items imported with something dropped ("item 5: date … not understood").
    pub warnings: Vec<String>,
}

impl Report {
    /// Items left out, whatever the reason.
    pub fn skipped_count(&self) -> usize {
        self.skipped.len() + self.not_posts.iter().map(|(_, n)| n).sum::<usize>()
    }

    /// "21 pages, 38 attachments, 1 draft skipped", when any were.
    pub fn not_posts_summary(&self) -> Option<String> {
        if self.not_posts.is_empty() {
            return None;
        }
        let parts: Vec<String> = self
            .not_posts
            .iter()
            .map(|(kind, n)| match n {
                1 => format!("1 {kind}"),
                n => format!("{n} {}", plural(kind)),
            })
            .collect();
        Some(format!("{} skipped", parts.join(", ")))
    }

    pub(super) fn count_not_post(&mut self, kind: String) {
        match self.not_posts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => self.not_posts.push((kind, 1)),
        }
    }
}

fn plural(kind: &str) -> String {
    match kind.split_once(' ') {
        // "post pending review" → "posts pending review"
        Some(("post", tail)) => format!("posts {tail}"),
        _ => format!("{kind}s"),
    }
}

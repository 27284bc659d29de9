//! How much a match counts: the weight of each field, BM25's constants and
//! the factors for prefix and typo matches.

/// How much a match in each field counts. The order is the product's:
/// a word in the title says more about an episode than one in its body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldWeights {
    /// The episode's title.
    pub title: f32,
    /// Guests' names.
    pub guests: f32,
    /// Category names and tags.
    pub categories: f32,
    /// The summary.
    pub summary: f32,
    /// The full post, when inline.
    pub body: f32,
    /// Titles of references.
    pub references: f32,
}

impl Default for FieldWeights {
    fn default() -> Self {
        Self {
            title: 5.0,
            guests: 3.0,
            categories: 3.0,
            summary: 2.0,
            body: 1.0,
            references: 0.5,
        }
    }
}

impl FieldWeights {
    pub(super) fn get(&self, field: usize) -> f32 {
        [
            self.title,
            self.guests,
            self.categories,
            self.summary,
            self.body,
            self.references,
        ][field]
    }
}

pub(super) const FIELDS: usize = 6;
/// BM25's term-frequency saturation.
pub(super) const K1: f32 = 1.2;
/// BM25's length normalisation.
pub(super) const B: f32 = 0.75;
/// Score factors by kind of match: a word being typed that is a prefix of
/// the indexed word, and one or two typos.
pub(super) const PREFIX: f32 = 0.8;
pub(super) const ONE_TYPO: f32 = 0.5;
pub(super) const TWO_TYPOS: f32 = 0.3;

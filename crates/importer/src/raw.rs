//! A feed as the importer reads it, whatever it was written in: the
//! channel's elements and each item's, named by namespace and local name.
//! The XML reader (`feed`) and the JSON Feed reader (`json_feed`) both
//! produce it; the conversion (`convert`) reads only this.

/// The namespaces the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// No namespace (plain RSS).
    None,
    /// Atom (`http://www.w3.org/2005/Atom`).
    Atom,
    /// Apple's podcast tags (`itunes:`).
    Itunes,
    /// RSS content module (`content:encoded`).
    Content,
    /// Podcasting 2.0 (`podcast:`).
    Podcast,
    /// WordPress export (`wp:`).
    Wp,
    /// Dublin Core (`dc:`).
    Dc,
    /// WordPress export's excerpts (`excerpt:encoded`).
    Excerpt,
    /// Media RSS (`media:content`).
    Media,
    /// Podlove Simple Chapters (`psc:chapters`).
    Psc,
    /// Any other namespace: read past.
    Other,
}

/// One element met inside an item (or the channel): its name, attributes
/// and direct text, and how deep below the item it sits (1 = child).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The element's namespace.
    pub ns: Ns,
    /// Its local name.
    pub name: String,
    /// Its attributes, by local name.
    pub attrs: Vec<(String, String)>,
    /// Its own text and CDATA, not its children's.
    pub text: String,
    /// Levels below the item or channel: 1 for a direct child.
    pub depth: usize,
}

impl Field {
    /// An attribute's value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A feed's elements, grouped: the channel's own, then each item's.
#[derive(Debug, Default)]
pub struct RawFeed {
    /// `rss`, `atom` or `json` (WXR is `rss` with `wp:` fields; a JSON
    /// Feed's members are given the names of their RSS counterparts).
    pub kind: &'static str,
    /// The channel's (or Atom feed's) own elements.
    pub channel: Vec<Field>,
    /// Each item's (or Atom entry's) elements.
    pub items: Vec<Vec<Field>>,
}

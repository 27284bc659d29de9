//! Reading a feed: RSS 0.9x, 1.0 and 2.0 (with the iTunes, content, Dublin
//! Core, Media RSS and Podcasting 2.0 namespaces), Atom (a feed or a single
//! entry), WordPress exports (WXR, which is RSS with the `wp:` namespace)
//! and JSON Feed (`json_feed`). The bytes are decoded first, in the
//! encoding the feed declares (`encoding`). quick-xml does the parsing,
//! with the HTML 5 named entities real feeds use; this module only
//! collects, per item, the elements the importer maps, resolved by
//! namespace URI (not by prefix, which feeds choose freely — though an
//! undeclared `itunes:` is still read as iTunes).

use quick_xml::escape::{resolve_html5_entity, resolve_xml_entity};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use crate::encoding::{decode, EncodingError};
use crate::json_feed;
pub use crate::raw::{Field, Ns, RawFeed};

fn namespace(uri: &[u8]) -> Ns {
    let wordpress = uri
        .strip_prefix(b"https://")
        .or_else(|| uri.strip_prefix(b"http://"))
        .is_some_and(|u| u.starts_with(b"wordpress.org/export/"));
    match uri {
        b"http://www.w3.org/2005/Atom" => Ns::Atom,
        b"http://www.itunes.com/dtds/podcast-1.0.dtd" => Ns::Itunes,
        b"http://purl.org/rss/1.0/modules/content/" => Ns::Content,
        b"https://podcastindex.org/namespace/1.0" => Ns::Podcast,
        b"http://purl.org/dc/elements/1.1/" => Ns::Dc,
        b"http://search.yahoo.com/mrss/" | b"http://search.yahoo.com/mrss" => Ns::Media,
        b"http://podlove.org/simple-chapters" | b"http://podlove.org/simple-chapters/" => Ns::Psc,
        // RSS 1.0 and 0.90 put their elements in a namespace; RSS 2.0 has
        // none (or, rarely, Userland's): all read as plain RSS.
        b"http://purl.org/rss/1.0/"
        | b"http://my.netscape.com/rdf/simple/0.9/"
        | b"http://backend.userland.com/rss2" => Ns::None,
        u if wordpress && u.ends_with(b"/excerpt/") => Ns::Excerpt,
        _ if wordpress => Ns::Wp,
        _ => Ns::Other,
    }
}

/// The namespace of a prefix the feed uses without declaring it (invalid
/// XML namespaces, but common: `itunes:duration` with no `xmlns:itunes`).
fn undeclared(prefix: &[u8]) -> Ns {
    match prefix {
        b"itunes" => Ns::Itunes,
        b"content" => Ns::Content,
        b"dc" => Ns::Dc,
        b"media" => Ns::Media,
        b"podcast" => Ns::Podcast,
        b"psc" => Ns::Psc,
        _ => Ns::Other,
    }
}

/// Malformed XML, with where it went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    /// Line of the error, from 1.
    pub line: usize,
    /// Column of the error, from 1.
    pub column: usize,
    /// What the XML reader found there.
    pub reason: String,
}

impl std::fmt::Display for XmlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "malformed XML at line {}, column {}: {}",
            self.line, self.column, self.reason
        )
    }
}

/// Why a feed could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedError {
    /// Bytes that are not text in the declared encoding.
    Encoding(EncodingError),
    /// Malformed XML.
    Xml(XmlError),
    /// A JSON Feed that is not valid JSON or not a JSON Feed.
    Json(String),
    /// Well-formed XML that is no feed: its root element's name, line and
    /// column (an empty name: no element at all).
    NotAFeed(String, usize, usize),
}

impl std::fmt::Display for FeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Encoding(e) => write!(f, "cannot decode the feed: {e}"),
            Self::Xml(e) => e.fmt(f),
            Self::Json(reason) => write!(f, "not a readable JSON Feed: {reason}"),
            Self::NotAFeed(root, ..) if root.is_empty() => {
                f.write_str("not a feed: the document has no elements")
            }
            Self::NotAFeed(root, line, column) => write!(
                f,
                "not a feed: the document's root element (line {line}, column {column}) is <{root}>; the importer reads RSS (<rss>, <rdf:RDF>), \
                 Atom (<feed>, <entry>), WordPress exports and JSON Feed"
            ),
        }
    }
}

/// Line and column (from 1, in characters) of byte `offset` in `input`.
fn position(input: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(input.len());
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let before = &input[..end];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Reads a whole feed from its bytes: XML in its declared encoding, or a
/// JSON Feed.
pub fn read(input: &[u8]) -> Result<RawFeed, FeedError> {
    let text = decode(input).map_err(FeedError::Encoding)?;
    if text.trim_start().starts_with('{') {
        return json_feed::read(&text).map_err(FeedError::Json);
    }
    read_xml(&text)
}

/// An entity's text: XML's five first (nearly all a feed has), then the
/// HTML 5 table real feeds also use (`&nbsp;`), a long `match` asked only
/// for the rest.
fn entity(name: &str) -> Option<&'static str> {
    resolve_xml_entity(name).or_else(|| resolve_html5_entity(name))
}

/// A text node's entities decoded. A bare `&` (as in "Q & A", which real
/// feeds write although XML forbids it) is kept as it is, as feed readers
/// do; an unknown `&name;` is an error: (its offset in `raw`, the reason).
fn unescape_text(raw: &str) -> Result<std::borrow::Cow<'_, str>, (usize, String)> {
    use quick_xml::escape::{unescape_with, EscapeError};
    let failed = |e: EscapeError, bare: &[usize]| match e {
        // An offset in the escaped text back to `raw`: four bytes ("amp;")
        // per fix before it.
        EscapeError::UnrecognizedEntity(range, name) => {
            let at = range.start.saturating_sub(1);
            let fixes = bare
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b + 4 * i < at)
                .count();
            (
                at - 4 * fixes,
                format!("&{name}; is neither an XML nor an HTML entity"),
            )
        }
        other => (0, other.to_string()),
    };
    // The common case first, as it always was: well-formed text, borrowed
    // when there is nothing to decode.
    match unescape_with(raw, entity) {
        Err(EscapeError::UnterminatedEntity(_)) => {}
        done => return done.map_err(|e| failed(e, &[])),
    }
    // Bare ampersands escaped, in one pass (where each was, so an error's
    // offset can be given in the text as written).
    let mut bare = Vec::new();
    let mut fixed = String::with_capacity(raw.len() + 16);
    for (at, _) in raw.match_indices('&') {
        let reference = raw[at + 1..]
            .char_indices()
            .take(33)
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
            .is_some_and(|(end, c)| c == ';' && end > 0);
        if !reference {
            fixed.push_str(&raw[bare.last().map_or(0, |&b: &usize| b + 1)..at]);
            fixed.push_str("&amp;");
            bare.push(at);
        }
    }
    fixed.push_str(&raw[bare.last().map_or(0, |&b| b + 1)..]);
    unescape_with(&fixed, entity)
        .map(|text| std::borrow::Cow::Owned(text.into_owned()))
        .map_err(|e| failed(e, &bare))
}

/// The root element's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Root {
    Rss,
    AtomFeed,
    AtomEntry,
}

fn read_xml(input: &str) -> Result<RawFeed, FeedError> {
    let mut reader = NsReader::from_str(input);
    reader.config_mut().expand_empty_elements = true;
    let mut feed = RawFeed::default();
    // Open elements: (namespace, local name, byte offset of the start tag).
    let mut open: Vec<(Ns, String, usize)> = Vec::new();
    // Depth (in `open`) of the current item, and its fields so far.
    let mut item: Option<(usize, Vec<Field>)> = None;
    // Fields whose text is being collected: index into the current list.
    let mut collecting: Vec<usize> = Vec::new();
    let mut root = Root::Rss;
    // An Atom feed written without its namespace: its elements are Atom's.
    let mut bare_atom = false;
    let fail_at = |offset: usize, reason: String| {
        let (line, column) = position(input, offset);
        FeedError::Xml(XmlError {
            line,
            column,
            reason,
        })
    };

    loop {
        let before = reader.buffer_position() as usize;
        let (resolved, event) = match reader.read_resolved_event() {
            Ok(ok) => ok,
            Err(e) => return Err(fail_at(reader.error_position() as usize, e.to_string())),
        };
        match event {
            Event::Start(start) => {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                let ns = match resolved {
                    ResolveResult::Bound(n) => namespace(n.as_ref()),
                    ResolveResult::Unknown(prefix) => undeclared(&prefix),
                    ResolveResult::Unbound if bare_atom => Ns::Atom,
                    ResolveResult::Unbound => Ns::None,
                };
                if open.is_empty() {
                    root = match (ns, name.as_str()) {
                        (Ns::Atom, "feed") => Root::AtomFeed,
                        (Ns::None, "feed") => {
                            bare_atom = true;
                            Root::AtomFeed
                        }
                        (Ns::Atom, "entry") => Root::AtomEntry,
                        // RSS 1.0's rdf:RDF, and the same written without
                        // its namespace.
                        (Ns::None, "rss") | (Ns::Other | Ns::None, "RDF" | "rdf") => Root::Rss,
                        _ => {
                            let prefix = start
                                .name()
                                .prefix()
                                .map(|p| format!("{}:", String::from_utf8_lossy(p.as_ref())));
                            let (line, column) = position(input, before);
                            return Err(FeedError::NotAFeed(
                                format!("{}{name}", prefix.unwrap_or_default()),
                                line,
                                column,
                            ));
                        }
                    };
                    let atom = root != Root::Rss;
                    feed.kind = if atom { "atom" } else { "rss" };
                    if root == Root::AtomEntry {
                        // A lone entry is a feed of one item.
                        open.push((ns, name, before));
                        item = Some((1, Vec::new()));
                        continue;
                    }
                }
                let starts_item = item.is_none()
                    && ((root == Root::Rss && ns == Ns::None && name == "item")
                        || (root == Root::AtomFeed && ns == Ns::Atom && name == "entry"));
                open.push((ns, name.clone(), before));
                if starts_item {
                    item = Some((open.len(), Vec::new()));
                    collecting.clear();
                    continue;
                }
                let field = Field {
                    ns,
                    name,
                    attrs: attributes(&reader, &start).map_err(|r| fail_at(before, r))?,
                    text: String::new(),
                    depth: 0,
                };
                match &mut item {
                    Some((item_depth, fields)) => {
                        collecting.push(fields.len());
                        fields.push(Field {
                            depth: open.len() - *item_depth,
                            ..field
                        });
                    }
                    // Channel fields: children of <channel> (rss) or <feed> (atom).
                    None => {
                        let depth = if root == Root::AtomFeed { 2 } else { 3 };
                        if open.len() == depth {
                            collecting.push(feed.channel.len());
                            feed.channel.push(Field { depth: 1, ..field });
                        } else {
                            collecting.push(usize::MAX);
                        }
                    }
                }
            }
            Event::End(_) => {
                let depth = open.len();
                open.pop();
                if let Some((item_depth, _)) = &item {
                    if *item_depth == depth {
                        if let Some((_, fields)) = item.take() {
                            feed.items.push(fields);
                        }
                        continue;
                    }
                }
                collecting.pop();
            }
            Event::Text(text) => {
                let raw = std::str::from_utf8(&text).unwrap_or_default();
                // An entity's own place, not the start of the text.
                let text = unescape_text(raw)
                    .map_err(|(offset, reason)| fail_at(before + offset, reason))?;
                push_text(&mut item, &mut feed.channel, &collecting, &text);
            }
            Event::CData(data) => {
                let text = String::from_utf8_lossy(&data).into_owned();
                push_text(&mut item, &mut feed.channel, &collecting, &text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some((_, name, start)) = open.last() {
        let (line, column) = position(input, *start);
        return Err(fail_at(
            input.len(),
            format!("the document ends inside <{name}>, opened at line {line}, column {column}"),
        ));
    }
    if feed.kind.is_empty() {
        return Err(FeedError::NotAFeed(String::new(), 0, 0));
    }
    Ok(feed)
}

fn push_text(
    item: &mut Option<(usize, Vec<Field>)>,
    channel: &mut [Field],
    collecting: &[usize],
    text: &str,
) {
    let Some(&index) = collecting.last() else {
        return;
    };
    let fields: &mut [Field] = match item {
        Some((_, fields)) => fields,
        None => channel,
    };
    if let Some(field) = fields.get_mut(index) {
        field.text.push_str(text);
    }
}

fn attributes(
    reader: &NsReader<&[u8]>,
    start: &BytesStart<'_>,
) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|e| e.to_string())?;
        let (_, local) = reader.resolve_attribute(attr.key);
        let value = attr
            .unescape_value_with(entity)
            .map_err(|e| e.to_string())?;
        out.push((
            String::from_utf8_lossy(local.as_ref()).into_owned(),
            value.into_owned(),
        ));
    }
    Ok(out)
}

//! Reading a feed: RSS 2.0 (with the iTunes, content, Dublin Core and
//! Podcasting 2.0 namespaces), Atom, and WordPress exports (WXR, which is
//! RSS with the `wp:` namespace). quick-xml does the parsing; this module
//! only collects, per item, the elements the importer maps, resolved by
//! namespace URI (not by prefix, which feeds choose freely).

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

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
    /// Any other namespace: read past.
    Other,
}

fn namespace(uri: &[u8]) -> Ns {
    match uri {
        b"http://www.w3.org/2005/Atom" => Ns::Atom,
        b"http://www.itunes.com/dtds/podcast-1.0.dtd" => Ns::Itunes,
        b"http://purl.org/rss/1.0/modules/content/" => Ns::Content,
        b"https://podcastindex.org/namespace/1.0" => Ns::Podcast,
        b"http://purl.org/dc/elements/1.1/" => Ns::Dc,
        u if u.starts_with(b"http://wordpress.org/export/") && u.ends_with(b"/excerpt/") => {
            Ns::Excerpt
        }
        u if u.starts_with(b"http://wordpress.org/export/") => Ns::Wp,
        _ => Ns::Other,
    }
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
    /// `rss`, `atom` (WXR is `rss` with `wp:` fields).
    pub kind: &'static str,
    /// The channel's (or Atom feed's) own elements.
    pub channel: Vec<Field>,
    /// Each item's (or Atom entry's) elements.
    pub items: Vec<Vec<Field>>,
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

fn position(input: &[u8], offset: usize) -> (usize, usize) {
    let before = &input[..offset.min(input.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

/// Reads a whole feed from its bytes.
pub fn read(input: &[u8]) -> Result<RawFeed, XmlError> {
    let mut reader = NsReader::from_reader(input);
    reader.config_mut().expand_empty_elements = true;
    let mut feed = RawFeed::default();
    // Open elements: (namespace, local name).
    let mut open: Vec<(Ns, String)> = Vec::new();
    // Depth (in `open`) of the current item, and its fields so far.
    let mut item: Option<(usize, Vec<Field>)> = None;
    // Fields whose text is being collected: index into the current list.
    let mut collecting: Vec<usize> = Vec::new();
    let fail = |reader: &NsReader<&[u8]>, reason: String| {
        let (line, column) = position(input, reader.error_position() as usize);
        XmlError {
            line,
            column,
            reason,
        }
    };

    loop {
        let event = reader.read_resolved_event();
        let (resolved, event) = match event {
            Ok(ok) => ok,
            Err(e) => return Err(fail(&reader, e.to_string())),
        };
        match event {
            Event::Start(start) => {
                let ns = match resolved {
                    ResolveResult::Bound(n) => namespace(n.as_ref()),
                    _ => Ns::None,
                };
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                if open.is_empty() {
                    feed.kind = if ns == Ns::Atom && name == "feed" {
                        "atom"
                    } else {
                        "rss"
                    };
                }
                let starts_item = item.is_none()
                    && ((feed.kind == "rss" && ns == Ns::None && name == "item")
                        || (feed.kind == "atom" && ns == Ns::Atom && name == "entry"));
                open.push((ns, name.clone()));
                if starts_item {
                    item = Some((open.len(), Vec::new()));
                    collecting.clear();
                    continue;
                }
                let field = Field {
                    ns,
                    name,
                    attrs: attributes(&reader, &start).map_err(|r| fail(&reader, r))?,
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
                        let depth = if feed.kind == "atom" { 2 } else { 3 };
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
                let text = text.unescape().map_err(|e| fail(&reader, e.to_string()))?;
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
    if !open.is_empty() {
        let (line, column) = position(input, input.len());
        return Err(XmlError {
            line,
            column,
            reason: format!(
                "the document ends inside <{}>",
                open.last().map_or("", |(_, n)| n.as_str())
            ),
        });
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
        let value = attr.unescape_value().map_err(|e| e.to_string())?;
        out.push((
            String::from_utf8_lossy(local.as_ref()).into_owned(),
            value.into_owned(),
        ));
    }
    Ok(out)
}

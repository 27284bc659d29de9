//! The allow-list for HTML posts (`body_format: "html"`), shared by the
//! widget (which rebuilds posts node by node from an inert parse) and the
//! native importer (which sanitises feeds with ammonia). One list, so what
//! the importer keeps is exactly what the widget shows.

/// What happens to an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementRule {
    /// Kept, with the attributes [`allowed_attributes`] lists.
    Keep(&'static str),
    /// Replaced by its children (`div`, `span`, unknown elements…).
    Unwrap,
    /// Removed with everything inside (`script`, `style`, `iframe`…).
    Drop,
}

/// Elements kept as they are.
pub const KEPT: &[&str] = &[
    "p",
    "br",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "small",
    "sub",
    "sup",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "code",
    "hr",
    "figure",
    "figcaption",
    "img",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
];

/// Elements removed with their content: code, embedded documents, forms
/// and media whose content is not text a reader should see.
pub const DROPPED: &[&str] = &[
    "script",
    "style",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "noscript",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "svg",
    "math",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "option",
    "audio",
    "video",
    "source",
    "track",
    "canvas",
    "map",
    "area",
    "dialog",
    "portal",
    "slot",
];

/// The rule for an element, by its lower-case local name.
pub fn element_rule(tag: &str) -> ElementRule {
    if let Some(kept) = KEPT.iter().find(|t| **t == tag) {
        ElementRule::Keep(kept)
    } else if tag == "h1" {
        // A post's top heading sits under the episode's own title.
        ElementRule::Keep("h2")
    } else if DROPPED.contains(&tag) {
        ElementRule::Drop
    } else {
        ElementRule::Unwrap
    }
}

/// Attributes kept on a kept element; every other attribute is dropped.
pub fn allowed_attributes(tag: &str) -> &'static [&'static str] {
    match tag {
        "a" => &["href", "title"],
        "img" => &["src", "alt", "title", "width", "height"],
        "td" | "th" => &["colspan", "rowspan"],
        "ol" => &["start"],
        _ => &[],
    }
}

/// Attributes holding a URL, checked by [`crate::links`] after resolving.
pub fn is_url_attribute(attr: &str) -> bool {
    matches!(attr, "href" | "src")
}

/// Attributes that must be a small whole number.
pub fn is_numeric_attribute(attr: &str) -> bool {
    matches!(attr, "width" | "height" | "colspan" | "rowspan" | "start")
}

/// How deep kept elements may nest; deeper content is kept as text, so a
/// hostile post cannot exhaust the stack.
pub const MAX_DEPTH: usize = 48;

/// Text of an HTML fragment for keyword search (not for display): tags
/// removed, the content of dropped elements skipped, common entities decoded.
pub fn searchable_text(html: &str) -> String {
    text_of(html, false, &|_| None)
}

/// Text of an HTML fragment to read (a summary, a title): like
/// [`searchable_text`], but inline elements (`<em>`, `<a>` …) join their
/// text to its neighbours ("a <em>hurry</em>." reads "a hurry.") and named
/// entities beyond the common ones are decoded by `named` (the importer
/// passes the complete HTML 5 table; the widget has no need of one).
pub fn readable_text(html: &str, named: &dyn Fn(&str) -> Option<&'static str>) -> String {
    text_of(html, true, named)
}

/// Elements that flow inside a line of text.
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strike"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
            | "wbr"
    )
}

fn text_of(html: &str, inline_joins: bool, named: &dyn Fn(&str) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut skip_until: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        if skip_until.is_none() {
            push_decoded(&mut out, &rest[..lt], named);
        }
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match &skip_until {
            Some(until) if tag.starts_with('/') && *until == name => skip_until = None,
            Some(_) => {}
            None if !tag.starts_with('/')
                && element_rule(&name) == ElementRule::Drop
                && !tag.ends_with('/') =>
            {
                skip_until = Some(name);
            }
            None if inline_joins && is_inline(&name) => {}
            None => out.push(' '),
        }
        rest = &rest[lt + gt + 1..];
    }
    if skip_until.is_none() {
        push_decoded(&mut out, rest, named);
    }
    out
}

fn push_decoded(out: &mut String, text: &str, named: &dyn Fn(&str) -> Option<&'static str>) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let entity = tail.find(';').filter(|&i| i <= 32).map(|i| &tail[1..i]);
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => e
                .strip_prefix("#x")
                .or_else(|| e.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        });
        match (decoded, entity) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &tail[e.len() + 2..];
            }
            (None, Some(e)) if named(e).is_some() => {
                out.push_str(named(e).unwrap_or_default());
                rest = &tail[e.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_are_kept_unwrapped_or_dropped() {
        let cases = [
            ("p", ElementRule::Keep("p")),
            ("h1", ElementRule::Keep("h2")),
            ("td", ElementRule::Keep("td")),
            ("div", ElementRule::Unwrap),
            ("span", ElementRule::Unwrap),
            ("blink", ElementRule::Unwrap),
            ("script", ElementRule::Drop),
            ("iframe", ElementRule::Drop),
            ("svg", ElementRule::Drop),
            ("form", ElementRule::Drop),
        ];
        for (tag, rule) in cases {
            assert_eq!(element_rule(tag), rule, "{tag}");
        }
        assert!(allowed_attributes("p").is_empty());
        assert!(!allowed_attributes("a").contains(&"onclick"));
    }

    #[test]
    fn searchable_text_skips_markup_and_code() {
        let cases = [
            ("<p>Deep <em>learning</em></p>", " Deep  learning  "),
            ("a<script>var x = '<p>';</script>b", "ab"),
            (
                "Caf&eacute; &amp; co &#233;&#xE9; &nbsp;",
                "Caf&eacute; & co éé  ",
            ),
            ("<style>p{}</style><p>x", " x"),
            ("unclosed <p", "unclosed "),
            ("a < b", "a "),
            ("<br/>text", " text"),
        ];
        for (html, text) in cases {
            assert_eq!(searchable_text(html), text, "{html}");
        }
    }
}

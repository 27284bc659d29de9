//! The widget's HTML allow-list walk (the core's `html_walk`, which the
//! widget feeds with the browser's inert DOM) over trees the fuzzer builds:
//! whatever elements, attributes, URLs and nesting it invents, nothing
//! outside the allow-list comes out, every `href` is an absolute
//! http/https/mailto URL and every `src` an http/https one, numbers are
//! numbers, and nesting stops at the depth limit.
#![no_main]

use arbitrary::Arbitrary;
use episode_archive_core::html_policy::{allowed_attributes, is_numeric_attribute, MAX_DEPTH};
use episode_archive_core::html_walk::{walk, Child, Sink, Tree, Urls, ADDED_ATTRIBUTES};
use libfuzzer_sys::fuzz_target;

/// Element names the fuzzer picks from (kept, unwrapped, dropped and
/// renamed ones), besides names of its own.
const TAGS: &[&str] = &[
    "p", "a", "img", "em", "b", "h1", "h2", "ul", "li", "table", "td", "pre", "code", "div",
    "span", "font", "script", "style", "iframe", "object", "embed", "svg", "math", "template",
    "noscript", "textarea", "select", "video", "audio", "source", "base", "link", "meta", "br",
];
const ATTRIBUTES: &[&str] = &[
    "href", "src", "title", "alt", "width", "height", "colspan", "rowspan", "start", "onclick",
    "onerror", "style", "class", "id", "target", "rel", "srcset", "formaction", "xlink:href",
];
const URL_STARTS: &[&str] = &[
    "https://x.example/", "http://x.example/", "mailto:a@b.example", "javascript:", "JaVaScRiPt:",
    "java\tscript:", " javascript:", "\u{1}javascript:", "data:text/html,", "vbscript:", "//evil.example/",
    "/root", "../up", "?q", "#frag", "https:", "https:/x", "mailto:", "\u{0}https://x.example/",
];

#[derive(Debug, Arbitrary)]
enum Name {
    Known(u8),
    Own(String),
}

#[derive(Debug, Arbitrary)]
enum Value {
    Url(u8, String),
    Own(String),
}

#[derive(Debug, Arbitrary)]
enum FNode {
    Text(String),
    Element(Name, Vec<(Name, Value)>, Vec<FNode>),
    /// Content a tree reports as skipped (SVG, MathML, forms, comments).
    Skipped(Vec<FNode>),
}

fn pick(list: &'static [&'static str], name: &Name) -> String {
    match name {
        Name::Known(i) => list[*i as usize % list.len()].to_owned(),
        Name::Own(s) => s.to_ascii_lowercase(),
    }
}

struct Fuzzed;
impl Tree for Fuzzed {
    type Element = FNode;
    fn children(&self, element: &FNode) -> Vec<Child<FNode>> {
        let FNode::Element(_, _, kids) = element else {
            return Vec::new();
        };
        kids.iter()
            .map(|k| match k {
                FNode::Text(t) => Child::Text(t.clone()),
                FNode::Skipped(_) => Child::Skip,
                e @ FNode::Element(..) => Child::Element(clone(e)),
            })
            .collect()
    }
    fn local_name(&self, element: &FNode) -> String {
        match element {
            FNode::Element(name, ..) => pick(TAGS, name),
            _ => String::new(),
        }
    }
    fn attribute(&self, element: &FNode, name: &str) -> Option<String> {
        let FNode::Element(_, attrs, _) = element else {
            return None;
        };
        attrs.iter().find(|(n, _)| pick(ATTRIBUTES, n) == name).map(|(_, v)| match v {
            Value::Url(i, rest) => format!("{}{rest}", URL_STARTS[*i as usize % URL_STARTS.len()]),
            Value::Own(s) => s.clone(),
        })
    }
    fn text_content(&self, element: &FNode) -> String {
        match element {
            FNode::Text(t) => t.clone(),
            FNode::Element(_, _, kids) | FNode::Skipped(kids) => {
                kids.iter().map(|k| self.text_content(k)).collect()
            }
        }
    }
}

fn clone(node: &FNode) -> FNode {
    match node {
        FNode::Text(t) => FNode::Text(t.clone()),
        FNode::Skipped(k) => FNode::Skipped(k.iter().map(clone).collect()),
        FNode::Element(n, a, k) => FNode::Element(
            match n {
                Name::Known(i) => Name::Known(*i),
                Name::Own(s) => Name::Own(s.clone()),
            },
            a.iter()
                .map(|(n, v)| {
                    (
                        match n {
                            Name::Known(i) => Name::Known(*i),
                            Name::Own(s) => Name::Own(s.clone()),
                        },
                        match v {
                            Value::Url(i, s) => Value::Url(*i, s.clone()),
                            Value::Own(s) => Value::Own(s.clone()),
                        },
                    )
                })
                .collect(),
            k.iter().map(clone).collect(),
        ),
    }
}

/// The browser's resolution, as the widget's `URL` does it.
struct Base(url::Url);
impl Urls for Base {
    fn resolve(&self, url: &str) -> Option<String> {
        self.0.join(url).ok().map(String::from)
    }
}

/// Checks each element as it is built; a node is its nesting depth.
struct Checked;
impl Sink for Checked {
    type Node = usize;
    fn text(&mut self, _: &str) -> usize {
        0
    }
    fn element(&mut self, tag: &'static str, attributes: Vec<(&'static str, String)>, children: Vec<usize>) -> usize {
        assert!(
            episode_archive_core::html_policy::KEPT.contains(&tag),
            "{tag} is not on the allow-list"
        );
        for (name, value) in &attributes {
            assert!(
                allowed_attributes(tag).contains(name) || ADDED_ATTRIBUTES.contains(name),
                "{name} on {tag}"
            );
            let scheme = || url::Url::parse(value).map(|u| u.scheme().to_owned()).unwrap_or_default();
            match *name {
                "href" => assert!(
                    ["http", "https", "mailto"].contains(&scheme().as_str()) && value.chars().all(|c| !c.is_control()),
                    "href {value:?}"
                ),
                "src" => assert!(["http", "https"].contains(&scheme().as_str()), "src {value:?}"),
                "target" => assert_eq!(value, "_blank"),
                "rel" => assert_eq!(value, "noopener noreferrer nofollow"),
                n if is_numeric_attribute(n) => {
                    assert!(!value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()), "{n}={value:?}")
                }
                _ => {}
            }
        }
        let depth = 1 + children.into_iter().max().unwrap_or(0);
        assert!(depth <= MAX_DEPTH + 1, "nesting {depth}");
        depth
    }
}

fuzz_target!(|children: Vec<FNode>| {
    let root = FNode::Element(Name::Own("body".into()), Vec::new(), children);
    let base = Base(url::Url::parse("https://show.example/archive/archive.json").expect("a URL"));
    walk(&Fuzzed, &root, &base, &mut Checked);
});

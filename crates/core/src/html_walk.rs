//! The allow-list walk over a parsed HTML post, without a DOM: the widget
//! hands it the browser's inert document through [`Tree`] and builds Yew
//! nodes through [`Sink`]; tests and the fuzz target hand it trees of their
//! own. What survives is decided here alone: elements by
//! [`element_rule`], attributes by [`allowed_attributes`], URLs by the
//! caller's [`Urls`] (resolution is the browser's) and then the scheme gate
//! of [`links`](crate::links), numbers by parsing, depth by [`MAX_DEPTH`].

use crate::html_policy::{
    allowed_attributes, element_rule, is_numeric_attribute, is_url_attribute, ElementRule,
    MAX_DEPTH,
};
use crate::links::{safe_link, safe_media};

/// One child of an element, as the walk needs to know it.
#[derive(Debug, Clone, PartialEq)]
pub enum Child<E> {
    /// Text (and CDATA).
    Text(String),
    /// An HTML element (in the XHTML namespace, not a `<form>`: a tree
    /// reports those as [`Child::Skip`], since a form's named controls can
    /// shadow its DOM properties before any is read).
    Element(E),
    /// Anything else: comments, SVG and MathML content, forms, doctypes.
    Skip,
}

/// A parsed document, read only.
pub trait Tree {
    /// An element of the document.
    type Element;
    /// The element's children, in order.
    fn children(&self, element: &Self::Element) -> Vec<Child<Self::Element>>;
    /// The element's local name, lower case.
    fn local_name(&self, element: &Self::Element) -> String;
    /// An attribute's value.
    fn attribute(&self, element: &Self::Element, name: &str) -> Option<String>;
    /// All the text inside the element.
    fn text_content(&self, element: &Self::Element) -> String;
}

/// What the walk builds.
pub trait Sink {
    /// A built node.
    type Node;
    /// A text node.
    fn text(&mut self, text: &str) -> Self::Node;
    /// An element the allow-list keeps, with its checked attributes.
    fn element(
        &mut self,
        tag: &'static str,
        attributes: Vec<(&'static str, String)>,
        children: Vec<Self::Node>,
    ) -> Self::Node;
}

/// How URLs in a post are made absolute (the browser's `URL` in the widget).
pub trait Urls {
    /// `url` resolved against the post's base, if it is a URL at all.
    fn resolve(&self, url: &str) -> Option<String>;
}

/// The allowed content of `root`'s children.
pub fn walk<T: Tree, S: Sink>(
    tree: &T,
    root: &T::Element,
    urls: &impl Urls,
    sink: &mut S,
) -> Vec<S::Node> {
    let mut out = Vec::new();
    children(tree, root, urls, sink, 0, &mut out);
    out
}

fn children<T: Tree, S: Sink>(
    tree: &T,
    parent: &T::Element,
    urls: &impl Urls,
    sink: &mut S,
    depth: usize,
    out: &mut Vec<S::Node>,
) {
    for child in tree.children(parent) {
        match child {
            Child::Text(text) => out.push(sink.text(&text)),
            Child::Element(element) => {
                let tag = tree.local_name(&element);
                match element_rule(&tag) {
                    ElementRule::Drop => {}
                    // Every level counts, unwrapped ones too: 10,000 nested
                    // <div>s must not exhaust the wasm stack.
                    _ if depth >= MAX_DEPTH => out.push(sink.text(&tree.text_content(&element))),
                    ElementRule::Unwrap => children(tree, &element, urls, sink, depth + 1, out),
                    ElementRule::Keep(kept) => {
                        let attributes = kept_attributes(tree, &element, kept, urls);
                        let mut inner = Vec::new();
                        children(tree, &element, urls, sink, depth + 1, &mut inner);
                        out.push(sink.element(kept, attributes, inner));
                    }
                }
            }
            Child::Skip => {}
        }
    }
}

/// The attributes a kept element carries: the allowed ones that pass their
/// checks, then what the widget adds (links open apart and pass nothing;
/// images load lazily and have an `alt`).
pub fn kept_attributes<T: Tree>(
    tree: &T,
    element: &T::Element,
    tag: &'static str,
    urls: &impl Urls,
) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for &name in allowed_attributes(tag) {
        let Some(value) = tree.attribute(element, name) else {
            continue;
        };
        let value = if is_url_attribute(name) {
            let resolved = urls.resolve(&value);
            let safe = resolved.filter(|u| {
                if tag == "img" {
                    safe_media(u).is_some()
                } else {
                    safe_link(u).is_some()
                }
            });
            match safe {
                Some(url) => url,
                None => continue,
            }
        } else if is_numeric_attribute(name) {
            match value.trim().parse::<u16>() {
                Ok(n) => n.to_string(),
                Err(_) => continue,
            }
        } else {
            value
        };
        out.push((name, value));
    }
    match tag {
        "a" => {
            out.push(("target", "_blank".to_owned()));
            out.push(("rel", "noopener noreferrer nofollow".to_owned()));
        }
        "img" => {
            out.push(("loading", "lazy".to_owned()));
            out.push(("decoding", "async".to_owned()));
            if tree.attribute(element, "alt").is_none() {
                out.push(("alt", String::new()));
            }
        }
        _ => {}
    }
    out
}

/// The attributes the walk may add to a kept element, beyond
/// [`allowed_attributes`].
pub const ADDED_ATTRIBUTES: &[&str] = &["target", "rel", "loading", "decoding", "alt"];

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree written out by hand: (tag, attributes, children) or text.
    #[derive(Debug, Clone)]
    enum N {
        T(&'static str),
        E(&'static str, Vec<(&'static str, &'static str)>, Vec<N>),
        Svg,
    }

    struct Hand;
    impl Tree for Hand {
        type Element = N;
        fn children(&self, e: &N) -> Vec<Child<N>> {
            match e {
                N::E(_, _, kids) => kids
                    .iter()
                    .map(|k| match k {
                        N::T(t) => Child::Text((*t).to_owned()),
                        N::E("form", ..) | N::Svg => Child::Skip,
                        e => Child::Element(e.clone()),
                    })
                    .collect(),
                _ => Vec::new(),
            }
        }
        fn local_name(&self, e: &N) -> String {
            match e {
                N::E(tag, ..) => (*tag).to_owned(),
                _ => String::new(),
            }
        }
        fn attribute(&self, e: &N, name: &str) -> Option<String> {
            match e {
                N::E(_, attrs, _) => attrs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned()),
                _ => None,
            }
        }
        fn text_content(&self, e: &N) -> String {
            match e {
                N::T(t) => (*t).to_owned(),
                N::E(_, _, kids) => kids.iter().map(|k| self.text_content(k)).collect(),
                N::Svg => String::new(),
            }
        }
    }

    /// Relative URLs against `https://show.example/posts/`.
    struct Base;
    impl Urls for Base {
        fn resolve(&self, url: &str) -> Option<String> {
            let url = url.trim();
            if url.contains(':') {
                Some(url.to_owned())
            } else {
                Some(format!("https://show.example/posts/{url}"))
            }
        }
    }

    /// Serialises what the walk keeps, to compare as text.
    struct Markup;
    impl Sink for Markup {
        type Node = String;
        fn text(&mut self, text: &str) -> String {
            text.replace('<', "&lt;")
        }
        fn element(
            &mut self,
            tag: &'static str,
            attrs: Vec<(&'static str, String)>,
            kids: Vec<String>,
        ) -> String {
            let attrs: String = attrs.iter().map(|(k, v)| format!(" {k}=\"{v}\"")).collect();
            format!("<{tag}{attrs}>{}</{tag}>", kids.concat())
        }
    }

    fn walked(children: Vec<N>) -> String {
        walk(&Hand, &N::E("body", vec![], children), &Base, &mut Markup).concat()
    }

    #[test]
    fn the_walk_keeps_the_allow_list_and_safe_urls_only() {
        use N::*;
        let cases: Vec<(Vec<N>, &str)> = vec![
            (vec![E("p", vec![("onclick", "x()"), ("style", "x")], vec![T("hi")])], "<p>hi</p>"),
            (vec![E("script", vec![], vec![T("alert(1)")])], ""),
            (vec![E("div", vec![], vec![E("em", vec![], vec![T("e")])])], "<em>e</em>"),
            (vec![E("h1", vec![], vec![T("H")])], "<h2>H</h2>"),
            (
                vec![E("a", vec![("href", "javascript:alert(1)")], vec![T("x")])],
                "<a target=\"_blank\" rel=\"noopener noreferrer nofollow\">x</a>",
            ),
            (
                vec![E("a", vec![("href", "notes.html"), ("title", "T")], vec![T("x")])],
                "<a href=\"https://show.example/posts/notes.html\" title=\"T\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">x</a>",
            ),
            (
                vec![E("a", vec![("href", "mailto:a@b.example")], vec![])],
                "<a href=\"mailto:a@b.example\" target=\"_blank\" rel=\"noopener noreferrer nofollow\"></a>",
            ),
            (
                vec![E("img", vec![("src", "mailto:a@b.example"), ("width", "12px")], vec![])],
                "<img loading=\"lazy\" decoding=\"async\" alt=\"\"></img>",
            ),
            (
                vec![E("img", vec![("src", "c.jpg"), ("alt", "C"), ("height", " 7 ")], vec![])],
                "<img src=\"https://show.example/posts/c.jpg\" alt=\"C\" height=\"7\" loading=\"lazy\" decoding=\"async\"></img>",
            ),
            (vec![Svg, E("form", vec![], vec![T("f")]), T("after")], "after"),
            (vec![T("<b>not bold</b>")], "&lt;b>not bold&lt;/b>"),
        ];
        for (tree, expected) in cases {
            assert_eq!(walked(tree.clone()), expected, "{tree:?}");
        }
    }

    #[test]
    fn deep_nesting_becomes_text_at_the_limit() {
        let mut node = N::T("deep");
        for _ in 0..(MAX_DEPTH + 10) {
            node = N::E("div", vec![], vec![N::E("b", vec![], vec![node])]);
        }
        let out = walked(vec![node]);
        assert_eq!(out.matches("<b>").count(), MAX_DEPTH / 2);
        assert!(out.contains("deep"));
    }
}

//! The HTML sanitiser: the browser's `DOMParser` turns a post's markup into
//! an inert document (nothing runs, nothing loads), which is walked here
//! against the core's allow-list and rebuilt as Yew nodes, with every URL's
//! scheme checked and the query's words marked.

use episode_archive_core::html_policy::{
    allowed_attributes, element_rule, is_numeric_attribute, is_url_attribute, ElementRule,
    MAX_DEPTH,
};
use episode_archive_core::search::Highlighter;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, HtmlFormElement, Node, SupportedType};
use yew::prelude::*;
use yew::virtual_dom::{VTag, VText};

use super::marked;
use crate::urls::{link_href, media_src};

/// What the walk carries down the tree.
struct Walk<'a> {
    base: &'a str,
    highlight: &'a Highlighter,
}

/// Parses `html` inertly and returns its allowed content as Yew nodes.
pub fn sanitise(html: &str, base: &str, highlight: &Highlighter) -> Vec<Html> {
    let Ok(parser) = DomParser::new() else {
        return vec![html! { html.to_owned() }];
    };
    let Some(body) = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()
        .and_then(|doc| doc.body())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    children(&body, &Walk { base, highlight }, 0, &mut out);
    out
}

fn children(parent: &Node, walk_with: &Walk<'_>, depth: usize, out: &mut Vec<Html>) {
    // The parent's `childNodes` list, never a child's own `nextSibling`:
    // a child may be a clobbered <form> (see `walk`).
    let list = parent.child_nodes();
    for i in 0..list.length() {
        if let Some(node) = list.item(i) {
            walk(&node, walk_with, depth, out);
        }
    }
}

fn walk(node: &Node, walk_with: &Walk<'_>, depth: usize, out: &mut Vec<Html>) {
    // DOM clobbering: in a <form>, a control named `namespaceURI`,
    // `nodeType`, `getAttribute`… shadows the form's own property, and
    // wasm-bindgen trusts the type it reads. So a form is recognised by
    // `instanceof` (which named controls cannot shadow) and dropped before
    // any of its properties is read. Forms are on the drop list anyway.
    if node.dyn_ref::<HtmlFormElement>().is_some() {
        return;
    }
    match node.node_type() {
        Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
            if let Some(text) = node.text_content() {
                out.push(marked(&text, walk_with.highlight));
            }
        }
        Node::ELEMENT_NODE => {
            let Some(element) = node.dyn_ref::<Element>() else {
                return;
            };
            // Only HTML elements: SVG and MathML content carry their own
            // script vectors, and are dropped with their parent anyway.
            if element.namespace_uri().as_deref() != Some("http://www.w3.org/1999/xhtml") {
                return;
            }
            let tag = element.local_name().to_ascii_lowercase();
            match element_rule(&tag) {
                ElementRule::Drop => {}
                // Every level counts, unwrapped ones too: 10,000 nested
                // <div>s must not exhaust the wasm stack.
                _ if depth >= MAX_DEPTH => {
                    out.push(VText::new(node.text_content().unwrap_or_default()).into());
                }
                ElementRule::Unwrap => children(node, walk_with, depth + 1, out),
                ElementRule::Keep(kept) => out.push(kept_element(element, kept, walk_with, depth)),
            }
        }
        // Comments, processing instructions, doctypes: nothing to show.
        _ => {}
    }
}

fn kept_element(element: &Element, tag: &'static str, walk_with: &Walk<'_>, depth: usize) -> Html {
    let base = walk_with.base;
    let mut vtag = VTag::new(tag);
    for &name in allowed_attributes(tag) {
        let Some(value) = element.get_attribute(name) else {
            continue;
        };
        let value = if is_url_attribute(name) {
            let safe = if tag == "img" {
                media_src(&value, base)
            } else {
                link_href(&value, base)
            };
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
        vtag.add_attribute(name, value);
    }
    match tag {
        "a" => {
            vtag.add_attribute("target", "_blank");
            vtag.add_attribute("rel", "noopener noreferrer nofollow");
        }
        "img" => {
            vtag.add_attribute("loading", "lazy");
            vtag.add_attribute("decoding", "async");
            if element.get_attribute("alt").is_none() {
                vtag.add_attribute("alt", "");
            }
        }
        _ => {}
    }
    let mut inner = Vec::new();
    children(element.unchecked_ref(), walk_with, depth + 1, &mut inner);
    for child in inner {
        vtag.add_child(child);
    }
    vtag.into()
}

//! The HTML sanitiser: the browser's `DOMParser` turns a post's markup into
//! an inert document (nothing runs, nothing loads), which the core's
//! allow-list walk ([`episode_archive_core::html_walk`]) reads through
//! [`DomTree`] and rebuilds as Yew nodes through [`YewNodes`], every URL
//! resolved by the browser and gated by scheme, the query's words marked.

use episode_archive_core::html_walk::{walk, Child, Sink, Tree, Urls};
use episode_archive_core::search::Highlighter;
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, HtmlFormElement, Node, SupportedType};
use yew::prelude::*;
use yew::virtual_dom::VTag;

use super::marked;
use crate::urls::resolve;

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
    walk(
        &DomTree,
        body.unchecked_ref(),
        &PostBase(base),
        &mut YewNodes { highlight },
    )
}

/// The inert document, as the walk reads it.
struct DomTree;

impl Tree for DomTree {
    type Element = Element;

    fn children(&self, parent: &Element) -> Vec<Child<Element>> {
        // The parent's `childNodes` list, never a child's own `nextSibling`:
        // a child may be a clobbered <form>.
        let list = parent.child_nodes();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|node| classify(&node))
            .collect()
    }

    fn local_name(&self, element: &Element) -> String {
        element.local_name().to_ascii_lowercase()
    }

    fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        element.get_attribute(name)
    }

    fn text_content(&self, element: &Element) -> String {
        element.text_content().unwrap_or_default()
    }
}

fn classify(node: &Node) -> Child<Element> {
    // DOM clobbering: in a <form>, a control named `namespaceURI`,
    // `nodeType`, `getAttribute`… shadows the form's own property, and
    // wasm-bindgen trusts the type it reads. So a form is recognised by
    // `instanceof` (which named controls cannot shadow) and skipped before
    // any of its properties is read. Forms are on the drop list anyway.
    if node.dyn_ref::<HtmlFormElement>().is_some() {
        return Child::Skip;
    }
    match node.node_type() {
        Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
            Child::Text(node.text_content().unwrap_or_default())
        }
        // Only HTML elements: SVG and MathML content carry their own
        // script vectors, and are dropped with their parent anyway.
        Node::ELEMENT_NODE => match node.dyn_ref::<Element>() {
            Some(element)
                if element.namespace_uri().as_deref() == Some("http://www.w3.org/1999/xhtml") =>
            {
                Child::Element(element.clone())
            }
            _ => Child::Skip,
        },
        // Comments, processing instructions, doctypes: nothing to show.
        _ => Child::Skip,
    }
}

/// Relative URLs in a post mean what they would in a link on the page
/// that fetched it: the browser resolves them against the manifest's URL.
struct PostBase<'a>(&'a str);

impl Urls for PostBase<'_> {
    fn resolve(&self, url: &str) -> Option<String> {
        resolve(url, self.0)
    }
}

/// Yew nodes, with the query's words marked in the text.
struct YewNodes<'a> {
    highlight: &'a Highlighter,
}

impl Sink for YewNodes<'_> {
    type Node = Html;

    fn text(&mut self, text: &str) -> Html {
        marked(text, self.highlight)
    }

    fn element(
        &mut self,
        tag: &'static str,
        attributes: Vec<(&'static str, String)>,
        children: Vec<Html>,
    ) -> Html {
        let mut vtag = VTag::new(tag);
        for (name, value) in attributes {
            vtag.add_attribute(name, value);
        }
        for child in children {
            vtag.add_child(child);
        }
        vtag.into()
    }
}

//! Query words marked in displayed text: `<mark>` elements built as nodes.

use episode_archive_core::search::Highlighter;
use yew::prelude::*;
use yew::virtual_dom::{VTag, VText};

/// `text` as nodes, with the words the query matched inside `<mark>`.
///
/// Always a list, marks or not: a text node that became a list (or back)
/// as the reader typed would make Yew replace it rather than update it.
pub fn marked(text: &str, highlighter: &Highlighter) -> Html {
    let ranges = highlighter.ranges(text);
    let mut nodes: Vec<Html> = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (start, end) in ranges {
        if start > at {
            nodes.push(VText::new(text[at..start].to_owned()).into());
        }
        let mut mark = VTag::new("mark");
        mark.add_child(VText::new(text[start..end].to_owned()).into());
        nodes.push(mark.into());
        at = end;
    }
    if at < text.len() {
        nodes.push(VText::new(text[at..].to_owned()).into());
    }
    html! { <>{ for nodes }</> }
}

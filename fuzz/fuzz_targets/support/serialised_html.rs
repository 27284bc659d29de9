//! Reading serialised HTML back in fuzz targets: its tags, and whether a
//! tag carries what the allow-list never lets through.

/// The tags of serialised HTML, `<` to the `>` outside quotes (a `<` in text
/// is always escaped, so each one starts a tag).
pub fn tags(html: &str) -> Vec<&str> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let start = i;
            let mut quote = None;
            while i < bytes.len() {
                match (quote, bytes[i]) {
                    (None, b'"' | b'\'') => quote = Some(bytes[i]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                i += 1;
            }
            out.push(&html[start..i.min(bytes.len())]);
        }
        i += 1;
    }
    out
}

/// Why a serialised tag is unsafe, if it is: a script, frame or style
/// element, an event-handler attribute, or a URL attribute whose value is
/// not http(s)/mailto (or, without a base, relative).
#[allow(dead_code)] // each target uses what it checks
pub fn unsafe_tag(tag: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    for element in ["<script", "<iframe", "<style", "<object", "<embed", "<svg", "<math", "<form"] {
        if lower.starts_with(element) {
            return Some(format!("{element} kept"));
        }
    }
    // Attribute names follow whitespace inside the tag.
    for (i, _) in lower.match_indices(" on") {
        let rest = &lower[i + 3..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        if !name.is_empty() && rest[name.len()..].starts_with('=') && !inside_quotes(&lower[..i]) {
            return Some(format!("on{name} attribute"));
        }
    }
    for attribute in [" href=\"", " src=\""] {
        for (i, _) in lower.match_indices(attribute) {
            if inside_quotes(&lower[..i]) {
                continue;
            }
            let rest = &lower[i + attribute.len()..];
            let value = &rest[..rest.find('"').unwrap_or(rest.len())];
            if !allowed_scheme(value) {
                return Some(format!("{} {}", attribute.trim(), &value[..value.len().min(40)]));
            }
        }
    }
    None
}

/// Whether a serialised URL attribute's value has an http, https or mailto
/// scheme as a browser reads it: `&amp;` decoded, leading C0 controls and
/// spaces dropped, tabs and line breaks removed. "http:/x" counts (the
/// browser reads it as http://x/); a value with no scheme does not (the
/// cleaning is given a base, so every URL should come out absolute).
fn allowed_scheme(value: &str) -> bool {
    let normalised: String = value
        .replace("&amp;", "&")
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    match normalised.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            ["http", "https", "mailto"].contains(&scheme.to_ascii_lowercase().as_str())
        }
        _ => false,
    }
}

/// Whether a position (the end of `before`) is inside a quoted value.
fn inside_quotes(before: &str) -> bool {
    let mut quote = None;
    for c in before.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    quote.is_some()
}

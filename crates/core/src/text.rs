//! Plain-text posts (`body_format: "text"`) as structure the UI renders
//! node by node: paragraphs separated by blank lines, single newlines kept
//! as line breaks, bare `http`/`https` URLs turned into links.

/// One piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Text to show as is.
    Text(String),
    /// A bare URL found in the text; shown as a link to itself.
    Link(String),
    /// A single newline inside a paragraph.
    Break,
}

/// A paragraph: a run of inline pieces.
pub type Paragraph = Vec<Inline>;

/// Splits a plain-text post into paragraphs of text, links and breaks.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in normalized.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(paragraph(&current));
                current.clear();
            }
        } else {
            // Both ends: a leading no-break space (common in pasted show
            // notes) would show as a stray indent, where spaces collapse.
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(paragraph(&current));
    }
    out
}

fn paragraph(lines: &[&str]) -> Paragraph {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push(Inline::Break);
        }
        linkify(line, &mut out);
    }
    out
}

/// Characters that end a bare URL.
fn ends_url(c: char) -> bool {
    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '«' | '»')
}

fn linkify(line: &str, out: &mut Vec<Inline>) {
    let mut rest = line;
    while let Some(start) = find_url_start(rest) {
        let candidate = &rest[start..];
        let end = candidate.find(ends_url).unwrap_or(candidate.len());
        let url = trim_trailing_punctuation(&candidate[..end]);
        // "https://" alone is not a link.
        if url.len() <= url.find("//").map_or(0, |i| i + 2) {
            push_text(out, &rest[..start + url.len().max(1)]);
            rest = &rest[start + url.len().max(1)..];
            continue;
        }
        push_text(out, &rest[..start]);
        out.push(Inline::Link(url.to_owned()));
        rest = &rest[start + url.len()..];
    }
    push_text(out, rest);
}

fn find_url_start(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    loop {
        let at = from + lower[from..].find("http")?;
        let tail = &lower[at..];
        let is_scheme = tail.starts_with("http://") || tail.starts_with("https://");
        // Only at a word start: "xhttp://" is not a URL.
        let at_word_start = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if is_scheme && at_word_start {
            return Some(at);
        }
        from = at + 4;
    }
}

/// Drops punctuation that ends a sentence rather than the URL, keeping a
/// closing parenthesis that balances one inside the URL (Wikipedia links).
fn trim_trailing_punctuation(url: &str) -> &str {
    let mut end = url.len();
    while let Some(c) = url[..end].chars().next_back() {
        let unbalanced_paren =
            c == ')' && url[..end].matches('(').count() < url[..end].matches(')').count();
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | ']' | '}') || unbalanced_paren {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    &url[..end]
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::Text(text.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::Inline::{Break, Link, Text};
    use super::*;

    fn t(s: &str) -> Inline {
        Text(s.into())
    }
    fn l(s: &str) -> Inline {
        Link(s.into())
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_newlines_break_lines() {
        let got = paragraphs("First line\nsecond line\n\n\n  \nNext paragraph\r\n\r\nLast");
        assert_eq!(
            got,
            vec![
                vec![t("First line"), Break, t("second line")],
                vec![t("Next paragraph")],
                vec![t("Last")],
            ]
        );
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n\n \n").is_empty());
    }

    #[test]
    fn lines_lose_spaces_at_both_ends_including_no_break_spaces() {
        let got = paragraphs("\u{a0}Come join us\u{a0}\n\t indented  \n\n\u{2003}Last");
        assert_eq!(
            got,
            vec![
                vec![t("Come join us"), Break, t("indented")],
                vec![t("Last")],
            ]
        );
    }

    #[test]
    fn bare_urls_become_links_without_sentence_punctuation() {
        let cases: Vec<(&str, Vec<Inline>)> = vec![
            (
                "see https://arxiv.org/abs/1706.03762.",
                vec![t("see "), l("https://arxiv.org/abs/1706.03762"), t(".")],
            ),
            (
                "(http://a.org/x)",
                vec![t("("), l("http://a.org/x"), t(")")],
            ),
            (
                "https://en.wikipedia.org/wiki/Reward_(psychology), ok",
                vec![
                    l("https://en.wikipedia.org/wiki/Reward_(psychology)"),
                    t(", ok"),
                ],
            ),
            (
                "HTTPS://A.ORG and https://b.org",
                vec![l("HTTPS://A.ORG"), t(" and "), l("https://b.org")],
            ),
            ("xhttp://a.org", vec![t("xhttp://a.org")]),
            ("https:// nothing", vec![t("https:// nothing")]),
            (
                "javascript:alert(1) http",
                vec![t("javascript:alert(1) http")],
            ),
            (
                "<https://a.org/é>",
                vec![t("<"), l("https://a.org/é"), t(">")],
            ),
            (
                "a « https://a.org » b",
                vec![t("a « "), l("https://a.org"), t(" » b")],
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(paragraphs(input), vec![expected], "{input:?}");
        }
    }
}

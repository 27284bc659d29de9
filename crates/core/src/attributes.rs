//! The `<episode-archive>` element's attributes, read into typed options.
//! Attributes are text typed by people: anything unreadable falls back to
//! the default rather than failing.

use crate::state::DEFAULT_PAGE_SIZE;
use crate::url_state::{UrlState, DEFAULT_NAMESPACE};

/// The element's options, as the app uses them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementOptions {
    /// Initial keyword (`query`) and categories (`categories`, comma-separated).
    pub initial: UrlState,
    /// `page-size`: episodes shown before "Show more"; 0 shows all.
    pub page_size: usize,
    /// `url-state`: the URL parameter prefix, or `None` when off.
    pub url_namespace: Option<String>,
    /// `lang`: the content's language, overriding the manifest's.
    pub lang: Option<String>,
}

impl Default for ElementOptions {
    fn default() -> Self {
        Self {
            initial: UrlState::default(),
            page_size: DEFAULT_PAGE_SIZE,
            url_namespace: Some(DEFAULT_NAMESPACE.to_owned()),
            lang: None,
        }
    }
}

/// Reads the attributes (`None` where absent).
pub fn read(
    query: Option<&str>,
    categories: Option<&str>,
    page_size: Option<&str>,
    url_state: Option<&str>,
    lang: Option<&str>,
) -> ElementOptions {
    let mut seen = Vec::new();
    for c in categories.unwrap_or_default().split(',').map(str::trim) {
        if !c.is_empty() && !seen.iter().any(|s: &String| s == c) {
            seen.push(c.to_owned());
        }
    }
    ElementOptions {
        initial: UrlState {
            query: query.unwrap_or_default().trim().to_owned(),
            categories: seen,
            expanded: None,
        },
        page_size: page_size
            .and_then(|p| p.trim().parse().ok())
            .unwrap_or(DEFAULT_PAGE_SIZE),
        url_namespace: namespace(url_state),
        lang: lang
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned),
    }
}

fn namespace(url_state: Option<&str>) -> Option<String> {
    let value = url_state.unwrap_or_default().trim();
    match value.to_ascii_lowercase().as_str() {
        "off" | "false" | "no" | "none" | "0" => None,
        "" | "on" | "true" | "yes" | "1" => Some(DEFAULT_NAMESPACE.to_owned()),
        _ => {
            // Anything else names the prefix; keep it to characters that
            // read well in a URL.
            let clean: String = value
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                .take(32)
                .collect();
            Some(if clean.is_empty() {
                DEFAULT_NAMESPACE.to_owned()
            } else {
                clean
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_read_forgivingly() {
        let o = read(
            Some(" gan "),
            Some("Deep learning, NLP,,NLP , "),
            Some("5"),
            None,
            Some("fr"),
        );
        assert_eq!(o.initial.query, "gan");
        assert_eq!(o.initial.categories, ["Deep learning", "NLP"]);
        assert_eq!(o.page_size, 5);
        assert_eq!(o.url_namespace.as_deref(), Some("ea"));
        assert_eq!(o.lang.as_deref(), Some("fr"));
        assert_eq!(
            read(None, None, None, None, None),
            ElementOptions::default()
        );
    }

    #[test]
    fn page_size_and_url_state_fall_back_to_defaults() {
        let cases = [
            (Some("abc"), DEFAULT_PAGE_SIZE),
            (Some("-3"), DEFAULT_PAGE_SIZE),
            (Some("0"), 0),
            (Some(" 50 "), 50),
        ];
        for (attr, size) in cases {
            assert_eq!(
                read(None, None, attr, None, None).page_size,
                size,
                "{attr:?}"
            );
        }
        let namespaces = [
            (Some("off"), None),
            (Some("FALSE"), None),
            (Some(""), Some("ea")),
            (Some("on"), Some("ea")),
            (Some("show-2"), Some("show-2")),
            (Some("a b&c"), Some("abc")),
            (Some("&&&"), Some("ea")),
        ];
        for (attr, ns) in namespaces {
            assert_eq!(
                read(None, None, None, attr, None).url_namespace.as_deref(),
                ns,
                "{attr:?}"
            );
        }
    }
}

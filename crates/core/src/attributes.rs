//! The `<episode-archive>` element's attributes, read into typed options.
//! Attributes are text typed by people: anything unreadable falls back to
//! the default rather than failing.

use crate::response::Limits;
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
    /// The interface's language as the loader chose it: the `lang` in
    /// effect on the element (its own, else its nearest ancestor's), else
    /// the manifest's, else the browser's.
    pub lang: Option<String>,
    /// `timeout` (seconds) and `max-size` (megabytes) for every fetch.
    pub limits: Limits,
}

impl Default for ElementOptions {
    fn default() -> Self {
        Self {
            initial: UrlState::default(),
            page_size: DEFAULT_PAGE_SIZE,
            url_namespace: Some(DEFAULT_NAMESPACE.to_owned()),
            lang: None,
            limits: Limits::default(),
        }
    }
}

/// Every attribute the element observes, with the key its value is handed
/// to the wasm under (`None`: only the stylesheet or the loader reads it). The one list:
/// the loader's `ATTRIBUTES` and what it hands over are checked against it
/// (`tests/attributes.rs`), and the wasm side reads through
/// [`Attributes::from_lookup`] and this list.
pub const OBSERVED: [(&str, Option<&str>); 10] = [
    ("src", Some("src")),
    ("categories", Some("categories")),
    ("query", Some("query")),
    ("theme", None),
    ("lang", Some("lang")),
    ("page-size", Some("pageSize")),
    ("url-state", Some("urlState")),
    ("timeout", Some("timeout")),
    ("max-size", Some("maxSize")),
    ("strings", None),
];

/// The attributes as given (`None` where absent).
#[derive(Debug, Clone, Copy, Default)]
pub struct Attributes<'a> {
    /// `query`: the search to start with.
    pub query: Option<&'a str>,
    /// `categories`: comma-separated categories to start with.
    pub categories: Option<&'a str>,
    /// `page-size`: episodes shown before "Show more"; 0 shows all.
    pub page_size: Option<&'a str>,
    /// `url-state`: on (the default prefix), "off", or the prefix of the
    /// view's parameters in the page URL.
    pub url_state: Option<&'a str>,
    /// The interface's language, as the loader chose it.
    pub lang: Option<&'a str>,
    /// `timeout`: seconds a fetch may take.
    pub timeout: Option<&'a str>,
    /// `max-size`: megabytes a manifest or post may weigh.
    pub max_size: Option<&'a str>,
}

impl<'a> Attributes<'a> {
    /// The attributes, each looked up by its key in [`OBSERVED`].
    pub fn from_lookup(get: impl Fn(&str) -> Option<&'a str>) -> Self {
        Self {
            query: get("query"),
            categories: get("categories"),
            page_size: get("pageSize"),
            url_state: get("urlState"),
            lang: get("lang"),
            timeout: get("timeout"),
            max_size: get("maxSize"),
        }
    }
}

/// Reads the attributes.
pub fn read(attrs: Attributes<'_>) -> ElementOptions {
    let Attributes {
        query,
        categories,
        page_size,
        url_state,
        lang,
        timeout,
        max_size,
    } = attrs;
    let defaults = Limits::default();
    let limits = Limits {
        timeout_seconds: timeout
            .and_then(|t| t.trim().parse::<u32>().ok())
            .filter(|t| (1..=600).contains(t))
            .unwrap_or(defaults.timeout_seconds),
        max_bytes: max_size
            .and_then(|m| megabytes(m.trim()))
            .filter(|bytes| (1..=1024 * 1_048_576).contains(bytes))
            .unwrap_or(defaults.max_bytes),
    };
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
        limits,
    }
}

/// "20" or "0.5" megabytes in bytes. Decimal digits only, read by hand:
/// the standard float parser and its tables weighed about 25 KB of wasm.
fn megabytes(text: &str) -> Option<u64> {
    const MB: u64 = 1_048_576;
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
    let number = digits(whole) || (whole.is_empty() && digits(fraction));
    if !number {
        return None;
    }
    if !fraction.is_empty() && !digits(fraction) {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let scale = 10u64.pow(fraction.len() as u32);
    let fraction: u64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().ok()?
    };
    Some(whole * MB + fraction * MB / scale)
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
        let o = read(Attributes {
            query: Some(" gan "),
            categories: Some("Deep learning, NLP,,NLP , "),
            page_size: Some("5"),
            lang: Some("fr"),
            timeout: Some("3"),
            max_size: Some("0.5"),
            ..Attributes::default()
        });
        assert_eq!(o.initial.query, "gan");
        assert_eq!(o.initial.categories, ["Deep learning", "NLP"]);
        assert_eq!(o.page_size, 5);
        assert_eq!(o.url_namespace.as_deref(), Some("ea"));
        assert_eq!(o.lang.as_deref(), Some("fr"));
        assert_eq!(
            o.limits,
            Limits {
                timeout_seconds: 3,
                max_bytes: 524_288
            }
        );
        assert_eq!(read(Attributes::default()), ElementOptions::default());
        let silly = read(Attributes {
            timeout: Some("0"),
            max_size: Some("NaN"),
            ..Attributes::default()
        });
        assert_eq!(silly.limits, Limits::default());
    }

    #[test]
    fn max_size_reads_decimal_megabytes() {
        let cases = [
            ("20", Some(20 * 1_048_576)),
            ("0.5", Some(524_288)),
            (".5", Some(524_288)),
            ("1.25", Some(1_310_720)),
            ("1024", Some(1024 * 1_048_576)),
            ("2.", Some(2 * 1_048_576)),
            ("", None),
            (".", None),
            ("-1", None),
            ("1e3", None),
            ("NaN", None),
            ("1.2.3", None),
            ("99999999999", None),
        ];
        for (text, bytes) in cases {
            assert_eq!(megabytes(text), bytes, "{text:?}");
        }
        let over = read(Attributes {
            max_size: Some("2048"),
            ..Attributes::default()
        });
        assert_eq!(over.limits, Limits::default());
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
            let attrs = Attributes {
                page_size: attr,
                ..Attributes::default()
            };
            assert_eq!(read(attrs).page_size, size, "{attr:?}");
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
            let attrs = Attributes {
                url_state: attr,
                ..Attributes::default()
            };
            assert_eq!(read(attrs).url_namespace.as_deref(), ns, "{attr:?}");
        }
    }
}

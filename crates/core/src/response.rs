//! Turning an HTTP response body into a document's text, with the limits
//! and explanations a reader needs when it is not one: empty, too large,
//! not UTF-8, or an HTML error page served where JSON was expected.

use crate::error::ManifestError;

/// How long a fetch may take, in seconds, unless the embedder says otherwise.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 15;
/// The largest manifest or post read, in bytes, unless the embedder says otherwise.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// Limits on one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Seconds before the fetch is aborted.
    pub timeout_seconds: u32,
    /// Bytes above which the body is refused.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Checks a declared or actual size against the limit.
pub fn check_size(bytes: u64, limits: &Limits) -> Result<(), ManifestError> {
    if bytes > limits.max_bytes {
        Err(ManifestError::TooLarge {
            bytes,
            limit: limits.max_bytes,
        })
    } else {
        Ok(())
    }
}

/// The body as text: refused when empty, too large or not UTF-8.
pub fn body_text(bytes: Vec<u8>, limits: &Limits) -> Result<String, ManifestError> {
    check_size(bytes.len() as u64, limits)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ManifestError::Empty);
    }
    String::from_utf8(bytes).map_err(|e| ManifestError::NotUtf8 {
        byte: e.utf8_error().valid_up_to(),
    })
}

/// A clearer error when a body that is not JSON came as an HTML page (a
/// CDN's 404 page served with status 200, a login page…).
pub fn explain(error: ManifestError, content_type: Option<&str>) -> ManifestError {
    let html = content_type.is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("text/html"));
    match error {
        ManifestError::NotJson { .. } if html => ManifestError::HtmlPage,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_checked_before_parsing() {
        let limits = Limits {
            timeout_seconds: 1,
            max_bytes: 10,
        };
        assert_eq!(body_text(b"{}".to_vec(), &limits).as_deref(), Ok("{}"));
        assert_eq!(body_text(Vec::new(), &limits), Err(ManifestError::Empty));
        assert_eq!(
            body_text(b" \n\t".to_vec(), &limits),
            Err(ManifestError::Empty)
        );
        assert_eq!(
            body_text(b"{\"a\":\xff}".to_vec(), &limits),
            Err(ManifestError::NotUtf8 { byte: 5 })
        );
        assert_eq!(
            body_text(vec![b' '; 11], &limits),
            Err(ManifestError::TooLarge {
                bytes: 11,
                limit: 10
            })
        );
    }

    #[test]
    fn an_html_page_is_named_as_such() {
        let not_json = ManifestError::NotJson {
            line: 1,
            column: 1,
            reason: "expected value".into(),
        };
        assert_eq!(
            explain(not_json.clone(), Some("text/html; charset=utf-8")),
            ManifestError::HtmlPage
        );
        assert_eq!(
            explain(not_json.clone(), Some("application/json")),
            not_json
        );
        assert_eq!(explain(not_json.clone(), None), not_json);
    }

    #[test]
    fn errors_read_well() {
        let cases = [
            (
                ManifestError::Empty,
                "not valid JSON: the response is empty",
            ),
            (
                ManifestError::NotUtf8 { byte: 7 },
                "not valid JSON: the text is not UTF-8 (at byte 7)",
            ),
            (
                ManifestError::HtmlPage,
                "not valid JSON: the server sent an HTML page (often an error page)",
            ),
            (
                ManifestError::TooLarge {
                    bytes: 52_428_800,
                    limit: 20_971_520,
                },
                "too large: 50.0 MB, above this widget's limit of 20.0 MB",
            ),
            (
                // The largest size a header can declare; tenths round half up.
                ManifestError::TooLarge {
                    bytes: u64::MAX,
                    limit: 1_101_005,
                },
                "too large: 17592186044416.0 MB, above this widget's limit of 1.1 MB",
            ),
        ];
        for (error, text) in cases {
            assert_eq!(error.to_string(), text);
        }
    }
}

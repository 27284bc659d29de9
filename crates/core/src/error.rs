//! Errors as values: what went wrong loading an archive or a post, in words
//! a reader understands. They derive `Clone, PartialEq` so the UI can keep
//! them in its state and render them.

use std::fmt;

/// Why a manifest's text could not become an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestError {
    /// The text is not JSON at all (an HTML error page, a truncated file…).
    NotJson {
        /// Line of the first error, from 1.
        line: usize,
        /// Column of the first error, from 1.
        column: usize,
        /// What the JSON reader found there.
        reason: String,
    },
    /// It is JSON, but not the document expected (`what`: "an episode
    /// manifest", "a post body"): the top level has the wrong shape.
    WrongShape {
        /// The document expected.
        what: &'static str,
        /// What is wrong with the top level.
        reason: String,
    },
    /// The manifest declares a version this build does not know.
    UnsupportedVersion {
        /// The version as written in the manifest.
        found: String,
    },
    /// The response had no content.
    Empty,
    /// The response is not UTF-8 text.
    NotUtf8 {
        /// Offset of the first byte that is not UTF-8.
        byte: usize,
    },
    /// The response is an HTML page (typically an error page sent with 200).
    HtmlPage,
    /// The response is larger than the configured limit.
    TooLarge {
        /// The response's size (declared, or read).
        bytes: u64,
        /// The largest size allowed.
        limit: u64,
    },
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson {
                line,
                column,
                reason,
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {reason}"
            ),
            Self::WrongShape { what, reason } => write!(f, "not {what}: {reason}"),
            Self::UnsupportedVersion { found } => write!(
                f,
                "manifest version {found} is not supported by this widget (it reads version {})",
                crate::model::MANIFEST_VERSION
            ),
            Self::Empty => write!(f, "not valid JSON: the response is empty"),
            Self::NotUtf8 { byte } => {
                write!(f, "not valid JSON: the text is not UTF-8 (at byte {byte})")
            }
            Self::HtmlPage => write!(
                f,
                "not valid JSON: the server sent an HTML page (often an error page)"
            ),
            Self::TooLarge { bytes, limit } => write!(
                f,
                "too large: {} MB, above this widget's limit of {} MB",
                Megabytes(*bytes),
                Megabytes(*limit)
            ),
        }
    }
}

/// `bytes` in megabytes with one decimal ("50.0"), rounded half up.
pub fn megabytes(bytes: u64) -> String {
    Megabytes(bytes).to_string()
}

/// The reason of a [`LoadError::Network`] for a URL that could not even
/// be resolved: the widget shows it as its own message.
pub const NOT_A_URL: &str = "this is not a valid URL";

/// Bytes as megabytes with one decimal ("50.0"), rounded half up. Integer
/// arithmetic: formatting floats would bring about 15 KB of float-printing
/// code into the wasm for this one message.
struct Megabytes(u64);

impl fmt::Display for Megabytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MB: u64 = 1_048_576;
        // Whole megabytes and the rest apart, so nothing overflows a u64
        // (u128 arithmetic and printing were 2 KB more of wasm).
        let tenths = self.0 / MB * 10 + (self.0 % MB * 10 + MB / 2) / MB;
        write!(f, "{}.{}", tenths / 10, tenths % 10)
    }
}

/// Why a manifest or a post could not be loaded from its URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// No response: offline, DNS, CORS refusal, aborted.
    Network {
        /// The URL fetched.
        url: String,
        /// What probably happened, for a reader.
        reason: String,
    },
    /// No answer within the time limit; the fetch was aborted.
    Timeout {
        /// The URL fetched.
        url: String,
        /// The time limit.
        seconds: u32,
    },
    /// The server answered with an error status.
    Http {
        /// The URL fetched.
        url: String,
        /// The HTTP status code.
        status: u16,
        /// The status line's text ("Not Found"), when the server sent one.
        status_text: String,
    },
    /// The response arrived but could not be read.
    Invalid {
        /// The URL fetched.
        url: String,
        /// Why its content could not be read.
        error: ManifestError,
    },
}

impl LoadError {
    /// The URL that failed, for display.
    pub fn url(&self) -> &str {
        match self {
            Self::Network { url, .. }
            | Self::Timeout { url, .. }
            | Self::Http { url, .. }
            | Self::Invalid { url, .. } => url,
        }
    }

    /// The reason alone, without the URL.
    pub fn reason(&self) -> String {
        match self {
            Self::Network { reason, .. } => format!("network error: {reason}"),
            Self::Timeout { seconds, .. } => format!("no answer within {seconds} s"),
            Self::Http {
                status,
                status_text,
                ..
            } if status_text.is_empty() => format!("HTTP {status}"),
            Self::Http {
                status,
                status_text,
                ..
            } => format!("HTTP {status} {status_text}"),
            Self::Invalid { error, .. } => error.to_string(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} could not be loaded: {}", self.url(), self.reason())
    }
}

/// Something in a manifest that was skipped or repaired; never fatal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Position of the episode in the manifest's `episodes` array.
    pub index: usize,
    /// The episode's id, when it had a readable one.
    pub id: Option<String>,
    /// Whether the episode was left out (`true`) or kept with a field dropped.
    pub skipped: bool,
    /// What was wrong.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "episode {}", self.index + 1)?;
        if let Some(id) = &self.id {
            write!(f, " (\"{id}\")")?;
        }
        let what = if self.skipped { "skipped" } else { "kept" };
        write!(f, " {what}: {}", self.reason)
    }
}

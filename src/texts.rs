//! The interface's words as components use them: the core's messages
//! ([`Strings`]) for the interface language, with numbers, dates and
//! durations written by the browser's `Intl` for that language. One value
//! for the whole widget, given through a context; it changes when a
//! catalog or the site's wording arrives, or the language changes.

use std::rc::Rc;

use episode_archive_core::error::{megabytes, NOT_A_URL};
use episode_archive_core::i18n::{entries_from_lines, Catalog, Key, Plural, Strings};
use episode_archive_core::model::MANIFEST_VERSION;
use episode_archive_core::{load, LoadError, ManifestError};

use crate::services::intl::Intl;

/// The interface's words and formats. Handed to components as a prop (the
/// cards get it through their context): a context of its own weighed
/// about 2 KiB of wasm.
#[derive(Clone)]
pub struct Texts {
    strings: Rc<Strings>,
    intl: Rc<Intl>,
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.strings, &other.strings) && Rc::ptr_eq(&self.intl, &other.intl)
    }
}

impl Texts {
    /// The messages `strings`, formatted by `intl`.
    pub fn new(strings: Rc<Strings>, intl: Rc<Intl>) -> Self {
        Self { strings, intl }
    }

    /// English.
    pub fn english() -> Self {
        Self::new(Rc::default(), Rc::new(Intl::new("en")))
    }

    /// A message without placeholders.
    pub fn text(&self, key: Key) -> String {
        self.strings.get(key, Plural::Other).to_owned()
    }

    /// A message with its placeholders filled.
    pub fn with(&self, key: Key, args: &[(&str, &str)]) -> String {
        self.strings.format(key, Plural::Other, args)
    }

    /// A message about `count` things: its plural form for `count`, with
    /// `{count}` written the locale's way and the other placeholders filled.
    pub fn count(&self, key: Key, count: usize, args: &[(&str, &str)]) -> String {
        let n = count as u64;
        let written = self.intl.number(n);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(("count", written.as_str()));
        all.extend_from_slice(args);
        self.strings.format(key, self.intl.plural(n), &all)
    }

    /// The positions of `names` in the interface language's alphabetical
    /// order.
    pub fn alphabetical<'a>(&self, names: impl Iterator<Item = &'a str>) -> Vec<u32> {
        self.intl.alphabetical(names.collect())
    }

    /// A number written the locale's way.
    pub fn number(&self, n: usize) -> String {
        self.intl.number(n as u64)
    }

    /// An ISO date written the locale's way, or `None` if it is not one.
    pub fn date(&self, iso: &str) -> Option<String> {
        self.intl.date(iso)
    }

    /// A duration in the locale's words.
    pub fn duration(&self, seconds: u32) -> String {
        self.intl.duration(seconds)
    }

    /// Why a download failed, as a sentence in the interface language.
    /// Details that come from elsewhere (the server's status text, the JSON
    /// reader's words, a manifest's field) stay as they are.
    pub fn reason(&self, error: &LoadError) -> String {
        // Positions as an editor shows them, without the locale's grouping.
        let n = |v: usize| v.to_string();
        match error {
            LoadError::Network { reason, .. } if reason == NOT_A_URL => {
                self.text(Key::ReasonBadUrl)
            }
            LoadError::Network { .. } => self.text(Key::ReasonNetwork),
            LoadError::Timeout { seconds, .. } => {
                self.count(Key::ReasonTimeout, *seconds as usize, &[])
            }
            LoadError::Http {
                status,
                status_text,
                ..
            } => {
                let status = format!("HTTP {status} {status_text}");
                self.with(Key::ReasonHttp, &[("status", status.trim_end())])
            }
            LoadError::Invalid { error, .. } => match error {
                ManifestError::NotJson {
                    line,
                    column,
                    reason,
                } => self.with(
                    Key::ReasonNotJson,
                    &[
                        ("line", &n(*line)),
                        ("column", &n(*column)),
                        ("reason", reason),
                    ],
                ),
                ManifestError::WrongShape { what, reason } => {
                    let key = if *what == load::BODY {
                        Key::ReasonNotPost
                    } else {
                        Key::ReasonNotManifest
                    };
                    self.with(key, &[("reason", reason)])
                }
                ManifestError::UnsupportedVersion { found } => self.with(
                    Key::ReasonVersion,
                    &[
                        ("found", found),
                        ("supported", &MANIFEST_VERSION.to_string()),
                    ],
                ),
                ManifestError::Empty => self.text(Key::ReasonEmpty),
                ManifestError::NotUtf8 { byte } => {
                    self.with(Key::ReasonNotText, &[("byte", &n(*byte))])
                }
                ManifestError::HtmlPage => self.text(Key::ReasonHtmlPage),
                ManifestError::TooLarge { bytes, limit } => self.with(
                    Key::ReasonTooLarge,
                    &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))],
                ),
            },
        }
    }
}

/// The messages the loader handed over: the language's catalog and the
/// site's own wording, both in the core's line form. The site's entries
/// that cannot be used are reported on the console with their keys.
pub fn read_strings(catalog: Option<&str>, site: Option<&str>) -> Strings {
    let (language, _) = Catalog::read(entries_from_lines(catalog.unwrap_or_default()));
    let (site, problems) = Catalog::read(entries_from_lines(site.unwrap_or_default()));
    for problem in problems {
        web_sys::console::warn_1(
            &format!("episode-archive: strings: {problem}; this entry is ignored").into(),
        );
    }
    Strings { language, site }
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("strings", &self.strings)
            .finish_non_exhaustive()
    }
}

//! Reading a manifest: JSON text in, [`Archive`] out.
//!
//! Only what makes the whole document unusable is fatal (not JSON, not an
//! object, an unknown version, no `title` or `episodes`). An episode that
//! does not fit is skipped and reported; a field that can be dropped (an
//! unreadable date) is dropped and reported. Nothing here panics on any
//! input: serde_json checks the text without recursing, and every access is
//! checked.

use crate::archive::Archive;
use crate::episodes::EpisodeReader;
use crate::error::ManifestError;
use crate::json::{self, take, Kind, Members, Node};
use crate::model::{BodyDocument, MANIFEST_VERSION};
use crate::read::{self, FieldError};

/// The document a manifest is, as [`ManifestError::WrongShape`] names it.
pub const MANIFEST: &str = "an episode manifest";
/// The document a `body_url` post is, as [`ManifestError::WrongShape`] names it.
pub const BODY: &str = "a post body";

/// Parses and validates a manifest.
///
/// One pass over the text checks it and keeps what the format knows
/// (`json::parse`); each episode is read on its own as soon as the pass
/// has gone over it (`EpisodeReader`), so one bad episode is skipped on its
/// own and the episodes are never all held twice.
pub fn parse_manifest(text: &str) -> Result<Archive, ManifestError> {
    read_json(text, |text| {
        let mut reader = EpisodeReader::default();
        let root = json::parse(text, &mut |item| reader.push(item))?;
        Ok(read_manifest(root, reader))
    })
}

fn read_manifest(root: Node, episodes: EpisodeReader) -> Result<Archive, ManifestError> {
    let mut top = match root {
        Node::Members(members) => members,
        other => return Err(not_an_object(MANIFEST, other.kind())),
    };
    let fields = |e: FieldError| shape(MANIFEST, e.to_string());
    check_version(&mut top)?;
    let read::Show {
        title,
        description,
        link,
        language,
        image,
    } = read::show(&mut top).map_err(fields)?;
    let search = read::search(&mut top);
    match take(&mut top, "episodes") {
        None => return Err(shape(MANIFEST, "`episodes` is missing".into())),
        // Its items went to `episodes` as they were read.
        Some(Node::Items(_)) => {}
        Some(other) => {
            return Err(shape(
                MANIFEST,
                format!("`episodes` is {}, not an array", other.kind().described()),
            ))
        }
    }
    let mut archive = Archive::new(
        title,
        description,
        link,
        language,
        episodes.episodes,
        episodes.problems,
    );
    archive.image = image;
    match search {
        Ok(search) => archive.search = search,
        Err(reason) => archive.search_problem = Some(reason),
    }
    Ok(archive)
}

/// Parses what a `body_url` returns: `{"body": …, "body_format": …}`.
pub fn parse_body_document(text: &str) -> Result<BodyDocument, ManifestError> {
    read_json(text, |text| {
        Ok(match json::parse(text, &mut |_| {})? {
            Node::Members(mut members) => {
                read::body_document(&mut members).map_err(|e| shape(BODY, e.to_string()))
            }
            other => Err(not_an_object(BODY, other.kind())),
        })
    })
}

/// Parses and reads `text` with `read`; should serde_json refuse an
/// escaped lone surrogate, reads it again with those written as U+FFFD
/// (the same length, so a later error's position holds).
fn read_json<T>(
    text: &str,
    read: impl Fn(&str) -> Result<Result<T, ManifestError>, serde_json::Error>,
) -> Result<T, ManifestError> {
    match read(text) {
        Ok(result) => result,
        Err(e) => match without_lone_surrogates(text) {
            Some(fixed) => read(&fixed).map_err(|e| json_error(&fixed, &e))?,
            None => Err(json_error(text, &e)),
        },
    }
}

/// The text with each escaped lone surrogate (`\ud800` not followed by
/// its pair, or a second half alone) written as `\ufffd`, when it has
/// any. JSON allows them, browsers show them as U+FFFD, and serde_json
/// refuses them: without this, one such escape anywhere would make the
/// whole archive unreadable. Only run when serde_json has refused the text.
fn without_lone_surrogates(text: &str) -> Option<String> {
    let hex = |at: usize| {
        let digits = text.get(at..at + 4)?;
        u16::from_str_radix(digits, 16)
            .ok()
            .filter(|_| digits.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let escape = |at: usize| match text.as_bytes().get(at..at + 2) {
        Some(b"\\u") => hex(at + 2),
        _ => None,
    };
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let (mut copied, mut at) = (0, 0);
    while let Some(found) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\\'))
    {
        at += found;
        let lone = match escape(at) {
            Some(0xD800..=0xDBFF) if matches!(escape(at + 6), Some(0xDC00..=0xDFFF)) => {
                at += 12;
                continue;
            }
            Some(0xD800..=0xDFFF) => true,
            _ => false,
        };
        if lone {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..at]);
            out.push_str("\\ufffd");
            copied = at + 6;
        }
        // Past this escape (`\\` included, so `\\ud800` is left alone).
        at += if lone { 6 } else { 2 };
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// serde_json's message without the " at line L column C" it appends: the
/// position is kept in its own fields.
fn without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    full.rsplit_once(" at line ")
        .map_or(full.as_str(), |(head, _)| head)
        .to_owned()
}

/// Every error serde_json gives while checking the text is about the text
/// (syntax, end of input): the reading of values is ours.
fn json_error(text: &str, e: &serde_json::Error) -> ManifestError {
    let (line, column) = (e.line(), e.column());
    let reason = match trailing_comma(text, line, column) {
        true => "trailing comma".into(),
        false => without_position(e),
    };
    ManifestError::NotJson {
        line,
        column,
        reason,
    }
}

/// Whether the error at `line`:`column` is a `]` or `}` right after a
/// comma. serde_json reports it so when it reads that array or object, but
/// as the value or key it found missing there when it skips over one.
fn trailing_comma(text: &str, line: usize, column: usize) -> bool {
    let Some(line_start) = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .try_fold(0usize, |sum, len| sum.checked_add(len))
    else {
        return false;
    };
    let at = line_start + column.saturating_sub(1);
    match (text.get(..at), text.as_bytes().get(at)) {
        (Some(before), Some(b']' | b'}')) => before.trim_end().ends_with(','),
        _ => false,
    }
}

fn shape(what: &'static str, reason: String) -> ManifestError {
    ManifestError::WrongShape { what, reason }
}

fn not_an_object(what: &'static str, kind: Kind) -> ManifestError {
    shape(
        what,
        format!("the top level is {}, not an object", kind.described()),
    )
}

fn check_version(top: &mut Members) -> Result<(), ManifestError> {
    match take(top, "version") {
        None => Err(shape(MANIFEST, "`version` is missing".into())),
        Some(Node::Number(Some(MANIFEST_VERSION))) => Ok(()),
        Some(Node::Number(Some(n))) => Err(ManifestError::UnsupportedVersion {
            found: n.to_string(),
        }),
        // Not printed: see `read::opt_u32`.
        Some(Node::Number(None)) => Err(shape(MANIFEST, "`version` is not a whole number".into())),
        Some(other) => Err(shape(
            MANIFEST,
            format!("`version` is {}, not a number", other.kind().described()),
        )),
    }
}

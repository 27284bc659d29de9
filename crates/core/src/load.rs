//! Reading a manifest: JSON text in, [`Archive`] out.
//!
//! Only what makes the whole document unusable is fatal (not JSON, not an
//! object, an unknown version, no `title` or `episodes`). An episode that
//! does not fit is skipped and reported; a field that can be dropped (an
//! unreadable date) is dropped and reported. Nothing here panics on any
//! input: serde_json bounds nesting depth, and every access is checked.

use std::collections::{BTreeMap, HashMap};

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::archive::Archive;
use crate::error::{ManifestError, Problem};
use crate::fold::fold;
use crate::format::parse_date;
use crate::model::{BodyDocument, Episode, MANIFEST_VERSION};
use crate::top_level::{Episodes, TopLevel};

const MANIFEST: &str = "an episode manifest";
const BODY: &str = "a post body";

/// Parses and validates a manifest.
///
/// The text is read in two passes without building a tree of JSON values
/// (for a 20 MB archive that tree was most of the loading time): the first
/// checks the whole document and finds each top-level field and each
/// episode as a slice of the text (`top_level`), the second reads each
/// episode straight into its type, so one bad episode is skipped on its own.
pub fn parse_manifest(text: &str) -> Result<Archive, ManifestError> {
    let top: Value = match serde_json::from_str::<TopLevel>(text) {
        Ok(TopLevel { fields, episodes }) => {
            let small: Map<String, Value> = fields
                .into_iter()
                .filter_map(|(k, raw)| Some((k, serde_json::from_str(raw.get()).ok()?)))
                .collect();
            return parse_fields(small, episodes);
        }
        // Not an object, or not JSON: read as a value for the message.
        Err(_) => serde_json::from_str(text).map_err(|e| json_error(&e, MANIFEST))?,
    };
    Err(shape(
        MANIFEST,
        format!("the top level is {}, not an object", kind(&top)),
    ))
}

fn parse_fields(
    top: Map<String, Value>,
    episodes: Option<Episodes>,
) -> Result<Archive, ManifestError> {
    check_version(&top)?;
    let title = required_string(&top, "title")?;
    let description = optional_string(&top, "description")?.unwrap_or_default();
    let link = optional_string(&top, "link")?;
    let language = optional_string(&top, "language")?;
    let raw_episodes = match episodes {
        None => return Err(shape(MANIFEST, "`episodes` is missing".into())),
        Some(Episodes::NotArray(kind)) => {
            return Err(shape(
                MANIFEST,
                format!("`episodes` is {kind}, not an array"),
            ))
        }
        Some(Episodes::Items(items)) => items,
    };
    let (episodes, problems) = read_episodes(raw_episodes);
    Ok(Archive::new(
        title,
        description,
        link,
        language,
        episodes,
        problems,
    ))
}

/// Parses what a `body_url` returns: `{"body": …, "body_format": …}`.
pub fn parse_body_document(text: &str) -> Result<BodyDocument, ManifestError> {
    serde_json::from_str(text).map_err(|e| json_error(&e, BODY))
}

/// serde_json's message without the " at line L column C" it appends: the
/// position is kept in its own fields, or (inside an episode) means nothing
/// to a reader.
fn without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    full.rsplit_once(" at line ")
        .map_or(full.as_str(), |(head, _)| head)
        .to_owned()
}

fn json_error(e: &serde_json::Error, what: &'static str) -> ManifestError {
    use serde_json::error::Category;
    let reason = without_position(e);
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => ManifestError::NotJson {
            line: e.line(),
            column: e.column(),
            reason,
        },
        Category::Data => shape(what, reason),
    }
}

fn shape(what: &'static str, reason: String) -> ManifestError {
    ManifestError::WrongShape { what, reason }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn check_version(top: &Map<String, Value>) -> Result<(), ManifestError> {
    match top.get("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(MANIFEST_VERSION) => Ok(()),
        Some(Value::Number(n)) => Err(ManifestError::UnsupportedVersion {
            found: n.to_string(),
        }),
        Some(other) => Err(shape(
            MANIFEST,
            format!("`version` is {}, not a number", kind(other)),
        )),
        None => Err(shape(MANIFEST, "`version` is missing".into())),
    }
}

fn required_string(top: &Map<String, Value>, key: &str) -> Result<String, ManifestError> {
    optional_string(top, key)?.ok_or_else(|| shape(MANIFEST, format!("`{key}` is missing")))
}

fn optional_string(top: &Map<String, Value>, key: &str) -> Result<Option<String>, ManifestError> {
    match top.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(shape(
            MANIFEST,
            format!("`{key}` is {}, not a string", kind(other)),
        )),
    }
}

fn read_episodes(raw: Vec<&RawValue>) -> (Vec<Episode>, Vec<Problem>) {
    let mut episodes = Vec::with_capacity(raw.len());
    let mut problems = Vec::new();
    // Index in `episodes` of the first episode seen with each id.
    let mut first_with_id: HashMap<String, usize> = HashMap::new();
    // Folded category name → the spelling met first, so case variants merge.
    let mut spelling: BTreeMap<String, String> = BTreeMap::new();

    for (index, raw) in raw.into_iter().enumerate() {
        let mut episode: Episode = match serde_json::from_str(raw.get()) {
            Ok(episode) => episode,
            Err(e) => {
                problems.push(Problem {
                    index,
                    id: id_of(raw),
                    skipped: true,
                    reason: without_position(&e),
                });
                continue;
            }
        };
        let id = Some(episode.id.clone());
        let problem = |skipped: bool, reason: String| Problem {
            index,
            id: id.clone(),
            skipped,
            reason,
        };
        if episode.id.trim().is_empty() {
            problems.push(problem(true, "`id` is empty".into()));
            continue;
        }
        if episode.title.trim().is_empty() {
            problems.push(problem(true, "`title` is empty".into()));
            continue;
        }
        if let Some(date) = &episode.date {
            if parse_date(date).is_none() {
                problems.push(problem(
                    false,
                    format!("`date` {date:?} is not an ISO 8601 date; shown undated"),
                ));
                episode.date = None;
            }
        }
        if let Some(&first) = first_with_id.get(&episode.id) {
            problems.push(problem(
                false,
                format!("`id` is also used by episode {}; both are shown", first + 1),
            ));
        } else {
            first_with_id.insert(episode.id.clone(), index);
        }
        episode.categories = merge_categories(&episode.categories, &mut spelling);
        episodes.push(episode);
    }
    (episodes, problems)
}

/// The id of an episode that could not be read, if it has a string one.
fn id_of(raw: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    // Skipping the other fields needs no recursion, whatever their depth.
    serde_json::from_str::<IdOnly>(raw.get()).ok()?.id
}

/// Trims names, drops empty ones, maps case and accent variants to one
/// spelling across the archive and keeps each category once per episode.
fn merge_categories(names: &[String], spelling: &mut BTreeMap<String, String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    // A set beside the list keeps this linear: a hostile manifest may give
    // one episode 100,000 categories.
    let mut seen = std::collections::HashSet::with_capacity(names.len());
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        let canonical = spelling
            .entry(fold(name))
            .or_insert_with(|| name.to_owned())
            .clone();
        if seen.insert(canonical.clone()) {
            out.push(canonical);
        }
    }
    out
}

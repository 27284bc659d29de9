//! The manifest format, version 1: what a podcast publishes as JSON.
//!
//! These types are the single source of truth for the format: the JSON
//! Schema in `docs/manifest.schema.json` is generated from them (feature
//! `schema`) and a test fails when the two disagree. The importer writes
//! them with serde; the widget reads them with a reader of its own
//! (`crate::read`, far smaller in the wasm than derived readers), and a test
//! (`every_field_the_serializer_writes_is_read_back`) fails when the reader
//! misses a field or a name. Unknown fields are ignored everywhere so newer
//! manifests still load in older widgets. They derive `Serialize` only:
//! reading is that reader's alone, so no second reader can disagree with it.

use serde::Serialize;

/// The manifest version this build reads and writes.
pub const MANIFEST_VERSION: u64 = 1;

/// A whole archive: the show's metadata and its episodes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(title = "Episode archive manifest, version 1")
)]
pub struct Manifest {
    /// Format version; this build understands `1` only.
    pub version: u64,
    /// The show's or blog's name, shown as the archive's heading.
    pub title: String,
    /// One or two sentences shown under the heading.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The show's home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// BCP 47 language tag of the content, e.g. `en` or `fr-CA`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The show's artwork (`itunes:image`), absolute or relative to the
    /// manifest: the player's picture when an episode has none of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The episodes, in any order (the widget sorts newest first).
    pub episodes: Vec<Episode>,
    /// The prebuilt full-text index of the posts kept in `body_url` files,
    /// written by the importer (`episode-archive index`). Optional:
    /// without it, those posts' words are not searched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<SearchIndexRef>,
}

/// Where a manifest's prebuilt search index is, and what it was built for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SearchIndexRef {
    /// The index's directory file (`search/index-<hash>.bin`), relative to
    /// the manifest's URL; its shards, if any, are beside it.
    pub url: String,
    /// The hash of the episodes it was built for (ids and `body_url`s, in
    /// order). A widget whose manifest gives another hash ignores the
    /// index as stale and searches what the manifest holds.
    pub episodes_hash: String,
}

/// One episode or post.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Episode {
    /// Stable identifier, unique within the manifest (used in links to the post).
    pub id: String,
    /// The episode's title.
    pub title: String,
    /// Publication date: ISO 8601 date (`2020-09-04`) or date-time
    /// (`2020-09-04T10:00:00Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(regex(
            pattern = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
        ))
    )]
    pub date: Option<String>,
    /// Episode number within the show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// Category names; an episode may have several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Tags: finer-grained keywords than categories (WordPress's tags),
    /// searchable and shown quietly in the open post, never in the
    /// category filter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The excerpt shown while the post is collapsed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// The full post, inline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Where to fetch the full post on first expand, relative to the
    /// manifest's URL; it returns a [`BodyDocument`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_url: Option<String>,
    /// How `body` and `summary` are written.
    #[serde(default, skip_serializing_if = "BodyFormat::is_default")]
    pub body_format: BodyFormat,
    /// Length of the audio in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u32>,
    /// The episode's audio file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio: Option<Audio>,
    /// The episode's own page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// People interviewed or featured.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guests: Vec<Guest>,
    /// Papers, articles and pages the episode refers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// Season number (`itunes:season`, `podcast:season`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub season: Option<u32>,
    /// Episode artwork (`itunes:image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Transcripts (`podcast:transcript`): WebVTT, SRT, Podcasting 2.0 JSON
    /// or HTML, each with its type and language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcripts: Vec<MediaLink>,
    /// A Podcasting 2.0 JSON chapters document (`podcast:chapters`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chapters: Option<MediaLink>,
    /// Chapters written into the manifest itself, for feeds that carry them
    /// in the feed (`psc:chapters`, timecodes in the show notes). When an
    /// episode has both, the player uses these and fetches nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chapter_list: Vec<ChapterMark>,
    /// Everyone credited (`podcast:person`), with their roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
}

/// A linked file with its media type (transcripts, chapters).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MediaLink {
    /// The file, absolute or relative to the manifest.
    pub url: String,
    /// Its media type, e.g. `text/vtt` or `application/json+chapters`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The language of a transcript (BCP 47), when it differs or is told.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A chapter written into the manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChapterMark {
    /// Where it starts, as a clock time: `12:30`, `1:02:03`, `00:12:30.500`.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^\d+(:[0-5]\d){0,2}([.,]\d+)?$"))
    )]
    pub start: String,
    /// Its title.
    pub title: String,
    /// A page about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its artwork.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// A person credited on an episode.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person {
    /// Their name.
    pub name: String,
    /// Their role (`host`, `guest`…), as the feed names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// A page about them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// How a post's text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum BodyFormat {
    /// Plain text: paragraphs separated by blank lines; bare http(s) URLs
    /// become links.
    #[default]
    Text,
    /// HTML, shown through an allow-list (see `docs/manifest.md`): scripts,
    /// styles, event handlers and unsafe URLs never reach the page.
    Html,
}

impl BodyFormat {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// An episode's audio enclosure.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Audio {
    /// The audio file, absolute or relative to the manifest.
    pub url: String,
    /// Its media type, e.g. `audio/mpeg`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
}

/// A person featured in an episode.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Guest {
    /// The guest's name.
    pub name: String,
}

/// Something an episode refers to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Reference {
    /// The reference's title, shown as the link text.
    pub title: String,
    /// Where it can be read; a reference without one is shown as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What a `body_url` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BodyDocument {
    /// The full post.
    pub body: String,
    /// How it is written.
    #[serde(default)]
    pub body_format: BodyFormat,
}

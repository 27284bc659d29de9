//! Every message of the interface: its key (the name catalogs use), its
//! English (built in), and a note saying where it appears, for translators.
//! Placeholders are the same in every language; numbers in them arrive
//! written the locale's way (`Intl.NumberFormat`).

use super::{once_each, Plural};

/// A built-in English message: its text per plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct English(&'static [(Plural, &'static str)]);

impl English {
    /// The text for `plural`, or the `other` text.
    pub fn pick(self, plural: Plural) -> &'static str {
        let find = |p| self.0.iter().find(|(q, _)| *q == p).map(|(_, t)| *t);
        find(plural).or_else(|| find(Plural::Other)).unwrap_or("")
    }

    /// Whether a number chooses among its forms.
    pub fn has_forms(self) -> bool {
        self.0.len() > 1
    }

    /// Its forms.
    pub fn forms(self) -> &'static [(Plural, &'static str)] {
        self.0
    }

    /// Every placeholder its texts use, each once, in order of appearance.
    pub fn placeholders(self) -> Vec<&'static str> {
        once_each(self.0.iter().map(|(_, t)| *t))
    }
}

/// Declares [`Key`] with each key's catalog name and English.
macro_rules! messages {
    ($( $(#[doc = $doc:expr])+ $key:ident = $name:literal : $($form:ident)? $english:literal $(/ $plural_form:ident $plural:literal)* ;)*) => {
        /// A message of the interface. Each variant's note says where it
        /// appears; its catalog key and English are in [`Key::name`] and
        /// [`Key::english`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Key {
            $( $(#[doc = $doc])+ $key, )*
        }

        impl Key {
            /// Every key, in catalog order.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            /// The key as catalogs write it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$key => $name,)*
                }
            }

            /// The message in English.
            pub fn english(self) -> English {
                match self {
                    $(Key::$key => English(&[(messages!(@form $($form)?), $english) $(, (Plural::$plural_form, $plural))*]),)*
                }
            }
        }
    };
    (@form) => { Plural::Other };
    (@form $form:ident) => { Plural::$form };
}

impl Key {
    /// The key named `name` in a catalog.
    pub fn from_name(name: &str) -> Option<Key> {
        Key::ALL.iter().copied().find(|k| k.name() == name)
    }
}

messages! {
    /// The status line while the archive loads.
    LoadingEpisodes = "loading_episodes": "Loading episodes…";
    /// The heading of the box shown when the archive cannot be loaded (the
    /// URL and the reason follow).
    LoadFailed = "load_failed": "The archive could not be loaded";
    /// The button that tries a failed download again (the archive, a post).
    Retry = "retry": "Retry";
    /// Shown when a search or category choice matches no episode.
    NoMatches = "no_matches": "No episodes match these filters.";
    /// The button under "no_matches" that clears the search and categories.
    ClearFilters = "clear_filters": "Clear filters";
    /// Shown when the archive has no episodes at all.
    EmptyArchive = "empty_archive": "This archive has no episodes yet.";
    /// The notice above the list when episodes of the archive were left out
    /// because they could not be read.
    EpisodesSkipped = "episodes_skipped": One "{count} episode could not be read" / Other "{count} episodes could not be read";
    /// The notice above the list when episodes were kept with a field left
    /// out (after "episodes_skipped", separated by a semicolon).
    EpisodesWithProblems = "episodes_with_problems": One "{count} episode has a problem" / Other "{count} episodes have a problem";
    /// One line of the notice's details: an episode left out, and why (the
    /// reason is a technical detail, in English).
    ProblemSkipped = "problem_skipped": "Episode {number} was left out: {reason}";
    /// One line of the notice's details: an episode kept, with what was wrong.
    ProblemKept = "problem_kept": "Episode {number}: {reason}";
    /// A number of episodes: the result count when every episode is shown,
    /// and read after a category's count ("Ethics 2 episodes").
    EpisodeCount = "episode_count": One "{count} episode" / Other "{count} episodes";
    /// The result count while searching or filtering: matching of all.
    ResultsSome = "results_some": One "{shown} of {count} episode" / Other "{shown} of {count} episodes";
    /// After the result count while the posts' full-text index is on its way.
    FullTextLoading = "full_text_loading": "full-text search is still loading";
    /// The button under the list that shows the next episodes.
    ShowMore = "show_more": One "Show more episodes ({shown} of {count} shown)" / Other "Show more episodes ({shown} of {count} shown)";
    /// The name of the search and filter area, for screen readers.
    FilterEpisodes = "filter_episodes": "Filter episodes";
    /// The search field's label.
    SearchLabel = "search_label": "Search episodes";
    /// The search field's placeholder: what can be searched.
    SearchPlaceholder = "search_placeholder": "Title, guest, topic…";
    /// The button that opens the sort and categories on a phone.
    Filters = "filters": "Filters";
    /// Read after the number on the "filters" button: how many categories
    /// are chosen.
    ChosenCount = "chosen_count": One "{count} chosen" / Other "{count} chosen";
    /// The button closing the filters on a phone, saying how many episodes match.
    ShowMatching = "show_matching": One "Show {count} episode" / Other "Show {count} episodes";
    /// The label of the sort menu.
    SortLabel = "sort_label": "Sort";
    /// Sort menu: the best matches for the search first.
    SortBest = "sort_best": "Best match";
    /// Sort menu: newest episodes first.
    SortNewest = "sort_newest": "Newest first";
    /// Sort menu: oldest episodes first.
    SortOldest = "sort_oldest": "Oldest first";
    /// The heading of the category buttons, and the name of an episode's tag list.
    Categories = "categories": "Categories";
    /// The button that un-chooses every category.
    ClearCategories = "clear_categories": "Clear categories";
    /// The button under each episode that opens its post in place.
    ReadFullPost = "read_full_post": "Read full post";
    /// The same button's name for screen readers, naming the episode.
    ReadFullPostOf = "read_full_post_of": "Read full post: {title}";
    /// The name of an episode's audio player, for screen readers.
    ListenTo = "listen_to": "Listen: {title}";
    /// The status line while an open post is fetched.
    PostLoading = "post_loading": "Loading the full post…";
    /// Shown in an open post whose text could not be fetched (the reason, the URL and a
    /// Retry button follow).
    PostFailed = "post_failed": "The full post could not be loaded.";
    /// An episode's number, in the line under its title.
    EpisodeNumber = "episode_number": "Episode {number}";
    /// The link from an open post to the episode's own page.
    EpisodePage = "episode_page": "Episode page";
    /// The same link's name for screen readers, naming the episode.
    EpisodePageOf = "episode_page_of": "Episode page: {title}";
    /// The heading of an open post's list of links.
    References = "references": "References";
    /// An open post's guests: the names, comma-separated.
    Guests = "guests": "With {names}";
    /// An open post's tags, comma-separated.
    Tags = "tags": "Tags: {tags}";
    /// The button that copies a link to an open post.
    CopyLink = "copy_link": "Copy link";
    /// The same button's name for screen readers, naming the episode.
    CopyLinkOf = "copy_link_of": "Copy link: {title}";
    /// Said after "copy_link" worked.
    LinkCopied = "link_copied": "Link copied";
    /// Said after "copy_link" failed.
    CopyFailed = "copy_failed": "Copying failed: your browser did not allow it";
    /// Shown in place of the widget after an internal error.
    Crashed = "crashed": "Something went wrong — reload the page to try again.";
    /// Why a download failed: no answer at all (offline, or refused by CORS).
    ReasonNetwork = "reason_network": "Network error: the server could not be reached, or it does not allow this site to read it (CORS)";
    /// Why a download failed: it took too long.
    ReasonTimeout = "reason_timeout": One "No answer within {count} second" / Other "No answer within {count} seconds";
    /// Why a download failed: the server answered with an error (the
    /// protocol, the code and the server's words: "HTTP 404 Not Found").
    ReasonHttp = "reason_http": "The server answered {status}";
    /// Why a file could not be read: it is not JSON (the last part is the
    /// JSON reader's own words, in English).
    ReasonNotJson = "reason_not_json": "Not valid JSON at line {line}, column {column}: {reason}";
    /// Why the archive could not be read: it is JSON, but not an archive
    /// (the reason is a technical detail, in English).
    ReasonNotManifest = "reason_not_manifest": "Not an episode manifest: {reason}";
    /// Why a post could not be read: it is JSON, but not a post (the
    /// reason is a technical detail, in English).
    ReasonNotPost = "reason_not_post": "Not a post body: {reason}";
    /// Why the archive could not be read: a newer format.
    ReasonVersion = "reason_version": "Manifest version {found} is not supported by this widget (it reads version {supported})";
    /// Why a file could not be read: it is empty.
    ReasonEmpty = "reason_empty": "Not valid JSON: the response is empty";
    /// Why a file could not be read: it is not text.
    ReasonNotText = "reason_not_text": "Not valid JSON: the text is not UTF-8 (at byte {byte})";
    /// Why a file could not be read: the server sent a web page instead.
    ReasonHtmlPage = "reason_html_page": "Not valid JSON: the server sent an HTML page (often an error page)";
    /// Why a file was not downloaded: too large (sizes in megabytes).
    ReasonTooLarge = "reason_too_large": "Too large: {size} MB, above this widget's limit of {limit} MB";
    /// Why the archive could not be loaded: its address is not a URL.
    ReasonBadUrl = "reason_bad_url": "This is not a valid URL";
}

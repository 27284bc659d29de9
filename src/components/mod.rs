//! The widget's components, one per file. Each renders what its props say
//! and reports events through `on_*` callbacks; none fetches or holds
//! archive state. Two helpers build nodes for them: `marks` (the query's
//! words in `<mark>`) and `sanitise` (HTML posts against the allow-list).

mod category_filter;
mod copy_link;
mod episode_card;
mod episode_list;
mod episode_meta;
mod filters;
mod header;
mod html_post;
mod marks;
mod post_body;
mod post_extras;
mod result_count;
mod sanitise;
mod search_box;
mod show_more;
mod sort_control;
mod status;
mod text_post;

pub use category_filter::{CategoryFilter, CategoryFilterProps};
pub use copy_link::{CopyLink, CopyLinkProps};
pub use episode_card::{EpisodeCard, EpisodeCardProps};
pub use episode_list::{EpisodeList, EpisodeListProps};
pub use episode_meta::{EpisodeMeta, EpisodeMetaProps};
pub use filters::{Filters, FiltersProps};
pub use header::{ArchiveHeader, ArchiveHeaderProps};
pub use html_post::{HtmlPost, HtmlPostProps};
pub use marks::marked;
pub use post_body::{PostBody, PostBodyProps};
pub use post_extras::{PostExtras, PostExtrasProps};
pub use result_count::{ResultCount, ResultCountProps};
pub use search_box::{SearchBox, SearchBoxProps};
pub use show_more::{ShowMore, ShowMoreProps};
pub use sort_control::{SortControl, SortControlProps};
pub use status::{
    EmptyState, EmptyStateProps, LoadFailed, LoadFailedProps, LoadingState, LoadingStateProps,
    ProblemsNotice, ProblemsNoticeProps,
};
pub use text_post::{TextPost, TextPostProps};

//! The widget's components, one per file. Each renders what its props say
//! and reports events through `on_*` callbacks; none fetches or holds
//! archive state. Those with no state of their own are plain functions of
//! their props (`result_count(&ResultCountProps)`), called from their
//! parent's render: as Yew components each weighed about 0.3 KiB of wasm
//! (BENCHMARKS.md, "Bundle size"), for a props comparison that saved nothing
//! their parent does not redo. Two helpers build nodes for them: `marks` (the query's
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

pub use category_filter::{category_filter, CategoryFilterProps};
pub use copy_link::{copy_link, CopyLinkProps};
pub use episode_card::{EpisodeCard, EpisodeCardProps};
pub use episode_list::{EpisodeList, EpisodeListProps};
pub use episode_meta::{episode_meta, EpisodeMetaProps};
pub use filters::{Filters, FiltersProps};
pub use header::{archive_header, ArchiveHeaderProps};
pub use html_post::html_post;
pub use marks::marked;
pub use post_body::{post_body, PostBodyProps};
pub use post_extras::{post_extras, PostExtrasProps};
pub use result_count::{result_count, ResultCountProps};
pub use search_box::{search_box, SearchBoxProps};
pub use show_more::{show_more, ShowMoreProps};
pub use sort_control::{sort_control, SortControlProps};
pub use status::{
    empty_state, load_failed, loading_state, problems_notice, EmptyStateProps, LoadFailedProps,
    LoadingStateProps, ProblemsNoticeProps,
};
pub use text_post::text_post;

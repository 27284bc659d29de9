//! Everything that talks to the world outside the widget lives here:
//! the network ([`fetch`]), the page's URL and history ([`history`]), the
//! host element's events ([`events`]), the clipboard ([`clipboard`]), the
//! event loop's timers ([`timers`]) and the browser's `Intl` ([`intl`]).
//! Components never do IO; hooks call these.

pub mod clipboard;
pub mod events;
pub mod fetch;
pub mod history;
pub mod intl;
pub mod timers;

pub use fetch::{load_body, load_full_text, load_manifest, load_shard, Cancel};

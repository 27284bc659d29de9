//! The episode archive widget: a Yew app that loads a manifest, filters it
//! by category and keyword, and expands posts in place, shipped as the
//! `<episode-archive>` custom element (see `loader/`).
//!
//! - [`app`]: the root component and its props (what tests render).
//! - [`embed`]: the wasm side of the custom element.
//! - [`hooks`]: connects the one reducer to IO (loading, URL state, host
//!   events, the index built after the first paint, the callbacks).
//! - [`shared`]: the types every module uses; imports nothing of the crate.
//! - [`services`]: the only module that does IO (network, URL, events, clipboard).
//! - [`components`]: one component per file, all pure rendering.
//! - [`urls`], [`panic`](mod@panic): URL resolution and the crash fallback.

// Every public item says what it is (clippy runs with -D warnings).
#![warn(missing_docs)]

pub mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod panic;
pub mod services;
pub mod shared;
pub mod texts;
pub mod urls;

pub use app::{App, AppProps};
pub use shared::{ElementProps, ManifestSource};

// Talc instead of the standard library's dlmalloc: smaller in the wasm and
// faster at the many small allocations a manifest's strings make.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

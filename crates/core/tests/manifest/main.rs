//! Reading manifests: what loads, what is skipped and reported, and what is
//! a clear fatal error.

mod categories;
mod compatibility;
mod episodes;
mod errors;
mod hostile;

fn manifest(episodes: &str) -> String {
    format!(
        r#"{{"version": 1, "title": "Show", "description": "About", "episodes": [{episodes}]}}"#
    )
}

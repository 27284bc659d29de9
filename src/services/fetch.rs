//! Fetching manifests and posts: one short async function per call; every
//! failure becomes a [`LoadError`] naming the URL and the reason.

use episode_archive_core::{parse_body_document, parse_manifest, Archive, BodyDocument, LoadError};
use gloo_net::http::Request;

/// Fetches a URL's text, mapping network and HTTP failures to [`LoadError`].
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = |e: gloo_net::Error| {
        web_sys::console::warn_1(&format!("episode-archive: fetching {url} failed: {e}").into());
        LoadError::Network {
            url: url.to_owned(),
            reason:
                "the server could not be reached, or it does not allow this site to read it (CORS)"
                    .into(),
        }
    };
    let response = Request::get(url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response.text().await.map_err(network)
}

/// Fetches and reads a manifest.
pub async fn load_manifest(url: &str) -> Result<Archive, LoadError> {
    let text = fetch_text(url).await?;
    parse_manifest(&text).map_err(|error| LoadError::Invalid {
        url: url.to_owned(),
        error,
    })
}

/// Fetches and reads a `body_url` post.
pub async fn load_body(url: &str) -> Result<BodyDocument, LoadError> {
    let text = fetch_text(url).await?;
    parse_body_document(&text).map_err(|error| LoadError::Invalid {
        url: url.to_owned(),
        error,
    })
}

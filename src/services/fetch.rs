//! Fetching manifests and posts: one short async function per call; every
//! failure becomes a [`LoadError`] naming the URL and the reason, within
//! the time limit (an `AbortController` ends a fetch that never answers).

use std::cell::Cell;
use std::rc::Rc;

use episode_archive_core::response::{self, Limits};
use episode_archive_core::search::fulltext::{decode_shard, FullText, Shard};
use episode_archive_core::{parse_body_document, parse_manifest, Archive, BodyDocument, LoadError};
use gloo_net::http::Request;
use wasm_bindgen_futures::spawn_local;
use web_sys::AbortController;

use super::timers;

/// A fetched document's text and content type.
struct Fetched {
    text: String,
    content_type: Option<String>,
}

/// A fetched file's bytes and content type.
struct FetchedBytes {
    bytes: Vec<u8>,
    content_type: Option<String>,
}

/// Sets its flag when dropped: the fetch is over, whichever way.
struct Finished(Rc<Cell<bool>>);

impl Drop for Finished {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

/// Ends a fetch nobody wants any more (its source changed, its element
/// was removed, a newer request replaced it): the browser drops the request
/// and the fetch returns at once. Clones end the same fetch.
#[derive(Debug, Clone)]
pub struct Cancel(Option<AbortController>);

impl Cancel {
    /// A handle for one fetch (inert where the browser has no `AbortController`).
    pub fn new() -> Self {
        Self(AbortController::new().ok())
    }

    /// Ends the fetch, if it is still running.
    pub fn cancel(&self) {
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }

    fn cancelled(&self) -> bool {
        self.0.as_ref().is_some_and(|c| c.signal().aborted())
    }
}

impl Default for Cancel {
    fn default() -> Self {
        Self::new()
    }
}

/// Fetches a URL's text within `limits`, unless `cancel` ends it first.
async fn fetch_text(url: &str, limits: &Limits, cancel: &Cancel) -> Result<Fetched, LoadError> {
    let fetched = fetch_bytes(url, limits, cancel).await?;
    let text = response::body_text(fetched.bytes, limits).map_err(|error| LoadError::Invalid {
        url: url.to_owned(),
        error,
    })?;
    Ok(Fetched {
        text,
        content_type: fetched.content_type,
    })
}

/// Fetches a URL's bytes within `limits`, unless `cancel` ends it first.
async fn fetch_bytes(
    url: &str,
    limits: &Limits,
    cancel: &Cancel,
) -> Result<FetchedBytes, LoadError> {
    let controller = cancel.0.clone();
    let timed_out = Rc::new(Cell::new(false));
    // When this function returns, the guard marks the fetch finished and
    // the timer, when it fires, does nothing.
    let finished = Finished(Rc::new(Cell::new(false)));
    if let Some(controller) = controller.clone() {
        let (timed_out, finished) = (timed_out.clone(), finished.0.clone());
        let ms = i32::try_from(limits.timeout_seconds.saturating_mul(1000)).unwrap_or(i32::MAX);
        spawn_local(async move {
            timers::sleep(ms).await;
            if !finished.get() {
                timed_out.set(true);
                controller.abort();
            }
        });
    }
    let failed = |e: gloo_net::Error| {
        if timed_out.get() {
            return LoadError::Timeout {
                url: url.to_owned(),
                seconds: limits.timeout_seconds,
            };
        }
        // Ended on purpose: nobody reads this result, nothing to report.
        if cancel.cancelled() {
            return LoadError::Network {
                url: url.to_owned(),
                reason: "cancelled".into(),
            };
        }
        web_sys::console::warn_1(&format!("episode-archive: fetching {url} failed: {e}").into());
        LoadError::Network {
            url: url.to_owned(),
            reason:
                "the server could not be reached, or it does not allow this site to read it (CORS)"
                    .into(),
        }
    };
    let signal = controller.as_ref().map(AbortController::signal);
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let invalid = |error| LoadError::Invalid {
        url: url.to_owned(),
        error,
    };
    // A declared size over the limit is refused before reading the body.
    if let Some(length) = response
        .headers()
        .get("content-length")
        .and_then(|l| l.parse::<u64>().ok())
    {
        response::check_size(length, limits).map_err(invalid)?;
    }
    let content_type = response.headers().get("content-type");
    let bytes = response.binary().await.map_err(failed)?;
    response::check_size(bytes.len() as u64, limits).map_err(invalid)?;
    Ok(FetchedBytes {
        bytes,
        content_type,
    })
}

/// Fetches and reads a full-text index's directory (with the shards in
/// its file); an error names the URL and the reason.
pub async fn load_full_text(
    url: &str,
    limits: &Limits,
    cancel: &Cancel,
) -> Result<FullText, String> {
    let fetched = fetch_bytes(url, limits, cancel)
        .await
        .map_err(|e| e.to_string())?;
    FullText::from_bytes(&fetched.bytes).map_err(|e| format!("{url}: {e}"))
}

/// Fetches and reads one shard of a full-text index.
pub async fn load_shard(url: &str, limits: &Limits, cancel: &Cancel) -> Result<Shard, String> {
    let fetched = fetch_bytes(url, limits, cancel)
        .await
        .map_err(|e| e.to_string())?;
    decode_shard(&fetched.bytes).map_err(|e| format!("{url}: {e}"))
}

/// Fetches and reads a manifest.
pub async fn load_manifest(
    url: &str,
    limits: &Limits,
    cancel: &Cancel,
) -> Result<Archive, LoadError> {
    let fetched = fetch_text(url, limits, cancel).await?;
    parse_manifest(&fetched.text).map_err(|error| LoadError::Invalid {
        url: url.to_owned(),
        error: response::explain(error, fetched.content_type.as_deref()),
    })
}

/// Fetches and reads a `body_url` post.
pub async fn load_body(
    url: &str,
    limits: &Limits,
    cancel: &Cancel,
) -> Result<BodyDocument, LoadError> {
    let fetched = fetch_text(url, limits, cancel).await?;
    parse_body_document(&fetched.text).map_err(|error| LoadError::Invalid {
        url: url.to_owned(),
        error: response::explain(error, fetched.content_type.as_deref()),
    })
}

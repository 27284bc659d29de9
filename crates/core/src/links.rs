//! URL safety: the only gate through which manifest text becomes an `href`
//! or a `src`. Resolving relative URLs is the browser's job (the UI uses
//! `URL`); this module decides whether the absolute result may be used.

/// Schemes a link may use.
const LINK_SCHEMES: [&str; 3] = ["http", "https", "mailto"];
/// Schemes a media source may use.
const MEDIA_SCHEMES: [&str; 2] = ["http", "https"];

/// Returns the URL if it is an absolute `http`, `https` or `mailto` URL.
pub fn safe_link(url: &str) -> Option<&str> {
    with_scheme(url, &LINK_SCHEMES)
}

/// Returns the URL if it is an absolute `http` or `https` URL (audio, images).
pub fn safe_media(url: &str) -> Option<&str> {
    with_scheme(url, &MEDIA_SCHEMES)
}

fn with_scheme<'a>(url: &'a str, allowed: &[&str]) -> Option<&'a str> {
    // Browsers strip leading/trailing C0 controls and spaces and ignore tabs
    // and newlines inside a scheme ("java\tscript:"); refusing any such
    // character, rather than cleaning it, leaves nothing to smuggle.
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let (scheme, rest) = url.split_once(':')?;
    let allowed_scheme = allowed.iter().any(|s| s.eq_ignore_ascii_case(scheme));
    let has_target = if scheme.eq_ignore_ascii_case("mailto") {
        !rest.is_empty()
    } else {
        rest.starts_with("//") && rest.len() > 2
    };
    (allowed_scheme && has_target).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_pass() {
        let cases = [
            ("https://arxiv.org/abs/1706.03762", true),
            ("http://example.org/", true),
            ("HTTPS://EXAMPLE.ORG", true),
            ("mailto:host@example.org", true),
            ("javascript:alert(1)", false),
            ("JaVaScRiPt:alert(1)", false),
            ("java\tscript:alert(1)", false),
            (" javascript:alert(1)", false),
            ("\u{1}javascript:alert(1)", false),
            ("vbscript:msgbox(1)", false),
            ("data:text/html,<script>alert(1)</script>", false),
            ("file:///etc/passwd", false),
            ("/relative/path", false),
            ("https:", false),
            ("https:///", true),
            ("mailto:", false),
            ("", false),
        ];
        for (url, ok) in cases {
            assert_eq!(safe_link(url).is_some(), ok, "safe_link({url:?})");
        }
    }

    #[test]
    fn media_refuses_mailto() {
        assert!(safe_media("mailto:a@b.c").is_none());
        assert!(safe_media("https://cdn.example.org/ep.mp3").is_some());
    }
}

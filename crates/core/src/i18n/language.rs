//! The languages shipped, and which languages are written right to left.
//! (Which catalog serves a page's language is the loader's choice, made
//! before the wasm arrives: `catalogFor` in loader/episode-archive.js.)

/// The languages the widget ships a catalog for (English is built in).
/// `locales/<tag>.json` holds each of the others.
pub const SHIPPED: [&str; 12] = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh-CN", "ar",
];

/// Whether an interface in `tag`'s language is laid out right to left
/// (Arabic, Hebrew, Persian, Urdu and the other languages written in their
/// scripts).
pub fn is_right_to_left(tag: &str) -> bool {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    matches!(
        primary.as_str(),
        "ar" | "arc" | "ckb" | "dv" | "fa" | "he" | "iw" | "ks" | "ps" | "sd" | "ug" | "ur" | "yi"
    ) || tag
        .to_ascii_lowercase()
        .split('-')
        .any(|s| matches!(s, "arab" | "hebr"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_hebrew_persian_and_urdu_are_right_to_left() {
        for tag in ["ar", "ar-EG", "he", "fa-IR", "ur", "ku-Arab", "AR"] {
            assert!(is_right_to_left(tag), "{tag}");
        }
        for tag in ["en", "de", "ja", "zh-CN", "", "arn"] {
            assert!(!is_right_to_left(tag), "{tag}");
        }
    }
}

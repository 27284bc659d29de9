//! Which catalog serves a language tag, and which languages are written
//! right to left.

/// The languages the widget ships a catalog for (English is built in).
/// `locales/<tag>.json` holds each of the others.
pub const SHIPPED: [&str; 12] = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh-CN", "ar",
];

/// The catalog among `available` that serves `tag` (a BCP 47 language tag
/// such as `pt-BR`): the whole tag, then the tag with its last subtag
/// dropped, and so on (`pt-BR` → `pt`), compared without regard to case.
/// Chinese is matched by script: Simplified (`zh`, `zh-Hans…`, `zh-CN`,
/// `zh-SG`) finds `zh-CN`; Traditional (`zh-Hant…`, `zh-TW`, `zh-HK`,
/// `zh-MO`) is not served by it. `None`: none serves it (English then).
pub fn best_match<'a>(tag: &str, available: &[&'a str]) -> Option<&'a str> {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let find = |t: &str| {
        available
            .iter()
            .copied()
            .find(|a| a.eq_ignore_ascii_case(t))
    };
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags.first() == Some(&"zh") {
        let traditional = subtags[1..]
            .iter()
            .any(|s| matches!(*s, "hant" | "tw" | "hk" | "mo"));
        return if traditional {
            find(&tag)
        } else {
            find(&tag).or_else(|| find("zh-cn"))
        };
    }
    (1..=subtags.len())
        .rev()
        .find_map(|n| find(&subtags[..n].join("-")))
}

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
    fn a_tag_finds_its_catalog_or_a_shorter_one() {
        let available = ["de", "pt", "zh-CN", "ar", "en"];
        for (tag, expected) in [
            ("de", Some("de")),
            ("de-AT", Some("de")),
            ("DE-ch", Some("de")),
            ("pt-BR", Some("pt")),
            ("pt_PT", Some("pt")),
            ("zh", Some("zh-CN")),
            ("zh-Hans", Some("zh-CN")),
            ("zh-Hans-SG", Some("zh-CN")),
            ("zh-cn", Some("zh-CN")),
            ("zh-TW", None),
            ("zh-Hant-HK", None),
            ("ar-EG", Some("ar")),
            ("sv", None),
            ("", None),
            ("en-GB", Some("en")),
        ] {
            assert_eq!(best_match(tag, &available), expected, "{tag}");
        }
    }

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

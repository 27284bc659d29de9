//! Feed dates (RFC 2822, RFC 3339, WordPress's `YYYY-MM-DD HH:MM:SS`) as
//! ISO 8601 in UTC, and `itunes:duration` as seconds.

use chrono::{DateTime, NaiveDateTime, Utc};

/// A feed date as ISO 8601 UTC (`2020-09-04T10:00:00Z`), or `None`.
pub fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    let utc = DateTime::parse_from_rfc2822(text)
        .or_else(|_| DateTime::parse_from_rfc3339(text))
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            // No time zone at all: taken as UTC (WordPress `post_date_gmt`,
            // and RFC 2822 dates that forgot their zone).
            [
                "%Y-%m-%d %H:%M:%S",
                "%a, %d %b %Y %H:%M:%S",
                "%d %b %Y %H:%M:%S",
                "%Y-%m-%dT%H:%M:%S",
            ]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
            .map(|n| n.and_utc())
        })?;
    // WordPress writes 0000-00-00 00:00:00 for drafts; not a date.
    (utc.timestamp() > 0).then(|| utc.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// `itunes:duration` (`1234`, `MM:SS`, `HH:MM:SS`, fractions ignored) in seconds.
pub fn duration_seconds(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    if parts.is_empty() || parts.len() > 3 {
        return None;
    }
    let mut total: u64 = 0;
    for (i, part) in parts.iter().enumerate() {
        let whole = part.split('.').next()?;
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let value: u64 = whole.parse().ok()?;
        if i > 0 && value >= 60 {
            return None;
        }
        total = total * 60 + value;
    }
    u32::try_from(total).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_dates_become_iso_utc() {
        let cases = [
            (
                "Fri, 04 Sep 2020 10:00:00 +0000",
                Some("2020-09-04T10:00:00Z"),
            ),
            (
                "Fri, 04 Sep 2020 12:00:00 +0200",
                Some("2020-09-04T10:00:00Z"),
            ),
            (
                "Fri, 04 Sep 2020 06:00:00 EDT",
                Some("2020-09-04T10:00:00Z"),
            ),
            (
                "Fri, 04 Sep 2020 10:00:00 GMT",
                Some("2020-09-04T10:00:00Z"),
            ),
            ("Fri, 04 Sep 2020 10:00:00", Some("2020-09-04T10:00:00Z")),
            ("2020-09-04T10:00:00Z", Some("2020-09-04T10:00:00Z")),
            ("2020-09-04T12:00:00+02:00", Some("2020-09-04T10:00:00Z")),
            ("2020-09-04 10:00:00", Some("2020-09-04T10:00:00Z")),
            ("0000-00-00 00:00:00", None),
            ("last Tuesday", None),
            ("", None),
        ];
        for (text, iso) in cases {
            assert_eq!(iso_date(text).as_deref(), iso, "{text:?}");
        }
    }

    #[test]
    fn durations_in_every_itunes_shape() {
        let cases = [
            ("1080", Some(1080)),
            ("18:00", Some(1080)),
            ("1:05:30", Some(3930)),
            ("01:05:30.5", Some(3930)),
            (" 45 ", Some(45)),
            ("1:75", None),
            ("abc", None),
            ("1:2:3:4", None),
            ("", None),
        ];
        for (text, secs) in cases {
            assert_eq!(duration_seconds(text), secs, "{text:?}");
        }
    }
}

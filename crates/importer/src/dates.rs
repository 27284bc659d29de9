//! Feed dates (RFC 2822, RFC 3339, WordPress's `YYYY-MM-DD HH:MM:SS`) as
//! ISO 8601 in UTC, and `itunes:duration` as seconds.

use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use episode_archive_core::media::timecode::parse_clock;

/// Years a published episode can have: outside them a date is a typo
/// (WordPress's year 20081) or a placeholder, and is never written.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Why a feed date was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a date in any form feeds use.
    Unreadable,
    /// A date, but in a year no episode can have.
    Impossible(i32),
    /// WordPress's `0000-00-00 00:00:00` (no date yet): nothing to report.
    Placeholder,
}

/// A feed date as ISO 8601 UTC (`2020-09-04T10:00:00Z`), or why not.
pub fn feed_date(text: &str) -> Result<String, DateProblem> {
    let text = text.trim();
    if text.starts_with("0000-00-00") {
        return Err(DateProblem::Placeholder);
    }
    // A bare day (Dublin Core's W3CDTF allows it) stays a day.
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        if !YEARS.contains(&day.year()) {
            return Err(DateProblem::Impossible(day.year()));
        }
        return Ok(day.format("%Y-%m-%d").to_string());
    }
    let utc = parse(text).ok_or(DateProblem::Unreadable)?;
    if !YEARS.contains(&utc.year()) {
        return Err(DateProblem::Impossible(utc.year()));
    }
    Ok(utc.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// A feed date as ISO 8601 UTC (`2020-09-04T10:00:00Z`), or `None`.
pub fn iso_date(text: &str) -> Option<String> {
    feed_date(text).ok()
}

fn parse(text: &str) -> Option<DateTime<Utc>> {
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
    Some(utc)
}

/// `itunes:duration` (`1234`, `MM:SS`, `HH:MM:SS`, fractions ignored) in
/// seconds: a clock time as the player reads chapter and cue times.
pub fn duration_seconds(text: &str) -> Option<u32> {
    parse_clock(text).map(|millis| millis / 1000)
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
            ("2023-12-16", Some("2023-12-16")),
            ("0000-00-00 00:00:00", None),
            ("Mon, 16 Jun 20081 12:00:00 +0000", None),
            ("1899-12-31T23:59:59Z", None),
            ("1900-01-01T00:00:00Z", Some("1900-01-01T00:00:00Z")),
            ("last Tuesday", None),
            ("", None),
        ];
        for (text, iso) in cases {
            assert_eq!(iso_date(text).as_deref(), iso, "{text:?}");
        }
    }

    #[test]
    fn impossible_years_are_told_apart_from_unreadable_dates() {
        assert_eq!(
            feed_date("2081-06-16T00:00:00Z").as_deref(),
            Ok("2081-06-16T00:00:00Z")
        );
        assert_eq!(
            feed_date("20081-06-16T00:00:00Z"),
            Err(DateProblem::Unreadable)
        );
        assert_eq!(
            feed_date("Sat, 16 Jun 2181 12:00:00 +0000"),
            Err(DateProblem::Impossible(2181))
        );
        assert_eq!(
            feed_date("0000-00-00 00:00:00"),
            Err(DateProblem::Placeholder)
        );
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
            ("1:5", None),
            ("abc", None),
            ("1:2:3:4", None),
            ("", None),
        ];
        for (text, secs) in cases {
            assert_eq!(duration_seconds(text), secs, "{text:?}");
        }
    }
}

//! Display formatting: dates, durations and counts as a reader sees them,
//! plus the machine-readable forms for `<time datetime>`.

/// A calendar date read from an ISO 8601 date or date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year, 1 to 9999.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31 (checked against the month).
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Reads `YYYY-MM-DD`, optionally followed by a time (`T` or space,
/// `HH:MM[:SS[.frac]]`, then `Z` or `±HH[:]MM`). Returns the date part, or
/// `None` when the text is not of that shape or names no real day.
pub fn parse_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() < 10 || !b[..10].is_ascii() || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year: u16 = digits(&text[0..4])?;
    let month: u8 = digits(&text[5..7])?;
    let day: u8 = digits(&text[8..10])?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let rest = &text[10..];
    // Checking the separator first keeps `rest[1..]` on a char boundary.
    if rest.is_empty() || matches!(b[10], b'T' | b' ') && valid_time(&rest[1..]) {
        Some(Date { year, month, day })
    } else {
        None
    }
}

fn digits<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.bytes().all(|c| c.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// `HH:MM[:SS[.frac]][Z|±HH[:]MM]`
fn valid_time(t: &str) -> bool {
    let two = |s: &str, max: u8| s.len() == 2 && digits::<u8>(s).is_some_and(|v| v <= max);
    if t.len() < 5
        || !t.is_char_boundary(5)
        || !two(&t[0..2], 23)
        || &t[2..3] != ":"
        || !two(&t[3..5], 59)
    {
        return false;
    }
    let mut rest = &t[5..];
    if let Some(r) = rest.strip_prefix(':') {
        if r.len() < 2 || !r.is_char_boundary(2) || !two(&r[0..2], 60) {
            return false;
        }
        rest = &r[2..];
        if let Some(frac) = rest.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return false;
            }
            rest = &frac[n..];
        }
    }
    match rest {
        "" | "Z" => true,
        zone if zone.starts_with(['+', '-']) => {
            let z = zone[1..].replace(':', "");
            z.len() == 4 && two(&z[0..2], 23) && two(&z[2..4], 59)
        }
        _ => false,
    }
}

/// Milliseconds from 1970-01-01 to the start of `date` (UTC), as
/// JavaScript's `Date.UTC` counts them: how a date is handed to
/// `Intl.DateTimeFormat`.
pub fn unix_millis(date: Date) -> i64 {
    // Howard Hinnant's days_from_civil, on years that start in March.
    let (y, m, d) = (
        i64::from(date.year),
        i64::from(date.month),
        i64::from(date.day),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    (era * 146_097 + day_of_era - 719_468) * 86_400_000
}

/// "4 September 2020" for a valid ISO date, or `None`.
pub fn format_date(iso: &str) -> Option<String> {
    let d = parse_date(iso)?;
    Some(format!(
        "{} {} {}",
        d.day,
        MONTHS[usize::from(d.month) - 1],
        d.year
    ))
}

/// A duration for reading: "45 s", "18 min", "1 h 5 min".
pub fn format_duration(seconds: u32) -> String {
    let minutes = (seconds + 30) / 60;
    match (seconds, minutes / 60, minutes % 60) {
        (s, _, _) if s < 60 => format!("{s} s"),
        (_, 0, m) => format!("{m} min"),
        (_, h, 0) => format!("{h} h"),
        (_, h, m) => format!("{h} h {m} min"),
    }
}

/// A duration spoken in full, for screen readers: "12 minutes 30
/// seconds", "1 hour 5 minutes", "45 seconds" (zero parts left out).
pub fn spoken_duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let part = |n: u32, unit: &str| match n {
        1 => format!("1 {unit}"),
        n => format!("{n} {unit}s"),
    };
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(part(h, "hour"));
    }
    if m > 0 {
        parts.push(part(m, "minute"));
    }
    if s > 0 || parts.is_empty() {
        parts.push(part(s, "second"));
    }
    parts.join(" ")
}

/// Where a player is, spoken: "12 minutes 30 seconds of 45 minutes", or
/// only the position while the length is unknown.
pub fn spoken_position(position: u32, duration: Option<u32>) -> String {
    match duration {
        Some(d) => format!("{} of {}", spoken_duration(position), spoken_duration(d)),
        None => spoken_duration(position),
    }
}

/// The same duration as ISO 8601 (`PT1H5M30S`), for `<time datetime>`.
pub fn iso_duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out += &format!("{h}H");
    }
    if m > 0 {
        out += &format!("{m}M");
    }
    if s > 0 || seconds == 0 {
        out += &format!("{s}S");
    }
    out
}

/// "3 of 15 episodes", "1 of 1 episode", "15 episodes" (when nothing is filtered out).
pub fn result_count(shown: usize, total: usize) -> String {
    let noun = episodes_noun(total);
    if shown == total {
        format!("{total} {noun}")
    } else {
        format!("{shown} of {total} {noun}")
    }
}

/// "Show 3 episodes": the button that closes the filter list on a phone.
pub fn show_matching(count: usize) -> String {
    format!("Show {count} {}", episodes_noun(count))
}

/// "episode" or "episodes", agreeing with `count`.
fn episodes_noun(count: usize) -> &'static str {
    if count == 1 {
        "episode"
    } else {
        "episodes"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_milliseconds_as_date_utc_does() {
        // Values of JavaScript's Date.UTC(year, month - 1, day).
        for (year, month, day, millis) in [
            (1970, 1, 1, 0),
            (2020, 9, 4, 1_599_177_600_000),
            (2000, 2, 29, 951_782_400_000),
            (1969, 12, 31, -86_400_000),
            (1, 1, 1, -62_135_596_800_000),
            (9999, 12, 31, 253_402_214_400_000),
        ] {
            assert_eq!(
                unix_millis(Date { year, month, day }),
                millis,
                "{year}-{month}-{day}"
            );
        }
    }

    #[test]
    fn dates_of_every_accepted_shape_parse() {
        let ok = [
            ("2020-09-04", (2020, 9, 4)),
            ("2020-02-29", (2020, 2, 29)),
            ("2020-09-04T10:00", (2020, 9, 4)),
            ("2020-09-04T10:00:59Z", (2020, 9, 4)),
            ("2020-09-04 10:00:00.123+02:00", (2020, 9, 4)),
            ("2020-09-04T23:59:60-0530", (2020, 9, 4)),
        ];
        for (text, (year, month, day)) in ok {
            assert_eq!(parse_date(text), Some(Date { year, month, day }), "{text}");
        }
    }

    #[test]
    fn malformed_or_impossible_dates_are_rejected() {
        let bad = [
            "",
            "2020",
            "2020-9-4",
            "04/09/2020",
            "2019-02-29",
            "2020-13-01",
            "2020-00-10",
            "2020-04-31",
            "2020-09-04T",
            "2020-09-04T25:00",
            "2020-09-04X10:00",
            "2020-09-04T10:00+2",
            "2020-09-04T10:00:00.Z",
            "yesterday",
            "2020-09-04Té",
            "２０２０-09-04",
        ];
        for text in bad {
            assert_eq!(parse_date(text), None, "{text:?} should be rejected");
        }
    }

    #[test]
    fn dates_and_durations_read_naturally() {
        assert_eq!(
            format_date("2020-09-04").as_deref(),
            Some("4 September 2020")
        );
        assert_eq!(
            format_date("2019-12-31T08:00:00Z").as_deref(),
            Some("31 December 2019")
        );
        let durations = [
            (0, "0 s", "PT0S"),
            (45, "45 s", "PT45S"),
            (1080, "18 min", "PT18M"),
            (3600, "1 h", "PT1H"),
            (3930, "1 h 6 min", "PT1H5M30S"),
        ];
        for (secs, text, iso) in durations {
            assert_eq!(format_duration(secs), text);
            assert_eq!(iso_duration(secs), iso);
        }
    }

    #[test]
    fn result_counts_agree_in_number() {
        assert_eq!(result_count(3, 15), "3 of 15 episodes");
        assert_eq!(result_count(15, 15), "15 episodes");
        assert_eq!(result_count(0, 1), "0 of 1 episode");
        assert_eq!(result_count(1, 1), "1 episode");
    }

    #[test]
    fn show_matching_agrees_in_number() {
        for (count, label) in [
            (0, "Show 0 episodes"),
            (1, "Show 1 episode"),
            (21, "Show 21 episodes"),
        ] {
            assert_eq!(show_matching(count), label);
        }
    }
}

//! Clock times (`1:02:03.5`, `12:30`, SRT's `00:00:01,000`) as
//! milliseconds, and the chapter lists show notes write by hand:
//!
//! ```text
//! 00:00 Intro
//! (12:30) Why distillation works
//! [1:02:03] - Questions
//! ```

use super::Millis;

/// A clock time: `[[h:]m:]s[.fraction]` with `.` or `,` before the
/// fraction; minutes and seconds below 60 after the first field. `None`
/// for anything else, or a time past [`Millis`]'s range.
pub fn parse_clock(text: &str) -> Option<Millis> {
    let text = text.trim();
    let (whole, fraction) = match text.find(['.', ',']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    if !fraction.bytes().all(|b| b.is_ascii_digit()) || fraction.len() > 9 {
        return None;
    }
    let fields: Vec<&str> = whole.split(':').collect();
    if fields.len() > 3
        || fields
            .iter()
            .any(|f| f.is_empty() || f.len() > 6 || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let mut seconds: u64 = 0;
    for (i, field) in fields.iter().enumerate() {
        let value: u64 = field.parse().ok()?;
        if i > 0 && (value >= 60 || field.len() != 2) {
            return None;
        }
        seconds = seconds * 60 + value;
    }
    // Milliseconds from the first three digits of the fraction.
    let millis: u64 = format!("{fraction:0<3}")[..3].parse().ok()?;
    Millis::try_from(seconds.checked_mul(1000)?.checked_add(millis)?).ok()
}

/// A time as a reader sees it: `12:30`, `1:02:03` (seconds, rounded down).
pub fn format_clock(time: Millis) -> String {
    let seconds = time / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A chapter written into show notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteChapter {
    /// Where it starts.
    pub start: Millis,
    /// Its title, as written.
    pub title: String,
}

/// The chapter list in show notes (plain text, one line each): lines that
/// start with a time — bare, `(12:30)` or `[12:30]` — followed by a title,
/// optionally after `-`, `–` or `:`. Only a list counts: at least two such
/// lines with times that only go forward; anything else gives none, so a
/// note that merely mentions "at 12:30" is not taken for chapters.
pub fn note_chapters(text: &str) -> Vec<NoteChapter> {
    let mut chapters: Vec<NoteChapter> = Vec::new();
    for line in text.lines() {
        let Some(chapter) = chapter_line(line) else {
            continue;
        };
        if chapters
            .last()
            .is_some_and(|last| chapter.start <= last.start)
        {
            return Vec::new();
        }
        chapters.push(chapter);
    }
    if chapters.len() < 2 {
        return Vec::new();
    }
    chapters
}

fn chapter_line(line: &str) -> Option<NoteChapter> {
    let line = line.trim().trim_start_matches(['-', '*', '•']).trim_start();
    let (time, rest) = match line.chars().next()? {
        open @ ('(' | '[') => {
            let close = if open == '(' { ')' } else { ']' };
            let end = line.find(close)?;
            (&line[1..end], &line[end + 1..])
        }
        c if c.is_ascii_digit() => {
            let end = line
                .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
                .unwrap_or(line.len());
            (&line[..end], &line[end..])
        }
        _ => return None,
    };
    // A clock has a colon: "2019 was a year" is no chapter.
    if !time.contains(':') {
        return None;
    }
    let start = parse_clock(time.trim_end_matches('.'))?;
    let title = rest
        .trim_start()
        .trim_start_matches(['-', '–', '—', ':', '|'])
        .trim();
    (!title.is_empty()).then(|| NoteChapter {
        start,
        title: title.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_in_every_written_form() {
        let cases: &[(&str, Option<Millis>)] = &[
            ("0", Some(0)),
            ("45", Some(45_000)),
            ("12:30", Some(750_000)),
            ("1:02:03", Some(3_723_000)),
            ("01:02:03.5", Some(3_723_500)),
            ("00:00:01,250", Some(1_250)),
            ("00:01.0004", Some(1_000)),
            (" 2:05 ", Some(125_000)),
            ("1:5", None),
            ("1:75", None),
            ("1:2:3:4", None),
            ("", None),
            (":30", None),
            ("12:30a", None),
            ("-1:00", None),
            ("1200000:00:00", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_clock(text), *expected, "{text:?}");
        }
        assert_eq!(format_clock(750_999), "12:30");
        assert_eq!(format_clock(3_723_000), "1:02:03");
        assert_eq!(format_clock(5_000), "0:05");
    }

    #[test]
    fn chapter_lists_in_show_notes() {
        let notes = "Links below.\n00:00 Intro\n(12:30) Why distillation works\n[1:02:03] - Questions: yours\n• 1:10:00 – Goodbye\nThanks to Ada.";
        let chapters = note_chapters(notes);
        let got: Vec<(Millis, &str)> = chapters
            .iter()
            .map(|c| (c.start, c.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (0, "Intro"),
                (750_000, "Why distillation works"),
                (3_723_000, "Questions: yours"),
                (4_200_000, "Goodbye"),
            ]
        );
        let not_lists = [
            "At 12:30 we talk about GANs.",
            "12:30 Only one",
            "10:00 Later\n05:00 Earlier",
            "2019 was a year\n2020 too",
            "(12:30)\n(13:00)",
        ];
        for text in not_lists {
            assert!(note_chapters(text).is_empty(), "{text:?}");
        }
    }
}

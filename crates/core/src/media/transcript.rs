//! Transcripts as cues: when each line is spoken, by whom, and what is
//! said. WebVTT (`text/vtt`), SRT (`application/x-subrip`,
//! `application/srt`), Podcasting 2.0 JSON (`application/json`) and
//! Podcasting 2.0 HTML (`text/html`) are read here; a line that should be
//! a cue's timing
//! and is not stops the reading with that line's number, as the open post
//! shows it ("line 14 is not a cue timing").

use super::json::{millis, parse, Value};
use super::timecode::parse_clock;
use super::Millis;
use crate::html_policy::readable_text;

/// One cue: a line of the transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// When it starts.
    pub start: Millis,
    /// When it ends.
    pub end: Millis,
    /// Who speaks (WebVTT's `<v Name>`), when the file says.
    pub speaker: Option<String>,
    /// What is said, markup removed, lines joined by spaces.
    pub text: String,
}

/// Why a transcript could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptError {
    /// The line, from 1 (0: the document as a whole).
    pub line: usize,
    /// What is wrong there.
    pub reason: &'static str,
}

impl std::fmt::Display for TranscriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            f.write_str(self.reason)
        } else {
            write!(f, "line {} {}", self.line, self.reason)
        }
    }
}

/// The transcript formats the player reads, by media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranscriptFormat {
    /// WebVTT.
    Vtt,
    /// SubRip.
    Srt,
    /// Podcasting 2.0 JSON.
    Json,
    /// Podcasting 2.0 HTML: `<cite>`, `<time>`, `<p>`.
    Html,
}

impl TranscriptFormat {
    /// The format a `type` names (parameters and case ignored).
    pub fn of(mime_type: &str) -> Option<Self> {
        let essence = mime_type.split(';').next().unwrap_or_default().trim();
        match essence.to_ascii_lowercase().as_str() {
            "text/vtt" => Some(Self::Vtt),
            "application/x-subrip" | "application/srt" | "text/srt" => Some(Self::Srt),
            "application/json" => Some(Self::Json),
            "text/html" => Some(Self::Html),
            _ => None,
        }
    }

    /// Reads a document of this format.
    pub fn parse(self, text: &str) -> Result<Vec<Cue>, TranscriptError> {
        match self {
            Self::Vtt => parse_vtt(text),
            Self::Srt => parse_srt(text),
            Self::Json => parse_json(text),
            Self::Html => parse_html(text),
        }
    }
}

/// The document's blocks: runs of non-blank lines, each with the number of
/// its first line.
fn blocks(text: &str) -> Vec<(usize, Vec<&str>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Option<(usize, Vec<&str>)> = None;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            out.extend(current.take());
        } else {
            current
                .get_or_insert_with(|| (i + 1, Vec::new()))
                .1
                .push(line);
        }
    }
    out.extend(current);
    out
}

/// `start --> end [settings]`.
fn timing(line: &str) -> Option<(Millis, Millis)> {
    let (start, rest) = line.split_once("-->")?;
    let end = rest.split_whitespace().next()?;
    Some((parse_clock(start)?, parse_clock(end)?))
}

/// Reads a cue block from its timing line on: the timing (at `timing_at`
/// in `lines`) and the payload after it.
fn cue(first_line: usize, lines: &[&str], timing_at: usize) -> Result<Cue, TranscriptError> {
    let line = first_line + timing_at;
    let (start, end) = timing(lines[timing_at]).ok_or(TranscriptError {
        line,
        reason: "is not a cue timing",
    })?;
    if end < start {
        return Err(TranscriptError {
            line,
            reason: "ends its cue before it starts",
        });
    }
    let mut speaker = None;
    let mut words = Vec::new();
    for payload in &lines[timing_at + 1..] {
        let (who, text) = cue_text(payload);
        if speaker.is_none() {
            speaker = who;
        }
        if !text.is_empty() {
            words.push(text);
        }
    }
    Ok(Cue {
        start,
        end,
        speaker,
        text: words.join(" "),
    })
}

/// A payload line's speaker (`<v Name>`, `<v.class Name>`) and its text,
/// tags removed and the entities WebVTT defines decoded.
fn cue_text(line: &str) -> (Option<String>, String) {
    let mut speaker = None;
    let mut text = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            // A lone "<" is text.
            text.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tag = &rest[open + 1..open + close];
        if let Some(voice) = tag.strip_prefix('v') {
            if voice.starts_with([' ', '.', '\t']) {
                let name = voice
                    .trim_start_matches(|c: char| c != ' ' && c != '\t')
                    .trim();
                if speaker.is_none() && !name.is_empty() {
                    speaker = Some(name.to_owned());
                }
            }
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    let decoded = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&lrm;", "\u{200e}")
        .replace("&rlm;", "\u{200f}")
        .replace("&amp;", "&");
    (
        speaker,
        decoded.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

/// Reads a WebVTT document: the `WEBVTT` header, then cues (an optional
/// identifier line, the timing, the text); `NOTE`, `STYLE` and `REGION`
/// blocks are skipped.
pub fn parse_vtt(text: &str) -> Result<Vec<Cue>, TranscriptError> {
    let mut blocks = blocks(text).into_iter();
    let header = blocks.next().ok_or(TranscriptError {
        line: 0,
        reason: "the transcript is empty",
    })?;
    let signature = header.1[0];
    if !(signature == "WEBVTT"
        || signature.starts_with("WEBVTT ")
        || signature.starts_with("WEBVTT\t"))
    {
        return Err(TranscriptError {
            line: header.0,
            reason: "does not start with WEBVTT",
        });
    }
    let mut cues = Vec::new();
    for (first_line, lines) in blocks {
        let head = lines[0];
        if ["NOTE", "STYLE", "REGION"].iter().any(|kind| {
            head == *kind
                || head.starts_with(&format!("{kind} "))
                || head.starts_with(&format!("{kind}\t"))
        }) {
            continue;
        }
        // An identifier line has no arrow; the timing follows it.
        let timing_at = usize::from(!head.contains("-->") && lines.len() > 1);
        cues.push(cue(first_line, &lines, timing_at)?);
    }
    Ok(cues)
}

/// Reads an SRT document: blocks of a sequence number (optional: not every
/// writer keeps it), the timing with `,` or `.` before the milliseconds,
/// and the text.
pub fn parse_srt(text: &str) -> Result<Vec<Cue>, TranscriptError> {
    let mut cues = Vec::new();
    for (first_line, lines) in blocks(text) {
        let numbered = lines[0].trim().bytes().all(|b| b.is_ascii_digit()) && lines.len() > 1;
        cues.push(cue(first_line, &lines, usize::from(numbered))?);
    }
    if cues.is_empty() {
        return Err(TranscriptError {
            line: 0,
            reason: "the transcript is empty",
        });
    }
    Ok(cues)
}

/// A cue made of segments stops growing at this many characters.
const LINE_LENGTH: usize = 80;

/// Reads a Podcasting 2.0 JSON transcript: `{"segments": [{"speaker",
/// "startTime", "endTime", "body"}]}`. Writers cut it by word or by phrase,
/// so segments of one speaker are joined into lines: a line ends where
/// the speaker changes, a sentence ends, or it reaches 80 characters. A
/// segment without a time or a body is left out.
pub fn parse_json(text: &str) -> Result<Vec<Cue>, TranscriptError> {
    let document = parse(text).map_err(|_| TranscriptError {
        line: 0,
        reason: "is not JSON",
    })?;
    let Some(Value::Items(segments)) = document.get("segments") else {
        return Err(TranscriptError {
            line: 0,
            reason: "has no \"segments\" list",
        });
    };
    let mut cues: Vec<Cue> = Vec::new();
    let mut open = false;
    for segment in segments {
        let (Some(start), Some(body)) = (
            segment.get("startTime").and_then(millis),
            segment.get("body").and_then(Value::text),
        ) else {
            continue;
        };
        let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
        if body.is_empty() {
            continue;
        }
        let end = segment
            .get("endTime")
            .and_then(millis)
            .unwrap_or(start)
            .max(start);
        let speaker = segment
            .get("speaker")
            .and_then(Value::text)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned);
        match cues.last_mut() {
            Some(last)
                if open
                    && last.speaker == speaker
                    && last.text.len() + body.len() < LINE_LENGTH
                    && start >= last.start =>
            {
                last.text.push(' ');
                last.text.push_str(&body);
                last.end = last.end.max(end);
            }
            _ => cues.push(Cue {
                start,
                end,
                speaker,
                text: body.clone(),
            }),
        }
        open = !body.ends_with(['.', '?', '!', '…']);
    }
    if cues.is_empty() {
        return Err(TranscriptError {
            line: 0,
            reason: "has no timed text",
        });
    }
    Ok(cues)
}

/// Where the first `</name` (any case) at or after `from` starts.
fn closing_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    html[from..].match_indices("</").find_map(|(i, _)| {
        let at = from + i + 2;
        let after = html.get(at..at + name.len())?;
        let whole = !html[at + name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric());
        (after.eq_ignore_ascii_case(name) && whole).then_some(from + i)
    })
}

/// The next `<cite>`, `<time>` or `<p>` element in `html` from byte
/// `from`: its name, its text (markup removed, entities decoded, spaces
/// collapsed), and where it starts and ends.
fn next_element(html: &str, from: usize) -> Option<(&'static str, String, usize, usize)> {
    let mut at = from;
    loop {
        let open = at + html.get(at..)?.find('<')?;
        let tag = &html[open + 1..];
        let name_end = tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        let name = match tag[..name_end].to_ascii_lowercase().as_str() {
            "cite" => "cite",
            "time" => "time",
            "p" => "p",
            _ => {
                at = open + 1;
                continue;
            }
        };
        let head_end = tag.find('>')?;
        let body_start = open + 1 + head_end + 1;
        let body_end = closing_tag(html, body_start, name).unwrap_or(html.len());
        let text = readable_text(&html[body_start..body_end], &|_| None);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let end = html[body_end..]
            .find('>')
            .map_or(html.len(), |i| body_end + i + 1);
        return Some((name, text, open, end));
    }
}

/// Reads a Podcasting 2.0 HTML transcript: monologues written as a
/// speaker (`<cite>Kevin:</cite>`, optional), a start time
/// (`<time>0:09</time>`, optional) and the words (`<p>…</p>`). A speaker
/// holds until the next `<cite>`; a paragraph without a time of its own
/// starts where the last time said (the start, before any), since HTML
/// transcripts are often only partly timed; each line ends where the next
/// begins.
pub fn parse_html(text: &str) -> Result<Vec<Cue>, TranscriptError> {
    let line_of = |at: usize| text[..at].bytes().filter(|&b| b == b'\n').count() + 1;
    let mut cues: Vec<Cue> = Vec::new();
    let mut speaker: Option<String> = None;
    let mut start: Millis = 0;
    let mut at = 0;
    while let Some((name, content, open, end)) = next_element(text, at) {
        at = end;
        match name {
            "cite" => {
                let name = content.trim_end_matches([':', ' ']).trim();
                speaker = (!name.is_empty()).then(|| name.to_owned());
            }
            "time" => {
                start = parse_clock(&content).ok_or(TranscriptError {
                    line: line_of(open),
                    reason: "has a <time> that is not a clock time",
                })?;
            }
            _ if content.is_empty() => {}
            _ => {
                if let Some(last) = cues.last_mut() {
                    last.end = last.end.max(start);
                }
                cues.push(Cue {
                    start,
                    end: start,
                    speaker: speaker.clone(),
                    text: content,
                });
            }
        }
    }
    if cues.is_empty() {
        return Err(TranscriptError {
            line: 0,
            reason: "has no <p> paragraphs",
        });
    }
    Ok(cues)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(list: &[Cue]) -> Vec<(Millis, Millis, Option<&str>, &str)> {
        list.iter()
            .map(|c| (c.start, c.end, c.speaker.as_deref(), c.text.as_str()))
            .collect()
    }

    #[test]
    fn webvtt_cues_with_voices_notes_and_settings() {
        let vtt = "\u{feff}WEBVTT - a podcast\n\nNOTE written by hand\nacross lines\n\nSTYLE\n::cue { color: red }\n\n1\n00:00:00.000 --> 00:00:04.500 align:start\n<v.host Ada Lovelace>Welcome &amp; <i>hello</i></v>\n\n00:04.500 --> 00:09.000\n<v Bob>Thanks</v>\nfor having me\n";
        let got = parse_vtt(vtt).expect("reads");
        assert_eq!(
            cues(&got),
            [
                (0, 4_500, Some("Ada Lovelace"), "Welcome & hello"),
                (4_500, 9_000, Some("Bob"), "Thanks for having me"),
            ]
        );
    }

    #[test]
    fn srt_cues_numbered_or_not() {
        let srt = "1\n00:00:01,000 --> 00:00:02,500\nHello <b>there</b>\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\nlines\n\n00:00:05.000 --> 00:00:06.000\nNo number\n";
        let got = parse_srt(srt).expect("reads");
        assert_eq!(
            cues(&got),
            [
                (1_000, 2_500, None, "Hello there"),
                (3_000, 4_000, None, "Two lines"),
                (5_000, 6_000, None, "No number"),
            ]
        );
    }

    #[test]
    fn json_segments_are_joined_into_lines() {
        let json = r#"{"version": "1.0.0", "segments": [
            {"speaker": "Ada", "startTime": 0.5, "endTime": 0.9, "body": "Welcome"},
            {"speaker": "Ada", "startTime": 0.9, "endTime": 1.2, "body": "back."},
            {"speaker": "Ada", "startTime": 1.3, "endTime": 2, "body": "Today:"},
            {"speaker": "Bob", "startTime": 2.5, "endTime": 3, "body": "Thanks"},
            {"speaker": "Bob", "startTime": 3.1, "body": " for having me "},
            {"startTime": 4, "body": ""},
            {"body": "untimed"}
        ]}"#;
        let got = parse_json(json).expect("reads");
        assert_eq!(
            cues(&got),
            [
                (500, 1_200, Some("Ada"), "Welcome back."),
                (1_300, 2_000, Some("Ada"), "Today:"),
                (2_500, 3_100, Some("Bob"), "Thanks for having me"),
            ]
        );
    }

    #[test]
    fn what_cannot_be_read_says_which_line() {
        let cases: &[(TranscriptFormat, &str, &str)] = &[
            (TranscriptFormat::Vtt, "", "the transcript is empty"),
            (
                TranscriptFormat::Vtt,
                "WEBVTTX\n",
                "line 1 does not start with WEBVTT",
            ),
            (
                TranscriptFormat::Vtt,
                "WEBVTT\n\n00:01.000 --> 00:02.000\nok\n\nid\n00:03 -> 00:04\nbad",
                "line 7 is not a cue timing",
            ),
            (
                TranscriptFormat::Srt,
                "1\n00:00:05,000 --> 00:00:01,000\nback",
                "line 2 ends its cue before it starts",
            ),
            (
                TranscriptFormat::Srt,
                "1\nhello\nworld",
                "line 2 is not a cue timing",
            ),
            (TranscriptFormat::Srt, "\n\n", "the transcript is empty"),
            (TranscriptFormat::Json, "{", "is not JSON"),
            (
                TranscriptFormat::Json,
                "{\"segments\": 3}",
                "has no \"segments\" list",
            ),
            (
                TranscriptFormat::Json,
                "{\"segments\": [{\"body\": \"x\"}]}",
                "has no timed text",
            ),
            (
                TranscriptFormat::Html,
                "<cite>A</cite>\n<time>0:01</time><p>ok</p>\n\n<time>soon</time><p>x</p>",
                "line 4 has a <time> that is not a clock time",
            ),
            (
                TranscriptFormat::Html,
                "<html><body>Just text</body></html>",
                "has no <p> paragraphs",
            ),
        ];
        for (format, text, message) in cases {
            let error = format.parse(text).expect_err(text);
            assert_eq!(error.to_string(), *message, "{text:?}");
        }
    }

    #[test]
    fn formats_by_media_type() {
        assert_eq!(
            TranscriptFormat::of("text/vtt; charset=utf-8"),
            Some(TranscriptFormat::Vtt)
        );
        assert_eq!(
            TranscriptFormat::of("application/x-subrip"),
            Some(TranscriptFormat::Srt)
        );
        assert_eq!(
            TranscriptFormat::of("Application/SRT"),
            Some(TranscriptFormat::Srt)
        );
        assert_eq!(
            TranscriptFormat::of("application/json"),
            Some(TranscriptFormat::Json)
        );
        assert_eq!(
            TranscriptFormat::of("text/html; charset=utf-8"),
            Some(TranscriptFormat::Html)
        );
        assert_eq!(TranscriptFormat::of("text/plain"), None);
    }

    #[test]
    fn html_monologues_with_speakers_and_times_some_missing() {
        let html = "<!doctype html>\n<html><body>\n<CITE>Kevin:</CITE>\n<time>0:00</time>\n\
            <p>We have an update &amp; a <b>new</b>\n feature</p>\n<cite>Alban :</cite>\n\
            <time datetime=\"PT9S\">0:09</time>\n<p class=\"x\">You&#39;re triggering Tom.</p>\n\
            <p>Still Alban, untimed.</p>\n<pre>not a paragraph</pre>\n<p></p>\n\
            <cite></cite><time>1:02:03.5</time><p>Nobody named</p></body></html>";
        let got = parse_html(html).expect("reads");
        assert_eq!(
            cues(&got),
            [
                (0, 9_000, Some("Kevin"), "We have an update & a new feature"),
                (9_000, 9_000, Some("Alban"), "You're triggering Tom."),
                (9_000, 3_723_500, Some("Alban"), "Still Alban, untimed."),
                (3_723_500, 3_723_500, None, "Nobody named"),
            ]
        );
        // Without any time, every line starts at the beginning.
        let untimed = parse_html("<p>One</p><p>Two</p>").expect("reads");
        assert_eq!(cues(&untimed), [(0, 0, None, "One"), (0, 0, None, "Two")]);
    }
}

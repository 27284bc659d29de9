//! A feed's bytes as text, in the encoding the feed declares: a byte-order
//! mark first, else the XML declaration's `encoding`, else UTF-8 (XML's
//! default). encoding_rs does the decoding, with the WHATWG mapping feed
//! readers and browsers use (ISO-8859-1 is read as windows-1252). A byte
//! that is invalid in that encoding stops the import, named with its byte
//! offset, line and column, rather than becoming U+FFFD in a post.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding, UTF_8};

/// Bytes that are not text in the encoding the feed declares, or a
/// declaration naming an encoding that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodingError {
    /// What went wrong, with where.
    pub reason: String,
}

impl std::fmt::Display for EncodingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

/// The encoding named by an XML declaration at the start of `input`
/// (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if any. The
/// declaration is ASCII in every encoding it can declare without a BOM.
fn declared(input: &[u8]) -> Option<&[u8]> {
    let start = input.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &input[start..];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let declaration = &head[..end];
    let at = declaration.windows(8).position(|w| w == b"encoding")?;
    let rest = &declaration[at + 8..];
    let rest = &rest[rest.iter().position(|&b| b == b'=')? + 1..];
    let rest = &rest[rest.iter().position(|b| !b.is_ascii_whitespace())?..];
    let quote = *rest.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let value = &rest[1..];
    Some(&value[..value.iter().position(|&b| b == quote)?])
}

/// Line and column (from 1, in characters) after `text`.
fn line_column(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// `input` as text, decoded from the encoding it declares.
pub fn decode(input: &[u8]) -> Result<Cow<'_, str>, EncodingError> {
    let (encoding, body) = match Encoding::for_bom(input) {
        Some((encoding, bom)) => (encoding, &input[bom..]),
        None => {
            let encoding = match declared(input) {
                Some(label) => Encoding::for_label(label).ok_or_else(|| EncodingError {
                    reason: format!(
                        "the XML declaration names the encoding {:?}, which is not one the importer knows",
                        String::from_utf8_lossy(label)
                    ),
                })?,
                None => UTF_8,
            };
            // A declaration readable as ASCII means the bytes are not
            // UTF-16, whatever it says (a common mistake of feed writers).
            let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE
            {
                UTF_8
            } else {
                encoding
            };
            (encoding, input)
        }
    };
    if encoding == UTF_8 {
        return match std::str::from_utf8(body) {
            Ok(text) => Ok(Cow::Borrowed(text)),
            Err(e) => {
                let good = e.valid_up_to();
                // Safe to slice: `valid_up_to` is a character boundary.
                let before = std::str::from_utf8(&body[..good]).unwrap_or_default();
                Err(invalid(
                    encoding,
                    body,
                    good,
                    before,
                    input.len() - body.len(),
                ))
            }
        };
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len().saturating_mul(3));
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut text, true);
    match result {
        DecoderResult::InputEmpty => Ok(Cow::Owned(text)),
        DecoderResult::Malformed(bad, after) => {
            let offset = read - after as usize - bad as usize;
            Err(invalid(
                encoding,
                body,
                offset,
                &text,
                input.len() - body.len(),
            ))
        }
        // The buffer was sized for the whole input.
        DecoderResult::OutputFull => Err(EncodingError {
            reason: format!("the feed could not be decoded as {}", encoding.name()),
        }),
    }
}

fn invalid(
    encoding: &'static Encoding,
    body: &[u8],
    offset: usize,
    before: &str,
    bom: usize,
) -> EncodingError {
    let (line, column) = line_column(before);
    let byte = body.get(offset).copied().unwrap_or_default();
    EncodingError {
        reason: format!(
            "byte 0x{byte:02X} at offset {} (line {line}, column {column}) is not valid {}; \
             is the feed's encoding declared? (<?xml version=\"1.0\" encoding=\"…\"?>)",
            offset + bom,
            encoding.name()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_decoded_as_declared() {
        let cases: [(&[u8], &str); 7] = [
            (b"<rss>caf\xC3\xA9</rss>", "<rss>café</rss>"),
            (
                b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xE9</rss>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>café</rss>",
            ),
            (
                b"<?xml version='1.0' encoding='windows-1252' ?><rss>\x93quoted\x94</rss>",
                "<?xml version='1.0' encoding='windows-1252' ?><rss>\u{201C}quoted\u{201D}</rss>",
            ),
            (b"\xEF\xBB\xBF<rss/>", "<rss/>"),
            (b"\xFF\xFE<\x00r\x00/\x00>\x00", "<r/>"),
            (b"\xFE\xFF\x00<\x00r\x00/\x00>", "<r/>"),
            (
                b"<?xml version=\"1.0\" encoding=\"UTF-16\"?><r/>",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r/>",
            ),
        ];
        for (bytes, text) in cases {
            assert_eq!(decode(bytes).as_deref(), Ok(text), "{bytes:?}");
        }
    }

    #[test]
    fn invalid_bytes_are_named_where_they_are() {
        let cases: [(&[u8], &str); 3] = [
            (
                b"<rss>\n  <title>caf\xE9</title>",
                "byte 0xE9 at offset 18 (line 2, column 13) is not valid UTF-8",
            ),
            (
                b"<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<r>\x82</r>",
                "byte 0x82 at offset 46 (line 2, column 4) is not valid Shift_JIS",
            ),
            (
                b"<?xml version=\"1.0\" encoding=\"klingon\"?><r/>",
                "the XML declaration names the encoding \"klingon\"",
            ),
        ];
        for (bytes, reason) in cases {
            let error = decode(bytes).expect_err("invalid");
            assert!(error.reason.starts_with(reason), "{}", error.reason);
        }
    }
}

//! Sentence boundaries as byte spans.

use crate::Span;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "vs", "v", "no", "jr", "sr", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "etc", "mt", "ft",
];

/// Splits at ". ", "! ", "? " before a capital, digit or quote, and at every
/// line break (headlines and captions are sentences of their own).
///
/// Every byte that can end a sentence is ASCII, and no byte of a multi-byte
/// character is, so the text is scanned as bytes.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = bytes[i..]
        .iter()
        .position(|b| matches!(b, b'\n' | b'.' | b'!' | b'?'))
    {
        i += k;
        match bytes[i] {
            b'\n' => {
                push(&mut out, text, start, i);
                start = i + 1;
            }
            c @ (b'.' | b'!' | b'?') => {
                let after = &text[i + 1..];
                // Closing quotes and brackets stay with the sentence.
                let trail = after
                    .chars()
                    .take_while(|c| matches!(c, '"' | '”' | '’' | '\'' | ')'))
                    .map(char::len_utf8)
                    .sum::<usize>();
                let rest = &after[trail..];
                let next_starts = rest.starts_with(char::is_whitespace)
                    && rest.trim_start().chars().next().is_none_or(|n| {
                        n.is_uppercase()
                            || n.is_ascii_digit()
                            || matches!(n, '"' | '“' | '‘' | '\'' | '(')
                    });
                let abbreviation = || {
                    let word_before = text[..i]
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    c == b'.'
                        && (ABBREVIATIONS
                            .iter()
                            .any(|a| a.eq_ignore_ascii_case(word_before))
                            || (word_before.chars().count() == 1
                                && word_before.chars().all(char::is_uppercase)))
                };
                if next_starts && !abbreviation() {
                    let e = i + 1 + trail;
                    push(&mut out, text, start, e);
                    start = e;
                    // The scan goes on `trail` characters (not bytes) past
                    // the stop, as it always has.
                    i = after
                        .char_indices()
                        .nth(trail)
                        .map_or(bytes.len(), |(k, _)| i + 1 + k);
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    push(&mut out, text, start, bytes.len());
    out
}

fn push(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_stops_and_lines_not_abbreviations() {
        let t = "England lost 2-1. They play on Dec. 18 at 3 p.m.\nNew line here! \"Quote.\" Next";
        let got: Vec<&str> = split_sentences(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            got,
            [
                "England lost 2-1.",
                "They play on Dec. 18 at 3 p.m.",
                "New line here!",
                "\"Quote.\"",
                "Next"
            ]
        );
    }
}

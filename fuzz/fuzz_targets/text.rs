//! Sentences and tokens of arbitrary UTF-8: no panic, and every span inside
//! the text on character boundaries, tokens inside their sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offside_text::{normalize_phrase, split_sentences, tokenize};

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for s in split_sentences(text) {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= last_end, "sentences overlap or go backwards");
        last_end = s.end;
        for t in tokenize(&text[s.start..s.end], s.start) {
            assert!(s.start <= t.span.start && t.span.end <= s.end);
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
    let _ = normalize_phrase(text);
});

//! The whole checker on arbitrary UTF-8: no panic, and every reported span
//! inside the text, on character boundaries, with its own text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offside_check::{CheckOptions, Checker};
use offside_data::Date;
use std::sync::OnceLock;

/// Built once: loading the store and the gazetteer takes milliseconds,
/// checking a short input microseconds.
fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(offside_data::load_embedded().expect("embedded data")))
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the date the claims are judged at.
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let as_of = match pick % 4 {
        0 => None,
        1 => Some(Date::constant(2022, 12, 31)),
        2 => Some(Date::constant(1950, 6, 1)),
        _ => Some(Date::constant(1872, 11, 30)),
    };
    let report = checker().check(text, &CheckOptions { as_of });
    for c in &report.claims {
        assert!(c.span.start <= c.span.end && c.span.end <= text.len());
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert_eq!(c.text, &text[c.span.start..c.span.end]);
        assert!(c.line >= 1 && c.column >= 1);
    }
    for a in &report.unexplained {
        assert!(a.span.end <= text.len());
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
    }
});

//! What the sentence-level test files share: one checker over the embedded
//! data, a check as of a date, and "nothing here is false".

use offside_check::{CheckOptions, Checker, Report, Verdict};
use std::sync::OnceLock;

pub fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(offside_data::load_embedded().expect("embedded data")))
}

/// `text` checked as of `as_of` (YYYY-MM-DD; "" for no date).
pub fn check(text: &str, as_of: &str) -> Report {
    checker().check(
        text,
        &CheckOptions {
            as_of: offside_data::parse_date(as_of),
        },
    )
}

pub fn no_false(r: &Report) {
    let f: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::False)
        .map(|c| (&c.text, &c.explanation))
        .collect();
    assert!(f.is_empty(), "reported false: {f:#?}");
}

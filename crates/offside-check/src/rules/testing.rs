//! What the readers' tests share: one checker over the embedded data, and
//! the claims one rule reports for a sentence.

use crate::{CheckOptions, Checker, ClaimReport};
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(offside_data::load_embedded().expect("embedded data")))
}

/// The claims `rule` reports in `text`, judged as of `as_of` (YYYY-MM-DD).
pub fn claims_of(rule: &str, text: &str, as_of: &str) -> Vec<ClaimReport> {
    let opts = CheckOptions {
        as_of: offside_data::parse_date(as_of),
    };
    checker()
        .check(text, &opts)
        .claims
        .into_iter()
        .filter(|c| c.rule == rule)
        .collect()
}

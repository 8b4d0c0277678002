//! What the query test files share: the embedded store, loaded once, and
//! look-ups that fail the test with the name that did not resolve.

use offside_data::*;
use std::sync::OnceLock;

pub fn store() -> &'static Store {
    static S: OnceLock<Store> = OnceLock::new();
    S.get_or_init(|| load_embedded().unwrap())
}

pub fn team(n: &str) -> TeamId {
    match store().lookup_team(n) {
        Lookup::Found(t) => t,
        other => panic!("{n}: {other:?}"),
    }
}

pub fn edition(n: &str) -> EditionId {
    match store().lookup_edition(n) {
        Lookup::Found(e) => e,
        other => panic!("{n}: {other:?}"),
    }
}

#![doc = include_str!("../README.md")]

mod error;
mod files;
mod load;
pub mod model;
pub mod names;
mod snapshot;
mod store;

/// What build.rs made of `data/`: the packed files, and the store they load
/// into, ready to decode (see `snapshot`).
mod embedded {
    pub(crate) static ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/data.lz4"));
    pub(crate) static SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/store.bin"));
}

pub use error::DataError;
pub use files::DataFiles;
pub use jiff::civil::Date;
pub use load::{football_txt, load, load_embedded};
pub use model::*;
pub use store::{Disagreement, DisagreementKind, Lookup, Store};

/// Parses a "YYYY-MM-DD" date.
pub fn parse_date(s: &str) -> Option<Date> {
    load::parse_date(s)
}

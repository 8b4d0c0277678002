#![doc = include_str!("../README.md")]

mod error;
mod files;
mod load;
pub mod model;
pub mod names;
mod store;

pub use error::DataError;
pub use files::DataFiles;
pub use jiff::civil::Date;
pub use load::{load, load_embedded};
pub use model::*;
pub use store::{Disagreement, DisagreementKind, Lookup, Store};

/// Parses a "YYYY-MM-DD" date.
pub fn parse_date(s: &str) -> Option<Date> {
    load::parse_date(s)
}

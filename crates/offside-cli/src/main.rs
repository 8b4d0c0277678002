#![doc = include_str!("../README.md")]

mod args;
mod commands;
mod render;
mod schema;

use clap::{CommandFactory, FromArgMatches, Parser};
use std::process::ExitCode;

/// Checking allocates many small strings (tokens, spans, explanations);
/// mimalloc makes that about a third cheaper than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes, as in ripgrep: 0 clean, 1 findings (a false claim), 2 error.
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = parse_args();
    match commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (`offside ... | head`) is not an error worth a message.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {}", message(&e));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The arguments, with `--version` naming the data snapshot built in. Only
/// a run that asks for the version pays for decoding the store to find it.
fn parse_args() -> args::Cli {
    let asks_version = std::env::args_os()
        .skip(1)
        .take_while(|a| a != "--")
        .any(|a| a == "--version" || a == "-V");
    if !asks_version {
        return args::Cli::parse();
    }
    let version: &'static str = Box::leak(version_with_data().into_boxed_str());
    let matches = args::Cli::command().version(version).get_matches();
    args::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// "0.1.0 (data to 2026-07-19: 49,512 matches)": the day of the last match
/// in the built-in store, so a user can tell how fresh the data is.
fn version_with_data() -> String {
    let v = env!("CARGO_PKG_VERSION");
    match offside_data::load_embedded() {
        Ok(store) => match store.matches.last() {
            Some(last) => format!(
                "{v} (data to {}: {} matches)",
                last.date,
                thousands(store.matches.len())
            ),
            None => format!("{v} (no data built in)"),
        },
        Err(e) => format!("{v} (the built-in data does not load: {e})"),
    }
}

// `is_multiple_of` is newer than the workspace's rust-version (1.85).
#[allow(clippy::manual_is_multiple_of)]
fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The error and its causes on one line, as `{:#}` gives them, less a cause
/// that only repeats what the line already ends with (a data error that names
/// its file and quotes its I/O error, wrapped again by that I/O error).
fn message(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if out.ends_with(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

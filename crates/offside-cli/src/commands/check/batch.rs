//! `offside check --batch`: a corpus as JSON Lines in, one result a line out.
//!
//! Lines are read a block at a time and checked in parallel; results are
//! written in input order, so memory holds one block, not the corpus.
//! Every input line gives exactly one output line, so output line N is
//! always input line N. A bad line (blank, not JSON, no text, a bad date)
//! gives an error record `{"line": N, "error": "..."}` in its place and the
//! run goes on: one broken record in an archive of a million must not cost
//! the other 999,999. The exit code is 2 if any line failed.

use crate::args::CheckArgs;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use offside_check::{AsOfSource, CheckOptions, Checker, ClaimReport};
use offside_data::Date;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::time::Instant;

/// A block ends at this many lines or bytes, whichever comes first: enough
/// to keep both cores busy, small enough that a block of long articles
/// stays a few megabytes.
const BLOCK_LINES: usize = 512;
const BLOCK_BYTES: usize = 8 << 20;

/// One input line.
#[derive(Deserialize)]
struct Article {
    #[serde(default)]
    id: serde_json::Value,
    text: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

/// One output line: the result for an article.
#[derive(Serialize, schemars::JsonSchema)]
pub struct Checked<'a> {
    /// The input's `id`, whatever JSON it was (null when it had none).
    id: &'a serde_json::Value,
    /// The input line, so results can be joined back even without ids.
    line: u64,
    /// The date claims were judged at, or null when every match counted.
    as_of: Option<Date>,
    as_of_source: AsOfSource,
    claims: &'a [ClaimReport],
    false_count: usize,
}

/// The output line for an input line that could not be checked.
#[derive(Serialize, schemars::JsonSchema)]
pub struct Failed<'a> {
    /// The article's id, when the line was an object that had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    line: u64,
    /// Why the line could not be checked.
    error: &'a str,
}

/// What checking one line gave: its output line and counts, or its id (if
/// known) and why it failed.
type LineResult = Result<(String, usize, usize), (serde_json::Value, String)>;

#[derive(Default)]
struct Totals {
    articles: usize,
    claims: usize,
    false_claims: usize,
    bad_lines: usize,
}

pub fn batch(
    checker: &Checker,
    input: &Path,
    a: &CheckArgs,
    stdout: &mut impl Write,
) -> Result<u8> {
    let (reader, size): (Box<dyn BufRead>, Option<u64>) = if input == Path::new("-") {
        (Box::new(BufReader::new(std::io::stdin().lock())), None)
    } else {
        let f = std::fs::File::open(input)
            .with_context(|| format!("cannot read {}", input.display()))?;
        let size = f.metadata().ok().map(|m| m.len());
        (Box::new(BufReader::with_capacity(1 << 16, f)), size)
    };
    let name = if input == Path::new("-") {
        "<stdin>".to_string()
    } else {
        input.display().to_string()
    };
    let mut file_out;
    let mut std_out;
    let out: &mut dyn Write = match &a.output {
        Some(p) => {
            let f = std::fs::File::create(p)
                .with_context(|| format!("cannot write {}", p.display()))?;
            file_out = BufWriter::new(f);
            &mut file_out
        }
        None => {
            std_out = BufWriter::new(stdout);
            &mut std_out
        }
    };
    let bar = progress_bar(size);
    let started = Instant::now();
    let mut totals = Totals::default();
    let mut lines = Lines {
        reader,
        line: 0,
        name: &name,
    };
    loop {
        let block = lines.next_block()?;
        if block.is_empty() {
            break;
        }
        let bytes: usize = block.iter().map(|(_, b)| b.len()).sum();
        let results: Vec<(u64, LineResult)> = block
            .into_par_iter()
            .map(|(n, raw)| (n, check_line(checker, n, &raw, a.as_of)))
            .collect();
        for (n, r) in results {
            match r {
                Ok((json, claims, false_claims)) => {
                    out.write_all(json.as_bytes())?;
                    out.write_all(b"\n")?;
                    totals.articles += 1;
                    totals.claims += claims;
                    totals.false_claims += false_claims;
                }
                Err((id, why)) => {
                    totals.bad_lines += 1;
                    let record = serde_json::to_string(&Failed {
                        id: Some(&id).filter(|id| !id.is_null()),
                        line: n,
                        error: &why,
                    })?;
                    out.write_all(record.as_bytes())?;
                    out.write_all(b"\n")?;
                    bar.suspend(|| eprintln!("{name}:{n}: error: {why}"));
                }
            }
        }
        bar.inc(bytes as u64);
        bar.set_message(format!(
            "{} articles, {} false claims",
            totals.articles, totals.false_claims
        ));
    }
    out.flush()?;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    let bad = match totals.bad_lines {
        0 => String::new(),
        1 => ", 1 line failed (an error record in its place)".to_string(),
        n => format!(", {n} lines failed (error records in their place)"),
    };
    eprintln!(
        "{} articles, {} claims, {} false claims{bad} in {secs:.2} s ({:.0} articles/s)",
        totals.articles,
        totals.claims,
        totals.false_claims,
        totals.articles as f64 / secs.max(1e-9)
    );
    Ok(if totals.bad_lines > 0 {
        crate::EXIT_ERROR
    } else if totals.false_claims > 0 {
        crate::EXIT_FINDINGS
    } else {
        0
    })
}

/// A bar over the input's bytes when a person is watching (stderr is a
/// terminal); nothing at all in pipes, logs and CI.
fn progress_bar(size: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match size {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
        None => ProgressBar::new_spinner(),
    };
    let template = if size.is_some() {
        "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {msg}"
    } else {
        "{elapsed_precise} {spinner} {bytes} {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// The input read line by line as bytes, so a line that is not UTF-8 is one
/// bad line rather than the end of the run.
struct Lines<'n> {
    reader: Box<dyn BufRead>,
    line: u64,
    name: &'n str,
}

impl Lines<'_> {
    fn next_block(&mut self) -> Result<Vec<(u64, Vec<u8>)>> {
        let mut block = Vec::new();
        let mut bytes = 0;
        while block.len() < BLOCK_LINES && bytes < BLOCK_BYTES {
            let mut buf = Vec::new();
            let n = self
                .reader
                .by_ref()
                .read_until(b'\n', &mut buf)
                .with_context(|| format!("cannot read {}", self.name))?;
            if n == 0 {
                break;
            }
            self.line += 1;
            bytes += buf.len();
            block.push((self.line, buf));
        }
        Ok(block)
    }
}

fn check_line(checker: &Checker, line: u64, raw: &[u8], default_as_of: Option<Date>) -> LineResult {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let none = serde_json::Value::Null;
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err((
            none,
            "blank line; each line must be one article object".into(),
        ));
    }
    let text = std::str::from_utf8(raw).map_err(|e| {
        let at = e.valid_up_to() + 1;
        (
            none.clone(),
            format!("not valid UTF-8 (byte {at} of the line)"),
        )
    })?;
    let article: Article = serde_json::from_str(text).map_err(|e| {
        // The id of a line that is JSON but not an article, so the error
        // record can be joined back like a result.
        let id = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or_default();
        if e.is_data() {
            (id, format!("not an article object: {e}"))
        } else {
            (id, format!("not valid JSON: {e}"))
        }
    })?;
    let Some(body) = article.text else {
        return Err((article.id, "no \"text\" field".to_string()));
    };
    let as_of = match article.published.as_deref().map(str::trim) {
        None | Some("") => default_as_of,
        Some(p) => match published_date(p) {
            Some(d) => Some(d),
            None => {
                let why = format!("\"published\" is `{p}`, not a date; write it as YYYY-MM-DD");
                return Err((article.id, why));
            }
        },
    };
    let report = checker.check(&body, &CheckOptions { as_of });
    let false_count = report.false_count();
    let json = serde_json::to_string(&Checked {
        id: &article.id,
        line,
        as_of: report.as_of,
        as_of_source: report.as_of_source,
        claims: &report.claims,
        false_count,
    })
    .map_err(|e| (article.id.clone(), format!("cannot write the result: {e}")))?;
    Ok((json, report.claims.len(), false_count))
}

/// "YYYY-MM-DD", also at the head of a timestamp ("2022-12-12T18:00:00Z"),
/// as archives often store publication times.
fn published_date(s: &str) -> Option<Date> {
    match s.get(..10) {
        Some(day) if s.len() == 10 || s[10..].starts_with(['T', ' ']) => {
            offside_data::parse_date(day)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::published_date;

    #[test]
    fn published_dates_and_timestamps() {
        assert_eq!(published_date("2022-12-12").map(|d| d.day()), Some(12));
        assert!(published_date("2022-12-12T18:00:00Z").is_some());
        assert!(published_date("2022-12-12 18:00").is_some());
        assert!(published_date("12/12/2022").is_none());
        assert!(published_date("2022-12-1x").is_none());
        assert!(published_date("2022-12-12x").is_none());
        assert!(published_date("é").is_none());
    }
}

//! `offside check` and `offside eval`: the linter-like front end over offside-check.

pub mod batch;

use crate::args::{CheckArgs, ColorWhen, EvalArgs, Format};
use anyhow::{bail, Context, Result};
use offside_check::report::Anchor;
use offside_check::{AsOfSource, CheckOptions, Checker, ClaimReport, Report, Verdict};
use offside_text::Span;
use rayon::prelude::*;
use serde::Serialize;
use std::cell::RefCell;
use std::io::{Read, Write};
use std::path::Path;

/// ANSI colours or none, decided once: `--color always|never`, or with
/// `auto` what anstream decides for standard output (a terminal that
/// supports colour, unless NO_COLOR is set; CLICOLOR and CLICOLOR_FORCE are
/// honoured too).
pub struct Style {
    on: bool,
}

impl Style {
    pub fn new(when: ColorWhen) -> Self {
        let choice = match when {
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
            ColorWhen::Auto => anstream::AutoStream::choice(&std::io::stdout()),
        };
        Style {
            on: matches!(
                choice,
                anstream::ColorChoice::Always | anstream::ColorChoice::AlwaysAnsi
            ),
        }
    }
    fn paint(&self, style: anstyle::Style, s: &str) -> String {
        if self.on {
            format!("{style}{s}{style:#}")
        } else {
            s.to_string()
        }
    }
}

const BOLD: anstyle::Style = anstyle::Style::new().bold();
const RED: anstyle::Style = anstyle::AnsiColor::Red.on_default().bold();
const GREEN: anstyle::Style = anstyle::AnsiColor::Green.on_default();
const GREY: anstyle::Style = anstyle::AnsiColor::BrightBlack.on_default();

/// Reads one input as text: a UTF-8 byte-order mark is dropped (so a first
/// line `date YYYY-MM-DD` still counts, and spans are byte offsets into the
/// text after it); UTF-16 is recognised and named; other binary files are
/// refused; invalid UTF-8 names its first bad line and column.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?
    };
    let name = path.display();
    if let Some((enc, iconv)) = utf16(&bytes) {
        bail!(
            "{name}: looks like {enc} text; offside reads UTF-8: save it as UTF-8 \
             (e.g. `iconv -f {iconv} -t UTF-8 {name}`)"
        );
    }
    if bytes.iter().take(8192).any(|b| *b == 0) {
        bail!("{name}: looks like a binary file (it has NUL bytes); give offside plain text");
    }
    let mut bytes = bytes;
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() + 1;
            let col = good.iter().rev().take_while(|b| **b != b'\n').count() + 1;
            bail!("{name}:{line}:{col}: not valid UTF-8; save the file as UTF-8 and try again")
        }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The encoding and its name for iconv when the bytes look like UTF-16: a
/// byte-order mark, or (without one) a NUL in the same half of nearly every
/// pair, as text in a Latin script has in UTF-16.
fn utf16(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    match bytes {
        // iconv's "UTF-16" reads the mark and drops it.
        [0xFF, 0xFE, ..] => return Some(("UTF-16LE", "UTF-16")),
        [0xFE, 0xFF, ..] => return Some(("UTF-16BE", "UTF-16")),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(8192) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let count = |nul: usize| {
        head.chunks_exact(2)
            .filter(|p| p[nul] == 0 && p[1 - nul] != 0)
            .count()
    };
    if count(1) * 10 >= pairs * 8 {
        Some(("UTF-16LE", "UTF-16LE"))
    } else if count(0) * 10 >= pairs * 8 {
        Some(("UTF-16BE", "UTF-16BE"))
    } else {
        None
    }
}

pub fn check(checker: &Checker, a: CheckArgs, style: &Style, out: &mut impl Write) -> Result<u8> {
    if let Some(input) = &a.batch {
        if let Some(f) = a.format {
            let f = format!("{f:?}").to_lowercase();
            bail!(
                "--format {f} does not apply to --batch, which always writes JSON Lines \
                 (one result or error record per input line); drop --format"
            );
        }
        return batch::batch(checker, input, &a, out);
    }
    if let Some(o) = &a.output {
        bail!(
            "-o {} goes with --batch; a check of files writes to standard output",
            o.display()
        );
    }
    let opts = CheckOptions { as_of: a.as_of };
    // Standard output is line-buffered: a write per line would cost a huge
    // input more time than checking it.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let out = &mut out;
    let mut any_false = false;
    let mut failed = 0;
    let name_of = |path: &Path| {
        if path == Path::new("-") {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        }
    };
    // As ripgrep does: a file that cannot be read is reported where it
    // comes and the others are still checked; the exit code says so at the end.
    for path in &a.files {
        let name = name_of(path);
        let text = match read_text(path) {
            Ok(text) => text,
            Err(e) => {
                out.flush()?;
                eprintln!("error: {}", crate::message(&e));
                failed += 1;
                continue;
            }
        };
        if text.trim().is_empty() {
            out.flush()?;
            eprintln!("{name}: empty, nothing to check");
        }
        match a.format.unwrap_or(Format::Human) {
            Format::Human => {
                if text.trim().is_empty() {
                    continue;
                }
                let mut claims = ClaimStream::new(checker, &text, &opts);
                human(out, style, &name, &text, &mut claims, a.verbose)?;
                any_false |= claims.counts.1 > 0;
            }
            // One report a line (JSON Lines), the same shape for one file or
            // many: the object /v1/check answers, plus `file`.
            Format::Json => {
                let doc = JsonDoc::new(checker, &text, &opts, name);
                serde_json::to_writer(&mut *out, &doc).map_err(std::io::Error::from)?;
                writeln!(out)?;
                any_false |= doc.any_false();
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        if a.files.len() > 1 {
            eprintln!("{failed} of {} files could not be checked", a.files.len());
        }
        return Ok(crate::EXIT_ERROR);
    }
    Ok(if any_false { crate::EXIT_FINDINGS } else { 0 })
}

/// The claims of one text in order. The text is checked piece by piece
/// (`offside_check::chunks`), a window of pieces at a time in parallel, so a
/// huge input never has its whole report in memory: a 30 MB archive holds
/// about a million claims, which printed as they come cost nothing to keep.
struct ClaimStream<'a> {
    checker: &'a Checker,
    text: &'a str,
    opts: &'a CheckOptions,
    chunks: std::vec::IntoIter<Span>,
    ready: std::vec::IntoIter<ClaimReport>,
    /// The first piece's date, which the pieces share.
    as_of: Option<offside_data::Date>,
    as_of_source: AsOfSource,
    /// Kept whole: a few per sentence, small next to the claims.
    unexplained: Vec<Anchor>,
    /// True, false and unverifiable claims handed out so far.
    counts: (usize, usize, usize),
}

impl<'a> ClaimStream<'a> {
    fn new(checker: &'a Checker, text: &'a str, opts: &'a CheckOptions) -> Self {
        let mut s = ClaimStream {
            checker,
            text,
            opts,
            chunks: offside_check::chunks(text).into_iter(),
            ready: Vec::new().into_iter(),
            as_of: opts.as_of,
            as_of_source: if opts.as_of.is_some() {
                AsOfSource::Given
            } else {
                AsOfSource::None
            },
            unexplained: Vec::new(),
            counts: (0, 0, 0),
        };
        // The first window tells the date the whole text is judged at, which
        // is printed before any claim.
        let first = s.fill(true);
        debug_assert!(first);
        s
    }

    /// Checks the next window of pieces; false when none is left.
    fn fill(&mut self, first: bool) -> bool {
        let window: Vec<Span> = self
            .chunks
            .by_ref()
            .take(rayon::current_num_threads().max(1))
            .collect();
        if window.is_empty() {
            return false;
        }
        let (checker, text, opts) = (self.checker, self.text, self.opts);
        let reports: Vec<Report> = if window.len() == 1 {
            vec![checker.check_chunk(text, window[0], opts)]
        } else {
            window
                .par_iter()
                .map(|c| checker.check_chunk(text, *c, opts))
                .collect()
        };
        let mut claims = Vec::new();
        for (i, mut r) in reports.into_iter().enumerate() {
            if first && i == 0 {
                self.as_of = r.as_of;
                self.as_of_source = r.as_of_source;
            }
            claims.append(&mut r.claims);
            self.unexplained.append(&mut r.unexplained);
        }
        self.ready = claims.into_iter();
        true
    }
}

impl Iterator for ClaimStream<'_> {
    type Item = ClaimReport;

    fn next(&mut self) -> Option<ClaimReport> {
        loop {
            if let Some(c) = self.ready.next() {
                match c.verdict {
                    Verdict::True => self.counts.0 += 1,
                    Verdict::False => self.counts.1 += 1,
                    Verdict::Unverifiable => self.counts.2 += 1,
                }
                return Some(c);
            }
            if !self.fill(false) {
                return None;
            }
        }
    }
}

/// One file's report as JSON, with the same fields as
/// `offside_check::Report` (plus `file`), its claims written as they are
/// checked. serde asks for the fields in order, so by the time it reaches
/// `unexplained` the claims before it have all been checked.
struct JsonDoc<'a> {
    stream: RefCell<ClaimStream<'a>>,
    file: String,
}

impl<'a> JsonDoc<'a> {
    fn new(checker: &'a Checker, text: &'a str, opts: &'a CheckOptions, file: String) -> Self {
        JsonDoc {
            stream: RefCell::new(ClaimStream::new(checker, text, opts)),
            file,
        }
    }

    fn any_false(&self) -> bool {
        self.stream.borrow().counts.1 > 0
    }
}

impl Serialize for JsonDoc<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (as_of, as_of_source) = {
            let st = self.stream.borrow();
            (st.as_of, st.as_of_source)
        };
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("as_of", &as_of)?;
        m.serialize_entry("as_of_source", &as_of_source)?;
        m.serialize_entry("claims", &Claims(&self.stream))?;
        m.serialize_entry("file", &self.file)?;
        m.serialize_entry("unexplained", &self.stream.borrow().unexplained)?;
        m.end()
    }
}

struct Claims<'s, 'a>(&'s RefCell<ClaimStream<'a>>);

impl Serialize for Claims<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(&mut *self.0.borrow_mut())
    }
}

fn human(
    out: &mut impl Write,
    st: &Style,
    name: &str,
    text: &str,
    claims: &mut ClaimStream,
    verbose: bool,
) -> Result<()> {
    let as_of = match (claims.as_of, claims.as_of_source) {
        (Some(d), AsOfSource::Given) => format!("as of {d} (given)"),
        (Some(d), AsOfSource::DateLine) => format!("as of {d} (from the date line)"),
        (Some(d), AsOfSource::Inferred) => {
            format!("as of {d} (inferred from the article; give --as-of to change)")
        }
        (Some(d), AsOfSource::Latest) => format!(
            "as of {d}, the latest match in the data (the article has no date; give --as-of)"
        ),
        _ => "with every match in the data (no date given or found)".to_string(),
    };
    writeln!(
        out,
        "{}",
        st.paint(BOLD, &format!("{name}: checked {as_of}"))
    )?;
    for c in claims.by_ref() {
        if c.verdict == Verdict::True && !verbose {
            continue;
        }
        claim(out, st, name, text, &c)?;
    }
    let (t, f, u) = claims.counts;
    writeln!(
        out,
        "{name}: {} claims: {} true, {} false, {} unverifiable",
        t + f + u,
        st.paint(GREEN, &t.to_string()),
        st.paint(RED, &f.to_string()),
        st.paint(GREY, &u.to_string())
    )?;
    if !verbose && t > 0 {
        writeln!(out, "(add --verbose to see the true claims too)")?;
    }
    Ok(())
}

/// `file:line:col: verdict[kind]: claimed`, the line with the claim underlined,
/// then the right value, the explanation and the evidence.
fn claim(out: &mut impl Write, st: &Style, name: &str, text: &str, c: &ClaimReport) -> Result<()> {
    let (label, color) = match c.verdict {
        Verdict::False => ("false", RED),
        Verdict::True => ("true", GREEN),
        Verdict::Unverifiable => ("unverifiable", GREY),
    };
    writeln!(
        out,
        "\n{}: {}[{}]: {}",
        st.paint(BOLD, &format!("{name}:{}:{}", c.line, c.column)),
        st.paint(color, label),
        c.kind.as_str(),
        c.claimed
    )?;
    // The source line, the claim underlined (clipped to the line). Only a
    // window around the claim is searched for the line's ends: an input that
    // is one huge line would otherwise cost a scan of the text per claim.
    let lo = floor_boundary(text, c.span.start.saturating_sub(4 * CLIP_BEFORE));
    let hi = floor_boundary(text, c.span.start.saturating_add(4 * CLIP_AFTER));
    let line_start = text[lo..c.span.start]
        .rfind('\n')
        .map(|i| lo + i + 1)
        .unwrap_or(lo);
    let line_end = text[c.span.start..hi]
        .find('\n')
        .map(|i| c.span.start + i)
        .unwrap_or(hi);
    let line = &text[line_start..line_end];
    let (shown, offset) = clip(line, c.span.start - line_start);
    let pad = shown[..offset.min(shown.len())].chars().count();
    let width = c
        .text
        .chars()
        .count()
        .min(shown.chars().count().saturating_sub(pad))
        .max(1);
    writeln!(out, "  | {shown}")?;
    writeln!(
        out,
        "  | {}{}",
        " ".repeat(pad),
        st.paint(color, &"^".repeat(width))
    )?;
    if let Some(a) = &c.actual {
        if c.verdict == Verdict::False {
            writeln!(out, "  = actual: {}", st.paint(BOLD, a))?;
        }
    }
    if !c.explanation.is_empty() {
        writeln!(out, "  = {}", c.explanation)?;
    }
    for e in &c.evidence {
        writeln!(out, "  = evidence: {}", e.summary)?;
    }
    Ok(())
}

/// How much of a long line is shown: up to this many bytes before the claim…
const CLIP_BEFORE: usize = 100;
/// …and this many characters in all.
const CLIP_AFTER: usize = 220;

/// The nearest character boundary at or before `i` (clamped to the text).
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Long lines are shown around the claim: at most ~100 characters before it.
fn clip(line: &str, at: usize) -> (&str, usize) {
    if at <= CLIP_BEFORE {
        let end = line
            .char_indices()
            .nth(CLIP_AFTER)
            .map(|(i, _)| i)
            .unwrap_or(line.len());
        return (&line[..end.max(at.min(line.len()))], at);
    }
    let mut start = at - 80;
    while !line.is_char_boundary(start) {
        start += 1;
    }
    let end = line[start..]
        .char_indices()
        .nth(CLIP_AFTER)
        .map(|(i, _)| start + i)
        .unwrap_or(line.len());
    (&line[start..end], at - start)
}

pub fn eval(checker: &Checker, a: EvalArgs, out: &mut impl Write) -> Result<u8> {
    let files = offside_check::eval::load_gold_dir(&a.dir).map_err(|e| anyhow::anyhow!("{e}"))?;
    let r = offside_check::eval::evaluate(checker, &files, a.verbose);
    if a.json {
        let mut v = serde_json::to_value(&r)?;
        if !a.verbose {
            for k in ["misses", "wrong", "false_alarms", "unexplained"] {
                v.as_object_mut().unwrap().remove(k);
            }
        }
        crate::render::json(out, &v)?;
        return Ok(0);
    }
    if a.verbose {
        for (title, list) in [
            ("Missed", &r.misses),
            ("Wrong verdict", &r.wrong),
            ("False alarms", &r.false_alarms),
        ] {
            writeln!(out, "== {title} ({})", list.len())?;
            for m in list.iter() {
                writeln!(
                    out,
                    "- [{}] {} gold={} ours={}: «{}»\n    {}\n    in: {}",
                    m.article,
                    m.kind,
                    m.gold,
                    m.reported.as_deref().unwrap_or("-"),
                    m.span,
                    m.detail,
                    m.sentence
                )?;
            }
        }
        writeln!(out, "== Unexplained anchors ({})", r.unexplained.len())?;
        for (article, text, what) in &r.unexplained {
            writeln!(out, "- [{article}] {what}: {text}")?;
        }
        writeln!(out)?;
    }
    let rows: Vec<Vec<String>> = r
        .per_kind
        .iter()
        .map(|k| {
            vec![
                k.kind.clone(),
                k.gold.to_string(),
                k.detected.to_string(),
                k.correct.to_string(),
            ]
        })
        .collect();
    crate::render::table(out, &["Kind", ">Gold", ">Detected", ">Correct"], &rows)?;
    writeln!(out)?;
    writeln!(out, "articles:            {}", r.articles)?;
    writeln!(out, "claims (true/false): {}", r.claims)?;
    writeln!(
        out,
        "detection recall:    {:.3} ({}/{})",
        r.detection_recall, r.detected, r.claims
    )?;
    writeln!(
        out,
        "verdict accuracy:    {:.3} ({}/{})",
        r.verdict_accuracy, r.correct, r.detected
    )?;
    writeln!(
        out,
        "false-claim recall:  {:.3} ({}/{})",
        r.false_recall, r.false_found, r.gold_false
    )?;
    writeln!(
        out,
        "false precision:     {:.3} ({}/{})",
        r.false_precision, r.reported_false_matching, r.reported_false
    )?;
    Ok(0)
}

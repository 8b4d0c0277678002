//! `offside check` and `offside eval`: the linter-like front end over offside-check.

use crate::args::{CheckArgs, EvalArgs, Format};
use anyhow::{bail, Context, Result};
use offside_check::{CheckOptions, Checker, ClaimReport, Report, Verdict};
use std::io::{IsTerminal, Read, Write};
use std::path::Path;

/// ANSI colours when writing to a terminal and NO_COLOR is unset.
struct Style {
    on: bool,
}

impl Style {
    fn detect() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Style {
            on: !no_color && std::io::stdout().is_terminal(),
        }
    }
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Reads one input as text, refusing binary files and naming the first bad line.
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
    if bytes.iter().take(8192).any(|b| *b == 0) {
        bail!("{name}: looks like a binary file (it has NUL bytes); give offside plain text");
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

pub fn check(checker: &Checker, a: CheckArgs, out: &mut impl Write) -> Result<u8> {
    let style = Style::detect();
    let mut any_false = false;
    let mut json_docs = Vec::new();
    for path in &a.files {
        let text = read_text(path)?;
        let name = if path == Path::new("-") {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        if text.trim().is_empty() {
            eprintln!("{name}: empty, nothing to check");
            continue;
        }
        let report = checker.check(&text, &CheckOptions { as_of: a.as_of });
        any_false |= report.false_count() > 0;
        match a.format {
            Format::Json => json_docs.push(serde_json::json!({ "file": name, "report": report })),
            Format::Human => human(out, &style, &name, &text, &report, a.verbose)?,
        }
    }
    if a.format == Format::Json {
        let value = if json_docs.len() == 1 {
            let mut doc = json_docs.pop().unwrap();
            let mut report = doc["report"].take();
            report["file"] = doc["file"].take();
            report
        } else {
            serde_json::json!({ "files": json_docs })
        };
        crate::render::json(out, &value)?;
    }
    Ok(if any_false { crate::EXIT_FINDINGS } else { 0 })
}

fn human(
    out: &mut impl Write,
    st: &Style,
    name: &str,
    text: &str,
    r: &Report,
    verbose: bool,
) -> Result<()> {
    let as_of = match (r.as_of, r.as_of_source) {
        (Some(d), offside_check::AsOfSource::Given) => format!("as of {d} (given)"),
        (Some(d), offside_check::AsOfSource::DateLine) => format!("as of {d} (from the date line)"),
        (Some(d), offside_check::AsOfSource::Inferred) => {
            format!("as of {d} (inferred from the article; give --as-of to change)")
        }
        _ => "with every match in the data (no date given or found)".to_string(),
    };
    writeln!(
        out,
        "{}",
        st.paint("1", &format!("{name}: checked {as_of}"))
    )?;
    for c in &r.claims {
        if c.verdict == Verdict::True && !verbose {
            continue;
        }
        claim(out, st, name, text, c)?;
    }
    let (t, f, u) = counts(r);
    writeln!(
        out,
        "{name}: {} claims: {} true, {} false, {} unverifiable",
        r.claims.len(),
        st.paint("32", &t.to_string()),
        st.paint("31;1", &f.to_string()),
        st.paint("90", &u.to_string())
    )?;
    if !verbose && t > 0 {
        writeln!(out, "(add --verbose to see the true claims too)")?;
    }
    Ok(())
}

fn counts(r: &Report) -> (usize, usize, usize) {
    let t = r
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::True)
        .count();
    let f = r
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::False)
        .count();
    (t, f, r.claims.len() - t - f)
}

/// `file:line:col: verdict[kind]: claimed`, the line with the claim underlined,
/// then the right value, the explanation and the evidence.
fn claim(out: &mut impl Write, st: &Style, name: &str, text: &str, c: &ClaimReport) -> Result<()> {
    let (label, color) = match c.verdict {
        Verdict::False => ("false", "31;1"),
        Verdict::True => ("true", "32"),
        Verdict::Unverifiable => ("unverifiable", "90"),
    };
    writeln!(
        out,
        "\n{}: {}[{}]: {}",
        st.paint("1", &format!("{name}:{}:{}", c.line, c.column)),
        st.paint(color, label),
        c.kind.as_str(),
        c.claimed
    )?;
    // The source line, the claim underlined (clipped to the line).
    let line_start = text[..c.span.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text[c.span.start..]
        .find('\n')
        .map(|i| c.span.start + i)
        .unwrap_or(text.len());
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
            writeln!(out, "  = actual: {}", st.paint("1", a))?;
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

/// Long lines are shown around the claim: at most ~100 characters before it.
fn clip(line: &str, at: usize) -> (&str, usize) {
    if at <= 100 {
        let end = line
            .char_indices()
            .nth(220)
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
        .nth(220)
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

//! Scores the checker against gold files (../shared/DESIGN.md, "Evaluation").
//! A reported claim matches a gold claim when their byte spans overlap.
//! A gold-false claim counts as reported false when a matching claim says
//! false (the same matching precision uses); the verdict compared for
//! accuracy is that of the matching claim that overlaps it most.

use crate::{CheckOptions, Checker, ClaimReport, Verdict};
use offside_text::Span;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Deserialize)]
pub struct GoldFile {
    pub id: String,
    #[serde(default)]
    pub published: Option<String>,
    pub text: String,
    pub claims: Vec<GoldClaim>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldClaim {
    pub span: String,
    #[serde(default)]
    pub claim: String,
    pub kind: String,
    pub verdict: String,
    #[serde(default)]
    pub truth: String,
}

/// A gold folder or file that cannot be read, with the path (and line) at fault.
#[derive(Debug)]
pub struct EvalError(pub String);

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for EvalError {}

/// A gold claim the checker missed, got wrong, or a false alarm.
#[derive(Clone, Debug, Serialize)]
pub struct Miss {
    pub article: String,
    pub kind: String,
    pub gold: String,
    pub reported: Option<String>,
    pub span: String,
    pub sentence: String,
    pub detail: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct KindScore {
    pub kind: String,
    pub gold: usize,
    pub detected: usize,
    pub correct: usize,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct EvalResult {
    pub articles: usize,
    /// Gold claims whose verdict is true or false.
    pub claims: usize,
    pub detection_recall: f64,
    pub verdict_accuracy: f64,
    pub false_recall: f64,
    pub false_precision: f64,
    pub detected: usize,
    pub correct: usize,
    pub gold_false: usize,
    pub false_found: usize,
    pub reported_false: usize,
    pub reported_false_matching: usize,
    pub per_kind: Vec<KindScore>,
    pub misses: Vec<Miss>,
    pub wrong: Vec<Miss>,
    pub false_alarms: Vec<Miss>,
    /// Anchors no rule explained, per article (with --verbose).
    pub unexplained: Vec<(String, String, &'static str)>,
}

/// Reads every `*.json` gold file in `dir`, sorted by name.
pub fn load_gold_dir(dir: &Path) -> Result<Vec<(PathBuf, GoldFile)>, EvalError> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| EvalError(format!("{}: {e}", dir.display())))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(EvalError(format!(
            "{}: no gold files (*.json) in this folder",
            dir.display()
        )));
    }
    let mut out = Vec::new();
    for p in paths {
        let bytes = std::fs::read(&p).map_err(|e| EvalError(format!("{}: {e}", p.display())))?;
        let gold: GoldFile = serde_json::from_slice(&bytes)
            .map_err(|e| EvalError(format!("{}:{}:{}: {e}", p.display(), e.line(), e.column())))?;
        out.push((p, gold));
    }
    Ok(out)
}

fn gold_span(text: &str, span: &str) -> Option<Span> {
    text.find(span).map(|s| Span::new(s, s + span.len()))
}

fn sentence_around(text: &str, span: Span) -> String {
    let start = text[..span.start]
        .rfind(['.', '\n', '!', '?'])
        .map(|i| i + 1)
        .unwrap_or(0);
    let end = text[span.end..]
        .find(['.', '\n', '!', '?'])
        .map(|i| span.end + i + 1)
        .unwrap_or(text.len());
    text[start..end].trim().to_string()
}

pub fn evaluate(checker: &Checker, files: &[(PathBuf, GoldFile)], verbose: bool) -> EvalResult {
    let mut r = EvalResult {
        articles: files.len(),
        ..Default::default()
    };
    let mut kinds: Vec<KindScore> = Vec::new();
    for (_, g) in files {
        let as_of = g.published.as_deref().and_then(offside_data::parse_date);
        let report = checker.check(&g.text, &CheckOptions { as_of });
        if verbose {
            for a in &report.unexplained {
                r.unexplained.push((g.id.clone(), a.text.clone(), a.what));
            }
        }
        let mut used_false: Vec<bool> = report.claims.iter().map(|_| false).collect();
        for gc in &g.claims {
            let Some(gs) = gold_span(&g.text, &gc.span) else {
                continue;
            };
            let overlapping: Vec<(usize, &ClaimReport)> = report
                .claims
                .iter()
                .enumerate()
                .filter(|(_, c)| c.span.overlaps(gs))
                .collect();
            // A reported false claim on a gold-false claim counts as a hit for precision
            // whatever the gold verdict of other overlaps.
            if gc.verdict == "false" {
                for (k, c) in &overlapping {
                    if c.verdict == Verdict::False {
                        used_false[*k] = true;
                    }
                }
            }
            if gc.verdict != "true" && gc.verdict != "false" {
                continue;
            }
            r.claims += 1;
            let ks = match kinds.iter_mut().position(|k| k.kind == gc.kind) {
                Some(i) => &mut kinds[i],
                None => {
                    kinds.push(KindScore {
                        kind: gc.kind.clone(),
                        ..Default::default()
                    });
                    kinds.last_mut().unwrap()
                }
            };
            ks.gold += 1;
            if gc.verdict == "false" {
                r.gold_false += 1;
                // Reported false when a matching claim (an overlapping one,
                // as for precision) says false, whichever overlap decides
                // the verdict below.
                if overlapping.iter().any(|(_, c)| c.verdict == Verdict::False) {
                    r.false_found += 1;
                }
            }
            // The reported claim that overlaps most decides the verdict.
            let best = overlapping
                .iter()
                .max_by_key(|(_, c)| {
                    let ov = c
                        .span
                        .end
                        .min(gs.end)
                        .saturating_sub(c.span.start.max(gs.start));
                    (c.verdict != Verdict::Unverifiable, ov)
                })
                .map(|(_, c)| *c);
            let miss = |detail: String, reported: Option<String>| Miss {
                article: g.id.clone(),
                kind: gc.kind.clone(),
                gold: gc.verdict.clone(),
                reported,
                span: gc.span.clone(),
                sentence: sentence_around(&g.text, gs),
                detail,
            };
            match best {
                None => r.misses.push(miss(gc.claim.clone(), None)),
                Some(c) => {
                    r.detected += 1;
                    ks.detected += 1;
                    if c.verdict.as_str() == gc.verdict {
                        r.correct += 1;
                        ks.correct += 1;
                    } else {
                        r.wrong.push(miss(
                            format!(
                                "{} | ours: {} [{}] {}",
                                gc.truth, c.claimed, c.rule, c.explanation
                            ),
                            Some(c.verdict.as_str().to_string()),
                        ));
                    }
                }
            }
        }
        for (k, c) in report.claims.iter().enumerate() {
            if c.verdict == Verdict::False {
                r.reported_false += 1;
                if used_false[k] {
                    r.reported_false_matching += 1;
                } else {
                    r.false_alarms.push(Miss {
                        article: g.id.clone(),
                        kind: c.kind.as_str().to_string(),
                        gold: "-".into(),
                        reported: Some("false".into()),
                        span: c.text.clone(),
                        sentence: sentence_around(&g.text, c.span),
                        detail: format!("{} [{}] {}", c.claimed, c.rule, c.explanation),
                    });
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    r.detection_recall = ratio(r.detected, r.claims);
    r.verdict_accuracy = ratio(r.correct, r.detected);
    r.false_recall = ratio(r.false_found, r.gold_false);
    r.false_precision = ratio(r.reported_false_matching, r.reported_false);
    kinds.sort_by(|a, b| b.gold.cmp(&a.gold).then(a.kind.cmp(&b.kind)));
    r.per_kind = kinds;
    r
}

//! `offside data audit`: the disagreements between the sources, never hidden.

use crate::args::AuditArgs;
use crate::render;
use anyhow::{bail, Result};
use offside_data::Store;
use std::io::Write;

pub fn audit(store: &Store, a: AuditArgs, out: &mut impl Write) -> Result<u8> {
    let kinds: Vec<&str> = offside_data::DisagreementKind::ALL
        .iter()
        .map(|k| k.name())
        .collect();
    if let Some(k) = &a.kind {
        if !kinds.contains(&k.as_str()) {
            bail!("unknown kind `{k}`; choose one of {}", kinds.join(", "));
        }
    }
    let kind_name = |d: &offside_data::Disagreement| {
        serde_json::to_value(d.kind)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    };
    let list: Vec<&offside_data::Disagreement> = store
        .disagreements
        .iter()
        .filter(|d| a.kind.as_ref().is_none_or(|k| kind_name(d) == *k))
        .collect();
    if a.out.json {
        render::json(
            out,
            &serde_json::json!({ "count": list.len(), "disagreements": list }),
        )?;
        return Ok(0);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|d| {
            vec![
                kind_name(d),
                d.note.clone(),
                d.results_csv.clone(),
                d.openfootball.clone(),
            ]
        })
        .collect();
    render::table(
        out,
        &[
            "Kind",
            "Where",
            "results.csv / goalscorers.csv",
            "openfootball",
        ],
        &rows,
    )?;
    let mut counts: Vec<(String, usize)> = Vec::new();
    for d in &list {
        let k = kind_name(d);
        match counts.iter_mut().find(|(x, _)| *x == k) {
            Some(c) => c.1 += 1,
            None => counts.push((k, 1)),
        }
    }
    let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
    writeln!(
        out,
        "\n{} disagreements: {}",
        list.len(),
        summary.join(", ")
    )?;
    Ok(0)
}

//! What offside writes it must be able to check: every team's summary of three
//! tournaments goes back through the checker, which must find claims in it
//! and judge none of them false.
//!
//! `OFFSIDE_SUMMARY_DUMP=1` prints every paragraph with its claims;
//! `OFFSIDE_SUMMARY_EDITIONS="World Cup 2014;Euro 2016"` with `--ignored`
//! runs the same round trip over other editions.

use offside_check::{CheckOptions, Checker, Verdict};
use offside_data::{load_embedded, EditionId, Lookup, TeamId};
use offside_query::team_summary;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(load_embedded().expect("embedded data loads")))
}

fn edition(name: &str) -> EditionId {
    match checker().store().lookup_edition(name) {
        Lookup::Found(e) => e,
        other => panic!("{name}: {other:?}"),
    }
}

/// Every team that played a match in the edition, in order of first match.
fn teams_of(e: EditionId) -> Vec<TeamId> {
    let store = checker().store();
    let mut out = Vec::new();
    for id in &store.edition(e).matches {
        let m = store.match_(*id);
        for t in [m.home, m.away] {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

const MIN_CLAIMS: usize = 5;

/// Checks every team's summary of one edition; returns the claim counts.
fn round_trip(name: &str, min_claims: usize) -> Vec<usize> {
    let store = checker().store();
    let e = edition(name);
    let opts = CheckOptions {
        as_of: Some(store.edition(e).end),
    };
    let dump = std::env::var_os("OFFSIDE_SUMMARY_DUMP").is_some();
    let mut failures = Vec::new();
    let mut counts = Vec::new();
    let teams = teams_of(e);
    assert!(teams.len() >= 4, "{name}: only {} teams", teams.len());
    for t in teams {
        let Some(s) = team_summary(store, t, e) else {
            failures.push(format!("{}: no summary", store.team_name(t)));
            continue;
        };
        let report = checker().check(&s.text, &opts);
        counts.push(report.claims.len());
        if dump {
            println!("== {} at {}\n{}", s.team, s.edition, s.text);
            for c in &report.claims {
                println!(
                    "  {:<12} {:<8} {:?} | {}",
                    c.verdict.as_str(),
                    c.kind.as_str(),
                    c.text,
                    c.claimed
                );
            }
        }
        let wrong: Vec<String> = report
            .claims
            .iter()
            .filter(|c| c.verdict == Verdict::False)
            .map(|c| {
                format!(
                    "  false: {:?} (claimed {}; data: {}; {})",
                    c.text,
                    c.claimed,
                    c.actual.as_deref().unwrap_or("-"),
                    c.explanation
                )
            })
            .collect();
        if report.claims.len() < min_claims || !wrong.is_empty() {
            failures.push(format!(
                "{} at {}: {} claims\n  {}\n{}",
                s.team,
                s.edition,
                report.claims.len(),
                s.text,
                wrong.join("\n")
            ));
        }
    }
    let mut sorted = counts.clone();
    sorted.sort_unstable();
    println!(
        "{name}: {} teams, claims per summary min {} median {} max {}",
        sorted.len(),
        sorted.first().copied().unwrap_or(0),
        sorted.get(sorted.len() / 2).copied().unwrap_or(0),
        sorted.last().copied().unwrap_or(0)
    );
    assert!(
        failures.is_empty(),
        "{} summaries failed the round trip:\n{}",
        failures.len(),
        failures.join("\n")
    );
    counts
}

#[test]
fn world_cup_2018() {
    assert_eq!(round_trip("World Cup 2018", MIN_CLAIMS).len(), 32);
}

#[test]
fn world_cup_2022() {
    assert_eq!(round_trip("World Cup 2022", MIN_CLAIMS).len(), 32);
}

#[test]
fn euro_2024() {
    assert_eq!(round_trip("Euro 2024", MIN_CLAIMS).len(), 24);
}

#[test]
#[ignore = "opt-in: set OFFSIDE_SUMMARY_EDITIONS"]
fn editions_from_the_environment() {
    let list = std::env::var("OFFSIDE_SUMMARY_EDITIONS").unwrap_or_default();
    for name in list.split(';').map(str::trim).filter(|n| !n.is_empty()) {
        // Teams that played once (1930s knock-outs) have little to claim.
        round_trip(name, 1);
    }
}

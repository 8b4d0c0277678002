//! The article offside started from: every checkable claim of its gold file
//! is found with the right verdict, and the one false claim (England conceded
//! four, not three) is the only one reported false.

use offside_check::{eval, Checker, Verdict};

#[test]
fn seed_article_every_claim_found_one_false() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dev");
    let all = eval::load_gold_dir(&dir).expect("the dev set sits beside the repository");
    let seed: Vec<_> = all
        .into_iter()
        .filter(|(p, _)| p.ends_with("00-seed-england-exit.json"))
        .collect();
    assert_eq!(seed.len(), 1);
    let checker = Checker::new(offside_data::load_embedded().unwrap());
    let r = eval::evaluate(&checker, &seed, false);
    assert_eq!(r.detected, r.claims, "missed: {:#?}", r.misses);
    assert_eq!(r.correct, r.detected, "wrong: {:#?}", r.wrong);
    assert_eq!(
        (r.gold_false, r.false_found, r.reported_false),
        (1, 1, 1),
        "false alarms: {:#?}",
        r.false_alarms
    );

    let report = checker.check(&seed[0].1.text, &offside_check::CheckOptions::default());
    let falses: Vec<_> = report
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::False)
        .collect();
    assert_eq!(falses.len(), 1);
    assert_eq!(falses[0].actual.as_deref(), Some("4"));
    assert_eq!(
        report.as_of.map(|d| d.to_string()).as_deref(),
        Some("2022-12-12"),
        "date line read"
    );
}

//! Scores the checker on a gold folder without the CLI (quick loop while
//! working on rules): `cargo run --release -p offside-check --example dev_eval -- DIR [-v]`.
use offside_check::{eval, Checker};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/dev".into());
    let verbose = std::env::args().any(|a| a == "-v");
    let files = eval::load_gold_dir(std::path::Path::new(&dir)).unwrap_or_else(|e| panic!("{e}"));
    let checker = Checker::new(offside_data::load_embedded().expect("embedded data"));
    let r = eval::evaluate(&checker, &files, false);
    if verbose {
        for (title, list) in [
            ("missed", &r.misses),
            ("wrong", &r.wrong),
            ("false alarm", &r.false_alarms),
        ] {
            for m in list.iter() {
                println!(
                    "{title} [{}] {} gold={}: «{}» {}",
                    m.article, m.kind, m.gold, m.span, m.detail
                );
            }
        }
    }
    println!(
        "recall {:.3} ({}/{})  accuracy {:.3}  false recall {:.3} ({}/{})  false precision {:.3} ({}/{})",
        r.detection_recall, r.detected, r.claims, r.verdict_accuracy, r.false_recall, r.false_found, r.gold_false,
        r.false_precision, r.reported_false_matching, r.reported_false
    );
}

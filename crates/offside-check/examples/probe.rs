//! Checks `DATE|TEXT` lines and prints each claim (a quick probe of phrasings).
use offside_check::{CheckOptions, Checker};
use std::io::BufRead;

fn main() {
    let checker = Checker::new(offside_data::load_embedded().expect("embedded data"));
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Some((date, text)) = line.split_once('|') else {
            continue;
        };
        let r = checker.check(
            text,
            &CheckOptions {
                as_of: offside_data::parse_date(date),
            },
        );
        println!("=== {text}");
        for c in &r.claims {
            println!(
                "  {}[{}] «{}» {} | {}",
                c.verdict.as_str(),
                c.kind.as_str(),
                c.text,
                c.claimed,
                c.explanation
            );
        }
    }
}

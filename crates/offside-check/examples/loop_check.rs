//! Checks the dev set N times (for profilers: instruction counts per article).
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let checker = offside_check::Checker::new(offside_data::load_embedded().unwrap());
    let files =
        offside_check::eval::load_gold_dir(std::path::Path::new("../shared/eval/dev")).unwrap();
    for _ in 0..n {
        for (_, g) in &files {
            let as_of = g.published.as_deref().and_then(offside_data::parse_date);
            std::hint::black_box(checker.check(&g.text, &offside_check::CheckOptions { as_of }));
        }
    }
}

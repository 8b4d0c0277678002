//! Prints the disagreements of one kind, for a quick look while curating.
fn main() {
    let s = offside_data::load_embedded().unwrap();
    let kind = std::env::args().nth(1).unwrap_or_default();
    for d in &s.disagreements {
        let k = format!("{:?}", d.kind);
        if kind.is_empty() || k.eq_ignore_ascii_case(&kind) {
            println!("{k}\t{}\t{}\t{}", d.results_csv, d.openfootball, d.note);
        }
    }
}

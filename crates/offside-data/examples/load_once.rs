//! Loads the embedded store once and says what it holds. For counting the
//! load's instructions, which unlike wall time do not depend on what else the
//! machine runs: `valgrind --tool=callgrind target/release/examples/load_once`.
fn main() {
    let s = offside_data::load_embedded().unwrap();
    eprintln!("{} editions {} matches", s.editions.len(), s.matches.len());
    std::hint::black_box(&s);
}

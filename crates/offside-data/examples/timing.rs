//! Times each parse on its own, single-threaded: where the load time goes.
fn main() {
    let t = std::time::Instant::now();
    let f = offside_data::DataFiles::embedded().unwrap();
    for rel in [
        "international_results/results.csv",
        "international_results/goalscorers.csv",
    ] {
        let t = std::time::Instant::now();
        let b = f.require(rel).unwrap();
        eprintln!("unpack {rel}: {:?} ({} bytes)", t.elapsed(), b.len());
    }
    let _s = offside_data::load(&f).unwrap();
    eprintln!("total {:?}", t.elapsed());
}

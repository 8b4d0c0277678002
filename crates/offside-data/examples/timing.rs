//! Where the load time goes: the embedded store (decoded from the snapshot
//! build.rs saved), then the same data the way `--data DIR` loads a folder
//! (unpacked here from the binary's packed copies, then parsed, merged and
//! indexed).
fn main() {
    let t = std::time::Instant::now();
    let s = offside_data::load_embedded().unwrap();
    eprintln!(
        "load_embedded: {:?} ({} matches, {} goals)",
        t.elapsed(),
        s.matches.len(),
        s.goals.len()
    );
    drop(s);

    let f = offside_data::DataFiles::embedded().unwrap();
    for rel in [
        "international_results/results.csv",
        "international_results/goalscorers.csv",
    ] {
        let t = std::time::Instant::now();
        let b = f.require(rel).unwrap();
        eprintln!("unpack {rel}: {:?} ({} bytes)", t.elapsed(), b.len());
    }
    let t = std::time::Instant::now();
    let _s = offside_data::load(&f).unwrap();
    eprintln!("load from the files: {:?}", t.elapsed());
}

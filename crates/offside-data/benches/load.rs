//! How long the store takes to load: the embedded snapshot (what every
//! `offside` run does), and the data files parsed, merged and indexed (what
//! `--data DIR` does; here the packed copies, so no disk reads).
fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn load_embedded() -> offside_data::Store {
    offside_data::load_embedded().unwrap()
}

#[divan::bench(sample_count = 10)]
fn load_from_files(bencher: divan::Bencher) {
    let files = offside_data::DataFiles::embedded().unwrap();
    bencher.bench(|| offside_data::load(&files).unwrap());
}

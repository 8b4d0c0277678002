//! How long the embedded data takes to decompress, parse, merge and index.
fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn load_embedded() -> offside_data::Store {
    offside_data::load_embedded().unwrap()
}

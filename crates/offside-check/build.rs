//! Builds the gazetteer of the store compiled into `offside-data`
//! (`gazetteer.bin`), so a checker over that store starts without building
//! it. The module is the library's own (`src/gazetteer.rs`, compiled into
//! this script), so the tables are the ones `Gazetteer::build` would make at
//! run time; a unit test in `src/lib.rs` checks that they are.

// Only the encoder of the module is used here.
#![allow(dead_code)]

#[path = "src/gazetteer.rs"]
mod gazetteer;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/gazetteer.rs");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let store = match offside_data::load_embedded() {
        Ok(s) => s,
        Err(e) => panic!("the embedded data does not load: {e}"),
    };
    std::fs::write(out_dir.join("gazetteer.bin"), gazetteer::encode(&store)).unwrap();
}

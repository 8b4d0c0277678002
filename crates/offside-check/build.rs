//! Builds the gazetteer (`gazetteer.bin`) and the venue rule's places
//! (`places.txt`) of the store compiled into `offside-data`, so a checker
//! over that store does not build them at start-up. The modules are the
//! library's own (`src/gazetteer.rs`, `src/places.rs`, compiled into this
//! script), so the tables are the ones the library would build at run time;
//! unit tests in `src/lib.rs` check that they are.

// Only the encoders of the modules are used here.
#![allow(dead_code)]

#[path = "src/gazetteer.rs"]
mod gazetteer;
#[path = "src/places.rs"]
mod places;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/gazetteer.rs");
    println!("cargo:rerun-if-changed=src/places.rs");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let store = match offside_data::load_embedded() {
        Ok(s) => s,
        Err(e) => panic!("the embedded data does not load: {e}"),
    };
    std::fs::write(out_dir.join("gazetteer.bin"), gazetteer::encode(&store)).unwrap();
    std::fs::write(
        out_dir.join("places.txt"),
        places::Places::build(&store).encode(),
    )
    .unwrap();
}

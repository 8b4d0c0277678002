//! Compiles the vendored data folder into the library, so the binary works on a
//! fresh machine with no set-up. Two outputs:
//!
//! - `data.lz4`, the data files themselves ([`DataFiles::embedded`]). Layout:
//!   repeated `[u32 path len][path][u32 packed len][packed]`, little-endian,
//!   paths relative to `data/` with `/` separators; each file is compressed on
//!   its own (LZ4, size prepended) so a reader unpacks only the files it reads.
//! - `store.bin`, the [`Store`] those files load into, in the binary form of
//!   `src/snapshot.rs`. This script runs the library's own loader (the source
//!   files below, compiled into the script) over the files, so
//!   `load_embedded()` only decodes at start-up and gets the same store as
//!   `load(&DataFiles::from_dir("data"))`, without parsing 7 MB of CSV.

// The library's modules, compiled into this script; most of their API is
// unused here.
#![allow(dead_code, unused_imports)]

#[path = "src/error.rs"]
mod error;
#[path = "src/files.rs"]
mod files;
#[path = "src/load/mod.rs"]
mod load;
#[path = "src/model.rs"]
mod model;
#[path = "src/names.rs"]
mod names;
#[path = "src/snapshot.rs"]
mod snapshot;
#[path = "src/store.rs"]
mod store;

/// The library's `embedded` module reads this script's outputs; the script
/// itself loads from the data folder, with nothing embedded.
mod embedded {
    pub(crate) static ARCHIVE: &[u8] = &[];
    pub(crate) static SNAPSHOT: &[u8] = &[];
}

use files::DataFiles;
use std::path::{Path, PathBuf};
use store::Store;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let data_dir = data_dir(&manifest);
    println!("cargo:rerun-if-changed={}", data_dir.display());
    let mut files = Vec::new();
    collect(&data_dir, &data_dir, &mut files);
    files.sort();
    let mut archive = Vec::new();
    let mut contents = Vec::new();
    for rel in &files {
        let bytes = std::fs::read(data_dir.join(rel)).unwrap();
        println!("cargo:rerun-if-changed={}", data_dir.join(rel).display());
        archive.extend_from_slice(&(rel.len() as u32).to_le_bytes());
        archive.extend_from_slice(rel.as_bytes());
        let packed = lz4_flex::compress_prepend_size(&bytes);
        archive.extend_from_slice(&(packed.len() as u32).to_le_bytes());
        archive.extend_from_slice(&packed);
        contents.push((rel.clone(), bytes));
    }
    std::fs::write(out_dir.join("data.lz4"), archive).unwrap();

    // In-memory files name themselves "data/…" in messages, as the embedded
    // archive does, so the store matches `load(&DataFiles::embedded())`.
    let store: Store = match load::load(&DataFiles::from_files(contents)) {
        Ok(s) => s,
        Err(e) => panic!("the data folder does not load: {e}"),
    };
    std::fs::write(out_dir.join("store.bin"), snapshot::encode(&store)).unwrap();
}

/// The data folder, inside the package so that a packaged or published
/// crate carries it: `data` here is a symbolic link to the repository's
/// `data/` (where people edit it), which `cargo package` follows and copies,
/// licences and sources included. A checkout that made the link a plain
/// file (git on Windows without symlink support) still builds from
/// `../../data`.
fn data_dir(manifest: &Path) -> PathBuf {
    let inside = manifest.join("data");
    if inside.join("international_results").is_dir() {
        return inside;
    }
    let repo = manifest.join("../../data");
    if repo.join("international_results").is_dir() {
        return repo;
    }
    panic!(
        "no data folder: expected {} (in the package) or {} (in the repository), \
         each holding international_results/, openfootball/, names/ and rules/",
        inside.display(),
        repo.display()
    );
}

/// Only the files the loader reads are packed: CSV and JSON data and the curated
/// name lists; licences stay beside them in the source tree and the package
/// (and in the README's notice).
fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            collect(root, &path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("csv" | "json" | "tsv" | "txt")
        ) {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push(rel);
        }
    }
}

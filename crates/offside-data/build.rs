//! Packs the vendored data folder into one compressed archive that the library
//! embeds, so the binary works on a fresh machine with no set-up.
//!
//! Archive layout: repeated `[u32 path len][path][u32 packed len][packed]`,
//! little-endian, paths relative to `data/` with `/` separators; each file is
//! compressed on its own (LZ4, size prepended) so the loader can unpack the
//! big files on separate threads, and only the files it reads.

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let data_dir = manifest.join("../../data");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    let mut files = Vec::new();
    collect(&data_dir, &data_dir, &mut files);
    files.sort();
    let mut archive = Vec::new();
    for rel in &files {
        let bytes = std::fs::read(data_dir.join(rel)).unwrap();
        println!("cargo:rerun-if-changed={}", data_dir.join(rel).display());
        archive.extend_from_slice(&(rel.len() as u32).to_le_bytes());
        archive.extend_from_slice(rel.as_bytes());
        let packed = lz4_flex::compress_prepend_size(&bytes);
        archive.extend_from_slice(&(packed.len() as u32).to_le_bytes());
        archive.extend_from_slice(&packed);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("data.lz4");
    std::fs::write(out, archive).unwrap();
}

/// Only the files the loader reads are packed: CSV and JSON data and the curated
/// name lists; licences stay in the source tree (and in the README's notice).
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
            Some("csv" | "json" | "tsv")
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

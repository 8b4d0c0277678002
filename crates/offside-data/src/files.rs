//! Where the raw files come from: the archive compiled into the binary, or a
//! folder given with `--data`. The loaders read both the same way.

use crate::error::DataError;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

/// The data files by path relative to the data folder ("international_results/results.csv").
#[derive(Clone, Debug, Default)]
pub struct DataFiles {
    files: BTreeMap<String, Blob>,
    /// Shown in error messages: "embedded" or the folder given.
    origin: String,
}

impl DataFiles {
    /// The copy of `data/` compiled into this binary.
    pub fn embedded() -> Result<Self, DataError> {
        let mut files = BTreeMap::new();
        let mut rest = crate::embedded::ARCHIVE;
        while !rest.is_empty() {
            let (name, r) = take_chunk(rest)?;
            let (data, r) = take_chunk(r)?;
            let name =
                String::from_utf8(name.to_vec()).map_err(|e| DataError::Archive(e.to_string()))?;
            files.insert(name, Blob::Packed(data));
            rest = r;
        }
        Ok(Self {
            files,
            origin: "embedded data".into(),
        })
    }

    /// A folder laid out like the project's `data/` (a newer copy of the same files).
    pub fn from_dir(dir: &Path) -> Result<Self, DataError> {
        if !dir.is_dir() {
            let source = if dir.exists() {
                std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a folder")
            } else {
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder")
            };
            return Err(DataError::Io {
                path: dir.to_path_buf(),
                source,
            });
        }
        let mut files = BTreeMap::new();
        collect(dir, dir, &mut files)?;
        Ok(Self {
            files,
            origin: dir.display().to_string(),
        })
    }

    /// Build from in-memory files (tests, fuzzing).
    pub fn from_files(files: impl IntoIterator<Item = (String, Vec<u8>)>) -> Self {
        Self {
            files: files.into_iter().map(|(k, v)| (k, Blob::Raw(v))).collect(),
            origin: "in-memory data".into(),
        }
    }

    pub fn contains(&self, rel: &str) -> bool {
        self.files.contains_key(rel)
    }

    /// The file's bytes (unpacked on the calling thread), `None` if absent.
    pub fn get(&self, rel: &str) -> Option<Result<Cow<'_, [u8]>, DataError>> {
        self.files.get(rel).map(|blob| match blob {
            Blob::Raw(v) => Ok(Cow::Borrowed(v.as_slice())),
            Blob::Packed(p) => lz4_flex::decompress_size_prepended(p)
                .map(Cow::Owned)
                .map_err(|e| DataError::Archive(format!("{rel}: {e}"))),
        })
    }

    pub fn require(&self, rel: &str) -> Result<Cow<'_, [u8]>, DataError> {
        self.get(rel).unwrap_or_else(|| {
            Err(DataError::Missing {
                path: self.display_path(rel),
            })
        })
    }

    /// The path as the user should see it in a message.
    pub fn display_path(&self, rel: &str) -> String {
        if self.origin.ends_with("data") && !self.origin.contains('/') {
            format!("data/{rel}")
        } else {
            format!("{}/{rel}", self.origin.trim_end_matches('/'))
        }
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }
}

fn take_chunk(bytes: &[u8]) -> Result<(&[u8], &[u8]), DataError> {
    let bad = || DataError::Archive("truncated entry".into());
    let len = u32::from_le_bytes(bytes.get(..4).ok_or_else(bad)?.try_into().unwrap()) as usize;
    let body = bytes.get(4..4 + len).ok_or_else(bad)?;
    Ok((body, &bytes[4 + len..]))
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, Blob>) -> Result<(), DataError> {
    let io = |e| DataError::Io {
        path: dir.to_path_buf(),
        source: e,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("csv" | "json" | "tsv" | "txt")
        ) {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(&path).map_err(|e| DataError::Io {
                path: path.clone(),
                source: e,
            })?;
            out.insert(rel, Blob::Raw(bytes));
        }
    }
    Ok(())
}

/// A file as read from disk, or still packed in the binary.
#[derive(Clone, Debug)]
enum Blob {
    Raw(Vec<u8>),
    Packed(&'static [u8]),
}

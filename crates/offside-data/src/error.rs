use std::path::PathBuf;

/// Why the data could not be loaded. Every variant names the file, and the
/// line where there is one, so a user with `--data DIR` can mend the file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    #[error("{path}:{line}: {message}")]
    Malformed {
        path: String,
        line: u64,
        message: String,
    },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: required data file is missing")]
    Missing { path: String },
    #[error("embedded data archive is corrupt: {0}")]
    Archive(String),
}

impl DataError {
    pub(crate) fn malformed(path: &str, line: u64, message: impl Into<String>) -> Self {
        DataError::Malformed {
            path: path.to_string(),
            line,
            message: message.into(),
        }
    }
}

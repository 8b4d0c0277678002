//! The claim checker (in progress).

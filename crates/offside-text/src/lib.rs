#![doc = include_str!("../README.md")]

mod lines;
mod numbers;
mod sentences;
mod span;
mod tokens;

pub use lines::LineIndex;
pub use numbers::{cardinal_word, ordinal_word};
pub use sentences::split_sentences;
pub use span::Span;
pub use tokens::{tokenize, Token, TokenKind};

/// Normalises a phrase the way tokens are normalised: lower case, ASCII,
/// punctuation to spaces. Use it to build gazetteer keys that match token runs.
pub fn normalize_phrase(s: &str) -> String {
    let toks = tokenize(s, 0);
    let mut out = String::new();
    for t in toks
        .iter()
        .filter(|t| !matches!(t.kind, TokenKind::Punct(_)))
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&t.norm);
    }
    out
}

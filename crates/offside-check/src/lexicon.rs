//! Vocabulary as data: cue phrases read from `lexicon/*.tsv`, compiled into
//! the binary and parsed once. Code asks for a class ("hypothetical",
//! "history") and never spells the words itself, so a new phrasing is one
//! table row.

use crate::context::word_bit;
use offside_text::Token;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Phrases by class, each phrase a list of normalised words, indexed by
/// class and first word so a look-up costs one hash probe per token.
pub struct Lexicon {
    classes: FxHashMap<&'static str, Vec<Vec<&'static str>>>,
    by_first: FxHashMap<&'static str, FirstWords>,
}

/// A class's phrases by first word, and a signature of those words (the
/// sentence signature's bit of each, from its length and first and last
/// bytes): a token outside it (most tokens, for most classes) is passed over
/// without hashing it.
#[derive(Default)]
struct FirstWords {
    phrases: FxHashMap<&'static str, Vec<usize>>,
    bits: [u64; 4],
}

impl FirstWords {
    fn may_start(&self, word: &str) -> bool {
        let k = word_bit(word);
        self.bits[k >> 6] & (1 << (k & 63)) != 0
    }
}

const DOUBTS: &str = include_str!("../lexicon/doubts.tsv");
const READERS: &str = include_str!("../lexicon/readers.tsv");

impl Lexicon {
    /// Parses `class<TAB>phrase` rows; `#` starts a comment line. The
    /// tables are ours and compiled in, so a malformed row is a bug that a
    /// test catches ([`tests::every_row_parses`]), not a user error.
    fn parse(sources: &[&'static str]) -> Self {
        let mut classes: FxHashMap<&'static str, Vec<Vec<&'static str>>> = FxHashMap::default();
        for src in sources {
            for line in src.lines() {
                let line = line.trim_end();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let Some((class, phrase)) = line.split_once('\t') else {
                    continue;
                };
                let words: Vec<&'static str> =
                    phrase.split(' ').filter(|w| !w.is_empty()).collect();
                if !words.is_empty() {
                    classes.entry(class).or_default().push(words);
                }
            }
        }
        let mut by_first: FxHashMap<&'static str, FirstWords> = FxHashMap::default();
        for (class, phrases) in &classes {
            let index = by_first.entry(*class).or_default();
            for (i, p) in phrases.iter().enumerate() {
                index.phrases.entry(p[0]).or_default().push(i);
                let k = word_bit(p[0]);
                index.bits[k >> 6] |= 1 << (k & 63);
            }
        }
        Lexicon { classes, by_first }
    }

    pub fn phrases(&self, class: &str) -> &[Vec<&'static str>] {
        self.classes.get(class).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first phrase of `class` that starts at a token in `[from, to)`
    /// and ends before `to`: (start index, the phrase's words).
    pub fn find(
        &self,
        tokens: &[Token],
        from: usize,
        to: usize,
        class: &str,
    ) -> Option<(usize, &[&'static str])> {
        let to = to.min(tokens.len());
        // Readers ask about short windows, often empty ones, many times a
        // sentence: the class's tables are looked up only when needed.
        if from >= to {
            return None;
        }
        let index = self.by_first.get(class)?;
        (from..to).find_map(|i| {
            let word = tokens[i].norm.as_str();
            if !index.may_start(word) {
                return None;
            }
            let starts = index.phrases.get(word)?;
            let phrases = self.phrases(class);
            starts
                .iter()
                .map(|&k| &phrases[k])
                .find(|p| {
                    i + p.len() <= to && p.iter().enumerate().all(|(k, w)| tokens[i + k].norm == *w)
                })
                .map(|p| (i, p.as_slice()))
        })
    }
}

/// The compiled-in lexicon.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::parse(&[DOUBTS, READERS]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use offside_text::tokenize;

    #[test]
    fn every_row_parses() {
        for line in DOUBTS.lines().chain(READERS.lines()) {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (class, phrase) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("no tab in lexicon row {line:?}"));
            assert!(!class.is_empty() && !phrase.trim().is_empty(), "{line:?}");
            assert_eq!(
                phrase,
                phrase.to_lowercase(),
                "lexicon phrases are normalised (lower case): {line:?}"
            );
        }
    }

    #[test]
    fn finds_multiword_cues_within_the_range() {
        let t = tokenize("they had a shot at the title", 0);
        let lex = lexicon();
        assert_eq!(
            lex.find(&t, 0, t.len(), "hypothetical").map(|f| f.0),
            Some(3)
        );
        // The phrase must end inside the range.
        assert_eq!(lex.find(&t, 0, 4, "hypothetical"), None);
        assert_eq!(lex.find(&t, 0, t.len(), "club"), None);
    }
}

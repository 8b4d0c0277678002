//! Tokens with byte spans into the original text and a normalised form.

use crate::numbers::{cardinal_word, ordinal_word};
use crate::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// A cardinal written in digits or words: "13", "thirteen", "twice".
    Number(u32),
    /// "84th", "fifth".
    Ordinal(u32),
    /// Two small numbers joined by a dash: "6-2", "3–3".
    Score(u8, u8),
    /// Stoppage time: "90+13".
    Stoppage(u8, u8),
    /// The possessive "'s" split from its word.
    Possessive,
    Punct(char),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// Lower case, accents dropped, apostrophes removed.
    pub norm: String,
    pub kind: TokenKind,
    /// First letter upper case in the original.
    pub capitalized: bool,
    /// Joined to the previous token by a hyphen ("quarter-finals").
    pub hyphen_before: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::Number(_) | TokenKind::Ordinal(_)
        ) && !matches!(self.kind, TokenKind::Punct(_))
    }
    pub fn number(&self) -> Option<u32> {
        match self.kind {
            TokenKind::Number(n) => Some(n),
            _ => None,
        }
    }
    /// A number that can be the year of a match: international football
    /// began in 1872.
    pub fn match_year(&self) -> Option<i16> {
        self.number()
            .filter(|n| (1872..2100).contains(n))
            .map(|n| n as i16)
    }
    pub fn is(&self, norm: &str) -> bool {
        self.norm == norm
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‑' | '−')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

/// Splits `text` into tokens; spans are offset by `base` (the text's position
/// in the whole article).
/// The two sides of a score as written ("6", "2"): a score when neither
/// is above 31, the most goals a side has scored in an international.
fn score_of(left: &str, right: &str) -> Option<TokenKind> {
    let (a, b) = (left.parse::<u8>().ok()?, right.parse::<u8>().ok()?);
    (a <= 31 && b <= 31).then_some(TokenKind::Score(a, b))
}

pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let bytes = text.as_bytes();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut hyphen_pending = false;
    let n = chars.len();
    let at = |k: usize| chars.get(k).map(|c| c.1).unwrap_or('\0');
    let pos = |k: usize| chars.get(k).map(|c| c.0).unwrap_or(bytes.len());
    while i < n {
        let c = at(i);
        if c.is_whitespace() {
            hyphen_pending = false;
            i += 1;
            continue;
        }
        let start = pos(i);
        if c.is_ascii_digit() {
            let mut j = i;
            while j < n && at(j).is_ascii_digit() {
                j += 1;
            }
            let digits = &text[start..pos(j)];
            // An ISO date "2022-12-10" is one word, not a year and a score.
            if digits.len() == 4
                && is_dash(at(j))
                && (1..=2).all(|d| at(j + d).is_ascii_digit())
                && is_dash(at(j + 3))
                && (4..=5).all(|d| at(j + d).is_ascii_digit())
            {
                out.push(token(
                    text,
                    base,
                    start,
                    pos(j + 6),
                    TokenKind::Word,
                    hyphen_pending,
                ));
                hyphen_pending = false;
                i = j + 6;
                continue;
            }
            // A formation or a chain ("4-3-3", "1-2-3"): one word, never a score.
            if is_dash(at(j)) && at(j + 1).is_ascii_digit() {
                let mut k = j;
                let mut groups = 1;
                while is_dash(at(k)) && at(k + 1).is_ascii_digit() {
                    k += 1;
                    while k < n && at(k).is_ascii_digit() {
                        k += 1;
                    }
                    groups += 1;
                }
                if groups >= 3 {
                    out.push(token(
                        text,
                        base,
                        start,
                        pos(k),
                        TokenKind::Word,
                        hyphen_pending,
                    ));
                    hyphen_pending = false;
                    i = k;
                    continue;
                }
            }
            // Score: "6-2" (both sides small, no date-like continuation).
            if is_dash(at(j)) && at(j + 1).is_ascii_digit() {
                let mut k = j + 1;
                while k < n && at(k).is_ascii_digit() {
                    k += 1;
                }
                let right = &text[pos(j + 1)..pos(k)];
                let next_is_dash_digit = is_dash(at(k)) && at(k + 1).is_ascii_digit();
                if digits.len() <= 2 && right.len() <= 2 && !next_is_dash_digit {
                    if let Some(score) = score_of(digits, right) {
                        out.push(token(text, base, start, pos(k), score, hyphen_pending));
                        hyphen_pending = false;
                        i = k;
                        continue;
                    }
                }
            }
            // A score set out with spaces, as headlines do: "Chile 1 - 0
            // Uruguay", "1 -0". Both sides one or two digits, and nothing
            // but the second number after the dash.
            if digits.len() <= 2 {
                let mut d = j;
                while at(d) == ' ' {
                    d += 1;
                }
                if (d > j || is_dash(at(j))) && is_dash(at(d)) {
                    let mut k = d + 1;
                    while at(k) == ' ' {
                        k += 1;
                    }
                    let r0 = k;
                    while k < n && at(k).is_ascii_digit() {
                        k += 1;
                    }
                    let right = &text[pos(r0)..pos(k)];
                    let spaced = d > j || r0 > d + 1;
                    // In a table row ("4 1 0 3 2 -4", "3 0 0 10- 1 6")
                    // numbers stand on either side: no score.
                    let mut after = k;
                    while at(after) == ' ' {
                        after += 1;
                    }
                    let in_row = matches!(out.last().map(|t| t.kind), Some(TokenKind::Number(_)))
                        || at(after).is_ascii_digit();
                    if spaced
                        && !in_row
                        && (1..=2).contains(&right.len())
                        && !at(k).is_alphanumeric()
                        && !(is_dash(at(k)) && at(k + 1).is_ascii_digit())
                    {
                        if let Some(score) = score_of(digits, right) {
                            out.push(token(text, base, start, pos(k), score, hyphen_pending));
                            hyphen_pending = false;
                            i = k;
                            continue;
                        }
                    }
                }
            }
            // Stoppage time: "90+13", "45+1".
            if at(j) == '+' && at(j + 1).is_ascii_digit() {
                let mut k = j + 1;
                while k < n && at(k).is_ascii_digit() {
                    k += 1;
                }
                let extra = &text[pos(j + 1)..pos(k)];
                if let (Ok(a), Ok(b)) = (digits.parse::<u8>(), extra.parse::<u8>()) {
                    out.push(token(
                        text,
                        base,
                        start,
                        pos(k),
                        TokenKind::Stoppage(a, b),
                        hyphen_pending,
                    ));
                    hyphen_pending = false;
                    i = k;
                    continue;
                }
            }
            // Ordinal "84th"; thousands separators "96,924".
            let mut k = j;
            while k < n && at(k).is_ascii_alphabetic() {
                k += 1;
            }
            let word = text[start..pos(k)].to_ascii_lowercase();
            if k > j {
                let kind = match ordinal_word(&word) {
                    Some(v) => TokenKind::Ordinal(v),
                    None => TokenKind::Word,
                };
                out.push(token(text, base, start, pos(k), kind, hyphen_pending));
            } else {
                let mut end = j;
                let mut value: String = digits.to_string();
                while at(end) == ','
                    && (end + 4 <= n)
                    && (1..=3).all(|d| at(end + d).is_ascii_digit())
                    && !at(end + 4).is_ascii_digit()
                {
                    value.push_str(&text[pos(end + 1)..pos(end + 4)]);
                    end += 4;
                }
                let kind = match value.parse::<u32>() {
                    Ok(v) => TokenKind::Number(v),
                    Err(_) => TokenKind::Word,
                };
                out.push(token(text, base, start, pos(end), kind, hyphen_pending));
                k = end;
            }
            hyphen_pending = false;
            i = k;
            continue;
        }
        if c.is_alphabetic() {
            let mut j = i;
            loop {
                while j < n && (at(j).is_alphanumeric() || at(j) == '.' && is_initial(&chars, i, j))
                {
                    j += 1;
                }
                // An apostrophe inside a name joins ("N'Golo", "d'Ivoire"); "'s" splits.
                if j + 1 < n && is_apostrophe(at(j)) && at(j + 1).is_alphabetic() {
                    let s_only =
                        at(j + 1).eq_ignore_ascii_case(&'s') && !at(j + 2).is_alphanumeric();
                    if !s_only {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
            let word = &text[start..pos(j)];
            // Most words are plain ASCII letters: lower-cased in one pass.
            let plain = word
                .bytes()
                .all(|b| b.is_ascii() && b != b'\'' && b != b'.');
            let mut norm = if plain {
                word.to_ascii_lowercase()
            } else {
                String::with_capacity(word.len())
            };
            if !plain {
                for ch in word.chars() {
                    if is_apostrophe(ch) || ch == '.' {
                        continue;
                    }
                    if ch.is_ascii() {
                        norm.push(ch.to_ascii_lowercase());
                    } else {
                        let mut buf = [0u8; 4];
                        for d in deunicode::deunicode(ch.encode_utf8(&mut buf)).chars() {
                            if d.is_ascii_alphanumeric() {
                                norm.push(d.to_ascii_lowercase());
                            }
                        }
                    }
                }
            }
            let kind = if let Some(v) = cardinal_word(&norm) {
                TokenKind::Number(v)
            } else if let Some(v) = ordinal_word(&norm) {
                TokenKind::Ordinal(v)
            } else {
                TokenKind::Word
            };
            out.push(Token {
                span: Span::new(base + start, base + pos(j)),
                norm,
                kind,
                // "d'Ivoire", "l'Équipe": a particle before the apostrophe,
                // the name after it capitalised.
                capitalized: c.is_uppercase()
                    || (j > i + 2 && is_apostrophe(at(i + 1)) && at(i + 2).is_uppercase()),
                hyphen_before: hyphen_pending,
            });
            hyphen_pending = false;
            i = j;
            continue;
        }
        if is_apostrophe(c) && at(i + 1).eq_ignore_ascii_case(&'s') && !at(i + 2).is_alphanumeric()
        {
            out.push(Token {
                span: Span::new(base + start, base + pos(i + 2)),
                norm: "'s".into(),
                kind: TokenKind::Possessive,
                capitalized: false,
                hyphen_before: false,
            });
            i += 2;
            continue;
        }
        if is_dash(c)
            && !out.is_empty()
            && i > 0
            && !at(i - 1).is_whitespace()
            && at(i + 1).is_alphanumeric()
        {
            hyphen_pending = true;
            i += 1;
            continue;
        }
        let p = if is_dash(c) {
            '-'
        } else if is_apostrophe(c) {
            '\''
        } else if matches!(c, '“' | '”') {
            '"'
        } else {
            c
        };
        out.push(Token {
            span: Span::new(base + start, base + pos(i + 1)),
            norm: p.to_string(),
            kind: TokenKind::Punct(p),
            capitalized: false,
            hyphen_before: false,
        });
        hyphen_pending = false;
        i += 1;
    }
    out
}

/// The dots of "U.S." stay inside the word: a dot between two capitals, each
/// of which stands alone.
fn is_initial(chars: &[(usize, char)], start: usize, j: usize) -> bool {
    let prev = chars.get(j.wrapping_sub(1)).map(|c| c.1).unwrap_or(' ');
    let next = chars.get(j + 1).map(|c| c.1).unwrap_or(' ');
    let single = j - start == 1 || chars.get(j.wrapping_sub(2)).map(|c| c.1) == Some('.');
    prev.is_uppercase() && next.is_uppercase() && single
}

fn token(
    text: &str,
    base: usize,
    start: usize,
    end: usize,
    kind: TokenKind,
    hyphen_before: bool,
) -> Token {
    Token {
        span: Span::new(base + start, base + end),
        norm: text[start..end].to_ascii_lowercase(),
        kind,
        capitalized: false,
        hyphen_before,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<TokenKind> {
        tokenize(s, 0).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn scores_minutes_and_ordinals() {
        assert_eq!(kinds("won 6-2"), [TokenKind::Word, TokenKind::Score(6, 2)]);
        assert_eq!(kinds("3–3"), [TokenKind::Score(3, 3)]);
        // Headlines set scores out with spaces.
        assert_eq!(kinds("1 - 0"), [TokenKind::Score(1, 0)]);
        assert_eq!(kinds("1 -0"), [TokenKind::Score(1, 0)]);
        // Not a range of years, nor a number and a word.
        assert_ne!(kinds("1990 - 1994")[0], TokenKind::Score(90, 94));
        assert_eq!(kinds("5 - a")[0], TokenKind::Number(5));
        assert!(!kinds("Nigeria 3 2 0 1 3- 5 4").contains(&TokenKind::Score(3, 5)));
        assert!(!kinds("Korea 4 1 0 3 2 -4").contains(&TokenKind::Score(2, 4)));
        assert_eq!(kinds("90+13"), [TokenKind::Stoppage(90, 13)]);
        assert_eq!(kinds("the 84th"), [TokenKind::Word, TokenKind::Ordinal(84)]);
        assert_eq!(kinds("thirteen"), [TokenKind::Number(13)]);
        assert_eq!(kinds("96,924"), [TokenKind::Number(96924)]);
        assert_eq!(kinds("2022-12-10"), [TokenKind::Word]);
    }

    #[test]
    fn a_formation_is_not_a_score() {
        // "the Dutch 4-3-3" holds no 3-3; a plain "4-3" still is a score.
        assert_eq!(kinds("a 4-3-3"), [TokenKind::Word, TokenKind::Word]);
        assert_eq!(kinds("4-2-3-1"), [TokenKind::Word]);
        assert_eq!(kinds("won 4-3"), [TokenKind::Word, TokenKind::Score(4, 3)]);
    }

    #[test]
    fn possessives_hyphens_and_names() {
        let t = tokenize("England's quarter-final, N'Golo Kanté", 0);
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            ["england", "'s", "quarter", "final", ",", "ngolo", "kante"]
        );
        assert!(t[3].hyphen_before);
        assert!(t[0].capitalized && !t[2].capitalized);
    }

    #[test]
    fn spans_point_into_the_original() {
        let s = "Mbappé scored";
        let t = tokenize(s, 10);
        assert_eq!(t[0].span, Span::new(10, 10 + "Mbappé".len()));
        assert_eq!(t[0].norm, "mbappe");
    }

    #[test]
    fn a_name_after_a_particle_and_apostrophe_is_capitalised() {
        let t = tokenize("Côte d'Ivoire and the l'Équipe team, but not d'accord", 0);
        let cap = |w: &str| t.iter().find(|x| x.norm == w).map(|x| x.capitalized);
        assert_eq!(cap("divoire"), Some(true));
        assert_eq!(cap("lequipe"), Some(true));
        assert_eq!(cap("daccord"), Some(false));
    }
}

//! Numbers written as words. Hand-written: the vocabulary is small and fixed.

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORD_UNITS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORD_TENS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// "thirteen" → 13, "twenty" → 20; compound forms ("twenty-one") are read by
/// the tokenizer from two tokens. Lower-case input.
pub fn cardinal_word(w: &str) -> Option<u32> {
    // Most words are not numbers; those longer than "seventeen" never are.
    if w.len() > 9 || w.is_empty() {
        return None;
    }
    // Every number word starts with one of these letters.
    if !matches!(
        w.as_bytes()[0],
        b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'd'
    ) {
        return None;
    }
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as u32);
    }
    if let Some(i) = TENS.iter().position(|u| !u.is_empty() && *u == w) {
        return Some(i as u32 * 10);
    }
    match w {
        "hundred" => Some(100),
        "dozen" => Some(12),
        "once" => Some(1),
        "twice" => Some(2),
        "thrice" => Some(3),
        "none" | "nil" => Some(0),
        _ => None,
    }
}

/// "fifth" → 5, "84th" → 84, "1st" → 1. Lower-case input.
pub fn ordinal_word(w: &str) -> Option<u32> {
    if w.len() > 11 || w.len() < 3 {
        return None;
    }
    // Every ordinal, in words or digits, ends so.
    if !(w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th")) {
        return None;
    }
    if let Some(i) = ORD_UNITS.iter().position(|u| *u == w) {
        return Some(i as u32);
    }
    if let Some(i) = ORD_TENS.iter().position(|u| !u.is_empty() && *u == w) {
        return Some(i as u32 * 10);
    }
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(d) = w.strip_suffix(suffix) {
            if !d.is_empty() && d.len() <= 4 && d.bytes().all(|b| b.is_ascii_digit()) {
                return d.parse().ok();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn words_and_ordinals() {
        assert_eq!(cardinal_word("thirteen"), Some(13));
        assert_eq!(cardinal_word("twice"), Some(2));
        assert_eq!(cardinal_word("forty"), Some(40));
        assert_eq!(ordinal_word("fifth"), Some(5));
        assert_eq!(ordinal_word("84th"), Some(84));
        assert_eq!(ordinal_word("twentieth"), Some(20));
        assert_eq!(ordinal_word("other"), None);
    }
}

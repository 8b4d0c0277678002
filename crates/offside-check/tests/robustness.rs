//! Fuzz-style robustness on stable Rust: thousands of random, mangled and
//! extreme inputs through the whole checker. Nothing may panic, and every
//! span must lie inside the text, on character boundaries, with the line and
//! column a reader would count. (The coverage-guided fuzzer in `fuzz/` goes
//! deeper but needs a nightly toolchain; this runs in every `cargo test`.)
//!
//! The generator is seeded, so a failure names the seed and case that
//! reproduce it. `OFFSIDE_ROBUSTNESS_CASES=100000` runs a longer campaign.

use offside_check::{CheckOptions, Checker, Report};
use offside_data::Date;
use offside_text::{split_sentences, tokenize, LineIndex, Span};
use std::panic::AssertUnwindSafe;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(offside_data::load_embedded().expect("embedded data loads")))
}

/// xorshift64*: small, fast, and the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Sentences in the shape of match reports (written for this test).
const SENTENCES: &[&str] = &[
    "England beat Iran 6-2 in their opening game at the 2022 World Cup.",
    "The Three Lions scored 13 goals and conceded four in five games.",
    "Kane scored from the spot in the 54th minute before Giroud headed in.",
    "France won 2-1 on Saturday to reach the semi-finals.",
    "Argentina lifted the trophy after a 3-3 draw and a 4-2 win on penalties.",
    "Messi's 108th-minute goal was his second of the final.",
    "Germany were knocked out in the group stage for the second tournament running.",
    "Brazil lost 7-1 to Germany in Belo Horizonte on 8 July 2014.",
    "It was the holders' first defeat since the quarter-final in 2018.",
    "Japan came from behind to win 2-1, with Asano scoring in the 83rd minute.",
    "Scotland and England have met 118 times since 1872.",
    "They have never won a penalty shoot-out at the Euros.",
    "Italy beat England on penalties at Wembley after a 1-1 draw.",
    "Saka's effort was saved and the Azzurri were champions for the second time.",
    "Nigeria, three-time winners, lost the final 2-1 to the hosts Ivory Coast.",
    "Colombia had gone 28 games unbeaten before the final in Miami.",
    "Geoff Hurst scored a hat-trick as England won 4-2 after extra time.",
    "Mbappé struck twice in 97 seconds, then completed his hat-trick from the spot.",
    "The United States drew 0-0 with England and finished second in Group B.",
    "Wales, at their first World Cup since 1958, finished bottom with one point.",
];

/// Fragments that have hurt parsers elsewhere: huge and odd numbers,
/// stoppage minutes, unbalanced quotes, lone dashes, odd Unicode.
const EXTREMES: &[&str] = &[
    "999999-99999",
    "99999999999999999999-0",
    "90+255",
    "90+99999999999999999999",
    "45+",
    "+90",
    "4294967296th",
    "18446744073709551616th minute",
    "0th",
    "-1",
    "1-",
    "-",
    "--",
    "—",
    "6–2",
    "６-２",
    "6 - 2",
    "6-2-1",
    "1-1-1-1-1-1",
    "3-2 (4-2 pens)",
    "\"",
    "“",
    "'",
    "’s",
    "(",
    ")",
    "...",
    ". . .",
    "?!",
    "\u{0301}",
    "e\u{0301}",
    "\u{200b}",
    "\u{202e}",
    "\u{feff}",
    "🏆⚽",
    "\u{a0}",
    "\r\n",
    "\n\n",
    "\t",
    "date 2022-12-12\n",
    "date 9999-99-99\n",
    "date 0000-01-01\n",
    "date ",
    "on 31 February 2022",
    "on 29 February 1900",
    "in 32767",
    "in 1871",
    "in the 0th minute",
    "in the 200th minute",
    "last Sunday",
    "next month",
    "hundred thousand",
    "twenty-one",
    "a hundred and twenty",
    "nil",
    "goalless",
    "Mr.",
    "St. Louis",
    "U.S.",
    "vs.",
    "v",
];

/// Words to recombine into sentences no article would contain.
const WORDS: &[&str] = &[
    "England",
    "France",
    "Brazil",
    "Germany",
    "Argentina",
    "the",
    "Three",
    "Lions",
    "holders",
    "hosts",
    "they",
    "he",
    "beat",
    "lost",
    "to",
    "drew",
    "with",
    "won",
    "scored",
    "conceded",
    "in",
    "of",
    "the",
    "final",
    "semi-final",
    "quarter-final",
    "group",
    "stage",
    "round",
    "16",
    "minute",
    "goals",
    "games",
    "penalty",
    "penalties",
    "shoot-out",
    "own",
    "goal",
    "World",
    "Cup",
    "Euro",
    "2020",
    "2022",
    "1966",
    "Kane",
    "Messi",
    "Mbappé",
    "Saka",
    "first",
    "second",
    "third",
    "last",
    "never",
    "record",
    "unbeaten",
    "since",
    "Saturday",
    "December",
    "10",
    "2-1",
    "1-2",
    "0-0",
    "84th",
    "90+8",
    "twice",
    "hat-trick",
    "brace",
    "extra",
    "time",
    "half-time",
    "equalised",
    "champions",
    "title",
    "trophy",
    "at",
    "Wembley",
    "Qatar",
    "Lusail",
    "and",
    "but",
    ",",
    ".",
    ";",
    ":",
    "\"",
    "'s",
    "(",
    ")",
];

fn random_bytes(r: &mut Rng) -> String {
    let n = r.below(400);
    let bytes: Vec<u8> = (0..n).map(|_| r.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A random byte range of a real-looking paragraph, moved to char boundaries.
fn random_slice(r: &mut Rng) -> String {
    let para: String = (0..1 + r.below(6))
        .map(|_| r.pick(SENTENCES))
        .collect::<Vec<_>>()
        .join(if r.chance(2) { " " } else { "\n" });
    let mut a = r.below(para.len());
    let mut b = a + r.below(para.len() - a + 1);
    while !para.is_char_boundary(a) {
        a -= 1;
    }
    while !para.is_char_boundary(b) {
        b += 1;
    }
    para[a..b].to_string()
}

fn word_soup(r: &mut Rng) -> String {
    let n = 1 + r.below(60);
    let mut s = String::new();
    for _ in 0..n {
        if r.chance(8) {
            s.push_str(r.pick(EXTREMES));
        } else {
            s.push_str(r.pick(WORDS));
        }
        if !r.chance(6) {
            s.push(' ');
        }
    }
    s
}

/// A real-looking text, then damaged: fragments inserted at random char
/// boundaries, characters deleted, a span duplicated.
fn mutated(r: &mut Rng) -> String {
    let mut s: String = (0..1 + r.below(5))
        .map(|_| r.pick(SENTENCES))
        .collect::<Vec<_>>()
        .join(" ");
    for _ in 0..1 + r.below(6) {
        let at = boundary(&s, r.below(s.len() + 1));
        match r.below(4) {
            0 | 1 => s.insert_str(at, r.pick(EXTREMES)),
            2 => {
                let end = boundary(&s, at + r.below(8));
                s.replace_range(at..end.max(at), "");
            }
            _ => {
                let end = boundary(&s, at + r.below(40));
                let dup = s[at..end.max(at)].to_string();
                s.insert_str(at, &dup);
            }
        }
    }
    s
}

fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One long token, one long number, or one very long sentence.
fn huge(r: &mut Rng) -> String {
    match r.below(5) {
        0 => "a".repeat(50_000 + r.below(50_000)),
        1 => "9".repeat(10_000 + r.below(10_000)),
        2 => format!("England beat Iran {}-2.", "9".repeat(5_000)),
        3 => (0..3_000)
            .map(|_| r.pick(WORDS))
            .collect::<Vec<_>>()
            .join(" "),
        _ => "é".repeat(20_000) + " 6-2 " + &"\u{301}".repeat(10_000),
    }
}

fn random_as_of(r: &mut Rng) -> Option<Date> {
    match r.below(5) {
        0 => None,
        1 => Some(Date::constant(1872, 1, 1)),
        2 => Some(Date::constant(2100, 12, 31)),
        3 => Some(Date::constant(2022, 12, 12)),
        _ => Date::new(
            1860 + r.below(200) as i16,
            1 + r.below(12) as i8,
            1 + r.below(28) as i8,
        )
        .ok(),
    }
}

/// Every span inside the text, on char boundaries, its text the span's
/// text, its line and column the ones a reader counts.
fn assert_well_formed(text: &str, report: &Report) {
    let lines = LineIndex::new(text);
    for c in &report.claims {
        let s = c.span;
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {s:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} splits a character"
        );
        assert_eq!(
            c.text,
            &text[s.start..s.end],
            "claim text differs from its span"
        );
        assert_eq!(
            (c.line, c.column),
            lines.line_col(text, s.start),
            "line/column of {s:?}"
        );
        assert!(!c.claimed.is_empty() || c.verdict == offside_check::Verdict::Unverifiable);
    }
    for a in &report.unexplained {
        let s = a.span;
        assert!(s.end <= text.len() && s.start <= s.end, "anchor {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(a.text, &text[s.start..s.end]);
    }
}

fn assert_text_layer(text: &str) {
    for s in split_sentences(text) {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let base = s.start;
        for t in tokenize(&text[s.start..s.end], base) {
            assert!(
                t.span.start >= s.start && t.span.end <= s.end,
                "token outside sentence"
            );
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
}

/// Runs one case, naming it if anything fails.
fn run_case(seed: u64, case: usize, text: &str, as_of: Option<Date>) {
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
        assert_text_layer(text);
        let report = checker().check(text, &CheckOptions { as_of });
        assert_well_formed(text, &report);
    }));
    if let Err(e) = outcome {
        let shown: String = text.chars().take(400).collect();
        eprintln!(
            "robustness failure: seed {seed:#x}, case {case}, as_of {as_of:?}, {} bytes: {shown:?}",
            text.len()
        );
        std::panic::resume_unwind(e);
    }
}

fn campaign(seed: u64, cases: usize) {
    let mut r = Rng(seed);
    for case in 0..cases {
        let text = match r.below(10) {
            0 | 1 => random_bytes(&mut r),
            2 | 3 => random_slice(&mut r),
            4 | 5 => word_soup(&mut r),
            6..=8 => mutated(&mut r),
            _ if r.chance(20) => huge(&mut r),
            _ => mutated(&mut r) + "\n\n" + &word_soup(&mut r),
        };
        let as_of = random_as_of(&mut r);
        run_case(seed, case, &text, as_of);
    }
}

fn cases() -> usize {
    std::env::var("OFFSIDE_ROBUSTNESS_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000)
}

#[test]
fn random_and_mutated_inputs_never_panic() {
    campaign(0x0ff5_1de5_eed0_0001, cases());
}

#[test]
fn second_seed_never_panics() {
    campaign(0x5eed_2022_1218_0002, cases());
}

#[test]
fn every_extreme_fragment_in_every_sentence_position() {
    for (i, x) in EXTREMES.iter().enumerate() {
        for s in SENTENCES.iter().take(6) {
            let mid = boundary(s, s.len() / 2);
            for text in [
                x.to_string(),
                format!("{x}{s}"),
                format!("{s}{x}"),
                format!("{}{x}{}", &s[..mid], &s[mid..]),
                format!("{s} {x} {s}"),
            ] {
                run_case(0, i, &text, Some(Date::constant(2022, 12, 31)));
                run_case(0, i, &text, None);
            }
        }
    }
}

/// Past 1 MiB the checker works in pieces; spans and line/column numbers
/// must still count from the start of the whole text, including where a
/// piece had to be cut inside a line (no line break to cut at) and next to
/// multi-byte characters.
#[test]
fn pieces_of_a_huge_text_report_in_whole_text_coordinates() {
    let para = "Österreich: England beat Iran 6-2 at the 2022 World Cup, and Kane scored in the 84th minute. ";
    // One line of over 2 MiB: the cuts fall mid-line.
    let one_line = para.repeat(2 * offside_check::CHUNK_BYTES / para.len() + 7);
    // Many lines with paragraph breaks: the cuts fall on them.
    let many_lines = format!("{para}\n\n").repeat(2 * offside_check::CHUNK_BYTES / para.len());
    for text in [one_line, many_lines] {
        let pieces = offside_check::chunks(&text);
        assert!(pieces.len() >= 2, "a 2 MiB text is checked in pieces");
        assert_eq!(pieces.first().map(|p| p.start), Some(0));
        assert_eq!(pieces.last().map(|p| p.end), Some(text.len()));
        for w in pieces.windows(2) {
            assert_eq!(w[0].end, w[1].start, "pieces cover the text without gaps");
            assert!(text.is_char_boundary(w[0].end));
        }
        let report = checker().check(&text, &CheckOptions::default());
        assert_well_formed(&text, &report);
        // The same claims when the pieces are checked one by one.
        let by_piece: Vec<Span> = pieces
            .iter()
            .flat_map(|p| {
                checker()
                    .check_chunk(&text, *p, &CheckOptions::default())
                    .claims
            })
            .map(|c| c.span)
            .collect();
        let whole: Vec<Span> = report.claims.iter().map(|c| c.span).collect();
        assert_eq!(whole, by_piece);
        // Every repetition of the sentence says the same; none is lost at a cut
        // except possibly the ones a cut runs through.
        let per_para = checker().check(para, &CheckOptions::default()).claims.len();
        let paras = text.matches("Österreich").count();
        assert!(
            report.claims.len() + per_para * pieces.len() >= per_para * paras,
            "{} claims for {paras} paragraphs of {per_para}",
            report.claims.len()
        );
    }
}

#[test]
fn empty_and_blank_texts() {
    for text in [
        "",
        " ",
        "\n",
        "\n\n\n",
        "\t \r\n",
        "\u{feff}",
        ".",
        "date 2022-12-12",
    ] {
        run_case(0, 0, text, None);
        let r = checker().check(text, &CheckOptions::default());
        assert!(r.claims.is_empty(), "{text:?} has no claim");
    }
}

/// Crashes the campaigns found, kept so they stay fixed: an anchor word as
/// the sentence's first token made rules look one token before it
/// (`word(k - 1)` overflowed; `tokens[k - 1]` was out of bounds).
#[test]
fn anchors_at_the_start_of_a_sentence() {
    for text in [
        "penalties stage beat 10 \u{301}Saka December and shoot-out 84th at penalties) Cup",
        "Saka's effort was saved. Italy beat England on date 9999-99-99\npenalties at Wembley after a 1-1 draw.",
        "Penalties decided it after a 1-1 draw at the 2022 World Cup.",
        "Pens again: Argentina beat France 4-2 in the shoot-out.",
        "3 goal difference for England in Group B at the 2022 World Cup.",
        "Brace for Kane as England beat Iran 6-2.",
        "Double for Mbappé in the final.",
        "Interval: England 3-0 Iran.",
        "First half ended 2-0 to England.",
        "Death of the game saw Argentina equalise.",
        "Behind at the break, Japan won 2-1.",
        "Final: Argentina 3-3 France.",
        "Since 1966 England have not won the World Cup.",
    ] {
        for as_of in [None, Some(Date::constant(2022, 12, 31))] {
            run_case(0, 0, text, as_of);
        }
    }
}

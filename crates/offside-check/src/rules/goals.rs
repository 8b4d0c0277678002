//! Goals in a match: who scored, when ("in the 84th minute", "90+13", "with 12
//! minutes remaining", "a minute later"), how many ("twice", "a hat-trick"),
//! from the spot, into his own net, and which goal it was ("the second").
//!
//! One clause about one goal gives one finding, of the most specific kind it
//! names (minute, else penalty, else own goal, else scorer), so a scorer
//! that is right cannot hide a minute that is wrong.

use super::*;
use offside_data::{Goal, PlayerId, Stage, Store};
use offside_text::TokenKind;

pub struct Scorer;
pub struct GoalMinute;
pub struct Penalty;
pub struct OwnGoal;

const SCORING: &[&str] = &[
    "equalise",
    "equalize",
    "equalising",
    "equalizing",
    "level",
    "levelling",
    "leveling",
    "completed",
    "sealed",
    "scored",
    "scores",
    "score",
    "scoring",
    "netted",
    "net",
    "nets",
    "netting",
    "struck",
    "strikes",
    "headed",
    "header",
    "volleyed",
    "volley",
    "converted",
    "converting",
    "converts",
    "tapped",
    "fired",
    "equalised",
    "equalized",
    "equaliser",
    "equalizer",
    "levelled",
    "leveled",
    "levels",
    "opener",
    "goal",
    "goals",
    "brace",
    "hat",
    "treble",
    "target",
    "scoresheet",
    "blasted",
    "slotted",
    "curled",
    "nodded",
    "lead",
    "ahead",
    "restored",
    "added",
    "add",
    "double",
    "doubled",
    "winner",
    "penalty",
    "finish",
    "strike",
    "made",
    "poked",
    "bundled",
    "lashed",
    "smashed",
    "drilled",
    "rifled",
    "thumped",
    "chipped",
    "lobbed",
    "prodded",
    "steered",
    "glanced",
    "stabbed",
    "bagged",
    "grabbed",
];
const MISSED: &[&str] = &[
    "missed", "miss", "misses", "saved", "save", "blazed", "spurned", "wide", "woodwork",
    "crossbar", "post", "awarded",
];
const PENALTY: &[&str] = &["penalty", "spot", "pen", "penalties"];

#[derive(Clone, Copy, Debug, PartialEq)]
enum When {
    Exact(u8, Option<u8>),
    Range(u8, u8),
    AtMost(u8),
    /// The final minutes of normal or extra time.
    Late,
    /// "a minute later", "three minutes later": after the previous goal.
    Later(u8),
    /// "inside the first 20 minutes": a stretch from kick-off that every
    /// goal counted must fall in.
    Within(u8),
}

#[derive(Clone, Copy, Debug)]
struct MinuteExpr {
    start: usize,
    end: usize,
    when: When,
}

fn num(s: &SentenceCtx, i: usize) -> Option<u32> {
    s.tokens.get(i).and_then(|t| match t.kind {
        TokenKind::Number(n) => Some(n),
        _ => None,
    })
}

fn ord(s: &SentenceCtx, i: usize) -> Option<u32> {
    s.tokens.get(i).and_then(|t| match t.kind {
        TokenKind::Ordinal(n) => Some(n),
        _ => None,
    })
}

/// Every minute expression in the sentence.
fn minute_exprs(s: &SentenceCtx) -> Vec<MinuteExpr> {
    let mut out = Vec::new();
    let n = s.tokens.len();
    let mut i = 0;
    while i < n {
        let w = s.word(i);
        let is_min = |k: usize| matches!(s.word(k), "minute" | "min" | "mins" | "minutes");
        // "84th minute", "12th-minute", "13th minute of added time".
        if let (Some(o), true) = (ord(s, i), is_min(i + 1)) {
            if o <= 130 {
                let added = s.word(i + 2) == "of"
                    && matches!(s.word(i + 3), "added" | "stoppage" | "injury");
                if added {
                    // "... of added time at the end of extra time": 120+.
                    let after_extra = (i + 4..(i + 10).min(n)).any(|k| {
                        s.word(k) == "extra" && matches!(s.word(k + 1), "time" | "period")
                    });
                    let base = if after_extra {
                        120
                    } else if s.has_phrase(&["first", "half"]).is_some() {
                        45
                    } else {
                        90
                    };
                    out.push(MinuteExpr {
                        start: i,
                        end: i + 4,
                        when: When::Exact(base, Some(o as u8)),
                    });
                    i += 5;
                } else {
                    out.push(MinuteExpr {
                        start: i,
                        end: i + 1,
                        when: When::Exact(o as u8, None),
                    });
                    i += 2;
                }
                continue;
            }
        }
        // "scored in the 31st minute, Corona added another in the 47th":
        // the unit said once serves the minutes after it.
        if let Some(o) = ord(s, i) {
            let elided = o <= 125
                && s.word_back(i, 1) == "the"
                && matches!(s.word_back(i, 2), "in" | "on")
                && matches!(
                    s.word(i + 1),
                    "" | ","
                        | "."
                        | ";"
                        | "and"
                        | "as"
                        | "before"
                        | "after"
                        | "while"
                        | "with"
                        | "to"
                        | "when"
                )
                && (out
                    .iter()
                    .any(|m: &MinuteExpr| matches!(m.when, When::Exact(..)))
                    // "Wirtz scored in the 10th": a goal verb just before
                    // says the unit; "in the second" may be a half.
                    || (o >= 3 && SCORING.contains(&s.word_back(i, 3))));
            if elided {
                out.push(MinuteExpr {
                    start: i,
                    end: i,
                    when: When::Exact(o as u8, None),
                });
                i += 1;
                continue;
            }
        }
        if let TokenKind::Stoppage(a, b) = s.tokens[i].kind {
            out.push(MinuteExpr {
                start: i,
                end: i,
                when: When::Exact(a, Some(b)),
            });
            i += 1;
            continue;
        }
        // "on 35 minutes", "in 62 minutes of play", "after 18 minutes"; "inside 29 minutes".
        if let (Some(v), true) = (num(s, i), is_min(i + 1)) {
            // "after just two minutes", "inside only 29 minutes": the adverb is skipped.
            let adverb = matches!(
                s.word_back(i, 1),
                "just" | "only" | "barely" | "mere" | "almost" | "nearly"
            );
            let back = if adverb { 1 } else { 0 };
            let prev = s.word_back(i, 1 + back);
            let prev2 = s.word_back(i, 2 + back);
            let later = s.word(i + 2) == "later";
            // "inside the first 20 minutes", "in the first ten minutes": a
            // stretch of the clock from kick-off.
            if prev == "first"
                && prev2 == "the"
                && matches!(
                    s.word_back(i, 3 + back),
                    "inside" | "within" | "in" | "during" | "under"
                )
                && v <= 90
            {
                out.push(MinuteExpr {
                    start: i - 3 - back,
                    end: i + 1,
                    when: When::Within(v as u8),
                });
                i += 2;
                continue;
            }
            if later {
                out.push(MinuteExpr {
                    start: i,
                    end: i + 2,
                    when: When::Later(v as u8),
                });
                i += 3;
                continue;
            }
            if matches!(s.word(i + 2), "remaining" | "left" | "to")
                || (prev == "just" && matches!(s.word(i + 2), "remaining" | "left"))
            {
                let m = 90u32.saturating_sub(v) as u8;
                out.push(MinuteExpr {
                    start: i.saturating_sub(1),
                    end: i + 2,
                    when: When::Range(m.saturating_sub(1), m + 1),
                });
                i += 3;
                continue;
            }
            // "two minutes after half-time", "five minutes before the break".
            let half_at = (i + 3..(i + 6).min(n)).find(|k| {
                matches!(s.word(*k), "break" | "interval" | "halftime" | "restart")
                    || (s.word(*k) == "half" && s.word(k + 1) == "time")
            });
            if let (Some(h), true) = (
                half_at,
                matches!(s.word(i + 2), "after" | "before" | "into"),
            ) {
                let v = v.min(45) as u8;
                let m = if s.word(i + 2) == "before" {
                    45 - v
                } else {
                    45 + v
                };
                out.push(MinuteExpr {
                    start: i,
                    end: h + usize::from(s.word(h) == "half"),
                    when: When::Range(m.saturating_sub(1), m + 1),
                });
                i = h + 2;
                continue;
            }
            if matches!(s.word(i + 2), "off" | "past" | "after" | "before")
                && s.find_in(i + 3, i + 6, &["hour"]).is_some()
            {
                let v = v as u8;
                out.push(MinuteExpr {
                    start: i,
                    end: i + 5,
                    when: When::Range(60 - v.min(60), 60 + v),
                });
                i += 5;
                continue;
            }
            if matches!(prev, "inside" | "within" | "under") || (prev2 == "in" && prev == "under") {
                out.push(MinuteExpr {
                    start: i - 1,
                    end: i + 1,
                    when: When::AtMost(v as u8),
                });
                i += 2;
                continue;
            }
            if matches!(prev, "on" | "in" | "after") && v <= 130 && s.word(i + 2) != "remaining" {
                // "after fifteen minutes", "after half an hour": a round
                // figure, two minutes either side (policy P6); "after 69
                // minutes" is exact.
                let round = prev == "after" && v >= 10 && v % 5 == 0;
                let v = v as u8;
                out.push(MinuteExpr {
                    start: i - 1 - back,
                    end: i + 1,
                    when: if round {
                        When::Range(v - 2, v + 2)
                    } else {
                        When::Exact(v, None)
                    },
                });
                i += 2;
                continue;
            }
        }
        // "midway through the second half": around the 67th minute, a round
        // figure (policy P6).
        if w == "midway"
            && s.word(i + 1) == "through"
            && s.word(i + 2) == "the"
            && matches!(s.word(i + 3), "first" | "second")
            && s.word(i + 4) == "half"
        {
            let mid: u8 = if s.word(i + 3) == "first" { 22 } else { 67 };
            out.push(MinuteExpr {
                start: i,
                end: i + 4,
                when: When::Range(mid - 6, mid + 6),
            });
            i += 5;
            continue;
        }
        // "a minute later".
        if w == "minute"
            && s.word(i + 1) == "later"
            && matches!(s.word(i.wrapping_sub(1)), "a" | "one")
        {
            out.push(MinuteExpr {
                start: i - 1,
                end: i + 1,
                when: When::Later(1),
            });
            i += 2;
            continue;
        }
        // "a minute to full time", "with a minute to go".
        if w == "minute"
            && s.word(i + 1) == "to"
            && matches!(s.word(i + 2), "full" | "go" | "play" | "time")
        {
            out.push(MinuteExpr {
                start: i.saturating_sub(1),
                end: i + 3,
                when: When::Range(88, 90),
            });
            i += 3;
            continue;
        }
        // "on the stroke of half time".
        if w == "stroke" && s.word(i + 1) == "of" && s.word(i + 2).starts_with("half") {
            out.push(MinuteExpr {
                start: i,
                end: i + 3,
                when: When::Range(44, 45),
            });
            i += 4;
            continue;
        }
        if matches!(w, "dying" | "gasp")
            || (w == "death" && s.word_back(i, 1) == "the")
            || (w == "last" && s.word(i + 1) == "minute")
        {
            out.push(MinuteExpr {
                start: i,
                end: i + 1,
                when: When::Late,
            });
            i += 2;
            continue;
        }
        if w == "end" && s.word(i + 1) == "of" && s.word(i + 2) == "extra" {
            out.push(MinuteExpr {
                start: i,
                end: i + 3,
                when: When::Range(115, 120),
            });
            i += 4;
            continue;
        }
        i += 1;
    }
    out
}

fn fits(g: &Goal, when: When) -> bool {
    let minutes: Vec<u8> = g.minute.into_iter().chain(g.alt_minute).collect();
    minutes.iter().any(|&m| match when {
        // "his 94th-minute goal" for a goal the source stores as 90 (90+4),
        // or 45 for 45+2: the added minutes, where the data has them, must
        // agree; where it has none, the claim may be right.
        When::Exact(x, None) if (91..=105).contains(&x) && m == 90 && g.alt_minute.is_none() => {
            g.stoppage.is_none_or(|st| 90 + st == x)
        }
        When::Exact(x, None) if (46..=55).contains(&x) && m == 45 && g.alt_minute.is_none() => {
            g.stoppage.is_none_or(|st| 45 + st == x)
        }
        When::Exact(x, None) => m == x,
        When::Exact(x, Some(extra)) => {
            m == x && (g.stoppage.is_none() || g.stoppage == Some(extra))
        }
        When::Range(lo, hi) => (lo..=hi).contains(&m),
        When::AtMost(x) | When::Within(x) => m <= x,
        When::Late => (85..=90).contains(&m) || m >= 115 || g.stoppage.is_some_and(|_| m >= 90),
        When::Later(_) => false,
    })
}

fn when_label(w: When) -> String {
    match w {
        When::Exact(m, Some(x)) => format!("{m}+{x}'"),
        When::Exact(m, None) => format!("{m}'"),
        When::Range(a, b) => format!("{a}'-{b}'"),
        When::AtMost(m) => format!("by {m}'"),
        When::Within(m) => format!("within the first {m} minutes"),
        When::Late => "late".into(),
        When::Later(d) => format!("{d} minute(s) after the previous goal"),
    }
}

/// Qualifiers a clause puts on its goal.
#[derive(Default, Debug, Clone)]
struct Quals {
    count: Option<u32>,
    penalty: bool,
    another_penalty: bool,
    own_goal: bool,
    first_half: bool,
    second_half: bool,
    extra_time: bool,
    /// "the second", "a fifth", "the sixth goal": the team's n-th goal.
    nth: Option<u32>,
    equaliser: bool,
    lead: bool,
    last_goal: bool,
    stage: Option<Stage>,
    /// The last token a qualifier was read from, so the claim's span covers it.
    last_at: Option<usize>,
    /// "scored twice, including a first-half penalty": what follows
    /// "including" describes one of the goals, not all of them.
    including: bool,
}

fn quals(s: &SentenceCtx, from: usize, to: usize) -> Quals {
    let mut q = Quals::default();
    let to = to.min(s.tokens.len());
    q.including = s
        .find_in(from, to, &["including", "includes", "included"])
        .is_some();
    for k in from..to {
        let w = s.word(k);
        if matches!(
            w,
            "twice"
                | "brace"
                | "hat"
                | "trick"
                | "treble"
                | "penalty"
                | "spot"
                | "own"
                | "net"
                | "half"
                | "break"
                | "time"
                | "lead"
                | "ahead"
                | "equaliser"
                | "equalizer"
                | "final"
                | "semi"
        ) || matches!(s.tokens[k].kind, TokenKind::Ordinal(_))
        {
            q.last_at = Some(k);
        }
        match w {
            // "taking the lead twice", "led twice": the team's, not a
            // scorer's count.
            "twice"
                if !matches!(
                    s.word_back(k, 1),
                    "lead" | "led" | "ahead" | "front" | "behind" | "level" | "leading"
                ) =>
            {
                q.count = Some(2)
            }
            "brace" | "double" if s.word_back(k, 1) != "a" || w == "brace" => q.count = Some(2),
            "hat" if s.word(k + 1) == "trick" => q.count = Some(3),
            "treble" => q.count = Some(3),
            "both" if matches!(s.word(k + 1), "goals" | "of") => q.count = Some(2),
            "penalty" | "spot" | "pen"
                if !matches!(
                    s.word(k + 1),
                    "area"
                        | "box"
                        | "appeal"
                        | "appeals"
                        | "shout"
                        | "claim"
                        | "claims"
                        | "shootout"
                        | "shoot"
                ) =>
            {
                q.penalty = true;
                if s.word_back(k, 1) == "another" || s.word_back(k, 1) == "second" {
                    q.another_penalty = true;
                }
            }
            // "into his own net"; not "dribbled back toward his own net".
            "own"
                if s.word(k + 1) == "goal"
                    || (s.word(k + 1) == "net"
                        && !(1..=2).any(|b| {
                            matches!(
                                s.word_back(k, b),
                                "toward" | "towards" | "near" | "from" | "at" | "on"
                            )
                        })) =>
            {
                q.own_goal = true
            }
            "first" if s.word(k + 1) == "half" => q.first_half = true,
            "second" if s.word(k + 1) == "half" => q.second_half = true,
            "break" | "interval"
                if matches!(s.word_back(k, 1), "the") && s.word_back(k, 2) == "after" =>
            {
                q.second_half = true
            }
            "extra"
                if s.word(k + 1) == "time"
                    && !matches!(s.word_back(k, 1), "into" | "to")
                    && s.word_back(k, 2) != "into" =>
            {
                q.extra_time = true
            }
            "equalised" | "equalized" | "equaliser" | "equalizer" | "levelled" | "leveled"
            | "level" => q.equaliser = true,
            "lead" | "ahead"
                if s.find_in(
                    k.saturating_sub(4),
                    k,
                    &["gave", "give", "put", "restored", "regained"],
                )
                .is_some() =>
            {
                q.lead = true
            }
            "semi" | "semifinal" => q.stage = Some(Stage::SemiFinal),
            _ => {}
        }
        if let TokenKind::Ordinal(n) = s.tokens[k].kind {
            let next = s.word(k + 1);
            let prev = s.word(k.wrapping_sub(1));
            let next_ok = matches!(
                next,
                "goal" | "for" | "and" | "" | "," | "." | "to" | "with" | "as"
            ) && !(next == "of"
                && matches!(s.word(k + 2), "his" | "their" | "the" | "a"))
                && !(next == "of"
                    && s.tokens
                        .get(k + 2)
                        .is_some_and(|t| t.kind == TokenKind::Possessive || t.capitalized));
            // "the fourth goal", "their third": the team's count. "his
            // fourth goal" is the player's own, in the match or the
            // tournament (nth_goal reads it), never the team's.
            if n <= 12
                && matches!(prev, "the" | "a" | "their")
                && next_ok
                && !s.tokens[k + 1..].first().is_some_and(|t| t.hyphen_before)
                && !(n == 1 && prev == "the" && next == "of")
                // "scored in the 10th", "early in the second": a minute or
                // a half, not a goal's number.
                && !(prev == "the" && s.word_back(k, 2) == "in" && next != "goal")
            {
                q.nth = Some(n);
            }
        }
        if let TokenKind::Number(n) = s.tokens[k].kind {
            if matches!(s.word(k + 1), "more" | "goals")
                && (2..=5).contains(&n)
                && s.word_back(k, 1) != "the"
            {
                q.count = Some(n);
            }
        }
    }
    if s.find_in(from, to, &["last"])
        .is_some_and(|k| s.word(k + 1) == "minute")
    {
        q.last_goal = true;
    }
    q
}

/// Whether goal `g` is player `p`'s. A source that knows a man by one name
/// ("Tuncay") and another by his full name ("Tuncay Şanlı") makes two
/// records of him; within one match, a one-word scorer whose name is a word
/// of the claimed player's full name is taken to be him.
fn same_scorer(store: &Store, g: &Goal, p: PlayerId) -> bool {
    if g.player == p {
        return true;
    }
    let scorer = offside_data::names::normalize(&store.player(g.player).name);
    if scorer.contains(' ') || scorer.len() < 3 {
        return false;
    }
    let claimed = offside_data::names::normalize(&store.player(p).name);
    claimed.contains(' ') && claimed.split(' ').any(|w| w == scorer)
}

/// The goals a clause is about, and why it holds or not.
/// Whether the goals of `player` (or `team`) in `m` fit the clause; the goals
/// listed; and the minute of the first fitting goal (for "a minute later").
fn judge(
    store: &Store,
    m: &Match,
    player: Option<PlayerId>,
    team: Option<TeamId>,
    when: Option<When>,
    prev_minute: Option<u8>,
    q: &Quals,
) -> (bool, String, Option<u8>) {
    let when = match when {
        // "ten minutes later" is a round figure: two minutes either side
        // (a goal twelve minutes on is not a wrong one); "three minutes
        // later" is exact.
        Some(When::Later(d)) => prev_minute.map(|p| {
            let slack = if d >= 10 && d % 5 == 0 { 2 } else { 0 };
            When::Range(
                p.saturating_add(d).saturating_sub(slack),
                p.saturating_add(d).saturating_add(slack),
            )
        }),
        w => w,
    };
    let goals = store.goals_of(m);
    let mine: Vec<&Goal> = goals
        .iter()
        .filter(|g| match player {
            Some(p) => same_scorer(store, g, p) && g.own_goal == q.own_goal,
            None => team.is_none_or(|t| g.team == t),
        })
        .collect();
    let list = |gs: &[&Goal]| {
        gs.iter()
            .map(|g| {
                let mut s = format!("{} {}", store.player(g.player).name, g.minute_label());
                if g.penalty {
                    s.push_str(" (pen.)");
                }
                if g.own_goal {
                    s.push_str(" (o.g.)");
                }
                s
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    if mine.is_empty() {
        let all = goals.iter().collect::<Vec<_>>();
        return (
            false,
            if all.is_empty() {
                "no goals recorded".into()
            } else {
                format!("goals: {}", list(&all))
            },
            None,
        );
    }
    let team_count = |g: &Goal| {
        if g.team == m.home {
            g.score_after.home
        } else {
            g.score_after.away
        }
    };
    let other_count = |g: &Goal| {
        if g.team == m.home {
            g.score_after.away
        } else {
            g.score_after.home
        }
    };
    let ok_one = |g: &&Goal| {
        when.is_none_or(|w| fits(g, w))
            && (!q.penalty || g.penalty || q.own_goal)
            && (!q.first_half || g.minute.is_some_and(|x| x <= 45))
            && (!q.second_half || g.minute.is_some_and(|x| (46..=90).contains(&x)))
            && (!q.extra_time || g.minute.is_some_and(|x| x > 90))
            && q.nth.is_none_or(|n| team_count(g) as u32 == n)
            && (!q.equaliser || team_count(g) == other_count(g))
            && (!q.lead || team_count(g) > other_count(g))
            && (!q.last_goal || goals.last().is_some_and(|l| std::ptr::eq(l, *g)))
    };
    let fitting: Vec<&Goal> = mine.iter().copied().filter(|g| ok_one(g)).collect();
    let mut ok = !fitting.is_empty();
    if let Some(c) = q.count {
        // "twice inside the first 20 minutes": every goal counted must fall
        // in the stretch named.
        let window = matches!(when, Some(When::Within(_)));
        let counted = mine
            .iter()
            .filter(|g| {
                q.including
                    || ((!q.first_half || g.minute.is_some_and(|x| x <= 45))
                        && (!q.second_half || g.minute.is_some_and(|x| x > 45))
                        && (!window || when.is_some_and(|w| fits(g, w))))
            })
            .count() as u32;
        ok = ok && if c >= 3 { counted >= c } else { counted == c };
    }
    if q.another_penalty {
        ok = ok && mine.iter().filter(|g| g.penalty).count() >= 2;
    }
    (ok, list(&mine), fitting.first().and_then(|g| g.minute))
}

/// A goal clause: a player (or none) and what it says of the goal.
struct Clause {
    start: usize,
    end: usize,
    player: Option<PlayerId>,
    when: Option<MinuteExpr>,
    /// The player comes from "he"/"his": a reading too loose to call anything false.
    pronoun: bool,
}

/// Words that make a scoring verb of the clause.
fn scoring_near(s: &SentenceCtx, from: usize, to: usize) -> bool {
    let to = to.min(s.tokens.len());
    (from..to).any(|k| {
        let w = s.word(k);
        // "pulled one back", "halved the deficit", "reduced the arrears".
        if matches!(w, "pulled" | "pulls" | "pulling" | "clawed")
            && s.find_in(k + 1, (k + 4).min(s.tokens.len()), &["back"])
                .is_some()
        {
            return true;
        }
        // "to fire past the goalkeeper", "fires home".
        if matches!(w, "fire" | "fires" | "firing")
            && matches!(s.word(k + 1), "past" | "home" | "in" | "into")
        {
            return true;
        }
        // "put the Three Lions in front", "put Spain ahead".
        if matches!(w, "put" | "puts" | "putting")
            && s.find_in(k + 1, (k + 6).min(s.tokens.len()), &["front", "ahead"])
                .is_some()
        {
            return true;
        }
        if matches!(w, "halved" | "reduced" | "cut")
            && s.find_in(
                k + 1,
                (k + 4).min(s.tokens.len()),
                &["deficit", "arrears", "lead", "gap"],
            )
            .is_some()
        {
            return true;
        }
        // "beat Neuer from a narrow angle": beating the goalkeeper is scoring.
        if w == "beat"
            && s.tokens.get(k + 1).is_some_and(|t| t.capitalized)
            && s.mention_at(k + 1).is_none_or(|m| m.team().is_none())
        {
            return true;
        }
        is_scoring_word(w)
            && w != "penalty"
            && !(w == "made" && s.word(k + 1) != "it")
            && !(w == "lead"
                && s.find_in(
                    k.saturating_sub(5),
                    k,
                    &["gave", "give", "given", "giving", "put", "restored", "the"],
                )
                .is_none())
            && !(w == "goal"
                && matches!(
                    s.word(k + 1),
                    "difference" | "line" | "kick" | "keeper" | "attempts"
                ))
            // "25 yards from goal", "a shot on goal", "in goal": a place.
            && !(w == "goal"
                && matches!(
                    s.word_back(k, 1),
                    "from" | "on" | "at" | "towards" | "toward" | "in"
                ))
            // "back toward his own net", "a shot on net": the net as a
            // place, not the verb.
            && !(w == "net"
                && (1..=3).any(|b| {
                    matches!(
                        s.word_back(k, b),
                        "toward" | "towards" | "on" | "at" | "near" | "from"
                    )
                }))
    })
}

/// Events with a minute that are not goals.
const NOT_GOALS: &[&str] = &[
    "injury",
    "injured",
    "entered",
    "came",
    "substitute",
    "substituted",
    "replaced",
    "booked",
    "card",
    "sent",
    "hitting",
    "crossbar",
    "cross",
    "woodwork",
    "post",
    "bar",
    "brought",
    "withdrawn",
    "yellow",
    "red",
    "missed",
    "miss",
    "saved",
    "denied",
    "chance",
    "awarded",
];

fn missed_near(s: &SentenceCtx, from: usize, to: usize) -> bool {
    s.find_in(from, to, MISSED).is_some()
        || s.has_phrase(&["over", "the", "bar"])
            .is_some_and(|k| k >= from && k < to)
}

/// Where a clause ends: the next player, or a word that starts another clause.
fn clause_end(s: &SentenceCtx, from: usize, limit: usize) -> usize {
    let limit = limit.min(s.tokens.len());
    (from..limit)
        .find(|k| {
            matches!(
                s.word(*k),
                "that"
                    | "which"
                    | "while"
                    | "whereas"
                    | "but"
                    | "though"
                    | "although"
                    | ";"
                    | "before"
                    | "and"
            )
        })
        .unwrap_or(limit)
}

/// The clauses of a sentence about goals.
fn clauses(s: &SentenceCtx) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let minutes = minute_exprs(s);
    let at = |mi: usize| s.mentions[mi].start;
    let end_of = |mi: usize| s.mentions[mi].end;
    // "from Lo Celso's pass", "Trippier's cross": the provider, not the scorer.
    let provider = |mi: usize| {
        let m = &s.mentions[mi];
        let poss = s
            .tokens
            .get(m.end)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        let next = s.word(m.end + 1);
        let assist = [
            "pass", "cross", "assist", "corner", "through", "ball", "free", "delivery", "header",
            "perfect", "pinpoint", "low", "lofted", "fine", "superb",
        ];
        (poss && assist.contains(&next) && s.word(m.start.wrapping_sub(1)) == "from")
            || (poss && matches!(next, "cross" | "pass" | "assist" | "corner" | "delivery"))
            || matches!(s.word(m.start.wrapping_sub(1)), "by" | "for")
                && s.find_in(
                    m.start.saturating_sub(3),
                    m.start,
                    &["crossed", "set", "teed"],
                )
                .is_some()
            || s.find_in(
                m.start.saturating_sub(2),
                m.start,
                &["goalkeeper", "keeper"],
            )
            .is_some()
    };
    // "Nuno Gomes, only playing because Pauleta was suspended, scored": a
    // name inside an aside that follows another player's is not the
    // scorer. A list ("Ronaldo, Messi, and Neymar") has no words besides
    // the names between its commas.
    let in_aside = |mi: usize| {
        let m = &s.mentions[mi];
        // Commas or dashes ("Cahill – picked while Mooy sat on the bench –
        // levelled") set the aside off.
        let mark = |k: usize| matches!(s.word(k), "," | "-");
        let Some(open) = (0..m.start).rev().find(|&k| mark(k)) else {
            return false;
        };
        let Some(close) = (m.end..s.tokens.len()).find(|&k| mark(k)) else {
            return false;
        };
        let after_player = s
            .players
            .iter()
            .any(|(pi, _)| *pi != usize::MAX && s.mentions[*pi].end == open);
        let words = |r: std::ops::Range<usize>| {
            r.into_iter()
                .any(|k| s.tokens[k].kind == TokenKind::Word && !s.tokens[k].capitalized)
        };
        after_player
            && (words(open + 1..m.start) || words(m.end..close))
            && !scoring_near(s, open + 1, close)
    };
    let named: Vec<(usize, PlayerId)> = s
        .players
        .iter()
        .filter(|(mi, _)| *mi != usize::MAX && !provider(*mi) && !in_aside(*mi))
        .copied()
        .collect();
    let pronoun = s
        .players
        .iter()
        .find(|(mi, _)| *mi == usize::MAX)
        .map(|x| x.1);
    let mut used: Vec<usize> = Vec::new();
    for (idx, me) in minutes.iter().enumerate() {
        let lower = if idx == 0 {
            0
        } else {
            minutes[idx - 1].end + 1
        };
        let upper = minutes
            .get(idx + 1)
            .map(|m| m.start)
            .unwrap_or(s.tokens.len());
        // The nearer of the player just before and the one just after; a comma
        // between counts as distance.
        let dist = |from: usize, to: usize| {
            (from..to)
                .map(|k| {
                    if matches!(s.word(k), "," | ";" | "(" | ")") {
                        4
                    } else {
                        1
                    }
                })
                .sum::<usize>()
        };
        // "sprinted clear of Schlotterbeck": a name after a preposition is
        // not who scored.
        let object = |mi: usize| {
            matches!(
                s.word(at(mi).wrapping_sub(1)),
                "of" | "past" | "to" | "beat" | "beyond" | "around" | "than"
            )
        };
        let before = named
            .iter()
            .rev()
            .find(|(mi, _)| at(*mi) >= lower && end_of(*mi) <= me.start && !object(*mi))
            .map(|x| (dist(end_of(x.0), me.start), *x));
        let breaks = |from: usize, to: usize| {
            (from..to).any(|k| {
                matches!(
                    s.word(k),
                    "," | ";" | "but" | "and" | "while" | "whereas" | "before" | "after"
                )
            })
        };
        let after = named
            .iter()
            .find(|(mi, _)| at(*mi) > me.end && at(*mi) < upper)
            .map(|x| (dist(me.end + 1, at(x.0)), *x))
            // A name after the minute belongs to it only within the clause
            // ("in the 15th minute before Guerrero equalised" is not Guerrero's
            // minute), except after an opening "In the 18th minute, X ...".
            .filter(|(d, x)| {
                let hard = (me.end + 1..at(x.0)).any(|k| {
                    matches!(
                        s.word(k),
                        "before" | "after" | "but" | "and" | "while" | ";" | "until"
                    )
                });
                // "On 14 minutes, their pressure was rewarded with a goal by
                // Bryan Robson": an opening minute governs the sentence, and
                // "a goal by X" names its scorer.
                let opening_by = me.start <= 1
                    && s.word(me.end + 1) == ","
                    && s.word_back(at(x.0), 1) == "by"
                    && matches!(
                        s.word_back(at(x.0), 2),
                        "goal" | "header" | "strike" | "finish"
                    );
                (*d <= 7 || opening_by)
                    && !hard
                    && (before.is_none() || me.start <= 3 || !breaks(me.end + 1, at(x.0)))
            });
        let chosen = match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 < b.0 { a.1 } else { b.1 }),
            (b, a) => b.or(a).map(|x| x.1),
        };
        let player = chosen
            .map(|c| c.1)
            .or(if idx == 0 { pronoun } else { None })
            .or_else(|| out.last().and_then(|c| c.player));
        // "He then completed his hat trick ... in the dying seconds": a
        // pronoun's clause starts at the pronoun.
        let pronoun_at = s
            .find_in(lower, me.start, &["he", "his"])
            .filter(|_| chosen.is_none() && idx == 0 && pronoun.is_some());
        let start = chosen
            .map(|(mi, _)| at(mi).min(me.start))
            .or(pronoun_at)
            .unwrap_or(me.start);
        let end = chosen
            .map(|(mi, _)| (end_of(mi) - 1).max(me.end))
            .unwrap_or(me.end);
        if let Some((mi, _)) = chosen {
            used.push(mi);
        }
        out.push(Clause {
            start,
            end,
            player,
            when: Some(*me),
            pronoun: chosen.is_none(),
        });
    }
    // Players with a scoring word and no minute of their own.
    for (mi, p) in &named {
        let m = &s.mentions[*mi];
        // A name already given to a minute may still head a participle
        // lead-in ("Having scored from the spot, Kane ... in the 84th minute").
        let lead_in_only = used.contains(mi);
        if lead_in_only && !(matches!(s.word(0), "having" | "after") && scoring_near(s, 0, m.start))
        {
            continue;
        }
        let next_player = named
            .iter()
            .map(|(x, _)| at(*x))
            .filter(|x| *x > m.start)
            .min()
            .unwrap_or(s.tokens.len());
        let prev_end = named
            .iter()
            .filter(|(x, _)| end_of(*x) <= m.start)
            .map(|(x, _)| end_of(*x))
            .max()
            .unwrap_or(0);
        // In a list ("Doan and Asano scored", "A, B, C and D were on target")
        // the verb follows the last name.
        let mut list_end = m.end;
        for (x, _) in named.iter().filter(|(x, _)| at(*x) >= m.end) {
            if (list_end..at(*x)).all(|k| matches!(s.word(k), "," | "and" | "&")) {
                list_end = end_of(*x);
            } else {
                break;
            }
        }
        let next_player = if list_end > m.end {
            named
                .iter()
                .map(|(x, _)| at(*x))
                .filter(|x| *x >= list_end)
                .min()
                .unwrap_or(s.tokens.len())
        } else {
            next_player
        };
        let to = clause_end(
            s,
            list_end,
            next_player.max(list_end + 2).min(list_end + 10),
        );
        // Look back only within the clause: "seven goals, one behind Mbappe"
        // says nothing of Mbappe scoring.
        let mut from = m.start.saturating_sub(4).max(prev_end);
        if let Some(b) = (from..m.start)
            .rev()
            .find(|k| matches!(s.word(*k), "," | ";" | "but" | "while" | "whereas"))
        {
            from = b + 1;
        }
        // "Messi's penalty", "Haller's strike", "Kane's 82nd-minute
        // penalty": the possessive names the scorer.
        let noun_at = if matches!(
            s.tokens.get(m.end + 1).map(|t| t.kind),
            Some(TokenKind::Ordinal(_))
        ) && s.word(m.end + 2) == "minute"
        {
            m.end + 3
        } else {
            m.end + 1
        };
        let possessive_goal = s
            .tokens
            .get(m.end)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && matches!(
                s.word(noun_at),
                "penalty"
                    | "goal"
                    | "strike"
                    | "header"
                    | "brace"
                    | "opener"
                    | "equaliser"
                    | "equalizer"
                    | "winner"
                    | "volley"
                    | "hat"
            );
        // "Having scored earlier from the spot, Kane ...": a participle lead-in.
        let lead_in =
            matches!(s.word(0), "having" | "after") && prev_end == 0 && scoring_near(s, 0, m.start);
        // "goals from Henderson, Kane and Saka": the list shares the word before its first name.
        let mut head = m.start;
        for (x, _) in named.iter().rev().filter(|(x, _)| end_of(*x) <= m.start) {
            if (end_of(*x)..head).all(|k| matches!(s.word(k), "," | "and" | "&")) {
                head = at(*x);
            } else {
                break;
            }
        }
        let list_head = head < m.start && scoring_near(s, head.saturating_sub(4), head);
        if !scoring_near(s, from, to) && !possessive_goal && !lead_in && !list_head {
            continue;
        }
        out.push(Clause {
            start: if lead_in { 0 } else { m.start },
            end: (m.end - 1).max(m.start),
            player: Some(*p),
            when: None,
            pronoun: false,
        });
    }
    // "He restored the lead", "his hat trick secured ...": the scorer of the
    // sentences before, when no one is named here.
    if named.is_empty() && out.is_empty() {
        if let (Some(p), Some(k)) = (pronoun, s.find(&["he", "his"])) {
            let negated = s
                .find_in(
                    k,
                    (k + 5).min(s.tokens.len()),
                    &[
                        "not", "didn", "didnt", "never", "no", "failed", "without", "t",
                    ],
                )
                .is_some();
            if !negated && scoring_near(s, k, (k + 4).min(s.tokens.len())) {
                out.push(Clause {
                    start: k,
                    end: k,
                    player: Some(p),
                    when: None,
                    pronoun: true,
                });
            }
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// The match a clause is about: a team named just before it that met the
/// focus team in this edition ("... then beat Mali 2-1 in Bouake, with a
/// winner right at the end of extra time"), else the sentence's match.
fn clause_match<'a>(s: &SentenceCtx<'a>, at: usize) -> Option<&'a Match> {
    if let Some(leg) = s.leg_at(at) {
        return Some(leg);
    }
    let mut m = s.match_()?;
    // A match the sentence names only later ("Leckie struck ... behind France,
    // who lost 1-0 to Tunisia") is not this clause's: the one in view is.
    if s.match_named {
        let first_named = s
            .teams
            .iter()
            .filter(|(_, t)| m.involves(*t))
            .map(|(k, _)| *k)
            .min();
        if first_named.is_some_and(|k| k > at + 3) {
            if let Some(cur) = s.doc.current_match {
                m = s.store.match_(cur);
            }
        }
    }
    if let Some(t) = s.other_team_before(at) {
        if !m.involves(t) {
            if let Some(f) = s.doc.focus.filter(|f| *f != t) {
                if let Some(id) =
                    crate::context::find_meeting(s.store, f, t, s.edition, None, s.doc.as_of)
                {
                    return Some(s.store.match_(id));
                }
            }
        }
    }
    Some(m)
}

fn goal_rule(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    let Some(main) = s.match_() else { return };
    let cls = clauses(s);
    let n = s.tokens.len();
    let mut prev_minute = s.doc.last_minute;
    let mut prev_fresh = s.doc.last_minute_fresh;
    // Lists of scorers ("Doan and Asano scored", "A, B, C and D were also on
    // target") become one claim, true only if every one scored.
    let mut i = 0;
    while i < cls.len() {
        let c = &cls[i];
        let next_start = cls.get(i + 1).map(|x| x.start).unwrap_or(n);
        let mut group = vec![i];
        if c.when.is_none() {
            let mut j = i + 1;
            while j < cls.len() && cls[j].when.is_none() {
                let gap = (cls[j - 1].end + 1..cls[j].start)
                    .all(|k| matches!(s.word(k), "," | "and" | "&"));
                if !gap {
                    break;
                }
                group.push(j);
                j += 1;
            }
        }
        i = group.last().unwrap() + 1;
        let last = &cls[*group.last().unwrap()];
        let from = c.start;
        let after_next = cls.get(i).map(|x| x.start).unwrap_or(n);
        let q_to = if c.when.is_some() {
            clause_end(s, c.end + 1, next_start.max(c.end + 1).min(c.end + 10))
        } else {
            clause_end(s, last.end + 1, after_next.min(last.end + 16))
        };
        // Qualifiers may sit just before the name too ("a hat-trick for
        // Mbappé"), but not across a clause break ("... ahead again but Mbappé").
        let prev_end = if i > group.len() {
            cls[i - group.len() - 1].end + 1
        } else {
            0
        };
        // A participle lead-in ("Having scored from the spot, Kane ...") is the
        // clause; what follows the name is another one.
        let lead_in = c.when.is_none()
            && c.start == 0
            && group.len() == 1
            && s.players.iter().any(|(mi, p)| {
                *mi != usize::MAX && Some(*p) == c.player && s.mentions[*mi].start > 0
            });
        let q_to = if lead_in {
            s.players
                .iter()
                .filter(|(mi, p)| *mi != usize::MAX && Some(*p) == c.player)
                .map(|(mi, _)| s.mentions[*mi].start)
                .next()
                .unwrap_or(q_to)
        } else {
            q_to
        };
        let mut q_from = from.saturating_sub(4).max(prev_end);
        if let Some(b) = (q_from..from).rev().find(|k| {
            matches!(
                s.word(*k),
                "but" | "," | ";" | "and" | "while" | "after" | "before"
            )
        }) {
            q_from = b + 1;
        }
        let missed = missed_near(s, q_from, q_to);
        let q = quals(s, q_from, q_to);
        // "five times in four games", "his 29th international goal": tallies, not this match.
        let tally_like = (q_from..q_to).any(|k| {
            matches!(s.tokens[k].kind, TokenKind::Number(v) if v >= 3 && matches!(s.word(k + 1), "times" | "goals" | "international" | "career"))
                || matches!(s.tokens[k].kind, TokenKind::Ordinal(v) if v > 12 && matches!(s.word(k + 1), "international" | "goal" | "career" | "title"))
        }) || s.find_in(q_from, q_to, &["tally", "international", "career", "scorer", "scorers"]).is_some()
            // "13 World Cup goals": a competition between the number and "goals".
            || (q_from..q_to).any(|k| {
                s.tokens[k].number().is_some_and(|v| v >= 3)
                    && s.mention_at(k + 1).is_some_and(|m| matches!(m.kind, crate::mentions::MentionKind::Competition(_)) && matches!(s.word(m.end), "goals" | "goal"))
            });
        // "needs one more goal to equal Rooney's record": wanted, not scored.
        let hypothetical = s
            .find_in(
                q_from.saturating_sub(3),
                q_to,
                &[
                    "needs", "need", "needed", "would", "could", "might", "equal", "chance",
                    "hoping", "hopes", "bid", "aiming", "record",
                ],
            )
            .is_some_and(|k| s.word(k) != "record" || (k >= from && k <= c.end + 6));
        if tally_like || hypothetical {
            continue;
        }
        let mut qq = q.clone();
        if group.len() > 1 {
            qq.count = None;
            qq.nth = None;
        }
        let span_end = last
            .end
            .max(c.end)
            .max(q.last_at.filter(|k| *k < q_to).unwrap_or(0));
        let span = s.span_of(
            q_from.max(from.min(c.when.map(|w| w.start).unwrap_or(from))),
            span_end,
        );
        if missed {
            let kind =
                if q.penalty || s.near(from, 6, PENALTY).is_some() || s.has(&["shootout", "shoot"])
                {
                    ClaimKind::Penalty
                } else {
                    ClaimKind::Other
                };
            out.push(
                Finding::new("goals", kind, span, "a missed, saved or awarded kick")
                    .unverifiable("misses, saves and penalty awards are not in the match data"),
            );
            continue;
        }
        let players: Vec<Option<PlayerId>> = group.iter().map(|k| cls[*k].player).collect();
        let clause_span = (
            from.min(c.when.map(|w| w.start).unwrap_or(from)),
            (c.end + 4).min(n),
        );
        let scoring = scoring_near(
            s,
            clause_span.0.saturating_sub(4),
            clause_end(s, c.end + 1, (c.end + 11).min(n)),
        );
        let non_goal = s.find_in(clause_span.0, clause_span.1, NOT_GOALS).is_some();
        if c.when.is_some()
            && (!scoring
                || (non_goal
                    && s.find_in(
                        clause_span.0,
                        clause_span.1,
                        &[
                            "scored",
                            "net",
                            "goal",
                            "equaliser",
                            "equalizer",
                            "winner",
                            "brace",
                            "equalise",
                            "equalize",
                            "scoring",
                            "score",
                        ],
                    )
                    .is_none()))
        {
            continue;
        }
        // Without a player, a minute needs a goal noun ("a winner", "the
        // opener") and no unknown name standing where the scorer would be.
        if players.iter().all(Option::is_none) {
            let noun = s
                .find_in(
                    clause_span.0.saturating_sub(4),
                    clause_span.1,
                    &["goal", "winner", "equaliser", "equalizer", "opener"],
                )
                .is_some();
            let unknown_name = (clause_span.0.saturating_sub(4)..clause_span.0)
                .any(|k| s.tokens[k].capitalized && s.mention_at(k).is_none() && k > 0);
            if !noun || unknown_name {
                continue;
            }
        }
        let fm_base = clause_match(s, from).unwrap_or(main);
        let mut fm = fm_base;
        // "Haller scored in the semi-final": that stage's match of his team.
        if let (Some(st), Some(p)) = (q.stage, c.player) {
            if fm.stage != st {
                if let Some(e) = fm.edition {
                    let team = store.player_goals(p).find(|g| !g.own_goal).map(|g| g.team);
                    if let Some(other) = store
                        .edition(e)
                        .matches
                        .iter()
                        .map(|id| store.match_(*id))
                        .find(|x| x.stage == st && team.is_some_and(|t| x.involves(t)))
                    {
                        fm = other;
                    }
                }
            }
        }
        // A match not yet played when the article was written has no goals to check.
        if s.doc.as_of.is_some_and(|d| fm.date > d) {
            continue;
        }
        let kind = if c.when.is_some() {
            ClaimKind::Minute
        } else if q.own_goal {
            ClaimKind::OwnGoal
        } else if q.penalty {
            ClaimKind::Penalty
        } else {
            ClaimKind::Scorer
        };
        // "saved in the ninth minute, but just two minutes later, Morata
        // scored": a minute earlier in the sentence, goal or not, is what
        // "later" counts from.
        let here_anchor = c
            .when
            .filter(|w| matches!(w.when, When::Later(_)))
            .and_then(|w| {
                minute_exprs(s)
                    .into_iter()
                    .filter(|e| e.end <= w.start)
                    .filter_map(|e| match e.when {
                        When::Exact(m, _) => Some(m),
                        _ => None,
                    })
                    .next_back()
            });
        let anchor = here_anchor.or(prev_minute);
        // Every named player judged against one match: whether all fit,
        // what the data has, the minute fitted, and whether each is a
        // scorer of these teams at all.
        let judge_all = |fm: &Match| {
            let mut all_ok = true;
            let mut actuals = Vec::new();
            let mut names = Vec::new();
            let mut known_team = true;
            let mut fitted = None;
            for (k, p) in players.iter().enumerate() {
                // "Rummenigge and Völler levelled": together; only the last goal
                // of a shared result made it level (or won it).
                let joint_not_last = players.len() > 1 && k + 1 < players.len();
                // Without a scorer, any goal of the match ("a winner right at the end").
                let team: Option<TeamId> = None;
                // "a brace inside two minutes": the time between the goals, not the clock.
                // Also "two goals in two minutes" ("in N minutes" with a count).
                let number_based = c.when.is_some_and(|w| {
                    s.tokens[w.start].number().is_some()
                        || s.tokens
                            .get(w.start + 1)
                            .is_some_and(|t| t.number().is_some())
                });
                let span_limit = match (c.when.map(|w| w.when), qq.count) {
                    (Some(When::AtMost(x)), Some(k)) if k >= 2 => Some(x),
                    (Some(When::Exact(x, None)), Some(k)) if k >= 2 && number_based => Some(x),
                    _ => None,
                };
                let when = if span_limit.is_some() {
                    None
                } else {
                    c.when.map(|w| w.when)
                };
                let counted = Quals {
                    count: if span_limit.is_some() { None } else { qq.count },
                    equaliser: qq.equaliser && !joint_not_last,
                    lead: qq.lead && !joint_not_last,
                    last_goal: qq.last_goal && !joint_not_last,
                    ..qq.clone()
                };
                let (mut ok, actual, minute) = judge(store, fm, *p, team, when, anchor, &counted);
                if let (Some(limit), Some(p)) = (span_limit, p) {
                    let ms: Vec<u8> = store
                        .goals_of(fm)
                        .iter()
                        .filter(|g| g.player == *p && !g.own_goal)
                        .filter_map(|g| g.minute)
                        .collect();
                    let within = ms.windows(2).any(|w| w[1].saturating_sub(w[0]) <= limit);
                    ok &= within;
                }
                all_ok &= ok;
                actuals.push(actual);
                fitted = fitted.or(minute);
                if let Some(p) = p {
                    names.push(store.player(*p).name.to_string());
                    // Is the player one of these teams' scorers at all? If not, a
                    // namesake or another match is likelier than an error.
                    known_team &= store.player_goals(*p).any(|g| {
                        let own = if g.own_goal {
                            store.match_(g.match_id).opponent(g.team)
                        } else {
                            g.team
                        };
                        fm.involves(own)
                    });
                }
            }
            (all_ok, actuals, fitted, names, known_team)
        };
        let (mut all_ok, mut actuals, mut fitted, names, known_team) = judge_all(fm);
        // The same sides' other meeting of the tournament (a replay, a
        // group game and a final): scorers that fit it are that match's.
        if !all_ok && !names.is_empty() {
            if let Some(e) = fm.edition {
                let sibling = store
                    .edition(e)
                    .matches
                    .iter()
                    .map(|id| store.match_(*id))
                    .filter(|x| x.id != fm.id && x.involves(fm.home) && x.involves(fm.away))
                    .filter(|x| s.doc.as_of.is_none_or(|d| x.date <= d))
                    .find_map(|x| {
                        let r = judge_all(x);
                        r.0.then_some((x, r))
                    });
                if let Some((x, (ok, a, f, _, _))) = sibling {
                    fm = x;
                    all_ok = ok;
                    actuals = a;
                    fitted = f;
                }
            }
        }
        let who = if names.is_empty() && q.equaliser {
            "the equaliser".to_string()
        } else if names.is_empty() {
            "a goal".to_string()
        } else {
            names.join(", ")
        };
        let mut claimed = who.clone();
        if let Some(w) = c.when {
            claimed.push_str(&format!(" at {}", when_label(w.when)));
        }
        if q.penalty {
            claimed.push_str(" (penalty)");
        }
        if q.own_goal {
            claimed.push_str(" (own goal)");
        }
        if let Some(k) = qq.count {
            claimed.push_str(&format!(", {k} goals"));
        }
        if let Some(k) = qq.nth {
            claimed.push_str(&format!(", the team's goal no. {k}"));
        }
        let desc = store.describe_match(fm);
        let mut f = Finding::new("goals", kind, span, claimed);
        // "the equaliser came in the 34th minute": no scorer named, but the
        // article's own match has one equaliser to time.
        let unnamed_of_main = names.is_empty()
            && (q.equaliser || qq.nth.is_some())
            && c.when.is_some()
            && Some(fm.id) == s.doc.main_match;
        f = if all_ok || (known_team && !c.pronoun) || unnamed_of_main {
            f.judged(all_ok, actuals.join("; "), format!("goals in {desc}"))
        } else if names.is_empty() {
            f.unverifiable(format!(
                "no scorer is named, and the goal does not fit {desc}; another match may be meant"
            ))
        } else {
            f.unverifiable(format!(
                "{who} scored no goal in {desc}; another match may be meant"
            ))
        };
        // "five minutes later" with no goal timed before it: only the scorer
        // was checked, so the claim as a whole is not proven either way.
        let relative = matches!(c.when.map(|w| w.when), Some(When::Later(_)));
        if relative && anchor.is_none() && f.verdict == Verdict::True {
            f = f.unverifiable(format!(
                "{who} scored in {desc}, but no goal timed before says what 'later' counts from"
            ));
        }
        f.minute = fitted;
        f.anchored = (prev_fresh || here_anchor.is_some())
            && anchor.is_some()
            && matches!(c.when.map(|w| w.when), Some(When::Later(_)));
        prev_fresh |= fitted.is_some();
        prev_minute = fitted.or(prev_minute);
        out.push(f.with_evidence([fm.id]));
    }
    // A penalty with no scorer named: "via VAR-decided penalty", "(including a
    // last-minute penalty)": the scorer of the previous sentence.
    if !out
        .iter()
        .any(|f| matches!(f.kind, ClaimKind::Penalty | ClaimKind::Minute))
        && cls.is_empty()
    {
        if let Some(k) = s.find(&["penalty"]).filter(|k| {
            !matches!(
                s.word(k + 1),
                "area" | "box" | "appeal" | "shout" | "claim" | "shootout" | "shoot"
            )
        }) {
            let blocked = s
                .find(&["away", "conceded", "conceding", "ever", "record", "first"])
                .is_some();
            if missed_near(s, 0, n) {
                out.push(
                    Finding::new(
                        "goals",
                        ClaimKind::Penalty,
                        s.span_of(k.saturating_sub(3), k),
                        "a missed or awarded penalty",
                    )
                    .unverifiable("missed penalties, saves and awards are not in the match data"),
                );
            } else if let Some(p) = s.doc.last_player.filter(|_| {
                // A sentence that names a player of its own ("a late
                // Salpingidis penalty") is about him, never the last scorer.
                !blocked
                    && s.players.is_empty()
                    && (scoring_near(s, 0, n)
                        || s.word(k.wrapping_sub(1)).ends_with("decided")
                        || s.has(&["including", "via"]))
            }) {
                if s.doc.as_of.is_some_and(|d| main.date > d) {
                    return;
                }
                let q = quals(s, 0, n);
                let (ok, actual, _) = judge(
                    store,
                    main,
                    Some(p),
                    None,
                    None,
                    None,
                    &Quals {
                        penalty: true,
                        last_goal: q.last_goal,
                        ..Default::default()
                    },
                );
                let name = store.player(p).name.to_string();
                let f = Finding::new(
                    "goals",
                    ClaimKind::Penalty,
                    s.span_of(k.saturating_sub(3), k),
                    format!("{name} scored a penalty"),
                );
                // The taker is borrowed from the sentence before: a penalty
                // he did not score may be a team-mate's, so never false.
                let f = if ok {
                    f.judged(
                        true,
                        actual,
                        format!("goals in {}", store.describe_match(main)),
                    )
                } else {
                    f.unverifiable(format!(
                        "the sentence names no taker, and {name} scored no penalty in {}: \
                         a team-mate may have",
                        store.describe_match(main)
                    ))
                };
                out.push(f.with_evidence([main.id]));
            }
        }
    }
}

impl Rule for Scorer {
    fn name(&self) -> &'static str {
        "goals"
    }
    fn description(&self) -> &'static str {
        "who scored, when, how often, from the spot or into their own net"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        goal_rule(s, out);
    }
}

/// The goal rule covers minutes, penalties and own goals too; these stay as
/// names so each kind can be listed and switched on its own later.
macro_rules! covered_by_goal_rule {
    ($t:ident, $name:literal, $desc:literal) => {
        impl Rule for $t {
            fn name(&self) -> &'static str {
                $name
            }
            fn description(&self) -> &'static str {
                $desc
            }
            fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
        }
    };
}
covered_by_goal_rule!(
    GoalMinute,
    "minute",
    "goal minutes (checked by the goals rule)"
);
covered_by_goal_rule!(
    Penalty,
    "penalty",
    "penalties scored (checked by the goals rule)"
);
covered_by_goal_rule!(OwnGoal, "own_goal", "own goals (checked by the goals rule)");

/// `SCORING` as a set: scoring words are looked up for most tokens of a clause.
fn is_scoring_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| SCORING.iter().copied().collect())
        .contains(w)
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_scorers_level_together() {
        // 1986 final: Rummenigge 74' (2-1), Völler 80' (2-2).
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", t, "1986-06-30")
                .first()
                .map(|c| c.verdict)
        };
        let lead = "Argentina beat West Germany 3-2 in the 1986 World Cup final. ";
        assert_eq!(
            v(&format!(
                "{lead}Karl-Heinz Rummenigge and Rudi Völler levelled for West Germany."
            )),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v(&format!(
                "{lead}Karl-Heinz Rummenigge and Klaus Allofs levelled for West Germany."
            )),
            Some(crate::Verdict::False)
        );
    }

    #[test]
    fn minutes_later_than_a_goal_just_timed() {
        // Euro 2016 semi-final: Ronaldo 50', Nani 53'.
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", t, "2016-07-07")
                .into_iter()
                .find(|c| c.text.starts_with("Nani"))
                .map(|c| c.verdict)
        };
        let lead = "Portugal beat Wales 2-0 in Lyon. Cristiano Ronaldo headed Portugal in front in the 50th minute";
        assert_eq!(
            v(&format!("{lead}, and Nani scored three minutes later.")),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v(&format!("{lead}. Nani scored five minutes later.")),
            Some(crate::Verdict::False)
        );
        // Without a goal timed just before, "later" has no stated reference.
        assert_eq!(
            v("Portugal beat Wales 2-0 in Lyon. Nani scored five minutes later."),
            Some(crate::Verdict::Unverifiable)
        );
    }

    #[test]
    fn a_penalty_belongs_to_the_player_its_sentence_names() {
        // Euro 2012 quarter-final: Samaras 55', Salpingidis 89' (pen.).
        let claims = |t: &str| crate::rules::testing::claims_of("goals", t, "2012-06-22");
        let lead = "Germany beat Greece 4-2 in the Euro 2012 quarter-final. Greece had levelled through Giorgos Samaras.";
        let r = claims(&format!(
            "{lead} Greece cut the deficit with a late Dimitris Salpingidis penalty."
        ));
        assert!(
            r.iter().all(|c| c.verdict != crate::Verdict::False),
            "{r:?}"
        );
        // Said of the player outright, the penalty is checked: his, or not.
        let v = |t: &str| {
            claims(&format!("{lead} {t}"))
                .iter()
                .find(|c| c.kind == crate::ClaimKind::Penalty)
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Dimitris Salpingidis scored a late penalty for Greece."),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v("Giorgos Samaras scored a late penalty for Greece."),
            Some(crate::Verdict::False)
        );
    }

    #[test]
    fn a_russian_name_in_another_romanisation() {
        // Russia 5-0 Saudi Arabia, 2018: the data writes "Yury Gazinsky", 12'.
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", t, "2018-06-14")
                .into_iter()
                .find(|c| c.text.contains("Gazinskiy"))
                .map(|c| c.verdict)
        };
        let lead = "Russia beat Saudi Arabia 5-0 in Moscow. ";
        assert_eq!(
            v(&format!("{lead}Yuri Gazinskiy scored in the 12th minute.")),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v(&format!("{lead}Yuri Gazinskiy scored in the 17th minute.")),
            Some(crate::Verdict::False)
        );
    }

    #[test]
    fn his_nth_goal_is_his_count_not_the_teams() {
        // Algeria 2-1 Nigeria, AFCON 2019 semi-final: Ighalo's 72' penalty,
        // his fourth goal of the tournament and Nigeria's only one that day.
        let lead = "Algeria beat Nigeria 2-1 in the Africa Cup of Nations semi-final in Cairo. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "2019-07-15")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Odion Ighalo equalised from the penalty spot to register his fourth goal of the tournament."),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v("Ahmed Musa equalised from the penalty spot."),
            Some(crate::Verdict::False)
        );
    }

    #[test]
    fn in_the_nth_is_a_minute_not_a_goals_number() {
        // Germany 5-1 Scotland, Euro 2024: Wirtz 10', Musiala 19', Havertz
        // 45+1' (pen), Füllkrug 68', Can 90+3'.
        let lead = "Germany beat Scotland 5-1 in Munich in the opening match of Euro 2024. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "2024-06-15")
                .iter()
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            v("Florian Wirtz scored in the 10th."),
            [crate::Verdict::True]
        );
        assert_eq!(
            v("Florian Wirtz scored in the 12th."),
            [crate::Verdict::False]
        );
        assert!(
            !v("Kai Havertz made it three early in the second.").contains(&crate::Verdict::False)
        );
        // The team's count, stated as such, is still checked.
        assert_eq!(v("Kai Havertz scored the third."), [crate::Verdict::True]);
        assert_eq!(v("Kai Havertz scored the fourth."), [crate::Verdict::False]);
    }

    #[test]
    fn leading_twice_is_the_teams_count_not_the_scorers() {
        // Spain 2-3 Nigeria, 1998: Hierro 21', Raúl 47' for Spain.
        let lead = "Nigeria beat Spain 3-2 in Nantes at the 1998 World Cup. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "1998-06-14")
                .iter()
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        assert!(
            !v("Spain took the lead twice, through Fernando Hierro and Raul.")
                .contains(&crate::Verdict::False)
        );
        assert!(v("Fernando Hierro scored twice for Spain.").contains(&crate::Verdict::False));
    }

    #[test]
    fn the_net_as_a_place_is_no_goal() {
        // Netherlands 3-1 England a.e.t., Nations League semi-final 2019:
        // Rashford 32' (pen), De Ligt 73', Walker 97' (own goal), Promes 114'.
        let lead = "The Netherlands beat England 3-1 after extra time in Guimaraes. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "2019-06-07")
                .iter()
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        assert!(
            !v("In the 97th minute John Stones dribbled back toward his own net.")
                .contains(&crate::Verdict::False)
        );
        assert!(
            !v("Kasper Schmeichel guessed the right way to block Rashford's penalty.")
                .contains(&crate::Verdict::False)
        );
        assert_eq!(
            v("Kyle Walker turned the ball into his own net."),
            [crate::Verdict::True]
        );
        assert_eq!(
            v("John Stones turned the ball into his own net."),
            [crate::Verdict::False]
        );
    }

    #[test]
    fn scorers_of_the_first_meeting_before_a_replay() {
        // 1938: Cuba 3-3 Romania a.e.t. (06-05; Socorro 44', 103', Magriñá
        // 69'), then Cuba 2-1 Romania in the replay (06-09).
        let lead = "Cuba beat Romania 2-1 in a replay in Toulouse to reach the quarter-finals. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "1938-06-10")
                .iter()
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            v("In the first game Cuba came back with goals from Hector Socorro and Jose Magrina."),
            [crate::Verdict::True]
        );
        // Magriñá scored once in the two meetings.
        assert_eq!(
            v("In the first game Jose Magrina scored twice for Cuba."),
            [crate::Verdict::False]
        );
    }

    #[test]
    fn stretches_of_the_clock_hold_every_goal_counted() {
        // Copa América 1999 final, Brazil 3-0 Uruguay: Rivaldo 20', 27',
        // Ronaldo 46'.
        let lead = "Brazil beat Uruguay 3-0 in the Copa America final in Asuncion. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "1999-07-19")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Rivaldo struck twice inside the first 30 minutes."),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v("Rivaldo struck twice inside the first 20 minutes."),
            Some(crate::Verdict::False)
        );
        // "midway through the second half" is about the 67th minute.
        assert_eq!(
            v("Ronaldo added the third midway through the first half."),
            Some(crate::Verdict::False)
        );
        assert_eq!(
            v("Rivaldo scored midway through the first half."),
            Some(crate::Verdict::True)
        );
    }

    #[test]
    fn later_counts_from_the_minute_before_it_and_a_dashed_aside_is_no_scorer() {
        // 2022: Japan 2-1 Spain, Morata 11'. 2017: Australia 2-1 Syria a.e.t.,
        // Al Somah 6', Cahill 13' and 109'.
        let v = |lead: &str, t: &str, day: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead} {t}"), day)
                .iter()
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        let lead = "Japan beat Spain 2-1 in Group E at the World Cup.";
        let day = "2022-12-02";
        assert_eq!(
            v(lead, "Morata's header was saved in the ninth minute, but two minutes later, Morata scored with a header.", day)
                .last(),
            Some(&crate::Verdict::True)
        );
        assert_eq!(
            v(lead, "Morata's header was saved in the ninth minute, but five minutes later, Morata scored with a header.", day)
                .last(),
            Some(&crate::Verdict::False)
        );
        let lead = "Australia beat Syria 2-1 after extra time in Sydney.";
        let day = "2017-10-11";
        assert!(!v(
            lead,
            "Syria led after six minutes, but Cahill - picked while Aaron Mooy sat on the bench - levelled with a header seven minutes later.",
            day
        )
        .contains(&crate::Verdict::False));
    }

    #[test]
    fn a_minute_of_added_time_the_source_folds_into_the_ninetieth() {
        // 2026 qualifying, 2024-06-06: Mali 1-2 Ghana, Jordan Ayew's winner
        // stored as 90' (it was 90+4).
        let lead = "Ghana beat Mali 2-1 in Bamako in a World Cup qualifier on Thursday. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "2024-06-07")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Jordan Ayew's 94th minute goal won it."),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v("Jordan Ayew's 84th minute goal won it."),
            Some(crate::Verdict::False)
        );
        // A penalty saved is no penalty scored (Euro 96, England 4-1
        // Netherlands: Shearer 23' pen, 57').
        let v = |t: &str| {
            crate::rules::testing::claims_of(
                "goals",
                &format!("England beat the Netherlands 4-1 at Wembley at Euro 96. {t}"),
                "1996-06-19",
            )
            .iter()
            .map(|c| c.verdict)
            .collect::<Vec<_>>()
        };
        assert!(!v(
            "They had the goal-poaching of Alan Shearer and the penalty saving of David Seaman."
        )
        .contains(&crate::Verdict::False));
    }

    #[test]
    fn a_one_word_scorer_is_the_full_name_of_the_same_side() {
        // Turkey 4-2 Switzerland, 2005 play-off: goalscorers.csv writes
        // "Tuncay" (22', 36', 89'); writers give Tuncay Şanlı in full.
        let lead = "Turkey beat Switzerland 4-2 in Istanbul in the World Cup play-off. ";
        let v = |t: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), "2005-11-17")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Tuncay Sanli levelled with a diving header in the 22nd minute."),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v("Tuncay Sanli levelled with a diving header in the 29th minute."),
            Some(crate::Verdict::False)
        );
    }

    #[test]
    fn the_unnamed_equaliser_of_the_articles_match() {
        // Norway 2-1 England, 1981: Robson 15', Lund 35' (1-1), Thoresen 41'.
        let lead = "Norway beat England 2-1 in Oslo in a World Cup qualifier. Bryan Robson had given England the lead. ";
        let v = |m: &str| {
            crate::rules::testing::claims_of(
                "goals",
                &format!(
                    "{lead}Norway grew in confidence, and the equaliser came in the {m} minute."
                ),
                "1981-09-10",
            )
            .into_iter()
            .find(|c| c.text.contains(m))
            .map(|c| c.verdict)
        };
        assert_eq!(v("35th"), Some(crate::Verdict::True));
        assert_eq!(v("34th"), Some(crate::Verdict::False));
    }

    #[test]
    fn an_opening_minute_and_a_goal_by_its_scorer() {
        // Norway 2-1 England, 1981: Robson 15'. Egypt 2-1 Congo, 2017:
        // Salah 62'.
        let v = |lead: &str, t: &str, day: &str, who: &str| {
            crate::rules::testing::claims_of("goals", &format!("{lead}{t}"), day)
                .into_iter()
                .find(|c| c.claimed.contains(who) && c.kind == crate::ClaimKind::Minute)
                .map(|c| c.verdict)
        };
        let lead = "Norway beat England 2-1 in Oslo in a World Cup qualifier. ";
        let t = |m: u8| {
            format!("On {m} minutes, their pressure was rewarded with a goal by Bryan Robson.")
        };
        assert_eq!(
            v(lead, &t(15), "1981-09-10", "Robson"),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v(lead, &t(14), "1981-09-10", "Robson"),
            Some(crate::Verdict::False)
        );
        let lead = "Egypt beat Congo 2-1 in Alexandria to reach the World Cup. ";
        let t = |m: u8| {
            format!("A blunder allowed Mohamed Salah to fire past the goalkeeper on {m} minutes.")
        };
        assert_eq!(
            v(lead, &t(62), "2017-10-09", "Salah"),
            Some(crate::Verdict::True)
        );
        assert_eq!(
            v(lead, &t(63), "2017-10-09", "Salah"),
            Some(crate::Verdict::False)
        );
    }
}

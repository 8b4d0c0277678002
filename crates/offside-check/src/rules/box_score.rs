//! Box scores: scorers listed with their minutes, as match reports print
//! them: "Russia: Gazinsky (12'), Cheryshev (43', 90+1')" or
//! "BRAZIL 4 (Pelé 18, Gérson 66)". Each name with its minutes is a claim
//! that the player scored at those minutes in the match in view.

use super::*;
use offside_text::TokenKind;

pub struct BoxScore;

impl Rule for BoxScore {
    fn name(&self) -> &'static str {
        "box_score"
    }
    fn description(&self) -> &'static str {
        "scorers listed with their minutes: \"Pelé 18\", \"Cheryshev (43', 90+1')\""
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        let entries: Vec<_> = s
            .players
            .iter()
            .filter_map(|&(mi, p)| {
                let men = s.mentions.get(mi)?;
                // "Magath (Hoeness 62')": a substitute in a line-up, not a
                // scorer (the bracket opens right after another name).
                let sub = men.start >= 2
                    && s.tokens[men.start - 1].is_punct('(')
                    && s.mention_at(men.start - 2).is_some();
                if sub {
                    return None;
                }
                let minutes = listed_minutes(s, men.end);
                (!minutes.is_empty()).then_some((men, p, minutes))
            })
            .collect();
        // A box score lists several scorers, or says it is one ("Goals:");
        // a lone "(71')" in prose may time someone else's goal.
        let labelled = s.has(&["goals", "scorers", "scorer", "goalscorers"]);
        // A list of names with minutes and no score or label may be a
        // line-up's changes.
        let scored = s
            .tokens
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Score(..)))
            || s.mentions.iter().any(|m| {
                let num = |k: usize| {
                    matches!(s.tokens.get(k).map(|t| t.kind), Some(TokenKind::Number(_)))
                };
                // "BRAZIL 4 (Pelé 18 ...)", "BRAZIL (1) 4 (...)" with the
                // half-time score in brackets.
                m.team().is_some()
                    && (num(m.end)
                        || (s.tokens.get(m.end).is_some_and(|t| t.is_punct('('))
                            && num(m.end + 1)
                            && s.tokens.get(m.end + 2).is_some_and(|t| t.is_punct(')'))
                            && num(m.end + 3)))
            });
        if !(labelled || scored && entries.len() >= 2) {
            return;
        }
        for (men, p, minutes) in entries {
            let Some(&(_, last)) = minutes.last() else {
                continue;
            };
            let Some(m) = s.match_near(men.start) else {
                continue;
            };
            // The listed name may be a shorter form of the scorer's
            // ("Carlos Alberto" for Carlos Alberto Torres).
            let short = offside_data::names::normalize(&men.span.text(s.text).replace('\'', ""));
            let goals: Vec<_> = store
                .goals_of(m)
                .iter()
                .filter(|g| {
                    !g.own_goal
                        && (g.player == p || {
                            let full = offside_data::names::normalize(&store.player(g.player).name);
                            full.starts_with(&format!("{short} "))
                                || full.ends_with(&format!(" {short}"))
                        })
                })
                .collect();
            let at = |n: u8| {
                goals
                    .iter()
                    .any(|g| g.minute == Some(n) || g.alt_minute == Some(n))
            };
            let ok = minutes.iter().all(|(n, _)| at(*n));
            let name = store.player(p).name.to_string();
            let claimed: Vec<String> = minutes.iter().map(|(n, _)| format!("{n}'")).collect();
            let actual: Vec<String> = goals
                .iter()
                .map(|g| match (g.minute, g.stoppage) {
                    (Some(x), Some(st)) => format!("{x}+{st}'"),
                    (Some(x), None) => format!("{x}'"),
                    _ => "minute unknown".into(),
                })
                .collect();
            out.push(
                Finding::new(
                    "box_score",
                    ClaimKind::Minute,
                    s.span_of(men.start, last),
                    format!("{name} scored at {}", claimed.join(", ")),
                )
                .about(Subject::Match)
                .judged(
                    ok,
                    if actual.is_empty() {
                        "no goal".to_string()
                    } else {
                        format!("{name} {}", actual.join(", "))
                    },
                    format!("goals in {}", store.describe_match(m)),
                )
                .with_evidence([m.id]),
            );
        }
    }
}

/// The minutes written right after a name in a box score: "(12')",
/// "(43', 90+1')", or inside a list "(Pelé 18, Gérson 66)". A bare number
/// counts only inside brackets; a minute mark (') counts anywhere. Returns
/// each minute with its last token.
fn listed_minutes(s: &SentenceCtx, after: usize) -> Vec<(u8, usize)> {
    let t = s.tokens;
    let mark = |i: usize| {
        t.get(i)
            .is_some_and(|x| x.is_punct('\'') || x.is_punct('’'))
    };
    let in_brackets = (0..after).rev().find_map(|i| match t[i].kind {
        TokenKind::Punct('(') => Some(true),
        TokenKind::Punct(')') => Some(false),
        _ => None,
    }) == Some(true);
    let mut i = after;
    let opened = t.get(i).is_some_and(|x| x.is_punct('('));
    if opened {
        i += 1;
    }
    let mut out = Vec::new();
    while let Some(tok) = t.get(i) {
        let minute = match tok.kind {
            TokenKind::Number(n) if n <= 130 => Some(n as u8),
            TokenKind::Stoppage(a, _) => Some(a),
            _ => None,
        };
        let Some(n) = minute else { break };
        let marked = mark(i + 1);
        if !(marked || opened || in_brackets) {
            break;
        }
        // "Batistuta (2)" counts goals; a bare minute is rarely that early.
        if !marked && n <= 5 {
            break;
        }
        let mut end = i + usize::from(marked);
        // "(pen)", "pen." after the minute.
        if matches!(s.word(end + 1), "pen" | "penalty" | "og") {
            end += 1;
        }
        out.push((n, end));
        i = end + 1;
        if opened
            && t.get(i).is_some_and(|x| x.is_punct(','))
            && matches!(
                t.get(i + 1).map(|x| x.kind),
                Some(TokenKind::Number(_) | TokenKind::Stoppage(..))
            )
        {
            i += 1;
            continue;
        }
        break;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn box_verdicts(text: &str, as_of: &str) -> Vec<(String, Verdict)> {
        claims_of("box_score", text, as_of)
            .into_iter()
            .map(|c| (c.text, c.verdict))
            .collect()
    }

    #[test]
    fn minutes_after_names_in_brackets() {
        // The 1970 final: Pelé 18, Gérson 66, Jairzinho 71, Carlos Alberto 86.
        let v = box_verdicts(
            "Brazil beat Italy 4-1 in the 1970 World Cup final (Pelé 18, Gérson 66, Jairzinho 71).",
            "1970-06-22",
        );
        assert_eq!(v.len(), 3, "{v:?}");
        assert!(v.iter().all(|x| x.1 == Verdict::True), "{v:?}");
        let v = box_verdicts(
            "Brazil beat Italy 4-1 in the 1970 World Cup final (Pelé 28, Gérson 66).",
            "1970-06-22",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
        // Gérson's goal is 65' in results.csv and 66' in the txt file (P3).
        assert_eq!(v.get(1).map(|x| x.1), Some(Verdict::True), "{v:?}");
    }

    #[test]
    fn minutes_with_marks_and_stoppage_time() {
        // Russia 5-0 Saudi Arabia, 2018: Cheryshev 43' and 90+1'.
        let v = box_verdicts(
            "Russia beat Saudi Arabia 5-0 at the 2018 World Cup, goals: Denis Cheryshev (43', 90+1').",
            "2018-06-15",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        let v = box_verdicts(
            "Russia beat Saudi Arabia 5-0 at the 2018 World Cup, goals: Denis Cheryshev (41', 90+1').",
            "2018-06-15",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn a_lone_minute_in_prose_may_time_another_goal() {
        // Golovin's cross, not his goal, came at 71' (Dzyuba scored).
        let v = box_verdicts(
            "Dzyuba scored soon after another good ball in from Aleksandr Golovin (71') at the 2018 World Cup.",
            "2018-06-15",
        );
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_number_after_a_name_outside_brackets_is_not_a_minute() {
        let v = box_verdicts(
            "Denis Cheryshev 2 goals made Russia happy at the 2018 World Cup.",
            "2018-06-15",
        );
        assert!(v.is_empty(), "{v:?}");
    }
}

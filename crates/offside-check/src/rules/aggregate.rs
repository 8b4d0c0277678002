//! Aggregate scores of two-legged ties: "a 2-1 aggregate win", "had beaten
//! Peru 3-1 on aggregate", "level at 2-2 on aggregate". The tie is the one the
//! match in view (or the meeting the clause names) belongs to; its legs are
//! found by `offside_query::two_legged_tie`.

use super::*;
use offside_query::{aggregate_for, two_legged_tie};
use offside_text::TokenKind;

pub struct Aggregate;

/// Whether the score at token `i` is an aggregate: "3-1 on aggregate", "a
/// 2-1 aggregate win", "an aggregate 4-2".
pub(crate) fn is_aggregate_score(s: &SentenceCtx, i: usize) -> bool {
    matches!(s.tokens[i].kind, TokenKind::Score(..))
        && (s.word(i + 1) == "aggregate"
            || (s.word(i + 1) == "on" && s.word(i + 2) == "aggregate")
            || s.word_back(i, 1) == "aggregate")
}

impl Rule for Aggregate {
    fn name(&self) -> &'static str {
        "aggregate"
    }
    fn description(&self) -> &'static str {
        "aggregate scores of two-legged ties"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        for (i, t) in s.tokens.iter().enumerate() {
            let TokenKind::Score(a, b) = t.kind else {
                continue;
            };
            if !is_aggregate_score(s, i) {
                continue;
            }
            let Some(m) = s.match_near(i) else { continue };
            let Some(legs) = two_legged_tie(s.store, m.id) else {
                continue;
            };
            if s.doc
                .as_of
                .is_some_and(|d| s.store.match_(legs[1]).date > d)
            {
                continue;
            }
            // Whose side the score is written from: the clause's subject if
            // it played the tie, and whether the words say it won.
            // Not a team named as an object ("a play-off against Bahrain").
            let subject = s.subject_before(i).filter(|t| {
                m.involves(*t)
                    && !s.teams.iter().any(|(k, x)| {
                        x == t
                            && *k < i
                            && matches!(
                                s.word_back(*k, 1),
                                "against"
                                    | "over"
                                    | "to"
                                    | "with"
                                    | "by"
                                    | "of"
                                    | "in"
                                    | "v"
                                    | "vs"
                            )
                    })
            });
            let team = subject.unwrap_or(m.home);
            let (f, g) = aggregate_for(s.store, legs, team);
            let won = s
                .find_in(i.saturating_sub(6), (i + 4).min(s.tokens.len()), WIN_WORDS)
                .is_some();
            let same_pair = (a as u32, b as u32) == (f, g) || (b as u32, a as u32) == (f, g);
            let ok = same_pair && (subject.is_none() || !won || f > g);
            let start = (i.saturating_sub(3)..i)
                .find(|&k| s.tokens[k].kind == TokenKind::Word && s.word(k) == "aggregate")
                .unwrap_or(i);
            let end = if s.word(i + 1) == "aggregate" {
                i + 1
            } else if s.word(i + 2) == "aggregate" {
                i + 2
            } else {
                i
            };
            let name = s.store.team_name(team);
            let legs_desc: Vec<String> = legs
                .iter()
                .map(|id| s.store.describe_match(s.store.match_(*id)))
                .collect();
            out.push(
                Finding::new(
                    "aggregate",
                    ClaimKind::Score,
                    s.span_of(start, end),
                    format!("aggregate {a}-{b}"),
                )
                .about(Subject::Match)
                .judged(
                    ok,
                    format!("{f}-{g} from {name}'s side"),
                    format!("aggregate of {}", legs_desc.join(" and ")),
                )
                // The match in view first: the proof gate reads the claim
                // as about it (the other leg goes with it).
                .with_evidence([m.id])
                .with_evidence(legs.into_iter().filter(|id| *id != m.id)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdict(text: &str, as_of: &str) -> Option<Verdict> {
        claims_of("aggregate", text, as_of)
            .first()
            .map(|c| c.verdict)
    }

    #[test]
    fn france_ireland_2009_on_aggregate() {
        // 1-0 in Dublin, 1-1 a.e.t. in Saint-Denis: France 2-1 on aggregate.
        let day = "2009-11-19";
        let lead = "France drew 1-1 with the Republic of Ireland in Saint-Denis. ";
        assert_eq!(
            verdict(&format!("{lead}France went through 2-1 on aggregate."), day),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(&format!("{lead}France went through 3-1 on aggregate."), day),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_goal_in_the_named_leg() {
        // First leg, 2009-11-14 Republic of Ireland 0-1 France: Anelka.
        let day = "2009-11-19";
        let lead = "France drew 1-1 with the Republic of Ireland in Saint-Denis. ";
        let v = |t: &str| {
            claims_of("goals", &format!("{lead}{t}"), day)
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Nicolas Anelka scored the only goal in the first leg in Dublin."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Thierry Henry scored the only goal in the first leg in Dublin."),
            Some(Verdict::False)
        );
    }
}

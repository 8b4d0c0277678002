//! How soon a substitute scored: "took only 60 seconds to get on the
//! scoresheet", "scored within two minutes of coming on". The minute he came
//! on is in the World Cup line-ups; the goal's minute in the goal list.

use super::*;
use offside_text::TokenKind;

pub struct OffTheBench;

impl Rule for OffTheBench {
    fn name(&self) -> &'static str {
        "off_the_bench"
    }
    fn description(&self) -> &'static str {
        "how soon after coming on a substitute scored"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        if s.players.is_empty() {
            return;
        }
        let n = s.tokens.len();
        for i in 0..n {
            let TokenKind::Number(v) = s.tokens[i].kind else {
                continue;
            };
            let unit = s.word(i + 1);
            let seconds = match unit {
                "seconds" | "secs" => v,
                "minutes" | "mins" => v * 60,
                _ => continue,
            };
            // "took (only) 60 seconds to score / get on the scoresheet / find
            // the net", "within two minutes of coming on".
            let took = matches!(s.word_back(i, 1), "took" | "needed")
                || (matches!(s.word_back(i, 1), "only" | "just")
                    && matches!(s.word_back(i, 2), "took" | "needed"));
            let tail = s.word(i + 2) == "to"
                && matches!(s.word(i + 3), "score" | "get" | "find" | "net" | "open");
            let within = matches!(s.word_back(i, 1), "within" | "inside")
                && s.word(i + 2) == "of"
                && matches!(s.word(i + 3), "coming" | "his" | "being");
            if !((took && tail) || within) {
                continue;
            }
            let Some(m) = s.match_near(i) else { continue };
            let store = s.store;
            if !store.has_lineups(m.id) {
                continue;
            }
            // The substitute: of the players named before ("Cheryshev, who
            // came on for Dzagoev, took ..."), the first who came on.
            let Some((p, on)) = s
                .players
                .iter()
                .filter(|(mi, _)| s.mentions.get(*mi).is_some_and(|x| x.end <= i))
                .find_map(|(_, p)| {
                    let a = store.appearances_in(m.id).iter().find(|a| a.player == *p)?;
                    (!a.started).then_some((*p, a.on?))
                })
            else {
                continue;
            };
            let Some(goal) = store
                .goals_of(m)
                .iter()
                .filter(|g| g.player == p && !g.own_goal)
                .filter_map(|g| g.minute)
                .find(|g| *g >= on.minute)
            else {
                continue;
            };
            let after = goal - on.minute;
            // Minutes are whole: "60 seconds" fits a goal in his first or
            // second minute on the pitch.
            let allowed = seconds.div_ceil(60) as u8 + 1;
            let end = if tail {
                (i + 4..n)
                    .take(4)
                    .find(|&k| matches!(s.word(k), "scoresheet" | "net" | "score" | "account"))
                    .unwrap_or(i + 3)
            } else {
                i + 3
            };
            let name = store.player(p).name.to_string();
            out.push(
                Finding::new(
                    "off_the_bench",
                    ClaimKind::Minute,
                    s.span_of(i.saturating_sub(2), end),
                    format!("{name} scored within {v} {unit} of coming on"),
                )
                .about(Subject::Match)
                .judged(
                    after <= allowed,
                    format!(
                        "came on {}', scored {goal}' ({after} minutes later)",
                        on.minute
                    ),
                    format!("line-ups and goals of {}", store.describe_match(m)),
                )
                .with_evidence([m.id]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    #[test]
    fn a_substitute_who_scored_soon() {
        // Russia 5-0 Saudi Arabia, 2018: Cheryshev came on 24', scored 43'.
        let lead = "Russia beat Saudi Arabia 5-0 in the opening game of the 2018 World Cup. ";
        let v = |t: &str| {
            claims_of("off_the_bench", &format!("{lead}{t}"), "2018-06-15")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Denis Cheryshev came on for Alan Dzagoev and took only 60 seconds to get on the scoresheet."),
            Some(Verdict::False)
        );
        assert_eq!(
            v("Denis Cheryshev came on for Alan Dzagoev and took 20 minutes to get on the scoresheet."),
            Some(Verdict::True)
        );
    }
}

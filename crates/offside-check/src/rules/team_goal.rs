//! A team's first goal of a match with its minute: "Spain opened the
//! scoring in the 20th minute", "Ghana took the lead after 12 minutes".
//! Cue phrases: the `first_goal` class of `lexicon/readers.tsv`.

use super::*;
use crate::lexicon::lexicon;

pub struct TeamFirstGoal;

impl Rule for TeamFirstGoal {
    fn name(&self) -> &'static str {
        "team_first_goal"
    }
    fn description(&self) -> &'static str {
        "the minute a team opened the scoring"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        // The cue needs a team named right before it: no team, no look-up.
        if s.teams.is_empty() {
            return;
        }
        let Some((at, words)) = lexicon().find(s.tokens, 0, s.tokens.len(), "first_goal") else {
            return;
        };
        // The team must be the cue's subject, named right before it: by
        // name, nickname or role ("The hosts opened the scoring"), not by a
        // pronoun.
        let Some(team) = s
            .teams
            .iter()
            .find(|(k, _)| {
                let end = s.mention_at(*k).map_or(k + 1, |m| m.end);
                end == at && !matches!(s.word(*k), "they" | "it" | "them" | "their")
            })
            .map(|(_, t)| *t)
        else {
            return;
        };
        let Some((minute, end)) = lineup::minute_after(s, at + words.len()) else {
            return;
        };
        let Some(m) = s.match_near(at).filter(|m| m.involves(team)) else {
            return;
        };
        let store = s.store;
        let Some(first) = store.goals_of(m).first() else {
            return;
        };
        let at_minute = first.minute == Some(minute) || first.alt_minute == Some(minute);
        let ok = first.team == team && at_minute;
        let actual = format!(
            "{} scored first, {}",
            store.team_name(first.team),
            first.minute_label()
        );
        out.push(
            Finding::new(
                "team_first_goal",
                ClaimKind::Minute,
                s.span_of(at.saturating_sub(1), end),
                format!("{} scored first at {minute}'", store.team_name(team)),
            )
            .about(Subject::Match)
            .judged(ok, actual, format!("goals in {}", store.describe_match(m)))
            .with_evidence([m.id]),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdicts(text: &str, as_of: &str) -> Vec<Verdict> {
        claims_of("team_first_goal", text, as_of)
            .into_iter()
            .map(|c| c.verdict)
            .collect()
    }

    #[test]
    fn the_team_that_scored_first_and_when() {
        // England 6-2 Iran, 2022: Bellingham headed England ahead in the 35th minute.
        assert_eq!(
            verdicts(
                "England opened the scoring in the 35th minute against Iran at the 2022 World Cup.",
                "2022-11-22"
            ),
            [Verdict::True]
        );
        assert_eq!(
            verdicts(
                "England opened the scoring in the 25th minute against Iran at the 2022 World Cup.",
                "2022-11-22"
            ),
            [Verdict::False]
        );
        assert_eq!(
            verdicts(
                "Iran opened the scoring in the 35th minute against England at the 2022 World Cup.",
                "2022-11-22"
            ),
            [Verdict::False]
        );
    }

    #[test]
    fn the_hosts_opened_the_scoring() {
        // Copa América 2019 final, Brazil (hosts) 3-1 Peru: Everton 15'.
        let lead = "Brazil beat Peru 3-1 in the 2019 Copa America final in Rio. ";
        let day = "2019-07-08";
        assert_eq!(
            verdicts(
                &format!("{lead}The hosts opened the scoring in the 15th minute."),
                day
            ),
            [Verdict::True]
        );
        assert_eq!(
            verdicts(
                &format!("{lead}The hosts opened the scoring in the 25th minute."),
                day
            ),
            [Verdict::False]
        );
    }
}

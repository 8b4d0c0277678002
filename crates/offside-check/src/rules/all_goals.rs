//! Who scored every goal of a side in a match: "Kluivert and Overmars
//! accounted for all six Dutch goals", "Tunisia's two goals both came from
//! Khazri". The claim holds when the side scored that many and the players
//! named scored each of them; an own goal in its favour or another scorer
//! makes it false.

use super::*;
use crate::lexicon::lexicon;
use offside_data::PlayerId;

pub struct AllGoals;

/// "all six [Dutch] goals", "both goals", "[Tunisia's] two goals both": the
/// count, the side named with it (an adjective or a possessive), and the
/// last token.
fn all_n_goals(s: &SentenceCtx) -> Option<(usize, u32, Option<TeamId>, usize)> {
    let number = |k: usize| {
        s.tokens
            .get(k)
            .and_then(|t| t.number())
            .or_else(|| offside_text::cardinal_word(s.word(k)))
    };
    // A name or an adjective may stand before "goals" ("Dutch goals").
    let goals_after = |k: usize| -> Option<(Option<TeamId>, usize)> {
        let (team, at) = match s.mention_at(k).and_then(|m| m.team().map(|t| (t, m.end))) {
            Some((t, end)) => (Some(t), end),
            None => (None, k),
        };
        (s.word(at) == "goals").then_some((team, at))
    };
    // "Tunisia's two goals": the possessive before the count.
    let owner = |i: usize| {
        let p = i.checked_sub(1)?;
        (s.tokens[p].kind == offside_text::TokenKind::Possessive)
            .then(|| {
                s.teams
                    .iter()
                    .find(|(k, _)| s.mention_at(*k).is_some_and(|m| m.end == p))
            })
            .flatten()
            .map(|(_, t)| *t)
    };
    for i in 0..s.tokens.len() {
        let w = s.word(i);
        if w == "all" {
            let Some(c) = number(i + 1) else { continue };
            if let Some((team, at)) = goals_after(i + 2) {
                return Some((i, c, team, at));
            }
        } else if w == "both" {
            if let Some((team, at)) = goals_after(i + 1) {
                return Some((i, 2, team, at));
            }
        } else if let Some(c) = number(i) {
            // "two goals both came from", "three goals all came from".
            if let Some((team, at)) = goals_after(i + 1) {
                if matches!(s.word(at + 1), "both" | "all") {
                    return Some((i, c, team.or_else(|| owner(i)), at + 1));
                }
            }
        }
    }
    None
}

impl Rule for AllGoals {
    fn name(&self) -> &'static str {
        "all_goals"
    }
    fn description(&self) -> &'static str {
        "the players who scored all of a side's goals in a match"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        if !s.has(&["all", "both"]) {
            return;
        }
        let Some((at, count, team, end)) = all_n_goals(s) else {
            return;
        };
        // The verb that gives the goals to the players: "accounted for all
        // six", "both came from", "scored all four".
        let lex = lexicon();
        let Some(_) = lex.find(s.tokens, 0, s.tokens.len(), "all_goals_verb") else {
            return;
        };
        let players: Vec<PlayerId> = s
            .players
            .iter()
            .filter(|(mi, _)| *mi != usize::MAX)
            .map(|(_, p)| *p)
            .collect();
        if players.is_empty() {
            return;
        }
        let Some(m) = s.match_near(at) else { return };
        let store = s.store;
        // The side: the one named with the goals, else the players' own.
        let side = team.or_else(|| {
            store
                .goals_of(m)
                .iter()
                .find(|g| players.contains(&g.player) && !g.own_goal)
                .map(|g| g.team)
        });
        let Some(side) = side.filter(|t| m.involves(*t)) else {
            return;
        };
        let theirs: Vec<&offside_data::Goal> = store
            .goals_of(m)
            .iter()
            .filter(|g| g.team == side)
            .collect();
        let scored = m.score_for(side).home as u32;
        let by_them = theirs
            .iter()
            .filter(|g| !g.own_goal && players.contains(&g.player))
            .count() as u32;
        let ok = scored == count && by_them == count;
        let names: Vec<String> = players
            .iter()
            .map(|p| store.player(*p).name.to_string())
            .collect();
        let list = theirs
            .iter()
            .map(|g| {
                let mut x = format!("{} {}", store.player(g.player).name, g.minute_label());
                if g.own_goal {
                    x.push_str(" (o.g.)");
                }
                x
            })
            .collect::<Vec<_>>()
            .join(", ");
        let start = s
            .players
            .iter()
            .filter(|(mi, _)| *mi != usize::MAX)
            .map(|(mi, _)| s.mentions[*mi].start)
            .min()
            .unwrap_or(at)
            .min(at);
        let last = s
            .players
            .iter()
            .filter(|(mi, _)| *mi != usize::MAX)
            .map(|(mi, _)| s.mentions[*mi].end - 1)
            .max()
            .unwrap_or(end)
            .max(end);
        out.push(
            Finding::new(
                "all_goals",
                ClaimKind::Scorer,
                s.span_of(start, last),
                format!(
                    "{} scored all {count} of {}'s goals",
                    names.join(" and "),
                    store.team_name(side)
                ),
            )
            .about(Subject::Match)
            .judged(
                ok,
                format!("{scored}: {list}"),
                format!(
                    "{}'s goals in {}",
                    store.team_name(side),
                    store.describe_match(m)
                ),
            )
            .with_evidence([m.id]),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    #[test]
    fn the_players_named_scored_every_goal() {
        // Euro 2000 quarter-final, Netherlands 6-1 FR Yugoslavia: Kluivert
        // 3, Overmars 2 and an own goal by Govedarica.
        let lead =
            "The Netherlands beat Yugoslavia 6-1 in the Euro 2000 quarter-final in Rotterdam. ";
        let v = |t: &str| {
            claims_of("all_goals", &format!("{lead}{t}"), "2000-06-26")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Between them, Kluivert and Overmars accounted for all six Dutch goals."),
            Some(Verdict::False)
        );
        // World Cup 2018, England 2-1 Tunisia: both English goals by Kane.
        let v = |t: &str| {
            claims_of(
                "all_goals",
                &format!("England beat Tunisia 2-1 in Volgograd at the 2018 World Cup. {t}"),
                "2018-06-19",
            )
            .first()
            .map(|c| c.verdict)
        };
        assert_eq!(
            v("England's two goals both came from Harry Kane."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("England's two goals both came from John Stones."),
            Some(Verdict::False)
        );
    }
}

//! A goal's number in a player's count: "his ninth goal at European
//! Championship finals", "the striker's third goal of the tournament", "his
//! 11th in Copa América matches". The goal is the player's goal in the match
//! in view; the count runs over the scope the words state (this edition, or
//! every edition of a competition). A bare "his 50th goal" states no scope
//! and is left alone.

use super::*;
use crate::mentions::MentionKind;
use offside_data::{CompetitionId, EditionId, PlayerId};
use offside_text::TokenKind;

pub struct NthGoal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    Edition(EditionId),
    Career(CompetitionId),
}

impl Rule for NthGoal {
    fn name(&self) -> &'static str {
        "nth_goal"
    }
    fn description(&self) -> &'static str {
        "a goal's number in a player's tally for a tournament or a competition"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let mut goal_word_seen = false;
        for (i, t) in s.tokens.iter().enumerate() {
            let TokenKind::Ordinal(n) = t.kind else {
                continue;
            };
            let goal_word = matches!(s.word(i + 1), "goal" | "strike");
            // "his fifth goal of the tournament and his 11th in Copa América
            // matches": the second ordinal shares the first's noun.
            if !goal_word && !goal_word_seen {
                continue;
            }
            goal_word_seen |= goal_word;
            let Some(p) = owner(s, i) else { continue };
            let after = if goal_word { i + 2 } else { i + 1 };
            let Some((scope, end)) = scope_after(s, i, after) else {
                continue;
            };
            let Some(m) = s.match_near(i) else { continue };
            let store = s.store;
            let in_match = store
                .goals_of(m)
                .iter()
                .filter(|g| g.player == p && !g.own_goal)
                .count() as u32;
            // The goal meant is the player's goal in the match in view.
            if in_match == 0 {
                continue;
            }
            let in_scope = |x: &offside_data::Match| match scope {
                Scope::Edition(e) => x.edition == Some(e),
                Scope::Career(c) => x.competition == c && x.edition.is_some(),
            };
            let before = store
                .player_goals(p)
                .filter(|g| !g.own_goal)
                .map(|g| store.match_(g.match_id))
                .filter(|x| x.date < m.date && in_scope(x))
                .count() as u32;
            let first = before + 1;
            let last = before + in_match;
            let ok = (first..=last).contains(&n);
            let name = store.player(p).name.to_string();
            let scope_words = match scope {
                Scope::Edition(e) => store.edition_name(e),
                Scope::Career(c) => format!("every {}", store.competition(c).name),
            };
            let actual = if first == last {
                format!("goal no. {first}")
            } else {
                format!("goals no. {first} to {last}")
            };
            let mut f = Finding::new(
                "nth_goal",
                ClaimKind::Tally,
                s.span_of(i, end),
                format!("{name}'s goal no. {n}"),
            )
            .about(match scope {
                Scope::Edition(_) => Subject::Player,
                Scope::Career(_) => Subject::PlayerCareer,
            })
            .scope_stated()
            .judged(
                ok,
                actual.clone(),
                format!(
                    "{name}'s goals in {scope_words} before {}: {before}; in it: {in_match}, so {actual}",
                    store.describe_match(m)
                ),
            )
            .with_evidence([m.id]);
            f.match_pinned = s.match_named;
            out.push(f);
        }
    }
}

/// Whose ordinal it is: "his", "Ronaldo's", "the striker's".
fn owner(s: &SentenceCtx, i: usize) -> Option<PlayerId> {
    let back = s.word_back(i, 1);
    if matches!(back, "his" | "her") {
        // The player named last in this sentence before the ordinal, else
        // the last one named before it.
        return s
            .players
            .iter()
            .filter(|(mi, _)| *mi == usize::MAX || s.mentions[*mi].end <= i)
            .map(|(_, p)| *p)
            .next_back()
            .or(s.doc.last_player);
    }
    if i < 2 || s.tokens[i - 1].kind != TokenKind::Possessive {
        return None;
    }
    if let Some(m) = s.mention_at(i - 2) {
        return match m.kind {
            MentionKind::Players(_) => s
                .players
                .iter()
                .find(|(mi, _)| s.mentions.get(*mi).is_some_and(|x| x.start == m.start))
                .map(|(_, p)| *p),
            _ => None,
        };
    }
    // "the striker's", "the captain's": the player last named.
    matches!(
        s.word(i - 2),
        "striker" | "forward" | "captain" | "winger" | "midfielder" | "defender" | "player"
    )
    .then_some(s.doc.last_player)
    .flatten()
}

/// The scope the words after the ordinal state, and the last token read:
/// "of the tournament" (this edition), "at European Championship finals",
/// "at World Cups", "in Copa América matches" (every edition).
fn scope_after(s: &SentenceCtx, i: usize, from: usize) -> Option<(Scope, usize)> {
    let edition = s.match_near(i).and_then(|m| m.edition).or(s.edition)?;
    let w = |k| s.word(k);
    // "his 15th World Cup goal": the competition before the noun.
    if let Some(m) = s.mention_at(i + 1) {
        if let MentionKind::Competition(c) = m.kind {
            if matches!(w(m.end), "goal" | "goals") {
                return Some((Scope::Career(c), m.end));
            }
        }
    }
    if !matches!(w(from), "of" | "at" | "in") {
        return None;
    }
    let k = from + 1;
    let k2 = if matches!(w(k), "the" | "this") {
        k + 1
    } else {
        k
    };
    if matches!(w(k2), "tournament" | "competition" | "finals" | "campaign")
        && (w(k) == "this" || w(k) == "the")
        && w(k2) != "finals"
    {
        return Some((Scope::Edition(edition), k2));
    }
    let m = s.mention_at(k2)?;
    let MentionKind::Competition(c) = m.kind else {
        return None;
    };
    // "at this World Cup" is the edition; "at World Cups", "at European
    // Championship finals", "in Copa América matches" every edition.
    if w(k) == "this" {
        return (s.store.edition(edition).competition == c)
            .then_some((Scope::Edition(edition), m.end - 1));
    }
    let plural = s.word(m.end - 1).ends_with('s');
    let end = if matches!(
        w(m.end),
        "finals" | "matches" | "games" | "history" | "tournaments"
    ) {
        m.end
    } else if plural && w(k) != "the" {
        m.end - 1
    } else {
        return None;
    };
    Some((Scope::Career(c), end))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdict(text: &str, as_of: &str) -> Option<Verdict> {
        claims_of("nth_goal", text, as_of)
            .first()
            .map(|c| c.verdict)
    }

    #[test]
    fn klose_goals_at_world_cups() {
        // Klose scored twice against Argentina in 2010 (his 13th and 14th
        // World Cup goals; his 3rd and 4th of that tournament).
        let lead = "Germany beat Argentina 4-0 in Cape Town at the 2010 World Cup. ";
        let day = "2010-07-04";
        for (n, want) in [
            ("14th", Verdict::True),
            ("13th", Verdict::True),
            ("15th", Verdict::False),
        ] {
            let t = format!("{lead}Miroslav Klose scored twice, his {n} goal at World Cups.");
            assert_eq!(verdict(&t, day), Some(want), "{t}");
        }
        for (n, want) in [("fourth", Verdict::True), ("sixth", Verdict::False)] {
            let t = format!("{lead}Miroslav Klose scored twice, his {n} goal of the tournament.");
            assert_eq!(verdict(&t, day), Some(want), "{t}");
        }
    }

    #[test]
    fn a_bare_ordinal_states_no_scope() {
        let t = "Germany beat Argentina 4-0 in Cape Town at the 2010 World Cup. Miroslav Klose scored his 50th goal.";
        assert_eq!(verdict(t, "2010-07-04"), None);
    }
}

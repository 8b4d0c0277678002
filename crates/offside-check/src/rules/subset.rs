//! Part of a count: "two of his nine came from the penalty spot", "six goals,
//! five of which came in the group stage", "12 times in seven matches, nine
//! of them in the group phase", "five of Salenko's arrived in a single match",
//! and a player's penalties ("needed four penalties to reach his total", "had
//! two penalties among his goals"). The whole is the edition in view; the
//! part is what the words after it say (penalties, a stage, one match).

use super::*;
use crate::mentions::MentionKind;
use offside_data::{EditionId, Match, PlayerId, TeamId};
use offside_text::TokenKind;

pub struct Subset;

/// What the part counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Penalties,
    GroupStage,
    Knockout,
    /// The most in any one match.
    OneMatch,
}

impl Part {
    fn label(self) -> &'static str {
        match self {
            Part::Penalties => "from penalties",
            Part::GroupStage => "in the group stage",
            Part::Knockout => "in the knock-out rounds",
            Part::OneMatch => "in one match",
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Owner {
    Player(PlayerId),
    Team(TeamId),
}

impl Rule for Subset {
    fn name(&self) -> &'static str {
        "subset"
    }
    fn description(&self) -> &'static str {
        "part of a goal count: penalties, a stage, one match"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let n = s.tokens.len();
        for i in 0..n {
            let TokenKind::Number(value) = s.tokens[i].kind else {
                continue;
            };
            if value == 0 || value > 20 {
                continue;
            }
            let Some((owner, part, end)) = read(s, i) else {
                continue;
            };
            let Some(edition) = s.edition_near(i) else {
                continue;
            };
            let store = s.store;
            let cutoffs = s.as_of_cutoffs();
            let counts: Vec<(u32, Vec<offside_data::MatchId>)> = cutoffs
                .iter()
                .map(|c| count(s, owner, edition, part, *c))
                .collect();
            let Some((actual, ids)) = counts
                .iter()
                .find(|(a, _)| *a == value)
                .or(counts.first())
                .cloned()
            else {
                continue;
            };
            // Goal lists of older editions are not always complete: a
            // player's part may then be larger than the data says.
            let incomplete = matches!(owner, Owner::Player(_))
                && store
                    .edition(edition)
                    .matches
                    .iter()
                    .any(|m| !store.match_(*m).scorers_complete);
            let who = match owner {
                Owner::Player(p) => store.player(p).name.to_string(),
                Owner::Team(t) => store.team_name(t).to_string(),
            };
            let f = Finding::new(
                "subset",
                ClaimKind::Tally,
                s.span_of(i, end),
                format!("{who}: {value} goals {}", part.label()),
            )
            .about(match owner {
                Owner::Player(_) => Subject::Player,
                Owner::Team(_) => Subject::Team,
            })
            .scope_stated()
            .with_evidence(ids);
            let why = format!(
                "goals by {who} {}, {}{}",
                part.label(),
                store.edition_name(edition),
                s.as_of()
                    .0
                    .map(|d| format!(" (matches up to {d})"))
                    .unwrap_or_default()
            );
            out.push(if incomplete && actual != value {
                f.unverifiable(format!(
                    "{why}: {actual}, but the data does not list every goal of the edition"
                ))
            } else {
                f.judged(
                    actual == value,
                    actual.to_string(),
                    format!("{why} = {actual}"),
                )
            });
        }
    }
}

/// The owner, the part and the last token read, for the number at `i`.
fn read(s: &SentenceCtx, i: usize) -> Option<(Owner, Part, usize)> {
    let w = |k: usize| s.word(k);
    // "needed four penalties to reach his total", "had two penalties among
    // his goals", "scored four penalties".
    if matches!(w(i + 1), "penalties" | "penalty") {
        let tail = matches!(
            (w(i + 2), w(i + 3)),
            ("among", "his") | ("to", "reach") | ("in", "his") | ("of", "his")
        );
        let verb = matches!(
            w(i.wrapping_sub(1)),
            "scored" | "converted" | "netted" | "needed"
        );
        if !(tail || verb) {
            return None;
        }
        let p = player_before(s, i)?;
        let end = if tail { i + 4 } else { i + 1 };
        return Some((
            Owner::Player(p),
            Part::Penalties,
            end.min(s.tokens.len() - 1),
        ));
    }
    // "two of his nine", "five of which", "nine of them", "five of Salenko's";
    // not "the first two of his three penalties" (a selection in one match).
    if w(i + 1) != "of" || matches!(w(i.wrapping_sub(1)), "first" | "last" | "other" | "the") {
        return None;
    }
    let k = i + 2;
    let (owner, after) = match w(k) {
        "his" => (Owner::Player(player_before(s, i)?), k + 1),
        "which" | "them" | "those" => (previous_subject(s, i)?, k + 1),
        "their" | "its" => (
            Owner::Team(s.subject_before(i).or_else(|| s.fallback_subject())?),
            k + 1,
        ),
        _ => {
            let m = s.mention_at(k)?;
            if s.tokens.get(m.end)?.kind != TokenKind::Possessive {
                return None;
            }
            let owner = match m.kind {
                MentionKind::Players(_) => Owner::Player(
                    s.players
                        .iter()
                        .find(|(mi, _)| s.mentions.get(*mi).is_some_and(|x| x.start == m.start))?
                        .1,
                ),
                MentionKind::Team(t) => Owner::Team(t),
                _ => return None,
            };
            (owner, m.end + 1)
        }
    };
    // An optional total ("his nine") and a noun ("goals"), then the part.
    let mut k = after;
    if s.tokens.get(k).and_then(|t| t.number()).is_some() {
        k += 1;
    }
    if matches!(w(k), "goals" | "strikes") {
        k += 1;
    } else if !matches!(w(k), "came" | "arrived" | "were" | "in" | "from" | "," | "") {
        // "of his three penalties", "of their shots": the whole is not goals.
        return None;
    }
    for j in k..(k + 7).min(s.tokens.len()) {
        let part = match w(j) {
            "penalty" | "penalties" | "spot" => Some(Part::Penalties),
            "group" if matches!(w(j + 1), "stage" | "phase" | "games" | "matches") => {
                Some(Part::GroupStage)
            }
            "knockout" | "knockouts" => Some(Part::Knockout),
            "single" | "one" if matches!(w(j + 1), "match" | "game") => Some(Part::OneMatch),
            "," | ";" | "but" | "and" | "while" => return None,
            _ => None,
        };
        if let Some(p) = part {
            let end = if matches!(
                w(j + 1),
                "stage" | "phase" | "spot" | "match" | "game" | "rounds"
            ) {
                j + 1
            } else {
                j
            };
            return Some((owner, p, end));
        }
    }
    None
}

/// The player named last before token `i` (or "he" in view).
fn player_before(s: &SentenceCtx, i: usize) -> Option<PlayerId> {
    s.players
        .iter()
        .filter(|(mi, _)| *mi == usize::MAX || s.mentions.get(*mi).is_some_and(|m| m.end <= i))
        .map(|(_, p)| *p)
        .next_back()
}

/// Whose count "of which" / "of them" takes up: the player named before in
/// the sentence, else the team. A team named after the player ("Kane leaves
/// Russia with six goals" is fine; "Kane's goals helped England to 12")
/// leaves the owner open, so no claim is read.
fn previous_subject(s: &SentenceCtx, i: usize) -> Option<Owner> {
    let team_at = s.teams.iter().rfind(|(k, _)| *k < i).map(|(k, t)| (*k, *t));
    let player_at = s
        .players
        .iter()
        .filter_map(|(mi, p)| s.mentions.get(*mi).map(|m| (m.start, *p)))
        .rfind(|(k, _)| *k < i);
    match (player_at, team_at) {
        (Some((pk, _)), Some((tk, _))) if pk < tk && s.word_back(tk, 1) != "for" => None,
        (Some((_, p)), _) => Some(Owner::Player(p)),
        (None, Some((_, t))) => Some(Owner::Team(t)),
        _ => None,
    }
}

fn count(
    s: &SentenceCtx,
    owner: Owner,
    edition: EditionId,
    part: Part,
    as_of: offside_query::AsOf,
) -> (u32, Vec<offside_data::MatchId>) {
    let store = s.store;
    let in_part = |m: &Match| match part {
        Part::GroupStage => m.stage.is_group(),
        Part::Knockout => m.stage.is_knockout(),
        Part::Penalties | Part::OneMatch => true,
    };
    let matches: Vec<&Match> = store
        .edition(edition)
        .matches
        .iter()
        .map(|id| store.match_(*id))
        .filter(|m| as_of.includes(m) && in_part(m))
        .filter(|m| match owner {
            Owner::Team(t) => m.involves(t),
            Owner::Player(_) => true,
        })
        .collect();
    let mut per_match: Vec<(offside_data::MatchId, u32)> = Vec::new();
    for m in &matches {
        let n = match owner {
            Owner::Team(t) => match part {
                Part::Penalties => store
                    .goals_of(m)
                    .iter()
                    .filter(|g| g.team == t && g.penalty)
                    .count() as u32,
                _ => m.goals_for_against(t).0 as u32,
            },
            Owner::Player(p) => store
                .goals_of(m)
                .iter()
                .filter(|g| g.player == p && !g.own_goal)
                .filter(|g| part != Part::Penalties || g.penalty)
                .count() as u32,
        };
        if n > 0 {
            per_match.push((m.id, n));
        }
    }
    let ids = per_match.iter().map(|x| x.0).collect();
    let total = match part {
        Part::OneMatch => per_match.iter().map(|x| x.1).max().unwrap_or(0),
        _ => per_match.iter().map(|x| x.1).sum(),
    };
    (total, ids)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdict(text: &str, as_of: &str) -> Option<Verdict> {
        claims_of("subset", text, as_of).first().map(|c| c.verdict)
    }

    #[test]
    fn part_of_a_player_count() {
        // Kane, 2018: six goals, five in the group stage, three penalties.
        let day = "2018-07-16";
        let lead = "Harry Kane won the Golden Boot at the 2018 World Cup with six goals";
        assert_eq!(
            verdict(
                &format!("{lead}, five of which came in the group stage."),
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                &format!("{lead}, four of which came in the group stage."),
                day
            ),
            Some(Verdict::False)
        );
        assert_eq!(
            verdict(
                &format!("{lead}. Three of his six came from the penalty spot."),
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                &format!("{lead}. Two of his six came from the penalty spot."),
                day
            ),
            Some(Verdict::False)
        );
    }

    #[test]
    fn part_of_a_team_count() {
        // England 2018: 12 goals, 8 of them in the group stage (6-1, 2-1, 0-1).
        let day = "2018-07-16";
        let lead = "England scored 12 times in seven matches at the 2018 World Cup";
        assert_eq!(
            verdict(&format!("{lead}, eight of them in the group stage."), day),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(&format!("{lead}, nine of them in the group stage."), day),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_city_is_not_a_player_of_its_name() {
        // Euro 1984: Platini scored nine, one from the spot; the final was
        // in Paris (a player called Paris is in the data too).
        let lead = "France beat Spain 2-0 in the Euro 1984 final in Paris. Michel Platini opened the scoring.";
        let day = "1984-06-28";
        assert_eq!(
            verdict(
                &format!("{lead} One of his nine came from the penalty spot."),
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                &format!("{lead} Two of his nine came from the penalty spot."),
                day
            ),
            Some(Verdict::False)
        );
    }
}

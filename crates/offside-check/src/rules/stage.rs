//! Stages: the stage of a match ("lost to France in the last eight"), how far
//! a team went ("reach the semi-finals", "a group-stage exit in 2018"), and a
//! match's place in a team's run ("their opener", "their final group game").

use super::*;
use crate::context::find_meeting;
use offside_data::{EditionId, Stage, Store};
use offside_query::{team_run, AsOf};
use offside_text::TokenKind;

pub struct StageClaim;

/// A stage phrase at token `i`: the stage and the phrase's last token.
pub fn stage_at(s: &SentenceCtx, i: usize) -> Option<(Stage, usize)> {
    let w = s.word(i);
    let n1 = s.word(i + 1);
    let n2 = s.word(i + 2);
    let st = match w {
        "quarter" if n1.starts_with("final") => return Some((Stage::QuarterFinal, i + 1)),
        "quarterfinal" | "quarterfinals" => Stage::QuarterFinal,
        "semi" if n1.starts_with("final") => return Some((Stage::SemiFinal, i + 1)),
        "semifinal" | "semifinals" | "semis" => Stage::SemiFinal,
        // "their last four appearances", "the last eight games": a count
        // of recent matches, not a round.
        "last" if is_recent_count(n2) => return None,
        "last" if matches!(n1, "eight" | "8") => return Some((Stage::QuarterFinal, i + 1)),
        "last" if matches!(n1, "four" | "4") => return Some((Stage::SemiFinal, i + 1)),
        "last" if matches!(n1, "16" | "sixteen") => return Some((Stage::RoundOf16, i + 1)),
        "round" if n1 == "of" && matches!(n2, "16" | "sixteen") => {
            return Some((Stage::RoundOf16, i + 2))
        }
        "round" if n1 == "of" && matches!(n2, "32" | "thirty") => {
            return Some((Stage::RoundOf32, i + 2))
        }
        "group" if matches!(n1, "stage" | "phase" | "stages") => {
            if s.word(i.wrapping_sub(1)) == "second" {
                return Some((Stage::SecondGroup, i + 1));
            }
            return Some((Stage::Group, i + 1));
        }
        "third" if n1 == "place" => return Some((Stage::ThirdPlace, i + 1)),
        // "the final four", "the final eight": the last four or eight.
        "final" if matches!(n1, "four" | "4") => return Some((Stage::SemiFinal, i + 1)),
        "final" if matches!(n1, "eight" | "8") => return Some((Stage::QuarterFinal, i + 1)),
        "final" | "finals" => {
            // "final group game", "final whistle", "the finals" (the tournament).
            if matches!(
                n1,
                "group"
                    | "whistle"
                    | "day"
                    | "minutes"
                    | "minute"
                    | "stages"
                    | "round"
                    | "game"
                    | "match"
                    | "score"
                    | "ball"
                    | "kick"
                    | "third"
                    | "few"
                    | "tournament"
                    | "tally"
                    | "two"
                    | "stretch"
                    | "act"
                    | "moments"
                    | "moment"
                    | "throes"
                    | "period"
                    | "phase"
                    | "seconds"
            ) || w == "finals"
                || matches!(
                    s.word(i.wrapping_sub(1)),
                    "quarter" | "semi" | "cup" | "world" | "euro"
                )
                || s.tokens[i].hyphen_before
            {
                return None;
            }
            Stage::Final
        }
        _ => return None,
    };
    Some((st, i))
}

/// A plural noun after "last four" that makes it a count of recent matches.
fn is_recent_count(noun: &str) -> bool {
    matches!(
        noun,
        "appearances"
            | "games"
            | "matches"
            | "meetings"
            | "outings"
            | "editions"
            | "tournaments"
            | "years"
            | "times"
            | "fixtures"
            | "internationals"
            | "starts"
            | "encounters"
            | "qualifiers"
            | "finals"
    )
}

fn label(st: Stage) -> &'static str {
    st.label()
}

/// How far a team got in an edition: the furthest stage played, or the next
/// round when it won its last knock-out tie before the data ends (or before
/// the article was written).
fn reached(store: &Store, team: TeamId, e: EditionId) -> Option<(Stage, Vec<MatchId>, bool)> {
    let run = team_run(store, team, e, AsOf::ALL)?;
    Some((run.stage_reached, run.match_ids.clone(), run.champion))
}

fn edition_for_year(s: &SentenceCtx, year: Option<i16>, at: usize) -> Option<EditionId> {
    // An edition named outright ("Euro 96", "the 2018 World Cup") is the one
    // meant, the nearest to the stage words; a bare year picks an edition of
    // the competition in view.
    if let Some((_, e)) = s.editions.iter().min_by_key(|(k, _)| k.abs_diff(at)) {
        let ed = s.store.edition(*e);
        if year.is_none_or(|y| ed.year as i16 == y || ed.start.year() == y) {
            return Some(*e);
        }
    }
    let base = s.edition?;
    match year {
        Some(y) => {
            let comp = s.store.edition(base).competition;
            s.store
                .editions_of(comp)
                .find(|e| e.year as i16 == y || e.start.year() == y)
                .map(|e| e.id)
        }
        None => Some(base),
    }
}

/// Bare years the sentence writes: not those of a named edition ("Euro
/// 2020": the edition says it) nor those that date a title ("the champions
/// of 1988").
fn years(s: &SentenceCtx) -> Vec<(usize, i16)> {
    let of_competition = |k: usize| {
        [k.wrapping_sub(1), k + 1].into_iter().any(|j| {
            s.mention_at(j)
                .is_some_and(|m| matches!(m.kind, crate::mentions::MentionKind::Competition(_)))
        })
    };
    (0..s.tokens.len())
        .filter(|&k| s.year_at(k).is_some() && !of_competition(k))
        .filter_map(|k| {
            s.tokens[k]
                .number()
                .filter(|n| (1900..2100).contains(n))
                .map(|n| (k, n as i16))
        })
        .collect()
}

impl Rule for StageClaim {
    fn name(&self) -> &'static str {
        "stage"
    }
    fn description(&self) -> &'static str {
        "the stage of a match, how far a team went, a team's opener and last group game"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        let n = s.tokens.len();
        let mut i = 0;
        while i < n {
            let Some((st, end)) = stage_at(s, i) else {
                i += 1;
                continue;
            };
            // "in the first semi-final": which of the round's matches.
            let which = match s.word(i.wrapping_sub(1)) {
                _ if !st.is_knockout() => None,
                "first" | "opening" => Some(0usize),
                "second" => Some(1),
                _ => None,
            };
            // "nine goals in the group stage": the scope of a tally, not a match's stage.
            if (i.saturating_sub(7)..i).any(|k| {
                s.tokens[k].number().is_some()
                    && matches!(
                        s.word(k + 1),
                        "goals" | "games" | "matches" | "wins" | "points" | "times"
                    )
            }) {
                i = end + 1;
                continue;
            }
            let det = if which.is_some() {
                i.wrapping_sub(1)
            } else {
                i
            };
            let start = if matches!(s.word(det.wrapping_sub(1)), "the" | "their" | "its")
                && matches!(
                    s.word(det.wrapping_sub(2)),
                    "in" | "of" | "to" | "reach" | "reached"
                ) {
                det - 2
            } else {
                i
            };
            // How far a team went: "reach the semifinals", "group-stage exit", "eliminated in the second group stage".
            let reach = s.find_in(
                i.saturating_sub(4),
                i,
                &["reach", "reached", "reaching", "reaches", "into"],
            );
            // "eliminated in the second group stage": the word may stand before the phrase.
            let exit = s
                .find_in(
                    i.saturating_sub(5),
                    end + 5,
                    &[
                        "exit",
                        "exits",
                        "eliminated",
                        "out",
                        "elimination",
                        "knocked",
                    ],
                )
                // "their tournament ended in the quarter-finals".
                .or_else(|| {
                    s.find_in(i.saturating_sub(5), i, &["ended", "ends", "finished"])
                        .filter(|k| {
                            matches!(
                                s.word_back(*k, 1),
                                "tournament" | "campaign" | "run" | "journey" | "adventure"
                            )
                        })
                });
            if let Some(k) = reach.filter(|_| st.is_knockout()) {
                // "to send Japan into a final", "propelled Germany into the
                // semi-finals": the team sent, not the sentence's subject.
                let sent = (k.saturating_sub(6)..k)
                    .rfind(|&x| {
                        matches!(
                            s.word(x),
                            "catapult"
                                | "catapulted"
                                | "catapulting"
                                | "send"
                                | "sent"
                                | "sends"
                                | "sending"
                                | "propel"
                                | "propelled"
                                | "propels"
                                | "put"
                                | "puts"
                                | "carry"
                                | "carried"
                                | "fire"
                                | "fired"
                                | "take"
                                | "took"
                                | "takes"
                                | "lift"
                                | "lifted"
                        )
                    })
                    .and_then(|v| {
                        s.teams
                            .iter()
                            .find(|(x, _)| *x > v && *x < k)
                            .map(|(_, t)| *t)
                    });
                // "catapulting them into the quarter-finals": a pronoun sent
                // through names no team for sure.
                let sent_pronoun = sent.is_some()
                    && s.teams.iter().any(|(x, _)| {
                        *x < k
                            && matches!(s.word(*x), "them" | "they" | "it" | "their")
                            && (k.saturating_sub(6)..k).contains(x)
                    });
                if sent_pronoun {
                    i = end + 1;
                    continue;
                }
                // "Spain beat them ... to reach the final": the team that won.
                let winner = (0..k)
                    .rfind(|&x| super::WIN_WORDS.contains(&s.word(x)))
                    .and_then(|v| {
                        s.teams
                            .iter()
                            .rfind(|(x, _)| *x < v && v - *x <= 3)
                            .filter(|(x, _)| !matches!(s.word(*x), "them" | "it"))
                            // "to Paraguay, then defeated": another clause.
                            .filter(|(x, _)| {
                                (*x..v).all(|y| !matches!(s.word(y), "," | ";" | "then" | "and"))
                            })
                            .map(|(_, t)| *t)
                    });
                // "end Azzurri's long unbeaten run to reach the final": a
                // team named in the possessive owns a noun, not the verb.
                let possessive_subject = sent.is_none()
                    && winner.is_none()
                    && s.teams.iter().rfind(|(x, _)| *x < k).is_some_and(|(x, _)| {
                        s.tokens
                            .get(x + 1)
                            .is_some_and(|t| t.kind == offside_text::TokenKind::Possessive)
                    });
                if possessive_subject {
                    i = end + 1;
                    continue;
                }
                let team = sent
                    .or(winner)
                    .or_else(|| s.subject_before(k))
                    .or_else(|| s.fallback_subject());
                let year = years(s)
                    .into_iter()
                    .min_by_key(|(k, _)| k.abs_diff(i))
                    .map(|(_, y)| y);
                if let (Some(t), Some(e)) = (team, edition_for_year(s, year, i)) {
                    if let Some((got, ids, _)) = reached(store, t, e) {
                        // Winning the round before counts: "won ... to reach the semi-finals".
                        let ok = got >= st;
                        let tn = store.team_name(t);
                        let start = s
                            .teams
                            .iter()
                            .rev()
                            .find(|(x, _)| *x < k)
                            .map(|(x, _)| (*x).min(k))
                            .unwrap_or(k);
                        out.push(
                            Finding::new(
                                "stage",
                                ClaimKind::Stage,
                                s.span_of(start.max(k.saturating_sub(8)), end),
                                format!("{tn} reached the {}", label(st)),
                            )
                            .judged(
                                ok,
                                format!("reached the {}", got.label()),
                                format!("furthest stage of {tn} in {}", store.edition_name(e)),
                            )
                            .with_evidence(ids),
                        );
                    }
                }
                i = end + 1;
                continue;
            }
            // "made it out of the group stage", "got out of the group": they
            // went through it.
            let through = |x: usize| {
                s.word(x) == "out"
                    && (matches!(s.word_back(x, 1), "got" | "get" | "gets" | "getting")
                        || (s.word_back(x, 1) == "it"
                            && matches!(s.word_back(x, 2), "made" | "make" | "makes" | "making")))
            };
            if exit.is_some_and(through) {
                i = end + 1;
                continue;
            }
            if let Some(x) =
                exit.filter(|x| st.is_group() || s.word(*x) != "out" || s.word(x + 1) == "in")
            {
                // Teams and years in order: "Spain and Germany ... exits in 2014 and 2018".
                let ys = years(s);
                let teams: Vec<TeamId> = s.distinct_teams();
                let mut pairs: Vec<(TeamId, Option<i16>)> = Vec::new();
                if ys.len() == teams.len() && teams.len() > 1 {
                    pairs = teams
                        .iter()
                        .copied()
                        .zip(ys.iter().map(|y| Some(y.1)))
                        .collect();
                } else if let Some(t) = {
                    // "eliminated the Netherlands in the semi-final",
                    // "knocked out Germany": the team after the verb went out.
                    let active_object = matches!(
                        s.word(x),
                        "eliminated" | "knocked" | "eliminating" | "knocking"
                    ) && !matches!(
                        s.word_back(x, 1),
                        "was" | "were" | "been" | "be" | "being" | "got"
                    );
                    let object = active_object
                        .then(|| {
                            s.teams
                                .iter()
                                .find(|(k, _)| *k > x && *k <= x + 4 && *k < i)
                                .map(|(_, t)| *t)
                        })
                        .flatten();
                    if active_object && object.is_none() {
                        None
                    } else {
                        object
                            .or_else(|| s.subject_before(i))
                            .or_else(|| s.fallback_subject())
                    }
                } {
                    pairs.push((
                        t,
                        // The year written nearest the stage phrase.
                        ys.iter().min_by_key(|(k, _)| k.abs_diff(i)).map(|y| y.1),
                    ));
                }
                for (t, y) in pairs {
                    let Some(e) = edition_for_year(s, y, i) else {
                        continue;
                    };
                    let Some((got, ids, champion)) = reached(store, t, e) else {
                        continue;
                    };
                    let ok = got == st && !champion;
                    let tn = store.team_name(t);
                    let from = s
                        .teams
                        .iter()
                        .find(|(_, x)| *x == t)
                        .map(|(k, _)| *k)
                        .unwrap_or(start)
                        .min(start);
                    out.push(
                        Finding::new(
                            "stage",
                            ClaimKind::Stage,
                            s.span_of(from.max(start.saturating_sub(10)), x.max(end)),
                            format!(
                                "{tn} went out in the {} ({})",
                                label(st),
                                store.edition_name(e)
                            ),
                        )
                        .judged(
                            ok,
                            format!("went out in the {}", got.label()),
                            format!("furthest stage of {tn} in {}", store.edition_name(e)),
                        )
                        .with_evidence(ids),
                    );
                }
                i = end + 1;
                continue;
            }
            // The stage of the sentence's match.
            // It needs a team beside it ("lost to France in the last eight");
            // "nine goals in the group stage" is a tally's scope.
            // "Portugal will next face Morocco ... in the quarterfinals": the
            // fixture rule checks a coming match's stage.
            if super::fixture::coming(s, i).is_some_and(|c| c.stage_end() == Some(end)) {
                i = end + 1;
                continue;
            }
            let team_close = s.teams.iter().any(|(k, _)| *k < i && i - k <= 10);
            // A match must be spoken of ("beat Senegal 3-0 in the round of
            // 16"); "the USSR had been brilliant in the group stage" is a
            // team's form over a stage, not a match's stage.
            let clause_from = (0..start)
                .rev()
                .find(|&k| {
                    matches!(
                        s.word(k),
                        "," | ";" | "while" | "but" | "after" | "before" | "since"
                    )
                })
                .map_or(0, |k| k + 1);
            let lex = crate::lexicon::lexicon();
            // "after their play in the group stage": a noun, no match.
            let event = lex
                .find(s.tokens, clause_from, start, "match_word")
                .is_some_and(|(k, w)| {
                    !(w == ["play"] && matches!(s.word_back(k, 1), "their" | "his" | "its" | "the"))
                })
                || lex
                    .find(s.tokens, clause_from, start, "stage_event")
                    .is_some()
                || (clause_from..start).any(|k| {
                    let w = s.word(k);
                    matches!(s.tokens[k].kind, TokenKind::Score(..))
                        || WIN_WORDS.contains(&w)
                        || LOSS_WORDS.contains(&w)
                        || DRAW_WORDS.contains(&w)
                });
            let team_close = team_close && event;
            // "their first final since 1984" counts finals; it names no match.
            let since = s.word(end + 1) == "since";
            if let Some(m) = s
                .match_()
                .filter(|_| matches!(s.word(start), "in" | "of") && team_close && !since)
            {
                let mut m = m;
                // "then beat Senegal 3-0 in the Round of 16": the match of the
                // team named just before.
                // Its opponent: the focus team, else another team the
                // sentence names ("the United States' win over Costa Rica
                // ... and the upset of Brazil in the semifinals").
                if let Some(t) = s.other_team_before(i) {
                    if !m.involves(t) {
                        let sides = s
                            .doc
                            .focus
                            .into_iter()
                            .chain(s.teams.iter().filter(|(k, _)| *k < i).map(|(_, x)| *x))
                            .filter(|f| *f != t);
                        if let Some(id) = sides
                            .filter_map(|f| find_meeting(store, f, t, s.edition, None, s.doc.as_of))
                            .next()
                        {
                            m = store.match_(id);
                        }
                    }
                }
                // "losing 3-0 in the group stage in 2018": a year beside the
                // stage names an earlier meeting of the same two teams.
                let year_here = years(s).into_iter().find(|(k, _)| {
                    (end + 1..=end + 2).contains(k) || (start.saturating_sub(2)..start).contains(k)
                });
                if let Some((_, y)) = year_here.filter(|(_, y)| m.date.year() != *y) {
                    match find_meeting(store, m.home, m.away, None, Some(y), s.doc.as_of) {
                        Some(id) => m = store.match_(id),
                        None => {
                            i = end + 1;
                            continue;
                        }
                    }
                }
                if m.edition.is_none() {
                    i = end + 1;
                    continue;
                }
                let fits = |x: &Match| x.stage.progress() == st.progress();
                // Two meetings in one tournament: either may be meant.
                let other_fits = m.edition.is_some_and(|e| {
                    let ed = store.edition(e);
                    store
                        .team_matches_between(m.home, ed.start, ed.end)
                        .any(|x| x.involves(m.away) && fits(x))
                });
                let mut ok = fits(m) || (which.is_none() && other_fits);
                if let (Some(nth), Some(e)) = (which, m.edition) {
                    let round: Vec<MatchId> = store
                        .edition(e)
                        .matches
                        .iter()
                        .copied()
                        .filter(|x| store.match_(*x).stage == st)
                        .collect();
                    // "the first semifinal" of a double-header: matches of
                    // one day are in no order the data can tell.
                    ok &= round.len() > 1
                        && round
                            .get(nth)
                            .is_some_and(|x| *x == m.id || store.match_(*x).date == m.date);
                }
                out.push(
                    Finding::new(
                        "stage",
                        ClaimKind::Stage,
                        s.span_of(start, end),
                        format!("a {} ({})", label(st), store.describe_match(m)),
                    )
                    .about(Subject::Match)
                    .judged(
                        ok,
                        m.stage.label(),
                        format!("stage of {}", store.describe_match(m)),
                    )
                    .with_evidence([m.id]),
                );
            }
            i = end + 1;
        }
        opener_and_last_group_game(s, out);
    }
}

/// "in their opener", "kicked off ... against", "their final group game".
fn opener_and_last_group_game(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    let Some(m) = s.match_() else { return };
    let Some(e) = m.edition else { return };
    // "their opener", "the opening game"; not "a 12th-minute opener" (a goal).
    let opener = s.find(&["opener", "opening"]).filter(|k| {
        let det = matches!(s.word_back(*k, 1), "their" | "its" | "the" | "tournament");
        let game = s.word(*k) == "opener" || matches!(s.word(k + 1), "game" | "match" | "fixture");
        det && game && s.word(k + 1) != "goal"
    });
    let last_group = s
        .has_phrase(&["final", "group"])
        .or_else(|| s.has_phrase(&["last", "group"]));
    for (k, which) in [(opener, true), (last_group, false)] {
        let Some(k) = k else { continue };
        // The match: "this final group game" is the article's own; else
        // the team named nearest before the phrase with the focus.
        let mut mm = m;
        let this = s.word_back(k, 1) == "this";
        if let Some(main) = s.doc.main_match.filter(|_| this) {
            mm = store.match_(main);
        } else if let Some(t) = s.other_team_before(k) {
            if !mm.involves(t) {
                if let Some(f) = s.doc.focus.filter(|f| *f != t) {
                    if let Some(id) = find_meeting(store, f, t, Some(e), None, s.doc.as_of) {
                        mm = store.match_(id);
                    }
                }
            }
        }
        let team = s
            .doc
            .focus
            .filter(|f| mm.involves(*f))
            .or(s.doc.last_subject.filter(|f| mm.involves(*f)));
        let Some(team) = team else { continue };
        let Some(run) = team_run(store, team, e, AsOf::ALL) else {
            continue;
        };
        let target = if which {
            run.matches.first()
        } else {
            run.matches.iter().rfind(|x| x.stage.is_group())
        };
        let Some(target) = target else { continue };
        // Against the same opponent twice in a tournament, the opponent decides.
        let ok = target.match_id == mm.id || target.opponent == store.team_name(mm.opponent(team));
        let tn = store.team_name(team);
        let what = if which {
            "first match"
        } else {
            "last group match"
        };
        let end = if which {
            k
        } else {
            (k + 2).min(s.tokens.len() - 1)
        };
        out.push(
            Finding::new(
                "stage",
                if which {
                    ClaimKind::Other
                } else {
                    ClaimKind::Stage
                },
                s.span_of(k.saturating_sub(2), end),
                format!("{} was {tn}'s {what}", store.describe_match(mm)),
            )
            .about(Subject::Match)
            .judged(
                ok,
                target.summary.clone(),
                format!("{tn}'s {what} in {}", store.edition_name(e)),
            )
            .with_evidence([mm.id, target.match_id]),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    #[test]
    fn a_stage_after_a_team_is_that_teams_meeting() {
        // Gold Cup 1998: United States 2-1 Costa Rica (group), 1-0 Brazil
        // (semi-final), 0-1 Mexico (final).
        let v = |t: &str| {
            claims_of(
                "stage",
                &format!("Mexico beat the United States 1-0 in the Gold Cup final. {t}"),
                "1998-02-16",
            )
            .iter()
            .find(|c| c.text.contains("semi"))
            .map(|c| c.verdict)
        };
        assert_eq!(
            v("Preki scored in the United States' 2-1 win over Costa Rica in the group stage and the upset of Brazil in the semi-finals."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Preki scored in the United States' 1-0 win over Brazil in the group stage and the upset of Costa Rica in the semi-finals."),
            Some(Verdict::False)
        );
    }

    #[test]
    fn the_final_four_is_the_semi_finals() {
        // Copa América 2024: Canada reached the semi-finals, lost to Argentina.
        let v = |t: &str| {
            claims_of("stage", t, "2024-07-10")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Canada reached the final four of the 2024 Copa America."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Canada reached the final of the 2024 Copa America."),
            Some(Verdict::False)
        );
        // What a team can do is no claim that it did.
        assert_ne!(
            v("Canada can become the second CONCACAF team to reach the final of the 2024 Copa America."),
            Some(Verdict::False)
        );
    }

    #[test]
    fn this_final_group_game_is_the_articles_match() {
        // World Cup 2022, Group H: Portugal 2-0 Uruguay (11-28), then South
        // Korea 2-1 Portugal (12-02), Portugal's last group game.
        let v = |lead: &str, day: &str| {
            let text = format!(
                "{lead} Portugal had already qualified before this final group game, \
                 and made six changes from the side that beat Uruguay 2-0."
            );
            claims_of("stage", &text, day)
                .iter()
                .find(|c| c.text.contains("final group game"))
                .map(|c| c.verdict)
        };
        assert_eq!(
            v(
                "South Korea beat Portugal 2-1 on Friday to reach the last 16.",
                "2022-12-03"
            ),
            Some(Verdict::True)
        );
        // The article's match was Portugal's second: "this final group
        // game" is then wrong.
        assert_eq!(
            v(
                "Portugal beat Uruguay 2-0 on Monday to reach the last 16.",
                "2022-11-29"
            ),
            Some(Verdict::False)
        );
    }
}

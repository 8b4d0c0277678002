//! Head-to-head records: "31 previous meetings, with 17 wins compared to
//! France's nine", "10 of those victories were before 1950", "have lost four
//! times this century", "have met twice at World Cups, with England winning on
//! both occasions", "the first competitive meeting between the two nations".

use super::*;
use crate::mentions::MentionKind;
use offside_data::{CompetitionId, Date, Outcome};
use offside_query::{head_to_head_scoped, AsOf, H2hFilter};
use offside_text::TokenKind;

pub struct HeadToHead;

/// Words that make a sentence about the two teams' record against each other.
pub const TRIGGERS: &[&str] = &[
    "meetings",
    "meeting",
    "met",
    "encounters",
    "clashes",
    "head",
];

/// The two teams: named in the sentence, else the article's main match.
fn sides(s: &SentenceCtx) -> Option<(TeamId, TeamId)> {
    let named = s.distinct_teams();
    let main = s.doc.main_match.map(|m| s.store.match_(m));
    match (named.len(), main) {
        (n, _) if n >= 2 => Some((named[0], named[1])),
        (1, Some(m)) if m.involves(named[0]) => Some((named[0], m.opponent(named[0]))),
        (_, Some(m)) => {
            let a = s.doc.focus.filter(|f| m.involves(*f)).unwrap_or(m.home);
            Some((a, m.opponent(a)))
        }
        _ => None,
    }
}

#[derive(Clone, Copy, Default)]
struct Scope {
    from: Option<Date>,
    competition: Option<CompetitionId>,
    competitive: bool,
}

fn scope(s: &SentenceCtx) -> Scope {
    let mut sc = Scope::default();
    if s.has_phrase(&["this", "century"]).is_some() {
        sc.from = Date::new(2000, 1, 1).ok();
    }
    for (k, t) in s.tokens.iter().enumerate() {
        if let Some(y) = t.number().filter(|y| (1870..2100).contains(y)) {
            if s.word(k.wrapping_sub(1)) == "since" {
                sc.from = Date::new(y as i16, 1, 1).ok()
            }
        }
    }
    for m in s.mentions {
        if let MentionKind::Competition(c) = m.kind {
            // "at World Cups": a competition filter; "at this year's World Cup" is not one.
            if matches!(s.word(m.start.wrapping_sub(1)), "at" | "in") || s.word(m.end) == "s" {
                sc.competition = Some(c);
            }
        }
    }
    sc.competitive = s.find(&["competitive"]).is_some();
    sc
}

impl Rule for HeadToHead {
    fn name(&self) -> &'static str {
        "head_to_head"
    }
    fn description(&self) -> &'static str {
        "meetings between two teams: played, won, drawn, lost, over a span or a competition"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        let here =
            TRIGGERS.iter().any(|w| s.has(&[w])) && s.has_phrase(&["head", "coach"]).is_none();
        if !here && !s.doc.h2h_topic {
            return;
        }
        // Carried over from a sentence about meetings, a count "at this
        // tournament" is the edition's, not the meetings'.
        if !here && (s.has(&["tournament", "campaign", "competition"]) || !s.editions.is_empty()) {
            return;
        }
        let Some((a, b)) = sides(s) else { return };
        let sc = scope(s);
        // Previous meetings: before the article's match when it is one of theirs.
        let cutoff = s
            .doc
            .main_match
            .map(|m| store.match_(m))
            .filter(|m| m.involves(a) && m.involves(b))
            .map(|m| m.date)
            .and_then(|d| d.checked_sub(jiff::ToSpan::days(1)).ok())
            .or(s.doc.as_of);
        let count_as = |team: TeamId, before: Option<Date>, official_only: bool| {
            let h = head_to_head_scoped(
                store,
                team,
                if team == a { b } else { a },
                H2hFilter {
                    from: sc.from,
                    as_of: AsOf(before.or(cutoff).min(cutoff).or(before)),
                    competition: sc.competition,
                },
                official_only,
            );
            let ids: Vec<_> = h
                .match_ids
                .iter()
                .copied()
                .filter(|id| {
                    !sc.competitive
                        || store
                            .competition(store.match_(*id).competition)
                            .name
                            .as_ref()
                            != "Friendly"
                })
                .collect();
            let mut t = offside_query::Tally::default();
            for id in &ids {
                t.add(store.match_(*id), team);
            }
            (t, ids)
        };
        // Policy P1: the official count (without the 1945-46 Victory
        // internationals) and the full one are both accepted; `pick` reads
        // the figure claimed from a tally, `v` is the claimed value.
        let count =
            |team: TeamId, before: Option<Date>, pick: fn(&offside_query::Tally) -> u32, v: u32| {
                let all = count_as(team, before, false);
                if pick(&all.0) == v {
                    return all;
                }
                let official = count_as(team, before, true);
                if pick(&official.0) == v {
                    official
                } else {
                    all
                }
            };
        let names = (store.team_name(a), store.team_name(b));
        let n = s.tokens.len();
        let mut push = |span_from: usize,
                        span_to: usize,
                        claimed: String,
                        ok: bool,
                        actual: String,
                        ids: Vec<_>| {
            out.push(
                Finding::new(
                    "head_to_head",
                    ClaimKind::HeadToHead,
                    s.span_of(span_from, span_to),
                    claimed,
                )
                .judged(
                    ok,
                    actual,
                    format!(
                        "meetings of {} and {}{}",
                        names.0,
                        names.1,
                        cutoff.map(|d| format!(" up to {d}")).unwrap_or_default()
                    ),
                )
                .with_evidence(ids),
            );
        };
        for i in 0..n {
            let Some(v) = s.tokens[i].number() else {
                continue;
            };
            if v >= 1000 {
                continue;
            }
            let next = s.word(i + 1);
            let next2 = s.word(i + 2);
            // "31 previous meetings", "met twice".
            if matches!(next, "meetings" | "matches" | "games" | "encounters")
                || (matches!(next, "previous" | "competitive")
                    && matches!(next2, "meetings" | "matches" | "games"))
                || s.word(i.wrapping_sub(1)) == "met"
            {
                let (t, ids) = count(a, None, |t| t.played, v);
                let end = if matches!(next, "previous" | "competitive") {
                    i + 2
                } else if s.word(i.wrapping_sub(1)) == "met" {
                    i
                } else {
                    i + 1
                };
                let start = if s.word(i.wrapping_sub(1)) == "met" {
                    i - 1
                } else {
                    i
                };
                push(
                    start,
                    end,
                    format!("{} and {} met {v} times", names.0, names.1),
                    t.played == v,
                    t.played.to_string(),
                    ids,
                );
                continue;
            }
            // "N of those victories were before 1950".
            if next == "of" && matches!(s.word(i + 3), "victories" | "wins") {
                if let Some((k, y)) = (i + 4..(i + 8).min(n)).find_map(|k| {
                    s.tokens[k]
                        .number()
                        .filter(|y| (1870..2100).contains(y))
                        .map(|y| (k, y))
                }) {
                    if s.word_back(k, 1) == "before" {
                        let (t, ids) = count(a, Date::new(y as i16 - 1, 12, 31).ok(), |t| t.won, v);
                        push(
                            i,
                            k,
                            format!("{} won {v} meetings before {y}", names.0),
                            t.won == v,
                            t.won.to_string(),
                            ids,
                        );
                        continue;
                    }
                }
            }
            // "with 17 wins", "France's nine" (wins of the named team).
            let poss_team = s
                .mentions
                .iter()
                .find(|m| {
                    m.end + 1 == i
                        && s.tokens
                            .get(m.end)
                            .is_some_and(|t| t.kind == TokenKind::Possessive)
                })
                .and_then(|m| m.team());
            // "Scotland have won 41 of them, to England's 50".
            if matches!(next, "wins" | "victories")
                || (poss_team.is_some() && (s.has(&["wins", "victories"]) || s.has(&["won"])))
            {
                let team = poss_team.unwrap_or(a);
                let (t, ids) = count(team, None, |t| t.won, v);
                let start = if poss_team.is_some() {
                    i - 2
                } else {
                    i.saturating_sub(1).max(if s.word_back(i, 1) == "with" {
                        i - 1
                    } else {
                        i
                    })
                };
                let end = if matches!(next, "wins" | "victories") {
                    i + 1
                } else {
                    i
                };
                push(
                    start,
                    end,
                    format!("{} won {v} meetings", store.team_name(team)),
                    t.won == v,
                    t.won.to_string(),
                    ids,
                );
                continue;
            }
            // "have lost four times", "won twice", "drawn three".
            let verb = s.word(i.wrapping_sub(1));
            if matches!(verb, "lost" | "won" | "drawn" | "drew" | "beaten") {
                // "England have a fine record against Wales and have won
                // 68": the clause's subject, not the team named last.
                let team = s
                    .subject_before(i)
                    .filter(|t| *t == a || *t == b)
                    .or_else(|| s.team_before(i).filter(|t| *t == a || *t == b))
                    .unwrap_or(a);
                let pick: fn(&offside_query::Tally) -> u32 = match verb {
                    "lost" => |t| t.lost,
                    "won" | "beaten" => |t| t.won,
                    _ => |t| t.drawn,
                };
                let (t, ids) = count(team, None, pick, v);
                let (got, what) = match verb {
                    "lost" => (t.lost, "lost"),
                    "won" | "beaten" => (t.won, "won"),
                    _ => (t.drawn, "drawn"),
                };
                let mut end = if matches!(next, "times" | "matches" | "games") {
                    i + 1
                } else {
                    i
                };
                if sc.from.is_some() {
                    if let Some(k) = s.has_phrase(&["this", "century"]) {
                        if k == end + 1 {
                            end = k + 1;
                        }
                    }
                }
                let start = s
                    .teams
                    .iter()
                    .rev()
                    .find(|(k, tt)| *tt == team && *k < i && i - k <= 4)
                    .map(|(k, _)| *k)
                    .unwrap_or(i - 1);
                push(
                    start,
                    end,
                    format!("{} {what} {v} of their meetings", store.team_name(team)),
                    got == v,
                    got.to_string(),
                    ids,
                );
            }
        }
        // "It was the 114th meeting": the article's match is that meeting.
        // Not "their first meeting since 1966" or "the tenth meeting at a
        // World Cup": another scope.
        if let Some(k) = (0..n).find(|&k| {
            matches!(s.tokens[k].kind, TokenKind::Ordinal(x) if x >= 2)
                && matches!(s.word(k + 1), "meeting" | "encounter")
                && (matches!(s.word(k + 2), "between" | "." | "," | "")
                    || (s.word(k + 2) == "of"
                        && s.word(k + 3) == "the"
                        && matches!(s.word(k + 4), "sides" | "teams" | "two" | "nations")))
        }) {
            let TokenKind::Ordinal(nth) = s.tokens[k].kind else {
                unreachable!()
            };
            let main = s
                .doc
                .main_match
                .map(|m| store.match_(m))
                .filter(|m| m.involves(a) && m.involves(b));
            if let Some(m) = main {
                let upto = Some(m.date);
                let all = count_as(a, upto, false);
                let official = count_as(a, upto, true);
                let with_main = |x: &(offside_query::Tally, Vec<offside_data::MatchId>)| {
                    x.0.played + u32::from(!x.1.contains(&m.id))
                };
                let (ok, got, ids) = if with_main(&all) == nth {
                    (true, with_main(&all), all.1)
                } else if with_main(&official) == nth {
                    (true, with_main(&official), official.1)
                } else {
                    (false, with_main(&all), all.1)
                };
                push(
                    k,
                    k + 1,
                    format!("{} v {}: meeting no. {nth}", names.0, names.1),
                    ok,
                    format!("meeting no. {got}"),
                    ids,
                );
            }
        }
        // "with England winning on both occasions".
        if let Some(k) = s
            .has_phrase(&["both", "occasions"])
            .or_else(|| s.has_phrase(&["both", "times"]))
        {
            if let Some(w) = s.find_in(
                k.saturating_sub(4),
                k,
                &["winning", "won", "losing", "lost"],
            ) {
                let team = s.team_before(w).unwrap_or(a);
                let (t, ids) = count(team, None, |t| t.played, 2);
                let ok = t.played == 2
                    && if matches!(s.word(w), "winning" | "won") {
                        t.won == 2
                    } else {
                        t.lost == 2
                    };
                let start = s.find(&["met", "teams"]).filter(|x| *x < w).unwrap_or(w);
                push(
                    start.saturating_sub(2),
                    k + 1,
                    format!("{} {} both meetings", store.team_name(team), s.word(w)),
                    ok,
                    format!("P{} W{} D{} L{}", t.played, t.won, t.drawn, t.lost),
                    ids,
                );
            }
        }
        // "the first competitive meeting between the two nations".
        if let Some(k) = s
            .has_phrase(&["first", "competitive"])
            .filter(|k| matches!(s.word(k + 2), "meeting" | "match" | "game" | "encounter"))
        {
            if let Some(m) = s.match_().filter(|m| m.involves(a) && m.involves(b)) {
                let earlier: Vec<_> = store
                    .meetings(a, b)
                    .filter(|x| {
                        x.date < m.date
                            && store.competition(x.competition).name.as_ref() != "Friendly"
                    })
                    .map(|x| x.id)
                    .collect();
                let ok = earlier.is_empty();
                let end = (k + 2..(k + 8).min(n))
                    .find(|x| matches!(s.word(*x), "nations" | "teams" | "sides" | "countries"))
                    .unwrap_or(k + 2);
                push(
                    k.saturating_sub(1),
                    end,
                    format!("first competitive meeting of {} and {}", names.0, names.1),
                    ok,
                    format!("{} earlier competitive meetings", earlier.len()),
                    earlier,
                );
            }
        }
        let _ = Outcome::Win;
    }
}

#[cfg(test)]
mod official_count_tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdicts(text: &str, as_of: &str) -> Vec<Verdict> {
        claims_of("head_to_head", text, as_of)
            .into_iter()
            .map(|c| c.verdict)
            .collect()
    }

    #[test]
    fn either_count_of_meetings_is_accepted() {
        // England v Scotland before 10 June 2017: 115 meetings, Scotland 42
        // wins; 113 and 41 without the two 1946 Victory internationals.
        let lead = "England drew 2-2 with Scotland at Hampden Park in a World Cup qualifier. ";
        let day = "2017-06-10";
        for (n, want) in [
            ("41", Verdict::True),
            ("42", Verdict::True),
            ("44", Verdict::False),
        ] {
            let t =
                format!("{lead}Scotland have now won {n} of their previous meetings with England.");
            assert_eq!(verdicts(&t, day), vec![want], "{t}");
        }
        for (n, want) in [
            ("114th", Verdict::True),
            ("116th", Verdict::True),
            ("120th", Verdict::False),
        ] {
            let t = format!("{lead}It was the {n} meeting between the two sides.");
            assert_eq!(verdicts(&t, day), vec![want], "{t}");
        }
    }

    #[test]
    fn the_wins_belong_to_the_clause_subject() {
        // England v Wales to November 2022: England 68 wins in 103.
        let lead = "Wales v England: the head-to-head record.\n\n";
        let day = "2022-11-28";
        let t = |who: &str, other: &str| {
            format!("{lead}{who} have a fine record against {other} and have won 68 out of the 103 matches played between the two teams.")
        };
        let first = |t: String| verdicts(&t, day).first().copied();
        assert_eq!(first(t("England", "Wales")), Some(Verdict::True));
        assert_eq!(first(t("Wales", "England")), Some(Verdict::False));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    #[test]
    fn a_tournament_count_after_a_sentence_on_meetings_is_the_editions() {
        // 2014: Argentina won five matches before the semi-final, and had
        // beaten the Netherlands once in eight meetings.
        let lead = "Argentina face the Netherlands in the World Cup semi-final. \
                    Argentina have won only one of their eight meetings with the Netherlands.";
        let day = "2014-07-09";
        let h2h = |t: &str| {
            claims_of("head_to_head", &format!("{lead} {t}"), day)
                .iter()
                .filter(|c| c.text.contains("five"))
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        assert!(
            h2h("Each of Argentina's five wins at this tournament came by one goal.").is_empty()
        );
        // Without the tournament's words, the count is the meetings', and wrong.
        assert_eq!(
            h2h("Argentina's five wins came by one goal."),
            [Verdict::False]
        );
    }
}

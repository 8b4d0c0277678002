//! Tallies over a tournament or a stage: "scored 13 goals and conceded just
//! three in five games", "nine goals in the group stage and four in the
//! knockouts", "has scored five times in four games".

use super::*;
use offside_data::{Outcome, PlayerId, Stage};
use offside_query::{player_goals_in, team_run, PlayerFilter};
use offside_text::TokenKind;

pub struct Tally;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measure {
    GoalsFor,
    GoalsAgainst,
    Played,
    Won,
    Drawn,
    Lost,
    CleanSheets,
}

impl Measure {
    fn label(self) -> &'static str {
        match self {
            Measure::GoalsFor => "goals scored",
            Measure::GoalsAgainst => "goals conceded",
            Measure::Played => "matches played",
            Measure::Won => "wins",
            Measure::Drawn => "draws",
            Measure::Lost => "defeats",
            Measure::CleanSheets => "clean sheets",
        }
    }
    fn is_count_of_matches(self) -> bool {
        !matches!(self, Measure::GoalsFor | Measure::GoalsAgainst)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    All,
    Group,
    Knockout,
    /// The matches before a knock-out round ("on their way to the semi-finals").
    Before(Stage),
    /// The qualifying campaign before the finals ("12 goals in qualifying").
    Qualifying,
}

/// Words that put a count in the qualifying campaign.
const QUALIFYING: &[&str] = &["qualifying", "qualifiers", "qualifier", "qualification"];

/// Whether the qualifying word at `k` is the count's scope ("in qualifying",
/// "in eight qualifiers", "qualifying campaign") rather than a noun for teams
/// ("beat four World Cup qualifiers").
fn qualifying_scope_at(s: &SentenceCtx, k: usize) -> bool {
    let before = (k.saturating_sub(3)..k)
        .rev()
        .take_while(|&j| {
            matches!(
                s.word(j),
                "the" | "their" | "his" | "its" | "in" | "during" | "through"
            ) || s.tokens[j].number().is_some()
        })
        .any(|j| matches!(s.word(j), "in" | "during" | "through"));
    before
        || matches!(
            s.word(k + 1),
            "campaign" | "matches" | "games" | "group" | "goals"
        )
}

fn unit_at(s: &SentenceCtx, i: usize) -> Option<(Measure, usize)> {
    let w = s.word(i);
    let m = match w {
        "goals" | "goal" => Measure::GoalsFor,
        "games" | "matches" | "outings" | "appearances" | "fixtures" => Measure::Played,
        "wins" | "victories" | "win" | "victory" => Measure::Won,
        "draws" | "draw" => Measure::Drawn,
        "defeats" | "losses" | "defeat" | "loss" => Measure::Lost,
        "game" | "match" => Measure::Played,
        "qualifiers" => Measure::Played,
        "clean" if s.word(i + 1) == "sheets" || s.word(i + 1) == "sheet" => {
            return Some((Measure::CleanSheets, i + 1))
        }
        "times" => Measure::GoalsFor,
        _ => return None,
    };
    Some((m, i))
}

/// The measure a verb at token `k` names, phrasal verbs included: "given
/// up", "let in" are goals conceded.
fn verb_measure_at(s: &SentenceCtx, k: usize) -> Option<Measure> {
    match (s.word_back(k, 1), s.word(k)) {
        ("given" | "gave" | "giving" | "give", "up") | ("let" | "letting", "in") => {
            Some(Measure::GoalsAgainst)
        }
        _ => verb_measure(s.word(k)),
    }
}

fn verb_measure(w: &str) -> Option<Measure> {
    Some(match w {
        "scored" | "score" | "scoring" | "netted" | "hit" | "plundered" | "struck" => {
            Measure::GoalsFor
        }
        "conceded" | "concede" | "conceding" | "shipped" | "allowed" => Measure::GoalsAgainst,
        "played" => Measure::Played,
        "won" => Measure::Won,
        "drawn" | "drew" => Measure::Drawn,
        "lost" => Measure::Lost,
        "kept" => Measure::CleanSheets,
        _ => return None,
    })
}

fn scope_near(s: &SentenceCtx, from: usize, to: usize) -> Scope {
    for k in from..to.min(s.tokens.len()) {
        // "on their way to the semi-finals", "before the final", "en route to the final".
        if matches!(s.word(k), "way" | "route" | "before") {
            let stage = (k + 1..(k + 5).min(s.tokens.len()))
                .find_map(|x| super::stage::stage_at(s, x))
                .map(|x| x.0);
            if let Some(st) = stage.filter(|st| st.is_knockout()) {
                return Scope::Before(st);
            }
        }
        match s.word(k) {
            "group" | "groups"
                if !matches!(s.word(k + 1), "b" | "a" | "c" | "d" | "e" | "f" | "g" | "h") =>
            {
                return Scope::Group
            }
            "knockouts" | "knockout" => return Scope::Knockout,
            w if QUALIFYING.contains(&w) && qualifying_scope_at(s, k) => return Scope::Qualifying,
            // "the knock-out stage", "the knock-outs"; not "to knock out
            // the holders" (a verb).
            "knock"
                if s.word(k + 1) == "outs"
                    || (s.word(k + 1) == "out"
                        && matches!(
                            s.word(k + 2),
                            "stage" | "stages" | "round" | "rounds" | "phase" | "games" | "matches"
                        )) =>
            {
                return Scope::Knockout
            }
            _ => {}
        }
    }
    Scope::All
}

impl Rule for Tally {
    fn name(&self) -> &'static str {
        "tally"
    }
    fn description(&self) -> &'static str {
        "goals scored or conceded, matches played, won, drawn or lost over a tournament or a stage"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let mut last: Option<(Measure, Option<usize>)> = None;
        let n = s.tokens.len();
        let mut skip: Vec<usize> = Vec::new();
        skip.extend(apiece(s, out));
        for i in 0..n {
            let TokenKind::Number(value) = s.tokens[i].kind else {
                continue;
            };
            if skip.contains(&i) {
                continue;
            }
            // "won five of their six matches": a count out of a total.
            if s.word(i + 1) == "of" {
                let j = if matches!(s.word(i + 2), "their" | "its" | "the" | "his") {
                    i + 3
                } else {
                    i + 2
                };
                if let (Some(total), Some((Measure::Played, u))) =
                    (s.tokens.get(j).and_then(|t| t.number()), unit_at(s, j + 1))
                {
                    let verb = (i.saturating_sub(4)..i)
                        .rev()
                        .find_map(|k| verb_measure_at(s, k).map(|m| (m, k)));
                    if let Some((vm @ (Measure::Won | Measure::Drawn | Measure::Lost), vk)) = verb {
                        skip.push(j);
                        out_of(s, out, vk, i, u, vm, value, total);
                        continue;
                    }
                }
            }
            let w = s.word(i);
            // "conceded only once all tournament": a count when a scoring
            // verb comes just before and the tournament just after.
            let counted_times = matches!(w, "twice" | "once" | "thrice")
                && (i.saturating_sub(2)..i).any(|k| {
                    matches!(
                        verb_measure_at(s, k),
                        Some(Measure::GoalsFor | Measure::GoalsAgainst)
                    )
                })
                && (s
                    .find_in(
                        i + 1,
                        // "scored only once in four matches at the finals".
                        (i + 7).min(n),
                        &["tournament", "finals", "competition"],
                    )
                    .is_some()
                    || s.mentions.iter().any(|m| {
                        matches!(m.kind, crate::mentions::MentionKind::Competition(_))
                            && (i + 1..i + 7).contains(&m.start)
                    }));
            if (matches!(w, "twice" | "once" | "thrice" | "none" | "nil") && !counted_times)
                || value >= 1000
            {
                continue;
            }
            // "It's only one game", "this is just one match": a remark on
            // a match, not a count.
            let remark = (1..=3).any(|b| {
                matches!(s.word_back(i, b), "it" | "this" | "that")
                    && (1..b).any(|c| matches!(s.word_back(i, c), "'s" | "is" | "was"))
            });
            if remark {
                continue;
            }
            // "one more goal", "two more wins": wanted, not done.
            if matches!(s.word(i + 1), "more" | "extra" | "further") {
                continue;
            }
            let prev = s.word(i.wrapping_sub(1));
            // "made it two", "one of", "the first three", "a negative four" are not tallies.
            if matches!(
                prev,
                "it" | "minute"
                    | "of"
                    | "the"
                    | "top"
                    | "v"
                    | "vs"
                    | "under"
                    | "than"
                    | "first"
                    | "last"
                    | "opening"
                    | "final"
                    | "next"
                    | "previous"
                    | "negative"
                    | "positive"
                    | "plus"
                    | "minus"
                    | "within"
                    | "inside"
            ) {
                continue;
            }
            if matches!(
                s.word(i + 2),
                "difference" | "lead" | "advantage" | "margin"
            ) {
                continue;
            }
            if matches!(
                s.word(i + 1),
                "minute"
                    | "minutes"
                    | "mins"
                    | "min"
                    | "seconds"
                    | "points"
                    | "per"
                    | "%"
                    | "percent"
            ) {
                continue;
            }
            // Unit right after ("13 goals", "five games", "two clean sheets"), else elided.
            let unit = unit_at(s, i + 1).or_else(|| {
                unit_at(s, i + 2).filter(|_| {
                    s.tokens[i + 1].kind == TokenKind::Word
                        && !matches!(s.word(i + 1), "in" | "of" | "and")
                        && !s.tokens[i + 1].hyphen_before
                })
            });
            // "The first fifteen minutes only saw one goal", "in the second
            // half they scored twice": a stretch of one match, not a tally.
            if s.find_in(
                i.saturating_sub(8),
                i,
                &["minutes", "half", "period", "hour"],
            )
            .is_some()
            {
                continue;
            }
            // "a one-sided victory", "a two-goal lead": a compound adjective, not a count.
            if s.tokens.get(i + 1).is_some_and(|t| t.hyphen_before)
                && unit.is_none_or(|(_, u)| u != i + 1)
            {
                continue;
            }
            let in_games = matches!(prev, "in" | "from" | "across" | "over")
                && unit.is_some_and(|(m, _)| m == Measure::Played);
            // The verb before the number ("scored an impressive 13", "conceded just three").
            let verb_before = (i.saturating_sub(4)..i)
                .rev()
                .find_map(|k| verb_measure_at(s, k).map(|m| (m, k)));
            let verb_after =
                unit.and_then(|(_, u)| verb_measure(s.word(u + 1)).map(|m| (m, u + 1)));
            let measure = if in_games {
                Measure::Played
            } else {
                match (unit, verb_before, verb_after) {
                    // "36 scored and two conceded": a verb right after the
                    // number names its measure, whatever came before.
                    (None, _, _)
                        if verb_measure(s.word(i + 1)).is_some_and(|m| {
                            matches!(m, Measure::GoalsFor | Measure::GoalsAgainst)
                        }) =>
                    {
                        verb_measure(s.word(i + 1)).unwrap_or(Measure::GoalsFor)
                    }
                    (Some((Measure::GoalsFor, _)), _, Some((Measure::GoalsAgainst, _))) => {
                        Measure::GoalsAgainst
                    }
                    (Some((Measure::GoalsFor, _)), Some((Measure::GoalsAgainst, _)), _) => {
                        Measure::GoalsAgainst
                    }
                    (
                        Some((Measure::GoalsFor, _)),
                        Some((Measure::Won | Measure::Lost | Measure::Drawn | Measure::Played, _)),
                        _,
                    ) => continue,
                    (
                        Some((
                            m @ (Measure::Played | Measure::Won | Measure::Drawn | Measure::Lost),
                            _,
                        )),
                        Some((vm, _)),
                        _,
                    ) if m == Measure::Played
                        && vm != Measure::Played
                        && vm != Measure::GoalsFor =>
                    {
                        // "won 13 matches": the verb names the measure.
                        vm
                    }
                    (Some((m, _)), _, _) => m,
                    (None, Some((vm, _)), _)
                        if matches!(vm, Measure::GoalsFor | Measure::GoalsAgainst) =>
                    {
                        vm
                    }
                    // "lifted his tally for the tournament to four".
                    // Not "their tally of yellow cards to 23".
                    (None, None, None)
                        if prev == "to"
                            && s.find_in(i.saturating_sub(7), i, &["tally", "total", "haul"])
                                .is_some_and(|k| {
                                    s.word(k + 1) != "of"
                                        || matches!(s.word(k + 2), "goals" | "goal")
                                }) =>
                    {
                        Measure::GoalsFor
                    }
                    // "five goals and three assists": a noun of its own
                    // after the number is another measure, not the last one.
                    (None, None, None)
                        if (prev == "and" || s.word(i + 1) == "in")
                            && !(s.tokens.get(i + 1).is_some_and(|t| {
                                t.kind == TokenKind::Word && s.word(i + 1) != "in"
                            })) =>
                    {
                        match last {
                            Some((m, _)) => m,
                            None => continue,
                        }
                    }
                    // "Messi finished with seven goals, one behind Mbappe, who won
                    // the Golden Boot with nine": the unit carries over.
                    (None, None, None)
                        if prev == "with" && matches!(s.word(i + 1), "." | "," | "" | "goals") =>
                    {
                        match last {
                            Some((m, _)) => m,
                            None => continue,
                        }
                    }
                    _ => continue,
                }
            };
            // "two goals from Steven Davis", "a goal by Magennis", "3 goals
            // for Elkjaer": the player's goals in the match, not a tally.
            if let Some((_, u)) = unit.filter(|(m, _)| *m == Measure::GoalsFor) {
                let by = matches!(s.word(u + 1), "from" | "by" | "for");
                let named_after = s.players.iter().any(|(mi, _)| {
                    *mi != usize::MAX && (u + 2..u + 5).contains(&s.mentions[*mi].start)
                });
                if by && named_after {
                    continue;
                }
            }
            // "scored three times Saturday against Costa Rica", "four times
            // before half-time": one match's goals, not a tally.
            let end_of_unit = unit.map_or(i, |(_, u)| u);
            let in_match_time = (end_of_unit + 1..(end_of_unit + 4).min(n)).any(|k| {
                let (a, b) = (s.word(k), s.word(k + 1));
                let after_break =
                    a == "after" && matches!(s.word(k + 2), "break" | "interval" | "restart");
                after_break
                    || matches!(
                        (a, b),
                        ("before", "half")
                            | ("before", "halftime")
                            | ("first", "half")
                            | ("second", "half")
                            | ("in", "stoppage")
                    )
            });
            if in_match_time {
                continue;
            }
            if (end_of_unit + 1..(end_of_unit + 4).min(n)).any(|k| {
                matches!(s.word(k), "against" | "versus" | "v" | "vs")
                    && s.mention_at(k + 1).is_some_and(|m| m.team().is_some())
            }) {
                continue;
            }
            // "with six games remaining", "three matches left to play": the
            // games still to come, no count of the past.
            if unit.is_some_and(|(m, u)| {
                m.is_count_of_matches()
                    && matches!(
                        s.word(u + 1),
                        "remaining" | "left" | "still" | "to" | "ahead"
                    )
            }) {
                continue;
            }
            let scope_end = unit.map(|u| u.1 + 6).unwrap_or(i + 6);
            // A scope phrase belongs to this number only up to the next number.
            let next_num = (i + 1..n)
                .find(|k| matches!(s.tokens[*k].kind, TokenKind::Number(v) if v < 1000))
                .unwrap_or(n);
            let mut scope = scope_near(s, i + 1, scope_end.min(next_num));
            // "In the knockout rounds England scored four": a scope that opens
            // the clause, with no number before it.
            if scope == Scope::All {
                let first_num = (0..n)
                    .find(|k| matches!(s.tokens[*k].kind, TokenKind::Number(v) if v < 1000))
                    .unwrap_or(i);
                let lead = scope_near(s, 0, first_num.saturating_sub(1));
                if lead != Scope::All
                    && s.find_in(0, 3, &["in", "during", "across", "through"])
                        .is_some()
                {
                    scope = lead;
                }
            }
            // "Their knockout run brought only three goals": a stage owning
            // the count as its subject.
            if scope == Scope::All {
                let from = i.saturating_sub(6);
                let own = scope_near(s, from, i);
                if matches!(own, Scope::Knockout | Scope::Group)
                    && s.find_in(from, i, &["run", "campaign", "games", "matches", "phase"])
                        .is_some()
                {
                    scope = own;
                }
            }
            // "scored nine and conceded two in the group stage": the scope after
            // the second number is shared.
            if scope == Scope::All && next_num < n && (i + 1..next_num).any(|k| s.word(k) == "and")
            {
                let after = (next_num + 1..n)
                    .find(|k| matches!(s.tokens[*k].kind, TokenKind::Number(v) if v < 1000))
                    .unwrap_or(n);
                let shared = scope_near(s, next_num + 1, (next_num + 8).min(after));
                if shared != Scope::All {
                    scope = shared;
                }
            }
            // "a perfect qualifying campaign, ten wins from ten": a scope
            // stated earlier in the sentence, with no turn to the finals.
            // "... scored only once in four matches at the finals": the
            // finals named right after the count turn it away.
            let finals_after = s
                .find_in(i + 1, (i + 8).min(n), &["finals", "tournament"])
                .is_some()
                || s.mentions.iter().any(|m| {
                    matches!(m.kind, crate::mentions::MentionKind::Competition(_))
                        && (i + 1..i + 7).contains(&m.start)
                });
            // Set when the finals named after the count overrule a
            // qualifying scope named before it: the scope is then stated.
            let mut turned_to_finals = false;
            if scope == Scope::All {
                let back = (0..i)
                    .rev()
                    .take_while(|&k| !matches!(s.word(k), "finals" | "tournament" | ";" | "but"))
                    .find(|&k| QUALIFYING.contains(&s.word(k)) && qualifying_scope_at(s, k));
                if back.is_some() {
                    if finals_after {
                        turned_to_finals = true;
                    } else {
                        scope = Scope::Qualifying;
                    }
                }
            }
            // "22 times in eight qualifiers": the games' scope is the goals'.
            if scope == Scope::All
                && next_num < n
                && QUALIFYING.contains(&s.word(next_num + 1))
                && qualifying_scope_at(s, next_num + 1)
            {
                scope = Scope::Qualifying;
            }
            // An article about a qualifier counts in its campaign unless the
            // sentence turns to the finals.
            let mut from_context = false;
            if scope == Scope::All
                && s.doc.main_match.is_some_and(|m| {
                    offside_query::finals_of(s.store, s.store.match_(m).competition).is_some()
                })
                && s.find(&["finals", "tournament", "world", "euro", "euros"])
                    .is_none()
                && s.mentions
                    .iter()
                    .all(|m| !matches!(m.kind, crate::mentions::MentionKind::Competition(_)))
            {
                scope = Scope::Qualifying;
                from_context = true;
            }
            let start = verb_before
                .map(|v| v.1)
                .filter(|_| !in_games)
                .unwrap_or(if in_games { i - 1 } else { i });
            let mut end = unit
                .map(|u| u.1)
                .unwrap_or(i)
                .max(verb_after.map(|v| v.1).unwrap_or(0));
            if scope != Scope::All {
                if let Some(k) = (i + 1..scope_end.min(n)).find(|k| {
                    matches!(
                        s.word(*k),
                        "group" | "groups" | "knockouts" | "knockout" | "outs"
                    ) || QUALIFYING.contains(&s.word(*k))
                }) {
                    end = end.max(if s.word(k) == "group" && s.word(k + 1) == "stage" {
                        k + 1
                    } else {
                        k
                    });
                }
            }
            last = Some((measure, unit.map(|u| u.1)));
            // The subject: a player named before ("Mbappe has scored five
            // times"), else a team, else the team in view.
            // Only a player of the number's own clause: "X added the fifth,
            // while Tunisia's two goals ..." are not X's. A team owning the
            // count in the possessive right before it ("Tunisia's two
            // goals") makes it the team's.
            let boundary_before = |at: usize| {
                (0..at)
                    .rev()
                    .find(|&k| {
                        matches!(s.word(k), "while" | "whereas" | ";" | "but" | "although")
                            && s.mention_at(k).is_none()
                    })
                    .map_or(0, |k| k + 1)
            };
            let mut clause_start = boundary_before(start);
            // "..., but scored 3 goals", "but he scored": a clause with no
            // subject of its own, or "he", goes on about the one before.
            if clause_start > 0
                && s.mention_at(clause_start).is_none()
                && (s.word(clause_start) == "he"
                    || (!s.tokens[clause_start].capitalized
                        && !matches!(
                            s.word(clause_start),
                            "the" | "their" | "its" | "it" | "they" | "a" | "an" | "she"
                        )))
            {
                clause_start = boundary_before(clause_start - 1);
            }
            let team_owned = start >= 2
                && s.tokens[start - 1].kind == TokenKind::Possessive
                && s.mention_at(start - 2).is_some_and(|m| m.team().is_some());
            let player = s
                .players
                .iter()
                .filter(|(mi, _)| *mi != usize::MAX)
                .filter(|(mi, _)| {
                    let at = s.mentions[*mi].start;
                    // "overtake Gabriel Batistuta ... with 11 goals": the
                    // player passed is not the one counting.
                    let passed = matches!(
                        s.word_back(at, 1),
                        "overtake"
                            | "overtook"
                            | "overtaking"
                            | "pass"
                            | "passed"
                            | "passing"
                            | "surpass"
                            | "surpassed"
                            | "surpassing"
                            | "equal"
                            | "equalled"
                            | "equaled"
                            | "equalling"
                            | "match"
                            | "matched"
                            | "behind"
                            | "than"
                            | "with"
                            | "past"
                    );
                    s.mentions[*mi].end <= start && at >= clause_start && !passed
                })
                .map(|(_, p)| *p)
                .next_back()
                .filter(|_| !team_owned);
            let subject_player = player.filter(|_| measure == Measure::GoalsFor && !in_games);
            let span = s.span_of(start, end);
            if scope == Scope::Qualifying {
                let team = s
                    .subject_before(start)
                    .or_else(|| s.fallback_subject())
                    .or(s.doc.focus);
                let subject = match subject_player {
                    Some(p) => Counted::Player(p),
                    None => match team {
                        Some(t) => Counted::Team(t),
                        None => continue,
                    },
                };
                out.extend(campaign_tally(
                    s,
                    i,
                    subject,
                    measure,
                    value,
                    span,
                    from_context,
                ));
                continue;
            }
            let Some(edition) = s.edition_near(i) else {
                continue;
            };
            // Beside a score, "two goals in stoppage time" counts that match's
            // goals: a tournament tally needs a scope of its own.
            let has_score = s
                .tokens
                .iter()
                .any(|t| matches!(t.kind, TokenKind::Score(..)));
            let scoped = in_games
                || scope != Scope::All
                || s.find(&["tournament", "so", "campaign", "finals"])
                    .is_some()
                || s.mentions
                    .iter()
                    .any(|m| matches!(m.kind, crate::mentions::MentionKind::Competition(_)));
            if has_score && !scoped {
                continue;
            }
            if let Some(p) = subject_player {
                // "13 World Cup goals": a career in that competition, not this edition.
                let career = s
                    .mention_at(i + 1)
                    .and_then(|m| match m.kind {
                        crate::mentions::MentionKind::Competition(c)
                            if matches!(s.word(m.end), "goals" | "goal") =>
                        {
                            Some((c, m.end))
                        }
                        _ => None,
                    })
                    .map(|(c, end)| (Some(c), end))
                    // "the competition's record scorer with 16 goals": all
                    // editions; "France's all-time top scorer with 52
                    // goals": every international.
                    .or_else(|| {
                        let from = start.saturating_sub(8);
                        s.find_in(from, i, &["record", "all", "career", "ever", "leading"])?;
                        let end = unit.map(|u| u.1).unwrap_or(i);
                        if country_record(s, from, i) {
                            return Some((None, end));
                        }
                        s.edition_near(i)
                            .map(|e| (Some(s.store.edition(e).competition), end))
                    });
                let f = match career {
                    Some((c, end)) => career_tally(s, p, c, value, s.span_of(start, end)),
                    None => player_tally(s, p, edition, value, span),
                };
                out.extend(f);
                continue;
            }
            let team = s
                .subject_before(start)
                .or_else(|| s.fallback_subject())
                .or(s.doc.focus);
            let team = match (team, player) {
                // "in four games" after a player: the player's team.
                (_, Some(p)) if in_games => s
                    .store
                    .player_goals(p)
                    .find(|g| !g.own_goal)
                    .map(|g| g.team)
                    .or(team),
                (t, _) => t,
            };
            let Some(team) = team else { continue };
            let ninety = within_ninety(s);
            let in_scope = |m: &offside_query::RunMatch| match scope {
                Scope::All => true,
                Scope::Group => m.stage.is_group(),
                Scope::Knockout => m.stage.is_knockout(),
                Scope::Before(st) => m.stage.progress() < st.progress(),
                Scope::Qualifying => false,
            };
            let count = |as_of: offside_query::AsOf| {
                let run = team_run(s.store, team, edition, as_of)?;
                let t = match scope {
                    Scope::All => run.overall,
                    Scope::Group => run.group_stage,
                    Scope::Knockout => run.knockout,
                    Scope::Before(_) | Scope::Qualifying => {
                        let mut t = offside_query::Tally::default();
                        for m in run.matches.iter().filter(|m| in_scope(m)) {
                            t.add(s.store.match_(m.match_id), team);
                        }
                        t
                    }
                };
                let in_ninety = |o: Outcome| {
                    outcomes_at_ninety(s, team, run.matches.iter().filter(|m| in_scope(m)), o)
                };
                let actual = match measure {
                    Measure::GoalsFor => t.goals_for,
                    Measure::GoalsAgainst => t.goals_against,
                    Measure::Played => t.played,
                    Measure::Won if ninety => in_ninety(Outcome::Win),
                    Measure::Drawn if ninety => in_ninety(Outcome::Draw),
                    Measure::Lost if ninety => in_ninety(Outcome::Loss),
                    Measure::Won => t.won,
                    Measure::Drawn => t.drawn,
                    Measure::Lost => t.lost,
                    Measure::CleanSheets => t.clean_sheets,
                };
                Some((run, actual, as_of))
            };
            let counts: Vec<_> = s.as_of_cutoffs().into_iter().filter_map(count).collect();
            let Some(first) = counts.first() else {
                continue;
            };
            let (run, actual, cutoff) = counts
                .iter()
                .find(|(_, a, _)| *a == value)
                .unwrap_or(first)
                .clone();
            // Career and all-time figures are far above one tournament's.
            let plausible = if measure.is_count_of_matches() {
                value <= 8
            } else {
                value <= 30
            };
            if !plausible {
                continue;
            }
            let scope_label = match scope {
                Scope::All => "all stages".to_string(),
                Scope::Group => "group stage".to_string(),
                Scope::Knockout => "knock-out stage".to_string(),
                Scope::Before(st) => format!("before the {}", st.label()),
                Scope::Qualifying => unreachable!("counted by campaign_tally"),
            };
            let ids: Vec<_> = run
                .matches
                .iter()
                .filter(|m| in_scope(m))
                .map(|m| m.match_id)
                .collect();
            let per_match: Vec<String> = run
                .matches
                .iter()
                .filter(|m| ids.contains(&m.match_id))
                .map(|m| match measure {
                    Measure::GoalsFor => m.goals_for.to_string(),
                    Measure::GoalsAgainst => m.goals_against.to_string(),
                    _ => String::new(),
                })
                .filter(|x| !x.is_empty())
                .collect();
            let detail = if per_match.is_empty() {
                String::new()
            } else {
                format!(" ({})", per_match.join("+"))
            };
            let f = Finding::new(
                "tally",
                ClaimKind::Tally,
                span,
                format!("{} {}: {value}", run.team, measure.label()),
            )
            .about(Subject::Team);
            // A stage the rule read ("in the group stage", "their knockout
            // run") is the count's stated scope.
            let f = if scope != Scope::All || turned_to_finals {
                f.scope_stated()
            } else {
                f
            };
            let f = f
                .judged(
                    actual == value,
                    actual.to_string(),
                    format!(
                        "{} by {}, {}, {}{} = {actual}{detail}",
                        measure.label(),
                        run.team,
                        run.edition,
                        scope_label,
                        cutoff_words(cutoff)
                    ),
                )
                .with_evidence(ids);
            out.push(f);
        }
        let _ = Stage::Group;
    }
}

/// "Villa and Sneijder ended on five goals apiece", "finished with four
/// each": one count for every player named before it, true only if it is
/// each one's. Returns the numbers it read.
fn apiece(s: &SentenceCtx, out: &mut Vec<Finding>) -> Vec<usize> {
    let mut read = Vec::new();
    for (i, t) in s.tokens.iter().enumerate() {
        let TokenKind::Number(value) = t.kind else {
            continue;
        };
        let (unit, end) = if matches!(s.word(i + 1), "apiece" | "each") {
            (true, i + 1)
        } else if matches!(s.word(i + 1), "goals" | "goal")
            && matches!(s.word(i + 2), "apiece" | "each")
        {
            (true, i + 2)
        } else {
            (false, i)
        };
        if !unit || value > 20 {
            continue;
        }
        let mut players: Vec<PlayerId> = Vec::new();
        for (mi, p) in &s.players {
            if *mi != usize::MAX && s.mentions[*mi].end <= i && !players.contains(p) {
                players.push(*p);
            }
        }
        if players.len() < 2 {
            continue;
        }
        let Some(edition) = s.edition_near(i) else {
            continue;
        };
        read.push(i);
        let store = s.store;
        let counts: Vec<(String, u32, bool)> = players
            .iter()
            .map(|p| {
                let best = s
                    .as_of_cutoffs()
                    .into_iter()
                    .map(|as_of| {
                        player_goals_in(
                            store,
                            *p,
                            PlayerFilter {
                                edition: Some(edition),
                                as_of,
                                ..Default::default()
                            },
                        )
                    })
                    .max_by_key(|g| g.goals == value);
                let g = best.expect("at least one cut-off");
                (store.player(*p).name.to_string(), g.goals, g.lower_bound)
            })
            .collect();
        let ok = counts.iter().all(|c| c.1 == value);
        let incomplete = counts.iter().any(|c| c.2 && c.1 < value);
        let actual: Vec<String> = counts.iter().map(|c| format!("{} {}", c.0, c.1)).collect();
        let f = Finding::new(
            "tally",
            ClaimKind::Tally,
            s.span_of(i, end),
            format!("{} goals each: {value}", actual.len()),
        )
        .about(Subject::Players);
        let why = format!(
            "goals by each, {}{}",
            store.edition_name(edition),
            as_of_words(s)
        );
        out.push(if incomplete {
            f.unverifiable(format!(
                "{why}: {}; scorer data is incomplete",
                actual.join(", ")
            ))
        } else {
            f.judged(ok, actual.join(", "), why)
        });
    }
    read
}

/// Whose count a campaign tally is.
#[derive(Clone, Copy)]
enum Counted {
    Team(offside_data::TeamId),
    Player(PlayerId),
}

/// The finals whose qualifying the sentence means: a qualification
/// competition it names, else the finals in view.
fn finals_in_view(s: &SentenceCtx, i: usize) -> Option<offside_data::CompetitionId> {
    let named = s.mentions.iter().find_map(|m| match m.kind {
        crate::mentions::MentionKind::Competition(c) => {
            offside_query::finals_of(s.store, c).or(Some(c))
        }
        _ => None,
    });
    named
        .or_else(|| s.edition_near(i).map(|e| s.store.edition(e).competition))
        .or_else(|| {
            let m = s.store.match_(s.doc.main_match?);
            offside_query::finals_of(s.store, m.competition)
        })
}

/// A count over a qualifying campaign, true if it fits the whole campaign or
/// the matches before the play-offs.
fn campaign_tally(
    s: &SentenceCtx,
    i: usize,
    subject: Counted,
    measure: Measure,
    value: u32,
    span: offside_text::Span,
    from_context: bool,
) -> Option<Finding> {
    let finals = finals_in_view(s, i)?;
    let team = match subject {
        Counted::Team(t) => t,
        Counted::Player(p) => s.store.player_goals(p).find(|g| !g.own_goal)?.team,
    };
    let c = offside_query::qualifying_campaign(s.store, team, finals, s.as_of())?;
    // Read from the article, the campaign must be the one its own match, of
    // its own days, belongs to.
    // A player's figure ("now has 23 goals") is often his career's.
    if from_context {
        if matches!(subject, Counted::Player(_)) {
            return None;
        }
        let main = s.doc.main_match?;
        let recent = s
            .doc
            .as_of
            .is_some_and(|d| (d - s.store.match_(main).date).get_days().abs() <= 30);
        if !recent || !c.matches.contains(&main) {
            return None;
        }
    }
    let plausible = if measure.is_count_of_matches() {
        value <= 20
    } else {
        value <= 60
    };
    if !plausible {
        return None;
    }
    let values = |c: &offside_query::Campaign| -> Vec<u32> {
        match subject {
            Counted::Player(p) => c.player_goals(s.store, p),
            Counted::Team(_) => c
                .tallies(s.store)
                .iter()
                .map(|t| match measure {
                    Measure::GoalsFor => t.goals_for,
                    Measure::GoalsAgainst => t.goals_against,
                    Measure::Played => t.played,
                    Measure::Won => t.won,
                    Measure::Drawn => t.drawn,
                    Measure::Lost => t.lost,
                    Measure::CleanSheets => t.clean_sheets,
                })
                .collect(),
        }
    };
    // Counted to the article's day, or to its eve: a preview dated on
    // match day was written before kick-off.
    let mut actual: Vec<u32> = values(&c);
    for cut in s.as_of_cutoffs().into_iter().skip(1) {
        if let Some(earlier) = offside_query::qualifying_campaign(s.store, team, finals, cut) {
            for v in values(&earlier) {
                if !actual.contains(&v) {
                    actual.push(v);
                }
            }
        }
    }
    let (who, subject_kind) = match subject {
        Counted::Team(t) => (s.store.team_name(t).to_string(), Subject::Team),
        Counted::Player(p) => (s.store.player(p).name.to_string(), Subject::Player),
    };
    let label = if matches!(subject, Counted::Player(_)) {
        "goals"
    } else {
        measure.label()
    };
    let shown: Vec<String> = actual.iter().map(u32::to_string).collect();
    let f = Finding::new(
        "tally",
        ClaimKind::Tally,
        span,
        format!("{who} {label} in qualifying: {value}"),
    )
    .about(subject_kind)
    .scope_stated()
    .judged(
        actual.contains(&value),
        shown.join(" or "),
        format!(
            "{label} by {who}, {} campaign ({} matches{}){} = {}",
            s.store.competition(c.qualification).name,
            c.matches.len(),
            if c.before_playoffs < c.matches.len() {
                format!(", {} before the play-offs", c.before_playoffs)
            } else {
                String::new()
            },
            as_of_words(s),
            shown.join(" or ")
        ),
    )
    .with_evidence(c.matches);
    Some(f)
}

/// "inside 90 minutes", "in normal time": results as they stood after 90.
fn within_ninety(s: &SentenceCtx) -> bool {
    (2..s.tokens.len()).any(|k| {
        s.word(k) == "minutes"
            && s.tokens[k - 1].number() == Some(90)
            && matches!(s.word(k - 2), "inside" | "within" | "in" | "after")
    }) || (1..s.tokens.len())
        .any(|k| s.word(k) == "time" && matches!(s.word(k - 1), "normal" | "regulation"))
}

/// How many of `matches` ended `o` for `team` after 90 minutes: a match that
/// went to extra time or penalties was level then. Older editions carry no
/// extra-time flag, but a goal after the 90th minute (stoppage time is
/// written 90+n) shows it.
fn outcomes_at_ninety<'a>(
    s: &SentenceCtx,
    team: offside_data::TeamId,
    matches: impl Iterator<Item = &'a offside_query::RunMatch>,
    o: Outcome,
) -> u32 {
    matches
        .map(|m| s.store.match_(m.match_id))
        .filter(|m| {
            let extra = m.extra_time
                || m.shootout.is_some()
                || s.store
                    .goals_of(m)
                    .iter()
                    .any(|g| g.minute.is_some_and(|x| x > 90));
            let at_ninety = if extra {
                Outcome::Draw
            } else {
                m.result_for(team)
            };
            at_ninety == o
        })
        .count() as u32
}

fn as_of_words(s: &SentenceCtx) -> String {
    cutoff_words(s.as_of())
}

fn cutoff_words(cutoff: offside_query::AsOf) -> String {
    cutoff
        .0
        .map(|d| format!(" (matches up to {d})"))
        .unwrap_or_default()
}

fn player_tally(
    s: &SentenceCtx,
    p: PlayerId,
    edition: offside_data::EditionId,
    value: u32,
    span: offside_text::Span,
) -> Option<Finding> {
    let counts: Vec<_> = s
        .as_of_cutoffs()
        .into_iter()
        .map(|as_of| {
            let g = player_goals_in(
                s.store,
                p,
                PlayerFilter {
                    edition: Some(edition),
                    as_of,
                    ..Default::default()
                },
            );
            (g, as_of)
        })
        .collect();
    if value > 20 {
        return None;
    }
    let (g, cutoff) = counts
        .iter()
        .find(|(g, _)| g.goals == value)
        .unwrap_or(&counts[0]);
    // The other reading of a player's count: his career in the competition
    // ("at his second World Cup, Müller already has ten goals"). If that
    // is the figure, the claim is true in that scope.
    // "his tally for the tournament": the words state the edition.
    let edition_stated = (0..s.tokens.len()).any(|k| {
        matches!(s.word(k), "tournament" | "competition")
            && matches!(s.word_back(k, 1), "the" | "this")
    });
    if g.goals != value && !edition_stated {
        let comp = s.store.edition(edition).competition;
        if let Some(f) = career_tally(s, p, Some(comp), value, span) {
            if f.verdict != Verdict::False {
                return Some(f);
            }
        }
    }
    let name = s.store.player(p).name.to_string();
    Some(
        Finding::new(
            "tally",
            ClaimKind::Tally,
            span,
            format!("{name} goals: {value}"),
        )
        .about(Subject::Player)
        .judged(
            g.goals == value,
            g.goals.to_string(),
            format!(
                "goals by {name}, {}{} = {}",
                s.store.edition_name(edition),
                cutoff_words(*cutoff),
                g.goals
            ),
        )
        .with_evidence(g.match_ids.clone()),
    )
}

/// A player's goals in one competition over a career, up to the article's
/// date. Competitions whose scorers are not all in the data give a lower bound:
/// then only a claim below it is false.
///
/// Without a competition the count runs over every international, which
/// is always a lower bound: the data has no scorers for friendlies (policy
/// P8).
fn career_tally(
    s: &SentenceCtx,
    p: PlayerId,
    comp: Option<offside_data::CompetitionId>,
    value: u32,
    span: offside_text::Span,
) -> Option<Finding> {
    let mut g = player_goals_in(
        s.store,
        p,
        PlayerFilter {
            competition: comp,
            as_of: s.as_of(),
            ..Default::default()
        },
    );
    g.lower_bound |= comp.is_none();
    let name = s.store.player(p).name.to_string();
    let cname = comp.map_or_else(
        || "international".to_string(),
        |c| s.store.competition(c).name.to_string(),
    );
    let f = Finding::new(
        "tally",
        ClaimKind::Tally,
        span,
        format!("{name} {cname} goals: {value}"),
    )
    .about(Subject::PlayerCareer);
    let scope = match comp {
        Some(_) => format!("at the {cname}"),
        None => "in every international the data holds (no friendlies)".to_string(),
    };
    let why = format!("goals by {name} {scope}{}", as_of_words(s));
    Some(
        if g.lower_bound {
            if value < g.goals {
                f.judged(
                    false,
                    format!("at least {}", g.goals),
                    format!("{why}: at least {} (scorer data incomplete)", g.goals),
                )
            } else {
                f.unverifiable(format!(
                    "{why}: at least {}; scorer data is incomplete for some matches",
                    g.goals
                ))
            }
        } else {
            f.judged(
                g.goals == value,
                g.goals.to_string(),
                format!("{why} = {}", g.goals),
            )
        }
        .with_evidence(g.match_ids.clone()),
    )
}

/// Whether the words between `from` and `to` make a record a country's
/// ("France's all-time top scorer", "the record scorer for Brazil") and
/// name no competition: the count is then over every international.
fn country_record(s: &SentenceCtx, from: usize, to: usize) -> bool {
    let competition = s.mentions.iter().any(|m| {
        matches!(m.kind, crate::mentions::MentionKind::Competition(_))
            && (from..to + 3).contains(&m.start)
    });
    let country = s.mentions.iter().any(|m| {
        m.team().is_some()
            && (from..to).contains(&m.start)
            && (s
                .tokens
                .get(m.end)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
                || s.word_back(m.start, 1) == "for")
    });
    country && !competition
}

/// "won five of their six matches": the count and the total, for the team in
/// view at the edition in view.
#[allow(clippy::too_many_arguments)]
fn out_of(
    s: &SentenceCtx,
    out: &mut Vec<Finding>,
    verb_at: usize,
    i: usize,
    unit_at: usize,
    measure: Measure,
    value: u32,
    total: u32,
) {
    let Some(edition) = s.edition_near(i) else {
        return;
    };
    let Some(team) = s.subject_before(verb_at).or_else(|| s.fallback_subject()) else {
        return;
    };
    let Some(run) = team_run(s.store, team, edition, s.as_of()) else {
        return;
    };
    let t = run.overall;
    if total > 8 {
        return;
    }
    let got = match (measure, within_ninety(s)) {
        (Measure::Won, true) => outcomes_at_ninety(s, team, run.matches.iter(), Outcome::Win),
        (Measure::Drawn, true) => outcomes_at_ninety(s, team, run.matches.iter(), Outcome::Draw),
        (_, true) => outcomes_at_ninety(s, team, run.matches.iter(), Outcome::Loss),
        (Measure::Won, false) => t.won,
        (Measure::Drawn, false) => t.drawn,
        _ => t.lost,
    };
    let ids: Vec<_> = run.matches.iter().map(|m| m.match_id).collect();
    let ok = got == value && t.played == total;
    out.push(
        Finding::new(
            "tally",
            ClaimKind::Tally,
            s.span_of(verb_at, unit_at),
            format!(
                "{} {} {value} of {total} matches",
                run.team,
                measure.label()
            ),
        )
        .about(Subject::Team)
        .judged(
            ok,
            format!("{got} of {}", t.played),
            format!(
                "{} of {}, {}{}",
                measure.label(),
                run.team,
                run.edition,
                as_of_words(s)
            ),
        )
        .with_evidence(ids),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdict(text: &str, as_of: &str) -> Option<Verdict> {
        let c = claims_of("tally", text, as_of);
        c.first().map(|c| c.verdict)
    }

    #[test]
    fn a_clause_without_a_subject_goes_on_about_the_player_before() {
        // Euro 96: Klinsmann scored 3 goals; Germany scored 10.
        let lead = "Germany beat the Czech Republic 2-1 in the Euro 96 final at Wembley. ";
        let day = "1996-07-01";
        let v = |t: &str| verdict(&format!("{lead}{t}"), day);
        assert_eq!(
            v("Captain Jurgen Klinsmann missed the semi-final injured, but scored 3 goals in the tournament."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Captain Jurgen Klinsmann missed the semi-final injured, but scored 5 goals in the tournament."),
            Some(Verdict::False)
        );
        // A stretch of one match is no tally.
        assert_eq!(v("The first fifteen minutes saw one goal."), None);
    }

    #[test]
    fn a_countrys_record_scorer_counts_every_international() {
        // Giroud passed Henry's 51 with France's opener against Poland on
        // 2022-12-04; the data, without friendlies, holds fewer of them.
        let lead = "Olivier Giroud scored against Poland at the World Cup on Sunday ";
        let day = "2022-12-04";
        assert_eq!(
            verdict(
                &format!("{lead}to become France's all-time top scorer with 52 goals."),
                day
            ),
            Some(Verdict::Unverifiable)
        );
        // Below what the data alone holds: a proof.
        assert_eq!(
            verdict(
                &format!("{lead}to become France's all-time top scorer with 12 goals."),
                day
            ),
            Some(Verdict::False)
        );
        // A competition's record is still that competition's (Klose, 16).
        assert_eq!(
            verdict(
                "Miroslav Klose became the World Cup's all-time top scorer with 16 goals.",
                "2014-07-09"
            ),
            Some(Verdict::True)
        );
    }

    #[test]
    fn a_team_count_in_qualifying() {
        // Portugal won all ten Euro 2024 qualifiers (Group J).
        let day = "2024-06-20";
        assert_eq!(
            verdict("Portugal won ten games in qualifying for Euro 2024.", day),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict("Portugal won nine games in qualifying for Euro 2024.", day),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_player_count_in_qualifying() {
        // Ronaldo scored ten of Portugal's 36 qualifying goals.
        let day = "2024-06-20";
        assert_eq!(
            verdict(
                "Cristiano Ronaldo scored ten goals in qualifying for Euro 2024.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                "Cristiano Ronaldo scored 12 goals in qualifying for Euro 2024.",
                day
            ),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_qualifier_article_counts_in_its_campaign() {
        // England finished their 2022 World Cup qualifying group on 2021-11-15
        // with 39 goals for and 3 against.
        let lead = "England beat San Marino 10-0 in Serravalle in World Cup qualifying. ";
        let day = "2021-11-16";
        assert_eq!(
            verdict(&format!("{lead}England conceded three goals."), day),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(&format!("{lead}England conceded four goals."), day),
            Some(Verdict::False)
        );
    }

    #[test]
    fn counts_of_times_and_a_knockout_run() {
        // Spain, 2010 World Cup: conceded twice; four 1-0 knock-out wins.
        let day = "2010-07-12";
        assert_eq!(
            verdict(
                "At the 2010 World Cup Spain conceded only twice all tournament.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                "At the 2010 World Cup Spain conceded only once all tournament.",
                day
            ),
            Some(Verdict::False)
        );
        assert_eq!(
            verdict(
                "At the 2010 World Cup Spain scored four goals in the knockout rounds.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                "At the 2010 World Cup Spain scored three goals in the knockout rounds.",
                day
            ),
            Some(Verdict::False)
        );
        // "to knock out the holders" is a verb, not a stage.
        let c = crate::rules::testing::claims_of(
            "tally",
            "Bulgaria's two quick goals were enough to knock out the holders Germany at the 1994 World Cup.",
            "1994-07-11",
        );
        assert!(c.iter().all(|c| c.verdict != Verdict::False), "{c:?}");
    }

    #[test]
    fn a_count_for_each_of_several_players() {
        // 2010 World Cup: Villa, Sneijder, Müller and Forlán five each; Klose four.
        let day = "2010-07-12";
        let v = |t: &str| {
            crate::rules::testing::claims_of("tally", t, day)
                .into_iter()
                .find(|c| c.claimed.contains("each"))
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("At the 2010 World Cup David Villa and Wesley Sneijder scored five goals apiece."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("At the 2010 World Cup David Villa and Miroslav Klose scored five goals apiece."),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_count_stopped_at_a_round() {
        // Eusébio, 1966: seven goals before the semi-final, nine in all.
        let lead = "England beat Portugal 2-1 in the 1966 World Cup semi-final at Wembley. ";
        let day = "2016-07-26";
        let v = |t: &str| verdict(&format!("{lead}{t}"), day);
        assert_eq!(
            v("Eusébio had scored seven goals prior to the semi-final."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Eusébio had scored eight goals at the World Cup prior to the semi-final."),
            Some(Verdict::False)
        );
        // With no round named, the count runs over the whole tournament.
        assert_eq!(
            v("Eusébio scored nine goals at the tournament."),
            Some(Verdict::True)
        );
    }

    #[test]
    fn goals_from_a_player_are_his_not_the_teams() {
        // Northern Ireland 3-1 Greece, 2015: Davis twice, Magennis once; the
        // team scored 15 in its nine qualifiers.
        let lead = "Northern Ireland beat Greece 3-1 in Belfast in Euro 2016 qualifying. ";
        let c = claims_of(
            "tally",
            &format!("{lead}Two goals from skipper Steven Davis sealed the victory."),
            "2015-10-08",
        );
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(
            verdict(
                &format!("{lead}Northern Ireland scored 15 goals in their nine qualifiers."),
                "2015-10-08"
            ),
            Some(Verdict::True)
        );
    }

    #[test]
    fn a_preview_on_match_day_counts_to_the_eve() {
        // Brazil 0-1 Argentina, 2023-11-21: Argentina came in with four wins
        // and a defeat in qualifying.
        let lead = "Brazil host Argentina at the Maracana in World Cup qualifying. ";
        let v = |t: &str| verdict(&format!("{lead}{t}"), "2023-11-21");
        assert_eq!(
            v("Argentina had four wins from five qualifiers."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Argentina had three wins from five qualifiers."),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_tally_lifted_to_a_number() {
        // Lukaku had four goals after Belgium 5-2 Tunisia, 2018.
        let lead = "Belgium beat Tunisia 5-2 at the 2018 World Cup. Romelu Lukaku scored twice, lifting his tally for the tournament to ";
        let day = "2018-06-24";
        assert_eq!(verdict(&format!("{lead}four."), day), Some(Verdict::True));
        assert_eq!(verdict(&format!("{lead}five."), day), Some(Verdict::False));
        // A tally of cards is not of goals.
        let c = crate::rules::testing::claims_of(
            "tally",
            "Belgium beat Tunisia 5-2 at the 2018 World Cup. Tunisia took their tally of yellow cards to 23.",
            day,
        );
        assert!(c.is_empty(), "{c:?}");
    }
}

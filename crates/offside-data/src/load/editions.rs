//! Editions of final tournaments. openfootball names its editions and stages;
//! for the other tournaments results.csv has neither, so editions are runs of a
//! tournament's matches with no long gap, and knock-out stages are read back
//! from the final through each finalist's previous matches.

use super::openfootball::OfEdition;
use super::Builder;
use crate::model::*;
use jiff::civil::Date;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Matches of one tournament more than this many days apart belong to
/// different editions.
const EDITION_GAP_DAYS: i32 = 40;

/// Editions whose name year is not the year they started in (postponed or
/// played across the new year). (competition, first year played, name year)
const NAME_YEAR_OVERRIDES: &[(&str, i16, u16)] = &[
    ("UEFA Euro", 2021, 2020),
    ("African Cup of Nations", 2022, 2021),
    ("African Cup of Nations", 2024, 2023),
    ("AFC Asian Cup", 2024, 2023),
    ("Copa América", 1936, 1937),
];

/// Competitions played only as leagues, over a season or several: a cluster of
/// their matches can look like a bracket (two "semi-finals", then a "final"),
/// so they never get knock-out stages. A list, because their seasons are cut
/// into several clusters and no one cluster shows the league.
const LEAGUE_COMPETITIONS: &[&str] = &[
    "British Home Championship",
    "Nordic Championship",
    "Central European International Cup",
];

/// Tournaments played as one final tournament per edition. Qualifiers,
/// leagues and friendlies are not editions in this sense; a Nations League is,
/// but only its finals (see [`is_nations_league`]).
fn has_editions(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    !(n.contains("qualification")
        || n.contains("friendly")
        || (n.contains("league") && !is_nations_league(name))
        || n.contains("qualifying"))
}

/// UEFA's and CONCACAF's Nations Leagues: a league phase over a season, then
/// finals (a final four). results.csv gives both one tournament name, so the
/// league phase (months of fixtures between other matches) is no edition, and
/// only a cluster of matches that is a final four becomes one ("Nations
/// League 2019" is the 2019 finals in Portugal). Without this the finals had
/// no edition and `Store::champion` had nothing to answer from.
fn is_nations_league(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.contains("nations league") && !n.contains("qualif")
}

/// Four matches between four teams: two semi-finals with no team in common,
/// then a final between their winners and a third-place match between their
/// losers (in either order, or the same day). The shape of a Nations League
/// finals tournament; a league phase's cluster never has it.
fn is_final_four(b: &Builder, ids: &[MatchId]) -> bool {
    let [s1, s2, x, y] = ids else { return false };
    let m = |id: &MatchId| &b.matches[id.index()];
    let (s1, s2, x, y) = (m(s1), m(s2), m(x), m(y));
    let semis = [s1, s2];
    if semis.iter().any(|s| s.winner().is_none())
        || [s1.home, s1.away].iter().any(|t| s2.involves(*t))
        || x.date <= s1.date.max(s2.date)
        || y.date <= s1.date.max(s2.date)
    {
        return false;
    }
    let w: Vec<TeamId> = semis.iter().filter_map(|s| s.winner()).collect();
    let l: Vec<TeamId> = semis
        .iter()
        .map(|s| s.opponent(s.winner().unwrap()))
        .collect();
    let pair = |m: &Match, p: &[TeamId]| m.involves(p[0]) && m.involves(p[1]);
    (pair(x, &w) && pair(y, &l)) || (pair(x, &l) && pair(y, &w))
}

pub(crate) fn build_editions(b: &mut Builder, of: Vec<OfEdition>) {
    let mut covered: HashSet<(CompetitionId, i16)> = HashSet::default();
    let mut editions: Vec<(CompetitionId, u16, Vec<MatchId>, bool)> = Vec::new();
    for e in of {
        if e.matches.is_empty() {
            continue;
        }
        let mut ids = e.matches;
        ids.sort();
        ids.dedup();
        for id in &ids {
            covered.insert((e.competition, b.matches[id.index()].date.year()));
        }
        editions.push((e.competition, e.year, ids, true));
    }
    let covered_ids: HashSet<MatchId> = editions.iter().flat_map(|e| e.2.iter().copied()).collect();

    // Cluster the remaining tournament matches into editions.
    let mut by_comp: HashMap<CompetitionId, Vec<MatchId>> = HashMap::default();
    for m in &b.matches {
        if covered_ids.contains(&m.id) || !has_editions(&b.competitions[m.competition.index()].name)
        {
            continue;
        }
        by_comp.entry(m.competition).or_default().push(m.id);
    }
    let mut comps: Vec<_> = by_comp.into_iter().collect();
    comps.sort_by_key(|(c, _)| *c);
    for (comp, ids) in comps {
        let mut current: Vec<MatchId> = Vec::new();
        let mut last: Option<Date> = None;
        let flush = |current: &mut Vec<MatchId>, editions: &mut Vec<_>| {
            if current.is_empty() {
                return;
            }
            let first = b.matches[current[0].index()].date.year();
            let name = &b.competitions[comp.index()].name;
            let league_phase = is_nations_league(name) && !is_final_four(b, current);
            // A year openfootball already covers keeps openfootball's edition.
            if !covered.contains(&(comp, first)) && !league_phase {
                let year = NAME_YEAR_OVERRIDES
                    .iter()
                    .find(|(c, y, _)| *c == &**name && *y == first)
                    .map(|(_, _, label)| *label)
                    .unwrap_or(first as u16);
                editions.push((comp, year, std::mem::take(current), false));
            }
            current.clear();
        };
        for id in ids {
            let date = b.matches[id.index()].date;
            if let Some(prev) = last {
                if (date - prev).get_days() > EDITION_GAP_DAYS {
                    flush(&mut current, &mut editions);
                }
            }
            current.push(id);
            last = Some(date);
        }
        flush(&mut current, &mut editions);
    }

    editions.sort_by_key(|e| (b.matches[e.2[0].index()].date, e.0));
    for (comp, year, ids, from_source) in editions {
        let id = EditionId(b.editions.len() as u16);
        if from_source {
            mark_second_group_stage(b, &ids);
        } else if !LEAGUE_COMPETITIONS.contains(&&*b.competitions[comp.index()].name) {
            if !infer_final_round(b, &ids) {
                infer_knockout_stages(b, &ids);
                if !ids
                    .iter()
                    .any(|m| b.matches[m.index()].stage == Stage::Final)
                {
                    infer_groups_then_final(b, &ids);
                }
            }
            label_inferred_groups(b, &ids);
        }
        infer_extra_time(b, comp, year, &ids);
        let mut host_counts: HashMap<&str, usize> = HashMap::default();
        for m in &ids {
            *host_counts
                .entry(&b.matches[m.index()].country)
                .or_default() += 1;
        }
        let mut hosts: Vec<(&str, usize)> = host_counts.into_iter().collect();
        hosts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let hosts = hosts.into_iter().map(|(h, _)| h.into()).collect();
        for m in &ids {
            b.matches[m.index()].edition = Some(id);
        }
        let start = b.matches[ids[0].index()].date;
        let end = b.matches[ids[ids.len() - 1].index()].date;
        b.editions.push(Edition {
            id,
            competition: comp,
            year,
            start,
            end,
            matches: ids,
            hosts,
            stages_from_source: from_source,
        });
    }
}

/// In 1974–1982 (and 1950) a second round of groups followed the first: a group
/// whose teams already played in another group is a second-round group.
fn mark_second_group_stage(b: &mut Builder, ids: &[MatchId]) {
    let mut first_group: HashMap<TeamId, Box<str>> = HashMap::default();
    for id in ids {
        let m = &b.matches[id.index()];
        if m.stage != Stage::Group {
            continue;
        }
        let Some(g) = m.group.clone() else { continue };
        let (h, a) = (m.home, m.away);
        let seen_elsewhere = [h, a]
            .iter()
            .any(|t| first_group.get(t).is_some_and(|fg| *fg != g));
        if seen_elsewhere {
            b.matches[id.index()].stage = Stage::SecondGroup;
        } else {
            first_group.entry(h).or_insert_with(|| g.clone());
            first_group.entry(a).or_insert(g);
        }
    }
}

/// Every team met every other the same number of times (once or twice) and
/// nothing else was played: a league, which has no knock-out stages.
fn is_round_robin(b: &Builder, ids: &[MatchId]) -> bool {
    let mut teams: Vec<TeamId> = Vec::new();
    let mut pairs: HashMap<(TeamId, TeamId), usize> = HashMap::default();
    for id in ids {
        let m = &b.matches[id.index()];
        for t in [m.home, m.away] {
            if !teams.contains(&t) {
                teams.push(t);
            }
        }
        *pairs
            .entry((m.home.min(m.away), m.home.max(m.away)))
            .or_default() += 1;
    }
    let k = teams.len();
    if k < 3 || pairs.len() != k * (k - 1) / 2 {
        return false;
    }
    let times = ids.len() / pairs.len();
    (times == 1 || times == 2) && pairs.values().all(|n| *n == times)
}

/// Walks back from the final: the finalists' previous matches are the
/// semi-finals, the semi-finalists' previous matches the quarter-finals, and so
/// on while each round is a clean bracket of decided matches. Everything before
/// the earliest knock-out round is the group stage (when the edition had more
/// teams than the bracket holds).
fn infer_knockout_stages(b: &mut Builder, ids: &[MatchId]) {
    // A league, or a league and a play-off between two teams level on points
    // (Copa América 1919): no knock-out stages.
    if ids.len() < 2 || is_round_robin(b, ids) || is_round_robin(b, &ids[..ids.len() - 1]) {
        return;
    }
    let last_date = b.matches[ids[ids.len() - 1].index()].date;
    let last_day: Vec<MatchId> = ids
        .iter()
        .copied()
        .filter(|m| b.matches[m.index()].date == last_date)
        .collect();
    // Whether `t` won its previous match of the edition (a semi-finalist through).
    let won_previous = |m: &Match, t: TeamId| {
        ids.iter()
            .rev()
            .map(|x| &b.matches[x.index()])
            .find(|x| x.date < m.date && x.involves(t))
            .is_some_and(|x| x.winner() == Some(t))
    };
    // A single match on the last day is the final; with two (a third-place
    // match the same day), the final is the one between two winners.
    let final_id = match last_day.len() {
        1 => last_day[0],
        2 => {
            let winners: Vec<MatchId> = last_day
                .iter()
                .copied()
                .filter(|id| {
                    let m = &b.matches[id.index()];
                    won_previous(m, m.home) && won_previous(m, m.away)
                })
                .collect();
            match winners.as_slice() {
                [one] => *one,
                _ => return,
            }
        }
        _ => return,
    };
    let mut last = &b.matches[final_id.index()];
    let mut finals = vec![final_id];
    // A final replayed after a draw (AFCON 1974): the drawn match just before,
    // between the same two teams, is the final too, and the bracket is read
    // back from it.
    if let Some(first) = ids
        .iter()
        .rev()
        .map(|x| &b.matches[x.index()])
        .find(|x| x.date < last.date && (x.involves(last.home) || x.involves(last.away)))
    {
        if first.involves(last.home) && first.involves(last.away) && first.winner().is_none() {
            finals.push(first.id);
            last = first;
        }
    }
    // Finalists come through their previous match (or had none).
    let through = |t: TeamId| {
        let prev = ids
            .iter()
            .rev()
            .map(|x| &b.matches[x.index()])
            .find(|x| x.date < last.date && x.involves(t));
        prev.is_none_or(|p| p.winner() == Some(t))
    };
    if b.matches[final_id.index()].winner().is_none() || !through(last.home) || !through(last.away)
    {
        return;
    }
    let mut assigned: HashMap<MatchId, Stage> = HashMap::default();
    for f in finals {
        assigned.insert(f, Stage::Final);
    }
    let mut round_teams: Vec<TeamId> = vec![last.home, last.away];
    let mut earliest = last.date;
    let rounds = [
        Stage::SemiFinal,
        Stage::QuarterFinal,
        Stage::RoundOf16,
        Stage::RoundOf32,
    ];
    let teams_in_edition: HashSet<TeamId> = ids
        .iter()
        .flat_map(|m| [b.matches[m.index()].home, b.matches[m.index()].away])
        .collect();
    // A third-place match: the two semi-final losers, between the semis and the final.
    for stage in rounds {
        let needed = round_teams.len() * 2;
        if needed > teams_in_edition.len() {
            break;
        }
        let mut prev_matches: Vec<MatchId> = Vec::new();
        let mut next_teams: Vec<TeamId> = Vec::new();
        let mut ok = true;
        for &t in &round_teams {
            let prev = ids
                .iter()
                .rev()
                .copied()
                .filter(|m| !assigned.contains_key(m))
                .map(|m| &b.matches[m.index()])
                .find(|m| m.involves(t) && m.date < earliest);
            let Some(p) = prev else {
                ok = false;
                break;
            };
            if p.winner() != Some(t) || round_teams.contains(&p.opponent(t)) {
                ok = false;
                break;
            }
            // A knock-out loser plays no more, bar a semi-final loser's
            // third-place match.
            let loser = p.opponent(t);
            let later = ids
                .iter()
                .filter(|m| {
                    let m = &b.matches[m.index()];
                    m.date > p.date && m.involves(loser)
                })
                .count();
            if later > usize::from(stage == Stage::SemiFinal) {
                ok = false;
                break;
            }
            prev_matches.push(p.id);
            next_teams.push(t);
            next_teams.push(p.opponent(t));
        }
        if !ok || prev_matches.iter().collect::<HashSet<_>>().len() != round_teams.len() {
            break;
        }
        for id in &prev_matches {
            assigned.insert(*id, stage);
        }
        earliest = prev_matches
            .iter()
            .map(|m| b.matches[m.index()].date)
            .min()
            .unwrap_or(earliest);
        round_teams = next_teams;
    }
    // Third place: a match after the semis between two semi-final losers.
    let semis: Vec<MatchId> = assigned
        .iter()
        .filter(|(_, s)| **s == Stage::SemiFinal)
        .map(|(m, _)| *m)
        .collect();
    if semis.len() == 2 {
        let losers: Vec<TeamId> = semis
            .iter()
            .filter_map(|m| {
                let m = &b.matches[m.index()];
                m.winner().map(|w| m.opponent(w))
            })
            .collect();
        let last_semi = semis
            .iter()
            .map(|m| b.matches[m.index()].date)
            .max()
            .unwrap();
        if let Some(tp) = ids.iter().copied().find(|m| {
            let m = &b.matches[m.index()];
            m.date > last_semi
                && losers.len() == 2
                && m.involves(losers[0])
                && m.involves(losers[1])
        }) {
            assigned.insert(tp, Stage::ThirdPlace);
        }
    }
    let has_group_stage = earliest > b.matches[ids[0].index()].date;
    for id in ids {
        let stage = match assigned.get(id) {
            Some(s) => *s,
            None if has_group_stage && b.matches[id.index()].date < earliest => Stage::Group,
            None => Stage::Unknown,
        };
        b.matches[id.index()].stage = stage;
    }
}

/// A final round played as a league after a first round (Copa América 1989,
/// AFCON 1976): the edition's last k(k-1)/2 matches are a round robin of k
/// teams who all played before. Those matches become the second group stage,
/// "Final round", and everything before them the group stage. Such an
/// edition has no final: a round robin never gets one, whichever of its
/// matches came last.
fn infer_final_round(b: &mut Builder, ids: &[MatchId]) -> bool {
    for k in (3..=6usize).rev() {
        let n = k * (k - 1) / 2;
        if ids.len() <= n {
            continue;
        }
        let (before, tail) = ids.split_at(ids.len() - n);
        if !is_round_robin(b, tail) {
            continue;
        }
        // The first round was played in groups, and the final round brings
        // teams of different groups together; a league whose last matches
        // happen to close a triangle (Copa América 1922) is not cut in two.
        let first_round = team_components(b, before);
        let tail_from: HashSet<usize> = tail
            .iter()
            .flat_map(|m| [b.matches[m.index()].home, b.matches[m.index()].away])
            .filter_map(|t| first_round.get(&t).copied())
            .collect();
        if tail_from.len() < 2 {
            continue;
        }
        let played_before = |t: TeamId| before.iter().any(|m| b.matches[m.index()].involves(t));
        let all_qualified = tail.iter().all(|m| {
            let m = &b.matches[m.index()];
            played_before(m.home) && played_before(m.away)
        });
        // The round starts after the first round ends.
        let starts_after =
            b.matches[before[before.len() - 1].index()].date < b.matches[tail[0].index()].date;
        if !all_qualified || !starts_after {
            continue;
        }
        for id in before {
            b.matches[id.index()].stage = Stage::Group;
        }
        for id in tail {
            let m = &mut b.matches[id.index()];
            m.stage = Stage::SecondGroup;
            m.group = Some("Final round".into());
        }
        return true;
    }
    false
}

/// Names the groups of a group stage no source names: each connected set of
/// teams among the group-stage matches is a group when it is a round robin
/// (every pair met once, or twice), and groups are lettered A, B, … in the
/// order they started to play (first match day, then the mean day of their
/// matches), which is how the draws number them in the sample checked in
/// docs/data-rules.md. A set that is not a round robin keeps no group.
fn label_inferred_groups(b: &mut Builder, ids: &[MatchId]) {
    let group_ms: Vec<MatchId> = ids
        .iter()
        .copied()
        .filter(|m| b.matches[m.index()].stage == Stage::Group)
        .collect();
    if group_ms.is_empty() {
        return;
    }
    // Union-find over the teams of the group stage.
    let mut parent: HashMap<TeamId, TeamId> = HashMap::default();
    fn root(parent: &mut HashMap<TeamId, TeamId>, t: TeamId) -> TeamId {
        let p = *parent.entry(t).or_insert(t);
        if p == t {
            return t;
        }
        let r = root(parent, p);
        parent.insert(t, r);
        r
    }
    for id in &group_ms {
        let m = &b.matches[id.index()];
        let (x, y) = (root(&mut parent, m.home), root(&mut parent, m.away));
        if x != y {
            parent.insert(x.max(y), x.min(y));
        }
    }
    let mut components: HashMap<TeamId, Vec<MatchId>> = HashMap::default();
    for id in &group_ms {
        let r = root(&mut parent, b.matches[id.index()].home);
        components.entry(r).or_default().push(*id);
    }
    let mut groups: Vec<(Date, i64, Vec<MatchId>)> = components
        .into_values()
        .filter(|ms| is_round_robin(b, ms))
        .map(|ms| {
            let first = b.matches[ms[0].index()].date;
            let mean = ms
                .iter()
                .map(|m| (b.matches[m.index()].date - first).get_days() as i64)
                .sum::<i64>()
                * 1000
                / ms.len() as i64;
            (first, mean, ms)
        })
        .collect();
    groups.sort_by_key(|g| (g.0, g.1, g.2[0]));
    if groups.len() > 26 {
        return;
    }
    for (i, (_, _, ms)) in groups.into_iter().enumerate() {
        let name: Box<str> = format!("Group {}", (b'A' + i as u8) as char).into();
        for id in ms {
            b.matches[id.index()].group = Some(name.clone());
        }
    }
}

/// Whether each knock-out match went to extra time, and how that is known
/// (docs/data-rules.md): the source's word that it did; a goal after the
/// 90th minute; a draw the rules sent straight to penalties
/// (`rules/extra_time.tsv`); any other draw settled by a shoot-out; the
/// source's word that it did not; a winner whose goals all came by the 90th
/// minute. A source that says "no extra time" against a late goal or a
/// shoot-out after extra time's draw is a disagreement for the audit, not
/// silently overruled.
fn infer_extra_time(b: &mut Builder, comp: CompetitionId, year: u16, ids: &[MatchId]) {
    for id in ids {
        let m = &b.matches[id.index()];
        if !m.stage.is_knockout() {
            continue;
        }
        let goals = &b.goals[m.goals.start as usize..m.goals.end as usize];
        let late = goals.iter().any(|g| g.minute.is_some_and(|x| x > 90));
        let level = m.score.home == m.score.away;
        let source = m.sources.openfootball || m.sources.football_txt;
        let straight = level
            && m.shootout.is_some()
            && b.straight_to_penalties.iter().any(|r| {
                r.competition == comp
                    && r.from_year <= year
                    && year <= r.to_year
                    && r.stages.contains(&m.stage)
            });
        let all_minutes = goals.iter().all(|g| g.minute.is_some());
        let (et, basis) = if source && m.extra_time {
            (true, ExtraTimeBasis::Source)
        } else if late {
            (true, ExtraTimeBasis::GoalAfter90)
        } else if straight {
            (false, ExtraTimeBasis::StraightToPenalties)
        } else if level && m.shootout.is_some() {
            (true, ExtraTimeBasis::ShootoutAfterDraw)
        } else if source {
            (false, ExtraTimeBasis::Source)
        } else if !level && m.scorers_complete && all_minutes {
            (false, ExtraTimeBasis::DecidedIn90)
        } else {
            (m.extra_time, ExtraTimeBasis::Unknown)
        };
        if source && et && !m.extra_time {
            let why = if late {
                "a goal after the 90th minute"
            } else {
                "a shoot-out after a draw, in a competition that plays extra time first"
            };
            b.disagreements.push(crate::store::Disagreement {
                match_id: Some(m.id),
                kind: crate::store::DisagreementKind::ExtraTime,
                results_csv: format!("extra time: yes ({why})"),
                openfootball: "extra time: no".into(),
                note: format!(
                    "{} {} v {}: the source gives no extra time; the store says it was played",
                    m.date,
                    b.teams[m.home.index()].name,
                    b.teams[m.away.index()].name
                ),
            });
        }
        // The score after 90 minutes of a match a rule found went to extra
        // time, from the goals' minutes; a source's "full time" equal to the
        // final score with a goal after the 90th is wrong, so dropped.
        let at_90 = (et && basis != ExtraTimeBasis::Source && m.scorers_complete && all_minutes)
            .then(|| {
                goals
                    .iter()
                    .filter(|g| g.minute.is_some_and(|x| x <= 90))
                    .fold(Score::new(0, 0), |s, g| {
                        if g.team == m.home {
                            Score::new(s.home + 1, s.away)
                        } else {
                            Score::new(s.home, s.away + 1)
                        }
                    })
            });
        let m = &mut b.matches[id.index()];
        if let Some(ft) = at_90 {
            m.full_time = Some(ft);
        } else if late && m.full_time == Some(m.score) {
            m.full_time = None;
        }
        m.extra_time = et;
        m.extra_time_basis = basis;
    }
}

/// Each team's connected set among these matches (teams linked by having
/// played each other), numbered from 0.
fn team_components(b: &Builder, ids: &[MatchId]) -> HashMap<TeamId, usize> {
    let mut out: HashMap<TeamId, usize> = HashMap::default();
    let mut next = 0;
    let mut pending: Vec<&Match> = ids.iter().map(|m| &b.matches[m.index()]).collect();
    while let Some(seed) = pending.pop() {
        let mut members = vec![seed.home, seed.away];
        loop {
            let before = members.len();
            pending.retain(|m| {
                let linked = members.contains(&m.home) || members.contains(&m.away);
                if linked {
                    for t in [m.home, m.away] {
                        if !members.contains(&t) {
                            members.push(t);
                        }
                    }
                }
                !linked
            });
            if members.len() == before {
                break;
            }
        }
        for t in members {
            out.insert(t, next);
        }
        next += 1;
    }
    out
}

/// Groups whose winners meet in the final, with no semi-finals (AFCON 1965:
/// two groups of three, the winners in the final and the runners-up for
/// third place), which the walk back from the final cannot read because a
/// finalist may have drawn his last group match. Everything before the last
/// day must be round-robin groups (two or more), and each last-day match must
/// bring together teams of two different groups; the final is the one between
/// the two group leaders, another match that day is for third place.
fn infer_groups_then_final(b: &mut Builder, ids: &[MatchId]) {
    let last_date = b.matches[ids[ids.len() - 1].index()].date;
    let split = ids
        .iter()
        .position(|m| b.matches[m.index()].date == last_date)
        .unwrap_or(ids.len());
    let (before, last_day) = ids.split_at(split);
    if before.is_empty() || last_day.is_empty() || last_day.len() > 2 {
        return;
    }
    let groups = team_components(b, before);
    let count = groups.values().copied().max().map_or(0, |n| n + 1);
    if count < 2 {
        return;
    }
    let mut members: Vec<Vec<MatchId>> = vec![Vec::new(); count];
    for id in before {
        members[groups[&b.matches[id.index()].home]].push(*id);
    }
    if !members.iter().all(|ms| is_round_robin(b, ms)) {
        return;
    }
    let across = |m: &Match| matches!((groups.get(&m.home), groups.get(&m.away)), (Some(x), Some(y)) if x != y);
    if !last_day.iter().all(|id| across(&b.matches[id.index()])) {
        return;
    }
    // Each group's possible winners: the teams on the most points (two for
    // a win). Ties were settled by rules the data cannot apply (AFCON 1965:
    // Tunisia and Senegal level on points and goal difference), so any of
    // them may be the finalist.
    let top_of = |ms: &[MatchId]| -> Vec<TeamId> {
        let mut rows: Vec<(TeamId, u32)> = Vec::new();
        for id in ms {
            let m = &b.matches[id.index()];
            for t in [m.home, m.away] {
                let pts = match m.result_for(t) {
                    Outcome::Win => 2,
                    Outcome::Draw => 1,
                    Outcome::Loss => 0,
                };
                match rows.iter_mut().find(|r| r.0 == t) {
                    Some(r) => r.1 += pts,
                    None => rows.push((t, pts)),
                }
            }
        }
        let best = rows.iter().map(|r| r.1).max().unwrap_or(0);
        rows.into_iter()
            .filter(|r| r.1 == best)
            .map(|r| r.0)
            .collect()
    };
    let leaders: Vec<TeamId> = members.iter().flat_map(|ms| top_of(ms)).collect();
    let finals: Vec<MatchId> = last_day
        .iter()
        .copied()
        .filter(|id| {
            let m = &b.matches[id.index()];
            leaders.contains(&m.home) && leaders.contains(&m.away)
        })
        .collect();
    let [final_id] = finals.as_slice() else {
        return;
    };
    let final_id = *final_id;
    if b.matches[final_id.index()].winner().is_none() {
        return;
    }
    for id in before {
        b.matches[id.index()].stage = Stage::Group;
    }
    for id in last_day {
        b.matches[id.index()].stage = if *id == final_id {
            Stage::Final
        } else {
            Stage::ThirdPlace
        };
    }
}

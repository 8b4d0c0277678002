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
/// leagues and friendlies are not editions in this sense.
fn has_editions(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    !(n.contains("qualification")
        || n.contains("friendly")
        || n.contains("league")
        || n.contains("qualifying"))
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
            // A year openfootball already covers keeps openfootball's edition.
            if !covered.contains(&(comp, first)) {
                let name = &b.competitions[comp.index()].name;
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
            infer_knockout_stages(b, &ids);
        }
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
    if ids.len() < 2 || is_round_robin(b, ids) {
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
    let last = &b.matches[final_id.index()];
    // Finalists come through their previous match (or had none).
    let through = |t: TeamId| {
        let prev = ids
            .iter()
            .rev()
            .map(|x| &b.matches[x.index()])
            .find(|x| x.date < last.date && x.involves(t));
        prev.is_none_or(|p| p.winner() == Some(t))
    };
    if last.winner().is_none() || !through(last.home) || !through(last.away) {
        return;
    }
    let mut assigned: HashMap<MatchId, Stage> = HashMap::default();
    assigned.insert(final_id, Stage::Final);
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

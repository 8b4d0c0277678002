//! Group tables ordered by the edition's own tie-breakers (data/rules/tiebreakers.tsv).

use crate::{AsOf, Tally};
use offside_data::*;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TableRow {
    pub position: u32,
    pub team: String,
    pub played: u32,
    pub won: u32,
    pub drawn: u32,
    pub lost: u32,
    pub goals_for: u32,
    pub goals_against: u32,
    pub goal_difference: i32,
    pub points: u32,
    /// Teams this one stays level with after every criterion the data holds
    /// (fair play and lots would decide): the order between them is unresolved.
    pub tied_with: Vec<String>,
    #[serde(skip)]
    pub team_id: TeamId,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GroupTable {
    pub edition: String,
    pub group: String,
    pub criteria: Vec<Criterion>,
    pub win_points: u8,
    pub rows: Vec<TableRow>,
    /// True when some teams could not be separated with the data.
    pub unresolved: bool,
    pub match_ids: Vec<MatchId>,
}

/// The group names of an edition's group stages: first-round groups, then
/// second-round ones, each in alphabetical order.
pub fn group_names(store: &Store, edition: EditionId) -> Vec<String> {
    let mut out: Vec<(Stage, String)> = Vec::new();
    for id in &store.edition(edition).matches {
        let m = store.match_(*id);
        if let (Some(g), true) = (&m.group, m.stage.is_group()) {
            if !out.iter().any(|(_, o)| o == &**g) {
                out.push((m.stage, g.to_string()));
            }
        }
    }
    out.sort();
    out.into_iter().map(|(_, g)| g).collect()
}

/// "B", "group b" and "Group B" all name Group B.
fn same_group(stored: &str, asked: &str) -> bool {
    let s = names::normalize(stored);
    let a = names::normalize(asked);
    s == a || s.strip_prefix("group ") == Some(a.as_str())
}

/// The table of one group up to `as_of`; `None` if the edition has no such group.
/// Second-round groups (1974–1982) are separate tables from first-round ones
/// with the same letter only where the letters differ, as in the sources.
pub fn group_table(
    store: &Store,
    edition: EditionId,
    group: &str,
    as_of: AsOf,
) -> Option<GroupTable> {
    let ms: Vec<&Match> = store
        .edition(edition)
        .matches
        .iter()
        .map(|id| store.match_(*id))
        .filter(|m| m.stage.is_group() && m.group.as_deref().is_some_and(|g| same_group(g, group)))
        .collect();
    if ms.is_empty() {
        return None;
    }
    let group_name = ms[0].group.as_deref().unwrap_or(group).to_string();
    // Teams by the names they played under ("West Germany" in 1974).
    let day = ms[0].date;
    let name = |t: TeamId| store.team_name_on(t, day).to_string();
    let rule = store.tiebreak_rule(edition);
    let win_points = rule.map(|r| r.win_points).unwrap_or(3);
    let criteria: Vec<Criterion> = rule.map(|r| r.criteria.clone()).unwrap_or_else(|| {
        vec![
            Criterion::Points,
            Criterion::GoalDifference,
            Criterion::GoalsFor,
        ]
    });
    let mut teams: Vec<TeamId> = Vec::new();
    for m in &ms {
        for t in [m.home, m.away] {
            if !teams.contains(&t) {
                teams.push(t);
            }
        }
    }
    let played: Vec<&Match> = ms.iter().copied().filter(|m| as_of.includes(m)).collect();
    let tally_among = |among: &[TeamId]| -> HashMap<TeamId, Tally> {
        let mut map: HashMap<TeamId, Tally> =
            among.iter().map(|t| (*t, Tally::default())).collect();
        for m in &played {
            if among.contains(&m.home) && among.contains(&m.away) {
                map.get_mut(&m.home).unwrap().add(m, m.home);
                map.get_mut(&m.away).unwrap().add(m, m.away);
            }
        }
        map
    };
    let overall = tally_among(&teams);
    // Partition refinement: each criterion splits the blocks of still-tied
    // teams; head-to-head criteria look only at matches inside the block.
    let mut blocks: Vec<Vec<TeamId>> = vec![teams.clone()];
    for c in &criteria {
        let mut next = Vec::new();
        for block in blocks {
            if block.len() == 1 {
                next.push(block);
                continue;
            }
            let local = if c.is_head_to_head() {
                tally_among(&block)
            } else {
                HashMap::new()
            };
            let key = |t: &TeamId| -> i64 {
                let o = &overall[t];
                match c {
                    Criterion::Points => o.points(win_points) as i64,
                    Criterion::GoalDifference => o.goal_difference() as i64,
                    Criterion::GoalsFor => o.goals_for as i64,
                    Criterion::H2hPoints => local[t].points(win_points) as i64,
                    Criterion::H2hGoalDifference => local[t].goal_difference() as i64,
                    Criterion::H2hGoalsFor => local[t].goals_for as i64,
                }
            };
            let mut sorted = block.clone();
            sorted.sort_by_key(|t| std::cmp::Reverse(key(t)));
            let mut current: Vec<TeamId> = Vec::new();
            for t in sorted {
                if current.last().is_some_and(|l| key(l) != key(&t)) {
                    next.push(std::mem::take(&mut current));
                }
                current.push(t);
            }
            next.push(current);
        }
        blocks = next;
    }
    let unresolved = blocks.iter().any(|b| b.len() > 1);
    let mut rows = Vec::new();
    let mut position = 1;
    for block in &blocks {
        // Within an unresolved block keep a stable, alphabetical order.
        let mut block = block.clone();
        block.sort_by_key(|t| name(*t));
        for t in &block {
            let o = &overall[t];
            rows.push(TableRow {
                position,
                team: name(*t),
                played: o.played,
                won: o.won,
                drawn: o.drawn,
                lost: o.lost,
                goals_for: o.goals_for,
                goals_against: o.goals_against,
                goal_difference: o.goal_difference(),
                points: o.points(win_points),
                tied_with: block.iter().filter(|x| *x != t).map(|x| name(*x)).collect(),
                team_id: *t,
            });
        }
        position += block.len() as u32;
    }
    Some(GroupTable {
        edition: store.edition_name(edition),
        group: group_name,
        criteria,
        win_points,
        rows,
        unresolved,
        match_ids: played.iter().map(|m| m.id).collect(),
    })
}

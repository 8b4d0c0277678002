//! An edition's records: top scorers, biggest wins, most goals in a match.

use crate::AsOf;
use offside_data::*;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ScorerCount {
    pub player: String,
    pub team: String,
    pub goals: u32,
    #[serde(skip)]
    pub player_id: PlayerId,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Records {
    pub edition: String,
    pub matches: u32,
    pub goals: u32,
    pub top_scorers: Vec<ScorerCount>,
    pub biggest_wins: Vec<String>,
    pub most_goals: Vec<String>,
    pub champion: Option<String>,
}

pub fn records(store: &Store, edition: EditionId, as_of: AsOf, top: usize) -> Records {
    let e = store.edition(edition);
    let ms: Vec<&Match> = e
        .matches
        .iter()
        .map(|id| store.match_(*id))
        .filter(|m| as_of.includes(m))
        .collect();
    // Count by sorting ids (no map, no names yet); names only for the top.
    let mut raw: Vec<(PlayerId, TeamId)> = ms
        .iter()
        .flat_map(|m| {
            store
                .goals_of(m)
                .iter()
                .filter(|g| !g.own_goal)
                .map(|g| (g.player, g.team))
        })
        .collect();
    raw.sort_unstable();
    let mut counted: Vec<(u32, PlayerId, TeamId)> = Vec::new();
    for (p, t) in raw {
        match counted.last_mut() {
            Some(last) if last.1 == p && last.2 == t => last.0 += 1,
            _ => counted.push((1, p, t)),
        }
    }
    counted.sort_unstable_by_key(|c| std::cmp::Reverse(c.0));
    if let Some(cut) = counted.get(top.saturating_sub(1)).map(|c| c.0) {
        counted.retain(|c| c.0 >= cut);
    }
    let mut scorers: Vec<ScorerCount> = counted
        .into_iter()
        .map(|(n, p, t)| ScorerCount {
            player: store.player(p).name.to_string(),
            team: store.team_name(t).to_string(),
            goals: n,
            player_id: p,
        })
        .collect();
    scorers.sort_by(|a, b| b.goals.cmp(&a.goals).then_with(|| a.player.cmp(&b.player)));
    let mut by_margin = ms.clone();
    by_margin.sort_by_key(|m| {
        std::cmp::Reverse((
            (m.score.home as i32 - m.score.away as i32).abs(),
            m.score.total(),
        ))
    });
    let mut by_total = ms.clone();
    by_total.sort_by_key(|m| std::cmp::Reverse(m.score.total()));
    let champion = ms
        .iter()
        .any(|m| m.stage == Stage::Final)
        .then(|| store.champion(edition))
        .flatten()
        .map(|t| store.team_name(t).to_string());
    Records {
        edition: store.edition_name(edition),
        matches: ms.len() as u32,
        goals: ms.iter().map(|m| m.score.total() as u32).sum(),
        top_scorers: scorers,
        biggest_wins: by_margin
            .iter()
            .take(top)
            .map(|m| store.describe_match(m))
            .collect(),
        most_goals: by_total
            .iter()
            .take(top)
            .map(|m| store.describe_match(m))
            .collect(),
        champion,
    }
}

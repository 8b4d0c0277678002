//! An edition's records: top scorers, biggest wins, most goals in a match.

use crate::AsOf;
use offside_data::*;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Clone, Debug, Serialize)]
pub struct ScorerCount {
    pub player: String,
    pub team: String,
    pub goals: u32,
    #[serde(skip)]
    pub player_id: PlayerId,
}

#[derive(Clone, Debug, Serialize)]
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
    let mut counts: HashMap<(PlayerId, TeamId), u32> = HashMap::new();
    for m in &ms {
        for g in store.goals_of(m) {
            if !g.own_goal {
                *counts.entry((g.player, g.team)).or_default() += 1;
            }
        }
    }
    let mut scorers: Vec<ScorerCount> = counts
        .into_iter()
        .map(|((p, t), n)| ScorerCount {
            player: store.player(p).name.to_string(),
            team: store.team_name(t).to_string(),
            goals: n,
            player_id: p,
        })
        .collect();
    scorers.sort_by(|a, b| b.goals.cmp(&a.goals).then_with(|| a.player.cmp(&b.player)));
    if let Some(cut) = scorers.get(top.saturating_sub(1)).map(|s| s.goals) {
        scorers.retain(|s| s.goals >= cut);
    }
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

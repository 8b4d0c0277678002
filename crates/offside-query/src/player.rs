//! A player's goals: per edition, per competition, career.

use crate::AsOf;
use offside_data::*;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlayerGoals {
    pub player: String,
    /// Goals scored for their team (own goals excluded).
    pub goals: u32,
    pub penalties: u32,
    /// Own goals, counted apart: they went to the opponent.
    pub own_goals: u32,
    pub by_competition: Vec<(String, u32)>,
    pub by_edition: Vec<(String, u32)>,
    /// True when the player's teams played matches in the span whose scorer
    /// list is incomplete (friendlies, many regional cups): the career figure
    /// is then a lower bound.
    pub lower_bound: bool,
    pub goal_list: Vec<String>,
    #[serde(skip)]
    pub match_ids: Vec<MatchId>,
}

/// Filters a player's goals to one competition and/or edition.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlayerFilter {
    pub competition: Option<CompetitionId>,
    pub edition: Option<EditionId>,
    pub as_of: AsOf,
}

pub fn player_goals(store: &Store, player: PlayerId, as_of: AsOf) -> PlayerGoals {
    player_goals_in(
        store,
        player,
        PlayerFilter {
            as_of,
            ..Default::default()
        },
    )
}

pub fn player_goals_in(store: &Store, player: PlayerId, f: PlayerFilter) -> PlayerGoals {
    let mut out = PlayerGoals {
        player: store.player(player).name.to_string(),
        goals: 0,
        penalties: 0,
        own_goals: 0,
        by_competition: Vec::new(),
        by_edition: Vec::new(),
        lower_bound: false,
        goal_list: Vec::new(),
        match_ids: Vec::new(),
    };
    let mut by_comp: BTreeMap<String, u32> = BTreeMap::new();
    let mut by_ed: Vec<(EditionId, u32)> = Vec::new();
    let mut teams = Vec::new();
    let mut first = None;
    let mut last = None;
    for g in store.player_goals(player) {
        let m = store.match_(g.match_id);
        if !f.as_of.includes(m)
            || f.competition.is_some_and(|c| m.competition != c)
            || f.edition.is_some_and(|e| m.edition != Some(e))
        {
            continue;
        }
        first = first.or(Some(m.date));
        last = Some(m.date);
        let own_team = if g.own_goal {
            m.opponent(g.team)
        } else {
            g.team
        };
        if !teams.contains(&own_team) {
            teams.push(own_team);
        }
        if g.own_goal {
            out.own_goals += 1;
            continue;
        }
        out.goals += 1;
        out.penalties += g.penalty as u32;
        *by_comp
            .entry(store.competition(m.competition).name.to_string())
            .or_default() += 1;
        if let Some(e) = m.edition {
            match by_ed.iter_mut().find(|(x, _)| *x == e) {
                Some(slot) => slot.1 += 1,
                None => by_ed.push((e, 1)),
            }
        }
        // The goal-by-goal list is for one competition or edition; a career
        // would be a page of it (and the slow part of the query).
        if f.edition.is_some() || f.competition.is_some() {
            out.goal_list.push(format!(
                "{} {}{} — {}",
                g.minute_label(),
                if g.penalty { "(pen.) " } else { "" },
                store.team_name_on(g.team, m.date),
                store.describe_match(m)
            ));
        }
        if out.match_ids.last() != Some(&m.id) {
            out.match_ids.push(m.id);
        }
    }
    // Lower bound: any match of the player's teams in the span, in scope,
    // with an incomplete scorer list.
    if let (Some(first), Some(last)) = (first, last) {
        out.lower_bound = teams.iter().any(|t| {
            store.team_matches_between(*t, first, last).any(|m| {
                !m.scorers_complete
                    && f.competition.is_none_or(|c| m.competition == c)
                    && f.edition.is_none_or(|e| m.edition == Some(e))
            })
        });
    }
    out.by_competition = by_comp.into_iter().collect();
    out.by_edition = by_ed
        .into_iter()
        .map(|(e, n)| (store.edition_name(e), n))
        .collect();
    out
}

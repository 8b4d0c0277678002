//! A team's run through one edition: "England at the 2022 World Cup".

use crate::{AsOf, Tally};
use offside_data::*;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RunMatch {
    pub match_id: MatchId,
    pub date: Date,
    pub opponent: String,
    pub stage: Stage,
    pub group: Option<String>,
    /// Goals for and against, from the team's side (after extra time).
    pub goals_for: u8,
    pub goals_against: u8,
    pub outcome: Outcome,
    pub extra_time: bool,
    /// Whether the team won a shoot-out in this match (None: no shoot-out).
    pub shootout_won: Option<bool>,
    pub summary: String,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TeamRun {
    pub team: String,
    pub edition: String,
    pub played: u32,
    pub won: u32,
    pub drawn: u32,
    pub lost: u32,
    pub goals_for: u32,
    pub goals_against: u32,
    pub clean_sheets: u32,
    pub overall: Tally,
    pub group_stage: Tally,
    pub knockout: Tally,
    /// The furthest stage played (a third-place match counts as the semi-finals).
    pub stage_reached: Stage,
    pub champion: bool,
    /// The team that knocked them out, if they went out in a knock-out match.
    pub eliminated_by: Option<String>,
    pub matches: Vec<RunMatch>,
    #[serde(skip)]
    pub team_id: TeamId,
    #[serde(skip)]
    pub edition_id: EditionId,
    #[serde(skip)]
    pub match_ids: Vec<MatchId>,
}

/// Every match `team` played in `edition` up to `as_of`, with tallies overall,
/// in groups and in the knock-outs. `None` when the team did not play in it.
pub fn team_run(store: &Store, team: TeamId, edition: EditionId, as_of: AsOf) -> Option<TeamRun> {
    let e = store.edition(edition);
    let mut run = TeamRun {
        team: store.team_name(team).to_string(),
        edition: store.edition_name(edition),
        played: 0,
        won: 0,
        drawn: 0,
        lost: 0,
        goals_for: 0,
        goals_against: 0,
        clean_sheets: 0,
        overall: Tally::default(),
        group_stage: Tally::default(),
        knockout: Tally::default(),
        stage_reached: Stage::Unknown,
        champion: false,
        eliminated_by: None,
        matches: Vec::new(),
        team_id: team,
        edition_id: edition,
        match_ids: Vec::new(),
    };
    for id in &e.matches {
        let m = store.match_(*id);
        if !m.involves(team) || !as_of.includes(m) {
            continue;
        }
        run.overall.add(m, team);
        if m.stage.is_group() {
            run.group_stage.add(m, team);
        } else if m.stage.is_knockout() {
            run.knockout.add(m, team);
        }
        run.stage_reached = run.stage_reached.max(m.stage.progress());
        if m.stage.is_knockout() && m.stage != Stage::ThirdPlace {
            let winner = m.winner();
            run.champion = m.stage == Stage::Final && winner == Some(team);
            run.eliminated_by = match winner {
                Some(w) if w != team => Some(store.team_name_on(w, m.date).to_string()),
                _ => None,
            };
        }
        let (f, a) = m.goals_for_against(team);
        run.matches.push(RunMatch {
            match_id: m.id,
            date: m.date,
            opponent: store.team_name_on(m.opponent(team), m.date).to_string(),
            stage: m.stage,
            group: m.group.as_deref().map(str::to_string),
            goals_for: f,
            goals_against: a,
            outcome: m.result_for(team),
            extra_time: m.extra_time,
            shootout_won: m.shootout.map(|s| s.winner == team),
            summary: store.describe_match(m),
        });
        run.match_ids.push(m.id);
    }
    let first = run.matches.first()?;
    // The name the team played the edition under ("West Germany" in 1974).
    run.team = store.team_name_on(team, first.date).to_string();
    let t = run.overall;
    (run.played, run.won, run.drawn, run.lost) = (t.played, t.won, t.drawn, t.lost);
    (run.goals_for, run.goals_against, run.clean_sheets) =
        (t.goals_for, t.goals_against, t.clean_sheets);
    Some(run)
}

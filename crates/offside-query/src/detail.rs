//! A match with names instead of ids, for output.

use offside_data::*;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GoalDetail {
    pub minute: Option<u8>,
    pub stoppage: Option<u8>,
    /// "90+13'".
    pub label: String,
    pub player: String,
    pub team: String,
    pub penalty: bool,
    pub own_goal: bool,
    /// The other source's minute, where they disagree.
    pub alt_minute: Option<u8>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MatchDetail {
    pub id: MatchId,
    pub date: Date,
    /// Teams by their names on the day ("West Germany" in 1974); `teams_now`
    /// gives today's where one changed.
    pub home: String,
    pub away: String,
    /// Today's names of the two sides, home first, when either differs from
    /// its name on the day (`["Germany", "Netherlands"]` for 1974).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teams_now: Option<[String; 2]>,
    pub score: Score,
    pub full_time: Option<Score>,
    pub half_time: Option<Score>,
    pub extra_time: bool,
    pub shootout_winner: Option<String>,
    pub shootout_score: Option<Score>,
    pub competition: String,
    pub edition: Option<String>,
    pub stage: Stage,
    pub group: Option<String>,
    pub city: String,
    pub country: String,
    pub ground: Option<String>,
    pub scorers_complete: bool,
    pub goals: Vec<GoalDetail>,
    /// Line-ups, changes, sendings-off and shoot-out kicks, where known
    /// (World Cups).
    pub squads: crate::MatchSquads,
    pub summary: String,
}

impl MatchDetail {
    pub fn new(store: &Store, m: &Match) -> Self {
        MatchDetail {
            id: m.id,
            date: m.date,
            home: store.team_name_on(m.home, m.date).to_string(),
            away: store.team_name_on(m.away, m.date).to_string(),
            teams_now: (store.team_name_on(m.home, m.date) != store.team_name(m.home)
                || store.team_name_on(m.away, m.date) != store.team_name(m.away))
            .then(|| {
                [
                    store.team_name(m.home).to_string(),
                    store.team_name(m.away).to_string(),
                ]
            }),
            score: m.score,
            full_time: m.full_time,
            half_time: m.half_time,
            extra_time: m.extra_time,
            shootout_winner: m
                .shootout
                .map(|s| store.team_name_on(s.winner, m.date).to_string()),
            shootout_score: m.shootout.and_then(|s| s.score),
            competition: store.competition(m.competition).name.to_string(),
            edition: m.edition.map(|e| store.edition_name(e)),
            stage: m.stage,
            group: m.group.as_deref().map(str::to_string),
            city: m.city.to_string(),
            country: m.country.to_string(),
            ground: m.ground.as_deref().map(str::to_string),
            scorers_complete: m.scorers_complete,
            goals: store
                .goals_of(m)
                .iter()
                .map(|g| GoalDetail {
                    minute: g.minute,
                    stoppage: g.stoppage,
                    label: g.minute_label(),
                    player: store.player(g.player).name.to_string(),
                    team: store.team_name_on(g.team, m.date).to_string(),
                    penalty: g.penalty,
                    own_goal: g.own_goal,
                    alt_minute: g.alt_minute,
                })
                .collect(),
            squads: crate::MatchSquads::new(store, m),
            summary: store.describe_match(m),
        }
    }
}

#![doc = include_str!("../README.md")]

mod appearances;
mod campaign;
mod detail;
mod h2h;
mod player;
mod records;
mod run;
mod summary;
mod table;
mod tally;
mod tie;

pub use appearances::{
    lineups_known, most_appearances, player_appearances, AppearanceCount, Change, KickDetail,
    LineupEntry, MatchSquads, PlayerAppearances, SendingOffDetail, TeamLineup,
};
pub use campaign::{finals_of, qualification_of, qualifying_campaign, Campaign};
pub use detail::{GoalDetail, MatchDetail};
pub use h2h::{head_to_head, head_to_head_scoped, H2hFilter, HeadToHead};
pub use player::{player_goals, player_goals_in, PlayerFilter, PlayerGoals};
pub use records::{competition_records, records, PlayerRecord, Records, ScorerCount};
pub use run::{team_run, RunMatch, TeamRun};
pub use summary::{edition_phrase, team_summary, Summary};
pub use table::{group_names, group_table, GroupTable, TableRow};
pub use tally::Tally;
pub use tie::{aggregate_for, two_legged_tie};

use offside_data::{Date, Match};

/// Only matches played on or before this date count; `None` counts everything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AsOf(pub Option<Date>);

impl AsOf {
    pub const ALL: AsOf = AsOf(None);
    pub fn includes(self, m: &Match) -> bool {
        self.0.is_none_or(|d| m.date <= d)
    }
}

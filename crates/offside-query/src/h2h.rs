//! Head-to-head records: "England have won 17 of 33 meetings with France".

use crate::{AsOf, Tally};
use offside_data::*;
use serde::Serialize;

/// Which meetings count.
#[derive(Clone, Copy, Debug, Default)]
pub struct H2hFilter {
    pub from: Option<Date>,
    pub as_of: AsOf,
    pub competition: Option<CompetitionId>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HeadToHead {
    pub team: String,
    pub opponent: String,
    pub played: u32,
    pub won: u32,
    pub drawn: u32,
    pub lost: u32,
    pub goals_for: u32,
    pub goals_against: u32,
    pub first_meeting: Option<String>,
    pub last_meeting: Option<String>,
    /// The biggest win each way, by margin then goals scored.
    pub biggest_win: Option<String>,
    pub biggest_defeat: Option<String>,
    /// Whether the matches official records leave out (the 1945-46 Victory
    /// internationals) were left out of these figures.
    pub official_only: bool,
    /// Meetings that official records leave out: left out of the figures
    /// when `official_only`, counted in them otherwise. The press usually
    /// quotes the official count, so a reader is told the difference.
    pub unofficial: u32,
    #[serde(skip)]
    pub tally: Tally,
    pub match_ids: Vec<MatchId>,
}

pub fn head_to_head(
    store: &Store,
    team: TeamId,
    opponent: TeamId,
    filter: H2hFilter,
) -> HeadToHead {
    head_to_head_scoped(store, team, opponent, filter, false)
}

/// [`head_to_head`], leaving out the matches official records leave out
/// (`Match::official` false) when `official_only`. A separate entry point so
/// that callers with an `H2hFilter` literal keep compiling.
pub fn head_to_head_scoped(
    store: &Store,
    team: TeamId,
    opponent: TeamId,
    filter: H2hFilter,
    official_only: bool,
) -> HeadToHead {
    let mut unofficial = 0;
    let mut tally = Tally::default();
    let mut ids = Vec::new();
    let mut best_win: Option<(&Match, (i32, u8))> = None;
    let mut worst: Option<(&Match, (i32, u8))> = None;
    for m in store.meetings(team, opponent) {
        if !filter.as_of.includes(m)
            || filter.from.is_some_and(|d| m.date < d)
            || filter.competition.is_some_and(|c| m.competition != c)
        {
            continue;
        }
        if !m.official {
            unofficial += 1;
            if official_only {
                continue;
            }
        }
        tally.add(m, team);
        ids.push(m.id);
        let (f, a) = m.goals_for_against(team);
        let margin = f as i32 - a as i32;
        if margin > 0 && best_win.is_none_or(|(_, k)| (margin, f) > k) {
            best_win = Some((m, (margin, f)));
        }
        if margin < 0 && worst.is_none_or(|(_, k)| (-margin, a) > k) {
            worst = Some((m, (-margin, a)));
        }
    }
    let describe = |id: Option<&MatchId>| id.map(|id| store.describe_match(store.match_(*id)));
    HeadToHead {
        team: store.team_name(team).to_string(),
        opponent: store.team_name(opponent).to_string(),
        played: tally.played,
        won: tally.won,
        drawn: tally.drawn,
        lost: tally.lost,
        goals_for: tally.goals_for,
        goals_against: tally.goals_against,
        first_meeting: describe(ids.first()),
        last_meeting: describe(ids.last()),
        biggest_win: best_win.map(|(m, _)| store.describe_match(m)),
        biggest_defeat: worst.map(|(m, _)| store.describe_match(m)),
        official_only,
        unofficial,
        tally,
        match_ids: ids,
    }
}

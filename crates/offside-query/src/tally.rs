use offside_data::{Match, Outcome, TeamId};
use serde::Serialize;

/// Played, won, drawn, lost and goals from one team's side. A match decided on
/// penalties is a draw here, as in every official record; the shoot-out is
/// counted separately.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Tally {
    pub played: u32,
    pub won: u32,
    pub drawn: u32,
    pub lost: u32,
    pub goals_for: u32,
    pub goals_against: u32,
    pub clean_sheets: u32,
    pub shootouts_won: u32,
    pub shootouts_lost: u32,
}

impl Tally {
    pub fn add(&mut self, m: &Match, team: TeamId) {
        let (f, a) = m.goals_for_against(team);
        self.played += 1;
        self.goals_for += f as u32;
        self.goals_against += a as u32;
        if a == 0 {
            self.clean_sheets += 1;
        }
        match m.result_for(team) {
            Outcome::Win => self.won += 1,
            Outcome::Draw => self.drawn += 1,
            Outcome::Loss => self.lost += 1,
        }
        if let Some(so) = m.shootout {
            if so.winner == team {
                self.shootouts_won += 1;
            } else {
                self.shootouts_lost += 1;
            }
        }
    }
    pub fn goal_difference(&self) -> i32 {
        self.goals_for as i32 - self.goals_against as i32
    }
    pub fn points(&self, win_points: u8) -> u32 {
        self.won * win_points as u32 + self.drawn
    }
}

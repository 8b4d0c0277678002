//! A qualifying campaign: the matches a team played in a competition's
//! qualification between one final tournament and the next. results.csv
//! labels every qualifier of every confederation with one tournament name
//! ("FIFA World Cup qualification") and no edition, so the campaign is cut by
//! dates, in this one place, for every caller.

use crate::{AsOf, Tally};
use offside_data::{CompetitionId, Date, MatchId, PlayerId, Store, TeamId};

/// Days after a final tournament's last match during which "qualifying"
/// still means the campaign that led to it, not the next one.
const AFTERGLOW_DAYS: i32 = 120;

/// A gap this long inside a campaign separates the group matches from the
/// play-offs that followed them (UEFA's March play-offs after a November
/// finish); shorter gaps are the summer breaks within a group.
const PLAYOFF_GAP_DAYS: i32 = 100;

/// One team's qualifying campaign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Campaign {
    pub qualification: CompetitionId,
    pub team: TeamId,
    /// The campaign's matches in order of play, up to the date asked for.
    pub matches: Vec<MatchId>,
    /// How many of `matches` came before the play-offs (all of them when
    /// there were none): writers often count the group alone.
    pub before_playoffs: usize,
}

impl Campaign {
    /// The tally over the whole campaign and, where there were play-offs,
    /// over the matches before them.
    pub fn tallies(&self, store: &Store) -> Vec<Tally> {
        let mut out = Vec::new();
        for n in [self.matches.len(), self.before_playoffs] {
            let mut t = Tally::default();
            for id in &self.matches[..n] {
                t.add(store.match_(*id), self.team);
            }
            if !out.contains(&t) {
                out.push(t);
            }
        }
        out
    }

    /// A player's goals (own goals aside) over the whole campaign and before
    /// the play-offs.
    pub fn player_goals(&self, store: &Store, player: PlayerId) -> Vec<u32> {
        let mut out = Vec::new();
        for n in [self.matches.len(), self.before_playoffs] {
            let g = self.matches[..n]
                .iter()
                .flat_map(|id| store.goals_of(store.match_(*id)))
                .filter(|g| g.player == player && !g.own_goal)
                .count() as u32;
            if !out.contains(&g) {
                out.push(g);
            }
        }
        out
    }
}

/// The qualification competition of a final tournament ("FIFA World Cup" →
/// "FIFA World Cup qualification"), if the data has one.
pub fn qualification_of(store: &Store, finals: CompetitionId) -> Option<CompetitionId> {
    let name = format!("{} qualification", store.competition(finals).name);
    store
        .competitions
        .iter()
        .find(|c| *c.name == *name)
        .map(|c| c.id)
}

/// The final tournament a qualification competition leads to.
pub fn finals_of(store: &Store, qualification: CompetitionId) -> Option<CompetitionId> {
    let name = store
        .competition(qualification)
        .name
        .strip_suffix(" qualification")?;
    store
        .competitions
        .iter()
        .find(|c| *c.name == *name)
        .map(|c| c.id)
}

/// The campaign in view on `as_of`: during a final tournament (and a few
/// months after it) the one that led to it; otherwise the one under way since
/// the last tournament ended.
pub fn qualifying_campaign(
    store: &Store,
    team: TeamId,
    finals: CompetitionId,
    as_of: AsOf,
) -> Option<Campaign> {
    let qualification = qualification_of(store, finals)?;
    let day = as_of.0.or_else(|| store.matches.last().map(|m| m.date))?;
    let editions: Vec<_> = store.editions_of(finals).collect();
    let current = editions
        .iter()
        .rposition(|e| e.start <= day && (day - e.end).get_days() <= AFTERGLOW_DAYS);
    let (from, to): (Option<Date>, Date) = match current {
        Some(k) => (k.checked_sub(1).map(|p| editions[p].end), editions[k].start),
        None => (
            editions.iter().rev().find(|e| e.end < day).map(|e| e.end),
            day,
        ),
    };
    let matches: Vec<&offside_data::Match> = store
        .team_matches(team)
        .filter(|m| m.competition == qualification)
        .filter(|m| from.is_none_or(|f| m.date > f) && m.date <= to && as_of.includes(m))
        .collect();
    if matches.is_empty() {
        return None;
    }
    let last_gap = matches
        .windows(2)
        .rposition(|w| (w[1].date - w[0].date).get_days() > PLAYOFF_GAP_DAYS);
    let before_playoffs = match last_gap {
        Some(k) if matches.len() - (k + 1) <= 3 => k + 1,
        _ => matches.len(),
    };
    Some(Campaign {
        qualification,
        team,
        matches: matches.iter().map(|m| m.id).collect(),
        before_playoffs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use offside_data::{load_embedded, Lookup};
    use std::sync::OnceLock;

    fn store() -> &'static Store {
        static S: OnceLock<Store> = OnceLock::new();
        S.get_or_init(|| load_embedded().expect("embedded data loads"))
    }

    fn campaign(team: &str, finals: &str, day: &str) -> (&'static Store, Campaign) {
        let s = store();
        let Lookup::Found(t) = s.lookup_team(team) else {
            panic!("team {team}")
        };
        let Lookup::Found(c) = s.lookup_competition(finals) else {
            panic!("competition {finals}")
        };
        let c = qualifying_campaign(s, t, c, AsOf(Some(day.parse().unwrap()))).expect("campaign");
        (s, c)
    }

    #[test]
    fn portugal_won_all_ten_euro_2024_qualifiers() {
        // Group J: ten wins, 36 goals for, 2 against.
        let (s, c) = campaign("Portugal", "UEFA Euro", "2024-06-27");
        let t = c.tallies(s)[0];
        assert_eq!(
            (t.played, t.won, t.goals_for, t.goals_against),
            (10, 10, 36, 2)
        );
    }

    #[test]
    fn england_world_cup_2022_qualifying_as_it_ended() {
        // Eight wins, two draws, 39 scored and 3 conceded (Group I).
        let (s, c) = campaign("England", "FIFA World Cup", "2021-11-16");
        let t = c.tallies(s)[0];
        assert_eq!(
            (t.played, t.won, t.drawn, t.goals_for, t.goals_against),
            (10, 8, 2, 39, 3)
        );
    }
}

//! Two-legged ties: a knock-out or play-off decided over a home and an away
//! match. results.csv has no tie ids, so a tie is two meetings of the same
//! teams in the same competition a few weeks apart, decided here once.

use offside_data::{Match, MatchId, Store, TeamId};

/// The most days between the legs of one tie (the 1983 Copa América final's
/// legs were a week apart; World Cup play-offs four days).
const MAX_DAYS_BETWEEN_LEGS: i32 = 40;

/// Both legs of the tie `id` belongs to, first leg first; `None` when the
/// match was a single meeting.
pub fn two_legged_tie(store: &Store, id: MatchId) -> Option<[MatchId; 2]> {
    let m = store.match_(id);
    let other = store
        .meetings(m.home, m.away)
        .filter(|x| x.id != id && x.competition == m.competition)
        .filter(|x| (x.date - m.date).get_days().abs() <= MAX_DAYS_BETWEEN_LEGS)
        .min_by_key(|x| (x.date - m.date).get_days().abs())?;
    // A group's home and away meetings are not a tie: a third meeting of the
    // two sides in the same weeks would make it ambiguous, so refuse it.
    let third = store
        .meetings(m.home, m.away)
        .filter(|x| x.id != id && x.id != other.id && x.competition == m.competition)
        .any(|x| (x.date - m.date).get_days().abs() <= MAX_DAYS_BETWEEN_LEGS);
    if third || other.home == m.home {
        return None;
    }
    Some(if other.date < m.date {
        [other.id, id]
    } else {
        [id, other.id]
    })
}

/// Goals over both legs from `team`'s side (for, against).
pub fn aggregate_for(store: &Store, legs: [MatchId; 2], team: TeamId) -> (u32, u32) {
    legs.iter()
        .map(|id| store.match_(*id))
        .map(|m: &Match| m.goals_for_against(team))
        .fold((0, 0), |(f, a), (x, y)| (f + x as u32, a + y as u32))
}

#[cfg(test)]
mod tests {
    use super::*;
    use offside_data::{load_embedded, Lookup};

    #[test]
    fn france_ireland_2009_play_off() {
        let s = load_embedded().expect("embedded data loads");
        let (Lookup::Found(fr), Lookup::Found(ie)) = (
            s.lookup_team("France"),
            s.lookup_team("Republic of Ireland"),
        ) else {
            panic!("teams")
        };
        let day: offside_data::Date = "2009-11-18".parse().unwrap();
        let second = s.find_match(fr, ie, day).expect("second leg").id;
        let legs = two_legged_tie(&s, second).expect("a tie");
        assert_eq!(legs[1], second);
        assert_eq!(s.match_(legs[0]).date.to_string(), "2009-11-14");
        assert_eq!(aggregate_for(&s, legs, fr), (2, 1));
    }
}

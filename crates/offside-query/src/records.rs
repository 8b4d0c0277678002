//! Records of an edition, or of a competition over all its editions: top
//! scorers, biggest wins, most goals in a match, and from the line-ups (World
//! Cups only) most appearances and most tournaments played.

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

/// A player's appearances from the line-ups.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlayerRecord {
    pub player: String,
    pub team: String,
    /// Matches he played, from the start or as a substitute.
    pub matches: u32,
    pub started: u32,
    /// The years of the editions he played in, oldest first.
    pub years: Vec<u16>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Records {
    /// "FIFA World Cup 2022", or "FIFA World Cup" for all its editions.
    pub edition: String,
    pub matches: u32,
    pub goals: u32,
    pub top_scorers: Vec<ScorerCount>,
    pub biggest_wins: Vec<String>,
    pub most_goals: Vec<String>,
    pub champion: Option<String>,
    /// Whether line-ups are known for these matches (World Cups only); when
    /// false the two lists below are empty because the data cannot say, not
    /// because nobody played.
    pub lineups_known: bool,
    /// Most matches played, from the line-ups; ties at the cut kept.
    pub most_appearances: Vec<PlayerRecord>,
    /// Most editions played in (at least one appearance), over a
    /// competition's editions; empty for one edition.
    pub most_tournaments: Vec<PlayerRecord>,
}

/// An edition's records.
pub fn records(store: &Store, edition: EditionId, as_of: AsOf, top: usize) -> Records {
    let e = store.edition(edition);
    let mut r = records_over(
        store,
        store.edition_name(edition),
        &e.matches,
        as_of,
        top,
        false,
    );
    r.champion = r
        .champion
        .is_some()
        .then(|| store.champion(edition))
        .flatten()
        .map(|t| store.team_name(t).to_string());
    r
}

/// A competition's records over all its editions up to `as_of` ("most World
/// Cup appearances", "most World Cups played"). `champion` is left empty.
pub fn competition_records(
    store: &Store,
    competition: CompetitionId,
    as_of: AsOf,
    top: usize,
) -> Records {
    let ids: Vec<MatchId> = store
        .editions_of(competition)
        .flat_map(|e| e.matches.iter().copied())
        .collect();
    let name = store.competition(competition).name.to_string();
    let mut r = records_over(store, name, &ids, as_of, top, true);
    r.champion = None;
    r
}

fn records_over(
    store: &Store,
    label: String,
    ids: &[MatchId],
    as_of: AsOf,
    top: usize,
    tournaments: bool,
) -> Records {
    let ms: Vec<&Match> = ids
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
    // Filled in by `records`: a marker that the matches include a final.
    let champion = ms.iter().any(|m| m.stage == Stage::Final).then(String::new);
    let (lineups_known, most_appearances, most_tournaments) =
        appearance_records(store, &ms, top, tournaments);
    Records {
        edition: label,
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
        lineups_known,
        most_appearances,
        most_tournaments,
    }
}

/// One player's line-up entries for one team: (player, team, matches,
/// started, distinct edition years, range of his entries in the sorted list).
type AppRow = (PlayerId, TeamId, u32, u32, u32, std::ops::Range<usize>);

/// Most appearances and most tournaments played among these matches' line-ups.
/// Counted on ids (one sorted vector, no map, no strings), names only for
/// the rows kept: an edition's records stay in microseconds.
fn appearance_records(
    store: &Store,
    ms: &[&Match],
    top: usize,
    tournaments: bool,
) -> (bool, Vec<PlayerRecord>, Vec<PlayerRecord>) {
    // Keyed by team too, because one name can be two players: Luis Suárez
    // of Spain (1962, 1966) and of Uruguay (2010-2022) share a player id.
    let mut raw: Vec<(PlayerId, TeamId, u16, bool)> = Vec::new();
    for m in ms {
        let year = m.edition.map_or(0, |e| store.edition(e).year);
        raw.extend(
            store
                .appearances_in(m.id)
                .iter()
                .map(|a| (a.player, a.team, year, a.started)),
        );
    }
    let known = !raw.is_empty();
    raw.sort_unstable();
    let mut rows: Vec<AppRow> = Vec::new();
    for (i, (p, t, y, started)) in raw.iter().enumerate() {
        match rows.last_mut() {
            Some(r) if r.0 == *p && r.1 == *t => {
                r.2 += 1;
                r.3 += *started as u32;
                if raw[i - 1].2 != *y {
                    r.4 += 1;
                }
                r.5.end = i + 1;
            }
            _ => rows.push((*p, *t, 1, *started as u32, 1, i..i + 1)),
        }
    }
    let name = |p: PlayerId| &*store.player(p).name;
    let pick = |key: fn(&AppRow) -> u32| {
        // The cut first, on the counts alone; names only to order the rows kept.
        let mut keys: Vec<u32> = rows.iter().map(key).collect();
        keys.sort_unstable_by(|a, b| b.cmp(a));
        let cut = keys.get(top.saturating_sub(1)).or(keys.last()).copied();
        let mut v: Vec<usize> = (0..rows.len())
            .filter(|i| cut.is_some_and(|c| key(&rows[*i]) >= c))
            .collect();
        v.sort_by(|a, b| {
            key(&rows[*b])
                .cmp(&key(&rows[*a]))
                .then_with(|| name(rows[*a].0).cmp(name(rows[*b].0)))
        });
        v.into_iter()
            .map(|i| {
                let (p, t, n, started, _, range) = &rows[i];
                let mut years: Vec<u16> = raw[range.clone()]
                    .iter()
                    .map(|x| x.2)
                    .filter(|y| *y != 0)
                    .collect();
                years.dedup();
                PlayerRecord {
                    player: name(*p).to_string(),
                    team: store.team_name(*t).to_string(),
                    matches: *n,
                    started: *started,
                    years,
                }
            })
            .collect::<Vec<_>>()
    };
    let apps = pick(|r| r.2);
    let most_tournaments = if tournaments {
        pick(|r| r.4)
    } else {
        Vec::new()
    };
    (known, apps, most_tournaments)
}

//! Who played: a player's appearances per edition and career (from the World
//! Cup line-ups), and a match's line-ups, changes, sendings-off and shoot-out
//! kicks.

use crate::AsOf;
use offside_data::*;
use serde::Serialize;

/// Appearances in one edition, or a career total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AppearanceCount {
    /// All matches played: `started + substitute`.
    pub matches: u32,
    pub started: u32,
    /// Came on as a substitute.
    pub substitute: u32,
    /// Goals scored in those matches (own goals excluded).
    pub goals: u32,
    pub sent_off: u32,
}

/// A player's appearances, per edition and in all, over the matches whose
/// line-ups the data has (World Cups 1930–2022).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlayerAppearances {
    pub player: String,
    pub total: AppearanceCount,
    /// ("FIFA World Cup 2006", count), in date order.
    pub by_edition: Vec<(String, AppearanceCount)>,
    /// Distinct editions played: "his fifth World Cup".
    pub editions: u32,
    /// The matches counted, in date order.
    pub match_ids: Vec<MatchId>,
}

/// Counts a player's appearances, optionally in one competition (and one
/// edition), up to a date. Line-ups are known for World Cups only: in other
/// competitions the count is 0 for lack of data, which callers must say
/// (see [`lineups_known`]).
pub fn player_appearances(
    store: &Store,
    player: PlayerId,
    competition: Option<CompetitionId>,
    edition: Option<EditionId>,
    as_of: AsOf,
) -> PlayerAppearances {
    let mut out = PlayerAppearances {
        player: store.player(player).name.to_string(),
        total: AppearanceCount::default(),
        by_edition: Vec::new(),
        editions: 0,
        match_ids: Vec::new(),
    };
    let mut by_ed: Vec<(Option<EditionId>, AppearanceCount)> = Vec::new();
    for a in store.player_appearances(player) {
        let m = store.match_(a.match_id);
        if !as_of.includes(m)
            || competition.is_some_and(|c| m.competition != c)
            || edition.is_some_and(|e| m.edition != Some(e))
        {
            continue;
        }
        let goals = store
            .goals_of(m)
            .iter()
            .filter(|g| g.player == player && !g.own_goal)
            .count() as u32;
        let sent_off = store
            .sendings_off_in(m.id)
            .iter()
            .filter(|s| s.player == player)
            .count() as u32;
        let add = |c: &mut AppearanceCount| {
            c.matches += 1;
            c.started += u32::from(a.started);
            c.substitute += u32::from(!a.started);
            c.goals += goals;
            c.sent_off += sent_off;
        };
        add(&mut out.total);
        match by_ed.iter_mut().find(|(e, _)| *e == m.edition) {
            Some((_, c)) => add(c),
            None => {
                let mut c = AppearanceCount::default();
                add(&mut c);
                by_ed.push((m.edition, c));
            }
        }
        out.match_ids.push(m.id);
    }
    out.editions = by_ed.iter().filter(|(e, _)| e.is_some()).count() as u32;
    out.by_edition = by_ed
        .into_iter()
        .map(|(e, c)| {
            let name = e.map_or_else(|| "other matches".to_string(), |e| store.edition_name(e));
            (name, c)
        })
        .collect();
    out
}

/// Whether the data has line-ups for a competition: true where any match of
/// it has them (the World Cup). A query over another competition should be
/// answered "line-ups are known for World Cups only", not 0.
pub fn lineups_known(store: &Store, competition: CompetitionId) -> bool {
    store
        .appearances
        .iter()
        .any(|a| store.match_(a.match_id).competition == competition)
}

/// One player in a line-up.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LineupEntry {
    pub player: String,
    pub started: bool,
    /// "72'": when he came on (substitutes).
    pub on: Option<String>,
    /// When he was substituted.
    pub off: Option<String>,
    /// When he was sent off.
    pub sent_off: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TeamLineup {
    pub team: String,
    pub players: Vec<LineupEntry>,
}

/// A substitution: who went off, who came on, when.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    pub team: String,
    pub minute: String,
    pub off: String,
    pub on: String,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SendingOffDetail {
    pub team: String,
    pub player: String,
    /// `None` where the source gives no minute.
    pub minute: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KickDetail {
    pub team: String,
    pub player: String,
    /// The team's own kick number, from 1.
    pub order: u8,
    pub scored: bool,
}

/// Everything the line-up data says about one match; empty lists where it
/// has nothing.
#[derive(Clone, Debug, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MatchSquads {
    pub lineups: Vec<TeamLineup>,
    pub changes: Vec<Change>,
    pub sendings_off: Vec<SendingOffDetail>,
    pub kicks: Vec<KickDetail>,
}

impl MatchSquads {
    pub fn new(store: &Store, m: &Match) -> Self {
        let apps = store.appearances_in(m.id);
        let sent = store.sendings_off_in(m.id);
        let label = |x: Option<MatchMinute>| x.map(MatchMinute::label);
        let mut out = MatchSquads::default();
        for team in [m.home, m.away] {
            let mine: Vec<&Appearance> = apps.iter().filter(|a| a.team == team).collect();
            if mine.is_empty() {
                continue;
            }
            let players = mine
                .iter()
                .map(|a| LineupEntry {
                    player: store.player(a.player).name.to_string(),
                    started: a.started,
                    on: label(a.on),
                    off: label(a.off),
                    sent_off: sent.iter().find(|s| s.player == a.player).map(|s| {
                        s.minute
                            .map_or_else(|| "?'".to_string(), MatchMinute::label)
                    }),
                })
                .collect();
            out.lineups.push(TeamLineup {
                team: store.team_name_on(team, m.date).to_string(),
                players,
            });
            // Each substitute replaced the player who went off at his minute,
            // written before him.
            for (i, sub) in mine.iter().enumerate().filter(|(_, a)| !a.started) {
                let replaced = mine[..i]
                    .iter()
                    .rev()
                    .find(|a| a.off.is_some() && a.off == sub.on);
                if let (Some(r), Some(on)) = (replaced, sub.on) {
                    out.changes.push(Change {
                        team: store.team_name_on(team, m.date).to_string(),
                        minute: on.label(),
                        off: store.player(r.player).name.to_string(),
                        on: store.player(sub.player).name.to_string(),
                    });
                }
            }
        }
        out.changes.sort_by_key(|c| {
            c.minute
                .split(['+', '\''])
                .next()
                .and_then(|x| x.parse::<u8>().ok())
        });
        out.sendings_off = sent
            .iter()
            .map(|s| SendingOffDetail {
                team: store.team_name_on(s.team, m.date).to_string(),
                player: store.player(s.player).name.to_string(),
                minute: label(s.minute),
            })
            .collect();
        out.kicks = store
            .kicks_in(m.id)
            .iter()
            .map(|k| KickDetail {
                team: store.team_name_on(k.team, m.date).to_string(),
                player: store.player(k.player).name.to_string(),
                order: k.order,
                scored: k.scored,
            })
            .collect();
        out
    }

    pub fn is_empty(&self) -> bool {
        self.lineups.is_empty() && self.sendings_off.is_empty() && self.kicks.is_empty()
    }
}

/// Most appearances in a competition (World Cups: the only one with line-ups),
/// up to a date: (player, matches, editions), most first, ties by name.
pub fn most_appearances(
    store: &Store,
    competition: CompetitionId,
    as_of: AsOf,
    top: usize,
) -> Vec<(String, u32, u32)> {
    let mut counts: std::collections::HashMap<PlayerId, (u32, Vec<EditionId>)> = Default::default();
    for a in &store.appearances {
        let m = store.match_(a.match_id);
        if m.competition != competition || !as_of.includes(m) {
            continue;
        }
        let c = counts.entry(a.player).or_default();
        c.0 += 1;
        if let Some(e) = m.edition {
            if !c.1.contains(&e) {
                c.1.push(e);
            }
        }
    }
    let mut rows: Vec<(String, u32, u32)> = counts
        .into_iter()
        .map(|(p, (n, eds))| (store.player(p).name.to_string(), n, eds.len() as u32))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows.truncate(top);
    rows
}

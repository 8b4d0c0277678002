//! The embedded store in a compact binary form. build.rs loads `data/` with the
//! same loader `--data DIR` uses and writes the resulting [`Store`] with
//! [`encode`]; [`decode`] turns it back into an equal `Store` at start-up with
//! no text parsing, no merging and almost no hashing.
//!
//! Layout, little-endian: [`MAGIC`]; nine u32 counts (teams, competitions,
//! editions, players, matches, goals, appearances, sendings-off, shoot-out
//! kicks); then four sections, each a u32 length and its bytes:
//!
//! - matches: the places (cities and countries, shared by the matches), then
//!   a run of fixed-size match records, then the optional parts of those that
//!   have any (a few thousand tournament matches), in order;
//! - goals: a run of fixed-size goal records;
//! - the rest: teams, competitions, tie-break rules, editions, disagreements,
//!   the team and competition name indexes, players, and the player-name index;
//! - squads: fixed-size records of appearances, sendings-off and shoot-out
//!   kicks (World Cup line-ups), decoded last on the calling thread.
//!
//! One thread decodes the matches and builds the per-team and per-player lists
//! (the latter from the goal records' player ids); the calling thread decodes
//! the goals and the rest, mostly small strings. The two take about as long.
//!
//! A section starts with its strings, all in one UTF-8 block checked once;
//! where the data holds a string it holds only its length, and strings are
//! taken from the block in order. Counts and lengths outside the fixed-size
//! records are LEB128 varints. A match's goals are a count: goals are stored
//! grouped by match in match order (as [`Store::goals`] promises), so the
//! ranges follow.
//!
//! The snapshot is stored as is, not compressed: it is read straight from the
//! binary's pages, with no buffer to unpack into (the raw data files in the
//! archive beside it stay LZ4-packed).
//!
//! Every field of every type in the store is written; a field added to the
//! model must be added here too, or `tests/embedded.rs` (which compares this
//! store with one loaded from the data folder) fails.

use crate::error::DataError;
use crate::model::*;
use crate::names::{Items, LazyIndex, NameIndex};
use crate::store::{Disagreement, DisagreementKind, Store};
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"offside\x05";

/// date (3), home (2), away (2), score (2), competition (2), flags (2), city
/// (2), country (2), number of goals (1).
const MATCH_LEN: usize = 18;
const M_TIME: u16 = 1 << 0;
const M_FULL_TIME: u16 = 1 << 1;
const M_HALF_TIME: u16 = 1 << 2;
const M_EXTRA_TIME: u16 = 1 << 3;
const M_SHOOTOUT: u16 = 1 << 4;
const M_SHOOTOUT_SCORE: u16 = 1 << 5;
const M_EDITION: u16 = 1 << 6;
const M_GROUP: u16 = 1 << 7;
const M_NEUTRAL: u16 = 1 << 8;
const M_GROUND: u16 = 1 << 9;
const M_SCORERS_COMPLETE: u16 = 1 << 10;
const M_RESULTS_CSV: u16 = 1 << 11;
const M_OPENFOOTBALL: u16 = 1 << 12;
const M_STAGE: u16 = 1 << 13;
const M_FOOTBALL_TXT: u16 = 1 << 14;
/// Set for the matches official records leave out (`Match::official` false),
/// so the usual official match costs nothing.
const M_UNOFFICIAL: u16 = 1 << 15;
/// Flags whose values follow the records: full time (2), half time (2),
/// shoot-out winner (2) and score (2), edition (2), stage (1: the stage's
/// code in the low four bits, the extra-time basis's in the high four), then the
/// strings time, group and ground.
const M_EXTRAS: u16 =
    M_TIME | M_FULL_TIME | M_HALF_TIME | M_SHOOTOUT | M_EDITION | M_GROUP | M_GROUND | M_STAGE;

/// match (4), team (2), player (4), minute, stoppage, alternative minute,
/// flags, score after (2).
const GOAL_LEN: usize = 16;
const G_MINUTE: u8 = 1 << 0;
const G_STOPPAGE: u8 = 1 << 1;
const G_ALT_MINUTE: u8 = 1 << 2;
const G_PENALTY: u8 = 1 << 3;
const G_OWN_GOAL: u8 = 1 << 4;

const STAGES: [Stage; 10] = [
    Stage::Unknown,
    Stage::Preliminary,
    Stage::Group,
    Stage::SecondGroup,
    Stage::RoundOf32,
    Stage::RoundOf16,
    Stage::QuarterFinal,
    Stage::SemiFinal,
    Stage::ThirdPlace,
    Stage::Final,
];

/// The position in [`STAGES`]; the match fails to compile when a stage is added.
fn stage_code(s: Stage) -> u8 {
    match s {
        Stage::Unknown => 0,
        Stage::Preliminary => 1,
        Stage::Group => 2,
        Stage::SecondGroup => 3,
        Stage::RoundOf32 => 4,
        Stage::RoundOf16 => 5,
        Stage::QuarterFinal => 6,
        Stage::SemiFinal => 7,
        Stage::ThirdPlace => 8,
        Stage::Final => 9,
    }
}

/// The position in [`ExtraTimeBasis::ALL`]; fails to compile when one is added.
fn basis_code(b: ExtraTimeBasis) -> u8 {
    match b {
        ExtraTimeBasis::Unknown => 0,
        ExtraTimeBasis::Source => 1,
        ExtraTimeBasis::GoalAfter90 => 2,
        ExtraTimeBasis::ShootoutAfterDraw => 3,
        ExtraTimeBasis::StraightToPenalties => 4,
        ExtraTimeBasis::DecidedIn90 => 5,
    }
}

const KINDS: [DisagreementKind; 16] = DisagreementKind::ALL;

fn kind_code(k: DisagreementKind) -> u8 {
    match k {
        DisagreementKind::Score => 0,
        DisagreementKind::Date => 1,
        DisagreementKind::Scorer => 2,
        DisagreementKind::Minute => 3,
        DisagreementKind::NameSpelling => 4,
        DisagreementKind::Venue => 5,
        DisagreementKind::IncompleteScorers => 6,
        DisagreementKind::Missing => 7,
        DisagreementKind::TxtScore => 8,
        DisagreementKind::TxtScorer => 9,
        DisagreementKind::TxtMinute => 10,
        DisagreementKind::TxtMissing => 11,
        DisagreementKind::TxtExtraTime => 12,
        DisagreementKind::TxtLineup => 13,
        DisagreementKind::DisputedMinute => 14,
        DisagreementKind::ExtraTime => 15,
    }
}

const CRITERIA: [Criterion; 6] = [
    Criterion::Points,
    Criterion::GoalDifference,
    Criterion::GoalsFor,
    Criterion::H2hPoints,
    Criterion::H2hGoalDifference,
    Criterion::H2hGoalsFor,
];

fn criterion_code(c: Criterion) -> u8 {
    match c {
        Criterion::Points => 0,
        Criterion::GoalDifference => 1,
        Criterion::GoalsFor => 2,
        Criterion::H2hPoints => 3,
        Criterion::H2hGoalDifference => 4,
        Criterion::H2hGoalsFor => 5,
    }
}

/// The sizes of the store's main vectors, which both sections index into.
struct Counts {
    teams: usize,
    competitions: usize,
    editions: usize,
    players: usize,
    matches: usize,
    goals: usize,
    appearances: usize,
    sendings_off: usize,
    kicks: usize,
}

// ---------------------------------------------------------------- writing
// build.rs encodes; the library only decodes.

/// Serialises a store. Panics (failing the build) where the data outgrows the
/// format: 65,536 teams, competitions, editions or places, 256 goals in a
/// match, years past 4095, or goals not grouped by match.
#[allow(dead_code)]
pub(crate) fn encode(store: &Store) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for n in [
        store.teams.len(),
        store.competitions.len(),
        store.editions.len(),
        store.players.len(),
        store.matches.len(),
        store.goals.len(),
        store.appearances.len(),
        store.sendings_off.len(),
        store.kicks.len(),
    ] {
        out.extend_from_slice(&u32::try_from(n).expect("count fits in u32").to_le_bytes());
    }
    assert!(
        store.teams.len() <= 1 << 16
            && store.competitions.len() <= 1 << 16
            && store.editions.len() <= 1 << 16
    );
    let mut matches = Out::default();
    encode_matches(store, &mut matches);
    let mut goals = Out::default();
    encode_goals(store, &mut goals);
    let mut rest = Out::default();
    encode_rest(store, &mut rest);
    let mut squads = Out::default();
    encode_squads(store, &mut squads);
    for section in [
        matches.finish(),
        goals.finish(),
        rest.finish(),
        squads.finish(),
    ] {
        out.extend_from_slice(
            &u32::try_from(section.len())
                .expect("section under 4 GB")
                .to_le_bytes(),
        );
        out.extend_from_slice(&section);
    }
    out
}

#[derive(Default)]
struct Out {
    data: Vec<u8>,
    strings: String,
}

fn put_varint(buf: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        buf.push(v as u8 | 0x80);
        v >>= 7;
    }
    buf.push(v as u8);
}

#[allow(dead_code)]
impl Out {
    fn finish(self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.strings.len() + self.data.len() + 5);
        put_varint(
            &mut out,
            u32::try_from(self.strings.len()).expect("strings under 4 GB"),
        );
        out.extend_from_slice(self.strings.as_bytes());
        out.extend_from_slice(&self.data);
        out
    }
    fn u8(&mut self, v: u8) {
        self.data.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.data.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.data.extend_from_slice(&v.to_le_bytes());
    }
    fn count(&mut self, n: usize) {
        put_varint(&mut self.data, u32::try_from(n).expect("count fits in u32"));
    }
    fn str(&mut self, s: &str) {
        self.count(s.len());
        self.strings.push_str(s);
    }
    fn strs(&mut self, list: &[Box<str>]) {
        self.count(list.len());
        for s in list {
            self.str(s);
        }
    }
    /// Three bytes: year (12 bits), month (4), day (5).
    fn date(&mut self, d: Date) {
        let year = u32::try_from(d.year())
            .ok()
            .filter(|y| *y < 4096)
            .expect("year in 0..4096");
        let packed = year << 9 | (d.month() as u32) << 5 | d.day() as u32;
        self.data.extend_from_slice(&packed.to_le_bytes()[..3]);
    }
    fn score(&mut self, s: Score) {
        self.u8(s.home);
        self.u8(s.away);
    }
    fn index<T: Copy + PartialEq>(&mut self, index: &NameIndex<T>, id: impl Fn(T) -> u32) {
        self.count(index.len());
        for (key, items) in index.keys() {
            self.str(key);
            self.count(items.len());
            for item in items {
                self.count(id(*item) as usize);
            }
        }
    }
}

#[allow(dead_code)]
fn encode_matches(s: &Store, out: &mut Out) {
    // Every distinct city and country once.
    let mut place_ids: FxHashMap<&str, u16> = FxHashMap::default();
    let mut places: Vec<&str> = Vec::new();
    for m in &s.matches {
        for p in [&*m.city, &*m.country] {
            if !place_ids.contains_key(p) {
                place_ids.insert(p, u16::try_from(places.len()).expect("under 65,536 places"));
                places.push(p);
            }
        }
    }
    out.count(places.len());
    for p in &places {
        out.str(p);
    }
    let mut next_goal = 0;
    for (i, m) in s.matches.iter().enumerate() {
        assert!(m.id.index() == i, "match ids are positions");
        assert!(
            m.goals.start == next_goal && m.goals.end >= m.goals.start,
            "goals grouped by match"
        );
        next_goal = m.goals.end;
        let mut flags = 0;
        for (on, bit) in [
            (m.time.is_some(), M_TIME),
            (m.full_time.is_some(), M_FULL_TIME),
            (m.half_time.is_some(), M_HALF_TIME),
            (m.extra_time, M_EXTRA_TIME),
            (m.shootout.is_some(), M_SHOOTOUT),
            (
                m.shootout.is_some_and(|s| s.score.is_some()),
                M_SHOOTOUT_SCORE,
            ),
            (m.edition.is_some(), M_EDITION),
            (m.group.is_some(), M_GROUP),
            (m.neutral, M_NEUTRAL),
            (m.ground.is_some(), M_GROUND),
            (m.scorers_complete, M_SCORERS_COMPLETE),
            (m.sources.results_csv, M_RESULTS_CSV),
            (m.sources.openfootball, M_OPENFOOTBALL),
            (m.sources.football_txt, M_FOOTBALL_TXT),
            (m.stage != Stage::Unknown, M_STAGE),
            (!m.official, M_UNOFFICIAL),
        ] {
            if on {
                flags |= bit;
            }
        }
        let start = out.data.len();
        out.date(m.date);
        out.u16(m.home.0);
        out.u16(m.away.0);
        out.score(m.score);
        out.u16(m.competition.0);
        out.u16(flags);
        out.u16(place_ids[&*m.city]);
        out.u16(place_ids[&*m.country]);
        out.u8(u8::try_from(m.goals.len()).expect("under 256 goals in a match"));
        debug_assert_eq!(out.data.len() - start, MATCH_LEN);
    }
    assert!(
        next_goal as usize == s.goals.len(),
        "every goal belongs to a match"
    );
    for m in &s.matches {
        if let Some(ft) = m.full_time {
            out.score(ft);
        }
        if let Some(ht) = m.half_time {
            out.score(ht);
        }
        if let Some(so) = m.shootout {
            out.u16(so.winner.0);
            if let Some(p) = so.score {
                out.score(p);
            }
        }
        if let Some(e) = m.edition {
            out.u16(e.0);
        }
        assert!(
            m.stage != Stage::Unknown || m.extra_time_basis == ExtraTimeBasis::Unknown,
            "an extra-time basis only on a match with a stage"
        );
        if m.stage != Stage::Unknown {
            out.u8(stage_code(m.stage) | (basis_code(m.extra_time_basis) << 4));
        }
        for s in [&m.time, &m.group, &m.ground].into_iter().flatten() {
            out.str(s);
        }
    }
}

#[allow(dead_code)]
fn encode_goals(s: &Store, out: &mut Out) {
    for g in &s.goals {
        let mut flags = 0;
        for (on, bit) in [
            (g.minute.is_some(), G_MINUTE),
            (g.stoppage.is_some(), G_STOPPAGE),
            (g.alt_minute.is_some(), G_ALT_MINUTE),
            (g.penalty, G_PENALTY),
            (g.own_goal, G_OWN_GOAL),
        ] {
            if on {
                flags |= bit;
            }
        }
        let start = out.data.len();
        out.u32(g.match_id.0);
        out.u16(g.team.0);
        out.u32(g.player.0);
        out.u8(g.minute.unwrap_or(0));
        out.u8(g.stoppage.unwrap_or(0));
        out.u8(g.alt_minute.unwrap_or(0));
        out.u8(flags);
        out.score(g.score_after);
        debug_assert_eq!(out.data.len() - start, GOAL_LEN);
    }
}

#[allow(dead_code)]
fn encode_rest(s: &Store, out: &mut Out) {
    for t in &s.teams {
        out.str(&t.name);
        out.strs(&t.aliases);
        out.strs(&t.nicknames);
        out.strs(&t.adjectives);
        out.count(t.former_names.len());
        for f in &t.former_names {
            out.str(&f.name);
            out.date(f.from);
            out.date(f.to);
        }
    }
    for c in &s.competitions {
        out.str(&c.name);
        out.strs(&c.aliases);
    }
    out.count(s.tiebreakers.len());
    for r in &s.tiebreakers {
        out.u8(r.competition.is_some() as u8);
        out.u16(r.competition.map_or(0, |c| c.0));
        out.u16(r.from_year);
        out.u16(r.to_year);
        out.u8(r.win_points);
        out.count(r.criteria.len());
        for c in &r.criteria {
            out.u8(criterion_code(*c));
        }
    }
    for e in &s.editions {
        out.u16(e.competition.0);
        out.u16(e.year);
        out.date(e.start);
        out.date(e.end);
        out.u8(e.stages_from_source as u8);
        out.count(e.matches.len());
        for m in &e.matches {
            out.u32(m.0);
        }
        out.strs(&e.hosts);
    }
    out.count(s.disagreements.len());
    for d in &s.disagreements {
        out.u8(d.match_id.is_some() as u8);
        out.u32(d.match_id.map_or(0, |m| m.0));
        out.u8(kind_code(d.kind));
        out.str(&d.results_csv);
        out.str(&d.openfootball);
        out.str(&d.note);
    }
    out.index(s.team_names.get(), |id| id.0 as u32);
    out.index(&s.competition_names, |id| id.0 as u32);
    for (i, p) in s.players.iter().enumerate() {
        assert!(p.id.index() == i, "player ids are positions");
        out.str(&p.name);
        out.strs(&p.variants);
    }
    out.index(s.player_names.get(), |id| id.0);
}

/// Line-up records: appearances (match 4, team 2, player 4, flags, on
/// minute and stoppage, off minute and stoppage), sendings-off (match, team,
/// player, flags, minute, stoppage) and shoot-out kicks (match, team, player,
/// order, scored).
const APP_LEN: usize = 15;
const SENT_OFF_LEN: usize = 13;
const KICK_LEN: usize = 12;
const A_STARTED: u8 = 1 << 0;
const A_ON: u8 = 1 << 1;
const A_ON_STOPPAGE: u8 = 1 << 2;
const A_OFF: u8 = 1 << 3;
const A_OFF_STOPPAGE: u8 = 1 << 4;

#[allow(dead_code)]
impl Out {
    /// A minute as a flag pair (present, has stoppage) and two bytes.
    fn minute(&mut self, m: Option<MatchMinute>) -> (bool, bool) {
        self.u8(m.map_or(0, |m| m.minute));
        self.u8(m.and_then(|m| m.stoppage).unwrap_or(0));
        (m.is_some(), m.is_some_and(|m| m.stoppage.is_some()))
    }
    fn ids(&mut self, m: MatchId, t: TeamId, p: PlayerId) {
        self.u32(m.0);
        self.u16(t.0);
        self.u32(p.0);
    }
}

#[allow(dead_code)]
fn encode_squads(s: &Store, out: &mut Out) {
    let mut last = MatchId(0);
    for a in &s.appearances {
        assert!(a.match_id >= last, "appearances grouped by match");
        last = a.match_id;
        out.ids(a.match_id, a.team, a.player);
        let flag_at = out.data.len();
        out.u8(0);
        let (on, on_st) = out.minute(a.on);
        let (off, off_st) = out.minute(a.off);
        let mut flags = 0;
        for (set, bit) in [
            (a.started, A_STARTED),
            (on, A_ON),
            (on_st, A_ON_STOPPAGE),
            (off, A_OFF),
            (off_st, A_OFF_STOPPAGE),
        ] {
            if set {
                flags |= bit;
            }
        }
        out.data[flag_at] = flags;
    }
    for x in &s.sendings_off {
        out.ids(x.match_id, x.team, x.player);
        let flag_at = out.data.len();
        out.u8(0);
        let (on, st) = out.minute(x.minute);
        out.data[flag_at] = u8::from(on) | u8::from(st) << 1;
    }
    for k in &s.kicks {
        out.ids(k.match_id, k.team, k.player);
        out.u8(k.order);
        out.u8(u8::from(k.scored));
    }
}

// ---------------------------------------------------------------- reading

/// The line-up records, checked against the counts, into the store.
fn decode_squads(mut r: In, counts: &Counts, store: &mut Store) -> Result<(), DataError> {
    let ids = |b: &[u8]| -> Result<(MatchId, TeamId, PlayerId), DataError> {
        let (m, t, p) = (u32_at(b, 0), u16_at(b, 4), u32_at(b, 6));
        Ok((
            id(m as usize, counts.matches, || MatchId(m), "match")?,
            id(t as usize, counts.teams, || TeamId(t), "team")?,
            id(p as usize, counts.players, || PlayerId(p), "player")?,
        ))
    };
    let minute = |present: bool, has_stoppage: bool, m: u8, st: u8| {
        present.then(|| MatchMinute::new(m, has_stoppage.then_some(st)))
    };
    let mut apps = Vec::with_capacity(counts.appearances);
    for b in r.records(counts.appearances, APP_LEN)? {
        let (match_id, team, player) = ids(b)?;
        let f = b[10];
        apps.push(Appearance {
            match_id,
            team,
            player,
            started: f & A_STARTED != 0,
            on: minute(f & A_ON != 0, f & A_ON_STOPPAGE != 0, b[11], b[12]),
            off: minute(f & A_OFF != 0, f & A_OFF_STOPPAGE != 0, b[13], b[14]),
        });
    }
    let mut sent = Vec::with_capacity(counts.sendings_off);
    for b in r.records(counts.sendings_off, SENT_OFF_LEN)? {
        let (match_id, team, player) = ids(b)?;
        sent.push(SendingOff {
            match_id,
            team,
            player,
            minute: minute(b[10] & 1 != 0, b[10] & 2 != 0, b[11], b[12]),
        });
    }
    let mut kicks = Vec::with_capacity(counts.kicks);
    for b in r.records(counts.kicks, KICK_LEN)? {
        let (match_id, team, player) = ids(b)?;
        kicks.push(ShootoutKick {
            match_id,
            team,
            player,
            order: b[10],
            scored: b[11] != 0,
        });
    }
    r.end()?;
    fn grouped<T>(items: &[T], key: impl Fn(&T) -> MatchId) -> bool {
        items.windows(2).all(|w| key(&w[0]) <= key(&w[1]))
    }
    if !grouped(&apps, |a| a.match_id)
        || !grouped(&sent, |s| s.match_id)
        || !grouped(&kicks, |k| k.match_id)
    {
        return Err(corrupt("line-ups out of order"));
    }
    store.apps_by_player = crate::store::appearances_by_player(counts.players, &apps);
    store.appearances = apps;
    store.sendings_off = sent;
    store.kicks = kicks;
    Ok(())
}

fn corrupt(what: &str) -> DataError {
    DataError::Archive(format!("store snapshot: {what}"))
}

/// Rebuilds the store that build.rs encoded, from bytes of any lifetime
/// (the tests'): everything decoded at once.
#[cfg(test)]
pub(crate) fn decode(bytes: &[u8]) -> Result<Store, DataError> {
    let (mut store, names) = decode_parts(bytes)?;
    store.team_names = LazyIndex::ready(names.teams()?);
    store.player_names = LazyIndex::ready(names.players()?);
    Ok(store)
}

/// Rebuilds the store that build.rs encoded, from the snapshot compiled in,
/// whose bytes live as long as the program: the team and player name
/// indexes are decoded when first asked for (their layout is checked here).
pub(crate) fn decode_embedded(bytes: &'static [u8]) -> Result<Store, DataError> {
    let (mut store, names) = decode_parts(bytes)?;
    let players = names.clone();
    store.team_names =
        LazyIndex::lazy(move || names.teams().expect("the built-in team names decode"));
    store.player_names =
        LazyIndex::lazy(move || players.players().expect("the built-in player names decode"));
    Ok(store)
}

/// Where the team and player name indexes sit in a snapshot, with what
/// their ids must stay below.
#[derive(Clone)]
struct NamesAt<'a> {
    teams: In<'a>,
    players: In<'a>,
    team_count: usize,
    player_count: usize,
}

impl NamesAt<'_> {
    fn teams(&self) -> Result<NameIndex<TeamId>, DataError> {
        let n = self.team_count;
        self.teams.clone().index(|v| {
            u16::try_from(v)
                .ok()
                .filter(|t| usize::from(*t) < n)
                .map(TeamId)
        })
    }
    fn players(&self) -> Result<NameIndex<PlayerId>, DataError> {
        let n = self.player_count;
        self.players
            .clone()
            .index(|v| (v < n).then_some(PlayerId(v as u32)))
    }
}

/// The store without its team and player name indexes, and where those are.
fn decode_parts(bytes: &[u8]) -> Result<(Store, NamesAt<'_>), DataError> {
    let mut r = In {
        data: bytes,
        strings: "",
    };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(corrupt("not a store snapshot (or another version)"));
    }
    let mut count = || r.u32().map(|n| n as usize);
    let counts = Counts {
        teams: count()?,
        competitions: count()?,
        editions: count()?,
        players: count()?,
        matches: count()?,
        goals: count()?,
        appearances: count()?,
        sendings_off: count()?,
        kicks: count()?,
    };
    let matches_section = r.u32().and_then(|n| r.take(n as usize))?;
    let goals_section = r.u32().and_then(|n| r.take(n as usize))?;
    let rest_section = r.u32().and_then(|n| r.take(n as usize))?;
    let squads_section = r.u32().and_then(|n| r.take(n as usize))?;
    r.end()?;
    let counts = &counts;
    // Two threads, about even: the matches and the per-team and per-player
    // lists on one, the rest (many small strings) on this one.
    std::thread::scope(|scope| {
        let matches = scope
            .spawn(move || decode_matches(In::section(matches_section)?, goals_section, counts));
        let (mut store, names) = decode_rest(
            In::section(rest_section)?,
            In::section(goals_section)?,
            counts,
        )?;
        let decoded = matches
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e))?;
        // Each match's goals must be that match's.
        let mut goals = store.goals.iter();
        for (m, n) in decoded.goal_counts.iter().enumerate() {
            if goals
                .by_ref()
                .take(*n as usize)
                .any(|g| g.match_id.index() != m)
            {
                return Err(corrupt("goals out of place"));
            }
        }
        store.matches = decoded.matches;
        store.by_team = decoded.by_team;
        store.by_player = decoded.by_player;
        decode_squads(In::section(squads_section)?, counts, &mut store)?;
        Ok((store, names))
    })
}

/// A cursor over a section: its data, and its strings, taken in order.
#[derive(Clone)]
struct In<'a> {
    data: &'a [u8],
    strings: &'a str,
}

impl<'a> In<'a> {
    fn section(bytes: &'a [u8]) -> Result<Self, DataError> {
        let mut r = In {
            data: bytes,
            strings: "",
        };
        let n = r.count()?;
        r.strings =
            std::str::from_utf8(r.take(n)?).map_err(|_| corrupt("strings are not UTF-8"))?;
        Ok(r)
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], DataError> {
        if self.data.len() < n {
            return Err(corrupt("truncated"));
        }
        let (head, rest) = self.data.split_at(n);
        self.data = rest;
        Ok(head)
    }
    fn u8(&mut self) -> Result<u8, DataError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, DataError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, DataError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn score(&mut self) -> Result<Score, DataError> {
        let b = self.take(2)?;
        Ok(Score::new(b[0], b[1]))
    }
    /// A LEB128 varint.
    fn count(&mut self) -> Result<usize, DataError> {
        let mut v = 0usize;
        for shift in [0, 7, 14, 21, 28] {
            let b = self.u8()?;
            v |= ((b & 0x7f) as usize) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(corrupt("bad number"))
    }
    fn str(&mut self) -> Result<&'a str, DataError> {
        let n = self.count()?;
        let (s, rest) = self
            .strings
            .split_at_checked(n)
            .ok_or_else(|| corrupt("bad string"))?;
        self.strings = rest;
        Ok(s)
    }
    fn boxed(&mut self) -> Result<Box<str>, DataError> {
        Ok(self.str()?.into())
    }
    fn strs(&mut self) -> Result<Vec<Box<str>>, DataError> {
        let n = self.count()?;
        (0..n).map(|_| self.boxed()).collect()
    }
    fn date(&mut self) -> Result<Date, DataError> {
        date_at(self.take(3)?)
    }
    /// `n` fixed-size records.
    fn records(
        &mut self,
        n: usize,
        size: usize,
    ) -> Result<std::slice::ChunksExact<'a, u8>, DataError> {
        Ok(self
            .take(
                n.checked_mul(size)
                    .ok_or_else(|| corrupt("too many records"))?,
            )?
            .chunks_exact(size))
    }
    fn index<T: Copy + PartialEq>(
        &mut self,
        id: impl Fn(usize) -> Option<T>,
    ) -> Result<NameIndex<T>, DataError> {
        let n = self.count()?;
        let mut map = FxHashMap::with_capacity_and_hasher(n, Default::default());
        let item =
            |r: &mut Self| id(r.count()?).ok_or_else(|| corrupt("name index id out of range"));
        for _ in 0..n {
            let key = self.str()?.to_string();
            let items = match self.count()? {
                1 => Items::One(item(self)?),
                k => Items::Many((0..k).map(|_| item(self)).collect::<Result<_, _>>()?),
            };
            if key.is_empty() || map.insert(key, items).is_some() {
                return Err(corrupt("bad name index"));
            }
        }
        Ok(NameIndex::from_map(map))
    }
    /// Passes over a name index [`In::index`] would read, checking its
    /// layout and its ids (below `ids`) but building nothing.
    fn skip_index(&mut self, ids: usize) -> Result<(), DataError> {
        for _ in 0..self.count()? {
            if self.str()?.is_empty() {
                return Err(corrupt("bad name index"));
            }
            for _ in 0..self.count()? {
                if self.count()? >= ids {
                    return Err(corrupt("name index id out of range"));
                }
            }
        }
        Ok(())
    }
    fn end(&self) -> Result<(), DataError> {
        if self.data.is_empty() && self.strings.is_empty() {
            Ok(())
        } else {
            Err(corrupt("trailing bytes"))
        }
    }
}

fn date_at(b: &[u8]) -> Result<Date, DataError> {
    let packed = u32::from_le_bytes([b[0], b[1], b[2], 0]);
    Date::new(
        (packed >> 9) as i16,
        (packed >> 5 & 15) as i8,
        (packed & 31) as i8,
    )
    .map_err(|_| corrupt("bad date"))
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// `v` as an id, if it is below `len`.
fn id<T>(v: usize, len: usize, make: impl FnOnce() -> T, what: &str) -> Result<T, DataError> {
    if v < len {
        Ok(make())
    } else {
        Err(corrupt(&format!("{what} id out of range")))
    }
}

/// What the matches section decodes to.
struct Matches {
    matches: Vec<Match>,
    /// Each team's matches.
    by_team: Vec<Vec<MatchId>>,
    /// Each match's number of goals, in match order.
    goal_counts: Vec<u8>,
    /// Each player's goals, read from the goals section.
    by_player: Vec<Vec<u32>>,
}

fn decode_matches(mut r: In, goals_section: &[u8], counts: &Counts) -> Result<Matches, DataError> {
    let n = r.count()?;
    let places: Vec<Arc<str>> = (0..n)
        .map(|_| r.str().map(Arc::from))
        .collect::<Result<_, _>>()?;
    let place = |v: u16| {
        places
            .get(v as usize)
            .cloned()
            .ok_or_else(|| corrupt("place id out of range"))
    };
    let team = |v: u16| id(v as usize, counts.teams, || TeamId(v), "team");
    let records = r.records(counts.matches, MATCH_LEN)?;
    let mut matches = Vec::with_capacity(counts.matches);
    let mut goal_counts = Vec::with_capacity(counts.matches);
    // Home and away of every match, to list each team's matches without
    // reading the (much bigger) matches again.
    let mut sides = Vec::with_capacity(counts.matches);
    let mut team_counts = vec![0usize; counts.teams];
    let mut next_goal = 0u32;
    for (i, b) in records.enumerate() {
        let flags = u16_at(b, 11);
        let on = |bit: u16| flags & bit != 0;
        let goals = next_goal..next_goal + b[17] as u32;
        next_goal = goals.end;
        let competition = u16_at(b, 9);
        // Built in place: a Match is big enough that moving it into the
        // vector costs a memcpy per match.
        matches.push(Match {
            id: MatchId(i as u32),
            date: date_at(b)?,
            time: None,
            home: team(u16_at(b, 3))?,
            away: team(u16_at(b, 5))?,
            score: Score::new(b[7], b[8]),
            full_time: None,
            half_time: None,
            extra_time: on(M_EXTRA_TIME),
            extra_time_basis: ExtraTimeBasis::Unknown,
            official: !on(M_UNOFFICIAL),
            shootout: None,
            competition: id(
                competition as usize,
                counts.competitions,
                || CompetitionId(competition),
                "competition",
            )?,
            edition: None,
            stage: Stage::Unknown,
            group: None,
            city: place(u16_at(b, 13))?,
            country: place(u16_at(b, 15))?,
            neutral: on(M_NEUTRAL),
            ground: None,
            goals,
            scorers_complete: on(M_SCORERS_COMPLETE),
            sources: Sources {
                results_csv: on(M_RESULTS_CSV),
                openfootball: on(M_OPENFOOTBALL),
                football_txt: on(M_FOOTBALL_TXT),
            },
        });
        let m = matches.last_mut().expect("just pushed");
        if on(M_EXTRAS) {
            read_match_extras(&mut r, flags, m, counts)?;
        }
        team_counts[m.home.index()] += 1;
        if m.away != m.home {
            team_counts[m.away.index()] += 1;
        }
        sides.push((m.home, m.away));
        goal_counts.push(b[17]);
    }
    if next_goal as usize != counts.goals {
        return Err(corrupt("goal counts do not add up"));
    }
    r.end()?;
    // The same lists as `Store::build_indexes` makes.
    let mut by_team: Vec<Vec<MatchId>> = team_counts.into_iter().map(Vec::with_capacity).collect();
    for (i, (home, away)) in sides.into_iter().enumerate() {
        by_team[home.index()].push(MatchId(i as u32));
        if away != home {
            by_team[away.index()].push(MatchId(i as u32));
        }
    }
    // The same lists as `Store::build_indexes` makes, from the players' ids
    // alone (`decode_rest` checks them).
    let goal_players = In::section(goals_section)?
        .records(counts.goals, GOAL_LEN)?
        .map(|b| u32_at(b, 6) as usize);
    let mut player_counts = vec![0usize; counts.players];
    for p in goal_players.clone() {
        *player_counts
            .get_mut(p)
            .ok_or_else(|| corrupt("player id out of range"))? += 1;
    }
    let mut by_player: Vec<Vec<u32>> = player_counts.into_iter().map(Vec::with_capacity).collect();
    for (i, p) in goal_players.enumerate() {
        by_player[p].push(i as u32);
    }
    Ok(Matches {
        matches,
        by_team,
        goal_counts,
        by_player,
    })
}

/// The optional parts of a match, which its record's flags announce.
fn read_match_extras(
    r: &mut In,
    flags: u16,
    m: &mut Match,
    counts: &Counts,
) -> Result<(), DataError> {
    let on = |bit: u16| flags & bit != 0;
    if on(M_FULL_TIME) {
        m.full_time = Some(r.score()?);
    }
    if on(M_HALF_TIME) {
        m.half_time = Some(r.score()?);
    }
    if on(M_SHOOTOUT) {
        let w = r.u16()?;
        let winner = id(w as usize, counts.teams, || TeamId(w), "team")?;
        let score = if on(M_SHOOTOUT_SCORE) {
            Some(r.score()?)
        } else {
            None
        };
        m.shootout = Some(Shootout { winner, score });
    }
    if on(M_EDITION) {
        let e = r.u16()?;
        m.edition = Some(id(e as usize, counts.editions, || EditionId(e), "edition")?);
    }
    if on(M_STAGE) {
        let code = r.u8()?;
        m.stage = *STAGES
            .get((code & 0x0f) as usize)
            .ok_or_else(|| corrupt("unknown stage"))?;
        m.extra_time_basis = *ExtraTimeBasis::ALL
            .get((code >> 4) as usize)
            .ok_or_else(|| corrupt("unknown extra-time basis"))?;
    }
    if on(M_TIME) {
        m.time = Some(r.boxed()?);
    }
    if on(M_GROUP) {
        m.group = Some(r.boxed()?);
    }
    if on(M_GROUND) {
        m.ground = Some(r.boxed()?);
    }
    Ok(())
}

/// Everything but the matches and the per-team and per-player lists.
fn decode_rest<'a>(
    mut r: In<'a>,
    mut g: In<'a>,
    counts: &Counts,
) -> Result<(Store, NamesAt<'a>), DataError> {
    let team = |v: u16| id(v as usize, counts.teams, || TeamId(v), "team");
    let competition = |v: u16| {
        id(
            v as usize,
            counts.competitions,
            || CompetitionId(v),
            "competition",
        )
    };
    let match_id = |v: u32| id(v as usize, counts.matches, || MatchId(v), "match");

    let mut teams = Vec::with_capacity(counts.teams);
    for i in 0..counts.teams {
        let name = r.boxed()?;
        let aliases = r.strs()?;
        let nicknames = r.strs()?;
        let adjectives = r.strs()?;
        let k = r.count()?;
        let mut former_names = Vec::with_capacity(k);
        for _ in 0..k {
            former_names.push(FormerName {
                name: r.boxed()?,
                from: r.date()?,
                to: r.date()?,
            });
        }
        teams.push(Team {
            id: TeamId(i as u16),
            name,
            aliases,
            nicknames,
            adjectives,
            former_names,
        });
    }
    let mut competitions = Vec::with_capacity(counts.competitions);
    for i in 0..counts.competitions {
        competitions.push(Competition {
            id: CompetitionId(i as u16),
            name: r.boxed()?,
            aliases: r.strs()?,
        });
    }
    let n = r.count()?;
    let mut tiebreakers = Vec::with_capacity(n);
    for _ in 0..n {
        let has_competition = r.u8()? != 0;
        let c = r.u16()?;
        let from_year = r.u16()?;
        let to_year = r.u16()?;
        let win_points = r.u8()?;
        let k = r.count()?;
        let mut criteria = Vec::with_capacity(k);
        for _ in 0..k {
            criteria.push(
                *CRITERIA
                    .get(r.u8()? as usize)
                    .ok_or_else(|| corrupt("unknown criterion"))?,
            );
        }
        tiebreakers.push(TieBreakRule {
            competition: if has_competition {
                Some(competition(c)?)
            } else {
                None
            },
            from_year,
            to_year,
            win_points,
            criteria,
        });
    }
    let mut editions = Vec::with_capacity(counts.editions);
    for i in 0..counts.editions {
        let comp = competition(r.u16()?)?;
        let year = r.u16()?;
        let start = r.date()?;
        let end = r.date()?;
        let stages_from_source = r.u8()? != 0;
        let k = r.count()?;
        let matches = (0..k)
            .map(|_| r.u32().and_then(match_id))
            .collect::<Result<_, _>>()?;
        editions.push(Edition {
            id: EditionId(i as u16),
            competition: comp,
            year,
            start,
            end,
            matches,
            hosts: r.strs()?,
            stages_from_source,
        });
    }
    let n = r.count()?;
    let mut disagreements = Vec::with_capacity(n);
    for _ in 0..n {
        let has_match = r.u8()? != 0;
        let m = r.u32()?;
        let kind = *KINDS
            .get(r.u8()? as usize)
            .ok_or_else(|| corrupt("unknown disagreement kind"))?;
        disagreements.push(Disagreement {
            match_id: if has_match { Some(match_id(m)?) } else { None },
            kind,
            results_csv: r.str()?.to_string(),
            openfootball: r.str()?.to_string(),
            note: r.str()?.to_string(),
        });
    }
    let team_names_at = r.clone();
    r.skip_index(counts.teams.min(usize::from(u16::MAX) + 1))?;
    let competition_names = r.index(|v| competition(u16::try_from(v).ok()?).ok())?;

    let mut players = Vec::with_capacity(counts.players);
    for i in 0..counts.players {
        players.push(Player {
            id: PlayerId(i as u32),
            name: r.boxed()?,
            variants: r.strs()?,
        });
    }
    let records = g.records(counts.goals, GOAL_LEN)?;
    g.end()?;
    let mut goals = Vec::with_capacity(counts.goals);
    for b in records {
        let flags = b[13];
        let opt = |bit: u8, at: usize| (flags & bit != 0).then_some(b[at]);
        let player = u32_at(b, 6);
        goals.push(Goal {
            match_id: match_id(u32_at(b, 0))?,
            team: team(u16_at(b, 4))?,
            player: id(
                player as usize,
                counts.players,
                || PlayerId(player),
                "player",
            )?,
            minute: opt(G_MINUTE, 10),
            stoppage: opt(G_STOPPAGE, 11),
            penalty: flags & G_PENALTY != 0,
            own_goal: flags & G_OWN_GOAL != 0,
            alt_minute: opt(G_ALT_MINUTE, 12),
            score_after: Score::new(b[14], b[15]),
        });
    }
    let player_names_at = r.clone();
    r.skip_index(counts.players)?;
    r.end()?;
    let names = NamesAt {
        teams: team_names_at,
        players: player_names_at,
        team_count: counts.teams,
        player_count: counts.players,
    };

    let by_competition = crate::store::editions_by_competition(competitions.len(), &editions);
    let store = Store {
        teams,
        players,
        competitions,
        editions,
        matches: Vec::new(),
        goals,
        disagreements,
        appearances: Vec::new(),
        sendings_off: Vec::new(),
        kicks: Vec::new(),
        tiebreakers,
        team_names: Default::default(),
        player_names: Default::default(),
        competition_names,
        by_team: Vec::new(),
        by_player: Vec::new(),
        apps_by_player: Vec::new(),
        squad_names: Default::default(),
        by_competition,
        champions: Default::default(),
        embedded: false,
    };
    Ok((store, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_index_their_tables() {
        for (i, s) in STAGES.iter().enumerate() {
            assert_eq!(stage_code(*s) as usize, i);
        }
        for (i, k) in KINDS.iter().enumerate() {
            assert_eq!(kind_code(*k) as usize, i);
        }
        for (i, c) in CRITERIA.iter().enumerate() {
            assert_eq!(criterion_code(*c) as usize, i);
        }
        for (i, b) in ExtraTimeBasis::ALL.iter().enumerate() {
            assert_eq!(basis_code(*b) as usize, i);
        }
        // Stage and basis share a byte, four bits each.
        assert!(STAGES.len() <= 16 && ExtraTimeBasis::ALL.len() <= 16);
    }

    #[test]
    fn numbers_dates_and_strings_round_trip() {
        let dates = [
            "1872-11-30",
            "2026-07-19",
            "2000-02-29",
            "0001-01-01",
            "4095-12-31",
        ];
        let numbers = [
            0,
            1,
            127,
            128,
            300,
            16_383,
            16_384,
            1 << 21,
            u32::MAX as usize,
        ];
        let mut out = Out::default();
        for d in dates {
            out.date(crate::parse_date(d).unwrap());
        }
        for n in numbers {
            out.count(n);
        }
        for s in ["", "Côte d'Ivoire", "Mbappé"] {
            out.str(s);
        }
        let bytes = out.finish();
        let mut r = In::section(&bytes).unwrap();
        for d in dates {
            assert_eq!(r.date().unwrap(), crate::parse_date(d).unwrap());
        }
        for n in numbers {
            assert_eq!(r.count().unwrap(), n);
        }
        for s in ["", "Côte d'Ivoire", "Mbappé"] {
            assert_eq!(r.str().unwrap(), s);
        }
        r.end().unwrap();
    }

    #[test]
    fn name_indexes_decoded_late_are_the_ones_decoded_at_once() {
        let late = decode_embedded(crate::embedded::SNAPSHOT).unwrap();
        let now = decode(crate::embedded::SNAPSHOT).unwrap();
        fn sorted<T: Copy + PartialEq + Ord>(i: &NameIndex<T>) -> Vec<(String, Vec<T>)> {
            let mut v: Vec<(String, Vec<T>)> = i
                .keys()
                .map(|(k, ids)| (k.to_string(), ids.to_vec()))
                .collect();
            v.sort();
            v
        }
        assert_eq!(sorted(late.team_names.get()), sorted(now.team_names.get()));
        assert_eq!(
            sorted(late.player_names.get()),
            sorted(now.player_names.get())
        );
        assert!(late.player_names.get().keys().count() > 10_000);
    }

    #[test]
    fn rejects_garbage() {
        assert!(decode(b"").is_err());
        assert!(decode(b"offside\x04\x05\x00\x00\x00abc").is_err());
        assert!(decode(b"not a snapshot at all").is_err());
        let mut truncated = crate::embedded::SNAPSHOT.to_vec();
        truncated.pop();
        assert!(decode(&truncated).is_err());
    }
}

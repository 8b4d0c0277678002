//! Merges the Football.TXT files (`openfootball/*-txt/*.txt`, parsed by
//! [`super::football_txt`]) onto the store's matches:
//!
//! - every file: the stage and group of editions that no JSON file structures
//!   (Euros before 2020, Copa América 2011 and 2021, Gold Cup 2011 and 2013),
//!   a.e.t., the shoot-out score, kick-off time and venue where the store
//!   lacks them;
//! - the World Cup files (which are complete): scorers compared goal by goal,
//!   line-ups with substitutions, sendings-off and shoot-out kicks.
//!
//! A txt match is found by its date (a day either side) and teams, through the
//! same name look-up as the JSON files; a match without a date (Euro 1984 and
//! 1992 group games) by its teams within its competition and year. Where the
//! txt file and the store differ the store keeps its value and a
//! `Txt*` [`DisagreementKind`] records the other; facts the store lacks are
//! filled in, and where the JSON gives no extra time but the txt file does,
//! the match gets it and the difference is recorded too.

use super::football_txt::{self, TxtFile, TxtMatch, TxtMinute};
use super::openfootball::{stage_of, OfEdition};
use super::Builder;
use crate::error::DataError;
use crate::files::DataFiles;
use crate::model::*;
use crate::names::normalize;
use crate::store::{Disagreement, DisagreementKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The competition (results.csv spelling) of each folder, and whether its
/// files carry complete scorers and line-ups.
fn folder(rel: &str) -> Option<(&'static str, bool)> {
    let dir = rel.strip_prefix("openfootball/")?.split('/').next()?;
    match dir {
        "worldcup-txt" => Some(("FIFA World Cup", true)),
        "euro-txt" => Some(("UEFA Euro", false)),
        "copa-america-txt" => Some(("Copa América", false)),
        "gold-cup-txt" => Some(("Gold Cup", false)),
        _ => None,
    }
}

/// The World Cup files write 60' for every sending-off before 1974, a
/// placeholder: those minutes are taken as unknown.
const PLACEHOLDER_SENT_OFF_MINUTE_BEFORE: i16 = 1974;

/// Sending-off minutes in the World Cup files that published records
/// contradict (listed in data/README.md, "Known problems"): (year, player,
/// minute in the file, what the records say). The file's minute is kept and
/// a `DisputedMinute` disagreement names the other, so a claim matching
/// either is not judged false.
const DISPUTED_SENT_OFF: &[(i16, &str, u8, &str)] = &[
    (1990, "Benjamin Massing", 9, "89'"),
    (1990, "Gustavo Dezotti", 5, "87'"),
    (2002, "Francesco Totti", 22, "103'"),
    (
        2022,
        "Vincent Aboubakar",
        81,
        "90+2' or later (after his 90+2' goal)",
    ),
];

/// The parsed files, in path order; touches no shared state.
pub(crate) struct Parsed(Vec<(String, TxtFile)>);

pub(crate) fn parse_all(files: &DataFiles) -> Result<Parsed, DataError> {
    let mut out = Vec::new();
    for rel in files
        .paths()
        .filter(|p| p.ends_with(".txt") && folder(p).is_some())
    {
        let path = files.display_path(rel);
        let bytes = files.require(rel)?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| DataError::malformed(&path, 1, format!("not UTF-8: {e}")))?;
        out.push((rel.to_string(), football_txt::parse(&path, text)?));
    }
    Ok(Parsed(out))
}

/// Line-up facts gathered while merging, added to the builder at the end.
#[derive(Default)]
struct Squads {
    appearances: Vec<Appearance>,
    sendings_off: Vec<SendingOff>,
    kicks: Vec<ShootoutKick>,
}

/// Merges every file; returns the editions that no JSON file covers.
pub(crate) fn apply_all(
    files: &DataFiles,
    parsed: Parsed,
    json_editions: &[OfEdition],
    b: &mut Builder,
) -> Vec<OfEdition> {
    let covered: HashSet<MatchId> = json_editions
        .iter()
        .flat_map(|e| e.matches.iter().copied())
        .collect();
    b.first_squad_player = b.players.len();
    let mut squads = Squads::default();
    let mut editions = Vec::new();
    for (rel, file) in parsed.0 {
        let (competition, complete) = folder(&rel).expect("filtered in parse_all");
        let competition = b.competition(competition);
        let path = files.display_path(&rel);
        let mut ids = Vec::new();
        for m in &file.matches {
            if let Some((id, same_order)) = apply_match(b, &path, competition, &file, m, &covered) {
                ids.push(id);
                if complete {
                    apply_squads(b, &path, id, same_order, m, &mut squads);
                }
            }
        }
        if !ids.is_empty() && !ids.iter().any(|id| covered.contains(id)) {
            let year = file
                .year
                .unwrap_or_else(|| b.matches[ids[0].index()].date.year() as u16);
            editions.push(OfEdition {
                competition,
                year,
                matches: ids,
            });
        }
    }
    // Grouped by match in match order (stable: each match's in written order).
    squads.appearances.sort_by_key(|a| a.match_id);
    squads.sendings_off.sort_by_key(|s| (s.match_id, s.minute));
    squads.kicks.sort_by_key(|k| k.match_id);
    b.appearances = squads.appearances;
    b.sendings_off = squads.sendings_off;
    b.kicks = squads.kicks;
    editions
}

fn describe(m: &TxtMatch) -> String {
    match m.date {
        Some(d) => format!("{d} {} v {}", m.team1, m.team2),
        None => format!("{} v {}", m.team1, m.team2),
    }
}

/// Finds the store's match for `m` and merges the match-level facts; returns
/// the match and whether its home side is the file's first team, or `None`
/// (recorded) when there is none.
fn apply_match(
    b: &mut Builder,
    path: &str,
    competition: CompetitionId,
    file: &TxtFile,
    m: &TxtMatch,
    covered: &HashSet<MatchId>,
) -> Option<(MatchId, bool)> {
    let year = m
        .date
        .map(|d| d.year())
        .or_else(|| file.matches.iter().find_map(|x| x.date).map(|d| d.year()))
        .or(file.year.map(|y| y as i16))?;
    let when = m.date.or_else(|| jiff::civil::Date::new(year, 7, 1).ok())?;
    let (c1, c2) = (
        b.team_candidates(&m.team1, when),
        b.team_candidates(&m.team2, when),
    );
    let found = c1
        .iter()
        .flat_map(|t1| c2.iter().map(move |t2| (*t1, *t2)))
        .find_map(|(t1, t2)| match m.date {
            Some(d) => b.find_match(d, t1, t2),
            None => {
                let mut hits = b.matches.iter().filter(|x| {
                    x.competition == competition
                        && x.date.year() == year
                        && x.involves(t1)
                        && x.involves(t2)
                });
                let hit = hits.next()?;
                if hits.next().is_some() {
                    return None;
                }
                Some((hit.id, hit.home == t1))
            }
        });
    let Some((id, same_order)) = found else {
        b.disagreements.push(Disagreement {
            match_id: None,
            kind: DisagreementKind::TxtMissing,
            results_csv: String::new(),
            openfootball: describe(m),
            note: format!(
                "{path}:{}: {}",
                m.line,
                if c1.is_empty() || c2.is_empty() {
                    "a team name matches no team"
                } else {
                    "no row in results.csv for this match"
                }
            ),
        });
        return None;
    };
    let orient = |s: [u8; 2]| {
        if same_order {
            Score::new(s[0], s[1])
        } else {
            Score::new(s[1], s[0])
        }
    };
    let note = format!("{path}:{}: {}", m.line, describe(m));
    let mut found = Vec::new();
    let in_json = covered.contains(&id);
    let rec = &mut b.matches[id.index()];
    let score = orient(m.score);
    if rec.score != score {
        found.push((
            DisagreementKind::TxtScore,
            rec.score.to_string(),
            score.to_string(),
        ));
    }
    if m.extra_time != rec.extra_time {
        if m.extra_time && !in_json {
            // results.csv says nothing of extra time: a fact added, not a dispute.
            rec.extra_time = true;
        } else {
            found.push((
                DisagreementKind::TxtExtraTime,
                format!("extra time: {}", if rec.extra_time { "yes" } else { "no" }),
                format!("a.e.t.: {}", if m.extra_time { "yes" } else { "no" }),
            ));
            if m.extra_time && rec.score == score {
                // The JSON leaves extra time out (Euro 2024 England-Slovakia).
                rec.extra_time = true;
            }
        }
    }
    if let Some(p) = m.pens {
        let p = orient(p);
        let winner = if p.home > p.away { rec.home } else { rec.away };
        match rec.shootout {
            None if rec.score.home == rec.score.away => {
                found.push((
                    DisagreementKind::TxtScore,
                    "no shoot-out".into(),
                    format!("{p} on penalties"),
                ));
                rec.shootout = Some(Shootout {
                    winner,
                    score: Some(p),
                });
            }
            None => {}
            Some(so) if so.winner != winner || so.score.is_some_and(|s| s != p) => {
                let them = so
                    .score
                    .map_or_else(|| "winner only".to_string(), |s| s.to_string());
                found.push((
                    DisagreementKind::TxtScore,
                    format!("shoot-out {them}"),
                    format!("{p} on penalties"),
                ));
            }
            Some(so) => {
                rec.shootout = Some(Shootout {
                    winner: so.winner,
                    score: Some(p),
                })
            }
        }
    }
    if !in_json {
        rec.stage = stage_of(m.round.as_deref().unwrap_or(""), m.group.is_some());
        rec.group = m.group.as_deref().map(Into::into);
    }
    if rec.time.is_none() {
        rec.time = m.time.as_deref().map(Into::into);
    }
    let txt_ground = m.venue.as_deref().and_then(ground);
    match (&rec.ground, txt_ground) {
        (None, g) => rec.ground = g.map(Into::into),
        // Two stadiums for one match (openfootball's JSON puts South
        // Korea-Portugal 2022 at Lusail, its Football.TXT at Education City):
        // kept as a dispute, so a claim that matches either stands.
        (Some(json), Some(g)) if !same_ground(json, &g) => {
            found.push((DisagreementKind::Venue, json.to_string(), g))
        }
        _ => {}
    }
    rec.sources.football_txt = true;
    for (kind, a, o) in found {
        b.disagreements.push(Disagreement {
            match_id: Some(id),
            kind,
            results_csv: a,
            openfootball: o,
            note: note.clone(),
        });
    }
    Some((id, same_order))
}

/// Whether two spellings of a ground name one stadium: every distinctive
/// word of the shorter name (before any comma) is in the longer ("Fisht
/// Stadium" and "Fisht Olympic Stadium, Sochi"). "Krestovsky Stadium" and
/// "Saint Petersburg Stadium" are two names, kept as a dispute.
fn same_ground(a: &str, b: &str) -> bool {
    const GENERIC: &[&str] = &["stadium", "stade", "estadio", "stadio", "arena", "the"];
    let words = |x: &str| -> Vec<String> {
        crate::names::normalize(x.split(',').next().unwrap_or(x))
            .split(' ')
            .filter(|w| !w.is_empty() && !GENERIC.contains(w))
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    short.iter().all(|w| long.contains(w))
}

/// The stadium in a venue, if it names one: "Allianz Arena, Munich" as is,
/// "Paris (Stade de France)" as "Stade de France, Paris"; a bare city ("@
/// Lens", as most Euro files write it) is no stadium, and results.csv has the
/// city already.
fn ground(venue: &str) -> Option<String> {
    if let Some((city, rest)) = venue.split_once('(') {
        let stadium = rest.trim_end_matches(')').trim();
        return (!stadium.is_empty()).then(|| format!("{stadium}, {}", city.trim()));
    }
    venue.contains(',').then(|| venue.to_string())
}

fn minute(m: TxtMinute) -> MatchMinute {
    MatchMinute::new(m.minute, m.stoppage)
}

/// Scorers compared with the store's goals, then line-ups, sendings-off and
/// shoot-out kicks with their players.
fn apply_squads(
    b: &mut Builder,
    path: &str,
    id: MatchId,
    same_order: bool,
    m: &TxtMatch,
    out: &mut Squads,
) {
    let rec = &b.matches[id.index()];
    let teams = if same_order {
        [rec.home, rec.away]
    } else {
        [rec.away, rec.home]
    };
    let note = format!("{path}:{}: {}", m.line, describe(m));
    let mut found: Vec<(DisagreementKind, String, String)> = Vec::new();

    // Scorers: each txt goal against the store's goals of the same team.
    let goals_start = rec.goals.start as usize;
    let goals: Vec<Goal> = b.goals[goals_start..rec.goals.end as usize].to_vec();
    // Minutes the txt file gives for a goal the store has at another minute:
    // kept as the goal's other minute (policy P3: either source may be right).
    let mut other_minutes: Vec<(usize, u8)> = Vec::new();
    let mut used = vec![false; goals.len()];
    let mut name_map: HashMap<String, PlayerId> = HashMap::default();
    for g in &m.goals {
        let team = teams[g.side as usize];
        let mm = g.minute.map(|x| x.minute);
        let fits = |s: &Goal| s.team == team && (s.minute == mm || s.alt_minute == mm);
        let agree =
            |s: &Goal| super::goals::name_agreement(&b.players[s.player.index()].name, &g.name);
        let same_minute: Vec<usize> = (0..goals.len())
            .filter(|i| !used[*i] && fits(&goals[*i]))
            .collect();
        let pick = same_minute
            .iter()
            .copied()
            .max_by_key(|i| agree(&goals[*i]))
            .filter(|i| agree(&goals[*i]) > 0 || same_minute.len() == 1);
        if let Some(i) = pick {
            used[i] = true;
            let s = &goals[i];
            if agree(s) == 0 {
                found.push((
                    DisagreementKind::TxtScorer,
                    format!("{} {}", b.players[s.player.index()].name, s.minute_label()),
                    format!("{} {}", g.name, minute_label(g.minute)),
                ));
            }
            name_map.insert(normalize(&g.name), s.player);
            continue;
        }
        // The same scorer at another minute.
        let other = (0..goals.len())
            .filter(|i| !used[*i] && goals[*i].team == team && agree(&goals[*i]) > 0)
            .min_by_key(|i| (goals[*i].minute.unwrap_or(0) as i32 - mm.unwrap_or(0) as i32).abs());
        if let Some(i) = other {
            used[i] = true;
            let s = &goals[i];
            if let (None, Some(x)) = (s.alt_minute, mm) {
                other_minutes.push((goals_start + i, x));
            }
            found.push((
                DisagreementKind::TxtMinute,
                format!("{} {}", b.players[s.player.index()].name, s.minute_label()),
                format!("{} {}", g.name, minute_label(g.minute)),
            ));
            name_map.insert(normalize(&g.name), s.player);
        } else {
            found.push((
                DisagreementKind::TxtScorer,
                "no such goal".into(),
                format!("{} {}", g.name, minute_label(g.minute)),
            ));
        }
    }
    for (i, s) in goals.iter().enumerate() {
        if !used[i] {
            found.push((
                DisagreementKind::TxtScorer,
                format!("{} {}", b.players[s.player.index()].name, s.minute_label()),
                "no such goal".into(),
            ));
        }
    }

    // Line-ups.
    let mut on_pitch: Vec<(String, TeamId, PlayerId)> = Vec::new();
    for (side, lineup) in m.lineups.iter().enumerate() {
        let team = teams[side];
        for p in lineup {
            let key = normalize(&p.name);
            let player = match name_map.get(&key) {
                Some(id) => *id,
                None => b.player_normalized(&p.name, &key),
            };
            out.appearances.push(Appearance {
                match_id: id,
                team,
                player,
                started: p.on.is_none(),
                on: p.on.map(minute),
                off: p.off.map(minute),
            });
            on_pitch.push((key, team, player));
        }
    }
    let find = |name: &str, team: Option<TeamId>| {
        let key = normalize(name);
        on_pitch
            .iter()
            .find(|(k, t, _)| *k == key && team.is_none_or(|x| x == *t))
            .map(|(_, t, p)| (*t, *p))
    };
    for g in &m.goals {
        let scorer_team = if g.own_goal {
            teams[1 - g.side as usize]
        } else {
            teams[g.side as usize]
        };
        if !m.lineups[0].is_empty() && find(&g.name, Some(scorer_team)).is_none() {
            found.push((
                DisagreementKind::TxtLineup,
                String::new(),
                format!("scorer {} is not in the line-up", g.name),
            ));
        }
    }

    // Sendings-off.
    let year = b.matches[id.index()].date.year();
    for s in &m.sent_off {
        // A player sent off from the bench (Caniggia 2002) is found through
        // his other appearances for one of the two teams.
        let from_bench = || {
            let p = *b.player_by_name.get(&normalize(&s.name))?;
            let a = out
                .appearances
                .iter()
                .rev()
                .find(|a| a.player == p && teams.contains(&a.team))?;
            Some((a.team, p))
        };
        let Some((team, player)) = find(&s.name, None).or_else(from_bench) else {
            found.push((
                DisagreementKind::TxtLineup,
                String::new(),
                format!("{} sent off but not in the line-ups", s.name),
            ));
            continue;
        };
        let minute = s
            .minute
            .filter(|_| year >= PLACEHOLDER_SENT_OFF_MINUTE_BEFORE)
            .map(minute);
        out.sendings_off.push(SendingOff {
            match_id: id,
            team,
            player,
            minute,
        });
        if let Some((_, _, _, published)) = DISPUTED_SENT_OFF.iter().find(|(y, name, min, _)| {
            *y == year && *name == s.name && minute.is_some_and(|m| m.minute == *min)
        }) {
            found.push((
                DisagreementKind::DisputedMinute,
                format!("published records: {published}"),
                format!(
                    "{} sent off {}",
                    s.name,
                    minute.map(MatchMinute::label).unwrap_or_default()
                ),
            ));
        }
    }

    // Shoot-out kicks.
    for (side, kicks) in m.kicks.iter().enumerate() {
        let team = teams[side];
        for (i, k) in kicks.iter().enumerate() {
            let player = match find(&k.name, Some(team)) {
                Some((_, p)) => p,
                None => {
                    found.push((
                        DisagreementKind::TxtLineup,
                        String::new(),
                        format!("shoot-out taker {} is not in the line-up", k.name),
                    ));
                    b.player(&k.name)
                }
            };
            out.kicks.push(ShootoutKick {
                match_id: id,
                team,
                player,
                order: (i + 1).min(255) as u8,
                scored: k.scored,
            });
        }
        if let Some(p) = m.pens {
            let scored = kicks.iter().filter(|k| k.scored).count();
            if !kicks.is_empty() && scored != p[side] as usize {
                found.push((
                    DisagreementKind::TxtLineup,
                    format!("{} on penalties", Score::new(p[0], p[1])),
                    format!(
                        "{scored} kicks scored by {}",
                        if side == 0 { &m.team1 } else { &m.team2 }
                    ),
                ));
            }
        }
    }
    for (gi, x) in other_minutes {
        b.goals[gi].alt_minute = Some(x);
    }
    for (kind, a, o) in found {
        b.disagreements.push(Disagreement {
            match_id: Some(id),
            kind,
            results_csv: a,
            openfootball: o,
            note: note.clone(),
        });
    }
}

fn minute_label(m: Option<TxtMinute>) -> String {
    m.map_or_else(|| "?'".to_string(), |m| minute(m).label())
}

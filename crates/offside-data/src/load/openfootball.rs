//! openfootball's tournament JSON (worldcup.json, euro.json, copa.json): stage,
//! group, half-time, extra time, shoot-out score, stadium and stoppage-time
//! minutes, merged onto the results.csv matches.

use super::results::parse_date;
use super::Builder;
use crate::error::DataError;
use crate::files::DataFiles;
use crate::model::*;
use crate::store::{Disagreement, DisagreementKind};
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

/// Two layouts exist: a flat `matches` list, or `rounds` each holding its
/// matches (copa.json), where the round's name stands for `round`.
#[derive(Deserialize)]
struct OfFile {
    name: Option<String>,
    #[serde(default)]
    matches: Vec<OfMatch>,
    #[serde(default)]
    rounds: Vec<OfRound>,
}

#[derive(Deserialize)]
struct OfRound {
    name: String,
    matches: Vec<OfMatch>,
}

/// A team is a plain name, or an object with a name and a code.
#[derive(Deserialize)]
#[serde(untagged)]
enum OfTeam {
    Name(String),
    Object { name: String },
}

impl OfTeam {
    fn name(&self) -> &str {
        match self {
            OfTeam::Name(n) | OfTeam::Object { name: n } => n,
        }
    }
}

#[derive(Deserialize)]
struct OfMatch {
    #[serde(default)]
    round: String,
    date: String,
    time: Option<String>,
    team1: OfTeam,
    team2: OfTeam,
    score: Option<OfScore>,
    goals1: Option<Vec<OfGoal>>,
    goals2: Option<Vec<OfGoal>>,
    group: Option<String>,
    ground: Option<String>,
    status: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OfScore {
    Full {
        ft: Option<[u8; 2]>,
        ht: Option<[u8; 2]>,
        et: Option<[u8; 2]>,
        p: Option<[u8; 2]>,
    },
    Plain([u8; 2]),
}

#[derive(Deserialize)]
struct OfGoal {
    name: String,
    minute: Option<Minute>,
    offset: Option<u8>,
    #[serde(default)]
    penalty: bool,
    #[serde(default)]
    owngoal: bool,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Minute {
    Number(u8),
    Text(String),
}

/// A goal as openfootball gives it, attached to a results.csv match.
pub(crate) struct OfGoalRaw {
    pub team: TeamId,
    pub name: String,
    pub minute: Option<u8>,
    pub stoppage: Option<u8>,
    pub penalty: bool,
    pub own_goal: bool,
}

/// One openfootball file: an edition and its matches in file order.
pub(crate) struct OfEdition {
    pub competition: CompetitionId,
    pub year: u16,
    pub matches: Vec<MatchId>,
}

pub(crate) struct OfLoad {
    /// Goal lists per match, where openfootball has them.
    pub goals: HashMap<MatchId, Vec<OfGoalRaw>>,
    pub editions: Vec<OfEdition>,
}

/// The competition (results.csv spelling) each openfootball file belongs to.
fn competition_of(rel: &str) -> Option<&'static str> {
    let file = rel.rsplit('/').next()?;
    match file {
        "worldcup.json" => Some("FIFA World Cup"),
        "euro.json" => Some("UEFA Euro"),
        "copa.json" => Some("Copa América"),
        _ => None,
    }
}

/// Maps openfootball's round names onto stages. `group` tells a group round
/// from a knock-out round with a similar name ("First round" was a knock-out in
/// 1934 and 1938).
pub(crate) fn stage_of(round: &str, has_group: bool) -> Stage {
    let r = round.to_ascii_lowercase();
    if r.contains("third") {
        Stage::ThirdPlace
    } else if r.contains("semi") {
        Stage::SemiFinal
    } else if r.contains("quarter") {
        Stage::QuarterFinal
    } else if r.contains("round of 16") || r.contains("eighth") {
        Stage::RoundOf16
    } else if r.contains("round of 32") {
        Stage::RoundOf32
    } else if r.contains("preliminary") {
        Stage::Preliminary
    } else if r == "final round" {
        Stage::SecondGroup
    } else if r.starts_with("final") {
        Stage::Final
    } else if has_group || r.starts_with("matchday") || r.starts_with("group") {
        Stage::Group
    } else if r.starts_with("first round") {
        Stage::RoundOf16
    } else {
        Stage::Unknown
    }
}

fn parse_minute(m: &Option<Minute>, offset: Option<u8>) -> (Option<u8>, Option<u8>) {
    match m {
        None => (None, offset),
        Some(Minute::Number(n)) => (Some(*n), offset),
        Some(Minute::Text(t)) => match t.split_once('+') {
            Some((a, b)) => (a.trim().parse().ok(), b.trim().parse().ok().or(offset)),
            None => (t.trim().parse().ok(), offset),
        },
    }
}

/// The tournament files, read and parsed; touches no shared state, so it runs
/// on its own thread.
pub(crate) struct Parsed(Vec<(String, OfFile)>);

pub(crate) fn parse_all(files: &DataFiles) -> Result<Parsed, DataError> {
    let mut out = Vec::new();
    for rel in files
        .paths()
        .filter(|p| p.starts_with("openfootball/") && competition_of(p).is_some())
    {
        let path = files.display_path(rel);
        let bytes = files.require(rel)?;
        let mut file: OfFile = serde_json::from_slice(&bytes).map_err(|e| json_error(&path, e))?;
        for round in std::mem::take(&mut file.rounds) {
            for mut m in round.matches {
                if m.round.is_empty() {
                    m.round = round.name.clone();
                }
                file.matches.push(m);
            }
        }
        out.push((rel.to_string(), file));
    }
    Ok(Parsed(out))
}

/// Merges the parsed files onto the results.csv matches.
pub(crate) fn apply_all(
    files: &DataFiles,
    parsed: Parsed,
    b: &mut Builder,
) -> Result<OfLoad, DataError> {
    let mut out = OfLoad {
        goals: HashMap::default(),
        editions: Vec::new(),
    };
    for (rel, file) in parsed.0 {
        apply_file(files, &rel, file, b, &mut out)?;
    }
    Ok(out)
}

fn json_error(path: &str, e: serde_json::Error) -> DataError {
    DataError::malformed(path, e.line() as u64, e.to_string())
}

fn apply_file(
    files: &DataFiles,
    rel: &str,
    file: OfFile,
    b: &mut Builder,
    out: &mut OfLoad,
) -> Result<(), DataError> {
    let path = files.display_path(rel);
    let competition = b.competition(competition_of(rel).unwrap());
    // The year is the folder name ("worldcup/2022/worldcup.json"), else the name.
    let year = rel
        .split('/')
        .find_map(|part| part.parse::<u16>().ok())
        .or_else(|| file.name.as_deref()?.rsplit(' ').next()?.parse().ok())
        .ok_or_else(|| DataError::malformed(&path, 1, "cannot tell the edition's year"))?;
    let mut edition = OfEdition {
        competition,
        year,
        matches: Vec::new(),
    };
    for m in &file.matches {
        let (team1, team2) = (m.team1.name(), m.team2.name());
        if m.status.as_deref().is_some_and(|s| {
            s.eq_ignore_ascii_case("canceled") || s.eq_ignore_ascii_case("cancelled")
        }) {
            continue;
        }
        let Some(score) = &m.score else { continue };
        let (ft, ht, et, p) = match score {
            OfScore::Full { ft, ht, et, p } => (*ft, *ht, *et, *p),
            OfScore::Plain(s) => (Some(*s), None, None, None),
        };
        let Some(ft) = ft else { continue };
        let date = parse_date(&m.date).ok_or_else(|| {
            DataError::malformed(
                &path,
                1,
                format!("bad date `{}` in {} v {}", m.date, team1, team2),
            )
        })?;
        let (c1, c2) = (
            b.team_candidates(team1, date),
            b.team_candidates(team2, date),
        );
        if c1.is_empty() || c2.is_empty() {
            b.disagreements.push(Disagreement {
                match_id: None,
                kind: DisagreementKind::NameSpelling,
                results_csv: String::new(),
                openfootball: format!("{} {} v {}", m.date, team1, team2),
                note: format!(
                    "{path}: a team name matches no team in results.csv or the alias list"
                ),
            });
            continue;
        }
        let found_match = c1
            .iter()
            .flat_map(|t1| c2.iter().map(move |t2| (*t1, *t2)))
            .find_map(|(t1, t2)| b.find_match(date, t1, t2));
        let Some((id, same_order)) = found_match else {
            b.disagreements.push(Disagreement {
                match_id: None,
                kind: DisagreementKind::Missing,
                results_csv: String::new(),
                openfootball: format!("{} {} v {}", m.date, team1, team2),
                note: "match in openfootball with no row in results.csv".into(),
            });
            continue;
        };
        let orient = |s: [u8; 2]| {
            if same_order {
                Score::new(s[0], s[1])
            } else {
                Score::new(s[1], s[0])
            }
        };
        let final_score = orient(et.unwrap_or(ft));
        let described = format!("{} {} v {}", m.date, team1, team2);
        let rec = &mut b.matches[id.index()];
        let mut found = Vec::new();
        if rec.score != final_score {
            found.push((
                DisagreementKind::Score,
                rec.score.to_string(),
                final_score.to_string(),
            ));
        }
        if rec.date != date {
            found.push((
                DisagreementKind::Date,
                rec.date.to_string(),
                date.to_string(),
            ));
        }
        if let Some(ground) = &m.ground {
            let city = ground.rsplit(',').next().unwrap_or(ground).trim();
            let city = city.split(" (").next().unwrap_or(city);
            if !crate::names::normalize(ground).contains(&crate::names::normalize(&rec.city)) {
                found.push((
                    DisagreementKind::Venue,
                    rec.city.to_string(),
                    city.to_string(),
                ));
            }
        }
        rec.time = m.time.as_deref().map(Into::into);
        rec.full_time = Some(orient(ft));
        rec.half_time = ht.map(orient);
        rec.extra_time = et.is_some();
        if let Some(p) = p {
            let p = orient(p);
            let winner = if p.home > p.away { rec.home } else { rec.away };
            if let Some(so) = &rec.shootout {
                if so.winner != winner {
                    found.push((
                        DisagreementKind::Score,
                        "shoot-out winner".into(),
                        format!("pens {p}"),
                    ));
                }
            }
            rec.shootout = Some(Shootout {
                winner,
                score: Some(p),
            });
        }
        rec.stage = stage_of(&m.round, m.group.is_some());
        rec.group = m.group.as_deref().map(Into::into);
        rec.ground = m.ground.as_deref().map(Into::into);
        rec.sources.openfootball = true;
        let (home, away) = (rec.home, rec.away);
        for (kind, a, o) in found {
            b.disagreements.push(Disagreement {
                match_id: Some(id),
                kind,
                results_csv: a,
                openfootball: o,
                note: described.clone(),
            });
        }
        edition.matches.push(id);
        if m.goals1.is_some() || m.goals2.is_some() {
            let (team1, team2) = if same_order {
                (home, away)
            } else {
                (away, home)
            };
            let mut list = Vec::new();
            for (team, goals) in [(team1, &m.goals1), (team2, &m.goals2)] {
                for g in goals.iter().flatten() {
                    let (minute, stoppage) = parse_minute(&g.minute, g.offset);
                    list.push(OfGoalRaw {
                        team,
                        name: g.name.clone(),
                        minute,
                        stoppage,
                        penalty: g.penalty,
                        own_goal: g.owngoal,
                    });
                }
            }
            list.sort_by_key(|g| (g.minute.unwrap_or(0), g.stoppage.unwrap_or(0)));
            out.goals.insert(id, list);
        }
    }
    out.editions.push(edition);
    Ok(())
}

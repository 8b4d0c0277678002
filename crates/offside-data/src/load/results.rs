//! The international_results CSV files (martj42/international_results).

use super::Builder;
use crate::error::DataError;
use crate::files::DataFiles;
use crate::model::*;
use crate::store::{Disagreement, DisagreementKind};
use jiff::civil::Date;
use rustc_hash::FxHashMap as HashMap;

const RESULTS: &str = "international_results/results.csv";
const GOALSCORERS: &str = "international_results/goalscorers.csv";
const SHOOTOUTS: &str = "international_results/shootouts.csv";
const FORMER_NAMES: &str = "international_results/former_names.csv";

/// A goal row as goalscorers.csv gives it, attached to its match.
pub(crate) struct CsvGoal {
    pub match_id: MatchId,
    pub team: TeamId,
    pub player: PlayerId,
    pub minute: Option<u8>,
    pub own_goal: bool,
    pub penalty: bool,
}

/// goalscorers.csv parsed without the builder (so on its own thread): names
/// are interned locally and resolved to ids afterwards.
pub(crate) struct GoalRows {
    teams: Vec<String>,
    /// Scorer spellings with their normal form, computed on this thread.
    scorers: Vec<(String, String)>,
    rows: Vec<GoalRow>,
}

struct GoalRow {
    date: Date,
    home: u32,
    away: u32,
    team: u32,
    scorer: u32,
    minute: Option<u8>,
    own_goal: bool,
    penalty: bool,
}

/// Parses "YYYY-MM-DD".
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i16 = s[..4].parse().ok()?;
    let m: i8 = s[5..7].parse().ok()?;
    let d: i8 = s[8..10].parse().ok()?;
    Date::new(y, m, d).ok()
}

/// A CSV file read as rows of named fields, every error carrying file and line.
struct Table<'a> {
    path: String,
    reader: csv::Reader<std::io::Cursor<std::borrow::Cow<'a, [u8]>>>,
    columns: Vec<usize>,
}

impl<'a> Table<'a> {
    fn open(files: &'a DataFiles, rel: &str, wanted: &[&str]) -> Result<Self, DataError> {
        let path = files.display_path(rel);
        let bytes = files.require(rel)?;
        // Checked once for the whole file, so fields need no check of their own.
        if let Err(e) = std::str::from_utf8(&bytes) {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u64
                + 1;
            return Err(DataError::malformed(&path, line, "not valid UTF-8"));
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(std::io::Cursor::new(bytes));
        let headers = reader
            .byte_headers()
            .map_err(|e| DataError::malformed(&path, 1, e.to_string()))?
            .clone();
        let mut columns = Vec::new();
        for w in wanted {
            let pos = headers
                .iter()
                .position(|h| h == w.as_bytes())
                .ok_or_else(|| {
                    DataError::malformed(&path, 1, format!("missing column `{w}` in the header"))
                })?;
            columns.push(pos);
        }
        Ok(Self {
            path,
            reader,
            columns,
        })
    }

    /// Calls `f` with the line number and the wanted fields of every row.
    fn for_each(
        &mut self,
        mut f: impl FnMut(u64, &[&str]) -> Result<(), String>,
    ) -> Result<(), DataError> {
        let mut record = csv::ByteRecord::new();
        loop {
            let line = self.reader.position().line();
            match self.reader.read_byte_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => return Err(DataError::malformed(&self.path, line, e.to_string())),
            }
            let line = record.position().map(|p| p.line()).unwrap_or(line);
            let mut fields = [""; 12];
            for (slot, &c) in fields.iter_mut().zip(&self.columns) {
                let raw = record
                    .get(c)
                    .ok_or_else(|| DataError::malformed(&self.path, line, "too few fields"))?;
                // SAFETY: `open` checked that the whole file is UTF-8, and the
                // CSV reader splits only at ASCII bytes (commas, quotes, line
                // ends), so every field is a whole UTF-8 sequence.
                let s = unsafe { std::str::from_utf8_unchecked(raw) };
                *slot = s;
            }
            f(line, &fields[..self.columns.len()])
                .map_err(|m| DataError::malformed(&self.path, line, m))?;
        }
        Ok(())
    }
}

fn date_field(s: &str) -> Result<Date, String> {
    parse_date(s).ok_or_else(|| format!("bad date `{s}` (want YYYY-MM-DD)"))
}

fn bool_field(s: &str, what: &str) -> Result<bool, String> {
    match s {
        "TRUE" | "True" | "true" => Ok(true),
        "FALSE" | "False" | "false" | "" | "NA" => Ok(false),
        _ => Err(format!("bad {what} `{s}` (want TRUE or FALSE)")),
    }
}

fn score_field(s: &str, what: &str) -> Result<u8, String> {
    s.parse::<u8>()
        .map_err(|_| format!("bad {what} `{s}` (want a whole number)"))
}

pub(crate) fn load_former_names(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    if !files.contains(FORMER_NAMES) {
        return Ok(());
    }
    let mut t = Table::open(
        files,
        FORMER_NAMES,
        &["current", "former", "start_date", "end_date"],
    )?;
    t.for_each(|_, f| {
        let id = b.team(f[0]);
        let from = date_field(f[2])?;
        let to = date_field(f[3])?;
        b.teams[id.index()].former_names.push(FormerName {
            name: f[1].into(),
            from,
            to,
        });
        b.team_names.insert(f[1], id);
        Ok(())
    })
}

pub(crate) fn load_results(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    let mut places: HashMap<String, std::sync::Arc<str>> = HashMap::default();
    let mut place = move |s: &str| -> std::sync::Arc<str> {
        if let Some(p) = places.get(s) {
            return p.clone();
        }
        let p: std::sync::Arc<str> = s.into();
        places.insert(s.to_string(), p.clone());
        p
    };
    b.matches.reserve(50_000);
    let mut t = Table::open(
        files,
        RESULTS,
        &[
            "date",
            "home_team",
            "away_team",
            "home_score",
            "away_score",
            "tournament",
            "city",
            "country",
            "neutral",
        ],
    )?;
    t.for_each(|_, f| {
        let date = date_field(f[0])?;
        if f[1].is_empty() || f[2].is_empty() {
            return Err("empty team name".into());
        }
        if f[3] == "NA" || f[4] == "NA" {
            // A fixture not yet played.
            return Ok(());
        }
        let home = b.team(f[1]);
        let away = b.team(f[2]);
        let score = Score::new(
            score_field(f[3], "home_score")?,
            score_field(f[4], "away_score")?,
        );
        let competition = b.competition(f[5]);
        b.matches.push(Match {
            id: MatchId(0),
            date,
            time: None,
            home,
            away,
            score,
            full_time: None,
            half_time: None,
            extra_time: false,
            extra_time_basis: ExtraTimeBasis::Unknown,
            official: true,
            shootout: None,
            competition,
            edition: None,
            stage: Stage::Unknown,
            group: None,
            city: place(f[6]),
            country: place(f[7]),
            neutral: bool_field(f[8], "neutral")?,
            ground: None,
            goals: 0..0,
            scorers_complete: score.total() == 0,
            sources: Sources {
                results_csv: true,
                openfootball: false,
                football_txt: false,
            },
        });
        Ok(())
    })
}

pub(crate) fn load_shootouts(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    if !files.contains(SHOOTOUTS) {
        return Ok(());
    }
    let mut t = Table::open(
        files,
        SHOOTOUTS,
        &["date", "home_team", "away_team", "winner"],
    )?;
    let mut unmatched = Vec::new();
    let matches = &mut b.matches;
    let by_name = &b.team_by_name;
    let keys = &b.match_key;
    t.for_each(|_, f| {
        let date = date_field(f[0])?;
        let (Some(&h), Some(&a), Some(&w)) =
            (by_name.get(f[1]), by_name.get(f[2]), by_name.get(f[3]))
        else {
            unmatched.push(format!("{} {} v {}", f[0], f[1], f[2]));
            return Ok(());
        };
        match keys.get(&(date, h, a)).or_else(|| keys.get(&(date, a, h))) {
            Some(id) => {
                matches[id.index()].shootout = Some(Shootout {
                    winner: w,
                    score: None,
                })
            }
            None => unmatched.push(format!("{} {} v {}", f[0], f[1], f[2])),
        }
        Ok(())
    })?;
    for m in unmatched {
        b.disagreements.push(Disagreement {
            match_id: None,
            kind: DisagreementKind::Missing,
            results_csv: format!("shootouts.csv: {m}"),
            openfootball: String::new(),
            note: "shoot-out with no matching row in results.csv".into(),
        });
    }
    Ok(())
}

/// Reads goalscorers.csv into rows; touches no shared state, so it runs on
/// its own thread while results.csv is read.
pub(crate) fn parse_goalscorers(files: &DataFiles) -> Result<Option<GoalRows>, DataError> {
    if !files.contains(GOALSCORERS) {
        return Ok(None);
    }
    let mut t = Table::open(
        files,
        GOALSCORERS,
        &[
            "date",
            "home_team",
            "away_team",
            "team",
            "scorer",
            "minute",
            "own_goal",
            "penalty",
        ],
    )?;
    let mut out = GoalRows {
        teams: Vec::new(),
        scorers: Vec::new(),
        rows: Vec::with_capacity(50_000),
    };
    let mut team_ids: HashMap<String, u32> = HashMap::default();
    let mut scorer_ids: HashMap<String, u32> = HashMap::default();
    t.for_each(|_, f| {
        let date = date_field(f[0])?;
        let mut team = |name: &str| -> u32 {
            if let Some(i) = team_ids.get(name) {
                return *i;
            }
            let i = out.teams.len() as u32;
            out.teams.push(name.to_string());
            team_ids.insert(name.to_string(), i);
            i
        };
        let (home, away, team) = (team(f[1]), team(f[2]), team(f[3]));
        let scorer = match scorer_ids.get(f[4]) {
            Some(i) => *i,
            None => {
                let i = out.scorers.len() as u32;
                out.scorers
                    .push((f[4].to_string(), crate::names::normalize(f[4])));
                scorer_ids.insert(f[4].to_string(), i);
                i
            }
        };
        let minute = match f[5] {
            "" | "NA" => None,
            m => Some(
                m.parse::<f32>()
                    .map_err(|_| format!("bad minute `{m}` (want a number or NA)"))?
                    .clamp(0.0, 255.0) as u8,
            ),
        };
        out.rows.push(GoalRow {
            date,
            home,
            away,
            team,
            scorer,
            minute,
            own_goal: bool_field(f[6], "own_goal")?,
            penalty: bool_field(f[7], "penalty")?,
        });
        Ok(())
    })?;
    Ok(Some(out))
}

/// Ties parsed goal rows to matches and players.
pub(crate) fn resolve_goalscorers(rows: Option<GoalRows>, b: &mut Builder) -> Vec<CsvGoal> {
    let Some(rows) = rows else { return Vec::new() };
    let teams: Vec<Option<TeamId>> = rows
        .teams
        .iter()
        .map(|n| b.team_by_name.get(n).copied())
        .collect();
    let players: Vec<PlayerId> = rows
        .scorers
        .iter()
        .map(|(name, key)| b.player_normalized(name, key))
        .collect();
    let mut out = Vec::with_capacity(rows.rows.len());
    let mut unmatched = Vec::new();
    for r in &rows.rows {
        let ids = (
            teams[r.home as usize],
            teams[r.away as usize],
            teams[r.team as usize],
        );
        let found = match ids {
            (Some(h), Some(a), Some(team)) => b.match_key.get(&(r.date, h, a)).map(|m| (*m, team)),
            _ => None,
        };
        let Some((match_id, team)) = found else {
            unmatched.push(format!(
                "{} {} v {}: {}",
                r.date,
                rows.teams[r.home as usize],
                rows.teams[r.away as usize],
                rows.scorers[r.scorer as usize].0
            ));
            continue;
        };
        out.push(CsvGoal {
            match_id,
            team,
            player: players[r.scorer as usize],
            minute: r.minute,
            own_goal: r.own_goal,
            penalty: r.penalty,
        });
    }
    for m in unmatched {
        b.disagreements.push(Disagreement {
            match_id: None,
            kind: DisagreementKind::Missing,
            results_csv: format!("goalscorers.csv: {m}"),
            openfootball: String::new(),
            note: "goal with no matching match in results.csv".into(),
        });
    }
    out
}

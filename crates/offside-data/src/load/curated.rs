//! The hand-curated name lists in `data/names/` (tab-separated, `#` comments,
//! `;` between several values in one field).

use super::Builder;
use crate::error::DataError;
use crate::files::DataFiles;

pub const TEAMS: &str = "names/teams.tsv";
pub const COMPETITIONS: &str = "names/competitions.tsv";
pub const FORMER_NAMES: &str = "names/former_names.tsv";
pub const PLAYERS: &str = "names/players.tsv";
pub const TIEBREAKERS: &str = "rules/tiebreakers.tsv";
pub const UNOFFICIAL: &str = "rules/unofficial_matches.tsv";
pub const EXTRA_TIME: &str = "rules/extra_time.tsv";

/// Rows of a curated file with their line numbers, header skipped.
fn rows(files: &DataFiles, rel: &str) -> Result<Vec<(u64, Vec<String>)>, DataError> {
    let Some(bytes) = files.get(rel) else {
        return Ok(Vec::new());
    };
    let bytes = bytes?;
    let path = files.display_path(rel);
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64
            + 1;
        DataError::malformed(&path, line, "not valid UTF-8")
    })?;
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        out.push((
            i as u64 + 1,
            line.split('\t').map(|f| f.trim().to_string()).collect(),
        ));
    }
    Ok(out)
}

fn values(field: Option<&String>) -> impl Iterator<Item = &str> {
    field
        .map(String::as_str)
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The team a curated row names, exactly as results.csv writes it; an error
/// naming the file and line otherwise.
fn team_at(
    b: &Builder,
    path: &str,
    line: u64,
    name: &str,
) -> Result<crate::model::TeamId, DataError> {
    b.team_by_name
        .get(name)
        .copied()
        .ok_or_else(|| DataError::malformed(path, line, format!("unknown team `{name}`")))
}

/// A YYYY-MM-DD date of a curated row.
fn date_at(path: &str, line: u64, s: &str) -> Result<jiff::civil::Date, DataError> {
    s.parse::<jiff::civil::Date>()
        .map_err(|_| DataError::malformed(path, line, format!("bad date `{s}`")))
}

pub(crate) fn load_teams(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    let path = files.display_path(TEAMS);
    for (line, cols) in rows(files, TEAMS)? {
        let name = cols[0].as_str();
        if name.is_empty() {
            return Err(DataError::malformed(&path, line, "empty team name"));
        }
        let id = b.team(name);
        for alias in values(cols.get(1)) {
            b.teams[id.index()].aliases.push(alias.into());
            b.team_names.insert(alias, id);
        }
        for nick in values(cols.get(2)) {
            b.teams[id.index()].nicknames.push(nick.into());
            b.team_names.insert(nick, id);
        }
        for adj in values(cols.get(3)) {
            b.teams[id.index()].adjectives.push(adj.into());
        }
    }
    Ok(())
}

pub(crate) fn load_competitions(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    let path = files.display_path(COMPETITIONS);
    for (line, cols) in rows(files, COMPETITIONS)? {
        let name = cols[0].as_str();
        if name.is_empty() {
            return Err(DataError::malformed(&path, line, "empty competition name"));
        }
        let id = b.competition(name);
        for alias in values(cols.get(1)) {
            b.competitions[id.index()].aliases.push(alias.into());
            b.competition_names.insert(alias, id);
        }
    }
    Ok(())
}

pub(crate) fn load_tiebreakers(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    let path = files.display_path(TIEBREAKERS);
    for (line, cols) in rows(files, TIEBREAKERS)? {
        if cols.len() < 5 {
            return Err(DataError::malformed(
                &path,
                line,
                "want 5 tab-separated fields",
            ));
        }
        let competition = match cols[0].as_str() {
            "*" => None,
            name => Some(b.competition(name)),
        };
        let year = |s: &str| {
            s.parse::<u16>()
                .map_err(|_| DataError::malformed(&path, line, format!("bad year `{s}`")))
        };
        let win_points = cols[3]
            .parse::<u8>()
            .map_err(|_| DataError::malformed(&path, line, format!("bad points `{}`", cols[3])))?;
        let mut criteria = Vec::new();
        for c in values(cols.get(4)) {
            criteria.push(crate::model::Criterion::parse(c).ok_or_else(|| {
                DataError::malformed(&path, line, format!("unknown criterion `{c}`"))
            })?);
        }
        b.tiebreakers.push(crate::model::TieBreakRule {
            competition,
            from_year: year(&cols[1])?,
            to_year: year(&cols[2])?,
            win_points,
            criteria,
        });
    }
    Ok(())
}

/// Former names that `former_names.csv` leaves out (`names/former_names.tsv`):
/// West Germany, written "Germany" in results.csv. Loaded like the csv's
/// rows, so [`crate::Store::team_name_on`] and name look-ups treat both alike.
pub(crate) fn load_former_names(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    let path = files.display_path(FORMER_NAMES);
    for (line, cols) in rows(files, FORMER_NAMES)? {
        if cols.len() < 4 {
            return Err(DataError::malformed(
                &path,
                line,
                "want 4 tab-separated fields: current, former, from, to",
            ));
        }
        let id = team_at(b, &path, line, &cols[0])?;
        let (from, to) = (
            date_at(&path, line, &cols[2])?,
            date_at(&path, line, &cols[3])?,
        );
        b.teams[id.index()]
            .former_names
            .push(crate::model::FormerName {
                name: cols[1].as_str().into(),
                from,
                to,
            });
        b.team_names.insert(&cols[1], id);
    }
    Ok(())
}

/// Full names of players the sources know by one name (`names/players.tsv`),
/// added as variants so that "Ronaldo Nazário" finds the data's "Ronaldo".
/// A row whose player is unknown, or never played for its team, is an error
/// naming its line: a stale row would silently point a name at nobody, or at
/// the wrong man.
pub(crate) fn load_player_names(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    use crate::names::normalize;
    let path = files.display_path(PLAYERS);
    for (line, cols) in rows(files, PLAYERS)? {
        if cols.len() < 3 {
            return Err(DataError::malformed(
                &path,
                line,
                "want 3 tab-separated fields: player, team, also",
            ));
        }
        let Some(id) = b.player_by_name.get(&normalize(&cols[0])).copied() else {
            return Err(DataError::malformed(
                &path,
                line,
                format!("unknown player `{}`", cols[0]),
            ));
        };
        let team = team_at(b, &path, line, &cols[1])?;
        let played = b.goals.iter().any(|g| g.player == id && g.team == team)
            || b.appearances
                .iter()
                .any(|a| a.player == id && a.team == team);
        if !played {
            return Err(DataError::malformed(
                &path,
                line,
                format!("`{}` never scored or played for {}", cols[0], cols[1]),
            ));
        }
        for also in values(cols.get(2)) {
            if let Some(other) = b.player_by_name.get(&normalize(also)).copied() {
                // A source that once wrote the full name made a second
                // player of him (goalscorers.csv has one of Rivaldo's goals
                // under his full name): the same man if he played for the
                // same team only, so his records join the row's player.
                if other != id {
                    let elsewhere = b.goals.iter().any(|g| g.player == other && g.team != team)
                        || b.appearances
                            .iter()
                            .any(|a| a.player == other && a.team != team);
                    if elsewhere {
                        return Err(DataError::malformed(
                            &path,
                            line,
                            format!(
                                "`{also}` is another player's name, who played for another team"
                            ),
                        ));
                    }
                    b.merge_player(other, id);
                }
            }
            let variant: Box<str> = also.into();
            if !b.players[id.index()].variants.contains(&variant) {
                b.players[id.index()].variants.push(variant);
            }
        }
    }
    Ok(())
}

/// Marks the matches of `rules/unofficial_matches.tsv` unofficial. A row that
/// names no match of results.csv is an error naming its line: a curated list
/// that silently stops matching would make `--official-only` lie.
pub(crate) fn load_unofficial(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    let path = files.display_path(UNOFFICIAL);
    for (line, cols) in rows(files, UNOFFICIAL)? {
        if cols.len() < 4 {
            return Err(DataError::malformed(
                &path,
                line,
                "want 4 tab-separated fields: date, home, away, left_out_by",
            ));
        }
        let date = date_at(&path, line, &cols[0])?;
        let (home, away) = (
            team_at(b, &path, line, &cols[1])?,
            team_at(b, &path, line, &cols[2])?,
        );
        let Some(id) = b.match_key.get(&(date, home, away)).copied() else {
            return Err(DataError::malformed(
                &path,
                line,
                format!(
                    "no match {} v {} on {} in results.csv",
                    cols[1], cols[2], cols[0]
                ),
            ));
        };
        b.matches[id.index()].official = false;
    }
    Ok(())
}

/// One row of `rules/extra_time.tsv`.
#[derive(Clone, Debug)]
pub(crate) struct StraightToPenalties {
    pub competition: crate::model::CompetitionId,
    pub from_year: u16,
    pub to_year: u16,
    pub stages: Vec<crate::model::Stage>,
}

pub(crate) fn load_extra_time_rules(files: &DataFiles, b: &mut Builder) -> Result<(), DataError> {
    use crate::model::Stage;
    let path = files.display_path(EXTRA_TIME);
    for (line, cols) in rows(files, EXTRA_TIME)? {
        if cols.len() < 4 {
            return Err(DataError::malformed(
                &path,
                line,
                "want 4 tab-separated fields: competition, from, to, stages",
            ));
        }
        let Some(competition) = b.competition_by_name.get(cols[0].as_str()).copied() else {
            return Err(DataError::malformed(
                &path,
                line,
                format!("unknown competition `{}`", cols[0]),
            ));
        };
        let year = |s: &str| {
            s.parse::<u16>()
                .map_err(|_| DataError::malformed(&path, line, format!("bad year `{s}`")))
        };
        let mut stages = Vec::new();
        for s in values(cols.get(3)) {
            stages.push(match s {
                "round_of_16" => Stage::RoundOf16,
                "quarter_final" => Stage::QuarterFinal,
                "semi_final" => Stage::SemiFinal,
                "third_place" => Stage::ThirdPlace,
                "final" => Stage::Final,
                _ => {
                    return Err(DataError::malformed(
                        &path,
                        line,
                        format!("unknown stage `{s}`"),
                    ))
                }
            });
        }
        b.straight_to_penalties.push(StraightToPenalties {
            competition,
            from_year: year(&cols[1])?,
            to_year: year(&cols[2])?,
            stages,
        });
    }
    Ok(())
}

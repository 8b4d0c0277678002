//! The hand-curated name lists in `data/names/` (tab-separated, `#` comments,
//! `;` between several values in one field).

use super::Builder;
use crate::error::DataError;
use crate::files::DataFiles;

pub const TEAMS: &str = "names/teams.tsv";
pub const COMPETITIONS: &str = "names/competitions.tsv";
pub const TIEBREAKERS: &str = "rules/tiebreakers.tsv";

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

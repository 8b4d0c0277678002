//! One module per subcommand; this one loads the data and resolves names with
//! "did you mean" errors, which every command shares.

mod audit;
pub mod check;
mod queries;
mod summary;

use crate::args::{Cli, Command, DataCommand};
use anyhow::{bail, Context, Result};
use offside_data::{CompetitionId, EditionId, Lookup, PlayerId, Store, TeamId};
use std::mem::ManuallyDrop;

pub fn run(cli: Cli) -> Result<u8> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // Commands that need no data answer before it is loaded.
    match cli.command {
        Command::Schema(a) => return crate::schema::run(a, &mut out),
        Command::Completions(a) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            // Into a buffer first: clap_complete panics on a write error,
            // and `offside completions bash | head` closes the pipe.
            let mut script = Vec::new();
            clap_complete::generate(a.shell, &mut cmd, "offside", &mut script);
            std::io::Write::write_all(&mut out, &script)?;
            return Ok(0);
        }
        Command::Man(a) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            cmd.build();
            let page = match &a.subcommand {
                None => cmd,
                Some(name) => {
                    let Some(sub) = cmd.find_subcommand(name) else {
                        let names: Vec<&str> =
                            cmd.get_subcommands().map(|c| c.get_name()).collect();
                        bail!("no subcommand `{name}`; choose one of {}", names.join(", "));
                    };
                    let page_name: &'static str =
                        Box::leak(format!("offside-{}", sub.get_name()).into_boxed_str());
                    sub.clone().name(page_name)
                }
            };
            clap_mangen::Man::new(page).render(&mut out)?;
            return Ok(0);
        }
        _ => {}
    }
    // The process ends when the command does: freeing the store (and the
    // checker) piece by piece first would only delay the exit.
    let store = ManuallyDrop::new(load_store(&cli.global)?);
    let checker =
        |store| ManuallyDrop::new(offside_check::Checker::new(ManuallyDrop::into_inner(store)));
    match cli.command {
        Command::Match(a) => queries::match_(&store, a, &mut out),
        Command::Run(a) => queries::run(&store, a, &mut out),
        Command::Table(a) => queries::table(&store, a, &mut out),
        Command::H2h(a) => queries::h2h(&store, a, &mut out),
        Command::Player(a) => queries::player(&store, a, &mut out),
        Command::Records(a) => queries::records(&store, a, &mut out),
        Command::Summary(a) => summary::summary(&store, a, &mut out),
        Command::Data(DataCommand::Audit(a)) => audit::audit(&store, a, &mut out),
        Command::Check(a) => {
            let style = check::Style::new(cli.global.color);
            check::check(&checker(store), a, &style, &mut out)
        }
        Command::Eval(a) => check::eval(&checker(store), a, &mut out),
        Command::Schema(_) | Command::Completions(_) | Command::Man(_) => {
            unreachable!("answered above")
        }
        Command::Serve(a) => {
            let checker =
                std::sync::Arc::new(offside_check::Checker::new(ManuallyDrop::into_inner(store)));
            offside_server::serve_blocking(a.addr, checker)?;
            Ok(0)
        }
    }
}

pub fn load_store(global: &crate::args::Global) -> Result<Store> {
    match &global.data {
        Some(dir) => {
            let files = offside_data::DataFiles::from_dir(dir)
                .with_context(|| format!("cannot read data folder {}", dir.display()))?;
            offside_data::load(&files).context("cannot load data")
        }
        None => offside_data::load_embedded().context("cannot load the built-in data"),
    }
}

fn resolve<T>(what: &str, name: &str, l: Lookup<T>) -> Result<T> {
    match l {
        Lookup::Found(t) => Ok(t),
        Lookup::Ambiguous(choices) => {
            bail!(
                "{what} `{name}` is ambiguous; it could be: {}",
                choices.join(", ")
            )
        }
        Lookup::NotFound { suggestions } if suggestions.is_empty() => {
            bail!("unknown {what} `{name}`")
        }
        Lookup::NotFound { suggestions } => {
            bail!(
                "unknown {what} `{name}`; did you mean {}?",
                or_list(&suggestions)
            )
        }
    }
}

fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

pub fn team(store: &Store, name: &str) -> Result<TeamId> {
    resolve("team", name, store.lookup_team(name))
}
/// A team and its opponent, which must be two different teams: "England"
/// against "Three Lions" is one team twice, and a head-to-head of a team
/// with itself is nonsense, not a record of zero matches.
pub fn two_teams(store: &Store, team: &str, opponent: &str, cmd: &str) -> Result<(TeamId, TeamId)> {
    let t = self::team(store, team)?;
    let o = self::team(store, opponent)?;
    if t == o {
        let name = store.team_name(t);
        let same = if norm_eq(team, opponent) {
            format!("`{team}` is named twice")
        } else {
            format!("`{team}` and `{opponent}` are both {name}")
        };
        bail!(
            "{same}; give two different teams, e.g. `offside {cmd} {} {}`",
            quote(name),
            quote(a_rival(store, t))
        );
    }
    Ok((t, o))
}

fn norm_eq(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// A name as it would be typed in a shell: quoted when it has a space.
fn quote(name: &str) -> String {
    if name.contains(' ') {
        format!("\"{name}\"")
    } else {
        name.to_string()
    }
}

/// The opponent this team has met most often, for an example that works.
fn a_rival(store: &Store, t: TeamId) -> &str {
    let mut counts: std::collections::HashMap<TeamId, usize> = Default::default();
    for m in store.team_matches(t) {
        let other = if m.home == t { m.away } else { m.home };
        *counts.entry(other).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(id, n)| (*n, std::cmp::Reverse(id.0)))
        .map(|(id, _)| store.team_name(id))
        .unwrap_or("Scotland")
}

pub fn edition(store: &Store, name: &str) -> Result<EditionId> {
    resolve("edition", name, store.lookup_edition(name))
}
pub fn competition(store: &Store, name: &str) -> Result<CompetitionId> {
    resolve("competition", name, store.lookup_competition(name))
}
/// A player by name. One word that is the surname (or the only name) of
/// several players is ambiguous: the candidates are listed with their teams
/// and years rather than one picked ("Müller" could be Gerd, Thomas or
/// Brazil's Müller). Two ways narrow the candidates: the spelling as typed,
/// accents included ("Pelé" is not Abedi Pele), and `team`, the team he
/// played for ("Ronaldo" with Brazil).
pub fn player(store: &Store, name: &str, team: Option<TeamId>) -> Result<PlayerId> {
    let mut candidates = store.players_with_surname(name);
    if let Some(t) = team {
        if candidates.is_empty() {
            candidates = store.players_named_any(name);
        }
        candidates.retain(|p| store.player_goals_any_team(*p, t));
        match candidates.as_slice() {
            [one] => return Ok(*one),
            [] => bail!("no player `{name}` played for {}", store.team_name(t)),
            _ => {}
        }
    }
    // Only a spelling with accents narrows: "Pelé" is Pelé, but "Pele" may
    // be either (writers drop accents).
    if candidates.len() > 1 && !name.is_ascii() {
        let typed = name.trim().to_lowercase();
        let spelled: Vec<PlayerId> = candidates
            .iter()
            .copied()
            .filter(|p| {
                let n = store.player(*p).name.to_lowercase();
                n == typed || n.rsplit_once(' ').is_some_and(|(_, last)| last == typed)
            })
            .collect();
        if let [one] = spelled.as_slice() {
            return Ok(*one);
        }
    }
    if candidates.len() > 1 {
        let mut rows: Vec<(i16, String, bool)> = candidates
            .iter()
            .map(|p| {
                let teams = store.player_teams(*p);
                let first = teams.first().map_or(i16::MAX, |t| t.1);
                let spans: Vec<String> = teams
                    .iter()
                    .map(|(t, from, to)| {
                        let years = if from == to {
                            from.to_string()
                        } else {
                            format!("{from}-{to}")
                        };
                        format!("{}, {years}", store.team_name(*t))
                    })
                    .collect();
                let full = &store.player(*p).name;
                let shown = if spans.is_empty() {
                    full.to_string()
                } else {
                    format!("{full} ({})", spans.join("; "))
                };
                (first, shown, full.contains(' '))
            })
            .collect();
        rows.sort();
        rows.dedup_by(|a, b| a.1 == b.1);
        let example = rows
            .iter()
            .rev()
            .find(|r| r.2)
            .map(|r| r.1.split(" (").next().unwrap_or(&r.1).to_string());
        let list: Vec<String> = rows.iter().map(|r| format!("  {}", r.1)).collect();
        let hint = match example {
            Some(e) => format!("write the full name (`offside player \"{e}\"`) or add --team"),
            None => "add --team to pick one".to_string(),
        };
        bail!(
            "player `{name}` is ambiguous; it could be:\n{}\n{hint}",
            list.join("\n")
        );
    }
    resolve("player", name, store.lookup_player(name))
}

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
pub fn player(store: &Store, name: &str) -> Result<PlayerId> {
    resolve("player", name, store.lookup_player(name))
}

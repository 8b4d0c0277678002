//! The query subcommands: thin over offside-query, a table for people and
//! `--json` for scripts.

use crate::args::*;
use crate::render;
use anyhow::{bail, Result};
use offside_data::{Stage, Store};
use offside_query::*;
use std::io::Write;

pub fn match_(store: &Store, a: MatchArgs, out: &mut impl Write) -> Result<u8> {
    let (t, o) = super::two_teams(store, &a.team, &a.opponent, "match")?;
    let ed = a
        .edition
        .as_deref()
        .map(|e| super::edition(store, e))
        .transpose()?;
    let found: Vec<MatchDetail> = store
        .meetings(t, o)
        .filter(|m| a.date.is_none_or(|d| m.date == d))
        .filter(|m| a.year.is_none_or(|y| m.date.year() == y))
        .filter(|m| ed.is_none_or(|e| m.edition == Some(e)))
        .map(|m| MatchDetail::new(store, m))
        .collect();
    if found.is_empty() {
        bail!(
            "no match between {} and {} fits; try without --date/--year/--edition, or `offside h2h {} {}`",
            store.team_name(t),
            store.team_name(o),
            a.team,
            a.opponent
        );
    }
    if a.out.json {
        render::json(out, &serde_json::json!({ "matches": found }))?;
        return Ok(0);
    }
    // Without a filter, show the meetings as a list; with one, the full detail.
    if found.len() > 1 && a.date.is_none() {
        let rows: Vec<Vec<String>> = found.iter().map(|m| vec![m.summary.clone()]).collect();
        render::table(out, &["Match"], &rows)?;
        writeln!(
            out,
            "\n{} matches; add --date or --year for one match's detail.",
            found.len()
        )?;
        return Ok(0);
    }
    for m in &found {
        writeln!(out, "{}", m.summary)?;
        if let Some(g) = &m.ground {
            writeln!(out, "  venue:     {g}")?;
        } else {
            writeln!(out, "  venue:     {}, {}", m.city, m.country)?;
        }
        if let Some(ht) = m.half_time {
            writeln!(out, "  half-time: {ht}")?;
        }
        if m.extra_time {
            if let Some(ft) = m.full_time {
                writeln!(out, "  90 min:    {ft}")?;
            }
        }
        for g in &m.goals {
            let mut flags = String::new();
            if g.penalty {
                flags.push_str(" (pen.)");
            }
            if g.own_goal {
                flags.push_str(" (o.g.)");
            }
            let alt = g
                .alt_minute
                .map(|m| format!("  [other source: {m}']"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {:>7}  {}{} for {}{}",
                g.label, g.player, flags, g.team, alt
            )?;
        }
        if !m.scorers_complete && m.score.total() > 0 {
            writeln!(out, "  (scorer list incomplete in the data)")?;
        }
        write_squads(&m.squads, out)?;
    }
    Ok(0)
}

/// Line-ups, changes, sendings-off and shoot-out kicks, where the data has them.
fn write_squads(sq: &MatchSquads, out: &mut impl Write) -> Result<()> {
    for l in &sq.lineups {
        let starters: Vec<&str> = l
            .players
            .iter()
            .filter(|p| p.started)
            .map(|p| p.player.as_str())
            .collect();
        writeln!(out, "  {}: {}", l.team, starters.join(", "))?;
    }
    for c in &sq.changes {
        writeln!(
            out,
            "  {:>7}  {} on for {} ({})",
            c.minute, c.on, c.off, c.team
        )?;
    }
    for s in &sq.sendings_off {
        let minute = s.minute.as_deref().unwrap_or("?'");
        writeln!(out, "  {minute:>7}  {} sent off ({})", s.player, s.team)?;
    }
    if !sq.kicks.is_empty() {
        writeln!(
            out,
            "  shoot-out (each team's kicks in order; who kicked first is not in the data):"
        )?;
        let mut teams: Vec<&str> = Vec::new();
        for k in &sq.kicks {
            if !teams.contains(&k.team.as_str()) {
                teams.push(&k.team);
            }
        }
        for t in teams {
            let kicks: Vec<String> = sq
                .kicks
                .iter()
                .filter(|k| k.team == t)
                .map(|k| {
                    if k.scored {
                        k.player.clone()
                    } else {
                        format!("{} (missed)", k.player)
                    }
                })
                .collect();
            writeln!(out, "    {t}: {}", kicks.join(", "))?;
        }
    }
    Ok(())
}

pub fn run(store: &Store, a: RunArgs, out: &mut impl Write) -> Result<u8> {
    let t = super::team(store, &a.team)?;
    let e = super::edition(store, &a.edition)?;
    let Some(run) = team_run(store, t, e, AsOf(a.as_of.as_of)) else {
        bail!(
            "{} played no match at {}",
            store.team_name(t),
            store.edition_name(e)
        );
    };
    if a.out.json {
        render::json(out, &run)?;
        return Ok(0);
    }
    // The name of the day, with today's where it changed.
    if run.team == store.team_name(t) {
        writeln!(out, "{} at {}", run.team, run.edition)?;
    } else {
        let now = store.team_name(t);
        writeln!(out, "{} ({now} today) at {}", run.team, run.edition)?;
    }
    let rows: Vec<Vec<String>> = run
        .matches
        .iter()
        .map(|m| {
            let mut result = format!("{}-{}", m.goals_for, m.goals_against);
            if m.extra_time {
                result.push_str(" aet");
            }
            match m.shootout_won {
                Some(true) => result.push_str(" (won pens)"),
                Some(false) => result.push_str(" (lost pens)"),
                None => {}
            }
            let stage = match (&m.group, m.stage.is_group()) {
                (Some(g), true) => g.clone(),
                _ => m.stage.label().to_string(),
            };
            vec![
                m.date.to_string(),
                stage,
                m.opponent.clone(),
                format!("{:?}", m.outcome)
                    .chars()
                    .next()
                    .unwrap()
                    .to_string(),
                result,
            ]
        })
        .collect();
    render::table(out, &["Date", "Stage", "Opponent", "", "Score"], &rows)?;
    writeln!(out)?;
    let tally_row = |name: &str, t: &Tally| {
        vec![
            name.to_string(),
            t.played.to_string(),
            t.won.to_string(),
            t.drawn.to_string(),
            t.lost.to_string(),
            t.goals_for.to_string(),
            t.goals_against.to_string(),
            t.clean_sheets.to_string(),
        ]
    };
    let mut rows = vec![tally_row("group stage", &run.group_stage)];
    if run.knockout.played > 0 {
        rows.push(tally_row("knock-outs", &run.knockout));
    }
    rows.push(tally_row("overall", &run.overall));
    render::table(
        out,
        &["", ">P", ">W", ">D", ">L", ">GF", ">GA", ">Clean sheets"],
        &rows,
    )?;
    let reached = if run.champion {
        "won the final".to_string()
    } else if run.stage_reached == Stage::Final {
        "runners-up".to_string()
    } else {
        format!("reached the {}", run.stage_reached.label())
    };
    let by = run
        .eliminated_by
        .as_ref()
        .map(|b| format!(", knocked out by {b}"))
        .unwrap_or_default();
    writeln!(out, "\nStage: {reached}{by}. Shoot-outs count as draws.")?;
    Ok(0)
}

pub fn table(store: &Store, a: TableArgs, out: &mut impl Write) -> Result<u8> {
    let e = super::edition(store, &a.edition)?;
    let groups = match &a.group {
        Some(g) => vec![g.clone()],
        None => group_names(store, e),
    };
    if groups.is_empty() {
        bail!("{} has no group stage in the data", store.edition_name(e));
    }
    let mut tables = Vec::new();
    for g in &groups {
        match group_table(store, e, g, AsOf(a.as_of.as_of)) {
            Some(t) => tables.push(t),
            None => bail!(
                "{} has no group `{g}`; its groups are: {}",
                store.edition_name(e),
                group_names(store, e).join(", ")
            ),
        }
    }
    if a.out.json {
        // One shape whether one group was asked for or all of them.
        render::json(out, &serde_json::json!({ "groups": tables }))?;
        return Ok(0);
    }
    for (i, t) in tables.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{} — {}", t.edition, t.group)?;
        let rows: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| {
                vec![
                    if r.tied_with.is_empty() {
                        r.position.to_string()
                    } else {
                        format!("{}=", r.position)
                    },
                    r.team.clone(),
                    r.played.to_string(),
                    r.won.to_string(),
                    r.drawn.to_string(),
                    r.lost.to_string(),
                    r.goals_for.to_string(),
                    r.goals_against.to_string(),
                    format!("{:+}", r.goal_difference),
                    r.points.to_string(),
                ]
            })
            .collect();
        render::table(
            out,
            &[
                ">#", "Team", ">P", ">W", ">D", ">L", ">GF", ">GA", ">GD", ">Pts",
            ],
            &rows,
        )?;
        if t.unresolved {
            writeln!(out, "= level on every criterion in the data; fair-play points or lots decided the order.")?;
        }
    }
    Ok(0)
}

pub fn h2h(store: &Store, a: H2hArgs, out: &mut impl Write) -> Result<u8> {
    let (t, o) = super::two_teams(store, &a.team, &a.opponent, "h2h")?;
    let competition = a
        .competition
        .as_deref()
        .map(|c| super::competition(store, c))
        .transpose()?;
    let h = head_to_head_scoped(
        store,
        t,
        o,
        H2hFilter {
            from: a.from,
            as_of: AsOf(a.as_of.as_of),
            competition,
        },
        a.official_only,
    );
    if a.out.json {
        render::json(out, &h)?;
        return Ok(0);
    }
    writeln!(out, "{} v {}", h.team, h.opponent)?;
    render::table(
        out,
        &[">P", ">W", ">D", ">L", ">GF", ">GA"],
        &[vec![
            h.played.to_string(),
            h.won.to_string(),
            h.drawn.to_string(),
            h.lost.to_string(),
            h.goals_for.to_string(),
            h.goals_against.to_string(),
        ]],
    )?;
    if h.unofficial > 0 {
        let n = h.unofficial;
        let s = if n == 1 { "" } else { "es" };
        if h.official_only {
            writeln!(
                out,
                "left out: {n} unofficial match{s} (1945-46 Victory internationals)"
            )?;
        } else {
            writeln!(
                out,
                "includes {n} unofficial match{s} (1945-46 Victory internationals); --official-only leaves them out"
            )?;
        }
    }
    for (label, v) in [
        ("first meeting", &h.first_meeting),
        ("last meeting", &h.last_meeting),
        ("biggest win", &h.biggest_win),
        ("biggest defeat", &h.biggest_defeat),
    ] {
        if let Some(v) = v {
            writeln!(out, "{label:>15}: {v}")?;
        }
    }
    writeln!(out, "W/D/L from {}'s side; shoot-outs count as draws; results.csv includes unofficial wartime matches.", h.team)?;
    Ok(0)
}

pub fn player(store: &Store, a: PlayerArgs, out: &mut impl Write) -> Result<u8> {
    let team = a
        .team
        .as_deref()
        .map(|t| super::team(store, t))
        .transpose()?;
    let p = super::player(store, &a.name, team)?;
    let filter = PlayerFilter {
        competition: a
            .competition
            .as_deref()
            .map(|c| super::competition(store, c))
            .transpose()?,
        edition: a
            .edition
            .as_deref()
            .map(|e| super::edition(store, e))
            .transpose()?,
        as_of: AsOf(a.as_of.as_of),
    };
    let g = player_goals_in(store, p, filter);
    // Appearances: World Cup line-ups are the only ones in the data, so they
    // are shown for the World Cup whatever competition is asked for, and
    // only then.
    let wc = store
        .competitions
        .iter()
        .find(|c| &*c.name == "FIFA World Cup")
        .map(|c| c.id);
    let apps = wc
        .filter(|wc| filter.competition.is_none_or(|c| c == *wc))
        .map(|wc| player_appearances(store, p, Some(wc), filter.edition, filter.as_of))
        .filter(|a| a.total.matches > 0);
    if a.out.json {
        let mut v = serde_json::to_value(&g)?;
        if let (Some(obj), Some(apps)) = (v.as_object_mut(), &apps) {
            obj.insert("world_cup_appearances".into(), serde_json::to_value(apps)?);
        }
        render::json(out, &v)?;
        return Ok(0);
    }
    let bound = if g.lower_bound {
        " (at least: some of these matches have no scorer data)"
    } else {
        ""
    };
    writeln!(
        out,
        "{}: {} goals{bound}, {} penalties, {} own goals",
        g.player, g.goals, g.penalties, g.own_goals
    )?;
    if !g.by_competition.is_empty() {
        writeln!(out)?;
        let rows: Vec<Vec<String>> = g
            .by_competition
            .iter()
            .map(|(c, n)| vec![c.clone(), n.to_string()])
            .collect();
        render::table(out, &["Competition", ">Goals"], &rows)?;
    }
    if let Some(apps) = &apps {
        let t = apps.total;
        writeln!(
            out,
            "World Cup appearances: {} ({} started, {} as a substitute) at {} World Cups; {} sent off",
            t.matches, t.started, t.substitute, apps.editions, t.sent_off
        )?;
    }
    if !g.by_edition.is_empty() || apps.is_some() {
        writeln!(out)?;
        let mut rows: Vec<Vec<String>> = g
            .by_edition
            .iter()
            .map(|(c, n)| vec![c.clone(), n.to_string(), String::new(), String::new()])
            .collect();
        for (ed, c) in apps.iter().flat_map(|a| &a.by_edition) {
            let cells = [c.matches.to_string(), c.substitute.to_string()];
            match rows.iter_mut().find(|r| r[0] == *ed) {
                Some(r) => {
                    r[2] = cells[0].clone();
                    r[3] = cells[1].clone();
                }
                None => rows.push(vec![
                    ed.clone(),
                    "0".into(),
                    cells[0].clone(),
                    cells[1].clone(),
                ]),
            }
        }
        if apps.is_some() {
            // Editions in order of their year ("FIFA World Cup 2010").
            rows.sort_by_key(|r| r[0].rsplit(' ').next().and_then(|y| y.parse::<u16>().ok()));
            render::table(out, &["Edition", ">Goals", ">Apps", ">as sub"], &rows)?;
        } else {
            let rows: Vec<Vec<String>> = rows.into_iter().map(|r| r[..2].to_vec()).collect();
            render::table(out, &["Edition", ">Goals"], &rows)?;
        }
    }
    if a.edition.is_some() {
        writeln!(out)?;
        for l in &g.goal_list {
            writeln!(out, "  {l}")?;
        }
    }
    Ok(0)
}

pub fn records(store: &Store, a: RecordsArgs, out: &mut impl Write) -> Result<u8> {
    // "World Cup 2022" is an edition; "World Cup" alone, every edition of it.
    let has_year = a
        .edition
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4);
    let as_of = AsOf(a.as_of.as_of);
    let r = if has_year {
        let e = super::edition(store, &a.edition)?;
        offside_query::records(store, e, as_of, a.top.max(1))
    } else {
        let c = super::competition(store, &a.edition)?;
        offside_query::competition_records(store, c, as_of, a.top.max(1))
    };
    if a.out.json {
        render::json(out, &r)?;
        return Ok(0);
    }
    writeln!(
        out,
        "{}: {} matches, {} goals",
        r.edition, r.matches, r.goals
    )?;
    if let Some(c) = &r.champion {
        writeln!(out, "Champion: {c}")?;
    }
    writeln!(out)?;
    let rows: Vec<Vec<String>> = r
        .top_scorers
        .iter()
        .map(|s| vec![s.player.clone(), s.team.clone(), s.goals.to_string()])
        .collect();
    render::table(out, &["Top scorers", "Team", ">Goals"], &rows)?;
    writeln!(out, "\nBiggest wins:")?;
    for m in &r.biggest_wins {
        writeln!(out, "  {m}")?;
    }
    writeln!(out, "\nMost goals in a match:")?;
    for m in &r.most_goals {
        writeln!(out, "  {m}")?;
    }
    if !r.lineups_known {
        writeln!(
            out,
            "\nAppearances: line-ups are known for World Cups only (1930-2022)."
        )?;
        return Ok(0);
    }
    let years = |ys: &[u16]| {
        ys.iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(out)?;
    let rows: Vec<Vec<String>> = r
        .most_appearances
        .iter()
        .map(|x| {
            vec![
                x.player.clone(),
                x.team.clone(),
                x.matches.to_string(),
                x.started.to_string(),
            ]
        })
        .collect();
    render::table(
        out,
        &["Most appearances", "Team", ">Matches", ">Started"],
        &rows,
    )?;
    if !r.most_tournaments.is_empty() {
        writeln!(out)?;
        let rows: Vec<Vec<String>> = r
            .most_tournaments
            .iter()
            .map(|x| {
                vec![
                    x.player.clone(),
                    x.team.clone(),
                    x.years.len().to_string(),
                    years(&x.years),
                ]
            })
            .collect();
        render::table(
            out,
            &["Most tournaments played", "Team", ">N", "Years"],
            &rows,
        )?;
    }
    Ok(0)
}

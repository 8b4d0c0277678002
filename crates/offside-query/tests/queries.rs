//! Queries checked against the real data and against independent readings of
//! the vendored files.

use offside_data::*;
use offside_query::*;
use std::collections::HashSet;

mod common;
use common::{edition, store, team};

fn data_file(rel: &str) -> String {
    std::fs::read_to_string(format!("{}/../../data/{rel}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn england_at_the_2022_world_cup() {
    let run = team_run(
        store(),
        team("England"),
        edition("World Cup 2022"),
        AsOf::ALL,
    )
    .unwrap();
    assert_eq!((run.played, run.won, run.drawn, run.lost), (5, 3, 1, 1));
    assert_eq!((run.goals_for, run.goals_against), (13, 4));
    assert_eq!((run.group_stage.goals_for, run.knockout.goals_for), (9, 4));
    assert_eq!(run.clean_sheets, 3);
    assert_eq!(run.stage_reached, Stage::QuarterFinal);
    assert_eq!(run.eliminated_by.as_deref(), Some("France"));
    assert_eq!(run.matches[0].opponent, "Iran");
}

#[test]
fn as_of_cuts_the_run_short() {
    let before_qf = AsOf(parse_date("2022-12-08"));
    let run = team_run(
        store(),
        team("England"),
        edition("World Cup 2022"),
        before_qf,
    )
    .unwrap();
    assert_eq!((run.played, run.goals_for, run.goals_against), (4, 12, 2));
}

#[test]
fn shootout_counts_as_a_draw() {
    let run = team_run(
        store(),
        team("Argentina"),
        edition("World Cup 2022"),
        AsOf::ALL,
    )
    .unwrap();
    assert!(run.champion);
    assert_eq!((run.won, run.drawn, run.lost), (4, 2, 1));
    assert_eq!(run.overall.shootouts_won, 2);
}

#[test]
fn group_b_2022_final_order() {
    let t = group_table(store(), edition("World Cup 2022"), "Group B", AsOf::ALL).unwrap();
    let got: Vec<(&str, u32)> = t.rows.iter().map(|r| (r.team.as_str(), r.points)).collect();
    assert_eq!(
        got,
        [
            ("England", 7),
            ("United States", 5),
            ("Iran", 3),
            ("Wales", 1)
        ]
    );
    assert!(!t.unresolved);
}

/// 1998–2022: the first two of each group go through, and every round-of-16
/// tie pairs a group winner with a runner-up. A table that swapped first and
/// second would put two winners (or two runners-up) together.
#[test]
fn every_world_cup_group_since_1998_matches_the_bracket() {
    let s = store();
    for year in [1998, 2002, 2006, 2010, 2014, 2018, 2022] {
        let e = edition(&format!("World Cup {year}"));
        let groups = group_names(s, e);
        assert_eq!(groups.len(), 8, "{year}");
        let tables: Vec<GroupTable> = groups
            .iter()
            .map(|g| group_table(s, e, g, AsOf::ALL).unwrap())
            .collect();
        // Only one such tie went to fair-play points: Japan and Senegal, 2018
        // Group H. The data cannot split them, so the table must say so.
        for t in &tables {
            let split_by_fair_play = year == 2018 && t.group == "Group H";
            assert_eq!(
                t.rows[2].position == 2,
                split_by_fair_play,
                "{year} {}",
                t.group
            );
        }
        let winners: HashSet<TeamId> = tables.iter().map(|t| t.rows[0].team_id).collect();
        let runners_up: HashSet<TeamId> = tables
            .iter()
            .flat_map(|t| t.rows.iter().filter(|r| r.position == 2).map(|r| r.team_id))
            .collect();
        let r16: Vec<&Match> = s
            .edition(e)
            .matches
            .iter()
            .map(|m| s.match_(*m))
            .filter(|m| m.stage == Stage::RoundOf16)
            .collect();
        assert_eq!(r16.len(), 8, "{year}");
        for m in r16 {
            let ok = (winners.contains(&m.home) && runners_up.contains(&m.away))
                || (winners.contains(&m.away) && runners_up.contains(&m.home));
            assert!(
                ok,
                "{year}: {} does not pair a group winner with a runner-up",
                s.describe_match(m)
            );
        }
    }
}

/// openfootball's published standings for 2014 and 2018, position by position.
#[test]
fn tables_match_published_standings_2014_2018() {
    let s = store();
    for year in [2014, 2018] {
        let json: serde_json::Value = serde_json::from_str(&data_file(&format!(
            "openfootball/worldcup/{year}/worldcup.standings.json"
        )))
        .unwrap();
        let e = edition(&format!("World Cup {year}"));
        for g in json["groups"].as_array().unwrap() {
            let name = g["name"].as_str().unwrap();
            let table = group_table(s, e, name, AsOf::ALL).unwrap();
            for row in g["standings"].as_array().unwrap() {
                let pos = row["pos"].as_u64().unwrap() as usize;
                let t = team(row["team"]["name"].as_str().unwrap());
                assert_eq!(
                    table.rows[pos - 1].team_id,
                    t,
                    "{year} {name} position {pos}"
                );
                assert_eq!(
                    table.rows[pos - 1].points as u64,
                    row["pts"].as_u64().unwrap()
                );
            }
        }
    }
}

/// Euros with 24 teams: the top two of every group go through, the last never does.
#[test]
fn euro_groups_agree_with_who_went_through() {
    let s = store();
    for name in ["Euro 2020", "Euro 2024"] {
        let e = edition(name);
        let knockout: HashSet<TeamId> = s
            .edition(e)
            .matches
            .iter()
            .map(|m| s.match_(*m))
            .filter(|m| m.stage == Stage::RoundOf16)
            .flat_map(|m| [m.home, m.away])
            .collect();
        for g in group_names(s, e) {
            let t = group_table(s, e, &g, AsOf::ALL).unwrap();
            assert!(
                knockout.contains(&t.rows[0].team_id) && knockout.contains(&t.rows[1].team_id),
                "{name} {g}"
            );
            assert!(!knockout.contains(&t.rows[3].team_id), "{name} {g}");
        }
    }
}

/// The head-to-head totals equal a plain count over results.csv.
#[test]
fn england_scotland_matches_results_csv() {
    let (mut played, mut won, mut drawn, mut lost, mut gf, mut ga) = (0, 0, 0, 0, 0, 0);
    for line in data_file("international_results/results.csv")
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = line.split(',').collect();
        let (h, a) = (f[1], f[2]);
        let (hs, as_): (u32, u32) = (f[3].parse().unwrap_or(0), f[4].parse().unwrap_or(0));
        let (ours, theirs) = match (h, a) {
            ("England", "Scotland") => (hs, as_),
            ("Scotland", "England") => (as_, hs),
            _ => continue,
        };
        played += 1;
        gf += ours;
        ga += theirs;
        match ours.cmp(&theirs) {
            std::cmp::Ordering::Greater => won += 1,
            std::cmp::Ordering::Equal => drawn += 1,
            std::cmp::Ordering::Less => lost += 1,
        }
    }
    let h = head_to_head(
        store(),
        team("England"),
        team("Scotland"),
        H2hFilter::default(),
    );
    assert!(played > 100);
    assert_eq!(
        (
            h.played,
            h.won,
            h.drawn,
            h.lost,
            h.goals_for,
            h.goals_against
        ),
        (played, won, drawn, lost, gf, ga)
    );
    assert!(h.first_meeting.unwrap().starts_with("1872-11-30"));
}

#[test]
fn player_tallies_split_penalties_and_bound_careers() {
    let s = store();
    let Lookup::Found(p) = s.lookup_player("Kylian Mbappé") else {
        panic!()
    };
    let wc = player_goals_in(
        s,
        p,
        PlayerFilter {
            edition: Some(edition("World Cup 2022")),
            ..Default::default()
        },
    );
    assert_eq!(wc.goals, 8);
    assert!(wc.penalties >= 2);
    assert!(!wc.lower_bound);
    let career = player_goals(s, p, AsOf::ALL);
    assert!(career.goals > wc.goals);
    assert!(career.lower_bound, "France's friendlies have no scorers");
}

#[test]
fn records_of_an_edition() {
    let r = records(store(), edition("World Cup 2022"), AsOf::ALL, 1);
    assert_eq!(r.top_scorers[0].player, "Kylian Mbappé");
    assert_eq!(r.top_scorers[0].goals, 8);
    assert_eq!(r.champion.as_deref(), Some("Argentina"));
    assert_eq!(r.matches, 64);
}

#[test]
fn euro_2016_group_f_from_football_txt() {
    let s = store();
    let t = group_table(s, edition("Euro 2016"), "Group F", AsOf::ALL).unwrap();
    let order: Vec<&str> = t.rows.iter().map(|r| r.team.as_str()).collect();
    assert_eq!(order, ["Hungary", "Iceland", "Portugal", "Austria"]);
    let run = team_run(s, team("Portugal"), edition("Euro 2016"), AsOf::ALL).unwrap();
    let last = run.matches.last().unwrap();
    assert_eq!(
        (last.goals_for, last.goals_against, last.extra_time),
        (1, 0, true)
    );
}

#[test]
fn messi_world_cup_appearances_per_edition() {
    let s = store();
    let Lookup::Found(messi) = s.lookup_player("Lionel Messi") else {
        panic!()
    };
    let Lookup::Found(wc) = s.lookup_competition("World Cup") else {
        panic!()
    };
    let asof = AsOf(parse_date("2022-12-31"));
    let a = player_appearances(s, messi, Some(wc), None, asof);
    assert_eq!((a.total.matches, a.editions), (26, 5));
    let per: Vec<(&str, u32, u32)> = a
        .by_edition
        .iter()
        .map(|(e, c)| (e.as_str(), c.matches, c.substitute))
        .collect();
    assert_eq!(
        per,
        [
            ("FIFA World Cup 2006", 3, 2),
            ("FIFA World Cup 2010", 5, 0),
            ("FIFA World Cup 2014", 7, 0),
            ("FIFA World Cup 2018", 4, 0),
            ("FIFA World Cup 2022", 7, 0),
        ]
    );
    assert!(lineups_known(s, wc));
    let top = most_appearances(s, wc, asof, 1);
    assert_eq!(top[0].0, "Lionel Messi");
}

#[test]
fn the_2006_final_in_detail() {
    let s = store();
    let m = s
        .find_match(
            team("Italy"),
            team("France"),
            parse_date("2006-07-09").unwrap(),
        )
        .unwrap();
    let sq = MatchSquads::new(s, m);
    assert_eq!(sq.lineups.len(), 2);
    assert!(sq
        .lineups
        .iter()
        .all(|l| l.players.iter().filter(|p| p.started).count() == 11));
    assert_eq!(sq.changes.len(), 6);
    assert_eq!(sq.sendings_off.len(), 1);
    assert_eq!(sq.sendings_off[0].player, "Zinedine Zidane");
    assert_eq!(sq.sendings_off[0].minute.as_deref(), Some("110'"));
    let missed: Vec<&str> = sq
        .kicks
        .iter()
        .filter(|k| !k.scored)
        .map(|k| k.player.as_str())
        .collect();
    assert_eq!(missed, ["David Trezeguet"]);
}

/// Output names a team as it was on the day; today's name still finds it.
#[test]
fn teams_are_named_as_they_were() {
    let s = store();
    let run = |t: &str, e: &str| team_run(s, team(t), edition(e), AsOf::ALL).unwrap();
    assert_eq!(run("Germany", "World Cup 1974").team, "West Germany");
    assert_eq!(run("West Germany", "World Cup 1974").team, "West Germany");
    assert_eq!(run("Germany", "World Cup 1990").team, "West Germany");
    assert_eq!(run("Germany", "World Cup 1994").team, "Germany");
    assert_eq!(run("Russia", "Euro 1988").team, "Soviet Union");
    assert_eq!(run("Russia", "Euro 2008").team, "Russia");
    assert_eq!(run("DR Congo", "World Cup 1974").team, "Zaïre");
    // The opponent and the side that knocked a team out, on the day.
    let nl = run("Netherlands", "World Cup 1974");
    assert_eq!(nl.eliminated_by.as_deref(), Some("West Germany"));
    assert!(nl
        .matches
        .last()
        .unwrap()
        .summary
        .starts_with("1974-07-07 West Germany 2-1 Netherlands"));
    // A group table of 1974 has both German sides under their names of the day.
    let t = group_table(s, edition("World Cup 1974"), "Group 1", AsOf::ALL).unwrap();
    let names: Vec<&str> = t.rows.iter().map(|r| r.team.as_str()).collect();
    assert_eq!(names, ["German DR", "West Germany", "Chile", "Australia"]);
    // A match's detail keeps today's names beside them when one changed.
    let id = nl.match_ids.last().unwrap();
    let d = MatchDetail::new(s, s.match_(*id));
    assert_eq!(
        (d.home.as_str(), d.away.as_str()),
        ("West Germany", "Netherlands")
    );
    assert_eq!(
        d.teams_now,
        Some(["Germany".to_string(), "Netherlands".to_string()])
    );
    let later = run("Germany", "World Cup 2014");
    let d = MatchDetail::new(s, s.match_(*later.match_ids.last().unwrap()));
    assert_eq!((d.home.as_str(), d.teams_now), ("Germany", None));
}

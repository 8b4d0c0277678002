//! The merged store, checked against facts anyone can look up.

use offside_data::*;
use std::sync::OnceLock;

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| load_embedded().expect("embedded data loads"))
}

fn team(name: &str) -> TeamId {
    match store().lookup_team(name) {
        Lookup::Found(t) => t,
        other => panic!("{name}: {other:?}"),
    }
}

fn date(s: &str) -> Date {
    parse_date(s).unwrap()
}

#[test]
fn loads_every_results_row() {
    let s = store();
    assert!(s.matches.len() > 49_000, "{}", s.matches.len());
    assert!(s.goals.len() > 47_000, "{}", s.goals.len());
    assert!(s.matches.windows(2).all(|w| w[0].date <= w[1].date));
}

#[test]
fn world_cup_2022_final_merges_both_sources() {
    let s = store();
    let m = s
        .find_match(team("Argentina"), team("France"), date("2022-12-18"))
        .unwrap();
    assert_eq!(m.score, Score::new(3, 3));
    assert_eq!(m.full_time, Some(Score::new(2, 2)));
    assert_eq!(m.half_time, Some(Score::new(2, 0)));
    assert!(m.extra_time);
    let so = m.shootout.unwrap();
    assert_eq!(so.winner, team("Argentina"));
    assert_eq!(so.score, Some(Score::new(4, 2)));
    assert_eq!(m.stage, Stage::Final);
    assert!(m.scorers_complete);
    let goals = s.goals_of(m);
    assert_eq!(goals.len(), 6);
    let messi = goals
        .iter()
        .filter(|g| &*s.player(g.player).name == "Lionel Messi")
        .count();
    assert_eq!(messi, 2);
    // goalscorers.csv says 109, openfootball 108: both kept.
    let late = goals
        .iter()
        .find(|g| g.minute == Some(109) || g.minute == Some(108))
        .unwrap();
    assert!(late.alt_minute.is_some());
    assert_eq!(s.edition_name(m.edition.unwrap()), "FIFA World Cup 2022");
}

#[test]
fn stoppage_time_comes_from_openfootball() {
    let s = store();
    let m = s
        .find_match(team("England"), team("Iran"), date("2022-11-21"))
        .unwrap();
    let last = s.goals_of(m).last().unwrap();
    assert_eq!(last.minute_label(), "90+13'");
    assert!(last.penalty);
    assert_eq!(&*s.player(last.player).name, "Mehdi Taremi");
}

#[test]
fn names_and_aliases_resolve_to_one_team() {
    let s = store();
    assert_eq!(team("USA"), team("United States"));
    assert_eq!(team("West Germany"), team("Germany"));
    assert_eq!(team("côte d'ivoire"), team("Ivory Coast"));
    assert!(
        matches!(s.lookup_team("Englnd"), Lookup::NotFound { suggestions } if suggestions[0] == "England")
    );
}

#[test]
fn editions_are_named_by_their_year() {
    let s = store();
    for name in [
        "World Cup 2022",
        "2022 World Cup",
        "Euro 2020",
        "euro2024",
        "Copa America 2024",
    ] {
        assert!(matches!(s.lookup_edition(name), Lookup::Found(_)), "{name}");
    }
    let Lookup::Found(euro) = s.lookup_edition("Euro 2020") else {
        unreachable!()
    };
    assert_eq!(s.edition(euro).start.year(), 2021);
    let Lookup::Found(afcon) = s.lookup_edition("Africa Cup of Nations 2023") else {
        panic!("{:?}", s.lookup_edition("Africa Cup of Nations 2023"))
    };
    assert_eq!(s.champion(afcon), Some(team("Ivory Coast")));
}

#[test]
fn derived_editions_find_their_final() {
    let s = store();
    let Lookup::Found(copa) = s.lookup_edition("Copa America 2021") else {
        panic!()
    };
    assert_eq!(s.champion(copa), Some(team("Argentina")));
    let Lookup::Found(euro) = s.lookup_edition("Euro 2016") else {
        panic!()
    };
    assert_eq!(s.champion(euro), Some(team("Portugal")));
}

#[test]
fn second_group_round_is_told_apart() {
    let s = store();
    let m = s
        .find_match(team("England"), team("Spain"), date("1982-07-05"))
        .unwrap();
    assert_eq!(m.stage, Stage::SecondGroup);
}

#[test]
fn known_source_disagreements_are_listed() {
    let s = store();
    let minutes = s
        .disagreements
        .iter()
        .filter(|d| d.kind == DisagreementKind::Minute)
        .count();
    assert!(minutes >= 4, "{minutes}");
    assert!(s
        .disagreements
        .iter()
        .any(|d| d.kind == DisagreementKind::NameSpelling && d.openfootball.contains("Werghost")));
}

/// Champions of editions without a final in the data: leagues (Copa América
/// until 1967), play-offs, two-legged finals, and finals beside a third-place
/// match on the same day.
#[test]
fn champions_of_leagues_and_finals() {
    let s = store();
    let count = |comp: &str, team: &str| {
        let Lookup::Found(c) = s.lookup_competition(comp) else {
            panic!("{comp}")
        };
        s.editions_of(c)
            .filter(|e| e.end <= parse_date("2024-07-15").unwrap())
            .filter(|e| s.champion(e.id) == Some(self::team(team)))
            .count()
    };
    assert_eq!(count("Copa America", "Argentina"), 16);
    assert_eq!(count("Copa America", "Uruguay"), 15);
    assert_eq!(count("Africa Cup of Nations", "Nigeria"), 3);
    assert_eq!(count("Africa Cup of Nations", "Egypt"), 7);
    assert_eq!(count("World Cup", "Brazil"), 5);
    let Lookup::Found(wc1950) = s.lookup_edition("World Cup 1950") else {
        panic!()
    };
    assert_eq!(s.champion(wc1950), Some(team("Uruguay")));
}

/// A curated row that names no real match is an error naming its file and
/// line, not a silent no-op (the `--official-only` figures would lie).
#[test]
fn an_unofficial_row_naming_no_match_is_an_error_with_its_line() {
    let embedded = DataFiles::embedded().unwrap();
    let rel = "rules/unofficial_matches.tsv";
    let files = DataFiles::from_files(embedded.paths().map(|p| {
        let mut bytes = embedded.get(p).unwrap().unwrap().into_owned();
        if p == rel {
            bytes.extend_from_slice(b"1946-04-14\tScotland\tEngland\tEngland\ta day late\n");
        }
        (p.to_string(), bytes)
    }));
    let lines = embedded
        .get(rel)
        .unwrap()
        .unwrap()
        .iter()
        .filter(|b| **b == b'\n')
        .count();
    let err = load(&files).unwrap_err().to_string();
    assert!(err.contains("unofficial_matches.tsv"), "{err}");
    assert!(err.contains(&format!(":{}", lines + 1)), "{err}");
    assert!(
        err.contains("no match Scotland v England on 1946-04-14"),
        "{err}"
    );
}

/// `describe_match` writes its line piece by piece for speed; it must say
/// exactly what the plain `format!` version says, for every match.
#[test]
fn describe_match_reads_as_the_formatted_line() {
    let s = store();
    let plain = |m: &Match| {
        let mut out = format!(
            "{} {} {} {}",
            m.date,
            s.team_name_on(m.home, m.date),
            m.score,
            s.team_name_on(m.away, m.date)
        );
        if m.extra_time {
            out.push_str(" a.e.t.");
        }
        if let Some(so) = m.shootout {
            match so.score {
                Some(p) => {
                    let p = if so.winner == m.home { p } else { p.flipped() };
                    out.push_str(&format!(
                        ", {} won {p} on penalties",
                        s.team_name_on(so.winner, m.date)
                    ))
                }
                None => out.push_str(&format!(
                    ", {} won on penalties",
                    s.team_name_on(so.winner, m.date)
                )),
            }
        }
        let comp = match m.edition {
            Some(e) => s.edition_name(e),
            None => s.competition(m.competition).name.to_string(),
        };
        if m.stage == Stage::Unknown {
            out.push_str(&format!(" ({comp})"));
        } else if let (Some(g), true) = (&m.group, m.stage.is_group()) {
            out.push_str(&format!(" ({comp}, {g})"));
        } else {
            out.push_str(&format!(" ({comp}, {})", m.stage.label()));
        }
        out
    };
    for m in &s.matches {
        assert_eq!(s.describe_match(m), plain(m));
    }
}

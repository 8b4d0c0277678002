//! Line-ups, sendings-off, shoot-out kicks and the structure the Football.TXT
//! files add, checked against facts anyone can look up.

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

fn player(name: &str) -> PlayerId {
    match store().lookup_player(name) {
        Lookup::Found(p) => p,
        other => panic!("{name}: {other:?}"),
    }
}

fn date(s: &str) -> Date {
    parse_date(s).unwrap()
}

fn final_2006() -> &'static Match {
    store()
        .find_match(team("Italy"), team("France"), date("2006-07-09"))
        .unwrap()
}

#[test]
fn zidane_sent_off_in_the_2006_final() {
    let s = store();
    let m = final_2006();
    let off = s.sendings_off_in(m.id);
    assert_eq!(off.len(), 1);
    assert_eq!(off[0].player, player("Zinedine Zidane"));
    assert_eq!(off[0].team, team("France"));
    assert_eq!(off[0].minute, Some(MatchMinute::new(110, None)));
}

#[test]
fn trezeguet_missed_in_the_2006_shootout() {
    let s = store();
    let m = final_2006();
    let kicks = s.kicks_in(m.id);
    assert_eq!(kicks.len(), 9);
    let missed: Vec<&str> = kicks
        .iter()
        .filter(|k| !k.scored)
        .map(|k| &*s.player(k.player).name)
        .collect();
    assert_eq!(missed, ["David Trezeguet"]);
    let t = kicks.iter().find(|k| !k.scored).unwrap();
    assert_eq!((t.team, t.order), (team("France"), 2));
    // He came on in extra time.
    let app = s
        .appearances_in(m.id)
        .iter()
        .find(|a| a.player == t.player)
        .unwrap();
    assert!(!app.started);
    assert_eq!(app.on, Some(MatchMinute::new(100, None)));
}

#[test]
fn messi_world_cup_appearances() {
    let s = store();
    let wc = match s.lookup_competition("World Cup") {
        Lookup::Found(c) => c,
        other => panic!("{other:?}"),
    };
    let messi = player("Lionel Messi");
    let mut per_year: Vec<(i16, usize, usize)> = Vec::new();
    for a in s.player_appearances(messi) {
        let m = s.match_(a.match_id);
        if m.competition != wc {
            continue;
        }
        let y = m.date.year();
        match per_year.iter_mut().find(|x| x.0 == y) {
            Some(x) => {
                x.1 += 1;
                x.2 += usize::from(!a.started);
            }
            None => per_year.push((y, 1, usize::from(!a.started))),
        }
    }
    let counts: Vec<(i16, usize)> = per_year.iter().map(|x| (x.0, x.1)).collect();
    assert_eq!(
        counts,
        [(2006, 3), (2010, 5), (2014, 7), (2018, 4), (2022, 7)]
    );
    assert_eq!(per_year.iter().map(|x| x.1).sum::<usize>(), 26);
    assert_eq!(per_year[0].2, 2, "two of 2006 as a substitute");
}

#[test]
fn euro_2016_has_groups_and_extra_time() {
    let s = store();
    let m = s
        .find_match(team("Portugal"), team("France"), date("2016-07-10"))
        .unwrap();
    assert_eq!(m.score_for(team("Portugal")), Score::new(1, 0));
    assert!(m.extra_time);
    assert_eq!(m.stage, Stage::Final);
    let e = m.edition.unwrap();
    assert_eq!(s.edition_name(e), "UEFA Euro 2016");
    let group_f: Vec<&Match> = s
        .edition(e)
        .matches
        .iter()
        .map(|id| s.match_(*id))
        .filter(|m| m.group.as_deref() == Some("Group F"))
        .collect();
    assert_eq!(group_f.len(), 6);
    assert!(group_f.iter().all(|m| m.stage == Stage::Group));
}

#[test]
fn line_ups_for_every_world_cup_match() {
    let s = store();
    let wc = match s.lookup_competition("World Cup") {
        Lookup::Found(c) => c,
        other => panic!("{other:?}"),
    };
    let played: Vec<&Match> = s
        .matches
        .iter()
        .filter(|m| m.competition == wc && m.date.year() <= 2022)
        .collect();
    let with = played.iter().filter(|m| s.has_lineups(m.id)).count();
    assert!(with >= 960, "{with} of {}", played.len());
    assert_eq!(
        s.kicks
            .iter()
            .map(|k| k.match_id)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        35
    );
}

/// Every Football.TXT match finds its results.csv row with the same score;
/// what differs is listed, never resolved silently.
#[test]
fn football_txt_agrees_on_every_match() {
    let s = store();
    let n = |k: DisagreementKind| s.disagreements.iter().filter(|d| d.kind == k).count();
    assert_eq!(n(DisagreementKind::TxtMissing), 0);
    assert_eq!(n(DisagreementKind::TxtScore), 0);
    // Goals the txt files give to another name or minute (Zizinho, Gérson 65/66).
    assert!(n(DisagreementKind::TxtScorer) > 0 && n(DisagreementKind::TxtMinute) > 0);
    // Massing, Dezotti, Totti and Aboubakar: minutes the records contradict.
    assert_eq!(n(DisagreementKind::DisputedMinute), 4);
}

#[test]
fn no_final_in_the_british_home_championship() {
    let s = store();
    let bhc = match s.lookup_competition("British Home Championship") {
        Lookup::Found(c) => c,
        other => panic!("{other:?}"),
    };
    let staged: Vec<String> = s
        .matches
        .iter()
        .filter(|m| m.competition == bhc && m.stage != Stage::Unknown)
        .map(|m| s.describe_match(m))
        .collect();
    assert!(staged.is_empty(), "{staged:?}");
}

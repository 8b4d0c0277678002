//! The embedded store is decoded from what build.rs saved after loading
//! `data/`; `--data DIR` parses the files. Both must give the same store,
//! field for field.

use offside_data::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Every item of two lists equal, compared through their serialised form (so
/// a field added to the model is compared too); the first difference named.
fn same_items<T: Serialize>(what: &str, embedded: &[T], from_dir: &[T]) {
    assert_eq!(embedded.len(), from_dir.len(), "number of {what}");
    for (i, (a, b)) in embedded.iter().zip(from_dir).enumerate() {
        let (a, b) = (
            serde_json::to_value(a).unwrap(),
            serde_json::to_value(b).unwrap(),
        );
        assert!(
            a == b,
            "{what} #{i} differs:\n embedded: {a}\n from dir: {b}"
        );
    }
}

fn name_index<'a, T: Copy + Ord + 'a>(
    keys: impl Iterator<Item = (&'a str, &'a [T])>,
) -> BTreeMap<String, Vec<T>> {
    keys.map(|(k, v)| (k.to_string(), v.to_vec())).collect()
}

#[test]
fn embedded_store_equals_the_data_folder_loaded() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let files = DataFiles::from_dir(&dir).unwrap();
    let from_dir = load(&files).unwrap();
    let embedded = load_embedded().unwrap();
    let (e, d) = (&embedded, &from_dir);

    assert!(e.matches.len() > 49_000 && e.goals.len() > 47_000 && e.players.len() > 10_000);
    same_items("teams", &e.teams, &d.teams);
    same_items("competitions", &e.competitions, &d.competitions);
    same_items("players", &e.players, &d.players);
    same_items("editions", &e.editions, &d.editions);
    same_items("tie-break rules", &e.tiebreakers, &d.tiebreakers);
    same_items("matches", &e.matches, &d.matches);
    same_items("goals", &e.goals, &d.goals);
    same_items("appearances", &e.appearances, &d.appearances);
    same_items("sendings-off", &e.sendings_off, &d.sendings_off);
    same_items("shoot-out kicks", &e.kicks, &d.kicks);
    // Messages name the folder the files came from; the embedded copy calls it "data/".
    let folder = files.display_path("");
    let mut d_disagreements = d.disagreements.clone();
    for x in &mut d_disagreements {
        for s in [&mut x.results_csv, &mut x.openfootball, &mut x.note] {
            *s = s.replace(&folder, "data/");
        }
    }
    same_items("disagreements", &e.disagreements, &d_disagreements);

    // The indexes, through the public API.
    assert_eq!(
        name_index(e.team_name_keys()),
        name_index(d.team_name_keys())
    );
    assert_eq!(
        name_index(e.player_name_keys()),
        name_index(d.player_name_keys())
    );
    assert_eq!(
        name_index(e.competition_name_keys()),
        name_index(d.competition_name_keys())
    );
    for t in &d.teams {
        let ids = |s: &Store| s.team_matches(t.id).map(|m| m.id).collect::<Vec<_>>();
        assert_eq!(ids(e), ids(d), "matches of {}", t.name);
    }
    for p in &d.players {
        let goals = |s: &Store| {
            s.player_goals(p.id)
                .map(|g| (g.match_id, g.score_after))
                .collect::<Vec<_>>()
        };
        assert_eq!(goals(e), goals(d), "goals of {}", p.name);
        let apps = |s: &Store| s.player_appearances(p.id).copied().collect::<Vec<_>>();
        assert_eq!(apps(e), apps(d), "appearances of {}", p.name);
    }
    for c in &d.competitions {
        let ids = |s: &Store| s.editions_of(c.id).map(|x| x.id).collect::<Vec<_>>();
        assert_eq!(ids(e), ids(d), "editions of {}", c.name);
    }

    // A few look-ups end to end.
    for name in ["Harry Kane", "Messi", "Werghost", "Taremi"] {
        assert_eq!(e.lookup_player(name), d.lookup_player(name), "{name}");
    }
    for name in ["USA", "Three Lions", "Englnd"] {
        assert_eq!(e.lookup_team(name), d.lookup_team(name), "{name}");
    }
    for name in ["World Cup 2022", "Euro 2020", "Copa America 2024"] {
        assert_eq!(e.lookup_edition(name), d.lookup_edition(name), "{name}");
    }
}

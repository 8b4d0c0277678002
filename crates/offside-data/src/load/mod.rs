//! Builds the [`Store`] from the raw files: results.csv is the spine (one row
//! per real match); shoot-outs, goalscorers and openfootball enrich it; the
//! curated name lists tie the spellings together.

mod curated;
mod editions;
pub mod football_txt;
mod goals;
mod openfootball;
mod results;
mod txt;

use crate::error::DataError;
use crate::files::DataFiles;
use crate::model::*;
use crate::names::NameIndex;
use crate::store::Store;
use rustc_hash::FxHashMap as HashMap;

pub(crate) use results::parse_date;

/// The store built from the data compiled into the binary. build.rs ran
/// [`load`] over `data/` and saved the result; this decodes it (a few
/// milliseconds, no text parsing), giving the same store `load` would.
pub fn load_embedded() -> Result<Store, DataError> {
    let mut store = crate::snapshot::decode_embedded(crate::embedded::SNAPSHOT)?;
    store.embedded = true;
    Ok(store)
}

/// Loads and indexes a set of data files. Curated name lists missing from
/// `files` are taken from the embedded copy, so `--data` can point at a bare
/// copy of the upstream data sets.
pub fn load(files: &DataFiles) -> Result<Store, DataError> {
    let embedded;
    let names_src = if files.contains(curated::TEAMS) {
        files
    } else {
        embedded = DataFiles::embedded()?;
        &embedded
    };
    let rules_src = if files.contains(curated::TIEBREAKERS) {
        files
    } else {
        names_src
    };
    // The two big independent parses run beside results.csv (2 cores here).
    std::thread::scope(|scope| {
        let goal_rows = scope.spawn(|| results::parse_goalscorers(files));
        let of_parsed = scope.spawn(|| openfootball::parse_all(files));
        let txt_parsed = scope.spawn(|| txt::parse_all(files));
        let mut b = Builder::default();
        curated::load_teams(names_src, &mut b)?;
        curated::load_competitions(names_src, &mut b)?;
        curated::load_tiebreakers(rules_src, &mut b)?;
        results::load_former_names(files, &mut b)?;
        curated::load_former_names(names_src, &mut b)?;
        results::load_results(files, &mut b)?;
        b.index_matches();
        results::load_shootouts(files, &mut b)?;
        curated::load_unofficial(rules_src, &mut b)?;
        curated::load_extra_time_rules(rules_src, &mut b)?;
        let goal_rows = goal_rows.join().expect("goalscorers parser panicked")?;
        let csv_goals = results::resolve_goalscorers(goal_rows, &mut b);
        let of = openfootball::apply_all(
            files,
            of_parsed.join().expect("openfootball parser panicked")?,
            &mut b,
        )?;
        goals::merge_goals(&mut b, csv_goals, of.goals);
        let txt_parsed = txt_parsed.join().expect("Football.TXT parser panicked")?;
        let mut editions = txt::apply_all(files, txt_parsed, &of.editions, &mut b);
        curated::load_player_names(names_src, &mut b)?;
        editions.splice(0..0, of.editions);
        editions::build_editions(&mut b, editions);
        Ok(b.finish())
    })
}

/// Mutable state while loading; `finish` freezes it into a `Store`.
#[derive(Default)]
pub(crate) struct Builder {
    pub teams: Vec<Team>,
    pub team_names: NameIndex<TeamId>,
    /// Canonical name (exact) to id, for the CSV files, which use one spelling.
    pub team_by_name: HashMap<String, TeamId>,
    pub competitions: Vec<Competition>,
    pub competition_names: NameIndex<CompetitionId>,
    pub competition_by_name: HashMap<String, CompetitionId>,
    pub matches: Vec<Match>,
    /// (date, home, away) to match, in results.csv's orientation.
    pub match_key: HashMap<(jiff::civil::Date, TeamId, TeamId), MatchId>,
    pub players: Vec<Player>,
    /// Normal form of each player's name, by id.
    pub player_keys: Vec<String>,
    pub player_by_name: HashMap<String, PlayerId>,
    pub goals: Vec<Goal>,
    pub editions: Vec<Edition>,
    pub disagreements: Vec<crate::store::Disagreement>,
    pub tiebreakers: Vec<TieBreakRule>,
    pub appearances: Vec<Appearance>,
    pub sendings_off: Vec<SendingOff>,
    pub kicks: Vec<ShootoutKick>,
    /// Players from here on appear only in line-ups (no goal); they stay out
    /// of the scorers' name index.
    pub first_squad_player: usize,
    /// Rows of `rules/extra_time.tsv`: where a knock-out draw went straight
    /// to penalties. Used while building editions, not kept in the store.
    pub straight_to_penalties: Vec<curated::StraightToPenalties>,
}

impl Builder {
    pub fn team(&mut self, name: &str) -> TeamId {
        if let Some(id) = self.team_by_name.get(name) {
            return *id;
        }
        let id = TeamId(self.teams.len() as u16);
        self.teams.push(Team {
            id,
            name: name.into(),
            aliases: Vec::new(),
            nicknames: Vec::new(),
            adjectives: Vec::new(),
            former_names: Vec::new(),
        });
        self.team_by_name.insert(name.to_string(), id);
        self.team_names.insert(name, id);
        id
    }

    pub fn competition(&mut self, name: &str) -> CompetitionId {
        if let Some(id) = self.competition_by_name.get(name) {
            return *id;
        }
        let id = CompetitionId(self.competitions.len() as u16);
        self.competitions.push(Competition {
            id,
            name: name.into(),
            aliases: Vec::new(),
        });
        self.competition_by_name.insert(name.to_string(), id);
        self.competition_names.insert(name, id);
        id
    }

    pub fn player(&mut self, name: &str) -> PlayerId {
        self.player_normalized(name, &crate::names::normalize(name))
    }

    /// Folds a second record of one man into the first: his goals, line-ups,
    /// kicks and sendings-off move over, his name becomes a variant and finds
    /// the first. The emptied record keeps its id (ids are positions) with an
    /// empty key, which `finish` leaves out of the name index.
    pub fn merge_player(&mut self, from: PlayerId, into: PlayerId) {
        for g in &mut self.goals {
            if g.player == from {
                g.player = into;
            }
        }
        for a in &mut self.appearances {
            if a.player == from {
                a.player = into;
            }
        }
        for k in &mut self.kicks {
            if k.player == from {
                k.player = into;
            }
        }
        for s in &mut self.sendings_off {
            if s.player == from {
                s.player = into;
            }
        }
        let name = self.players[from.index()].name.clone();
        if !self.players[into.index()].variants.contains(&name) {
            self.players[into.index()].variants.push(name);
        }
        let key = std::mem::take(&mut self.player_keys[from.index()]);
        self.player_by_name.insert(key, into);
    }

    /// The player with this name's normal form, created on first sight.
    pub fn player_normalized(&mut self, name: &str, key: &str) -> PlayerId {
        if let Some(id) = self.player_by_name.get(key) {
            return *id;
        }
        let id = PlayerId(self.players.len() as u32);
        self.players.push(Player {
            id,
            name: name.into(),
            variants: Vec::new(),
        });
        self.player_keys.push(key.to_string());
        self.player_by_name.insert(key.to_string(), id);
        id
    }

    /// Every team a source's name may mean on `date`: the exact name first,
    /// then aliases, then former names in use on that date ("Yugoslavia" in
    /// 1998 was FR Yugoslavia, now Serbia; "Ireland" in 1990 was the Republic,
    /// not the pre-1956 name of Northern Ireland).
    pub fn team_candidates(&self, name: &str, date: jiff::civil::Date) -> Vec<TeamId> {
        let mut out = Vec::new();
        if let Some(id) = self.team_by_name.get(name) {
            out.push(*id);
        }
        let key = crate::names::normalize(name);
        for id in self.team_names.get_normalized(&key) {
            let t = &self.teams[id.index()];
            let only_former = crate::names::normalize(&t.name) != key
                && !t
                    .aliases
                    .iter()
                    .chain(&t.nicknames)
                    .any(|a| crate::names::normalize(a) == key);
            let former_in_use = t
                .former_names
                .iter()
                .any(|f| crate::names::normalize(&f.name) == key && f.from <= date && date <= f.to);
            if (!only_former || former_in_use) && !out.contains(id) {
                out.push(*id);
            }
        }
        let suffix = format!(" {key}");
        for t in &self.teams {
            let fits = t.former_names.iter().any(|f| {
                f.from <= date && date <= f.to && {
                    let f_key = crate::names::normalize(&f.name);
                    f_key != key && f_key.ends_with(&suffix)
                }
            });
            if fits && !out.contains(&t.id) {
                out.push(t.id);
            }
        }
        out
    }

    fn index_matches(&mut self) {
        // results.csv is in date order; keep the sort stable so same-day matches
        // stay in file order.
        self.matches.sort_by_key(|m| m.date);
        for (i, m) in self.matches.iter_mut().enumerate() {
            m.id = MatchId(i as u32);
        }
        self.match_key = self
            .matches
            .iter()
            .map(|m| ((m.date, m.home, m.away), m.id))
            .collect();
    }

    /// The match with these teams on this date or a day either side (sources
    /// record some late kick-offs on the next day's date), and whether it is
    /// in the same home/away order.
    pub fn find_match(
        &self,
        date: jiff::civil::Date,
        a: TeamId,
        b: TeamId,
    ) -> Option<(MatchId, bool)> {
        let day = jiff::ToSpan::days(1);
        let dates = [
            Some(date),
            date.checked_sub(day).ok(),
            date.checked_add(day).ok(),
        ];
        for d in dates.into_iter().flatten() {
            if let Some(id) = self.match_key.get(&(d, a, b)) {
                return Some((*id, true));
            }
            if let Some(id) = self.match_key.get(&(d, b, a)) {
                return Some((*id, false));
            }
        }
        None
    }

    fn finish(self) -> Store {
        let mut player_names = NameIndex::default();
        // Surnames count only where one scorer carries them; full names always.
        let mut surname_count: HashMap<String, Vec<PlayerId>> = HashMap::default();
        let scorers = self.first_squad_player.min(self.players.len());
        let mut alt_keys: Vec<(String, PlayerId)> = Vec::new();
        for (p, norm) in self.players[..scorers].iter().zip(&self.player_keys) {
            if norm.is_empty() {
                continue; // merged into another record
            }
            player_names.insert_normalized(norm.clone(), p.id);
            for v in &p.variants {
                player_names.insert(v, p.id);
            }
            if let Some(last) = norm.rsplit(' ').next() {
                if last != norm {
                    surname_count
                        .entry(last.to_string())
                        .or_default()
                        .push(p.id);
                    // "Gazinskiy" for the data's "Gazinsky": the other
                    // romanisation finds him too, by full name or surname.
                    for alt in crate::names::romanisations(last) {
                        let stem = &norm[..norm.len() - last.len()];
                        alt_keys.push((format!("{stem}{alt}"), p.id));
                        surname_count.entry(alt).or_default().push(p.id);
                    }
                }
            }
        }
        for (key, id) in alt_keys {
            if player_names.get_normalized(&key).is_empty() {
                player_names.insert_normalized(key, id);
            }
        }
        for (surname, ids) in surname_count {
            if player_names.get_normalized(&surname).is_empty() {
                for id in ids {
                    player_names.insert(&surname, id);
                }
            }
        }
        let mut store = Store {
            teams: self.teams,
            players: self.players,
            competitions: self.competitions,
            editions: self.editions,
            matches: self.matches,
            goals: self.goals,
            disagreements: self.disagreements,
            appearances: self.appearances,
            sendings_off: self.sendings_off,
            kicks: self.kicks,
            tiebreakers: self.tiebreakers,
            team_names: crate::names::LazyIndex::ready(self.team_names),
            player_names: crate::names::LazyIndex::ready(player_names),
            competition_names: self.competition_names,
            by_team: Vec::new(),
            by_player: Vec::new(),
            apps_by_player: Vec::new(),
            squad_names: Default::default(),
            by_competition: Vec::new(),
            champions: Default::default(),
            embedded: false,
        };
        store.build_indexes();
        store
    }
}

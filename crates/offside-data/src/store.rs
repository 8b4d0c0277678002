//! The immutable, indexed store every query reads. Built once by
//! [`crate::load`], then shared read-only.

use crate::model::*;
use crate::names::{normalize, LazyIndex, NameIndex};
use jiff::civil::Date;
use serde::Serialize;

#[derive(Debug, Default)]
pub struct Store {
    pub teams: Vec<Team>,
    pub players: Vec<Player>,
    pub competitions: Vec<Competition>,
    pub editions: Vec<Edition>,
    /// All matches, sorted by date; `MatchId` is the position.
    pub matches: Vec<Match>,
    /// All goals, grouped by match in match order, in order of play within a match.
    pub goals: Vec<Goal>,
    pub disagreements: Vec<Disagreement>,
    /// Line-up entries, grouped by match in match order (World Cups only).
    pub appearances: Vec<Appearance>,
    /// Sendings-off, grouped by match in match order.
    pub sendings_off: Vec<SendingOff>,
    /// Shoot-out kicks, grouped by match in match order, each team's in order.
    pub kicks: Vec<ShootoutKick>,
    /// Group-table rules, first fitting row wins (see [`Store::tiebreak_rule`]).
    pub tiebreakers: Vec<TieBreakRule>,
    pub(crate) team_names: LazyIndex<TeamId>,
    pub(crate) player_names: LazyIndex<PlayerId>,
    pub(crate) competition_names: NameIndex<CompetitionId>,
    /// Per team, its matches in date order.
    pub(crate) by_team: Vec<Vec<MatchId>>,
    /// Per player, their goals (indexes into `goals`).
    pub(crate) by_player: Vec<Vec<u32>>,
    /// Per player, their appearances (indexes into `appearances`), in date order.
    pub(crate) apps_by_player: Vec<Vec<u32>>,
    /// Names of players who appear only in line-ups (no goal), built on first
    /// use: they are not in `player_names`, so the scorer gazetteer is unchanged.
    pub(crate) squad_names: std::sync::OnceLock<NameIndex<PlayerId>>,
    /// Per competition, its editions by year.
    pub(crate) by_competition: Vec<Vec<EditionId>>,
    /// Each edition's champion, worked out on first use (leagues and
    /// two-legged finals take a table each), one edition at a time: an
    /// article asks about a handful, and all of them at once would cost a
    /// short check several times over.
    pub(crate) champions: std::sync::OnceLock<Vec<std::sync::OnceLock<Option<TeamId>>>>,
    /// Decoded from the data compiled in (see [`Store::is_embedded`]).
    pub(crate) embedded: bool,
}

/// A fact on which the two sources differ. Claims that match either side are
/// judged true with a note; `offside data audit` lists them all.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Disagreement {
    pub match_id: Option<MatchId>,
    pub kind: DisagreementKind,
    pub results_csv: String,
    pub openfootball: String,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisagreementKind {
    Score,
    Date,
    Scorer,
    Minute,
    NameSpelling,
    Venue,
    /// The scorer list does not add up to the score.
    IncompleteScorers,
    /// A match one source has and the other does not.
    Missing,
    /// Football.TXT gives another score (or shoot-out score) than the store.
    TxtScore,
    /// A goal Football.TXT lists that the store lacks, or the other way round,
    /// or the same goal under another name.
    TxtScorer,
    /// The same goal at another minute in Football.TXT.
    TxtMinute,
    /// A Football.TXT match with no row in results.csv.
    TxtMissing,
    /// Football.TXT says a.e.t. where openfootball's JSON gives no extra time,
    /// or the other way round.
    TxtExtraTime,
    /// Inside one Football.TXT match: a scorer, shoot-out taker or player sent
    /// off who is not in the line-ups, or kicks that do not add up.
    TxtLineup,
    /// A minute the source gives that published records contradict
    /// (`data/rules/disputed_minutes.tsv`).
    DisputedMinute,
    /// A source says a knock-out match had no extra time, but a goal after
    /// the 90th minute or a shoot-out after a draw says it had (the rules of
    /// docs/data-rules.md).
    ExtraTime,
}

impl DisagreementKind {
    /// Every kind, in the order `offside data audit` lists them.
    pub const ALL: [DisagreementKind; 16] = [
        DisagreementKind::Score,
        DisagreementKind::Date,
        DisagreementKind::Scorer,
        DisagreementKind::Minute,
        DisagreementKind::NameSpelling,
        DisagreementKind::Venue,
        DisagreementKind::IncompleteScorers,
        DisagreementKind::Missing,
        DisagreementKind::TxtScore,
        DisagreementKind::TxtScorer,
        DisagreementKind::TxtMinute,
        DisagreementKind::TxtMissing,
        DisagreementKind::TxtExtraTime,
        DisagreementKind::TxtLineup,
        DisagreementKind::DisputedMinute,
        DisagreementKind::ExtraTime,
    ];
    /// The snake_case name used in JSON and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            DisagreementKind::Score => "score",
            DisagreementKind::Date => "date",
            DisagreementKind::Scorer => "scorer",
            DisagreementKind::Minute => "minute",
            DisagreementKind::NameSpelling => "name_spelling",
            DisagreementKind::Venue => "venue",
            DisagreementKind::IncompleteScorers => "incomplete_scorers",
            DisagreementKind::Missing => "missing",
            DisagreementKind::TxtScore => "txt_score",
            DisagreementKind::TxtScorer => "txt_scorer",
            DisagreementKind::TxtMinute => "txt_minute",
            DisagreementKind::TxtMissing => "txt_missing",
            DisagreementKind::TxtExtraTime => "txt_extra_time",
            DisagreementKind::TxtLineup => "txt_lineup",
            DisagreementKind::DisputedMinute => "disputed_minute",
            DisagreementKind::ExtraTime => "extra_time",
        }
    }
}

/// The result of resolving a name a user typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup<T> {
    Found(T),
    Ambiguous(Vec<String>),
    NotFound { suggestions: Vec<String> },
}

impl Store {
    /// Fills the per-team, per-player and per-competition lists from the
    /// vectors (the last step of every load).
    pub(crate) fn build_indexes(&mut self) {
        self.by_team = matches_by_team(self.teams.len(), &self.matches);
        self.by_player = goals_by_player(self.players.len(), &self.goals);
        self.by_competition = editions_by_competition(self.competitions.len(), &self.editions);
        self.apps_by_player = appearances_by_player(self.players.len(), &self.appearances);
    }

    /// The line-ups of a match (empty where the data has none: line-ups are
    /// known for World Cups only), each team's starters then substitutes in
    /// the order the source writes them.
    pub fn appearances_in(&self, id: MatchId) -> &[Appearance] {
        by_match(&self.appearances, id, |a| a.match_id)
    }
    /// Whether the data has this match's line-ups.
    pub fn has_lineups(&self, id: MatchId) -> bool {
        !self.appearances_in(id).is_empty()
    }
    /// Players sent off in a match, in order of the minute.
    pub fn sendings_off_in(&self, id: MatchId) -> &[SendingOff] {
        by_match(&self.sendings_off, id, |s| s.match_id)
    }
    /// A match's shoot-out kicks: the first team's in order, then the other's.
    pub fn kicks_in(&self, id: MatchId) -> &[ShootoutKick] {
        by_match(&self.kicks, id, |k| k.match_id)
    }
    /// A player's appearances in date order.
    pub fn player_appearances(&self, player: PlayerId) -> impl Iterator<Item = &Appearance> + '_ {
        self.apps_by_player
            .get(player.index())
            .into_iter()
            .flatten()
            .map(move |i| &self.appearances[*i as usize])
    }
    /// A player's sendings-off in date order (a scan: there are a few hundred).
    pub fn player_sendings_off(&self, player: PlayerId) -> impl Iterator<Item = &SendingOff> + '_ {
        self.sendings_off.iter().filter(move |s| s.player == player)
    }
    /// A player's shoot-out kicks in date order (a scan: there are a few hundred).
    pub fn player_kicks(&self, player: PlayerId) -> impl Iterator<Item = &ShootoutKick> + '_ {
        self.kicks.iter().filter(move |k| k.player == player)
    }

    pub fn team(&self, id: TeamId) -> &Team {
        &self.teams[id.index()]
    }
    /// The team's current name, as results.csv writes it ("Germany", "Russia").
    pub fn team_name(&self, id: TeamId) -> &str {
        &self.teams[id.index()].name
    }
    /// The team's name on a date, as a reader of the day knew it: "West
    /// Germany" in 1966, "Soviet Union" in 1988, "Zaïre" in 1974. The store
    /// keys every team by its current name (results.csv folds them), so output
    /// about a match asks this rather than [`Store::team_name`].
    pub fn team_name_on(&self, id: TeamId, date: Date) -> &str {
        let t = &self.teams[id.index()];
        t.former_names
            .iter()
            .find(|f| f.from <= date && date <= f.to)
            .map_or(&t.name, |f| &f.name)
    }
    pub fn player(&self, id: PlayerId) -> &Player {
        &self.players[id.index()]
    }
    pub fn competition(&self, id: CompetitionId) -> &Competition {
        &self.competitions[id.index()]
    }
    pub fn edition(&self, id: EditionId) -> &Edition {
        &self.editions[id.index()]
    }
    pub fn match_(&self, id: MatchId) -> &Match {
        &self.matches[id.index()]
    }
    pub fn goals_of(&self, m: &Match) -> &[Goal] {
        &self.goals[m.goals.start as usize..m.goals.end as usize]
    }
    /// A team's matches in date order.
    pub fn team_matches(&self, team: TeamId) -> impl DoubleEndedIterator<Item = &Match> + '_ {
        self.by_team[team.index()]
            .iter()
            .map(move |id| self.match_(*id))
    }
    /// A player's goals in date order.
    pub fn player_goals(&self, player: PlayerId) -> impl Iterator<Item = &Goal> + '_ {
        self.by_player[player.index()]
            .iter()
            .map(move |i| &self.goals[*i as usize])
    }
    /// Editions of a competition, oldest first.
    pub fn editions_of(&self, competition: CompetitionId) -> impl Iterator<Item = &Edition> + '_ {
        self.by_competition[competition.index()]
            .iter()
            .map(move |id| self.edition(*id))
    }
    pub fn edition_by_year(&self, competition: CompetitionId, year: u16) -> Option<&Edition> {
        self.editions_of(competition).find(|e| e.year == year)
    }
    /// The edition of `competition` being played or last played on `date`.
    pub fn edition_at(&self, competition: CompetitionId, date: Date) -> Option<&Edition> {
        self.editions_of(competition)
            .filter(|e| e.start <= date)
            .last()
    }
    /// The match two teams played on a date (either order).
    pub fn find_match(&self, a: TeamId, b: TeamId, date: Date) -> Option<&Match> {
        self.team_matches_between(a, date, date)
            .find(|m| m.involves(b))
    }
    /// A team's matches played between two dates (inclusive), in date order;
    /// a binary search, not a scan.
    pub fn team_matches_between(
        &self,
        team: TeamId,
        from: Date,
        to: Date,
    ) -> impl DoubleEndedIterator<Item = &Match> + '_ {
        let ids = &self.by_team[team.index()];
        let lo = ids.partition_point(|id| self.match_(*id).date < from);
        let hi = ids.partition_point(|id| self.match_(*id).date <= to);
        ids[lo..hi.max(lo)].iter().map(move |id| self.match_(*id))
    }

    /// Matches between two teams in date order. Both teams' lists hold
    /// them in the same order, so the shorter is walked (Brazil has played
    /// a thousand matches, most opponents far fewer).
    pub fn meetings(&self, a: TeamId, b: TeamId) -> impl DoubleEndedIterator<Item = &Match> + '_ {
        let (x, y) = if self.by_team[b.index()].len() < self.by_team[a.index()].len() {
            (b, a)
        } else {
            (a, b)
        };
        self.team_matches(x)
            .filter(move |m| m.involves(y) && a != b)
    }

    /// Every team known by this exact name, alias, former name or nickname.
    pub fn teams_named(&self, name: &str) -> &[TeamId] {
        self.team_names.get().get(name)
    }
    pub fn players_named(&self, name: &str) -> &[PlayerId] {
        self.player_names.get().get(name)
    }
    pub fn competitions_named(&self, name: &str) -> &[CompetitionId] {
        self.competition_names.get(name)
    }
    /// Whether this store is the one compiled into the binary, as
    /// [`crate::load_embedded`] returns it: tables derived from that store
    /// can then be built at compile time too, and used as they are. (A
    /// caller who edits the public vectors afterwards should not rely on it.)
    pub fn is_embedded(&self) -> bool {
        self.embedded
    }

    /// All names, aliases and nicknames of teams, for gazetteers.
    pub fn team_name_keys(&self) -> impl Iterator<Item = (&str, &[TeamId])> {
        self.team_names.get().keys()
    }
    pub fn player_name_keys(&self) -> impl Iterator<Item = (&str, &[PlayerId])> {
        self.player_names.get().keys()
    }
    pub fn competition_name_keys(&self) -> impl Iterator<Item = (&str, &[CompetitionId])> {
        self.competition_names.keys()
    }

    /// Resolves a team name typed by a user.
    pub fn lookup_team(&self, name: &str) -> Lookup<TeamId> {
        lookup(self.team_names.get(), name, |id| {
            self.team_name(id).to_string()
        })
    }
    /// Resolves a player name: full name, any spelling, or a surname that only one
    /// scorer carries.
    /// Players who appear only in line-ups are found too, after the scorers.
    pub fn lookup_player(&self, name: &str) -> Lookup<PlayerId> {
        let display = |id: PlayerId| self.player(id).name.to_string();
        match lookup(self.player_names.get(), name, display) {
            Lookup::NotFound { suggestions } => match lookup(self.squad_names(), name, display) {
                Lookup::NotFound { .. } => Lookup::NotFound { suggestions },
                found => found,
            },
            found => found,
        }
    }

    /// Whether a player scored for a team or appeared for it in a line-up.
    pub fn player_goals_any_team(&self, player: PlayerId, team: TeamId) -> bool {
        self.by_player.get(player.index()).is_some_and(|g| {
            g.iter().any(|i| {
                let g = &self.goals[*i as usize];
                g.team == team || (g.own_goal && self.match_(g.match_id).involves(team))
            })
        }) || self.player_appearances(player).any(|a| a.team == team)
    }

    /// Players who appear in a line-up but scored no goal in the data: the
    /// checker names them only by their full names.
    pub fn squad_only_players(&self) -> impl Iterator<Item = &Player> + '_ {
        self.players.iter().filter(|p| {
            self.by_player
                .get(p.id.index())
                .is_none_or(|g| g.is_empty())
                && self
                    .apps_by_player
                    .get(p.id.index())
                    .is_some_and(|a| !a.is_empty())
        })
    }

    /// Every player (scorer or line-up only) whose name is `surname` or ends
    /// with it as its last word: "Müller" is Gerd, Thomas, Dieter and Hansi
    /// Müller and Brazil's Müller. The name index resolves a surname only
    /// where one scorer carries it, and a mononym ("Müller", "Ronaldo") as a
    /// full name, so a user who typed a surname is shown these candidates
    /// instead of one picked for him. Scans every player: for front ends,
    /// not for the checker's inner loop.
    pub fn players_with_surname(&self, surname: &str) -> Vec<PlayerId> {
        let key = normalize(surname);
        if key.is_empty() || key.contains(' ') {
            return Vec::new();
        }
        let fits = |name: &str| {
            let n = normalize(name);
            n == key || n.rsplit_once(' ').is_some_and(|(_, last)| last == key)
        };
        self.players
            .iter()
            .filter(|p| fits(&p.name) || p.variants.iter().any(|v| fits(v)))
            .map(|p| p.id)
            .collect()
    }

    /// The teams a player scored or played for, each with the first and last
    /// year he did, earliest first: to tell apart players of one name.
    pub fn player_teams(&self, player: PlayerId) -> Vec<(TeamId, i16, i16)> {
        let mut out: Vec<(TeamId, i16, i16)> = Vec::new();
        let mut add = |team: TeamId, year: i16| match out.iter_mut().find(|x| x.0 == team) {
            Some(x) => {
                x.1 = x.1.min(year);
                x.2 = x.2.max(year);
            }
            None => out.push((team, year, year)),
        };
        for g in self.player_goals(player) {
            if !g.own_goal {
                add(g.team, self.match_(g.match_id).date.year());
            }
        }
        for a in self.player_appearances(player) {
            add(a.team, self.match_(a.match_id).date.year());
        }
        out.sort_by_key(|x| (x.1, x.0));
        out
    }

    /// Every player (scorer or not) known by this name.
    pub fn players_named_any(&self, name: &str) -> Vec<PlayerId> {
        let mut out = self.player_names.get().get(name).to_vec();
        for p in self.squad_names().get(name) {
            if !out.contains(p) {
                out.push(*p);
            }
        }
        out
    }

    /// The name index of players with no goal: full names, and surnames
    /// that only one of them carries and no scorer does.
    fn squad_names(&self) -> &NameIndex<PlayerId> {
        self.squad_names.get_or_init(|| {
            let mut index = NameIndex::default();
            let mut surnames: rustc_hash::FxHashMap<String, Vec<PlayerId>> = Default::default();
            for p in &self.players {
                if self
                    .by_player
                    .get(p.id.index())
                    .is_some_and(|g| !g.is_empty())
                {
                    continue;
                }
                let key = normalize(&p.name);
                if let Some((_, last)) = key.rsplit_once(' ') {
                    surnames.entry(last.to_string()).or_default().push(p.id);
                }
                index.insert_normalized(key, p.id);
            }
            for (surname, ids) in surnames {
                if ids.len() == 1
                    && self.player_names.get().get_normalized(&surname).is_empty()
                    && index.get_normalized(&surname).is_empty()
                {
                    index.insert_normalized(surname, ids[0]);
                }
            }
            index
        })
    }
    pub fn lookup_competition(&self, name: &str) -> Lookup<CompetitionId> {
        lookup(&self.competition_names, name, |id| {
            self.competition(id).name.to_string()
        })
    }

    /// Resolves "World Cup 2022", "2022 World Cup", "Euro 2020", "euro2024".
    pub fn lookup_edition(&self, text: &str) -> Lookup<EditionId> {
        let norm = normalize(text);
        let mut year = None;
        let mut words = Vec::new();
        for w in norm.split(' ') {
            // "euro2024" splits into a name and a year.
            let digits = w.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let letters = &w[..w.len() - digits.len()];
            if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) {
                year = digits.parse::<u16>().ok();
                if !letters.is_empty() {
                    words.push(letters.to_string());
                }
            } else {
                words.push(w.to_string());
            }
        }
        let name = words.join(" ");
        let Some(year) = year else {
            return Lookup::NotFound {
                suggestions: vec![format!(
                    "{} 2022",
                    if name.is_empty() { "World Cup" } else { &name }
                )],
            };
        };
        let comp = match self.lookup_competition(&name) {
            Lookup::Found(c) => c,
            Lookup::Ambiguous(v) => return Lookup::Ambiguous(v),
            Lookup::NotFound { suggestions } => {
                return Lookup::NotFound {
                    suggestions: suggestions
                        .into_iter()
                        .map(|s| format!("{s} {year}"))
                        .collect(),
                }
            }
        };
        match self.edition_by_year(comp, year) {
            Some(e) => Lookup::Found(e.id),
            None => {
                let mut years: Vec<u16> = self.editions_of(comp).map(|e| e.year).collect();
                years.sort_by_key(|y| (y.abs_diff(year), *y));
                Lookup::NotFound {
                    suggestions: years
                        .into_iter()
                        .take(3)
                        .map(|y| format!("{} {y}", self.competition(comp).name))
                        .collect(),
                }
            }
        }
    }

    /// "FIFA World Cup 2022".
    pub fn edition_name(&self, id: EditionId) -> String {
        let e = self.edition(id);
        format!("{} {}", self.competition(e.competition).name, e.year)
    }

    /// The team that won the edition's final, when it had one.
    pub fn champion(&self, id: EditionId) -> Option<TeamId> {
        let all = self.champions.get_or_init(|| {
            (0..self.editions.len())
                .map(|_| Default::default())
                .collect()
        });
        *all.get(id.index())?
            .get_or_init(|| self.compute_champion(id))
    }

    fn compute_champion(&self, id: EditionId) -> Option<TeamId> {
        let e = self.edition(id);
        let ms: Vec<&Match> = e.matches.iter().map(|m| self.match_(*m)).collect();
        let win_points = if e.year >= 1995 { 3 } else { 2 };
        // Where stages were inferred, a league's last match can look like a
        // final: a final round played as a league is checked first.
        if !e.stages_from_source {
            if let Some(t) = final_round_robin(&ms, win_points) {
                return Some(t);
            }
        }
        if let Some(f) = ms.iter().rev().find(|m| m.stage == Stage::Final) {
            return f.winner();
        }
        two_legged_final(&ms).or_else(|| final_round_robin(&ms, win_points))
    }

    /// The tie-breaking rule for an edition: its competition's row for that
    /// year, else the fallback row.
    pub fn tiebreak_rule(&self, edition: EditionId) -> Option<&TieBreakRule> {
        let e = self.edition(edition);
        let fits = |r: &&TieBreakRule| r.from_year <= e.year && e.year <= r.to_year;
        self.tiebreakers
            .iter()
            .filter(fits)
            .find(|r| r.competition == Some(e.competition))
            .or_else(|| {
                self.tiebreakers
                    .iter()
                    .filter(fits)
                    .find(|r| r.competition.is_none())
            })
    }

    /// Disagreements that touch one match.
    pub fn disagreements_for(&self, id: MatchId) -> impl Iterator<Item = &Disagreement> + '_ {
        self.disagreements
            .iter()
            .filter(move |d| d.match_id == Some(id))
    }

    /// One line a person can read: "2022-12-10 England 1-2 France (FIFA World Cup 2022, quarter-final)".
    ///
    /// Written piece by piece into one string: rules describe the match of
    /// nearly every claim, and a `format!` per piece cost several times more.
    pub fn describe_match(&self, m: &Match) -> String {
        use std::fmt::Write;
        let mut s = String::with_capacity(96);
        push_date(&mut s, m.date);
        s.push(' ');
        s.push_str(self.team_name_on(m.home, m.date));
        s.push(' ');
        push_score(&mut s, m.score);
        s.push(' ');
        s.push_str(self.team_name_on(m.away, m.date));
        if m.extra_time {
            s.push_str(" a.e.t.");
        }
        if let Some(so) = m.shootout {
            s.push_str(", ");
            s.push_str(self.team_name_on(so.winner, m.date));
            match so.score {
                Some(p) => {
                    let p = if so.winner == m.home { p } else { p.flipped() };
                    s.push_str(" won ");
                    push_score(&mut s, p);
                    s.push_str(" on penalties");
                }
                None => s.push_str(" won on penalties"),
            }
        }
        s.push_str(" (");
        match m.edition {
            Some(e) => {
                let e = self.edition(e);
                s.push_str(&self.competition(e.competition).name);
                let _ = write!(s, " {}", e.year);
            }
            None => s.push_str(&self.competition(m.competition).name),
        }
        if m.stage != Stage::Unknown {
            s.push_str(", ");
            match (&m.group, m.stage.is_group()) {
                (Some(g), true) => s.push_str(g),
                _ => s.push_str(m.stage.label()),
            }
        }
        s.push(')');
        s
    }
}

/// `d` as its `Display` writes it (ISO 8601), without the formatter for the
/// years matches are played in.
fn push_date(s: &mut String, d: Date) {
    use std::fmt::Write;
    if (1000..=9999).contains(&d.year()) {
        push_digits(s, d.year() as u32, 4);
        s.push('-');
        push_digits(s, d.month() as u32, 2);
        s.push('-');
        push_digits(s, d.day() as u32, 2);
    } else {
        let _ = write!(s, "{d}");
    }
}

fn push_digits(s: &mut String, v: u32, width: u32) {
    for k in (0..width).rev() {
        s.push(char::from(b'0' + (v / 10u32.pow(k) % 10) as u8));
    }
}

/// `score` as its `Display` writes it ("2-1").
fn push_score(s: &mut String, score: Score) {
    use std::fmt::Write;
    let _ = write!(s, "{}-{}", score.home, score.away);
}

/// Each team's matches, in the matches' order.
pub(crate) fn matches_by_team(teams: usize, matches: &[Match]) -> Vec<Vec<MatchId>> {
    let mut counts = vec![0usize; teams];
    for m in matches {
        counts[m.home.index()] += 1;
        if m.away != m.home {
            counts[m.away.index()] += 1;
        }
    }
    let mut out: Vec<Vec<MatchId>> = counts.into_iter().map(Vec::with_capacity).collect();
    for m in matches {
        out[m.home.index()].push(m.id);
        if m.away != m.home {
            out[m.away.index()].push(m.id);
        }
    }
    out
}

/// The run of `items` (grouped by match in match order) that belongs to `id`.
fn by_match<T>(items: &[T], id: MatchId, key: impl Fn(&T) -> MatchId) -> &[T] {
    let lo = items.partition_point(|x| key(x) < id);
    let hi = lo + items[lo..].partition_point(|x| key(x) <= id);
    &items[lo..hi]
}

/// Each player's appearances (indexes into `appearances`, which is in match
/// order, so these are in date order).
pub(crate) fn appearances_by_player(players: usize, apps: &[Appearance]) -> Vec<Vec<u32>> {
    let mut out: Vec<Vec<u32>> = vec![Vec::new(); players];
    for (i, a) in apps.iter().enumerate() {
        out[a.player.index()].push(i as u32);
    }
    out
}

/// Each player's goals (indexes into `goals`).
pub(crate) fn goals_by_player(players: usize, goals: &[Goal]) -> Vec<Vec<u32>> {
    let mut counts = vec![0usize; players];
    for g in goals {
        counts[g.player.index()] += 1;
    }
    let mut out: Vec<Vec<u32>> = counts.into_iter().map(Vec::with_capacity).collect();
    for (i, g) in goals.iter().enumerate() {
        out[g.player.index()].push(i as u32);
    }
    out
}

/// Each competition's editions, oldest first.
pub(crate) fn editions_by_competition(
    competitions: usize,
    editions: &[Edition],
) -> Vec<Vec<EditionId>> {
    let mut out = vec![Vec::new(); competitions];
    for e in editions {
        out[e.competition.index()].push(e.id);
    }
    for list in &mut out {
        list.sort_by_key(|id| editions[id.index()].start);
    }
    out
}

fn lookup<T: Copy + PartialEq>(
    index: &NameIndex<T>,
    name: &str,
    display: impl Fn(T) -> String,
) -> Lookup<T> {
    match index.get(name) {
        [one] => Lookup::Found(*one),
        [] => Lookup::NotFound {
            suggestions: index.suggest(name, 3, &display),
        },
        many => {
            let mut names: Vec<String> = many.iter().map(|t| display(*t)).collect();
            names.sort();
            names.dedup();
            if names.len() == 1 {
                Lookup::Found(many[0])
            } else {
                Lookup::Ambiguous(names)
            }
        }
    }
}

/// A final over two legs (and a play-off) at the end of an edition: the
/// play-off's winner, else the winner on aggregate.
fn two_legged_final(ms: &[&Match]) -> Option<TeamId> {
    let last = ms.last()?;
    let (a, b) = (last.home, last.away);
    let legs: Vec<&&Match> = ms
        .iter()
        .rev()
        .take_while(|m| m.involves(a) && m.involves(b))
        .collect();
    if legs.len() < 2 {
        return None;
    }
    if legs.len() >= 3 {
        if let Some(w) = last.winner() {
            return Some(w);
        }
    }
    let (ga, gb) = legs.iter().fold((0u32, 0u32), |(x, y), m| {
        let (f, g) = m.goals_for_against(a);
        (x + f as u32, y + g as u32)
    });
    match ga.cmp(&gb) {
        std::cmp::Ordering::Greater => Some(a),
        std::cmp::Ordering::Less => Some(b),
        std::cmp::Ordering::Equal => last.winner(),
    }
}

/// A final round played as a league (every team meeting every other once or
/// twice, perhaps then a play-off between two teams level on points): its leader.
fn final_round_robin(ms: &[&Match], win_points: u32) -> Option<TeamId> {
    let table_leader = |games: &[&Match]| -> Option<(TeamId, TeamId, bool, bool)> {
        let mut rows: Vec<(TeamId, u32, i32, u32)> = Vec::new();
        for m in games {
            for t in [m.home, m.away] {
                let (f, a) = m.goals_for_against(t);
                let pts = match m.result_for(t) {
                    Outcome::Win => win_points,
                    Outcome::Draw => 1,
                    Outcome::Loss => 0,
                };
                match rows.iter_mut().find(|r| r.0 == t) {
                    Some(r) => {
                        r.1 += pts;
                        r.2 += f as i32 - a as i32;
                        r.3 += f as u32;
                    }
                    None => rows.push((t, pts, f as i32 - a as i32, f as u32)),
                }
            }
        }
        rows.sort_by_key(|r| std::cmp::Reverse((r.1, r.2, r.3)));
        let first = rows.first()?;
        let second = rows.get(1)?;
        let level_on_points = first.1 == second.1;
        let fully_level = level_on_points && first.2 == second.2 && first.3 == second.3;
        Some((first.0, second.0, level_on_points, fully_level))
    };
    let is_league = |games: &[&Match]| -> bool {
        let mut teams: Vec<TeamId> = Vec::new();
        for m in games {
            for t in [m.home, m.away] {
                if !teams.contains(&t) {
                    teams.push(t);
                }
            }
            // More teams than the games could pair once each: no league.
            // (Stops early on the tail of a World Cup, instead of pairing
            // all its teams for each size of final round tried.)
            if teams.len() * (teams.len() - 1) / 2 > games.len() {
                return false;
            }
        }
        let k = teams.len();
        if k < 3 {
            return false;
        }
        let pairs = k * (k - 1) / 2;
        if games.len() != pairs && games.len() != 2 * pairs {
            return false;
        }
        let times = games.len() / pairs;
        teams.iter().enumerate().all(|(i, a)| {
            teams[i + 1..].iter().all(|b| {
                games
                    .iter()
                    .filter(|m| m.involves(*a) && m.involves(*b))
                    .count()
                    == times
            })
        })
    };
    for k in (3..=10usize).rev() {
        for times in [1, 2] {
            let n = times * k * (k - 1) / 2;
            if ms.len() >= n && is_league(&ms[ms.len() - n..]) {
                let (leader, _, _, fully_level) = table_leader(&ms[ms.len() - n..])?;
                return (!fully_level).then_some(leader);
            }
            // A league, then a play-off between the two teams level on points.
            if ms.len() > n && is_league(&ms[ms.len() - 1 - n..ms.len() - 1]) {
                let (x, y, level, fully_level) = table_leader(&ms[ms.len() - 1 - n..ms.len() - 1])?;
                let po = ms[ms.len() - 1];
                if level && po.involves(x) && po.involves(y) {
                    return po.winner();
                }
                return (!fully_level).then_some(x);
            }
        }
    }
    None
}

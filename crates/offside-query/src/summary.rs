//! A short factual paragraph about a team's run at one tournament.
//!
//! offside checks facts; this writes them, from the same queries the checker
//! verifies with (`team_run`, `group_table`, `records`), so every number in the
//! paragraph can be checked back. The wording varies between teams so a page
//! of summaries does not read as one template, but only among phrasings the
//! claim checker reads correctly: `crates/offside-check/tests/summary_roundtrip.rs`
//! runs every paragraph of three tournaments through it and fails on any claim
//! it finds false. Where a phrasing is avoided because the checker misreads
//! it, the comment says so.

use crate::{group_table, records, team_run, AsOf, RunMatch, ScorerCount, TeamRun};
use offside_data::*;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Summary {
    pub team: String,
    /// The edition as a writer names it: "the 2022 World Cup", "Euro 2024".
    pub edition: String,
    pub text: String,
    /// The team's matches in the edition, in order of play: the evidence.
    pub match_ids: Vec<MatchId>,
    /// How far the team went (a third-place match counts as the semi-finals).
    pub stage_reached: Stage,
    pub champion: bool,
    /// The team's top scorers in the edition (several when tied).
    pub top_scorers: Vec<ScorerCount>,
}

/// The paragraph about `team` at `edition`, over every match in the data.
/// `None` when the team played no match there.
pub fn team_summary(store: &Store, team: TeamId, edition: EditionId) -> Option<Summary> {
    let run = team_run(store, team, edition, AsOf::ALL)?;
    let champion = store.champion(edition) == Some(team);
    let top_scorers = top_scorers(store, team, edition);
    let (name, anchored) = team_phrase(store, team);
    let w = Writer {
        store,
        run: &run,
        voice: Voice::new(team, edition),
        team: capitalize(&name),
        mid: name,
        anchored,
        edition: edition_phrase(store, edition),
    };
    let mut sentences = Vec::new();
    w.group_stage(&mut sentences);
    w.knockouts(&mut sentences, champion);
    w.totals(&mut sentences);
    w.scorers(&mut sentences, &top_scorers);
    Some(Summary {
        team: store.team_name(team).to_string(),
        text: sentences.join(" "),
        edition: w.edition,
        match_ids: run.match_ids.clone(),
        stage_reached: run.stage_reached,
        champion,
        top_scorers,
    })
}

/// The team's scorers with the most goals in the edition (own goals count
/// for the team but belong to no scorer of theirs).
fn top_scorers(store: &Store, team: TeamId, edition: EditionId) -> Vec<ScorerCount> {
    let name = store.team_name(team);
    let mut mine: Vec<ScorerCount> = records(store, edition, AsOf::ALL, usize::MAX)
        .top_scorers
        .into_iter()
        .filter(|s| s.team == name)
        .collect();
    let best = mine.first().map(|s| s.goals).unwrap_or(0);
    mine.retain(|s| s.goals == best && best > 0);
    mine
}

/// How writers name an edition. The checker's gazetteer knows these forms,
/// and a year beside the name tells it which edition is meant.
pub fn edition_phrase(store: &Store, edition: EditionId) -> String {
    let e = store.edition(edition);
    let name = &*store.competition(e.competition).name;
    match name {
        "UEFA Euro" => format!("Euro {}", e.year),
        _ => {
            let short = name.strip_prefix("FIFA ").unwrap_or(name);
            format!("the {} {short}", e.year)
        }
    }
}

/// Team names that are also everyday words or other places. Readers need a
/// cue for them, and the checker never takes them for teams, so they are
/// named by an alias ("Türkiye") or as "the Georgian side".
const AMBIGUOUS_NAMES: &[&str] = &["Chad", "Georgia", "Guinea", "Jordan", "Turkey"];

/// The team as running text names it, and whether that name is one the
/// checker can follow through the paragraph ("their opening game" needs the
/// team it is about to be named outright).
fn team_phrase(store: &Store, id: TeamId) -> (String, bool) {
    let t = store.team(id);
    let name = &*t.name;
    if AMBIGUOUS_NAMES.contains(&name) {
        let alias = t
            .aliases
            .iter()
            .find(|a| !AMBIGUOUS_NAMES.contains(&&***a) && !a.contains(' '));
        if let Some(a) = alias {
            return (a.to_string(), true);
        }
        if let Some(adj) = t.adjectives.first() {
            return (format!("the {adj} side"), false);
        }
        return (name.to_string(), false);
    }
    const PLURAL_OR_UNION: &[&str] = &["Islands", "Republic", "Emirates", "States"];
    let last = name.rsplit(' ').next().unwrap_or(name);
    let takes_the = PLURAL_OR_UNION.contains(&last)
        || name.starts_with("Republic of ")
        || matches!(
            name,
            "Netherlands" | "Philippines" | "Maldives" | "Comoros" | "Bahamas" | "Gambia"
        );
    if takes_the {
        (format!("the {name}"), true)
    } else {
        (name.to_string(), true)
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Small numbers as words, as a newsroom writes them; the checker reads both.
fn count(n: u32) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n as usize)
        .map(|w| w.to_string())
        .unwrap_or_else(|| n.to_string())
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("one {one}")
    } else {
        format!("{} {many}", count(n))
    }
}

/// Deterministic choices: the same team and edition always read the same,
/// different ones differ. FNV-1a then a SplitMix64 step per choice, so the
/// text does not depend on the standard library's hasher.
struct Voice(u64);

impl Voice {
    fn new(team: TeamId, edition: EditionId) -> Self {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in team
            .0
            .to_le_bytes()
            .into_iter()
            .chain(edition.0.to_le_bytes())
        {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Voice(h)
    }
    fn pick(&self, slot: u64, n: usize) -> usize {
        let mut z = self
            .0
            .wrapping_add(slot.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z % n.max(1) as u64) as usize
    }
}

/// How a result is said: as a finite verb ("beat Iran 6-2"), a gerund
/// ("beating Iran 6-2") or a noun phrase ("a 6-2 win over Iran").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Finite,
    Gerund,
    Noun,
}

/// What else a result's sentence says, when it rules a verb out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Near {
    Nothing,
    /// The edition's name follows: "won ... the 2022 World Cup" reads as
    /// winning the tournament.
    EditionAfter,
    /// A stage is named: "played out a draw ... in the second group stage"
    /// reads as going out in it.
    Stage,
}

/// The stage as a place in the tournament: "the quarter-finals".
fn stage_phrase(stage: Stage) -> Option<&'static str> {
    Some(match stage {
        Stage::Group => "the group stage",
        // Not "the second group stage": the checker reads "second" as the
        // second match of a round.
        Stage::SecondGroup => "the second round",
        Stage::RoundOf32 => "the round of 32",
        Stage::RoundOf16 => "the round of 16",
        Stage::QuarterFinal => "the quarter-finals",
        Stage::SemiFinal => "the semi-finals",
        Stage::ThirdPlace => "the third-place play-off",
        Stage::Final => "the final",
        Stage::Unknown | Stage::Preliminary => return None,
    })
}

/// The stage a team went out in, after "went out in": short forms, because
/// the checker looks for "out" only a few words from the stage phrase.
fn exit_phrase(stage: Stage) -> Option<&'static str> {
    Some(match stage {
        Stage::Group => "the group stage",
        Stage::RoundOf16 => "the last 16",
        Stage::QuarterFinal => "the quarter-finals",
        Stage::SemiFinal => "the semi-finals",
        _ => return None,
    })
}

struct Writer<'a> {
    store: &'a Store,
    run: &'a TeamRun,
    voice: Voice,
    /// Capitalised, to start sentences; `mid` is the same name inside one.
    team: String,
    mid: String,
    /// Whether "their opening game" and "their final group game" can be
    /// said: the checker follows them only for a team it can name.
    anchored: bool,
    edition: String,
}

impl Writer<'_> {
    fn opponent(&self, m: &RunMatch) -> String {
        let id = self.store.match_(m.match_id).opponent(self.run.team_id);
        team_phrase(self.store, id).0
    }

    /// Whether the team meets this opponent again later in the edition. The
    /// checker then reads any result against the opponent as the later
    /// meeting, so the earlier one is told without its score.
    fn met_again(&self, m: &RunMatch) -> bool {
        self.run
            .matches
            .iter()
            .any(|x| x.date > m.date && x.opponent == m.opponent)
    }

    /// One result, from the team's side: winner's score first, as writers
    /// put it ("lost 2-1 to France"). A shoot-out is left to the caller: in
    /// the record the match is a draw.
    fn result(&self, m: &RunMatch, form: Form, slot: u64) -> String {
        self.result_in(m, form, slot, Near::Nothing)
    }

    /// `near`: what else the sentence says, which rules some verbs out.
    fn result_in(&self, m: &RunMatch, form: Form, slot: u64, near: Near) -> String {
        let o = self.opponent(m);
        let (f, a) = (m.goals_for, m.goals_against);
        if self.met_again(m) {
            let t = match (m.outcome, form) {
                (Outcome::Win, Form::Finite) => "got the better of {o}",
                (Outcome::Win, Form::Gerund) => "getting the better of {o}",
                (Outcome::Win, Form::Noun) => "a narrow edge over {o}",
                (Outcome::Draw, Form::Finite) => "drew with {o}",
                (Outcome::Draw, Form::Gerund) => "drawing with {o}",
                (Outcome::Draw, Form::Noun) => "a draw against {o}",
                (Outcome::Loss, Form::Finite) => "came off second best against {o}",
                (Outcome::Loss, Form::Gerund) => "coming off second best against {o}",
                (Outcome::Loss, Form::Noun) => "a setback against {o}",
            };
            return t.replace("{o}", &o);
        }
        match m.outcome {
            Outcome::Win => {
                let s = format!("{f}-{a}");
                let margin = f - a;
                // Verbs that fit the margin: nobody "edges" a 6-2.
                let mut choices: Vec<(&str, &str)> = vec![
                    ("beat {o} {s}", "beating {o} {s}"),
                    ("defeated {o} {s}", "defeating {o} {s}"),
                    ("won {s} against {o}", "winning {s} against {o}"),
                    ("overcame {o} {s}", "overcoming {o} {s}"),
                ];
                if margin == 1 {
                    choices.push(("edged {o} {s}", "edging {o} {s}"));
                }
                if margin >= 3 {
                    choices.push(("thrashed {o} {s}", "thrashing {o} {s}"));
                }
                if o.contains(" and ") {
                    // "thrashed Bosnia and Herzegovina 4-1": the checker takes
                    // the "and" for a clause break; the score goes first.
                    choices.retain(|c| c.0.starts_with("won"));
                } else if near == Near::EditionAfter {
                    choices.retain(|c| !c.0.starts_with("won"));
                }
                let nouns = ["a {s} win over {o}", "a {s} victory over {o}"];
                let t = match form {
                    Form::Finite => choices[self.voice.pick(slot, choices.len())].0,
                    Form::Gerund => choices[self.voice.pick(slot, choices.len())].1,
                    Form::Noun => nouns[self.voice.pick(slot, nouns.len())],
                };
                fill(t, &o, &s)
            }
            Outcome::Draw => {
                let s = format!("{f}-{a}");
                let mut choices = vec![
                    ("drew {s} with {o}", "drawing {s} with {o}"),
                    (
                        "played out a {s} draw with {o}",
                        "playing out a {s} draw with {o}",
                    ),
                    ("were held {s} by {o}", "being held {s} by {o}"),
                ];
                if near == Near::Stage {
                    choices.retain(|c| !c.0.starts_with("played out"));
                }
                let t = match form {
                    Form::Finite => choices[self.voice.pick(slot, choices.len())].0,
                    Form::Gerund => choices[self.voice.pick(slot, choices.len())].1,
                    Form::Noun => "a {s} draw against {o}",
                };
                fill(t, &o, &s)
            }
            Outcome::Loss => {
                let s = format!("{a}-{f}");
                let choices = [
                    ("lost {s} to {o}", "losing {s} to {o}"),
                    ("fell {s} to {o}", "falling {s} to {o}"),
                    ("were beaten {s} by {o}", "being beaten {s} by {o}"),
                ];
                let t = match form {
                    Form::Finite => choices[self.voice.pick(slot, choices.len())].0,
                    Form::Gerund => choices[self.voice.pick(slot, choices.len())].1,
                    Form::Noun => "a {s} defeat to {o}",
                };
                fill(t, &o, &s)
            }
        }
    }

    /// " after extra time" where the match went to it.
    fn aet(m: &RunMatch) -> &'static str {
        if m.extra_time {
            " after extra time"
        } else {
            ""
        }
    }

    /// The opener, then the rest of the first round, then where the team
    /// finished in its group.
    fn group_stage(&self, out: &mut Vec<String>) {
        let ms = &self.run.matches;
        let Some(first) = ms.first() else { return };
        let t = &self.team;
        // An edition played the year after the one in its name (Euro 2020):
        // a result beside the name would be looked for in the named year, so
        // the name gets a sentence of its own.
        let edition = self.store.edition(self.run.edition_id);
        let late = edition.start.year() != edition.year as i16;
        let e = if late {
            out.push(format!(
                "{} was played in {}.",
                capitalize(&self.edition),
                edition.start.year()
            ));
            "the tournament".to_string()
        } else {
            self.edition.clone()
        };
        // "in their opening game" is a claim about the match; it needs the
        // match to be the only meeting and the team to be named outright.
        let can_say_opening =
            self.anchored && !self.met_again(first) && !self.opponent(first).contains(" and ");
        let mut opener = match self.voice.pick(1, if can_say_opening { 3 } else { 2 }) {
            0 => format!("{t} opened {e} with {}", self.result(first, Form::Noun, 10)),
            1 => format!("{t} began {e} by {}", self.result(first, Form::Gerund, 10)),
            _ if late => format!(
                "{t} {} in their opening game",
                self.result(first, Form::Finite, 10)
            ),
            _ => format!(
                "{t} {} in their opening game at {e}",
                self.result_in(first, Form::Finite, 10, Near::EditionAfter)
            ),
        };
        if !first.stage.is_group() {
            if let Some(p) = stage_phrase(first.stage) {
                opener.push_str(&format!(" in {p}"));
            }
        }
        opener.push_str(Self::aet(first));
        out.push(opener + ".");
        if !first.stage.is_group() {
            let out_at_once = first.stage.is_knockout()
                && first.stage != Stage::Final
                && first
                    .shootout_won
                    .map_or(first.outcome == Outcome::Loss, |w| !w);
            if let (true, Some(x)) = (out_at_once, exit_phrase(first.stage)) {
                out.push(format!("{t} went out in {x}."));
            }
            return;
        }
        let rest: Vec<(usize, &RunMatch)> = ms
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, m)| m.stage == first.stage)
            .collect();
        if !rest.is_empty() {
            let li_pos = rest.len() - 1;
            // With a second group round (1974-82) "their final group game"
            // would mean the last game of that round.
            let second_round = ms.iter().any(|m| m.stage == Stage::SecondGroup);
            let mut parts: Vec<String> = Vec::new();
            for (k, (i, m)) in rest.iter().enumerate() {
                let mut p = self.result(m, Form::Finite, 10 + *i as u64);
                // Not "drew ... and drew ...": another choice for a repeated verb.
                let verb = |x: &str| x.split(' ').next().unwrap_or("").to_string();
                let mut retry = 0;
                while retry < 4 && parts.last().is_some_and(|q| verb(q) == verb(&p)) {
                    retry += 1;
                    p = self.result(m, Form::Finite, 100 * retry + *i as u64);
                }
                if k == li_pos && self.anchored && !self.met_again(m) && !second_round {
                    p.push_str(" in their final group game");
                }
                parts.push(p);
            }
            // Not "went on to edge ... and thrash ...": the checker reads
            // only past forms of most result verbs.
            let lead = ["They then", "Next they", "After that they"][self.voice.pick(2, 3)];
            let text = format!("{lead} {}.", and_list(&parts));
            out.push(text.replacen("They then were ", "They were then ", 1));
        }
        if let Some(s) = self.group_finish(first) {
            out.push(s);
        }
    }

    /// "England topped Group B with seven points." Only a clear first place
    /// is a claim the checker reads; other places are said plainly.
    fn group_finish(&self, first: &RunMatch) -> Option<String> {
        let group = first.group.as_deref()?;
        let table = group_table(self.store, self.run.edition_id, group, AsOf::ALL)?;
        let row = table.rows.iter().find(|r| r.team_id == self.run.team_id)?;
        if !row.tied_with.is_empty() {
            return None;
        }
        let pts = plural(row.points, "point", "points");
        let g = &table.group;
        let t = &self.team;
        Some(match row.position {
            1 => format!("{t} topped {g} with {pts}."),
            n => format!("{t} finished {} in {g} with {pts}.", ordinal_word(n)),
        })
    }

    /// One sentence per match after the first round, then how the run ended.
    fn knockouts(&self, out: &mut Vec<String>, champion: bool) {
        let ms = &self.run.matches;
        // The first round's other matches were told with the opener.
        let first_round = ms.first().map(|m| m.stage).filter(|s| s.is_group());
        let t = &self.team;
        for (i, m) in ms.iter().enumerate() {
            if i == 0 || Some(m.stage) == first_round {
                continue;
            }
            let slot = 10 + i as u64;
            let Some(p) = stage_phrase(m.stage) else {
                out.push(format!(
                    "{t} {}.",
                    self.result_in(m, Form::Finite, slot, Near::Stage)
                ));
                continue;
            };
            if m.stage.is_group() || self.met_again(m) {
                // A second group round, or a match told without its score:
                // the stage goes first so the checker reads no stage claim
                // into a meeting it would take for a later one.
                out.push(format!(
                    "In {p} {} {}{}.",
                    self.mid,
                    self.result_in(m, Form::Finite, slot, Near::Stage),
                    Self::aet(m)
                ));
                continue;
            }
            let eliminated = m.stage != Stage::ThirdPlace
                && m.stage != Stage::Final
                && match m.shootout_won {
                    Some(won) => !won,
                    None => m.outcome == Outcome::Loss,
                };
            if let Some(won) = m.shootout_won {
                // The winner is named: "... and won the shoot-out" would be
                // read as the opponent's win (the team named last).
                let winner = if won {
                    self.mid.clone()
                } else {
                    self.opponent(m)
                };
                let pens = self
                    .store
                    .match_(m.match_id)
                    .shootout
                    .and_then(|s| s.score)
                    .map(|p| {
                        format!(
                            "the shoot-out {}-{}",
                            p.home.max(p.away),
                            p.home.min(p.away)
                        )
                    })
                    .unwrap_or_else(|| "on penalties".to_string());
                // Plainly "drew": in the record a shoot-out is a draw.
                out.push(format!(
                    "In {p} {} drew {}-{} with {}{}, and {winner} won {pens}.",
                    self.mid,
                    m.goals_for,
                    m.goals_against,
                    self.opponent(m),
                    Self::aet(m)
                ));
                if eliminated {
                    out.push(match exit_phrase(m.stage) {
                        Some(x) => format!("{t} went out in {x}."),
                        None => "That ended their tournament.".to_string(),
                    });
                }
                continue;
            }
            let aet = Self::aet(m);
            let s = match (eliminated, exit_phrase(m.stage), self.voice.pick(slot, 2)) {
                (true, Some(x), 0) => format!(
                    "{t} went out in {x}, {}{aet}.",
                    self.result_in(m, Form::Gerund, slot, Near::Stage)
                ),
                // The opponent before the stage, so the checker ties the
                // stage to this match.
                (true, _, _) => format!(
                    "Their tournament ended with {} in {p}{aet}.",
                    self.result_in(m, Form::Noun, slot, Near::Stage)
                ),
                (false, _, 0) => format!(
                    "In {p} {} {}{aet}.",
                    self.mid,
                    self.result_in(m, Form::Finite, slot, Near::Stage)
                ),
                (false, _, _) => format!(
                    "{t} {} in {p}{aet}.",
                    self.result_in(m, Form::Finite, slot, Near::Stage)
                ),
            };
            out.push(s);
        }
        let run = self.run;
        if champion {
            let e = &self.edition;
            out.push(match self.voice.pick(3, 2) {
                0 => format!("{t} won {e}."),
                _ => format!("{t} were champions, having won {e}."),
            });
        } else if run.stage_reached == Stage::Final {
            out.push(format!("{t} finished as runners-up."));
        } else if run.stage_reached.is_group() && run.knockout.played == 0 {
            out.push(match exit_phrase(run.stage_reached) {
                Some(x) => format!("{t} went out in {x}."),
                None => format!("{t} went no further."),
            });
        }
    }

    /// Goals for and against overall and, where there were knock-outs, by stage.
    fn totals(&self, out: &mut Vec<String>) {
        let r = self.run;
        let t = &self.team;
        let mid = &self.mid;
        let (gf, ga, p) = (r.goals_for, r.goals_against, r.played);
        let goals = plural(gf, "goal", "goals");
        let games = plural(p, "game", "games");
        let against = if ga == 0 {
            "none".to_string()
        } else {
            count(ga)
        };
        let only = p == 1;
        let games = if only {
            "their only game".to_string()
        } else {
            games
        };
        out.push(match self.voice.pick(4, 3) {
            0 if only => format!("In {games} {mid} scored {goals} and conceded {against}."),
            0 => format!("Over {games} {mid} scored {goals} and conceded {against}."),
            1 => format!("{t} scored {goals} and conceded {against} in {games}."),
            _ => format!("In {games} {mid} scored {goals} and conceded {against}."),
        });
        if only {
            return;
        }
        let mut record = Vec::new();
        for (n, one, many) in [
            (r.won, "a win", "wins"),
            (r.drawn, "a draw", "draws"),
            (r.lost, "a defeat", "defeats"),
        ] {
            match n {
                0 => {}
                // Not "one defeat": after "and" the checker reads it as
                // more of the count before.
                1 => record.push(one.to_string()),
                n => record.push(format!("{} {many}", count(n))),
            }
        }
        // Not "their record was ...": the checker reads "record" and "win"
        // as a claim about the team's biggest win.
        out.push(match self.voice.pick(6, 2) {
            0 => format!("The run brought {}.", and_list(&record)),
            _ => format!("In all they had {}.", and_list(&record)),
        });
        if r.knockout.played > 0 && r.group_stage.played > 0 {
            let (g, k) = (&r.group_stage, &r.knockout);
            // No team named in this sentence: "they ... in the group stage"
            // is read as the stage of a match.
            let scored = match by_stage(g.goals_for, k.goals_for) {
                Some((n, stage, rest)) => {
                    format!("{} scored in {stage}{rest}", plural(n, "goal", "goals"))
                }
                None => "no goals scored".to_string(),
            };
            let mut s = format!("That was {scored}");
            if let Some((n, stage, rest)) = by_stage(g.goals_against, k.goals_against) {
                // The verb before the number: the checker takes the measure from it.
                s.push_str(&format!(", conceding {} in {stage}{rest}", count(n)));
            }
            out.push(s + ".");
        }
    }

    /// The top scorer with their count. "Tally" keeps the checker from
    /// reading "with two goals" as two goals in one match; one and two are
    /// said as "once" and "twice" for names the checker cannot find (a
    /// number after an unknown name is read as the team's total).
    fn scorers(&self, out: &mut Vec<String>, top: &[ScorerCount]) {
        let Some(first) = top.first() else { return };
        let n = first.goals;
        let names: Vec<String> = top.iter().map(|s| s.player.clone()).collect();
        if names.len() > 4 && n <= 2 {
            out.push(format!(
                "No player scored more than {}.",
                if n == 1 { "once" } else { "twice" }
            ));
            return;
        }
        let findable = names.iter().all(|p| findable_name(p));
        let goals = plural(n, "goal", "goals");
        if names.len() == 1 {
            let p = &names[0];
            if !findable && n <= 2 {
                let times = if n == 1 { "once" } else { "twice" };
                out.push(format!("{p} scored {times}, the best tally in the team."));
                return;
            }
            out.push(match self.voice.pick(5, 3) {
                0 => format!("{p} had the best tally in the team, with {goals}."),
                1 => format!("{p} led their scoring with {goals}, the best tally in the team."),
                _ => format!("{p} scored {goals}, the best tally in the team."),
            });
        } else {
            let who = and_list(&names);
            if !findable && n <= 2 {
                let times = if n == 1 { "once" } else { "twice" };
                out.push(format!(
                    "{who} scored {times} each, the best tally in the team."
                ));
                return;
            }
            out.push(format!(
                "{who} shared the best tally in the team, with {goals} each."
            ));
        }
    }
}

/// Whether the checker can find a name in running text: it passes over
/// multi-word names whose last part starts lowercase after a hyphen
/// ("Cho Gue-sung").
fn findable_name(name: &str) -> bool {
    !name
        .split('-')
        .skip(1)
        .any(|part| part.chars().next().is_some_and(char::is_lowercase))
}

/// A count split by stage: the first count, its stage, and the rest
/// (" and two in the knock-outs"), the non-zero part first: the checker carries the measure of
/// the first number to the one after "and", and "none" breaks that chain.
/// `None` when both are zero.
fn by_stage(group: u32, knockout: u32) -> Option<(u32, &'static str, String)> {
    const G: &str = "the group stage";
    const K: &str = "the knock-outs";
    match (group, knockout) {
        (0, 0) => None,
        (g, 0) => Some((g, G, format!(" and none in {K}"))),
        (0, k) => Some((k, K, format!(" and none in {G}"))),
        (g, k) => Some((g, G, format!(" and {} in {K}", count(k)))),
    }
}

/// A template with its opponent and score, "an" before a score read with a
/// vowel sound ("an 8-0 defeat", "an 11-0 win").
fn fill(template: &str, opponent: &str, score: &str) -> String {
    let vowel = score.starts_with('8') || score.starts_with("11-") || score.starts_with("18-");
    let t = if vowel && template.starts_with("a {s}") {
        template.replacen("a {s}", "an {s}", 1)
    } else {
        template.to_string()
    };
    t.replace("{o}", opponent).replace("{s}", score)
}

fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn ordinal_word(n: u32) -> String {
    match n {
        1 => "first".into(),
        2 => "second".into(),
        3 => "third".into(),
        4 => "fourth".into(),
        5 => "fifth".into(),
        6 => "sixth".into(),
        n => format!("{n}th"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn store() -> &'static Store {
        static S: OnceLock<Store> = OnceLock::new();
        S.get_or_init(|| load_embedded().expect("embedded data loads"))
    }

    fn summary(team: &str, edition: &str) -> Option<Summary> {
        let s = store();
        let Lookup::Found(t) = s.lookup_team(team) else {
            panic!("team {team}")
        };
        let Lookup::Found(e) = s.lookup_edition(edition) else {
            panic!("edition {edition}")
        };
        team_summary(s, t, e)
    }

    /// Position of `needle` in `text`, failing with the paragraph.
    fn at(text: &str, needle: &str) -> usize {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in: {text}"))
    }

    #[test]
    fn england_2022_from_iran_to_france() {
        let s = summary("England", "World Cup 2022").unwrap();
        let t = &s.text;
        assert_eq!(s.edition, "the 2022 World Cup");
        // The opener comes first, then the other opponents in order of play.
        let order = ["Iran", "United States", "Wales", "Senegal", "France"].map(|o| at(t, o));
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{t}");
        assert!(t.contains("6-2"), "{t}");
        assert!(
            t.contains("scored 13 goals") && t.contains("conceded four"),
            "{t}"
        );
        assert!(t.contains("nine goals scored in the group stage and four in the knock-outs"));
        let exit = t
            .split(". ")
            .find(|x| x.contains("quarter-finals"))
            .unwrap_or_else(|| panic!("no quarter-final in {t}"));
        assert!(exit.contains("2-1") && exit.contains("France"), "{t}");
        assert_eq!(s.stage_reached, Stage::QuarterFinal);
        assert!(!s.champion);
        assert_eq!(s.match_ids.len(), 5);
        // Saka and Rashford scored three each: a tie is said as one.
        let names: Vec<&str> = s.top_scorers.iter().map(|x| x.player.as_str()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(t.contains("with three goals each"), "{t}");
        for n in names {
            assert!(t.contains(n), "{n} not in {t}");
        }
    }

    #[test]
    fn argentina_2022_champions_on_penalties() {
        let s = summary("Argentina", "World Cup 2022").unwrap();
        let t = &s.text;
        assert!(s.champion);
        assert_eq!(s.stage_reached, Stage::Final);
        assert!(at(t, "Saudi Arabia") < at(t, "Mexico"), "{t}");
        // The final is a 3-3 draw in the record; the shoot-out decided it.
        let final_ = &t[at(t, "In the final")..];
        assert!(
            final_.starts_with(
                "In the final Argentina drew 3-3 with France after extra time, \
                 and Argentina won the shoot-out 4-2."
            ),
            "{t}"
        );
        assert!(t.contains("won the 2022 World Cup"), "{t}");
        assert!(
            t.contains("scored 15 goals") && t.contains("conceded eight"),
            "{t}"
        );
        assert!(t.contains("four wins, two draws and a defeat"), "{t}");
        assert!(
            t.contains("Lionel Messi") && t.contains("seven goals"),
            "{t}"
        );
    }

    #[test]
    fn a_team_that_did_not_play_has_no_summary() {
        assert!(summary("Italy", "World Cup 2022").is_none());
    }

    #[test]
    fn group_stage_exit_and_shootout_exit() {
        let s = summary("Germany", "World Cup 2022").unwrap();
        assert_eq!(s.stage_reached, Stage::Group);
        assert!(s.text.contains("went out in the group stage"), "{}", s.text);
        assert!(!s.text.contains("knock-outs"), "{}", s.text);
        let s = summary("Japan", "World Cup 2022").unwrap();
        assert!(
            s.text.contains(
                "drew 1-1 with Croatia after extra time, and Croatia won the shoot-out 3-1"
            ) && s.text.contains("went out in the last 16"),
            "{}",
            s.text
        );
    }

    #[test]
    fn an_opponent_met_twice_keeps_the_later_score() {
        // Croatia and Morocco met in the group (0-0) and for third place (2-1).
        let s = summary("Croatia", "World Cup 2022").unwrap();
        // The wording varies with the edition's id (Voice), so the test
        // looks for the later score in the third-place sentence, whichever
        // way it is put.
        let third = s
            .text
            .split(". ")
            .find(|x| x.contains("third-place play-off"))
            .unwrap_or_else(|| panic!("no third-place sentence: {}", s.text));
        assert!(third.contains("2-1 against Morocco"), "{}", s.text);
        assert!(!s.text.contains("0-0 draw against Morocco"), "{}", s.text);
    }

    #[test]
    fn editions_are_named_as_writers_name_them() {
        let s = store();
        let name = |e: &str| {
            let Lookup::Found(id) = s.lookup_edition(e) else {
                panic!("{e}")
            };
            edition_phrase(s, id)
        };
        assert_eq!(name("World Cup 2018"), "the 2018 World Cup");
        assert_eq!(name("Euro 2024"), "Euro 2024");
        // Played in 2021, named for 2020.
        assert_eq!(name("Euro 2020"), "Euro 2020");
    }

    #[test]
    fn wording_is_stable_and_varied() {
        let a = summary("France", "World Cup 2018").unwrap();
        let b = summary("France", "World Cup 2018").unwrap();
        assert_eq!(a.text, b.text);
        let s = store();
        let Lookup::Found(e) = s.lookup_edition("World Cup 2022") else {
            panic!()
        };
        let mut openings: Vec<String> = Vec::new();
        for t in s.edition(e).matches.iter().map(|m| s.match_(*m).home) {
            let text = team_summary(s, t, e).unwrap().text;
            let name = s.team_name(t);
            let rest = text.trim_start_matches("The ").trim_start_matches(name);
            let verb = rest.split_whitespace().next().unwrap_or("").to_string();
            if !openings.contains(&verb) {
                openings.push(verb);
            }
        }
        assert!(openings.len() >= 4, "{openings:?}");
    }

    #[test]
    fn ambiguous_names_get_a_cue() {
        let s = summary("Georgia", "Euro 2024").unwrap();
        assert!(s.text.starts_with("The Georgian side "), "{}", s.text);
        let s = summary("Turkey", "Euro 2024").unwrap();
        assert!(s.text.starts_with("Türkiye "), "{}", s.text);
    }
}

//! The types the store holds. Ids are small integers into the store's vectors so
//! that queries are index look-ups, not string comparisons.

use jiff::civil::Date;
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident($inner:ty)) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub $inner);
        impl $name {
            /// The position of this item in the store's vector.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// A national team, under its current name.
    TeamId(u16)
);
id_type!(
    /// A goalscorer, keyed by the spelling results.csv uses where it has one.
    PlayerId(u32)
);
id_type!(
    /// One real match (sources merged).
    MatchId(u32)
);
id_type!(
    /// A tournament such as "FIFA World Cup" (results.csv's `tournament`).
    CompetitionId(u16)
);
id_type!(
    /// One edition of a final tournament, e.g. the 2022 World Cup.
    EditionId(u16)
);

/// Goals from the home and away sides, in that order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Score {
    pub home: u8,
    pub away: u8,
}

impl Score {
    pub fn new(home: u8, away: u8) -> Self {
        Self { home, away }
    }
    /// The same score read from the other side.
    pub fn flipped(self) -> Self {
        Self {
            home: self.away,
            away: self.home,
        }
    }
    pub fn total(self) -> u16 {
        self.home as u16 + self.away as u16
    }
    /// Whether a written "a-b" is this score from either side: writers put
    /// the winner's goals first, whichever side was at home.
    pub fn reads_as(self, a: u8, b: u8) -> bool {
        (self.home, self.away) == (a, b) || (self.home, self.away) == (b, a)
    }
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.home, self.away)
    }
}

/// Where a match sits in its tournament. The order is the order of play, so
/// "reached at least the semi-finals" is a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Not a tournament match, or a stage the sources do not name.
    Unknown,
    Preliminary,
    Group,
    /// The second group round of 1974–1982 (and 1950's final round).
    SecondGroup,
    RoundOf32,
    RoundOf16,
    QuarterFinal,
    SemiFinal,
    ThirdPlace,
    Final,
}

impl Stage {
    pub fn is_knockout(self) -> bool {
        matches!(
            self,
            Stage::RoundOf32
                | Stage::RoundOf16
                | Stage::QuarterFinal
                | Stage::SemiFinal
                | Stage::ThirdPlace
                | Stage::Final
        )
    }
    pub fn is_group(self) -> bool {
        matches!(self, Stage::Group | Stage::SecondGroup)
    }
    /// Human label, as a newsroom would write it.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Unknown => "match",
            Stage::Preliminary => "preliminary round",
            Stage::Group => "group stage",
            Stage::SecondGroup => "second group stage",
            Stage::RoundOf32 => "round of 32",
            Stage::RoundOf16 => "round of 16",
            Stage::QuarterFinal => "quarter-final",
            Stage::SemiFinal => "semi-final",
            Stage::ThirdPlace => "third-place match",
            Stage::Final => "final",
        }
    }
    /// How far a team got, used for "reached the semi-finals": the third-place
    /// match means the team reached the semi-finals.
    pub fn progress(self) -> Stage {
        if self == Stage::ThirdPlace {
            Stage::SemiFinal
        } else {
            self
        }
    }
}

/// A penalty shoot-out after a drawn match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Shootout {
    pub winner: TeamId,
    /// Kicks scored, home side first; only some sources have it.
    pub score: Option<Score>,
}

/// How a knock-out match's extra time is known; the rules, in order, are in
/// docs/data-rules.md. Kept on the match so a verdict can say why.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExtraTimeBasis {
    /// Not a knock-out match, or nothing tells (a scorer's minute missing).
    #[default]
    Unknown,
    /// openfootball's JSON or Football.TXT says whether it went to extra time.
    Source,
    /// A goal after the 90th minute (stoppage time of the second half is
    /// folded into 90): extra time was played.
    GoalAfter90,
    /// Level and settled by a shoot-out in a competition that plays extra
    /// time first: extra time was played.
    ShootoutAfterDraw,
    /// Level and settled by a shoot-out where the rules sent a draw straight
    /// to penalties (`data/rules/extra_time.tsv`): no extra time.
    StraightToPenalties,
    /// A winner, every goal's minute known and none after the 90th: no extra time.
    DecidedIn90,
}

impl ExtraTimeBasis {
    pub const ALL: [ExtraTimeBasis; 6] = [
        ExtraTimeBasis::Unknown,
        ExtraTimeBasis::Source,
        ExtraTimeBasis::GoalAfter90,
        ExtraTimeBasis::ShootoutAfterDraw,
        ExtraTimeBasis::StraightToPenalties,
        ExtraTimeBasis::DecidedIn90,
    ];
    pub fn name(self) -> &'static str {
        match self {
            ExtraTimeBasis::Unknown => "unknown",
            ExtraTimeBasis::Source => "source",
            ExtraTimeBasis::GoalAfter90 => "goal_after_90",
            ExtraTimeBasis::ShootoutAfterDraw => "shootout_after_draw",
            ExtraTimeBasis::StraightToPenalties => "straight_to_penalties",
            ExtraTimeBasis::DecidedIn90 => "decided_in_90",
        }
    }
}

/// Which source files a fact came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Sources {
    pub results_csv: bool,
    /// openfootball's tournament JSON.
    pub openfootball: bool,
    /// openfootball's Football.TXT files (`openfootball/*-txt/`).
    pub football_txt: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Match {
    pub id: MatchId,
    pub date: Date,
    /// Kick-off time as the source gives it (openfootball only), e.g. "22:00".
    pub time: Option<Box<str>>,
    pub home: TeamId,
    pub away: TeamId,
    /// The final score, including extra time, excluding a shoot-out.
    pub score: Score,
    /// The score after 90 minutes, when the match went to extra time: from a
    /// source, or counted from the goals' minutes where a rule found the
    /// extra time (docs/data-rules.md).
    pub full_time: Option<Score>,
    pub half_time: Option<Score>,
    pub extra_time: bool,
    /// How `extra_time` is known for a knock-out match: from a source, or by
    /// one of the rules of docs/data-rules.md (a goal after the 90th minute, a
    /// shoot-out after a draw, a competition that went straight to penalties).
    /// `Unknown` for other matches and where no rule applies.
    pub extra_time_basis: ExtraTimeBasis,
    /// False for the wartime and Victory internationals that official
    /// records leave out (`data/rules/unofficial_matches.tsv`); head-to-heads
    /// and tallies can be asked with or without them.
    pub official: bool,
    pub shootout: Option<Shootout>,
    pub competition: CompetitionId,
    pub edition: Option<EditionId>,
    pub stage: Stage,
    /// "Group B" as the source spells it.
    pub group: Option<Box<str>>,
    /// Shared: a few thousand places for 50,000 matches.
    pub city: Arc<str>,
    pub country: Arc<str>,
    pub neutral: bool,
    /// Stadium, from openfootball ("Al Bayt Stadium, Al Khor").
    pub ground: Option<Box<str>>,
    /// This match's goals: a range into [`crate::Store::goals`], in order of play.
    pub goals: Range<u32>,
    /// True when the scorer list adds up to the score; a player's tally over
    /// matches where this is false is only a lower bound.
    pub scorers_complete: bool,
    pub sources: Sources,
}

impl Match {
    pub fn involves(&self, team: TeamId) -> bool {
        self.home == team || self.away == team
    }
    pub fn opponent(&self, team: TeamId) -> TeamId {
        if self.home == team {
            self.away
        } else {
            self.home
        }
    }
    /// Goals for and against `team`.
    pub fn goals_for_against(&self, team: TeamId) -> (u8, u8) {
        if self.home == team {
            (self.score.home, self.score.away)
        } else {
            (self.score.away, self.score.home)
        }
    }
    /// The score from `team`'s side.
    pub fn score_for(&self, team: TeamId) -> Score {
        if self.home == team {
            self.score
        } else {
            self.score.flipped()
        }
    }
    /// Who won, counting a shoot-out: for "knocked out", "went through".
    pub fn winner(&self) -> Option<TeamId> {
        if self.score.home > self.score.away {
            Some(self.home)
        } else if self.score.away > self.score.home {
            Some(self.away)
        } else {
            self.shootout.map(|s| s.winner)
        }
    }
    /// Who won the match itself; a shoot-out counts as a draw in the record.
    pub fn result_for(&self, team: TeamId) -> Outcome {
        let (f, a) = self.goals_for_against(team);
        match f.cmp(&a) {
            std::cmp::Ordering::Greater => Outcome::Win,
            std::cmp::Ordering::Less => Outcome::Loss,
            std::cmp::Ordering::Equal => Outcome::Draw,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Win,
    Draw,
    Loss,
}

#[derive(Clone, Debug, Serialize)]
pub struct Goal {
    pub match_id: MatchId,
    /// The team the goal counts for (the opponent of an own goal's scorer).
    pub team: TeamId,
    pub player: PlayerId,
    /// The minute as the match clock reads before stoppage time: 90 for 90+13.
    pub minute: Option<u8>,
    /// Minutes of stoppage time: 13 for 90+13 (openfootball only).
    pub stoppage: Option<u8>,
    pub penalty: bool,
    pub own_goal: bool,
    /// The other source's minute where the two disagree (Messi 108 vs 109).
    pub alt_minute: Option<u8>,
    /// The score after this goal, home side first.
    pub score_after: Score,
}

impl Goal {
    /// "90+13'", "54'" or "?'".
    pub fn minute_label(&self) -> String {
        match (self.minute, self.stoppage) {
            (Some(m), Some(s)) => format!("{m}+{s}'"),
            (Some(m), None) => format!("{m}'"),
            _ => "?'".to_string(),
        }
    }
}

/// A minute on the match clock: `90+2'` is minute 90 with 2 of stoppage time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct MatchMinute {
    pub minute: u8,
    pub stoppage: Option<u8>,
}

impl MatchMinute {
    pub fn new(minute: u8, stoppage: Option<u8>) -> Self {
        Self { minute, stoppage }
    }
    /// "90+2'" or "54'".
    pub fn label(self) -> String {
        match self.stoppage {
            Some(s) => format!("{}+{s}'", self.minute),
            None => format!("{}'", self.minute),
        }
    }
}

impl std::fmt::Display for MatchMinute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

/// A player's part in one match, from a line-up (World Cups only: the
/// Football.TXT files). A starter has `started` and no `on`; a substitute came
/// on at `on`. `off` is when he was substituted; a sending-off is recorded
/// apart (see [`SendingOff`]) and does not set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Appearance {
    pub match_id: MatchId,
    pub team: TeamId,
    pub player: PlayerId,
    pub started: bool,
    pub on: Option<MatchMinute>,
    pub off: Option<MatchMinute>,
}

impl Appearance {
    pub fn substitute(&self) -> bool {
        !self.started
    }
}

/// A player sent off. `minute` is `None` where the source gives none (its
/// World Cup files before 1974 write a placeholder 60').
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SendingOff {
    pub match_id: MatchId,
    pub team: TeamId,
    pub player: PlayerId,
    pub minute: Option<MatchMinute>,
}

/// One kick of a penalty shoot-out. `order` counts the team's own kicks from
/// 1; the source lists each team's kicks apart, so which team kicked first is
/// not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ShootoutKick {
    pub match_id: MatchId,
    pub team: TeamId,
    pub player: PlayerId,
    pub order: u8,
    pub scored: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Team {
    pub id: TeamId,
    pub name: Box<str>,
    pub aliases: Vec<Box<str>>,
    pub nicknames: Vec<Box<str>>,
    pub adjectives: Vec<Box<str>>,
    /// Former names with the dates they were used (results.csv uses current names).
    pub former_names: Vec<FormerName>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FormerName {
    pub name: Box<str>,
    pub from: Date,
    pub to: Date,
}

#[derive(Clone, Debug, Serialize)]
pub struct Player {
    pub id: PlayerId,
    pub name: Box<str>,
    /// Other spellings seen in the sources ("Wout Werghost").
    pub variants: Vec<Box<str>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Competition {
    pub id: CompetitionId,
    pub name: Box<str>,
    pub aliases: Vec<Box<str>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Edition {
    pub id: EditionId,
    pub competition: CompetitionId,
    /// The year in the edition's name ("Euro 2020" was played in 2021).
    pub year: u16,
    pub start: Date,
    pub end: Date,
    /// Matches in order of play.
    pub matches: Vec<MatchId>,
    /// Countries where its matches were played, most matches first.
    pub hosts: Vec<Box<str>>,
    /// Whether stages come from openfootball or were inferred from the bracket.
    pub stages_from_source: bool,
}

/// One step in ordering a group table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Points,
    GoalDifference,
    GoalsFor,
    /// Points in the matches among the teams still tied.
    H2hPoints,
    H2hGoalDifference,
    H2hGoalsFor,
}

impl Criterion {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "points" => Criterion::Points,
            "goal_difference" => Criterion::GoalDifference,
            "goals_for" => Criterion::GoalsFor,
            "h2h_points" => Criterion::H2hPoints,
            "h2h_goal_difference" => Criterion::H2hGoalDifference,
            "h2h_goals_for" => Criterion::H2hGoalsFor,
            _ => return None,
        })
    }
    pub fn is_head_to_head(self) -> bool {
        matches!(
            self,
            Criterion::H2hPoints | Criterion::H2hGoalDifference | Criterion::H2hGoalsFor
        )
    }
}

/// The tie-breaking rules of a competition over a span of editions, as data
/// (data/rules/tiebreakers.tsv), so a new regulation is a new row, not code.
#[derive(Clone, Debug, Serialize)]
pub struct TieBreakRule {
    /// `None` for the fallback rows.
    pub competition: Option<CompetitionId>,
    pub from_year: u16,
    pub to_year: u16,
    pub win_points: u8,
    pub criteria: Vec<Criterion>,
}

//! What the checker reports: one `ClaimReport` per claim, serialised once and
//! rendered by every front end (CLI, server, editor).

use offside_data::{Date, MatchId};
use offside_text::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    True,
    False,
    Unverifiable,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::True => "true",
            Verdict::False => "false",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

/// The kinds of the gold files (../shared/DESIGN.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Result,
    Score,
    Tally,
    Scorer,
    Minute,
    Penalty,
    OwnGoal,
    Shootout,
    Stage,
    Standing,
    Date,
    Venue,
    HeadToHead,
    Record,
    Other,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Result => "result",
            ClaimKind::Score => "score",
            ClaimKind::Tally => "tally",
            ClaimKind::Scorer => "scorer",
            ClaimKind::Minute => "minute",
            ClaimKind::Penalty => "penalty",
            ClaimKind::OwnGoal => "own_goal",
            ClaimKind::Shootout => "shootout",
            ClaimKind::Stage => "stage",
            ClaimKind::Standing => "standing",
            ClaimKind::Date => "date",
            ClaimKind::Venue => "venue",
            ClaimKind::HeadToHead => "head_to_head",
            ClaimKind::Record => "record",
            ClaimKind::Other => "other",
        }
    }
}

/// A match cited as evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Evidence {
    pub match_id: MatchId,
    pub date: Date,
    pub home: String,
    pub away: String,
    pub score: String,
    /// "2022-12-10 England 1-2 France (FIFA World Cup 2022, quarter-final)".
    pub summary: String,
}

/// One checked claim.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ClaimReport {
    /// Byte span in the checked text.
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    /// The claim as the text makes it, normalised ("England conceded 3").
    pub claimed: String,
    /// What the data says ("4"), when it says something.
    pub actual: Option<String>,
    /// The query in plain words and why the verdict follows.
    pub explanation: String,
    pub evidence: Vec<Evidence>,
    /// Which rule produced it (for `--verbose` and switching rules off).
    pub rule: &'static str,
    /// The verbatim text of the span.
    pub text: String,
    /// When the data disagrees with the claim but the reading is not sure
    /// enough to call it false: the doubt that held (`proof::DOUBTS`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doubt: Option<&'static str>,
    /// What the reader understood of the claim's slots, and where they came
    /// from, so a user can see why a verdict is what it is.
    pub slots: Slots,
}

/// The slots of a claim's frame that readers record (see ARCHITECTURE.md,
/// "Slots and where they come from").
#[derive(Clone, Copy, Debug, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Slots {
    /// Whose figure it is: "team", "player", "player_career" (a career in a
    /// competition), "players" (the same figure for each), "match"; absent
    /// when the reader does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<&'static str>,
    /// The claim's own words state what its count runs over ("in
    /// qualifying", "of the tournament", "in the knockout rounds").
    pub scope_stated: bool,
    /// The data left one match that fits what the sentence says.
    pub match_pinned: bool,
    /// A relative time ("five minutes later") counts from a goal timed in
    /// the same or the previous sentence.
    pub time_anchored: bool,
}

/// Everything checked in one document.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report {
    /// The date claims were judged at, and where it came from.
    pub as_of: Option<Date>,
    pub as_of_source: AsOfSource,
    pub claims: Vec<ClaimReport>,
    /// Anchors (numbers, scores, minutes, dates, result verbs, stage phrases)
    /// that no rule explained: the to-do list for recall.
    pub unexplained: Vec<Anchor>,
}

impl Report {
    pub fn false_count(&self) -> usize {
        self.claims
            .iter()
            .filter(|c| c.verdict == Verdict::False)
            .count()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AsOfSource {
    /// Given by the caller (`--as-of`, a JSON field).
    Given,
    /// A first line `date YYYY-MM-DD`.
    DateLine,
    /// Inferred from the article (the dates and matches it names).
    Inferred,
    /// Nothing to go on: every match in the data counts.
    None,
    /// Nothing in the article dates it: judged as of the latest match in the data.
    Latest,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Anchor {
    pub span: Span,
    pub text: String,
    pub what: &'static str,
}

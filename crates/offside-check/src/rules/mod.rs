//! Claim rules: small units, each finding one kind of claim in a sentence and
//! verifying it. All are registered here, in one place, by name.

mod aggregate;
mod all_goals;
mod box_score;
pub(crate) mod fixture;
mod goals;
mod h2h;
mod halftime;
mod lineup;
mod nth_goal;
mod off_the_bench;
mod replaced;
mod result;
mod shootout;
pub(crate) mod stage;
mod standing;
mod subset;
mod tally;
mod team_goal;
#[cfg(test)]
mod testing;
pub(crate) mod titles;
mod unverifiable;
pub(crate) mod venue_date;

use crate::context::SentenceCtx;
use crate::report::{ClaimKind, Verdict};
pub use h2h::TRIGGERS as H2H_TRIGGERS;
use offside_data::{Match, MatchId, TeamId};
use offside_text::Span;

/// A claim a rule found, before line/column and evidence details are added.
#[derive(Clone, Debug)]
pub struct Finding {
    pub span: Span,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    pub claimed: String,
    pub actual: Option<String>,
    pub explanation: String,
    pub evidence: Vec<MatchId>,
    pub rule: &'static str,
    /// The goal minute this claim was about, so "a minute later" can follow it.
    pub minute: Option<u8>,
    /// Whose count a tally is, when the rule knows (the proof gate doubts a
    /// team's count in a clause about a player).
    pub subject: Option<Subject>,
    /// The doubt that kept this claim from being false (see `proof`).
    pub doubt: Option<&'static str>,
    /// The data itself pinned the match: it is the only one that fits what
    /// the sentence says (a player's one match of the stage it names).
    pub match_pinned: bool,
    /// The claim's own words say what its count runs over ("in qualifying"),
    /// so a wider scope named elsewhere in the sentence is not a doubt.
    pub scope_stated: bool,
    /// A relative time ("five minutes later") counts from a goal the same or
    /// the previous sentence timed: its reference is stated.
    pub anchored: bool,
    /// The rule read a hope or a coming match as a present fact ("seeking a
    /// fourth title": three won so far), so the words of hope in the
    /// clause make it no less checkable.
    pub reframed: bool,
}

/// Whose figure a claim states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Team,
    /// A player's figure in one edition or match.
    Player,
    /// A player's figure over a career in a competition.
    PlayerCareer,
    /// The same figure for each of several players ("five goals apiece").
    Players,
    /// A fact of one match (its stage, its score).
    Match,
}

impl Finding {
    pub fn new(
        rule: &'static str,
        kind: ClaimKind,
        span: Span,
        claimed: impl Into<String>,
    ) -> Self {
        Finding {
            span,
            kind,
            verdict: Verdict::Unverifiable,
            claimed: claimed.into(),
            actual: None,
            explanation: String::new(),
            evidence: Vec::new(),
            rule,
            minute: None,
            subject: None,
            doubt: None,
            match_pinned: false,
            scope_stated: false,
            anchored: false,
            reframed: false,
        }
    }
    pub fn about(mut self, subject: Subject) -> Self {
        self.subject = Some(subject);
        self
    }
    pub fn scope_stated(mut self) -> Self {
        self.scope_stated = true;
        self
    }
    /// True when `ok`, else false (with the right value), with the query in words.
    pub fn judged(
        mut self,
        ok: bool,
        actual: impl Into<String>,
        explanation: impl Into<String>,
    ) -> Self {
        self.verdict = if ok { Verdict::True } else { Verdict::False };
        self.actual = Some(actual.into());
        self.explanation = explanation.into();
        self
    }
    pub fn unverifiable(mut self, why: impl Into<String>) -> Self {
        self.verdict = Verdict::Unverifiable;
        self.explanation = why.into();
        self
    }
    pub fn with_evidence(mut self, ids: impl IntoIterator<Item = MatchId>) -> Self {
        self.evidence.extend(ids);
        self
    }
}

/// One rule. `check` looks at one sentence and pushes what it found.
pub trait Rule: Send + Sync {
    fn name(&self) -> &'static str;
    fn description(&self) -> &'static str;
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>);
}

/// Every rule, in the order they run.
pub fn all() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(result::MatchResult),
        Box::new(halftime::ScoreState),
        Box::new(shootout::Shootout),
        Box::new(aggregate::Aggregate),
        Box::new(goals::Scorer),
        Box::new(goals::GoalMinute),
        Box::new(box_score::BoxScore),
        Box::new(team_goal::TeamFirstGoal),
        Box::new(goals::Penalty),
        Box::new(goals::OwnGoal),
        Box::new(all_goals::AllGoals),
        Box::new(tally::Tally),
        Box::new(nth_goal::NthGoal),
        Box::new(subset::Subset),
        Box::new(stage::StageClaim),
        Box::new(fixture::Fixture),
        Box::new(standing::Standing),
        Box::new(venue_date::MatchDate),
        Box::new(venue_date::Venue),
        Box::new(titles::Titles),
        Box::new(h2h::HeadToHead),
        Box::new(lineup::Lineup),
        Box::new(off_the_bench::OffTheBench),
        Box::new(replaced::Replaced),
        Box::new(unverifiable::OutsideTheData),
    ]
}

/// Words that say the subject won.
pub const WIN_WORDS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "victory",
    "victories",
    "win",
    "wins",
    "won",
    "winning",
    "triumph",
    "triumphed",
    "thrashed",
    "thrashing",
    "thumping",
    "hammered",
    "hammering",
    "dismantling",
    "dismantled",
    "crushed",
    "routed",
    "edged",
    "overcame",
    "stunned",
    "defeated",
    "defeating",
    "demolished",
    "demolition",
    "rout",
    "downed",
    "saw",
    "outclassed",
    "edge",
    "edging",
    "thrash",
    "hammer",
    "crush",
    "crushing",
    "overcome",
    "overcoming",
    "stun",
    "stunning",
    "down",
    "downing",
    "sink",
    "sank",
    "sinking",
    "swept",
    "brushed",
    "cruised",
    "eased",
    "destroyed",
    "destroying",
    "trounced",
    "trouncing",
    "thumped",
    "battered",
    "walloped",
    "demolishing",
];
pub const LOSS_WORDS: &[&str] = &[
    "lost",
    "losing",
    "loss",
    "losses",
    "fell",
    "beaten",
    "slumped",
    "suffered",
    "defeats",
    "humbled",
    "succumbed",
];
pub const DRAW_WORDS: &[&str] = &[
    "draw",
    "drew",
    "drawn",
    "stalemate",
    "tie",
    "tied",
    "level",
    "all",
    "square",
    "goalless",
];

/// The score as `team` sees it, final and after 90 minutes.
pub fn scores_for(m: &Match, team: TeamId) -> Vec<(u8, u8)> {
    let mut v = Vec::new();
    let s = m.score_for(team);
    v.push((s.home, s.away));
    if let Some(ft) = m.full_time {
        let ft = if m.home == team { ft } else { ft.flipped() };
        if (ft.home, ft.away) != (s.home, s.away) {
            v.push((ft.home, ft.away));
        }
    }
    v
}

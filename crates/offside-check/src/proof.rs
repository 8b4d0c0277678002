//! False is a proof. A rule that finds a claim at odds with the data says
//! false; before that verdict reaches a reader, this module asks whether the
//! reading behind it is sure enough to accuse the writer. Each [`Doubt`] is
//! one reason a careful human checker would hold back: the clause is
//! hypothetical or negated, the player was named for a miss or a pass, the
//! match checked is not the one the sentence names, the count may belong to a
//! player or a career rather than the team's edition, the figure is
//! approximate, or the article has no date. A false claim with a doubt
//! becomes unverifiable, keeping the data's value and naming the doubt.
//!
//! Doubts only ever weaken a false verdict: they never make a claim true and
//! never touch a true one. Their cue words live in `lexicon/doubts.tsv`.

use crate::context::SentenceCtx;
use crate::lexicon::lexicon;
use crate::mentions::MentionKind;
use crate::report::{AsOfSource, ClaimKind, Verdict};
use crate::rules::{Finding, Subject};
use offside_data::{MatchId, Stage};
use offside_text::TokenKind;

/// What a doubt sees: the sentence, the finding, and where the finding sits.
pub struct Review<'a, 'b> {
    pub ctx: &'b SentenceCtx<'a>,
    pub finding: &'b Finding,
    /// Token range the finding's span covers, inclusive.
    pub first: usize,
    pub last: usize,
    /// The clause around it: from the boundary before `first` to the one
    /// after `last` (exclusive).
    pub clause: (usize, usize),
    pub as_of_source: AsOfSource,
}

/// One reason not to call a claim false.
pub struct Doubt {
    pub name: &'static str,
    pub description: &'static str,
    /// `Some(reason)` when the doubt holds for this finding.
    pub test: fn(&Review) -> Option<String>,
}

/// Every doubt, in the order they are asked. Registered here, in one place.
pub const DOUBTS: &[Doubt] = &[
    Doubt {
        name: "club",
        description: "the sentence is about club football, which the data does not hold",
        test: club,
    },
    Doubt {
        name: "hypothetical",
        description: "the clause speaks of what could, would or may happen",
        test: hypothetical,
    },
    Doubt {
        name: "negated",
        description: "the clause denies the event its words name",
        test: negated,
    },
    Doubt {
        name: "no_goal",
        description:
            "the player is named for a miss, a save, a pass, a card or a quote, not a goal",
        test: no_goal,
    },
    Doubt {
        name: "belief",
        description: "a goal the sentence says a side only thought it had scored",
        test: belief,
    },
    Doubt {
        name: "not_playing_then",
        description: "a scorer or minute claim checked in a match years away from the player's international career",
        test: not_playing_then,
    },
    Doubt {
        name: "no_scoring_word",
        description: "a scorer or minute claim whose clause has no word of scoring",
        test: no_scoring_word,
    },
    Doubt {
        name: "first_person",
        description: "a speaker's 'we' or 'I', not a team the data can name",
        test: first_person,
    },
    Doubt {
        name: "score_in_play",
        description: "the score stated is one the match stood at (running, half-time, shoot-out) or the final score the other way round",
        test: score_in_play,
    },
    Doubt {
        name: "minute_of_another",
        description: "the minute is that of a goal by another player the sentence names",
        test: minute_of_another,
    },
    Doubt {
        name: "shootout_subject",
        description: "a shoot-out winner whose clause does not open with the team",
        test: shootout_subject,
    },
    Doubt {
        name: "label",
        description: "the number names something ('Group One'), it counts nothing",
        test: label,
    },
    Doubt {
        name: "shootout_kick",
        description: "a kick in a penalty shoot-out is not a goal in the match",
        test: shootout_kick,
    },
    Doubt {
        name: "aggregate",
        description: "a two-legged tie: the figure may be the aggregate or the other leg's",
        test: aggregate,
    },
    Doubt {
        name: "ordinal_scope",
        description: "a player's nth goal counted over a tournament or a career",
        test: ordinal_scope,
    },
    Doubt {
        name: "record_scope",
        description: "a record within a competition the query did not restrict to",
        test: record_scope,
    },
    Doubt {
        name: "other_stage",
        description: "the sentence names another stage than the match checked",
        test: other_stage,
    },
    Doubt {
        name: "kicks_unknown",
        description: "a score that may be a shoot-out's, where the data has the winner but not the kicks",
        test: kicks_unknown,
    },
    Doubt {
        name: "other_score",
        description: "the sentence states a score the match checked never stood at",
        test: other_score,
    },
    Doubt {
        name: "other_teams",
        description: "the sentence names a team outside the match checked and not both of its own",
        test: other_teams,
    },
    Doubt {
        name: "other_time",
        description: "the sentence names another year or day than the match checked",
        test: other_time,
    },
    Doubt {
        name: "which_match",
        description: "the match checked is neither the article's nor one the sentence names",
        test: which_match,
    },
    Doubt {
        name: "player_scope",
        description: "a count that may belong to a player was read as the team's",
        test: player_scope,
    },
    Doubt {
        name: "wide_scope",
        description: "a count that may run over a career or a campaign was read for one edition",
        test: wide_scope,
    },
    Doubt {
        name: "season_split",
        description: "a count over a competition played across two calendar years, which the data splits by year",
        test: season_split,
    },
    Doubt {
        name: "tally_grounding",
        description: "a count whose subject or scope the sentence does not state",
        test: tally_grounding,
    },
    Doubt {
        name: "not_title",
        description: "a title count's words that count something else (a final, a silver medal, appearances)",
        test: not_title,
    },
    Doubt {
        name: "other_competition",
        description: "the match checked is from another competition than the one in view, which the sentence does not name",
        test: other_competition,
    },
    Doubt {
        name: "scorers_unknown",
        description: "the data does not list every goal of the match checked",
        test: scorers_unknown,
    },
    Doubt {
        name: "no_such_player_tally",
        description: "a player with no goals in the edition checked: another edition may be meant",
        test: no_such_player_tally,
    },
    Doubt {
        name: "record_since",
        description: "a record counted since a date ('biggest defeat since 1931')",
        test: record_since,
    },
    Doubt {
        name: "stage_period",
        description: "a stretch of a tournament ('in the group stages'), not one match's stage",
        test: stage_period,
    },
    Doubt {
        name: "claimed_team_not_subject",
        description: "the team the claim is about is not the one nearest before its words",
        test: claimed_team_not_subject,
    },
    Doubt {
        name: "longer_name",
        description: "the player's name runs on into another capitalised word: someone else may be meant",
        test: longer_name,
    },
    Doubt {
        name: "edition_elsewhere",
        description: "the edition a count is judged in is named only in another clause",
        test: edition_elsewhere,
    },
    Doubt {
        name: "h2h_teams",
        description: "a head-to-head count whose two teams the sentence does not name",
        test: h2h_teams,
    },
    Doubt {
        name: "unofficial_meetings",
        description: "a head-to-head count over years with wartime or Victory internationals (policy P1)",
        test: unofficial_meetings,
    },
    Doubt {
        name: "relative_time",
        description: "a minute counted from another goal ('within five minutes of each other')",
        test: relative_time,
    },
    Doubt {
        name: "not_match_event",
        description: "a day or place that belongs to a broadcast, a draw or a series, not a match",
        test: not_match_event,
    },
    Doubt {
        name: "shootout_elsewhere",
        description: "the sentence speaks of a shoot-out the match checked never had",
        test: shootout_elsewhere,
    },
    Doubt {
        name: "true_of_the_article_match",
        description: "the scorers named did score in the article's own match",
        test: true_of_the_article_match,
    },
    Doubt {
        name: "shared_count",
        description: "a player's count in a clause that shares counts or names its owner by a possessive",
        test: shared_count,
    },
    Doubt {
        name: "loser_named",
        description: "a shoot-out or title claim whose clause says the team fell or lost",
        test: loser_named,
    },
    Doubt {
        name: "other_place",
        description: "the sentence names a place other than the match's, or several places",
        test: other_place,
    },
    Doubt {
        name: "another_scorer_named",
        description: "the sentence names a player who did score in the match: this one may have passed, defended or assisted",
        test: another_scorer_named,
    },
    Doubt {
        name: "owner_named_after",
        description: "the title or count is said to be another team's ('a third title for West Germany')",
        test: owner_named_after,
    },
    Doubt {
        name: "other_weekday",
        description: "the sentence names a weekday the match checked was not played on",
        test: other_weekday,
    },
    Doubt {
        name: "awarded",
        description: "a result given by a ruling (a forfeit, an awarded win): the data keeps the score played",
        test: awarded,
    },
    Doubt {
        name: "result_not_the_articles",
        description: "a result or venue of a match that is neither the article's nor pinned by its year: writers rarely get those wrong, readers often get the match wrong",
        test: result_not_the_articles,
    },
    Doubt {
        name: "count_as_of_another_date",
        description: "a title or record count in a sentence dated earlier than the article ('On 10 February 2006, Egypt won their fifth')",
        test: count_as_of_another_date,
    },
    Doubt {
        name: "times_not_goals",
        description: "'two times' counts occasions, not goals",
        test: times_not_goals,
    },
    Doubt {
        name: "earlier_event",
        description: "a claim inside 'after winning in Cardiff, ...': an earlier match than the article's",
        test: earlier_event,
    },
    Doubt {
        name: "possessive_winner",
        description: "the clause names the real winner in the possessive ('the Selecao's 3-1 victory')",
        test: possessive_winner,
    },
    Doubt {
        name: "player_outside_clause",
        description: "a player's count whose clause does not name the player",
        test: player_outside_clause,
    },
    Doubt {
        name: "figurative_record",
        description: "'the biggest win in their history' for a match far from the record margin: importance, not size",
        test: figurative_record,
    },
    Doubt {
        name: "relative_year",
        description: "'last year' names another year than the edition checked",
        test: relative_year,
    },
    Doubt {
        name: "player_of_another_team",
        description: "'Brazil striker Ronaldo' read as a player who never played for Brazil",
        test: player_of_another_team,
    },
    Doubt {
        name: "doubled_lead",
        description: "'to double the lead' is one goal, not a brace",
        test: doubled_lead,
    },
    Doubt {
        name: "vague_minute",
        description: "a time in words ('a last-minute equaliser', 'seven minutes remaining' in a match with extra time)",
        test: vague_minute,
    },
    Doubt {
        name: "no_titles_known",
        description: "a title count where the data knows no title of that team in that competition (its finals may be missing)",
        test: no_titles_known,
    },
    Doubt {
        name: "progress_team_unnamed",
        description: "how far a team went, where the clause names no team as the one that went (a pronoun, 'Deschamps' side', a speaker)",
        test: progress_team_unnamed,
    },
    Doubt {
        name: "after_the_article",
        description: "the match checked was played after the article's date: the writer cannot have meant its facts",
        test: after_the_article,
    },
    Doubt {
        name: "coming_fixture",
        description: "a day or place in a clause about a coming match, checked against one already played",
        test: coming_fixture,
    },
    Doubt {
        name: "first_occasion",
        description: "a day, place or result of a 'first time' the match checked was not",
        test: first_occasion,
    },
    Doubt {
        name: "place_of_no_match",
        description: "a place in a sentence that names neither side of the match checked nor any match ('the Water Battle in Frankfurt')",
        test: place_of_no_match,
    },
    Doubt {
        name: "clause_of_another_match",
        description: "a day, date or place in a clause that names only teams outside the match checked ('with Brazil eliminated on Friday')",
        test: clause_of_another_match,
    },
    Doubt {
        name: "winner_before_verb",
        description: "the team named right before a win verb is not the winner the claim reads",
        test: winner_before_verb,
    },
    Doubt {
        name: "scorer_outside_clause",
        description: "a goal claim whose player is named outside the claim's clause ('falling behind to an early penalty')",
        test: scorer_outside_clause,
    },
    Doubt {
        name: "knocked_out_object",
        description: "'X knocked them out in the quarter-finals': X did not go out",
        test: knocked_out_object,
    },
    Doubt {
        name: "record_not_score",
        description: "a 'score' with ten or more goals on a side, likely a record of wins and losses",
        test: record_not_score,
    },
    Doubt {
        name: "approximate",
        description: "the figure is approximate ('nearly', 'more than')",
        test: approximate,
    },
    Doubt {
        name: "undated",
        description: "a count that depends on the date, in an article with no date",
        test: undated,
    },
];

/// Words that open a new clause: a doubt's cue must sit in the claim's own.
const CLAUSE_BREAKS: &[&str] = &[
    ",", ";", ":", "(", ")", "but", "while", "whereas", "although", "though", "who", "which",
    "when", "after", "before", "until", "whose",
];

/// Weakens `f` to unverifiable when it is false and a doubt holds.
pub fn review(ctx: &SentenceCtx, f: &mut Finding, as_of_source: AsOfSource) {
    if f.verdict != Verdict::False || ctx.tokens.is_empty() {
        return;
    }
    let covered: Vec<usize> = (0..ctx.tokens.len())
        .filter(|&i| f.span.contains(ctx.tokens[i].span))
        .collect();
    let (first, last) = match (covered.first(), covered.last()) {
        (Some(a), Some(b)) => (*a, *b),
        _ => return,
    };
    let is_break = |i: usize| CLAUSE_BREAKS.contains(&ctx.word(i)) && ctx.mention_at(i).is_none();
    let start = (0..first).rev().find(|&i| is_break(i)).map_or(0, |i| i + 1);
    let end = (last + 1..ctx.tokens.len())
        .find(|&i| is_break(i))
        .unwrap_or(ctx.tokens.len());
    let r = Review {
        ctx,
        finding: f,
        first,
        last,
        clause: (start, end),
        as_of_source,
    };
    for d in DOUBTS {
        if let Some(reason) = (d.test)(&r) {
            f.doubt = Some(d.name);
            f.verdict = Verdict::Unverifiable;
            let actual = f
                .actual
                .as_deref()
                .map(|a| format!(" The data says {a}."))
                .unwrap_or_default();
            f.explanation = format!(
                "not proven false: {reason}.{actual} Query: {}",
                f.explanation
            );
            return;
        }
    }
}

impl Review<'_, '_> {
    fn cue(&self, from: usize, to: usize, class: &str) -> Option<String> {
        lexicon()
            .find(self.ctx.tokens, from, to, class)
            .map(|(_, words)| words.join(" "))
    }
    fn in_clause(&self, class: &str) -> Option<String> {
        self.cue(self.clause.0, self.clause.1, class)
    }
    /// From the clause's start to the end of the claim: cues that govern it.
    fn before_claim(&self, class: &str) -> Option<String> {
        self.cue(self.clause.0, self.last + 1, class)
    }
    fn kind_is(&self, kinds: &[ClaimKind]) -> bool {
        kinds.contains(&self.finding.kind)
    }
    /// The one match the verdict rests on, when it rests on one and the
    /// claim is about that match (not a count or a record it is part of).
    fn single_match(&self) -> Option<MatchId> {
        if self.finding.subject != Some(Subject::Match)
            && !self.kind_is(&[
                ClaimKind::Result,
                ClaimKind::Score,
                ClaimKind::Scorer,
                ClaimKind::Minute,
                ClaimKind::Penalty,
                ClaimKind::OwnGoal,
                ClaimKind::Date,
                ClaimKind::Venue,
                ClaimKind::Shootout,
            ])
        {
            return None;
        }
        let ev = &self.finding.evidence;
        let first = *ev.first()?;
        // A claim about one match lists that match first (then what proves it).
        if self.finding.subject == Some(Subject::Match) {
            return Some(first);
        }
        ev.iter().all(|m| *m == first).then_some(first)
    }
    /// Where the clause's subject may be named: the clause, or the
    /// antecedent of its "who" ("Benzema, who has scored ...").
    fn subject_from(&self) -> usize {
        if matches!(self.ctx.word_back(self.clause.0, 1), "who" | "whose") {
            self.clause.0.saturating_sub(6)
        } else {
            self.clause.0
        }
    }
    /// Whether the player mention at index `mi` starts in `[from, to)`.
    fn player_mention_in(&self, mi: usize, from: usize, to: usize) -> bool {
        self.ctx
            .mentions
            .get(mi)
            .is_some_and(|m| (from..to).contains(&m.start))
    }
    /// The players named inside the claim's own span.
    fn players_in_claim(&self) -> Vec<offside_data::PlayerId> {
        self.ctx
            .players
            .iter()
            .filter(|(mi, _)| self.player_mention_in(*mi, self.first, self.last + 1))
            .map(|(_, p)| *p)
            .collect()
    }
    /// Whether the clause (with its antecedent) names any player.
    fn clause_names_a_player(&self) -> bool {
        let from = self.subject_from();
        self.ctx
            .players
            .iter()
            .any(|(mi, _)| self.player_mention_in(*mi, from, self.clause.1))
    }

    /// The article's main match, or the match the last sentence to name a
    /// match named (a paragraph about an earlier round goes on about it).
    fn in_view(&self, m: MatchId) -> bool {
        let store = self.ctx.store;
        let main = self.ctx.doc.main_match;
        Some(m) == main
            || (Some(m) == self.ctx.doc.last_named_match
                && main.is_none_or(|x| store.match_(x).edition == store.match_(m).edition))
            // The other leg of the article's tie, named as a leg.
            || main.is_some_and(|x| {
                offside_query::two_legged_tie(store, x).is_some_and(|legs| legs.contains(&m))
                    && (0..self.ctx.tokens.len())
                        .any(|k| self.ctx.leg_at(k).is_some_and(|l| l.id == m))
            })
    }
    /// The sentence names every team of match `m` other than the article's
    /// focus team (who "they" usually are), and at least one team.
    /// The sentence names team `t`: by name, nickname or a title phrase
    /// ("the hosts"), not by a pronoun.
    fn names_team(&self, t: offside_data::TeamId) -> bool {
        // "a place in France next summer": a country after "in" or "at" is
        // a place.
        let place = |k: usize| matches!(self.ctx.word_back(k, 1), "in" | "at");
        self.ctx
            .teams
            .iter()
            .any(|(k, x)| *x == t && !place(*k) && !self.ctx.is_pronoun(*k))
    }
    /// The sentence states which match it means: its year (or its
    /// edition) with both its teams or its stage ("England beat West Germany
    /// in the 1966 final").
    fn pinned(&self, id: MatchId) -> bool {
        let m = self.ctx.store.match_(id);
        // "on 26 May 1974", "26/05/74": the match's own date, written out.
        if crate::dates::full_dates(self.ctx.tokens).contains(&m.date) && self.names_team_of(id) {
            return true;
        }
        // "their first win since 1998" names a year, not the match.
        let years: Vec<i16> = (0..self.ctx.tokens.len())
            .filter(|&i| self.ctx.word_back(i, 1) != "since")
            .filter_map(|i| self.ctx.year_at(i))
            .collect();
        let year = years.contains(&m.date.year())
            || self.ctx.years_back() == Some(m.date.year())
            // An edition counts when its year is written ("Euro 2016"), not
            // when a bare "the World Cup" was resolved to the latest one.
            || m.edition.is_some_and(|e| years.contains(&(self.ctx.store.edition(e).year as i16)));
        year && (self.names_match(id)
            || stage_named(self, 0, self.ctx.tokens.len()) == Some(m.stage))
    }
    /// Whether the sentence names a side of the match by name.
    fn names_team_of(&self, id: MatchId) -> bool {
        let m = self.ctx.store.match_(id);
        self.names_team(m.home) || self.names_team(m.away)
    }
    fn score_written(&self, id: MatchId) -> bool {
        self.ctx.writes_score_of(self.ctx.store.match_(id))
    }
    fn names_match(&self, m: MatchId) -> bool {
        let m = self.ctx.store.match_(m);
        let named = |t| self.names_team(t);
        let focus = self.ctx.doc.focus;
        (named(m.home) || named(m.away))
            && [m.home, m.away]
                .into_iter()
                .all(|t| named(t) || Some(t) == focus)
    }
}

fn club(r: &Review) -> Option<String> {
    // Anywhere in the sentence, but not inside a capitalised name ("Major
    // League Soccer" names where a player plays, not what the claim is about).
    let lex = lexicon();
    let n = r.ctx.tokens.len();
    let mut from = 0;
    let hit = loop {
        let Some((at, w)) = lex.find(r.ctx.tokens, from, n, "club") else {
            break None;
        };
        // "England signed off their qualifying group": an idiom, no
        // contract.
        let idiom = w == ["signed"] && r.ctx.word(at + 1) == "off";
        if !idiom && (!r.ctx.tokens[at].capitalized || at == 0) {
            break Some(w.join(" "));
        }
        from = at + 1;
    };
    hit.map(|c| format!("the sentence is about club football ('{c}')"))
}

fn hypothetical(r: &Review) -> Option<String> {
    // A fixture's day and ground are facts even in the future tense.
    if r.kind_is(&[ClaimKind::Date, ClaimKind::Venue]) {
        return None;
    }
    // A coming fixture's claim opens on its own "will": only the words
    // before it ("if they win, they will face ...") make it hypothetical.
    let cue = if r.finding.rule == "fixture" {
        r.cue(r.clause.0.min(r.first), r.first, "hypothetical")
    } else if r.finding.reframed {
        None
    } else {
        r.before_claim("hypothetical").or_else(|| {
            // "But defeat to Italy, would mean the play-offs": a result
            // named as the subject of a conditional.
            (r.finding.kind == ClaimKind::Result)
                .then(|| {
                    r.cue(
                        r.last + 1,
                        (r.last + 4).min(r.ctx.tokens.len()),
                        "hypothetical",
                    )
                })
                .flatten()
                .filter(|c| matches!(c.as_str(), "would" | "could" | "might" | "will"))
        })
    };
    cue.map(|c| format!("the clause is hypothetical ('{c}')"))
}

fn negated(r: &Review) -> Option<String> {
    // Counts and records carry their own negations ("never lost", "without
    // conceding"), which their rules read.
    if !r.kind_is(&[
        ClaimKind::Result,
        ClaimKind::Score,
        ClaimKind::Scorer,
        ClaimKind::Minute,
        ClaimKind::Penalty,
        ClaimKind::OwnGoal,
    ]) {
        return None;
    }
    r.in_clause("negated")
        .map(|c| format!("the clause is negated ('{c}')"))
}

fn belief(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Scorer, ClaimKind::Minute, ClaimKind::Penalty]) {
        return None;
    }
    r.cue(0, r.ctx.tokens.len(), "belief")
        .map(|c| format!("the sentence says only that a goal seemed scored ('{c}')"))
}

/// A player's goals and line-ups span some years; a match far outside them
/// cannot be the one a sentence about him means ("a free kick from Hierro"
/// in a piece about 2010 that recalls 1998).
fn not_playing_then(r: &Review) -> Option<String> {
    let lineup = matches!(r.finding.rule, "lineup" | "replaced");
    if !lineup
        && !r.kind_is(&[
            ClaimKind::Scorer,
            ClaimKind::Minute,
            ClaimKind::Penalty,
            ClaimKind::OwnGoal,
        ])
    {
        return None;
    }
    let store = r.ctx.store;
    let m = store.match_(r.single_match()?);
    let (_, p) = r
        .ctx
        .players
        .iter()
        .find(|(_, p)| r.finding.claimed.starts_with(&*store.player(*p).name))?;
    let years = store
        .player_goals(*p)
        .map(|g| store.match_(g.match_id).date.year())
        .chain(
            store
                .player_appearances(*p)
                .map(|a| store.match_(a.match_id).date.year()),
        );
    let (from, to) = years.fold((i16::MAX, i16::MIN), |(a, b), y| (a.min(y), b.max(y)));
    if from > to {
        return None;
    }
    let y = m.date.year();
    (y < from - 2 || y > to + 2).then(|| {
        format!(
            "{} played from {from} to {to} in the data, far from {}",
            store.player(*p).name,
            store.describe_match(m)
        )
    })
}

fn no_goal(r: &Review) -> Option<String> {
    // "taken down by Gomez ..., resulting in a penalty": a penalty's
    // award is the whole sentence's business.
    if r.finding.kind == ClaimKind::Penalty && r.finding.rule != "box_score" {
        if let Some(c) = r.cue(0, r.ctx.tokens.len(), "no_goal") {
            return Some(format!(
                "the player is named for something other than a goal ('{c}')"
            ));
        }
    }
    if matches!(r.finding.rule, "lineup" | "box_score" | "off_the_bench")
        || !r.kind_is(&[
            ClaimKind::Scorer,
            ClaimKind::Minute,
            ClaimKind::Penalty,
            ClaimKind::OwnGoal,
        ])
    {
        return None;
    }
    r.in_clause("no_goal")
        .map(|c| format!("the player is named for something other than a goal ('{c}')"))
}

/// "Two days earlier the hosts had beaten France": a gap counted back from
/// a match the article has in view lands on the day this match was played,
/// so it is the one the sentence recalls. Without a count ("days earlier")
/// any day of the week before fits.
fn gap_back_lands(r: &Review, m: &offside_data::Match) -> bool {
    let tokens = r.ctx.tokens;
    let Some((k, words)) = lexicon().find(tokens, 0, tokens.len(), "gap_back") else {
        return false;
    };
    let unit = if words[0].starts_with("week") { 7 } else { 1 };
    let count = k
        .checked_sub(1)
        .and_then(|i| {
            let t = &tokens[i];
            t.number()
                .or_else(|| offside_text::cardinal_word(&t.norm))
                .or_else(|| (t.is("a") || t.is("the") || t.is("one")).then_some(1))
        })
        .map(|n| n as i64 * unit);
    let doc = r.ctx.doc;
    [doc.main_match, doc.last_named_match]
        .into_iter()
        .flatten()
        .filter(|&a| a != m.id)
        .any(|a| {
            let gap = (r.ctx.store.match_(a).date - m.date).get_days() as i64;
            match count {
                Some(n) => (gap - n).abs() <= i64::from(unit > 1),
                None => (1..=7 * unit).contains(&gap),
            }
        })
}

fn other_time(r: &Review) -> Option<String> {
    let m = r.ctx.store.match_(r.single_match()?);
    if r.pinned(m.id) || gap_back_lands(r, m) {
        return None;
    }
    let year = m.date.year();
    // Years in the claim's own clause; an edition's own year fits too
    // ("the 2023 Africa Cup of Nations" was played in 2024).
    let edition_year = m.edition.map(|e| r.ctx.store.edition(e).year as i16);
    // A qualifier of "the 2026 World Cup" was played up to three years before.
    let qualifier = r
        .ctx
        .store
        .competition(m.competition)
        .name
        .contains("qualification");
    let fits = |y: &i16| {
        *y == year || Some(*y) == edition_year || (qualifier && (0..=3).contains(&(*y - year)))
    };
    // "the 1966 World Cup champions" describes a team, not a match.
    let epithet = |i: usize| {
        lexicon()
            .find(r.ctx.tokens, i + 1, i + 6, "title_epithet")
            .is_some()
    };
    // "its first win over England since the 1950 World Cup": a year after
    // "since" bounds a span; it dates no match of the claim.
    let since = |i: usize| (1..=2).any(|b| r.ctx.word_back(i, b) == "since");
    let years: Vec<i16> = (r.clause.0..r.clause.1)
        .filter(|&i| !epithet(i) && !since(i))
        .filter_map(|i| r.ctx.year_at(i))
        .collect();
    if let Some(y) = years.first().filter(|_| !years.iter().any(fits)) {
        return Some(format!(
            "the sentence names {y}; the match checked was played in {year}"
        ));
    }
    // No year in the claim's clause, but one elsewhere in the sentence that
    // is not the match's ("that win came in 2007, when ... a 2-1 win").
    if years.is_empty() {
        let all: Vec<i16> = (0..r.ctx.tokens.len())
            .filter(|&i| !epithet(i) && !since(i))
            .filter_map(|i| r.ctx.year_at(i))
            .collect();
        if let Some(y) = all.first().filter(|_| !all.iter().any(fits)) {
            return Some(format!(
                "the sentence names {y}; the match checked was played in {year}"
            ));
        }
    }
    // "on June 10, a Monday": the weekday is the written date's, and that
    // date is the match's.
    let dated_here = crate::dates::written_dates(r.ctx.tokens)
        .iter()
        .any(|d| d.month == m.date.month() && d.day == m.date.day());
    if let (Some(c), Some(as_of)) = (r.cue(0, r.ctx.tokens.len(), "recent"), r.ctx.doc.as_of) {
        if (as_of - m.date).get_days().abs() > 10 && !r.in_view(m.id) && !dated_here {
            return Some(format!(
                "the sentence speaks of a recent day ('{c}'); the match checked was played on {}",
                m.date
            ));
        }
    }
    // "a year ago", "that match", "six years on from": the claim's own
    // clause points to another time, whatever match is in view. A clause
    // that carries on the one before ("... seven months later, losing 2-0")
    // takes its time from it.
    let opener = r.ctx.word(r.clause.0);
    let carries_on = r.clause.0 > 1
        && (opener == "to" || (opener.len() > 4 && opener.ends_with("ing")))
        && r.ctx.word(r.clause.0 - 1) == ",";
    let from = if carries_on {
        (0..r.clause.0 - 1)
            .rev()
            .find(|&k| matches!(r.ctx.word(k), "," | ";"))
            .map_or(0, |k| k + 1)
    } else {
        r.clause.0
    };
    if let Some(c) = r.cue(from, r.clause.1, "history") {
        return Some(format!(
            "the clause recalls another time ('{c}'); the match checked may not be the one meant"
        ));
    }
    if !r.in_view(m.id) {
        if let Some(c) = r.cue(0, r.ctx.tokens.len(), "history") {
            return Some(format!(
                "the sentence recalls another time ('{c}'); the match checked is not the article's"
            ));
        }
    }
    None
}

fn which_match(r: &Review) -> Option<String> {
    let id = r.single_match()?;
    // The data left one match that fits (a player's only match of that
    // stage in that edition).
    if r.finding.match_pinned {
        return None;
    }
    // "the 2022 World Cup final": an edition and a stage pin one match down.
    if r.pinned(id) {
        return None;
    }
    // "in the first leg": one leg of the tie in view.
    if r.ctx.leg_at(r.first).is_some_and(|m| m.id == id) {
        return None;
    }
    // An article about a recent match that recalls an old one by its teams
    // alone: the meeting found may not be the one meant.
    let store = r.ctx.store;
    let m = store.match_(id);
    let recent_main = r
        .ctx
        .doc
        .main_match
        .zip(r.ctx.doc.as_of)
        .is_some_and(|(x, d)| (d - store.match_(x).date).get_days().abs() <= 30);
    let year_named = r
        .ctx
        .tokens
        .iter()
        .any(|t| t.match_year() == Some(m.date.year()));
    if recent_main
        && Some(id) != r.ctx.doc.main_match
        && !year_named
        && r.ctx
            .doc
            .as_of
            .is_some_and(|d| (d - m.date).get_days() > 365 * 2)
    {
        return Some(format!(
            "the sentence names no year; the meeting found, {}, is long before the article",
            store.describe_match(m)
        ));
    }
    let same_edition = m.edition.is_some() && m.edition == r.ctx.doc.edition;
    if r.in_view(id) || ((r.names_match(id) || r.score_written(id)) && same_edition) {
        return None;
    }
    Some(format!(
        "which match: the sentence does not name {}",
        r.ctx.store.describe_match(r.ctx.store.match_(id))
    ))
}

fn player_scope(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Tally || r.finding.subject != Some(Subject::Team) {
        return None;
    }
    let player_named = r
        .ctx
        .players
        .iter()
        .filter_map(|(m, _)| r.ctx.mentions.get(*m))
        .any(|m| (r.clause.0..=r.last).contains(&m.start));
    if player_named {
        return Some("a player is named in the clause; the count may be theirs".into());
    }
    r.in_clause("player_scope")
        .map(|c| format!("the count may be a player's ('{c}'), not the team's"))
}

fn wide_scope(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Tally || r.finding.subject == Some(Subject::PlayerCareer) {
        return None;
    }
    // "In the final Asian qualification round, South Korea ... conceded
    // seven": one round of a campaign the data counts whole.
    if r.finding.claimed.contains("in qualifying") {
        if let Some(k) = r.ctx.find(&["round", "stage", "phase"]) {
            return Some(format!(
                "the count may cover one {} of the qualifying campaign, which the data counts whole",
                r.ctx.word(k)
            ));
        }
    }
    if r.finding.scope_stated {
        return None;
    }
    if let Some(c) = r.cue(0, r.ctx.tokens.len(), "wide_scope") {
        return Some(format!("the count may run beyond one edition ('{c}')"));
    }
    r.cue(0, r.ctx.tokens.len(), "narrow_scope")
        .map(|c| format!("the count may cover only part of the edition or one match ('{c}')"))
}

fn no_scoring_word(r: &Review) -> Option<String> {
    if matches!(r.finding.rule, "lineup" | "box_score" | "off_the_bench")
        || !r.kind_is(&[
            ClaimKind::Scorer,
            ClaimKind::Minute,
            ClaimKind::Penalty,
            ClaimKind::OwnGoal,
        ])
        || r.in_clause("scoring").is_some()
    {
        return None;
    }
    Some("no word of scoring in the clause; the player may be named for something else".into())
}

fn first_person(r: &Review) -> Option<String> {
    r.before_claim("first_person")
        .map(|c| format!("the subject is the speaker ('{c}')"))
}

/// Scores written in the claim's span, as written (left, right).
fn stated_scores(r: &Review) -> Vec<(u8, u8)> {
    (r.first..=r.last)
        .filter_map(|i| match r.ctx.tokens[i].kind {
            TokenKind::Score(a, b) => Some((a, b)),
            _ => None,
        })
        .collect()
}

fn score_in_play(r: &Review) -> Option<String> {
    // The phase-aware rules (half-time, leads) judge the phase they read;
    // this is for a final score that does not fit.
    let m = r.ctx.store.match_(r.single_match()?);
    // "Dunga gave Brazil a 3-2 lead" in the shoot-out: a score of the kicks.
    if r.finding.rule == "score_state"
        && m.shootout.is_some()
        && r.cue(0, r.ctx.tokens.len(), "shootout").is_some()
    {
        return Some("the sentence speaks of the shoot-out; the score may be the kicks'".into());
    }
    // A score the match never reached on either side ("a 3-2 lead" in a
    // goalless draw) belongs to something else: the kicks, another match.
    // (A small impossible lead, "led 1-0 at half-time" in a goalless draw,
    // is a plain error; one of a shoot-out's size is the kicks'.)
    if r.finding.rule == "score_state" && m.shootout.is_some() {
        let (h, a) = (m.score.home, m.score.away);
        let reachable = |(x, y): (u8, u8)| (x <= h && y <= a) || (y <= h && x <= a);
        let half_time = r
            .ctx
            .has_phrase(&["half", "time"])
            .or_else(|| r.ctx.find(&["halftime", "break", "interval"]))
            .is_some();
        let kicks = m.shootout.as_ref().and_then(|x| x.score);
        let fits_kicks = |(x, y): (u8, u8)| {
            kicks.is_none_or(|k| (x <= k.home && y <= k.away) || (y <= k.home && x <= k.away))
        };
        if stated_scores(r)
            .iter()
            .any(|&sc| !reachable(sc) && (sc.0 + sc.1 >= 3 || (!half_time && fits_kicks(sc))))
        {
            return Some(format!(
                "{} never reached that score; it may be a shoot-out's or another match's",
                r.ctx.store.describe_match(m)
            ));
        }
    }
    if r.finding.rule == "score_state" {
        // "led at half-time before Brazil won 2-1": the score after a result
        // verb is the final one, whatever phase the clause named first.
        let verb = lexicon().find(r.ctx.tokens, r.clause.0, r.clause.1, "result_verb");
        let final_fits = stated_scores(r).iter().any(|&(a, b)| {
            (a, b) == (m.score.home, m.score.away) || (b, a) == (m.score.home, m.score.away)
        });
        return (verb.is_some() && final_fits)
            .then(|| "the score follows a result verb: it is the final score".into());
    }
    if r.finding.rule != "result" {
        return None;
    }
    let stated = stated_scores(r);
    let same = |(a, b): (u8, u8), h: u8, w: u8| (a, b) == (h, w) || (a, b) == (w, h);
    // "defeating Argentina 4-1 in the penalty shoot-out" of a match that had none.
    if m.shootout.is_none() && r.in_clause("shootout").is_some() {
        return Some("the clause speaks of a shoot-out; the match checked had none".into());
    }
    // "overcome a 1-0 deficit and defeat Germany, 2-1": the final score is
    // stated elsewhere in the sentence, so this one is another moment's.
    let final_elsewhere = (0..r.ctx.tokens.len())
        .filter(|i| !(r.first..=r.last).contains(i))
        .any(|i| match r.ctx.tokens[i].kind {
            TokenKind::Score(a, b) => {
                (a, b) == (m.score.home, m.score.away) || (b, a) == (m.score.home, m.score.away)
            }
            _ => false,
        });
    if final_elsewhere {
        return Some(
            "the sentence states the final score elsewhere; this score is another moment's".into(),
        );
    }
    let mut phases: Vec<(&str, u8, u8)> = Vec::new();
    // "beat Wales 2-0" states a final score: a score the match passed
    // through on the way is no excuse. Without a result verb ("with the
    // score at 2-1") it may be one.
    let verb = lexicon().find(r.ctx.tokens, r.clause.0, r.clause.1, "result_verb");
    if verb.is_none() {
        for g in r.ctx.store.goals_of(m).iter() {
            phases.push((
                "a score the match stood at",
                g.score_after.home,
                g.score_after.away,
            ));
        }
        if let Some(h) = m.half_time {
            phases.push(("the half-time score", h.home, h.away));
        }
    }
    if let Some(f) = m.full_time.filter(|f| *f != m.score) {
        phases.push(("the score after 90 minutes", f.home, f.away));
    }
    if let Some(p) = m.shootout.as_ref().and_then(|s| s.score) {
        if r.cue(0, r.ctx.tokens.len(), "shootout").is_some() {
            phases.push(("the shoot-out score", p.home, p.away));
        }
    }
    // The final score with the teams the other way round: the writer's
    // subject may be the loser ("Bolivia were thrashed 5-0 in Brazil"),
    // unless a named team opens the clause in the active voice.
    let stated_subject = (r.clause.0..(r.clause.0 + 2).min(r.ctx.tokens.len()))
        .any(|i| r.ctx.mention_at(i).is_some_and(|m| m.team().is_some()));
    let passive = r.in_clause("passive").is_some();
    if !stated_subject || passive {
        phases.push(("the final score", m.score.home, m.score.away));
    }
    for sc in stated {
        if let Some((what, _, _)) = phases.iter().find(|(_, h, w)| same(sc, *h, *w)) {
            return Some(format!(
                "{}-{} is {what} (the claim may mean that, or the teams the other way round)",
                sc.0, sc.1
            ));
        }
        if m.shootout.is_some_and_score_unknown()
            && r.cue(0, r.ctx.tokens.len(), "shootout").is_some()
        {
            return Some("the shoot-out's score is not in the data".into());
        }
    }
    None
}

/// A small helper so the shoot-out test reads as a sentence.
trait ShootoutExt {
    fn is_some_and_score_unknown(&self) -> bool;
}
impl ShootoutExt for Option<offside_data::Shootout> {
    fn is_some_and_score_unknown(&self) -> bool {
        self.as_ref().is_some_and(|s| s.score.is_none())
    }
}

/// "... missed his side's sixth penalty, giving Australia a 5-4 win": a
/// match the data says went to penalties without the kicks' score.
fn kicks_unknown(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Result, ClaimKind::Score]) {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    if !m.shootout.is_some_and_score_unknown() {
        return None;
    }
    let spoken = r.cue(0, r.ctx.tokens.len(), "shootout").is_some()
        || r.ctx.has(&["penalty", "penalties", "kicks", "kick"]);
    spoken.then(|| {
        format!(
            "{} went to penalties; the data has the winner but not the kicks, which the score may be",
            r.ctx.store.describe_match(m)
        )
    })
}

fn minute_of_another(r: &Review) -> Option<String> {
    if matches!(r.finding.rule, "lineup" | "box_score" | "off_the_bench")
        || !r.kind_is(&[ClaimKind::Minute, ClaimKind::Scorer])
    {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let minutes: Vec<u8> = (r.first..=r.last)
        .filter_map(|i| match r.ctx.tokens[i].kind {
            TokenKind::Ordinal(n) | TokenKind::Number(n) if n <= 130 => Some(n as u8),
            TokenKind::Stoppage(a, _) => Some(a),
            _ => None,
        })
        .collect();
    // Minutes the rule worked out ("with seven minutes left" is 82'-84'),
    // written in the claim after " at ".
    let mut minutes = minutes;
    if let Some((_, at)) = r.finding.claimed.split_once(" at ") {
        minutes.extend(
            at.split(|c: char| !c.is_ascii_digit())
                .filter_map(|d| d.parse::<u8>().ok())
                .filter(|d| *d <= 130),
        );
        if let [a, b] = minutes[minutes.len().saturating_sub(2)..] {
            minutes.extend(a.min(b)..a.max(b));
        }
    }
    let named: Vec<offside_data::PlayerId> = r.ctx.players.iter().map(|(_, p)| *p).collect();
    r.ctx.store.goals_of(m).iter().find_map(|g| {
        let at = g.minute.is_some_and(|x| minutes.contains(&x))
            || g.alt_minute.is_some_and(|x| minutes.contains(&x));
        let claimed_player = r
            .finding
            .claimed
            .starts_with(&*r.ctx.store.player(g.player).name);
        (at && named.contains(&g.player) && !claimed_player).then(|| {
            format!(
                "the minute is that of {}'s goal, whom the sentence also names",
                r.ctx.store.player(g.player).name
            )
        })
    })
}

fn shootout_subject(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Shootout {
        return None;
    }
    let (start, _) = r.clause;
    let opens_with_team = (start..(start + 2).min(r.ctx.tokens.len())).any(|i| {
        r.ctx.mention_at(i).is_some_and(|m| {
            m.team().is_some()
                && r.ctx.tokens.get(m.end).map(|t| t.kind) != Some(TokenKind::Possessive)
        })
    });
    // "France, who also beat Belgium on penalties": the antecedent acts.
    let antecedent = start >= 2
        && matches!(r.ctx.word(start - 1), "who" | "which")
        && (1..=2).any(|k| {
            start > k
                && r.ctx
                    .mention_at(start - 1 - k)
                    .is_some_and(|m| m.team().is_some() && m.end + k == start)
        });
    (!opens_with_team && !antecedent)
        .then(|| "the clause does not open with the team it says won".into())
}

fn label(r: &Review) -> Option<String> {
    let numbers =
        || (r.first..=r.last).filter(|&i| matches!(r.ctx.tokens[i].kind, TokenKind::Number(_)));
    if let Some(c) = numbers().find_map(|i| r.cue(i.saturating_sub(1), i, "label")) {
        return Some(format!("the number names a {c}, it counts nothing"));
    }
    // "every one of", "one of them", "each one": a pronoun, not a count
    // ("one of their seven matches" is a count).
    numbers()
        .find(|&i| {
            r.ctx.word(i) == "one"
                && (matches!(r.ctx.word_back(i, 1), "every" | "each" | "any" | "no")
                    || r.ctx.word(i + 1) == "another"
                    || (r.ctx.word(i + 1) == "of"
                        && matches!(r.ctx.word(i + 2), "them" | "those" | "these" | "us")))
        })
        .map(|_| "'one' here is a pronoun, not a count".into())
}

fn shootout_kick(r: &Review) -> Option<String> {
    if r.finding.rule == "lineup"
        || !r.kind_is(&[ClaimKind::Scorer, ClaimKind::Penalty, ClaimKind::Minute])
    {
        return None;
    }
    let m = r.single_match().map(|id| r.ctx.store.match_(id));
    let list_in_shootout = matches!(r.finding.kind, ClaimKind::Scorer | ClaimKind::Penalty)
        && m.is_some_and(|m| m.shootout.is_some())
        && r.cue(0, r.ctx.tokens.len(), "shootout").is_some();
    if list_in_shootout {
        return Some("the sentence speaks of the shoot-out; the names may be its takers".into());
    }
    // The sentence before was about the shoot-out of the match checked
    // ("... went to sudden death. After Hrubesch made it 5-4, ..."): the
    // names may still be its takers.
    if r.ctx.doc.shootout_topic
        && matches!(r.finding.kind, ClaimKind::Scorer | ClaimKind::Penalty)
        && m.is_some_and(|m| m.shootout.is_some())
    {
        return Some(
            "the sentence before speaks of the shoot-out; the player may be one of its takers"
                .into(),
        );
    }
    // The player took a kick in the match's shoot-out: "scored Croatia's
    // only penalty" may be that kick.
    let penalty_words = r.finding.kind == ClaimKind::Penalty
        || r.ctx
            .find_in(r.clause.0, r.clause.1, &["penalty", "spot"])
            .is_some();
    if let Some(m) = m.filter(|m| m.shootout.is_some() && penalty_words) {
        let took_kick = r.ctx.players.iter().any(|(mi, p)| {
            r.ctx
                .mentions
                .get(*mi)
                .is_some_and(|x| x.start >= r.clause.0 && x.start <= r.last)
                && r.ctx.store.kicks_in(m.id).iter().any(|k| k.player == *p)
        });
        if took_kick {
            return Some(
                "the player took a kick in the match's shoot-out; the claim may be about it".into(),
            );
        }
    }
    r.in_clause("shootout")
        .map(|c| format!("the clause may speak of a shoot-out kick ('{c}'), not a goal"))
}

fn aggregate(r: &Review) -> Option<String> {
    if r.finding.rule == "aggregate" {
        return None;
    }
    // "Henry's winner in the first leg": the leg is named and was checked.
    let leg_named = r
        .single_match()
        .is_some_and(|id| r.ctx.leg_at(r.first).is_some_and(|m| m.id == id));
    if leg_named && r.in_clause("aggregate").is_none_or(|c| c.ends_with("leg")) {
        return None;
    }
    // A sentence that names one leg in another clause tells the legs apart:
    // a clause with no word of the tie is about the match in view.
    let other_leg_named = r
        .cue(0, r.ctx.tokens.len(), "aggregate")
        .is_some_and(|_| (0..r.ctx.tokens.len()).any(|k| r.ctx.leg_at(k).is_some()));
    if other_leg_named
        && r.in_clause("aggregate").is_none()
        && r.single_match() == r.ctx.match_().map(|m| m.id)
    {
        return None;
    }
    r.cue(0, r.ctx.tokens.len(), "aggregate").map(|c| {
        format!("a two-legged tie ('{c}'): the figure may be the aggregate or the other leg's")
    })
}

fn ordinal_scope(r: &Review) -> Option<String> {
    if r.finding.rule == "lineup" || !r.kind_is(&[ClaimKind::Scorer, ClaimKind::Minute]) {
        return None;
    }
    // "his tenth goal", "Ronaldo's ninth at the Euros"; not "his second attempt".
    let ordinal = (r.clause.0..r.clause.1).find(|&i| {
        matches!(r.ctx.tokens[i].kind, TokenKind::Ordinal(_))
            && matches!(
                r.ctx.word(i + 1),
                "goal"
                    | "goals"
                    | "strike"
                    | "international"
                    | "world"
                    | "tournament"
                    | "of"
                    | "at"
                    | "in"
                    | "for"
                    | ","
                    | "."
                    | ""
            )
    })?;
    // "his tenth goal", "Ronaldo's ninth"; a team's "Argentina's first
    // goal" counts the match's goals.
    let player_possessive = r.ctx.tokens[ordinal.saturating_sub(1)].kind == TokenKind::Possessive
        && ordinal >= 2
        && r.ctx
            .mention_at(ordinal - 2)
            .is_some_and(|m| matches!(m.kind, MentionKind::Players(_)));
    let owner = matches!(r.ctx.word_back(ordinal, 1), "his" | "her")
        || player_possessive
        || r.in_clause("wide_scope").is_some();
    owner.then(|| "an ordinal of a player's goals may count a tournament or a career".into())
}

fn record_scope(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Record {
        return None;
    }
    let store = r.ctx.store;
    r.ctx.mentions.iter().find_map(|m| match m.kind {
        MentionKind::Competition(c) if m.start >= r.clause.0 && m.end <= r.clause.1 => {
            let name = &store.competition(c).name;
            (!r.finding.explanation.contains(&**name)).then(|| {
                format!("the clause names the {name}; the record checked is not limited to it")
            })
        }
        _ => None,
    })
}

/// The stage a run of tokens names, if any ("the semi-final", "last 16").
fn stage_named(r: &Review, from: usize, to: usize) -> Option<Stage> {
    // "for a place in the final", "to reach the semi-finals": the stage a
    // match leads to is not the match's.
    if let Some((g, w)) = lexicon().find(r.ctx.tokens, from, to, "stage_goal") {
        let skip_to = (g + w.len() + 3).min(to);
        return stage_in(r.ctx, from, g).or_else(|| stage_in(r.ctx, skip_to, to));
    }
    stage_in(r.ctx, from, to)
}

/// The stage tokens `[from, to)` of a sentence name, if any.
pub(crate) fn stage_in(ctx: &SentenceCtx, from: usize, to: usize) -> Option<Stage> {
    let lex = lexicon();
    let t = ctx.tokens;
    for (class, stage) in [
        ("stage_qf", Stage::QuarterFinal),
        ("stage_sf", Stage::SemiFinal),
        ("stage_r16", Stage::RoundOf16),
        ("stage_third", Stage::ThirdPlace),
        ("stage_group", Stage::Group),
    ] {
        if lex.find(t, from, to, class).is_some() {
            return Some(stage);
        }
    }
    // "the final", not "the final whistle" or "their final group game".
    (from..to.min(t.len()))
        .find(|&i| {
            t[i].norm == "final"
                && (ctx.word_back(i, 1) == "the"
                    || i.checked_sub(1).is_some_and(|j| {
                        ctx.mention_at(j).is_some() || t[j].match_year().is_some()
                    }))
                && !t[i].hyphen_before
                && !matches!(
                    t.get(i + 1).map(|x| x.kind),
                    Some(TokenKind::Word | TokenKind::Number(_) | TokenKind::Ordinal(_))
                )
        })
        .map(|_| Stage::Final)
}

fn other_stage(r: &Review) -> Option<String> {
    let m = r.ctx.store.match_(r.single_match()?);
    if m.stage == Stage::Unknown || r.finding.kind == ClaimKind::Stage {
        return None;
    }
    // The claim's clause first, else the sentence ("when the sides met in
    // the group stage, ... before Brazil won 2-1").
    let named =
        stage_named(r, r.clause.0, r.clause.1).or_else(|| stage_named(r, 0, r.ctx.tokens.len()))?;
    let same = named == m.stage
        || (named == Stage::Group && m.stage == Stage::SecondGroup)
        || (named == Stage::RoundOf16 && m.stage == Stage::RoundOf32);
    (!same).then(|| {
        format!(
            "the clause names another stage ({named:?}) than the match checked ({:?})",
            m.stage
        )
    })
}

fn other_score(r: &Review) -> Option<String> {
    let m = r.ctx.store.match_(r.single_match()?);
    let mut known: Vec<(u8, u8)> = r
        .ctx
        .store
        .goals_of(m)
        .iter()
        .map(|g| (g.score_after.home, g.score_after.away))
        .collect();
    known.push((0, 0));
    known.push((m.score.home, m.score.away));
    known.extend(m.half_time.map(|h| (h.home, h.away)));
    known.extend(m.full_time.map(|f| (f.home, f.away)));
    known.extend(
        m.shootout
            .as_ref()
            .and_then(|s| s.score)
            .map(|p| (p.home, p.away)),
    );
    let fits = |(a, b): (u8, u8)| known.iter().any(|&k| k == (a, b) || k == (b, a));
    // A shoot-out whose score the data lacks: its score may be the one stated.
    if m.shootout.is_some_and_score_unknown() && r.cue(0, r.ctx.tokens.len(), "shootout").is_some()
    {
        return None;
    }
    (0..r.ctx.tokens.len())
        .filter(|&i| !(r.first..=r.last).contains(&i))
        .find_map(|i| match r.ctx.tokens[i].kind {
            TokenKind::Score(a, b) if !fits((a, b)) => Some(format!(
                "the sentence states {a}-{b}, a score {} never stood at: another match is in view",
                r.ctx.store.describe_match(m)
            )),
            _ => None,
        })
}

fn other_teams(r: &Review) -> Option<String> {
    // Both sides named in the claim's own words: the other teams belong to
    // other clauses ("after beating Turkey they lost to Georgia on Tuesday").
    if r.finding.match_pinned && r.kind_is(&[ClaimKind::Date]) {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let named = |t| r.names_team(t);
    let outsider = r
        .ctx
        .mentions
        .iter()
        .filter_map(|x| x.team())
        .find(|t| !m.involves(*t))?;
    if named(m.home) && named(m.away) {
        return None;
    }
    Some(format!(
        "the sentence names {}, who did not play in {}",
        r.ctx.store.team_name(outsider),
        r.ctx.store.describe_match(m)
    ))
}

fn approximate(r: &Review) -> Option<String> {
    (r.first..=r.last)
        .filter(|&i| {
            matches!(
                r.ctx.tokens[i].kind,
                TokenKind::Number(_) | TokenKind::Ordinal(_) | TokenKind::Score(..)
            )
        })
        .find_map(|i| r.cue(i.saturating_sub(3), i, "approximate"))
        .map(|c| format!("the figure is approximate ('{c}')"))
}

fn undated(r: &Review) -> Option<String> {
    if !matches!(r.as_of_source, AsOfSource::None | AsOfSource::Latest) {
        return None;
    }
    // With no date, the article's match is a guess: an event of a match
    // the sentence does not pin down may belong to another.
    if let Some(id) = r.single_match() {
        let pinned = r.pinned(id) || r.finding.match_pinned || r.names_match(id);
        if !pinned
            && r.kind_is(&[
                ClaimKind::Scorer,
                ClaimKind::Minute,
                ClaimKind::Penalty,
                ClaimKind::OwnGoal,
                ClaimKind::Result,
                ClaimKind::Score,
                ClaimKind::Date,
                ClaimKind::Venue,
            ])
        {
            return Some(
                "the article has no date, and the sentence does not pin the match down".into(),
            );
        }
    }
    r.kind_is(&[
        ClaimKind::Tally,
        ClaimKind::Record,
        ClaimKind::HeadToHead,
        ClaimKind::Stage,
        ClaimKind::Standing,
    ])
    .then(|| "the article has no date, and this count depends on it".into())
}

/// The British Home Championship ran from autumn to spring; the data
/// groups its matches by calendar year, so a season's table or count ("Wales
/// with 5 points from 3 games") straddles two of its editions.
fn season_split(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Tally, ClaimKind::Standing]) {
        return None;
    }
    let store = r.ctx.store;
    let e = r
        .finding
        .evidence
        .iter()
        .find_map(|id| store.match_(*id).edition)?;
    let ed = store.edition(e);
    let straddles = store.editions_of(ed.competition).any(|x| {
        x.id != ed.id && x.end < ed.start && (ed.start - x.end).get_days() <= 150
            || x.start > ed.end && (x.start - ed.end).get_days() <= 150
    });
    straddles.then(|| {
        format!(
            "{} is grouped by calendar year in the data, but its seasons ran across two years",
            store.edition_name(e)
        )
    })
}

fn tally_grounding(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Tally {
        return None;
    }
    let all = r.ctx.tokens.len();
    match r.finding.subject {
        Some(Subject::Team) => {
            // A name or a nickname ("the Three Lions"), not a pronoun.
            let team_named = r.ctx.teams.iter().any(|(k, _)| !r.ctx.is_pronoun(*k));
            if !team_named {
                return Some("the sentence does not name the team whose count it is".into());
            }
        }
        Some(Subject::Player) if r.ctx.players.is_empty() => {
            return Some("the sentence does not name the player whose count it is".into());
        }
        _ => {}
    }
    if r.finding.scope_stated {
        return None;
    }
    let competition_named = r
        .ctx
        .mentions
        .iter()
        .any(|m| matches!(m.kind, MentionKind::Competition(_)));
    (!competition_named && r.cue(0, all, "tally_scope").is_none())
        .then(|| "the sentence does not say what the count runs over".into())
}

fn not_title(r: &Review) -> Option<String> {
    if r.finding.rule != "titles" || r.finding.kind != ClaimKind::Record {
        return None;
    }
    if let Some(c) = r.in_clause("not_title") {
        return Some(format!(
            "the words may count something other than titles ('{c}')"
        ));
    }
    // "to record a win": a verb, not a record.
    (r.first..=r.last)
        .find(|&i| r.ctx.word(i) == "record" && r.ctx.word_back(i, 1) == "to")
        .map(|_| "'record' is a verb here".into())
}

/// The team whose name opens the finding's claim ("France won the shoot-out").
fn claimed_team(r: &Review) -> Option<offside_data::TeamId> {
    let doc = r.ctx.doc;
    r.ctx
        .distinct_teams()
        .into_iter()
        .chain(
            [doc.focus, doc.second, doc.last_subject]
                .into_iter()
                .flatten(),
        )
        .find(|t| r.finding.claimed.starts_with(r.ctx.store.team_name(*t)))
}

fn other_competition(r: &Review) -> Option<String> {
    let m = r.ctx.store.match_(r.single_match()?);
    let store = r.ctx.store;
    let in_view = r.ctx.doc.edition.map(|e| store.edition(e).competition)?;
    let named = r
        .ctx
        .mentions
        .iter()
        .any(|x| matches!(x.kind, MentionKind::Competition(_)));
    // A match pinned by its written date is the one meant, whatever the
    // competition ("26/05/74 Netherlands v Argentina 4-1 (friendly)").
    let dated = crate::dates::full_dates(r.ctx.tokens).contains(&m.date);
    (m.competition != in_view && !named && !dated && !r.in_view(m.id)).then(|| {
        format!(
            "the match checked is a {} match, the article is about the {}",
            store.competition(m.competition).name,
            store.competition(in_view).name
        )
    })
}

fn scorers_unknown(r: &Review) -> Option<String> {
    if r.finding.rule == "lineup" {
        return None;
    }
    if !r.kind_is(&[
        ClaimKind::Scorer,
        ClaimKind::Minute,
        ClaimKind::Penalty,
        ClaimKind::OwnGoal,
    ]) && r.finding.rule != "score_state"
    {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    if m.score.home == 0 && m.score.away == 0 && r.finding.rule != "score_state" {
        return Some(format!(
            "{} was goalless: the goal the sentence speaks of belongs to another match",
            r.ctx.store.describe_match(m)
        ));
    }
    (!m.scorers_complete).then(|| {
        format!(
            "the data does not list every goal of {}",
            r.ctx.store.describe_match(m)
        )
    })
}

fn no_such_player_tally(r: &Review) -> Option<String> {
    (r.finding.kind == ClaimKind::Tally
        && r.finding.subject == Some(Subject::Player)
        && r.finding.actual.as_deref() == Some("0"))
    .then(|| "the player has no goals in the edition checked; another edition may be meant".into())
}

fn record_since(r: &Review) -> Option<String> {
    // "won in Spain for the first time since 1987": the result is of some
    // match, the claim is the span without one.
    if r.finding.kind == ClaimKind::Result
        && r.ctx.has_phrase(&["first", "time", "since"]).is_some()
    {
        return Some("the sentence counts the first such result since a date".into());
    }
    if r.finding.kind != ClaimKind::Record || r.finding.claimed.contains("since") {
        return None;
    }
    r.ctx
        .find_in(r.clause.0, r.clause.1, &["since"])
        .map(|_| "the record is counted since a date the check did not use".into())
}

fn stage_period(r: &Review) -> Option<String> {
    // "headed the opener": a goal, not the team's opening match.
    if r.finding.kind == ClaimKind::Other && r.finding.rule == "stage" {
        if let Some(c) = r.in_clause("scoring") {
            return Some(format!("'opener' here is a goal ('{c}'), not a match"));
        }
        // "the first champions to have lost their opening match" names no match.
        let m = *r.finding.evidence.first()?;
        return (!r.names_match(m))
            .then(|| "the sentence does not name the match it calls the opener".into());
    }
    if r.finding.kind != ClaimKind::Stage {
        return None;
    }
    r.in_clause("stage_period")
        .map(|c| format!("'{c}' is a stretch of the tournament, not one match's stage"))
}

fn claimed_team_not_subject(r: &Review) -> Option<String> {
    if !(r.finding.rule == "titles" || r.finding.kind == ClaimKind::Shootout) {
        return None;
    }
    let claimed = claimed_team(r)?;
    // The clause's subject acts: the team that opens it, or the antecedent
    // of "who"/"which" ("Brazil beat Peru to win a ninth Copa": Brazil).
    let opener = r
        .ctx
        .teams
        .iter()
        .find(|(k, _)| *k >= r.clause.0 && *k <= r.clause.0 + 1)
        .map(|(_, t)| *t);
    let antecedent = matches!(r.ctx.word_back(r.clause.0, 1), "who" | "which")
        .then(|| {
            r.ctx
                .teams
                .iter()
                .rev()
                .find(|(k, _)| *k < r.clause.0)
                .map(|(_, t)| *t)
        })
        .flatten();
    // "Colombia's unbeaten run": a possessive names the owner outright.
    let possessive = r.ctx.teams.iter().any(|(k, t)| {
        *t == claimed
            && (r.clause.0..r.clause.1).contains(k)
            && r.ctx.tokens.get(k + 1).map(|x| x.kind) == Some(TokenKind::Possessive)
    });
    // "stun the hosts to win Euro 2004": the claimed team is the object of
    // a result verb, so the winner is someone else.
    let object_of_verb = r.ctx.teams.iter().any(|(k, t)| {
        let pronoun = r.ctx.is_pronoun(*k);
        let before = if r.ctx.word_back(*k, 1) == "the" {
            *k - 1
        } else {
            *k
        };
        *t == claimed
            && !pronoun
            && (r.clause.0..=r.last).contains(k)
            && lexicon()
                .find(
                    r.ctx.tokens,
                    before.saturating_sub(2),
                    before,
                    "result_verb",
                )
                .is_some_and(|(at, w)| at + w.len() == before)
    });
    // "ended Nigeria's hope of a fourth title": the possessive owns the hope.
    if object_of_verb && !(possessive && r.finding.reframed) && r.finding.rule == "titles" {
        return Some(format!(
            "{} is the object of a result verb here, not the team that won",
            r.ctx.store.team_name(claimed)
        ));
    }
    // "helped West Germany win the World Cup": the team before the verb.
    let before_verb = r
        .ctx
        .teams
        .iter()
        .filter(|(k, _)| (r.clause.0..=r.last).contains(k))
        .find(|(k, _)| {
            let end = r.ctx.mention_at(*k).map_or(*k + 1, |m| m.end);
            lexicon()
                .find(r.ctx.tokens, end, end + 1, "result_verb")
                .is_some()
        })
        .map(|(_, t)| *t);
    match before_verb.or(opener).or(antecedent) {
        Some(a) if a != claimed && !possessive => Some(format!(
            "the team acting in the clause is {}, not {}",
            r.ctx.store.team_name(a),
            r.ctx.store.team_name(claimed)
        )),
        _ => None,
    }
}

/// How far a team went is a claim about one team; the reader must have it
/// from the words, not from the team the article is about. It is named when
/// the claim's clause (or, for a clause with no team, the clause it
/// continues: ", reaching the final") opens with it as the subject, or
/// names it as the one sent or knocked out ("sent Japan into the final",
/// "eliminated the Netherlands"). A pronoun, a coach's "side" and a speaker
/// name no team for sure.
fn progress_team_unnamed(r: &Review) -> Option<String> {
    let c = &r.finding.claimed;
    if r.finding.rule != "stage"
        || !(c.contains(" reached the ") || c.contains(" went out in the "))
    {
        return None;
    }
    let unnamed = || Some("the clause does not name the team that went that far".to_string());
    let Some(claimed) = claimed_team(r) else {
        return unnamed();
    };
    let ctx = r.ctx;
    let pronoun = |k: usize| ctx.is_pronoun(k);
    // Sent or knocked out: the team right after such a verb in the clause.
    let object = ctx.teams.iter().any(|(k, t)| {
        *t == claimed
            && !pronoun(*k)
            && (r.clause.0..=r.last).contains(k)
            && r.cue(k.saturating_sub(3), *k, "moves_team").is_some()
    });
    if object {
        return None;
    }
    match ctx.named_subject(r.clause.0, r.last + 1) {
        Some(t) if t == claimed => None,
        _ => unnamed(),
    }
}

fn longer_name(r: &Review) -> Option<String> {
    if !r.kind_is(&[
        ClaimKind::Scorer,
        ClaimKind::Minute,
        ClaimKind::Penalty,
        ClaimKind::Other,
    ]) {
        return None;
    }
    r.ctx.players.iter().find_map(|(mi, _)| {
        let m = r.ctx.mentions.get(*mi)?;
        if m.start < r.first || m.start > r.last {
            return None;
        }
        let next = r.ctx.tokens.get(m.end)?;
        (next.kind == TokenKind::Word && next.capitalized && r.ctx.mention_at(m.end).is_none())
            .then(|| {
                format!(
                    "the name runs on ('{}'): someone else may be meant",
                    next.span.text(r.ctx.text)
                )
            })
    })
}

fn edition_elsewhere(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Tally, ClaimKind::Stage, ClaimKind::Standing]) {
        return None;
    }
    let e = r.ctx.edition?;
    if Some(e) == r.ctx.doc.edition {
        return None;
    }
    // The sentence's own edition differs from the article's: it must be
    // named in the claim's clause to be sure.
    let in_clause = r
        .ctx
        .editions
        .iter()
        .any(|(k, x)| *x == e && (r.clause.0..r.clause.1).contains(k))
        || (r.clause.0..r.clause.1)
            .any(|i| r.ctx.tokens[i].match_year() == Some(r.ctx.store.edition(e).year as i16));
    (!in_clause).then(|| {
        format!(
            "the {} is named in another clause of the sentence",
            r.ctx.store.edition_name(e)
        )
    })
}

fn h2h_teams(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::HeadToHead {
        return None;
    }
    let named: Vec<_> = r
        .ctx
        .distinct_teams()
        .into_iter()
        .filter(|t| r.names_team(*t))
        .collect();
    // "between the two sides", "between them": the pair of the article's
    // match, when the article has one.
    let main_pair = r.ctx.doc.main_match.map(|m| r.ctx.store.match_(m));
    let the_pair = main_pair.is_some_and(|m| {
        !r.finding.evidence.is_empty()
            && r.finding.evidence.iter().all(|id| {
                let x = r.ctx.store.match_(*id);
                x.involves(m.home) && x.involves(m.away)
            })
    }) && (r.ctx.has_phrase(&["the", "two", "sides"]).is_some()
        || r.ctx.has_phrase(&["the", "two", "teams"]).is_some()
        || r.ctx.has_phrase(&["the", "two", "nations"]).is_some()
        || r.ctx.has_phrase(&["between", "them"]).is_some());
    // The previous sentence may have named them ("Previous meetings: ...").
    (named.len() < 2 && !r.ctx.doc.h2h_topic && !the_pair)
        .then(|| "the sentence does not name both teams of the head-to-head".into())
}

fn unofficial_meetings(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::HeadToHead {
        return None;
    }
    let store = r.ctx.store;
    // The curated list marks the Victory internationals and the reader
    // tries the count with and without them; a wartime meeting the list
    // does not mark may still be one official records leave out.
    let wartime = r.finding.evidence.iter().any(|id| {
        let m = store.match_(*id);
        let d = m.date.to_string();
        ("1939-09-01".."1946-09-01").contains(&d.as_str()) && m.official
    });
    wartime.then(|| {
        "the meetings include wartime or Victory internationals that official records leave out (P1)".into()
    })
}

fn relative_time(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Minute || r.finding.rule == "lineup" || r.finding.anchored {
        return None;
    }
    r.in_clause("relative_time")
        .map(|c| format!("the minute may be counted from another goal ('{c}')"))
}

fn awarded(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Result, ClaimKind::Score]) {
        return None;
    }
    r.in_clause("awarded")
        .map(|c| format!("the result may be one given by a ruling ('{c}'), not the score played"))
}

fn not_match_event(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Date, ClaimKind::Venue]) {
        return None;
    }
    r.in_clause("not_match_event")
        .map(|c| format!("the day or place may be that of something else ('{c}')"))
}

fn shootout_elsewhere(r: &Review) -> Option<String> {
    let m = r.ctx.store.match_(r.single_match()?);
    if m.shootout.is_some() || r.finding.kind == ClaimKind::Shootout {
        return None;
    }
    r.cue(0, r.ctx.tokens.len(), "shootout").map(|c| {
        format!(
            "the sentence speaks of a shoot-out ('{c}'), which {} did not have",
            r.ctx.store.describe_match(m)
        )
    })
}

fn true_of_the_article_match(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Scorer {
        return None;
    }
    let main = r.ctx.doc.main_match?;
    if r.finding.evidence.first() == Some(&main) {
        return None;
    }
    let m = r.ctx.store.match_(main);
    let scorers: Vec<_> = r.ctx.store.goals_of(m).iter().map(|g| g.player).collect();
    let named = r.players_in_claim();
    (!named.is_empty() && named.iter().all(|p| scorers.contains(p))).then(|| {
        format!(
            "they scored in {}, the article's match",
            r.ctx.store.describe_match(m)
        )
    })
}

fn shared_count(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Tally
        || !matches!(
            r.finding.subject,
            Some(Subject::Player | Subject::PlayerCareer)
        )
    {
        return None;
    }
    if let Some(c) = r
        .ctx
        .find_in(r.clause.0, r.clause.1, &["each", "apiece", "both"])
    {
        return Some(format!("the count is shared ('{}')", r.ctx.word(c)));
    }
    // "breaking Ali Daei's record by netting nine": a possessive owner is
    // not the one counting.
    r.ctx
        .players
        .iter()
        .filter_map(|(mi, _)| r.ctx.mentions.get(*mi))
        .any(|m| r.ctx.tokens.get(m.end).map(|t| t.kind) == Some(TokenKind::Possessive))
        .then(|| "a player named in the possessive may not be the one whose count it is".into())
}

fn loser_named(r: &Review) -> Option<String> {
    if !(r.finding.kind == ClaimKind::Shootout || r.finding.rule == "titles") {
        return None;
    }
    // "had beaten Switzerland on penalties", "Brazil defeated Germany" are
    // wins: a participle is a loss only in the passive ("were defeated").
    let active = |w: &str| {
        (r.clause.0..r.clause.1).any(|k| {
            r.ctx.word(k) == w
                && !matches!(
                    r.ctx.word_back(k, 1),
                    "was" | "were" | "been" | "be" | "being" | "got"
                )
                && !matches!(
                    r.ctx.word_back(k, 2),
                    "was" | "were" | "been" | "be" | "being" | "got"
                )
        })
    };
    r.in_clause("loss_verb")
        .filter(|c| !(matches!(c.as_str(), "beaten" | "defeated" | "eliminated") && active(c)))
        .map(|c| format!("the clause says the team lost ('{c}')"))
}

fn other_place(r: &Review) -> Option<String> {
    r.single_match()?;
    let places: Vec<&crate::mentions::Mention> = r
        .ctx
        .mentions
        .iter()
        .filter(|x| x.kind == MentionKind::Place)
        .collect();
    if r.finding.kind == ClaimKind::Venue {
        // "fans battling in both Cairo and Algiers"; "Roma attacking pair".
        // A place the sentence gives to another match is that match's ("now
        // face Brazil at the Maracanã, a repeat of the 2019 semi-final,
        // which Brazil won in São Paulo").
        let id = r.single_match();
        let shared = places
            .iter()
            .filter(|x| r.ctx.match_near(x.start).map(|m| m.id) == id)
            .count();
        if shared >= 2 {
            return Some("the sentence names several places".into());
        }
        return places.iter().find_map(|p| {
            lexicon()
                .find(r.ctx.tokens, p.end, p.end + 2, "club_role")
                .filter(|(at, _)| *at == p.end)
                .map(|(_, w)| format!("the place names a club here ('{}')", w.join(" ")))
        });
    }
    None
}

fn another_scorer_named(r: &Review) -> Option<String> {
    // Only "X scored" where X did not score at all: a wrong minute for a
    // real scorer is a plain error.
    if r.finding.kind != ClaimKind::Scorer
        || matches!(r.finding.rule, "lineup" | "box_score" | "off_the_bench")
    {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let scorers: Vec<_> = r.ctx.store.goals_of(m).iter().map(|g| g.player).collect();
    let claimed = r.players_in_claim();
    if claimed.iter().any(|p| scorers.contains(p)) {
        return None;
    }
    let in_claim = |mi: usize| r.player_mention_in(mi, r.first, r.last + 1);
    let other = r
        .ctx
        .players
        .iter()
        .find(|(mi, p)| !in_claim(*mi) && !claimed.contains(p) && scorers.contains(p))?;
    Some(format!(
        "{} scored in that match and is named too; the player named here may have assisted or defended",
        r.ctx.store.player(other.1).name
    ))
}

fn owner_named_after(r: &Review) -> Option<String> {
    if r.finding.rule != "titles" {
        return None;
    }
    let claimed = claimed_team(r)?;
    let after = (r.last + 1..(r.last + 4).min(r.ctx.tokens.len()))
        .find(|&i| matches!(r.ctx.word(i), "for" | "of"))?;
    let owner = r
        .ctx
        .teams
        .iter()
        .find(|(k, _)| *k > after && *k <= after + 2)
        .map(|(_, t)| *t)?;
    (owner != claimed).then(|| {
        format!(
            "the clause gives it to {}, not {}",
            r.ctx.store.team_name(owner),
            r.ctx.store.team_name(claimed)
        )
    })
}

/// An article can only state results of matches played by its date; a
/// claim judged against a later match was read against the wrong one.
fn after_the_article(r: &Review) -> Option<String> {
    // A fixture's day and place are known beforehand: a preview can get
    // them wrong ("play Croatia in Moscow on Tuesday"), but not with its
    // result ("the 1-0 loss in Hamburg").
    if r.kind_is(&[ClaimKind::Date, ClaimKind::Venue])
        && !r
            .ctx
            .tokens
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Score(..)))
        && r.cue(0, r.ctx.tokens.len(), "result_word").is_none()
    {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let as_of = r.ctx.doc.as_of?;
    (m.date > as_of).then(|| {
        format!(
            "{} was played after the article's date ({as_of})",
            r.ctx.store.describe_match(m)
        )
    })
}

/// "Venezuela will face the runners-up of Group B on Friday": the day of
/// a match still to come cannot be that of one already played.
fn coming_fixture(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Date, ClaimKind::Venue]) {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let as_of = r.ctx.doc.as_of?;
    if m.date >= as_of {
        return None;
    }
    // "deserved to fight again, on Thursday": the day's clause may be only
    // the day; the words before it say what it is for.
    let cue = r.cue(r.clause.0.saturating_sub(6), r.clause.1, "coming")?;
    Some(format!(
        "the clause speaks of a coming match ('{cue}'); {} was already played",
        r.ctx.store.describe_match(m)
    ))
}

/// "took on Argentina for the first time in Buenos Aires": the place is
/// the first meeting's; unless the match checked is pinned, it may not be it.
fn first_occasion(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Venue, ClaimKind::Date, ClaimKind::Result]) {
        return None;
    }
    let id = r.single_match()?;
    if r.pinned(id) || r.finding.match_pinned {
        return None;
    }
    let first = r.ctx.has_phrase(&["for", "the", "first", "time"]).is_some()
        || r.ctx.has_phrase(&["first", "meeting"]).is_some()
        || r.ctx.has_phrase(&["first", "ever", "meeting"]).is_some();
    first.then(|| {
        format!(
            "the sentence speaks of a first occasion, which {} may not be",
            r.ctx.store.describe_match(r.ctx.store.match_(id))
        )
    })
}

/// A place is a match's only when the sentence speaks of that match: it
/// names one of its sides, pins it, or has a word for a match. "The Water
/// Battle in Frankfurt has gone down in history" names a place and a
/// legend, not the article's fixture.
fn place_of_no_match(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Venue]) || r.finding.match_pinned {
        return None;
    }
    let id = r.single_match()?;
    let m = r.ctx.store.match_(id);
    if r.names_team(m.home) || r.names_team(m.away) || r.pinned(id) || r.score_written(id) {
        return None;
    }
    if r.cue(0, r.ctx.tokens.len(), "match_word").is_some() {
        return None;
    }
    Some(format!(
        "the sentence names neither side of {} nor a match",
        r.ctx.store.describe_match(m)
    ))
}

/// A day, date or place belongs to the event of its own clause. When that
/// clause names teams (by name, not pronoun) and none of them played the
/// match checked, the words are about another match.
fn clause_of_another_match(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Date, ClaimKind::Venue]) {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let pronoun = |k: usize| r.ctx.is_pronoun(k);
    let named: Vec<offside_data::TeamId> = r
        .ctx
        .teams
        .iter()
        .filter(|(k, _)| (r.clause.0..r.clause.1).contains(k) && !pronoun(*k))
        .filter(|(k, _)| !matches!(r.ctx.word_back(*k, 1), "in" | "at"))
        .map(|(_, t)| *t)
        .collect();
    let outsider = named.iter().find(|t| !m.involves(**t))?;
    if named.iter().any(|t| m.involves(*t)) {
        return None;
    }
    Some(format!(
        "its clause is about {}, who did not play in {}",
        r.ctx.store.team_name(*outsider),
        r.ctx.store.describe_match(m)
    ))
}

fn other_weekday(r: &Review) -> Option<String> {
    if r.finding.kind == ClaimKind::Date {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let played = crate::dates::weekday_of(m.date);
    // "Saturday's 2-0 win" about a Wednesday match: another match. A day
    // later is the time-zone allowance of P4.
    r.ctx.tokens[r.clause.0..r.clause.1].iter().find_map(|t| {
        let wd = crate::dates::weekday(&t.norm).filter(|_| t.capitalized)?;
        (wd != played && wd != (played + 1) % 7).then(|| {
            format!(
                "the sentence names {}; {} was played on a {}",
                t.span.text(r.ctx.text),
                r.ctx.store.describe_match(m),
                crate::dates::WEEKDAYS[played as usize]
            )
        })
    })
}

fn result_not_the_articles(r: &Review) -> Option<String> {
    let is_result = matches!(r.finding.rule, "result");
    if !(is_result || r.finding.kind == ClaimKind::Venue) {
        return None;
    }
    let id = r.single_match()?;
    // Only a report about one match: a tournament round-up has no main
    // match, and its results are its claims.
    let main = r.ctx.doc.main_match?;
    if id == main
        || r.pinned(id)
        || r.finding.match_pinned
        || gap_back_lands(r, r.ctx.store.match_(id))
    {
        return None;
    }
    // A place for a meeting the sentence names by its score, in the
    // article's tournament.
    let same_edition = r.ctx.store.match_(id).edition.is_some()
        && r.ctx.store.match_(id).edition == r.ctx.store.match_(main).edition;
    if !is_result && same_edition && r.score_written(id) {
        return None;
    }
    Some(format!(
        "{} is neither the article's match nor pinned by a year in the sentence",
        r.ctx.store.describe_match(r.ctx.store.match_(id))
    ))
}

fn count_as_of_another_date(r: &Review) -> Option<String> {
    // A count of titles ("Egypt's 5 ... title"), not a winner or a streak.
    let is_count = r
        .finding
        .claimed
        .split_once("'s ")
        .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_digit()));
    if r.finding.rule != "titles" || !is_count {
        return None;
    }
    // A retrospective ("On 25 July 2004, Brazil beat Argentina ...",
    // published in 2009) narrates its match as of that day.
    if let (Some(main), Some(d)) = (r.ctx.doc.main_match, r.ctx.doc.as_of) {
        let m = r.ctx.store.match_(main);
        if (d - m.date).get_days() > 365 {
            return Some(format!(
                "the article narrates a match of {}; the count was taken as of the article's date",
                m.date
            ));
        }
    }
    let as_of = r.ctx.doc.as_of?.year();
    // "On 10 February 2006, Egypt won their fifth": the year sets the scene
    // at the sentence's start ("after 1992 and 2012" lists earlier titles).
    // "the summer of '74", "back in '74": a season or a clipped year sets
    // it anywhere in the sentence.
    let toks = r.ctx.tokens;
    let scene = (1..toks.len()).filter_map(|k| {
        let clipped = toks[k - 1].is_punct('\'') && toks[k].span.len() == 2;
        let season = matches!(
            r.ctx.word_back(k, 2),
            "summer" | "spring" | "autumn" | "winter"
        ) && r.ctx.word_back(k, 1) == "of";
        if clipped {
            let n = toks[k].number()? as i16;
            let y = if n >= 30 { 1900 + n } else { 2000 + n };
            Some(y)
        } else if season {
            toks[k].match_year()
        } else {
            None
        }
    });
    let earlier = toks
        .iter()
        .take(5)
        .filter_map(|t| t.match_year())
        .chain(scene)
        .chain(r.ctx.years_back())
        .find(|y| *y < as_of)?;
    Some(format!(
        "the sentence is set in {earlier}; the count was taken as of the article's date"
    ))
}

fn times_not_goals(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Tally {
        return None;
    }
    (r.first..=r.last)
        .find(|&i| {
            matches!(r.ctx.tokens[i].kind, TokenKind::Number(_))
                && matches!(r.ctx.word(i + 1), "times" | "occasions")
                // "scored 12 times", "found the net 22 times": goals.
                && !matches!(
                    r.ctx.word_back(i, 1),
                    "scored" | "netted" | "net" | "struck" | "scoring"
                )
        })
        .map(|_| "'times' counts occasions, not goals".into())
}

fn earlier_event(r: &Review) -> Option<String> {
    if !r.kind_is(&[
        ClaimKind::Result,
        ClaimKind::Score,
        ClaimKind::Venue,
        ClaimKind::Date,
    ]) {
        return None;
    }
    let id = r.single_match()?;
    if r.pinned(id) {
        return None;
    }
    // "... after beating Japan 1-0 on Thursday": the clause's own score
    // and opponent are the article's match.
    if Some(id) == r.ctx.doc.main_match && r.score_written(id) && r.names_team_of(id) {
        return None;
    }
    let opener = r.ctx.word_back(r.clause.0, 1);
    let gerund = r.ctx.word(r.clause.0).ends_with("ing");
    // "after beating the Czech Republic they lost 2-0 to Georgia on
    // Tuesday": a subject pronoun opens the main clause, where the claim is.
    let main_clause =
        (r.clause.0 + 1..r.first).any(|k| matches!(r.ctx.word(k), "they" | "he" | "she" | "we"));
    if matches!(opener, "after" | "before" | "since") && gerund && !main_clause {
        return Some(format!(
            "the claim sits in an '{opener} ...ing' clause: an earlier or later match than the one checked"
        ));
    }
    // "the defeat in Poland" about a match played elsewhere.
    let m = r.ctx.store.match_(id);
    if r.finding.kind != ClaimKind::Venue {
        let here = [
            offside_text::normalize_phrase(&m.city),
            offside_text::normalize_phrase(&m.country),
        ];
        for (k, t) in &r.ctx.teams {
            let named = r.ctx.mention_at(*k).is_some_and(|x| x.team().is_some());
            if named && (r.clause.0..r.clause.1).contains(k) && r.ctx.word_back(*k, 1) == "in" {
                let name = offside_text::normalize_phrase(r.ctx.store.team_name(*t));
                if !here.contains(&name) {
                    return Some(format!(
                        "the clause places it in {}, but {} was played in {}",
                        r.ctx.store.team_name(*t),
                        r.ctx.store.describe_match(m),
                        m.country
                    ));
                }
            }
        }
    }
    None
}

fn possessive_winner(r: &Review) -> Option<String> {
    if r.finding.rule != "result" {
        return None;
    }
    let m = r.ctx.store.match_(r.single_match()?);
    let winner = match m.score.home.cmp(&m.score.away) {
        std::cmp::Ordering::Greater => m.home,
        std::cmp::Ordering::Less => m.away,
        std::cmp::Ordering::Equal => return None,
    };
    r.ctx
        .teams
        .iter()
        .any(|(k, t)| {
            *t == winner
                && (r.clause.0.saturating_sub(8)..r.clause.1).contains(k)
                && r.ctx.tokens.get(k + 1).map(|x| x.kind) == Some(TokenKind::Possessive)
        })
        .then(|| {
            format!(
                "the sentence names {} in the possessive, and they won",
                r.ctx.store.team_name(winner)
            )
        })
}

fn player_outside_clause(r: &Review) -> Option<String> {
    // "his ninth goal": the reader took the owner from the possessive, and
    // only a player who scored in the match in view.
    if r.finding.kind != ClaimKind::Tally
        || matches!(r.finding.rule, "nth_goal" | "subset")
        || !matches!(
            r.finding.subject,
            Some(Subject::Player | Subject::PlayerCareer)
        )
    {
        return None;
    }
    // "Lukaku scored twice, lifting his tally to four": "his" in the
    // clause and one player named in the sentence.
    let one_player = {
        let mut ps: Vec<_> = r
            .ctx
            .players
            .iter()
            .filter(|(mi, _)| *mi != usize::MAX)
            .map(|(_, p)| *p)
            .collect();
        ps.dedup();
        ps.len() == 1
    };
    let his = (r.clause.0..r.clause.1).any(|k| matches!(r.ctx.word(k), "his" | "her"));
    // "X missed the semi-final, but scored 3 goals": a clause with no
    // subject of its own is the player's of the clause before.
    let mut opener = r.clause.0;
    while matches!(r.ctx.word(opener), "but" | "and" | "then" | "yet" | ",") {
        opener += 1;
    }
    let carries_on = r.clause.0 > 0
        && opener < r.last
        && r.ctx.mention_at(opener).is_none()
        && !r.ctx.tokens[opener].capitalized
        && !matches!(
            r.ctx.word(opener),
            "the" | "their" | "its" | "it" | "they" | "a" | "an" | "she" | "his" | "her"
        );
    let before_named = carries_on && {
        let mut end = r.clause.0;
        while end > 0 && matches!(r.ctx.word(end - 1), "," | "but" | "and" | "then" | "yet") {
            end -= 1;
        }
        let from = (0..end)
            .rev()
            .find(|&k| matches!(r.ctx.word(k), "," | ";" | "." | "but" | "while"))
            .map_or(0, |k| k + 1);
        r.ctx
            .players
            .iter()
            .any(|(mi, _)| r.player_mention_in(*mi, from, r.clause.0))
    };
    let named = r.clause_names_a_player() || (his && one_player) || before_named;
    (!named).then(|| "the clause does not name the player whose count it would be".into())
}

fn figurative_record(r: &Review) -> Option<String> {
    if r.finding.rule != "titles" || !r.finding.claimed.contains("biggest") {
        return None;
    }
    let id = *r.finding.evidence.first()?;
    let m = r.ctx.store.match_(id);
    let margin = m.score.home.abs_diff(m.score.away);
    // The record it was checked against: "previous win of that size" or a
    // bigger one; a 3-1 called "the biggest win in their history" is about
    // importance.
    (margin <= 2).then(|| {
        format!(
            "a {}-{} is far from a record margin; 'biggest' may mean most important",
            m.score.home, m.score.away
        )
    })
}

fn relative_year(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Stage, ClaimKind::Tally, ClaimKind::Record]) {
        return None;
    }
    let year = r.ctx.years_back()?;
    let id = *r.finding.evidence.first()?;
    let m = r.ctx.store.match_(id);
    let edition_year = m.edition.map(|e| r.ctx.store.edition(e).year as i16);
    (m.date.year() != year && edition_year != Some(year)).then(|| {
        format!(
            "the sentence speaks of {year}; the count or stage checked is of {}",
            m.date.year()
        )
    })
}

fn player_of_another_team(r: &Review) -> Option<String> {
    r.ctx.players.iter().find_map(|(mi, p)| {
        let m = r.ctx.mentions.get(*mi)?;
        if m.start < r.clause.0 || m.start > r.last + 1 {
            return None;
        }
        // A team named right before the name ("Brazil striker Ronaldo").
        let team = r
            .ctx
            .mentions
            .iter()
            .find(|x| x.team().is_some() && x.end <= m.start && m.start - x.end <= 2)?
            .team()?;
        let store = r.ctx.store;
        let played_for = store.player_goals_any_team(*p, team);
        (!played_for).then(|| {
            format!(
                "{} is named as {}'s; the data's {} never scored for them",
                m.span.text(r.ctx.text),
                store.team_name(team),
                store.player(*p).name
            )
        })
    })
}

fn doubled_lead(r: &Review) -> Option<String> {
    if !r.finding.claimed.contains("2 goals") {
        return None;
    }
    let at = r.ctx.find_in(
        r.clause.0,
        r.clause.1,
        &["double", "doubled", "doubling", "doubles"],
    )?;
    r.ctx
        .find_in(at + 1, (at + 5).min(r.clause.1), &["lead", "advantage"])
        .map(|_| "'double the lead' is one goal".into())
}

fn vague_minute(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Minute
        || matches!(r.finding.rule, "lineup" | "box_score" | "off_the_bench")
    {
        return None;
    }
    // "ten minutes after the break" is a figure (P6 judges it by rounding);
    // "a last-minute equaliser" is not.
    let written = (r.first..=r.last).any(|i| {
        matches!(
            r.ctx.tokens[i].kind,
            TokenKind::Ordinal(_) | TokenKind::Stoppage(..) | TokenKind::Number(_)
        )
    });
    if !written {
        return Some("the time is given in words, not as a minute (policy P6)".into());
    }
    let m = r.ctx.store.match_(r.single_match()?);
    if m.extra_time {
        if let Some(c) = r.in_clause("from_the_end") {
            return Some(format!(
                "counted from the end ('{c}') of a match that went to extra time: from 90 or 120?"
            ));
        }
    }
    None
}

fn no_titles_known(r: &Review) -> Option<String> {
    (r.finding.rule == "titles" && r.finding.actual.as_deref() == Some("0 (none)")).then(|| {
        "the data knows no title of this team in this competition; a final may be missing".into()
    })
}

fn winner_before_verb(r: &Review) -> Option<String> {
    if r.finding.rule != "result" {
        return None;
    }
    let claimed_winner = claimed_team(r)?;
    let lex = lexicon();
    r.ctx.mentions.iter().find_map(|m| {
        let t = m.team()?;
        let verb = lex.find(r.ctx.tokens, m.end, m.end + 1, "result_verb")?;
        let win = matches!(
            verb.1.first().copied(),
            Some(
                "beat"
                    | "beating"
                    | "won"
                    | "win"
                    | "defeated"
                    | "defeating"
                    | "thrashed"
                    | "hammered"
                    | "crushed"
                    | "routed"
                    | "stunned"
                    | "edged"
            )
        );
        (win && t != claimed_winner && (r.clause.0..=r.last).contains(&m.start)).then(|| {
            format!(
                "{} is named right before '{}': the sentence may say they won",
                r.ctx.store.team_name(t),
                verb.1.join(" ")
            )
        })
    })
}

fn scorer_outside_clause(r: &Review) -> Option<String> {
    if !r.kind_is(&[ClaimKind::Scorer, ClaimKind::Penalty, ClaimKind::OwnGoal])
        || matches!(r.finding.rule, "lineup" | "box_score" | "off_the_bench")
    {
        return None;
    }
    let named = r.clause_names_a_player();
    (!named).then(|| "the claim's clause names no player; the goal may be someone else's".into())
}

fn knocked_out_object(r: &Review) -> Option<String> {
    if r.finding.kind != ClaimKind::Stage {
        return None;
    }
    let at = r.ctx.find_in(
        r.clause.0,
        r.clause.1,
        &["knocked", "dumped", "sent", "eliminated", "ousted"],
    )?;
    let object = matches!(r.ctx.word(at + 1), "them" | "us" | "him")
        || r.ctx.mention_at(at + 1).is_some_and(|m| m.team().is_some());
    object.then(|| "the clause's subject knocked another team out; it did not go out itself".into())
}

fn record_not_score(r: &Review) -> Option<String> {
    if !matches!(r.finding.rule, "result" | "score_state") {
        return None;
    }
    stated_scores(r)
        .iter()
        .find(|(a, b)| *a >= 10 || *b >= 10)
        .map(|(a, b)| format!("{a}-{b} reads more like a record of wins and losses than a score"))
}

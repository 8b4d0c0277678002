//! What a sentence is about, given the document so far: its teams (names,
//! nicknames, "they", "the holders"), its match, its edition, its players.

use crate::mentions::{Mention, MentionKind};
use offside_data::*;
use offside_text::{Span, Token, TokenKind};

/// Document state carried from sentence to sentence.
#[derive(Clone, Debug, Default)]
pub struct DocState {
    pub as_of: Option<Date>,
    /// `as_of` was inferred from the text, not given: a year a sentence
    /// states outright outweighs it.
    pub as_of_guessed: bool,
    /// The team the article is mostly about, and the one after it.
    pub focus: Option<TeamId>,
    pub second: Option<TeamId>,
    pub edition: Option<EditionId>,
    /// The match the previous sentences were about.
    pub current_match: Option<MatchId>,
    /// The article's main match (a report's or a preview's).
    pub main_match: Option<MatchId>,
    /// The match the last sentence to name one named: a paragraph about an
    /// earlier round goes on about it.
    pub last_named_match: Option<MatchId>,
    /// The team last named as a sentence's subject, for "they".
    pub last_subject: Option<TeamId>,
    pub last_player: Option<PlayerId>,
    /// The minute of the last goal a sentence checked, for "a minute later".
    pub last_minute: Option<u8>,
    /// The previous sentence was about the two teams' record ("Previous
    /// meetings:", "... over 31 previous meetings"), so numbers in this one may be too.
    pub h2h_topic: bool,
    /// The previous sentence spoke of a shoot-out, so "X missed for Uruguay"
    /// in this one may be about a kick.
    pub shootout_topic: bool,
    /// `last_minute` was read from the previous sentence itself, so "five
    /// minutes later" here counts from it.
    pub last_minute_fresh: bool,
}

/// One sentence with everything a rule needs.
pub struct SentenceCtx<'a> {
    pub store: &'a Store,
    pub text: &'a str,
    pub span: Span,
    pub tokens: &'a [Token],
    pub mentions: &'a [Mention],
    pub doc: &'a DocState,
    /// Team references in order: (token index, team), including pronouns and "the holders".
    pub teams: Vec<(usize, TeamId)>,
    /// The match this sentence is about, if it can be told.
    pub match_id: Option<MatchId>,
    /// Whether the sentence itself named that match's teams (more confident than context).
    pub match_named: bool,
    /// Players named, resolved: (mention index, player).
    pub players: Vec<(usize, PlayerId)>,
    /// The edition the sentence is about (its first explicit one, else the document's).
    pub edition: Option<EditionId>,
    /// Every edition the sentence names, by token position.
    pub editions: Vec<(usize, EditionId)>,
    /// Which words the sentence may hold ([`word_bit`] of each token): rules
    /// ask for dozens of cue words a sentence, and most are absent, which
    /// this tells without a scan.
    words: [u64; 4],
}

/// A word's bit in [`SentenceCtx::words`]: from its length and first and last
/// bytes, cheap enough to fold away for the literal cue words rules pass.
#[inline(always)]
pub(crate) fn word_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = match b {
        [] => (0, 0),
        [f, .., l] => (*f as usize, *l as usize),
        [f] => (*f as usize, *f as usize),
    };
    (b.len().wrapping_mul(0x9e37) ^ first.wrapping_mul(0x45) ^ last.wrapping_mul(0x1f1)) & 255
}

fn word_bits(tokens: &[Token]) -> [u64; 4] {
    let mut bits = [0u64; 4];
    for t in tokens {
        let k = word_bit(&t.norm);
        bits[k >> 6] |= 1 << (k & 63);
    }
    bits
}

impl<'a> SentenceCtx<'a> {
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.norm.as_str()).unwrap_or("")
    }
    /// The word `back` places before token `i`, "" before the sentence
    /// starts. Rules look behind an anchor all the time, and an anchor can be
    /// the first token: `word(i - 1)` would overflow there.
    pub fn word_back(&self, i: usize, back: usize) -> &str {
        i.checked_sub(back).map_or("", |j| self.word(j))
    }
    /// Whether the sentence may hold `w` (false: it certainly does not).
    #[inline(always)]
    fn may_hold(&self, w: &str) -> bool {
        let k = word_bit(w);
        self.words[k >> 6] & (1 << (k & 63)) != 0
    }
    /// Index of the first token among `words` in `[from, to)`.
    pub fn find_in(&self, from: usize, to: usize, words: &[&str]) -> Option<usize> {
        if !words.iter().any(|w| self.may_hold(w)) {
            return None;
        }
        (from..to.min(self.tokens.len())).find(|i| words.contains(&self.word(*i)))
    }
    pub fn find(&self, words: &[&str]) -> Option<usize> {
        self.find_in(0, self.tokens.len(), words)
    }
    pub fn has(&self, words: &[&str]) -> bool {
        self.find(words).is_some()
    }
    /// Whether any of `words` occurs within `window` tokens either side of `i`.
    pub fn near(&self, i: usize, window: usize, words: &[&str]) -> Option<usize> {
        self.find_in(i.saturating_sub(window), i + window + 1, words)
    }
    /// A two-word phrase anywhere ("half time", "extra time").
    pub fn has_phrase(&self, phrase: &[&str]) -> Option<usize> {
        if !phrase.iter().all(|w| self.may_hold(w)) {
            return None;
        }
        (0..self.tokens.len()).find(|i| {
            phrase
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + k) == *w)
        })
    }
    pub fn span_of(&self, from: usize, to_inclusive: usize) -> Span {
        let a = self.tokens[from.min(self.tokens.len() - 1)].span;
        let b = self.tokens[to_inclusive.min(self.tokens.len() - 1)].span;
        a.union(b)
    }
    pub fn match_(&self) -> Option<&'a Match> {
        self.match_id.map(|m| self.store.match_(m))
    }
    /// The team of the nearest team reference before token `i`, else after it.
    pub fn team_before(&self, i: usize) -> Option<TeamId> {
        self.teams
            .iter()
            .rev()
            .find(|(k, _)| *k < i)
            .map(|(_, t)| *t)
    }
    /// The nearest team named before token `i` other than the focus team: the
    /// opponent a clause is about ("... beating Wales 3-0 in their final group game").
    /// The team "they" and an unnamed subject fall back on, unless the clause
    /// names a subject the data cannot resolve ("Gareth Southgate's side",
    /// "the hosts' coach"): then nothing, rather than the wrong team.
    pub fn fallback_subject(&self) -> Option<TeamId> {
        let unknown_owner = self.tokens.windows(3).enumerate().any(|(k, w)| {
            w[0].capitalized
                && w[1].kind == TokenKind::Possessive
                && matches!(
                    w[2].norm.as_str(),
                    "side"
                        | "team"
                        | "men"
                        | "squad"
                        | "charges"
                        | "players"
                        | "outfit"
                        | "boys"
                        | "women"
                )
                && self.mention_at(k).is_none_or(|m| m.team().is_none())
        });
        if unknown_owner {
            return None;
        }
        self.doc.last_subject.or(self.doc.focus)
    }

    /// The subject of the clause ending at token `i`: the first team named
    /// before it that is not the object of a preposition or of a result verb
    /// ("Morocco edged past Canada 2-1 to top Group F" → Morocco).
    /// "Argentina face Croatia, having lost 3-0 to them": an object pronoun
    /// never means its own clause's subject, so it is the other team named.
    fn rebind_object_pronouns(&mut self) {
        for idx in 0..self.teams.len() {
            let (p, t) = self.teams[idx];
            if self.word(p) != "them" || self.subject_before(p) != Some(t) {
                continue;
            }
            if let Some(&(_, other)) = self.teams[..idx].iter().rev().find(|(_, o)| *o != t) {
                self.teams[idx].1 = other;
            }
        }
    }
    pub fn subject_before(&self, i: usize) -> Option<TeamId> {
        // "after beating Turkey they lost to Georgia": a subject pronoun
        // right before the verb is the subject, whatever the clause named.
        if let Some(&(_, t)) = self
            .teams
            .iter()
            .rev()
            .find(|(k, _)| *k < i && i - k <= 3 && matches!(self.word(*k), "they" | "it"))
        {
            return Some(t);
        }
        // "Spain, which won ...": a relative pronoun's antecedent.
        if (i.saturating_sub(3)..i).any(|k| matches!(self.word(k), "which" | "who")) {
            if let Some(t) = self.team_before(i) {
                return Some(t);
            }
        }
        let is_subject = |k: usize| {
            let p1 = self.word(k.wrapping_sub(1));
            let p2 = self.word(k.wrapping_sub(2));
            !(OBJECT_MARKERS.contains(&p1) || p1 == "the" && OBJECT_MARKERS.contains(&p2))
        };
        // The clause first ("..., and Argentina won the shoot-out"): after the
        // last comma, "and", "but" or "while" that is not inside a name.
        let clause = (0..i)
            .rev()
            .find(|k| {
                matches!(
                    self.word(*k),
                    "," | "and" | "but" | "while" | ";" | "whereas"
                ) && self.mention_at(*k).is_none()
            })
            .map(|k| k + 1)
            .unwrap_or(0);
        if let Some((_, t)) = self.teams.iter().find(|(k, _)| {
            *k >= clause
                && *k < i
                && (*k == clause
                    || (*k == clause + 1 && self.word(clause) == "the")
                    || is_subject(*k))
        }) {
            return Some(*t);
        }
        // No subject in the clause ("... and allowed six"): the nearest
        // clause before that opens with a team ("while Uzbekistan netted 11
        // goals and allowed six" is Uzbekistan's).
        let boundary = |k: usize| {
            matches!(self.word(k), "while" | "whereas" | ";" | "but")
                && self.mention_at(k).is_none()
        };
        let opens = |k: usize| {
            k > 0 && (boundary(k - 1) || (self.word(k - 1) == "the" && k > 1 && boundary(k - 2)))
        };
        if let Some((_, t)) = self
            .teams
            .iter()
            .rev()
            .find(|(k, _)| *k < clause && opens(*k) && !self.is_pronoun(*k))
        {
            return Some(*t);
        }
        let cands: Vec<&(usize, TeamId)> = self.teams.iter().filter(|(k, _)| *k < i).collect();
        cands
            .iter()
            .find(|(k, _)| is_subject(*k))
            .or(cands.first())
            .map(|(_, t)| *t)
    }
    /// The team the clause `[start, end)` names as its subject, only where
    /// the words make it sure: a team written as a name or nickname (not a
    /// pronoun) that opens the clause, after nothing but a title-holder's
    /// word ("holders Spain", "the hosts, Qatar"), and that is not a
    /// possessive ("Italy's run") unless the possessive is the team's own
    /// ("Spain's side"). A clause that continues the one before it ("...,
    /// reaching the final", "..., to reach the final") takes that clause's
    /// subject. `None` is "not sure", not "no subject".
    pub fn named_subject(&self, start: usize, end: usize) -> Option<TeamId> {
        const LEAD: &[&str] = &[
            "the",
            "and",
            "then",
            "now",
            "so",
            "also",
            "holders",
            "hosts",
            "defending",
            "reigning",
            "champions",
            "world",
            "european",
            "african",
            "asian",
            "\"",
            "'",
        ];
        let (mut start, mut end) = (start, end);
        loop {
            let mut at = start;
            while at < end && LEAD.contains(&self.word(at)) && self.mention_at(at).is_none() {
                at += 1;
            }
            if let Some(&(k, t)) = self.teams.iter().find(|(k, _)| *k == at && at < end) {
                let after = self.mention_at(k).map_or(k + 1, |m| m.end);
                let possessive = self
                    .tokens
                    .get(after)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
                    && !matches!(
                        self.word(after + 1),
                        "side" | "team" | "squad" | "players" | "men"
                    );
                let pronoun = self.is_pronoun(k);
                return (!possessive && !pronoun).then_some(t);
            }
            // Only a clause that carries on the one before ("to reach",
            // "reaching", "and reached") borrows its subject.
            let opener = self.word(at);
            let continues = start > 0
                && !self.teams.iter().any(|(k, _)| (start..end).contains(k))
                && (matches!(opener, "to" | "and" | "before" | "after" | "then")
                    || opener.len() > 4 && opener.ends_with("ing"));
            if !continues {
                return None;
            }
            end = start.saturating_sub(1);
            start = (0..end)
                .rev()
                .find(|&k| matches!(self.word(k), "," | ";") && self.mention_at(k).is_none())
                .map_or(0, |k| k + 1);
        }
    }
    /// Whether the team reference at token `k` is a pronoun ("they",
    /// "its"): it names no team for sure.
    pub fn is_pronoun(&self, k: usize) -> bool {
        matches!(
            self.word(k),
            "they" | "their" | "them" | "theirs" | "it" | "its"
        )
    }
    pub fn other_team_before(&self, i: usize) -> Option<TeamId> {
        self.teams
            .iter()
            .rev()
            .find(|(k, t)| *k < i && Some(*t) != self.doc.focus)
            .map(|(_, t)| *t)
    }
    /// The match a clause ending at token `i` is about: two teams named just
    /// before it ("Argentina or the Netherlands, who play on Wednesday"), one
    /// opponent of the focus team, else the sentence's match; "the final"
    /// nearby means the edition's final.
    pub fn match_near(&self, i: usize) -> Option<&'a Match> {
        if let Some(leg) = self.leg_at(i) {
            return Some(leg);
        }
        // "now face Brazil at the Maracanã on Saturday": the coming match,
        // when the data has it against the team named.
        if let Some(c) = crate::rules::fixture::coming(self, i) {
            if c.governs(i) && c.confirmed() {
                return Some(c.target);
            }
        }
        let store = self.store;
        let recent: Vec<TeamId> = {
            let mut v: Vec<TeamId> = Vec::new();
            for (_, t) in self
                .teams
                .iter()
                .rev()
                // The clause's own teams: back to its start ("..., while Japan play Spain").
                .filter(|(k, _)| {
                    *k < i
                        && i - k <= 16
                        && !(*k..i)
                            .any(|x| matches!(self.word(x), "while" | "whereas" | ";" | "but"))
                })
            {
                if !v.contains(t) {
                    v.push(*t);
                }
            }
            v
        };
        let mut m = self.match_();
        // The sentence's own match, when it has the score the clause writes
        // and the team named last, stays: "at the expense of Australia after
        // beating Japan 1-0" is Saudi Arabia's 1-0 over Japan.
        let clause_score = {
            let stop = |k: &usize| matches!(self.word(*k), ";" | "while" | "but" | ".");
            let a = (0..i).rev().find(stop).map_or(0, |k| k + 1);
            let b = (i..self.tokens.len())
                .find(stop)
                .unwrap_or(self.tokens.len());
            (a..b).find_map(|k| match self.tokens[k].kind {
                TokenKind::Score(x, y) => Some((x, y)),
                _ => None,
            })
        };
        let keeps_own = m.is_some_and(|own| {
            recent.first().is_some_and(|t| own.involves(*t))
                && clause_score.is_some_and(|(p, q)| own.score.reads_as(p, q))
        });
        if keeps_own {
            // The sentence's match it is.
        } else if recent.len() >= 2 {
            if let Some(id) = find_meeting(
                store,
                recent[1],
                recent[0],
                self.edition,
                None,
                self.doc.as_of,
            ) {
                m = Some(store.match_(id));
            }
        } else if let Some(t) = self.other_team_before(i).filter(|t| recent.contains(t)) {
            if m.is_none_or(|m| !m.involves(t)) {
                if let Some(f) = self.doc.focus.filter(|f| *f != t) {
                    if let Some(id) = find_meeting(store, f, t, self.edition, None, self.doc.as_of)
                    {
                        m = Some(store.match_(id));
                    }
                }
            }
        }
        let final_near = (i.saturating_sub(8)..(i + 4).min(self.tokens.len())).any(|k| {
            self.word(k) == "final"
                && !matches!(
                    self.word(k + 1),
                    "group"
                        | "whistle"
                        | "day"
                        | "minutes"
                        | "moments"
                        | "moment"
                        | "seconds"
                        | "stages"
                        | "throes"
                        | "minute"
                )
                && !matches!(self.word(k.wrapping_sub(1)), "quarter" | "semi")
        }) || (i.saturating_sub(8)..i).any(|k| {
            // "the conclusion of the World Cup", "the end of the tournament".
            matches!(self.word(k), "conclusion" | "climax" | "end")
                && self.word(k + 1) == "of"
                && (k + 2..(k + 5).min(i)).any(|x| {
                    matches!(self.word(x), "tournament" | "competition")
                        || self
                            .mention_at(x)
                            .is_some_and(|m| matches!(m.kind, MentionKind::Competition(_)))
                })
        });
        // "a repeat of the 2019 semi-final, which Brazil won 2-0": a year and
        // a stage in the clause pin that stage of the article's competition
        // that year, with the team the clause names.
        if let Some(x) = self.stage_of_year(i, &recent) {
            if m.is_none_or(|m| m.edition != x.edition) {
                return Some(x);
            }
        }
        // "after the 4-1 in Innsbruck on June 10": a score in the same
        // stretch of words that is not this match's names the teams' other
        // meeting of the edition that ended so.
        if let Some(cur) = m {
            let stop = |k: &usize| matches!(self.word(*k), ";" | "while" | "but");
            let a = (0..i).rev().find(stop).map_or(0, |k| k + 1);
            let b = (i..self.tokens.len())
                .find(stop)
                .unwrap_or(self.tokens.len());
            let score = (a..b).find_map(|k| match self.tokens[k].kind {
                TokenKind::Score(x, y) => Some((x, y)),
                _ => None,
            });
            let fits = |x: &Match, (p, q): (u8, u8)| x.score.reads_as(p, q);
            // "when the sides met in the group stage": that stage's meeting.
            let stage = crate::proof::stage_in(self, a, b);
            if let (Some(st), Some(e)) = (stage, cur.edition) {
                if cur.stage != st && !(st == Stage::Group && cur.stage == Stage::SecondGroup) {
                    let other = store
                        .edition(e)
                        .matches
                        .iter()
                        .map(|id| store.match_(*id))
                        .find(|x| {
                            x.involves(cur.home)
                                && x.involves(cur.away)
                                && x.id != cur.id
                                && (x.stage == st
                                    || (st == Stage::Group && x.stage == Stage::SecondGroup))
                        });
                    if let Some(x) = other {
                        return Some(x);
                    }
                }
            }
            if let (Some(sc), Some(e)) = (score, cur.edition) {
                if !fits(cur, sc) {
                    let other = store
                        .edition(e)
                        .matches
                        .iter()
                        .map(|id| store.match_(*id))
                        .filter(|x| x.involves(cur.home) && x.involves(cur.away) && x.id != cur.id)
                        .find(|x| fits(x, sc));
                    if let Some(x) = other {
                        return Some(x);
                    }
                }
            }
        }
        if final_near {
            let e = m.and_then(|m| m.edition).or(self.edition)?;
            let fin = store
                .edition(e)
                .matches
                .iter()
                .rev()
                .map(|id| store.match_(*id))
                .find(|x| x.stage == Stage::Final);
            if fin.is_some() {
                m = fin;
            }
        }
        m
    }
    /// The one match of a stage and year the clause around token `i` names
    /// ("the 2019 semi-final"), in the competition of the article's edition,
    /// played by the clause's latest team.
    fn stage_of_year(&self, i: usize, recent: &[TeamId]) -> Option<&'a Match> {
        let stop = |k: &usize| matches!(self.word(*k), ";" | "while" | "but" | ".");
        let a = (0..i).rev().find(stop).map_or(0, |k| k + 1);
        let b = (i..self.tokens.len())
            .find(stop)
            .unwrap_or(self.tokens.len());
        let stage = crate::proof::stage_in(self, a, b)?;
        let year = (a..b).find_map(|k| self.year_at(k))?;
        let team = *recent.first()?;
        let store = self.store;
        let comp = store
            .edition(self.doc.edition.or(self.edition)?)
            .competition;
        let ed = store.edition_by_year(comp, u16::try_from(year).ok()?)?;
        let mut found = ed
            .matches
            .iter()
            .map(|id| store.match_(*id))
            .filter(|x| x.stage == stage && x.involves(team));
        let x = found.next()?;
        found.next().is_none().then_some(x)
    }
    pub fn team_after(&self, i: usize) -> Option<TeamId> {
        self.teams.iter().find(|(k, _)| *k > i).map(|(_, t)| *t)
    }
    pub fn distinct_teams(&self) -> Vec<TeamId> {
        let mut v: Vec<TeamId> = Vec::new();
        for (_, t) in &self.teams {
            if !v.contains(t) {
                v.push(*t);
            }
        }
        v
    }
    /// The player named nearest before token `i` (or after, when none before).
    pub fn player_near(&self, i: usize) -> Option<(usize, PlayerId)> {
        let before = self
            .players
            .iter()
            .rev()
            .find(|(m, _)| self.mentions[*m].start <= i)
            .copied();
        before.or_else(|| self.players.first().copied())
    }
    /// The year a relative phrase names ("three years ago", "last year").
    pub fn years_back(&self) -> Option<i16> {
        years_ago(self.tokens, self.doc.as_of)
    }
    /// The article's date for finding a meeting the sentence dates by
    /// `year`: none when the date was only guessed ("it took them until
    /// 1988 to beat the Germans" in an undated history of the rivalry).
    pub fn as_of_for_year(&self, year: Option<i16>) -> Option<Date> {
        match (year, self.doc.as_of) {
            (Some(y), Some(d)) if self.doc.as_of_guessed && y > d.year() => None,
            (_, d) => d,
        }
    }
    pub fn as_of(&self) -> offside_query::AsOf {
        offside_query::AsOf(self.doc.as_of)
    }
    /// The cut-offs a running total may be counted to. A date line names a
    /// day, not an hour: a preview dated on match day was written before
    /// kick-off, a report after the whistle. The day itself comes first.
    ///
    /// A sentence that stops its count at a stage ("seven goals prior to
    /// the semi-final", "going into the final") may be counted to the eve of
    /// that round of the edition in view.
    pub fn as_of_cutoffs(&self) -> Vec<offside_query::AsOf> {
        let mut v = vec![self.as_of()];
        if let Some(eve) = self.doc.as_of.and_then(|d| d.yesterday().ok()) {
            v.push(offside_query::AsOf(Some(eve)));
        }
        if let Some(eve) = self.eve_of_stage_named() {
            if self.doc.as_of.is_none_or(|d| eve < d) {
                v.push(offside_query::AsOf(Some(eve)));
            }
        }
        v
    }

    /// The day before the round a "prior to the semi-final" names, in the
    /// edition in view.
    fn eve_of_stage_named(&self) -> Option<offside_data::Date> {
        let lex = crate::lexicon::lexicon();
        let (at, w) = lex.find(self.tokens, 0, self.tokens.len(), "before_stage")?;
        let from = at + w.len();
        let (stage, _) = (from..(from + 3).min(self.tokens.len()))
            .find_map(|k| crate::rules::stage::stage_at(self, k))?;
        let e = self.store.edition(self.edition?);
        let first = e
            .matches
            .iter()
            .map(|id| self.store.match_(*id))
            .filter(|m| m.stage == stage)
            .map(|m| m.date)
            .min()?;
        first.yesterday().ok()
    }
    pub fn numbers(&self) -> impl Iterator<Item = (usize, u32)> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter_map(|(i, t)| match t.kind {
                TokenKind::Number(n) => Some((i, n)),
                _ => None,
            })
    }
    /// The edition named nearest token `i` (within the sentence), else the sentence's.
    pub fn edition_near(&self, i: usize) -> Option<EditionId> {
        self.editions
            .iter()
            .min_by_key(|(k, _)| k.abs_diff(i))
            .map(|(_, e)| *e)
            .or(self.edition)
    }
    /// The leg of a two-legged tie that the words around token `i` name
    /// ("Henry's winner in the first leg in Dublin"): a leg cue in the same
    /// stretch between commas, and a tie that the match in view is part of.
    pub fn leg_at(&self, i: usize) -> Option<&'a Match> {
        let lex = crate::lexicon::lexicon();
        let stop = |k: &usize| matches!(self.word(*k), "," | ";" | "before" | "while" | "but");
        let from = (0..i).rev().find(stop).map_or(0, |k| k + 1);
        let to = (i..self.tokens.len())
            .find(stop)
            .unwrap_or(self.tokens.len());
        let leg_in = |from: usize, to: usize| {
            if lex.find(self.tokens, from, to, "first_leg").is_some() {
                Some(0)
            } else if lex.find(self.tokens, from, to, "second_leg").is_some() {
                Some(1)
            } else {
                None
            }
        };
        // "scored twice in the first match before Pecnik's goal two minutes
        // from time": a stretch opened by "before" goes on in the leg named
        // just before it.
        let before_leg = (from > 0 && self.word(from - 1) == "before")
            .then(|| {
                let back = (0..from - 1).rev().find(stop).map_or(0, |k| k + 1);
                leg_in(back, from - 1)
            })
            .flatten();
        let leg = before_leg.or_else(|| leg_in(from, to))?;
        let legs = offside_query::two_legged_tie(self.store, self.match_()?.id)?;
        Some(self.store.match_(legs[leg]))
    }
    /// The sentence writes the final score of `m` (either way round), and it
    /// is not a draw's, which two meetings may share: "after the 4-1 in
    /// Innsbruck" names that meeting of the teams in view.
    pub fn writes_score_of(&self, m: &Match) -> bool {
        let (h, a) = (m.score.home, m.score.away);
        h != a
            && self.tokens.iter().any(|t| match t.kind {
                TokenKind::Score(x, y) => (x, y) == (h, a) || (y, x) == (h, a),
                _ => false,
            })
    }
    /// The match year token `k` writes, unless it dates a title rather
    /// than a match ("Holland, the champions of 1988").
    pub fn year_at(&self, k: usize) -> Option<i16> {
        match_year_at(self.tokens, k)
    }
    pub fn mention_at(&self, tok: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.start <= tok && tok < m.end)
    }
}

const TEAM_PRONOUNS: &[&str] = &["they", "their", "them", "theirs"];

/// Words after which a team is an object, not the one acting.
const OBJECT_MARKERS: &[&str] = &[
    "below",
    "above",
    "with",
    "over",
    "to",
    "against",
    "by",
    "of",
    "from",
    "past",
    "v",
    "vs",
    "beat",
    "beating",
    "beats",
    "defeated",
    "defeating",
    "hosts",
    "thrashed",
    "knocked",
    "eliminated",
    "edged",
    "stunned",
    "face",
    "faces",
    "facing",
    "played",
    "playing",
    "and",
];

/// The reigning champion of the competition at `date`: the winner of the
/// last edition that ended before it.
pub fn holder_at(
    store: &Store,
    competition: CompetitionId,
    date: Date,
) -> Option<(TeamId, EditionId)> {
    let e = store
        .editions_of(competition)
        .filter(|e| e.end < date)
        .last()?;
    store.champion(e.id).map(|t| (t, e.id))
}

/// The match year token `k` writes, unless it dates a title rather than a
/// match ("Holland, the champions of 1988").
pub fn match_year_at(tokens: &[Token], k: usize) -> Option<i16> {
    let y = tokens.get(k)?.match_year()?;
    let back = |n: usize| k.checked_sub(n).map_or("", |j| tokens[j].norm.as_str());
    let titled = matches!(back(1), "of" | "in")
        && matches!(
            back(2),
            "champions" | "champion" | "winners" | "holders" | "finalists" | "up"
        );
    (!titled).then_some(y)
}

/// Fills the sentence's teams, players and match from its mentions and the document state.
pub fn resolve<'a>(
    store: &'a Store,
    text: &'a str,
    span: Span,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    doc: &'a DocState,
) -> SentenceCtx<'a> {
    let mut edition = doc.edition;
    let mut editions = Vec::new();
    // An explicit edition: "the 2022 World Cup", "Euro 2020", "FIFA 2018", "this year's World Cup".
    for m in mentions {
        if let MentionKind::Competition(c) = m.kind {
            let this_year = m.start >= 3
                && tokens[m.start - 3].norm == "this"
                && tokens[m.start - 2].norm == "year"
                && tokens[m.start - 1].kind == TokenKind::Possessive;
            let year = year_near(tokens, m.start, m.end).or_else(|| {
                this_year
                    .then(|| doc.as_of.map(|d| d.year() as u16))
                    .flatten()
            });
            // "Euro 96", "Italia 90": two digits right after the name.
            let at = if tokens.get(m.end).is_some_and(|t| t.is_punct('\'')) {
                m.end + 1
            } else {
                m.end
            };
            let short = tokens
                .get(at)
                .filter(|t| t.span.len() == 2)
                .and_then(|t| t.number())
                .filter(|n| *n < 100)
                .map(|n| {
                    if n >= 30 {
                        1900 + n as u16
                    } else {
                        2000 + n as u16
                    }
                })
                .and_then(|y| store.edition_by_year(c, y));
            // "a World Cup quarter-final 25 years ago": counted back from the
            // article's date, give or take the year's turn.
            let ago = years_ago(tokens, doc.as_of).and_then(|y| {
                let y = y as u16;
                [y, y - 1, y + 1]
                    .into_iter()
                    .find_map(|y| store.edition_by_year(c, y))
            });
            let found = match year {
                _ if short.is_some() => short,
                _ if ago.is_some() && year.is_none() => ago,
                Some(y) => store.edition_by_year(c, y),
                None => match edition.map(|e| store.edition(e)) {
                    Some(cur) if cur.competition == c => Some(cur),
                    _ => doc.as_of.and_then(|d| store.edition_at(c, d)),
                },
            };
            if let Some(e) = found {
                editions.push((m.start, e.id));
            }
        }
    }
    if let Some((_, e)) = editions.first() {
        edition = Some(*e);
    }
    let mut teams: Vec<(usize, TeamId)> = Vec::new();
    for m in mentions {
        match m.kind {
            // "In Sudan, Pokou scored ...": a country set off as the scene
            // is a place, not a side.
            MentionKind::Team(_)
                if m.start > 0
                    && matches!(tokens[m.start - 1].norm.as_str(), "in" | "at")
                    && tokens.get(m.end).is_some_and(|t| t.is_punct(',')) => {}
            MentionKind::Team(t) | MentionKind::TeamAdjective(t) => teams.push((m.start, t)),
            MentionKind::Hosts => {
                let named_next = mentions
                    .iter()
                    .any(|n| n.start == m.end && n.team().is_some());
                if let Some(t) = edition
                    .and_then(|e| host_of(store, e))
                    .filter(|_| !named_next)
                {
                    teams.push((m.start, t));
                }
            }
            MentionKind::Holders => {
                let comp = edition.map(|e| store.edition(e).competition);
                let date = edition.map(|e| store.edition(e).start).or(doc.as_of);
                if let (Some(c), Some(d)) = (comp, date) {
                    if let Some((t, _)) = holder_at(store, c, d) {
                        // "defending champions France": the name that follows is the team.
                        let named_next = mentions
                            .iter()
                            .any(|n| n.start == m.end && n.team().is_some());
                        if !named_next {
                            teams.push((m.start, t));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // A pronoun means the team its sentence opens with or names in the
    // possessive ("It was England's second defeat, after they lost ..."),
    // else the last sentence's subject. Teams after a verb are objects.
    let acting: Vec<(usize, TeamId)> = mentions
        .iter()
        .filter(|m| {
            let opens = m.start == 0 || (m.start == 1 && tokens[0].norm == "the");
            let owns = tokens
                .get(m.end)
                .is_some_and(|t| t.kind == TokenKind::Possessive);
            opens || owns
        })
        .filter_map(|m| {
            let t = m.team()?;
            teams
                .iter()
                .any(|(k, x)| *k == m.start && *x == t)
                .then_some((m.start, t))
        })
        .collect();
    for (i, t) in tokens.iter().enumerate() {
        if TEAM_PRONOUNS.contains(&t.norm.as_str()) {
            let own = acting.iter().find(|(k, _)| *k < i).map(|(_, t)| *t);
            if let Some(team) = own.or(doc.last_subject).or(doc.focus) {
                teams.push((i, team));
            }
        }
    }
    teams.sort_by_key(|(i, _)| *i);

    // The match: two teams named → their meeting; else the current match.
    let mut distinct: Vec<TeamId> = Vec::new();
    for (_, t) in &teams {
        if !distinct.contains(t) {
            distinct.push(*t);
        }
    }
    let years_back = years_ago(tokens, doc.as_of);
    let year_hint = (0..tokens.len())
        .find_map(|k| match_year_at(tokens, k))
        .or(years_back);
    let mut match_id = None;
    let mut match_named = false;
    // Two teams name a match only when they stand close together ("England
    // 6-2 Iran", "France beat Croatia in the final") with a year, if any, beside them.
    // Scores the sentence writes: a pair whose meeting ended so is the
    // match meant, before a nearer pair that did not ("at the expense of
    // Australia after beating Japan 1-0" is Saudi Arabia's 1-0 over Japan).
    let written: Vec<(u8, u8)> = tokens
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Score(x, y) => Some((x, y)),
            _ => None,
        })
        .collect();
    let ends_so = |id: MatchId| {
        let m = store.match_(id);
        written.iter().any(|&(p, q)| m.score.reads_as(p, q))
    };
    if distinct.len() >= 2 && !written.is_empty() {
        let subject = teams.first().map(|x| x.1);
        let last = teams.last().map(|x| x.1);
        if let (Some(a), Some(b)) = (subject, last) {
            if a != b {
                let year = year_hint.filter(|_| teams.len() == 2).or(years_back);
                if let Some(m) =
                    find_meeting(store, a, b, edition, year, doc.as_of).filter(|m| ends_so(*m))
                {
                    match_id = Some(m);
                    match_named = true;
                }
            }
        }
    }
    if distinct.len() >= 2 && match_id.is_none() {
        'outer: for (x, (i, a)) in teams.iter().enumerate() {
            for (j, b) in &teams[x + 1..] {
                if a == b || j - i > 10 {
                    continue;
                }
                // Something must tie the two together: a score, a result word,
                // "against", "v", "and"... ("runners-up in Group D behind France"
                // does not name a match).
                let linked = j - i <= 3
                    || tokens[*i..*j].iter().any(|t| {
                        matches!(t.kind, TokenKind::Score(..))
                            || matches!(
                                t.norm.as_str(),
                                "against"
                                    | "v"
                                    | "vs"
                                    | "versus"
                                    | "beat"
                                    | "beating"
                                    | "beaten"
                                    | "lost"
                                    | "losing"
                                    | "drew"
                                    | "draw"
                                    | "defeat"
                                    | "defeated"
                                    | "win"
                                    | "won"
                                    | "victory"
                                    | "over"
                                    | "face"
                                    | "faces"
                                    | "play"
                                    | "plays"
                                    | "meet"
                                    | "meets"
                                    | "met"
                                    | "thrashed"
                                    | "edged"
                                    | "stunned"
                                    | "knocked"
                                    | "eliminated"
                                    | "held"
                                    | "and"
                                    | "with"
                                    | "to"
                                    | "by"
                                    | "host"
                                    | "hosted"
                            )
                    });
                if !linked {
                    continue;
                }
                let year = (*i..(*j + 6).min(tokens.len()))
                    .find_map(|k| match_year_at(tokens, k))
                    .or(years_back)
                    .or(year_hint.filter(|_| teams.len() == 2));
                if let Some(m) = find_meeting(store, *a, *b, edition, year, doc.as_of) {
                    match_id = Some(m);
                    match_named = true;
                    break 'outer;
                }
            }
        }
    }
    // A digression that runs on: "Turkey beat the Czech Republic 2-1 in
    // Hamburg. Cenk Tosun's late goal sealed Turkey's win." The teams named
    // are all of the match the text last named, and not of the current one.
    let digression = doc.last_named_match.filter(|id| {
        let m = store.match_(*id);
        // Its own year, date or a score the match never ended with points
        // elsewhere.
        let own_time = year_hint.is_some()
            || tokens
                .iter()
                .any(|t| crate::dates::weekday(&t.norm).is_some() || t.match_year().is_some());
        let other_score = tokens.iter().any(|t| match t.kind {
            TokenKind::Score(a, b) => !m.score.reads_as(a, b),
            _ => false,
        });
        !own_time
            && !other_score
            && !distinct.is_empty()
            && distinct.iter().all(|t| m.involves(*t))
            && doc
                .current_match
                .is_none_or(|c| !distinct.iter().any(|t| store.match_(c).involves(*t)))
    });
    if match_id.is_none() && digression.is_some() {
        match_id = digression;
    }
    if match_id.is_none() {
        if let Some(cur) = doc.current_match {
            let m = store.match_(cur);
            if distinct.is_empty() || distinct.iter().any(|t| m.involves(*t)) {
                match_id = Some(cur);
            } else if distinct.len() == 1 {
                // One team named, not in the current match: the focus team's
                // meeting with it in this edition ("beat Wales 3-0").
                if let Some(f) = doc.last_subject.or(doc.focus) {
                    if let Some(m) =
                        find_meeting(store, f, distinct[0], edition, year_hint, doc.as_of)
                    {
                        // Inferred from the team in view, not named outright.
                        match_id = Some(m);
                    }
                }
            }
        } else if distinct.len() == 1 {
            if let Some(f) = doc.focus.filter(|f| *f != distinct[0]) {
                if let Some(m) = find_meeting(store, f, distinct[0], edition, year_hint, doc.as_of)
                {
                    match_id = Some(m);
                    // Inferred: the focus team is not named here.
                }
            }
        }
    }

    // Players: the candidate who played in this match, else for a team in view.
    let mut players = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        if let MentionKind::Players(cands) = &m.kind {
            if let Some(p) = pick_player(store, cands, match_id, edition, &distinct, doc) {
                players.push((mi, p));
            }
        }
    }
    if players.is_empty() {
        if let Some(p) = doc.last_player {
            if tokens
                .iter()
                .any(|t| matches!(t.norm.as_str(), "he" | "his" | "him"))
            {
                players.push((usize::MAX, p));
            }
        }
    }
    // Nothing else to go on (no team named, no match in view): the match the
    // first named scorer last scored in, up to the article's date, if recent.
    if match_id.is_none() && doc.current_match.is_none() {
        if let (Some((_, p)), Some(d)) =
            (players.iter().find(|(mi, _)| *mi != usize::MAX), doc.as_of)
        {
            let last = store
                .player_goals(*p)
                .map(|g| store.match_(g.match_id))
                .filter(|m| m.date <= d && (d - m.date).get_days() <= 30)
                .max_by_key(|m| m.date);
            if let Some(m) = last {
                match_id = Some(m.id);
                edition = edition.or(m.edition);
            }
        }
    }
    let mut ctx = SentenceCtx {
        store,
        text,
        span,
        tokens,
        mentions,
        doc,
        teams,
        match_id,
        match_named,
        players,
        edition,
        editions,
        words: word_bits(tokens),
    };
    ctx.rebind_object_pronouns();
    ctx
}

/// The one team that played at home in an edition (results.csv marks the
/// other matches neutral); co-hosted editions have none.
pub(crate) fn host_of(store: &Store, e: EditionId) -> Option<TeamId> {
    let mut host = None;
    for &id in &store.edition(e).matches {
        let m = store.match_(id);
        if m.neutral {
            continue;
        }
        match host {
            None => host = Some(m.home),
            Some(h) if h != m.home => return None,
            _ => {}
        }
    }
    host
}

/// "three years ago", "a decade ago", "last year": a year counted back from
/// the article's date.
pub(crate) fn years_ago(tokens: &[Token], as_of: Option<Date>) -> Option<i16> {
    let now = as_of?.year();
    tokens.windows(3).find_map(|w| {
        match (w[0].norm.as_str(), w[1].norm.as_str(), w[2].norm.as_str()) {
            ("last", "year", _) => Some(now - 1),
            (_, unit @ ("years" | "year" | "decade" | "decades"), "ago") => w[0]
                .number()
                .or_else(|| (w[0].norm == "a").then_some(1))
                .map(|n| {
                    if unit.starts_with("decade") {
                        n * 10
                    } else {
                        n
                    }
                })
                .filter(|n| (1..=60).contains(n))
                .map(|n| now - n as i16),
            _ => None,
        }
    })
}

/// A four-digit year next to a competition name: "2022 FIFA World Cup", "Euro 2020", "FIFA 2018".
fn year_near(tokens: &[Token], start: usize, end: usize) -> Option<u16> {
    let year = |i: usize| {
        tokens
            .get(i)
            .and_then(|t| t.number())
            .filter(|n| (1872..2100).contains(n))
            .map(|n| n as u16)
    };
    year(end)
        .or_else(|| start.checked_sub(1).and_then(year))
        // "the British Home Championship in 1928".
        .or_else(|| year(end + 1).filter(|_| tokens[end].norm == "in"))
        .or_else(|| {
            start
                .checked_sub(2)
                .and_then(|i| year(i).filter(|_| tokens[i + 1].kind == TokenKind::Possessive))
        })
}

/// The meeting of two teams a sentence most likely means: in the edition in
/// view, else in the year it names, else the latest before the article (or
/// just after it, for a preview).
pub fn find_meeting(
    store: &Store,
    a: TeamId,
    b: TeamId,
    edition: Option<EditionId>,
    year: Option<i16>,
    as_of: Option<Date>,
) -> Option<MatchId> {
    let horizon = as_of.and_then(|d| d.checked_add(jiff::ToSpan::days(10)).ok());
    let within = |m: &&Match| m.involves(b) && a != b && horizon.is_none_or(|h| m.date <= h);
    // "at Euro 2020" names the edition, whose matches were played in 2021.
    if let (Some(e), Some(y)) = (edition, year) {
        let ed = store.edition(e);
        if ed.year as i16 == y {
            if let Some(m) = store
                .team_matches_between(a, ed.start, ed.end)
                .rev()
                .find(within)
            {
                return Some(m.id);
            }
        }
    }
    // Each look-up reads only the dates it needs (a team has up to a thousand matches).
    if let Some(y) = year {
        let (from, to) = (Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?);
        if let Some(m) = store.team_matches_between(a, from, to).rev().find(within) {
            return Some(m.id);
        }
    }
    if let Some(e) = edition {
        let ed = store.edition(e);
        if let Some(m) = store
            .team_matches_between(a, ed.start, ed.end)
            .rev()
            .find(within)
        {
            return Some(m.id);
        }
    }
    // Close to the article's date: the nearest meeting within a fortnight.
    let d = as_of?;
    let (from, to) = (
        d.checked_sub(jiff::ToSpan::days(14)).ok()?,
        d.checked_add(jiff::ToSpan::days(14)).ok()?,
    );
    store
        .team_matches_between(a, from, to)
        .filter(within)
        .min_by_key(|m| (m.date - d).get_days().abs())
        .map(|m| m.id)
}

fn pick_player(
    store: &Store,
    cands: &[PlayerId],
    match_id: Option<MatchId>,
    edition: Option<EditionId>,
    teams: &[TeamId],
    doc: &DocState,
) -> Option<PlayerId> {
    // A name only one scorer in the data carries needs no context.
    if let [only] = cands {
        return Some(*only);
    }
    let scored_in = |p: PlayerId, f: &dyn Fn(&Goal) -> bool| store.player_goals(p).any(f);
    if let Some(mid) = match_id.or(doc.current_match) {
        if let Some(p) = cands
            .iter()
            .find(|p| scored_in(**p, &|g| g.match_id == mid))
        {
            return Some(*p);
        }
    }
    if let Some(e) = edition {
        if let Some(p) = cands
            .iter()
            .find(|p| scored_in(**p, &|g| store.match_(g.match_id).edition == Some(e)))
        {
            return Some(*p);
        }
    }
    let mut in_view: Vec<TeamId> = teams.to_vec();
    in_view.extend(doc.focus);
    in_view.extend(doc.second);
    let before = |g: &Goal| doc.as_of.is_none_or(|d| store.match_(g.match_id).date <= d);
    let fits: Vec<PlayerId> = cands
        .iter()
        .copied()
        .filter(|p| {
            scored_in(*p, &|g| {
                !g.own_goal && in_view.contains(&g.team) && before(g)
            })
        })
        .collect();
    if fits.len() == 1 {
        return Some(fits[0]);
    }
    // Among several namesakes, the one scoring nearest the article's date.
    if fits.len() > 1 {
        return fits.into_iter().max_by_key(|p| {
            store
                .player_goals(*p)
                .filter(|g| before(g))
                .map(|g| store.match_(g.match_id).date)
                .max()
        });
    }
    None
}

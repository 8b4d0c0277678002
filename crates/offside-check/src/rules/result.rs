//! Results and final scores: "beat Wales 3-0", "losing 2-1 to France", "a
//! goalless draw with the United States", "England 6-2 Iran", "a win over
//! Nigeria", "defeats against Algeria in 1982 and Mexico in 2018".

use super::*;
use crate::context::find_meeting;
use offside_data::Outcome;
use offside_text::TokenKind;

pub struct MatchResult;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
    Win,
    Loss,
    Draw,
}

/// Words that turn a score into a score at some moment, not the result.
const STATE_WORDS: &[&str] = &[
    "half", "halftime", "break", "interval", "lead", "led", "up", "down", "ahead", "behind",
    "trailing", "trailed", "minutes", "mins", "inside", "within",
];
const SHOOTOUT_WORDS: &[&str] = &[
    "penalties",
    "pens",
    "pen",
    "penalty",
    "shootout",
    "shoot",
    "spot",
    "kicks",
];

fn cue_at(s: &SentenceCtx, i: usize) -> Option<Cue> {
    let cue = plain_cue(s, i)?;
    let w = s.word(i);
    // "being thrashed 7-0 by Spain", "were beaten by": the passive turns it round;
    // "had beaten Germany" is active.
    let aux = s.word(i.wrapping_sub(1));
    let passive = matches!(aux, "being" | "been" | "were" | "was" | "got" | "get")
        && s.find_in(i + 1, (i + 5).min(s.tokens.len()), &["by"])
            .is_some();
    if w == "beaten" && matches!(aux, "had" | "have" | "has") {
        return Some(Cue::Win);
    }
    Some(match (cue, passive) {
        (Cue::Win, true) => Cue::Loss,
        (c, _) => c,
    })
}

fn plain_cue(s: &SentenceCtx, i: usize) -> Option<Cue> {
    let w = s.word(i);
    // "down Algeria's right": a direction on the pitch, not a win.
    if w == "down"
        && s.mention_at(i + 1).is_some_and(|m| {
            s.tokens
                .get(m.end)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        })
    {
        return None;
    }
    if w == "defeat" {
        // "to defeat Nigeria", "and defeat Iceland" are wins; "a 2-1 defeat
        // to France" a loss: a team right after makes it a verb.
        let before = s.word(i.wrapping_sub(1));
        let team_next = s
            .mentions
            .iter()
            .any(|m| m.start == i + 1 && m.team().is_some());
        return Some(
            if before == "to"
                || (team_next && !matches!(before, "a" | "the" | "their" | "its" | "his"))
            {
                Cue::Win
            } else {
                Cue::Loss
            },
        );
    }
    // "Uruguay Defeats Brazil": a verb between two teams, not "two defeats".
    if w == "defeats" {
        let team_at = |k: usize| {
            s.mentions
                .iter()
                .any(|m| m.team().is_some() && (m.start == k || m.end == k))
        };
        if team_at(i) && team_at(i + 1) {
            return Some(Cue::Win);
        }
    }
    if w == "goalless" || (w == "draw" || w == "drew" || w == "drawn" || w == "stalemate") {
        return Some(Cue::Draw);
    }
    // Most tokens are neither: a length check first keeps this cheap.
    if w.len() < 3 || w.len() > 11 {
        return None;
    }
    // Every token of every sentence comes through here: one hash look-up
    // instead of a scan of both word lists.
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Cue>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for w in WIN_WORDS.iter().filter(|w| **w != "saw") {
            m.insert(*w, Cue::Win);
        }
        for w in LOSS_WORDS {
            m.insert(*w, Cue::Loss);
        }
        m
    });
    words.get(w).copied()
}

impl Rule for MatchResult {
    fn name(&self) -> &'static str {
        "result"
    }
    fn description(&self) -> &'static str {
        "final scores and who won, lost or drew a match"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        for (i, t) in s.tokens.iter().enumerate() {
            let TokenKind::Score(a, b) = t.kind else {
                continue;
            };
            if super::aggregate::is_aggregate_score(s, i) {
                continue;
            }
            // "come-from-behind 2-1 victory" is a result, not a deficit.
            let state = s
                .near(i, 3, STATE_WORDS)
                .filter(|k| !(s.word(*k) == "behind" && s.word_back(*k, 1) == "from"));
            // "4-3 in a penalty shootout", "5-3, on penalty kicks", "(4-3 pen)".
            if state.is_some() || s.find_in(i + 1, i + 6, SHOOTOUT_WORDS).is_some() {
                continue;
            }
            // "on penalties 6-5", "the shoot-out 4-2"; "made it 5-4" (a
            // running score).
            if s.find_in(
                i.saturating_sub(4),
                i,
                &["shootout", "shoot", "penalties", "pens"],
            )
            .is_some()
                || (s.word_back(i, 1) == "it" && s.word_back(i, 2) == "made")
                // "At 1-1, Mexico found a second", "with the score at 2-0":
                // the score stood at some moment.
                || s.word_back(i, 1) == "at"
                // "fight back to 2-2", "pulled level at 1-1": a score on the
                // way.
                || (s.word_back(i, 1) == "to" && matches!(s.word_back(i, 2), "back" | "level"))
                // "France is now 5-0 all-time in the round of 16": a record
                // of wins and losses.
                || matches!(s.word(i + 1), "all" | "alltime" | "overall" | "lifetime")
                || (s.word_back(i, 1) == "now" && matches!(s.word_back(i, 2), "is" | "are"))
            {
                continue;
            }
            if let Some(f) = check_score(s, i, a, b) {
                out.push(f);
            }
        }
        check_without_score(s, out);
        // "a goalless draw with X", "played out a goalless draw".
        if let Some(i) = s.find(&["goalless", "scoreless"]) {
            if s.near(i, 2, &["draw", "stalemate"]).is_some()
                && s.near(i, 6, &["half", "break", "minutes", "regulation", "time"])
                    .is_none()
            {
                if let Some(f) = check_score(s, i, 0, 0) {
                    out.push(f);
                }
            }
        }
    }
}

/// Subject and opponent around the score at token `i`: "A a-b B" is explicit;
/// otherwise the team right after the result word or the score is the
/// opponent ("beating Wales 3-0", "a 6-2 victory over Iran", "losing 2-1 to
/// France") and the subject is the team named before, else the one in view.
fn sides(s: &SentenceCtx, i: usize, cue: Option<usize>) -> Option<(TeamId, TeamId, bool)> {
    let before = s
        .mentions
        .iter()
        .find(|m| m.end == i && m.team().is_some())
        .and_then(|m| m.team());
    let after = s
        .mentions
        .iter()
        .find(|m| m.start == i + 1 && m.team().is_some())
        .and_then(|m| m.team());
    if let (Some(x), Some(y)) = (before, after) {
        if x != y {
            return Some((x, y, true));
        }
    }
    let m = s.match_();
    let lo = cue.map(|k| k.min(i)).unwrap_or(i);
    let hi = cue.map(|k| k.max(i)).unwrap_or(i);
    let object = s
        .teams
        .iter()
        .find(|(k, _)| *k > lo && *k <= hi + 4)
        .map(|(_, t)| *t);
    // The clause's subject: the first team named before the result that is not
    // itself the object of a preposition ("a draw with the United States").
    let subject_before = |opp: Option<TeamId>| {
        // The clause's own subject first ("France, who lost 1-0 to Tunisia").
        if let Some(t) = s.subject_before(lo).filter(|t| Some(*t) != opp) {
            return Some(t);
        }
        let cands: Vec<&(usize, TeamId)> = s
            .teams
            .iter()
            .filter(|(k, t)| *k < lo && Some(*t) != opp)
            .collect();
        cands
            .iter()
            .find(|(k, _)| {
                let p1 = s.word(k.wrapping_sub(1));
                let p2 = s.word(k.wrapping_sub(2));
                let preps = [
                    "with", "over", "to", "against", "by", "of", "from", "v", "vs",
                ];
                !(preps.contains(&p1) || p1 == "the" && preps.contains(&p2))
            })
            .or(cands.first())
            .map(|(_, t)| *t)
    };
    // "a 4-2 win for Italy": the team after "for" is the winner.
    let beneficiary = s
        .teams
        .iter()
        .find(|(k, _)| *k > lo && *k <= hi + 4 && s.word_back(*k, 1) == "for")
        .map(|(_, t)| *t);
    if let Some(w) = beneficiary {
        let opp = m
            .filter(|m| m.involves(w))
            .map(|m| m.opponent(w))
            .or_else(|| s.teams.iter().find(|(_, t)| *t != w).map(|(_, t)| *t))?;
        return Some((w, opp, false));
    }
    match object {
        Some(opp) => {
            let subject = subject_before(Some(opp))
                .or_else(|| m.filter(|m| m.involves(opp)).map(|m| m.opponent(opp)))
                .or(s.doc.last_subject.filter(|x| *x != opp))
                .or(s.doc.focus.filter(|x| *x != opp))?;
            Some((subject, opp, false))
        }
        None => {
            let subject = subject_before(None)?;
            let opp = s
                .teams
                .iter()
                .filter(|(_, t)| *t != subject)
                .min_by_key(|(k, _)| k.abs_diff(i))
                .map(|(_, t)| *t)
                .or_else(|| {
                    m.filter(|m| m.involves(subject))
                        .map(|m| m.opponent(subject))
                })?;
            Some((subject, opp, false))
        }
    }
}

fn cue_near(s: &SentenceCtx, i: usize) -> Option<(usize, Cue)> {
    // "a stunning 2-0 defeat", "a crushing 3-0 win": the noun right after
    // the score says whose result it is; the adjective before only colours it.
    if matches!(
        s.word(i + 1),
        "defeat" | "defeats" | "loss" | "losses" | "win" | "wins" | "victory" | "draw"
    ) {
        if let Some(c) = cue_at(s, i + 1) {
            return Some((i + 1, c));
        }
    }
    let lo = i.saturating_sub(6);
    let hi = (i + 6).min(s.tokens.len());
    let mut best: Option<(usize, Cue)> = None;
    for k in lo..hi {
        // A result word across "and", a comma or a dash belongs to another clause.
        let between = if k < i { k + 1..i } else { i + 1..k };
        // "a goalless draw with Paraguay before destroying Bulgaria 6-1":
        // "before", "after" and "then" start another event too.
        if between.clone().any(|x| {
            matches!(
                s.word(x),
                "and" | "," | "-" | ";" | "but" | "before" | "after" | "then" | "while"
            ) && s.mention_at(x).is_none()
        }) {
            continue;
        }
        if let Some(c) = cue_at(s, k) {
            if best.is_none_or(|(b, _)| k.abs_diff(i) < b.abs_diff(i)) {
                best = Some((k, c));
            }
        }
    }
    best
}

/// The edition named nearest the score, leaving out one after "since" ("its
/// first win over England since the 1950 World Cup" dates an older match).
fn edition_not_since(s: &SentenceCtx, i: usize) -> Option<offside_data::EditionId> {
    let since = |k: usize| (1..=3).any(|b| s.word_back(k, b) == "since");
    if s.editions.is_empty() {
        return s.edition;
    }
    s.editions
        .iter()
        .filter(|(k, _)| !since(*k))
        .min_by_key(|(k, _)| k.abs_diff(i))
        .map(|(_, e)| *e)
}

fn year_after(s: &SentenceCtx, from: usize) -> Option<i16> {
    (from..(from + 4).min(s.tokens.len())).find_map(|k| s.year_at(k))
}

fn check_score(s: &SentenceCtx, i: usize, a: u8, b: u8) -> Option<Finding> {
    let store = s.store;
    let cue = cue_near(s, i);
    let (mut subject, mut opponent, explicit) = sides(s, i, cue.map(|c| c.0))?;
    // "a 1-0 win for the Germans": the team after "for" won.
    if let Some((k, Cue::Win)) = cue {
        if s.word(k + 1) == "for" {
            let for_team = s
                .teams
                .iter()
                .find(|(x, _)| (k + 2..=k + 3).contains(x) && !s.is_pronoun(*x))
                .map(|(_, t)| *t);
            if for_team == Some(opponent) {
                std::mem::swap(&mut subject, &mut opponent);
            }
        }
    }
    // A year in another clause ("... since they did it in 1984") is not
    // this score's: only one close by counts.
    let year = year_after(s, i)
        .or_else(|| {
            // "its first triumph over the British since the 1950 World Cup":
            // a year after "since" dates another match.
            (0..s.tokens.len())
                .filter(|k| k.abs_diff(i) <= 8)
                .filter(|k| !(1..=2).any(|b| s.word_back(*k, b) == "since"))
                .find_map(|k| s.year_at(k))
        })
        .or_else(|| s.years_back());
    let mid = find_meeting(
        store,
        subject,
        opponent,
        edition_not_since(s, i),
        year,
        s.as_of_for_year(year),
    )
    .or_else(|| {
        s.match_()
            .filter(|m| m.involves(subject) && m.involves(opponent))
            .map(|m| m.id)
    })?;
    // A dated line ("26/05/74 Netherlands v Argentina 4-1"): the meeting
    // of that day, or none the data holds.
    let days = crate::dates::full_dates(s.tokens);
    let mid = if days.is_empty() {
        mid
    } else {
        days.iter()
            .find_map(|d| store.find_match(subject, opponent, *d))?
            .id
    };
    let mut m = store.match_(mid);
    let mut mid = mid;
    let (claim_for, claim_against) = match (explicit, cue.map(|c| c.1)) {
        (true, _) => (a, b),
        (false, Some(Cue::Win)) => (a.max(b), a.min(b)),
        (false, Some(Cue::Loss)) => (a.min(b), a.max(b)),
        _ => (a, b),
    };
    let mut options = scores_for(m, subject);
    // "a 5-3 victory in the shoot-out": the score of the kicks, where the
    // sentence says so and the data has it.
    let kicks_named = crate::lexicon::lexicon()
        .find(
            s.tokens,
            i.saturating_sub(3),
            (i + 8).min(s.tokens.len()),
            "shootout",
        )
        .is_some();
    if let (true, Some(p)) = (kicks_named, m.shootout.as_ref().and_then(|x| x.score)) {
        let p = if m.home == subject { p } else { p.flipped() };
        options.push((p.home, p.away));
    }
    let unordered = !explicit && cue.is_none();
    let ok = options.iter().any(|&(f, g)| {
        (f, g) == (claim_for, claim_against) || (unordered && (g, f) == (claim_for, claim_against))
    });
    let draw_claim = cue.map(|c| c.1) == Some(Cue::Draw);
    let mut ok = ok && (!draw_claim || a == b);
    // Two meetings in one tournament (a group game and a third-place match):
    // the claim holds if it fits either; it is false only if it fits neither.
    // A qualifier or a friendly has no edition: the same weeks instead
    // ("the 1-1 draw in Santiago three weeks earlier").
    if !ok {
        let span = match m.edition {
            Some(e) => Some((store.edition(e).start, store.edition(e).end)),
            None => m
                .date
                .checked_sub(jiff::Span::new().days(90))
                .ok()
                .zip(m.date.checked_add(jiff::Span::new().days(90)).ok()),
        };
        if let Some((from, to)) = span {
            // An opponent the sentence does not name ("for a comfortable 4-2
            // win") may be any of the team's opponents in those weeks.
            let opponent_named = s.teams.iter().any(|(_, t)| *t == opponent);
            let other = store.team_matches_between(subject, from, to).find(|x| {
                x.id != mid
                    && (x.involves(opponent) || !opponent_named)
                    && scores_for(x, subject).iter().any(|&(f, g)| {
                        (f, g) == (claim_for, claim_against)
                            || (unordered && (g, f) == (claim_for, claim_against))
                    })
                    && (!draw_claim || a == b)
            });
            if let Some(x) = other {
                m = x;
                mid = x.id;
                ok = true;
            }
        }
    }
    let start = cue.map(|c| c.0.min(i)).unwrap_or(i);
    let opp_end = s
        .mentions
        .iter()
        .filter(|mm| mm.team() == Some(opponent) && mm.start > i)
        .map(|mm| mm.end - 1)
        .next();
    let end = opp_end.filter(|e| *e <= i + 6).unwrap_or(i).max(i);
    let start = s
        .mentions
        .iter()
        .filter(|mm| mm.team() == Some(opponent) && mm.end <= start && start - mm.end <= 2)
        .map(|mm| mm.start)
        .next()
        .unwrap_or(start);
    let names = (store.team_name(subject), store.team_name(opponent));
    let kind = if cue.is_some() {
        ClaimKind::Result
    } else {
        ClaimKind::Score
    };
    let claimed = if explicit {
        format!("{} {a}-{b} {}", names.0, names.1)
    } else {
        match cue.map(|c| c.1) {
            Some(Cue::Win) => format!("{} beat {} {claim_for}-{claim_against}", names.0, names.1),
            Some(Cue::Loss) => format!(
                "{} lost {claim_against}-{claim_for} to {}",
                names.0, names.1
            ),
            Some(Cue::Draw) => format!("{} drew {a}-{b} with {}", names.0, names.1),
            None => format!("{} v {}: {a}-{b}", names.0, names.1),
        }
    };
    let actual = store.describe_match(m);
    let mut f = Finding::new("result", kind, s.span_of(start, end), claimed);
    // A named match is a confident reading; one taken from context is not, unless it is the current one.
    let year_fits = year.is_some_and(|y| m.date.year() == y) && year_after(s, i).is_some();
    let confident = s.match_named || s.match_id == Some(mid) || year_fits;
    f = if ok || confident {
        f.judged(
            ok,
            m.score_for(subject).to_string(),
            format!("score of {} v {}: {actual}", names.0, names.1),
        )
    } else {
        f.unverifiable(format!("not sure which match is meant; nearest: {actual}"))
    };
    Some(f.with_evidence([mid]))
}

/// "a win over Nigeria", "lost to France", "defeats against Algeria in 1982".
fn check_without_score(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    for k in 0..s.tokens.len() {
        let Some(cue) = cue_at(s, k) else { continue };
        if cue == Cue::Draw {
            continue;
        }
        // A result word next to a score belongs to the score's claim.
        if (k.saturating_sub(6)..(k + 7).min(s.tokens.len()))
            .any(|x| matches!(s.tokens[x].kind, TokenKind::Score(..)))
        {
            continue;
        }
        // The opponent right after the cue ("win over X", "beat X", "lost to X").
        let mut j = k + 1;
        while matches!(
            s.word(j),
            "over" | "to" | "against" | "by" | "the" | "a" | "of" | "in" | "from" | "with"
        ) {
            j += 1;
        }
        let Some(m) = s
            .mentions
            .iter()
            .find(|m| m.start == j && m.team().is_some())
        else {
            continue;
        };
        let opp = m.team().unwrap();
        // "won the World Cup" is a title, not a match.
        if s.near(k, 3, &["cup", "title", "trophy", "championship"])
            .is_some()
        {
            continue;
        }
        let subject = s
            .teams
            .iter()
            .rev()
            .find(|(x, t)| *x < k && *t != opp)
            .map(|(_, t)| *t)
            .or(s.doc.last_subject.filter(|t| *t != opp))
            .or(s.doc.focus.filter(|t| *t != opp));
        let Some(subject) = subject else { continue };
        let year = year_after(s, m.end).or_else(|| {
            (0..s.tokens.len())
                .filter_map(|x| s.year_at(x).map(|y| (x, y)))
                .min_by_key(|(x, _)| x.abs_diff(k))
                .map(|(_, y)| y)
                .or_else(|| s.years_back())
        });
        let Some(mid) = find_meeting(
            store,
            subject,
            opp,
            s.edition_near(k),
            year,
            s.as_of_for_year(year),
        ) else {
            continue;
        };
        let fits = |mt: &offside_data::Match| {
            let got = mt.result_for(subject);
            match cue {
                Cue::Win => got == Outcome::Win || mt.winner() == Some(subject),
                Cue::Loss => {
                    got == Outcome::Loss || (got == Outcome::Draw && mt.winner() == Some(opp))
                }
                Cue::Draw => got == Outcome::Draw,
            }
        };
        let mut mt = store.match_(mid);
        // "until 1988 to beat the Germans": any of that year's meetings.
        if let (false, Some(y)) = (fits(mt), year) {
            if let Some(x) = store
                .meetings(subject, opp)
                .filter(|x| {
                    x.date.year() == y && s.as_of_for_year(year).is_none_or(|d| x.date <= d)
                })
                .find(|x| fits(x))
            {
                mt = x;
            }
        }
        let mid = mt.id;
        let ok = fits(mt);
        let names = (store.team_name(subject), store.team_name(opp));
        let verb = if cue == Cue::Win { "beat" } else { "lost to" };
        let end = if year.is_some() {
            (m.end + 2).min(s.tokens.len() - 1)
        } else {
            m.end - 1
        };
        let f = Finding::new(
            "result",
            ClaimKind::Result,
            s.span_of(k, end),
            format!("{} {verb} {}", names.0, names.1),
        )
        .judged(
            ok,
            store.describe_match(mt),
            format!("result of {} v {}", names.0, names.1),
        )
        .with_evidence([mid]);
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    #[test]
    fn a_year_that_dates_a_title_is_not_the_match() {
        // England beat the Netherlands 4-1 at Euro 96; they lost 3-1 in 1988.
        let t =
            "England beat Holland, the champions of 1988, to reach the quarter-finals of Euro 96.";
        let c = claims_of("result", t, "1996-06-19");
        assert!(c.iter().all(|c| c.verdict != Verdict::False), "{c:?}");
        assert_eq!(c.first().map(|c| c.verdict), Some(Verdict::True), "{c:?}");
        // The twin: a loss named as a win is false.
        let c = claims_of(
            "result",
            "Holland beat England 4-1 at Euro 96.",
            "1996-06-19",
        );
        assert_eq!(c.first().map(|c| c.verdict), Some(Verdict::False), "{c:?}");
    }

    #[test]
    fn a_score_at_a_moment_is_not_the_result() {
        // Nations League final 2021: United States 3-2 Mexico a.e.t.
        let lead = "The United States beat Mexico 3-2 after extra time in Denver. ";
        let c = claims_of(
            "result",
            &format!("{lead}At 1-1, Mexico found a second goal through Diego Lainez."),
            "2021-06-07",
        );
        assert!(c.iter().all(|c| c.verdict != Verdict::False), "{c:?}");
        // The result itself, misstated, stays false.
        let c = claims_of(
            "result",
            "The United States beat Mexico 2-1 after extra time in Denver.",
            "2021-06-07",
        );
        assert_eq!(c.first().map(|c| c.verdict), Some(Verdict::False), "{c:?}");
    }

    #[test]
    fn who_a_win_was_for_and_words_that_are_no_result() {
        // 1982: West Germany 1-0 Austria in Gijón.
        let v = |t: &str| {
            claims_of("result", t, "1982-06-26")
                .iter()
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            v("West Germany and Austria played out a 1-0 win for the Germans at the 1982 World Cup."),
            [Verdict::True]
        );
        assert_eq!(
            v("West Germany and Austria played out a 1-0 win for Austria at the 1982 World Cup."),
            [Verdict::False]
        );
        // A direction on the pitch and a score on the way are no results.
        assert!(
            !v("At the 1982 World Cup Austria ran down Germany's right all night.")
                .contains(&Verdict::False)
        );
        assert!(
            !v("At the 1982 World Cup Austria fought back to 1-1 against Germany.")
                .contains(&Verdict::False)
        );
    }

    #[test]
    fn a_dated_row_of_a_results_list_is_that_days_meeting() {
        // Netherlands 4-1 Argentina, friendly, 1974-05-26; the sides drew
        // 0-0 at the 2006 World Cup.
        let lead = "Previous meetings of the two sides:\n";
        let day = "2014-07-09";
        let v = |row: &str| {
            claims_of("result", &format!("{lead}{row}"), day)
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("26/05/74 Netherlands v Argentina 4-1 (friendly)"),
            Some(Verdict::True)
        );
        assert_eq!(
            v("21/06/06 Netherlands v Argentina 0-0 (World Cup)"),
            Some(Verdict::True)
        );
        assert_eq!(
            v("26/05/74 Netherlands v Argentina 2-1 (friendly)"),
            Some(Verdict::False)
        );
        // A day on which they did not meet: no claim about another meeting.
        assert_ne!(
            v("27/05/75 Netherlands v Argentina 4-1 (friendly)"),
            Some(Verdict::False)
        );
    }

    #[test]
    fn the_noun_after_the_score_says_whose_result() {
        // World Cup 2022: Wales 0-2 Iran.
        let v = |t: &str| {
            claims_of("result", t, "2022-11-28")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Wales slumped to a stunning 2-0 defeat at the hands of Iran at the World Cup."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Wales earned a stunning 2-0 win over Iran at the World Cup."),
            Some(Verdict::False)
        );
    }
}

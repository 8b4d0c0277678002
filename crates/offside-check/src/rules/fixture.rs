//! A coming fixture: "Portugal will next face Morocco", "France will meet
//! Wales in Sunday's final", "Germany will meet either Argentina or the
//! Netherlands". The data holds the match the article looks forward to, so
//! the opponent is checkable, but it is only wrong when the article could
//! have known better: the opponent had already played their way in by the
//! article's day (or the fixture was a group game, drawn long before).

use super::*;
use crate::lexicon::lexicon;
use offside_data::{Date, Stage};

pub struct Fixture;

/// How long after the article's anchor a "next" match may come.
const NEXT_WITHIN_DAYS: i32 = 60;

/// Words that may stand between the verb and the team it names.
const TITLE_WORDS: &[&str] = &[
    "the",
    "defending",
    "reigning",
    "champion",
    "champions",
    "holders",
    "hosts",
];

/// The teams after the fixture phrase: one, or "either A or B". `None` when
/// the words after the phrase are not a team ("will face a tough test").
fn opponents(s: &SentenceCtx, from: usize) -> Option<(Vec<TeamId>, usize)> {
    let mut at = from;
    if s.word(at) == "either" {
        at += 1;
    }
    let team_at = |k: usize| -> Option<(TeamId, usize)> {
        // "the", "defending champions", "hosts": words before the name.
        let k = (k..k + 3)
            .find(|&i| !TITLE_WORDS.contains(&s.word(i)))
            .unwrap_or(k);
        let &(_, t) = s.teams.iter().find(|(i, _)| *i == k)?;
        if s.is_pronoun(k) {
            return None;
        }
        Some((t, s.mention_at(k).map_or(k + 1, |m| m.end)))
    };
    let (first, mut end) = team_at(at)?;
    let mut teams = vec![first];
    if s.word(end) == "or" {
        if let Some((second, e)) = team_at(end + 1) {
            teams.push(second);
            end = e;
        }
    }
    Some((teams, end))
}

/// The day the article looks forward from: the day of its main match when
/// the subject played it, else the article's date.
fn anchor(s: &SentenceCtx, team: TeamId) -> Option<Date> {
    let main = s.doc.main_match.map(|id| s.store.match_(id));
    match main {
        Some(m) if m.involves(team) => Some(m.date),
        _ => s.doc.as_of,
    }
}

/// A coming fixture as the sentence states it, and the match the data
/// holds for it.
pub(crate) struct Coming<'a> {
    /// The phrase ("will next face"): its first token and its words.
    at: usize,
    words: &'static [&'static str],
    subject: TeamId,
    /// The opponent named, or the two of "either A or B".
    named: Vec<TeamId>,
    /// The token after the opponents.
    end: usize,
    clause_end: usize,
    stage: Option<(Stage, usize)>,
    from: Date,
    /// The subject's match the sentence looks forward to.
    pub target: &'a offside_data::Match,
}

/// Reads the coming fixture whose phrase starts before token `before`.
pub(crate) fn coming<'a>(s: &SentenceCtx<'a>, before: usize) -> Option<Coming<'a>> {
    let (k, words) = lexicon().find(s.tokens, 0, before.min(s.tokens.len()), "fixture")?;
    let after = k + words.len();
    // The subject: the team just before the phrase, the clause's, else the
    // one team of the player who opens the sentence ("Messi and company
    // now face Brazil").
    let player_team = || {
        let (mi, p) = s.players.first()?;
        let teams = s.store.player_teams(*p);
        (s.mentions.get(*mi)?.start < k && !s.teams.iter().any(|(i, _)| *i < k) && teams.len() == 1)
            .then(|| teams[0].0)
    };
    let subject = s
        .teams
        .iter()
        .rev()
        .find(|(i, _)| *i < k && k - *i <= 3)
        .map(|(_, t)| *t)
        .or_else(|| s.named_subject(0, k))
        .or_else(player_team)?;
    let (named, end) = opponents(s, after)?;
    if named.contains(&subject) {
        return None;
    }
    let clause_end = (end..s.tokens.len())
        .find(|&i| matches!(s.word(i), "," | ";" | "." | "who" | "which"))
        .unwrap_or(s.tokens.len());
    // The stage may follow a relative clause about the opponent ("face
    // Morocco, which beat Spain on Tuesday, in the quarterfinals").
    let stop = |k: usize| matches!(s.word(k), "," | ";" | "." | "while" | "but");
    let after_relative = (s.word(clause_end) == ","
        && matches!(s.word(clause_end + 1), "which" | "who"))
    .then(|| (clause_end + 1..s.tokens.len()).find(|&k| s.word(k) == ","))
    .flatten();
    let (from, to) = match after_relative {
        Some(close) => (
            close + 1,
            (close + 1..s.tokens.len())
                .find(|&k| stop(k))
                .unwrap_or(s.tokens.len()),
        ),
        None => (end, clause_end),
    };
    let stage = (from..to).find_map(|i| stage::stage_at(s, i));
    let clause_end = clause_end.max(stage.map_or(0, |(_, e)| e + 1));
    let from = anchor(s, subject)?;
    let store = s.store;
    let edition = s
        .doc
        .main_match
        .and_then(|id| store.match_(id).edition)
        .or(s.edition);
    let mut later = store
        .team_matches_between(subject, from.tomorrow().unwrap_or(from), Date::MAX)
        .filter(|m| edition.is_none() || m.edition == edition);
    // A preview's own match: the article looks forward to it.
    let main = s.doc.main_match.map(|id| store.match_(id));
    let previewed = main.filter(|m| {
        m.involves(subject)
            && named.iter().any(|t| m.involves(*t))
            && stage.is_none_or(|(st, _)| m.stage == st)
    });
    let target = match stage {
        _ if previewed.is_some() => previewed,
        Some((st, _)) => later.find(|m| m.stage == st),
        None => later
            .next()
            .filter(|m| (m.date - from).get_days() <= NEXT_WITHIN_DAYS),
    }?;
    Some(Coming {
        at: k,
        words,
        subject,
        named,
        end,
        clause_end,
        stage,
        from,
        target,
    })
}

impl Coming<'_> {
    /// The last token of the stage the fixture names ("in the
    /// quarterfinals"), which this rule checks and the stage rule leaves.
    pub fn stage_end(&self) -> Option<usize> {
        self.stage.map(|(_, e)| e)
    }
    /// Whether token `i` lies in the stretch the phrase governs: after the
    /// opponent, before the clause ends ("... face Brazil at the Maracanã
    /// on Saturday").
    pub fn governs(&self, i: usize) -> bool {
        (self.end..self.clause_end).contains(&i)
    }
    /// Whether the data's match is against a team the sentence named.
    pub fn confirmed(&self) -> bool {
        self.named.iter().any(|t| self.target.involves(*t))
    }
}

impl Rule for Fixture {
    fn name(&self) -> &'static str {
        "fixture"
    }
    fn description(&self) -> &'static str {
        "the opponent of a match the article looks forward to"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let Some(c) = coming(s, s.tokens.len()) else {
            return;
        };
        let Coming {
            at: k,
            words,
            subject,
            ref named,
            end,
            clause_end,
            stage,
            from,
            target: m,
        } = c;
        let store = s.store;
        let next = words.contains(&"next");
        let opponent = if m.home == subject { m.away } else { m.home };
        let last = stage.map_or(end, |(_, e)| e.max(end) + 1).min(clause_end);
        let name = |t: TeamId| store.team(t).name.to_string();
        let claimed = format!(
            "{} to play {}{}",
            name(subject),
            named
                .iter()
                .map(|t| name(*t))
                .collect::<Vec<_>>()
                .join(" or "),
            stage.map_or(String::new(), |(st, _)| format!(" in the {}", st.label()))
        );
        let f = Finding::new(
            "fixture",
            ClaimKind::Stage,
            s.span_of(k, last.saturating_sub(1)),
            claimed,
        )
        .about(Subject::Team)
        .with_evidence([m.id]);
        let query = format!(
            "{}'s next match: {}",
            name(subject),
            store.describe_match(m)
        );
        if named.contains(&opponent) {
            out.push(f.judged(true, name(opponent), query));
            return;
        }
        // Wrong only when the article could have known: a group game was
        // drawn before the tournament; a knock-out opponent had played its
        // way in by the article's day. Without a stage or "next" the
        // match meant may be a later one.
        let known = m.stage == Stage::Group
            || store
                .team_matches_between(opponent, Date::MIN, m.date)
                .rev()
                .find(|x| x.id != m.id && x.date < m.date)
                // A match on the article's own day may have ended after it
                // was written.
                .is_some_and(|x| s.doc.as_of.map_or(x.date <= from, |d| x.date < d));
        let pinned = stage.is_some() || next;
        if known && pinned {
            out.push(f.judged(false, name(opponent), query));
        } else {
            out.push(f.unverifiable(format!(
                "the data's coming match is against {}, but the article may not have known it yet or may mean a later meeting. Query: {query}",
                name(opponent)
            )));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn v(text: &str, date: &str) -> Option<Verdict> {
        claims_of("fixture", text, date).first().map(|c| c.verdict)
    }

    #[test]
    fn the_next_opponent_after_a_knockout_win() {
        // 2022: Portugal 6-1 Switzerland (12-06), then Morocco in the
        // quarter-final (12-10); Morocco had beaten Spain on 12-06.
        let lead =
            "Portugal beat Switzerland 6-1 on Tuesday to reach the World Cup quarter-finals. ";
        assert_eq!(
            v(
                &format!("{lead}Portugal will next face Morocco."),
                "2022-12-07"
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            v(
                &format!("{lead}Portugal will next face Spain."),
                "2022-12-07"
            ),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_stage_after_a_relative_clause_is_the_fixtures() {
        let lead = "Portugal beat Switzerland 6-1 on Tuesday. ";
        let day = "2022-12-07";
        assert_eq!(
            v(
                &format!("{lead}Portugal will next face Morocco, who beat Spain on penalties, in the quarter-finals."),
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            v(
                &format!("{lead}Portugal will next face Spain, who lost to Morocco on penalties, in the quarter-finals."),
                day
            ),
            Some(Verdict::False)
        );
        // The stage rule leaves the fixture's stage alone.
        let c = claims_of(
            "stage",
            &format!("{lead}Portugal will next face Morocco, who beat Spain on penalties, in the quarter-finals."),
            day,
        );
        assert!(c.iter().all(|c| c.verdict != Verdict::False), "{c:?}");
    }

    #[test]
    fn a_final_opponent_and_either_of_two() {
        // Euro 2016: France 2-0 Germany (07-07); Portugal had beaten Wales
        // on 07-06; the final was France v Portugal on 07-10.
        let lead = "France beat Germany 2-0 in Marseille on Thursday. ";
        assert_eq!(
            v(
                &format!("{lead}France will meet Portugal in Sunday's final."),
                "2016-07-08"
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            v(
                &format!("{lead}France will meet Wales in Sunday's final."),
                "2016-07-08"
            ),
            Some(Verdict::False)
        );
        // 2014: Germany 7-1 Brazil (07-08); Argentina and the Netherlands
        // played the other semi-final the next day.
        let lead = "Germany beat Brazil 7-1 in Belo Horizonte on Tuesday. ";
        assert_eq!(
            v(
                &format!(
                    "{lead}Germany will meet either Argentina or the Netherlands in the final."
                ),
                "2014-07-09"
            ),
            Some(Verdict::True)
        );
        // Before the other semi-final was played, a wrong guess at the
        // opponent is not yet a proof.
        assert_ne!(
            v(
                &format!("{lead}Germany will meet the Netherlands in the final."),
                "2014-07-09"
            ),
            Some(Verdict::False)
        );
    }

    #[test]
    fn words_after_the_verb_that_are_not_a_team_make_no_claim() {
        let lead = "France beat Germany 2-0 in Marseille on Thursday. ";
        assert_eq!(
            v(
                &format!("{lead}France will face a tough test in the final."),
                "2016-07-08"
            ),
            None
        );
    }
}

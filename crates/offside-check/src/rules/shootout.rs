//! Shoot-outs: "beat France 4-2 on penalties", "a shoot-out ending 3-2 in
//! Italy's favour", "eliminated holders Senegal on penalties", "lost on penalties".

use super::*;
use crate::context::find_meeting;
use offside_text::TokenKind;

pub struct Shootout;

const LOSE: &[&str] = &[
    "blew",
    "blown",
    "lost",
    "losing",
    "loss",
    "beaten",
    "eliminated",
    "out",
    "defeat",
    "defeated",
    "exit",
];

impl Rule for Shootout {
    fn name(&self) -> &'static str {
        "shootout"
    }
    fn description(&self) -> &'static str {
        "who won a penalty shoot-out, and by how many kicks"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        let n = s.tokens.len();
        // The anchor: "on penalties", "on pens", "shoot-out"/"shootout", "on spot-kicks".
        let Some(k) = (0..n).find(|k| {
            let w = s.word(*k);
            (matches!(w, "penalties" | "pens") && s.word_back(*k, 1) == "on")
                || (w == "kicks" && s.word_back(*k, 1) == "spot" && s.word_back(*k, 2) == "on")
                || w == "shootout"
                || (w == "shoot" && s.word(k + 1) == "out")
        }) else {
            return;
        };
        // Individual kicks ("missed", "saved") are not in the data: the goals rule says so.
        if s.near(k, 8, &["saved", "missed", "spurned", "wide"])
            .is_some()
        {
            return;
        }
        // Records over many shoot-outs ("won six of its seven shootouts") belong to the titles rule.
        if s.word(k + 1).starts_with("shootouts")
            || s.word(k) == "shootouts"
            || s.near(k, 3, &["record", "history"]).is_some()
        {
            return;
        }
        let end_anchor = if s.word(k) == "shoot" { k + 1 } else { k };
        // A score next to it: "4-2 on penalties", "shoot-out ending 3-2".
        let score = (k.saturating_sub(4)..(k + 5).min(n)).find_map(|x| match s.tokens[x].kind {
            TokenKind::Score(a, b) => Some((x, a.max(b), a.min(b))),
            _ => None,
        });
        // "in Italy's favour": the winner named outright.
        let favour = s
            .find_in(k, (k + 8).min(n), &["favour", "favor"])
            .and_then(|f| s.team_before(f).map(|t| (f, t)));
        let verb = s.find_in(
            k.saturating_sub(8),
            k,
            &[
                "beat",
                "beating",
                "won",
                "win",
                "eliminated",
                "knocked",
                "edged",
                "defeat",
                "defeated",
                "lost",
                "losing",
                "loss",
                "beaten",
                "out",
                "past",
                "blew",
                "blown",
            ],
        );
        // "were knocked out by Croatia": the passive makes the subject the loser.
        let passive = verb.is_some_and(|v| {
            s.find_in(v + 1, (v + 3).min(n), &["by"]).is_some()
                && s.find_in(v.saturating_sub(2), v, &["were", "was", "been", "got"])
                    .is_some()
        });
        // "had beaten the Netherlands on penalties" is a win.
        let perfect = verb.is_some_and(|v| {
            s.word(v) == "beaten" && matches!(s.word_back(v, 1), "had" | "have" | "has")
        });
        let losing = !perfect
            && (passive
                || verb.is_some_and(|v| {
                    LOSE.contains(&s.word(v))
                        && !(s.word(v) == "knocked" || s.word(v) == "eliminated")
                }));
        // Sides: subject before the verb, object after it (or the match's other team).
        let (subject, object) = match verb {
            Some(v) => {
                let subj = s.subject_before(v).or_else(|| s.fallback_subject());
                // The team nearest before "on penalties": "beat Croatia after
                // extra time and Poland on penalties" means Poland.
                let obj = s
                    .teams
                    .iter()
                    .rev()
                    .find(|(x, _)| *x > v && *x < end_anchor + 1)
                    .map(|(_, t)| *t);
                (subj, obj)
            }
            // No verb close by ("... and Poland on penalties"): the team just
            // before the anchor, against the clause's subject.
            None => {
                // "their own shoot-out against Slovenia": the opponent after.
                let against = s
                    .teams
                    .iter()
                    .find(|(x, _)| *x > k && *x <= k + 4 && s.word_back(*x, 1) == "against")
                    .map(|(_, t)| *t);
                let obj = against.or_else(|| {
                    s.teams
                        .iter()
                        .rev()
                        .find(|(x, _)| *x < k && k - x <= 4)
                        .map(|(_, t)| *t)
                });
                let subj = obj
                    .and_then(|o| s.subject_before(k).filter(|t| *t != o))
                    .or_else(|| s.fallback_subject());
                (subj, obj)
            }
        };
        let both_named = matches!((subject, object), (Some(a), Some(b)) if a != b);
        let m = match (subject, object) {
            (Some(a), Some(b)) if a != b => {
                find_meeting(store, a, b, s.edition, None, s.doc.as_of).map(|id| store.match_(id))
            }
            _ => s.match_near(k),
        };
        let Some(m) = m else { return };
        let Some(so) = m.shootout else {
            if !both_named {
                return;
            }
            let f = Finding::new(
                "shootout",
                ClaimKind::Shootout,
                s.span_of(verb.unwrap_or(k).min(k), end_anchor),
                "decided on penalties",
            )
            .judged(
                false,
                "no shoot-out",
                format!("{} had no shoot-out", store.describe_match(m)),
            )
            .with_evidence([m.id]);
            if s.match_named {
                out.push(f);
            }
            return;
        };
        let claimed_winner = if let Some((_, t)) = favour {
            Some(t)
        } else {
            subject
                .filter(|t| m.involves(*t))
                .map(|subj| if losing { m.opponent(subj) } else { subj })
        };
        let winner_ok = claimed_winner.is_none_or(|w| w == so.winner);
        let wname = store.team_name(so.winner);
        let start = [verb, score.map(|x| x.0), Some(k), favour.map(|_| k)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(k);
        let start = subject
            .and_then(|t| {
                s.teams
                    .iter()
                    .rev()
                    .find(|(x, tt)| *tt == t && *x < start)
                    .map(|(x, _)| *x)
            })
            .filter(|x| start - x <= 4)
            .unwrap_or(start);
        let end = [Some(end_anchor), score.map(|x| x.0), favour.map(|f| f.0)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(k);
        let span = s.span_of(start, end);
        let actual = match so.score {
            Some(p) => {
                let p = if so.winner == m.home { p } else { p.flipped() };
                format!("{wname} won {p} on penalties")
            }
            None => format!("{wname} won on penalties"),
        };
        let who = claimed_winner
            .map(|w| store.team_name(w).to_string())
            .unwrap_or_else(|| "a team".into());
        let mut claimed = format!("{who} won the shoot-out");
        let mut f = Finding::new("shootout", ClaimKind::Shootout, span, String::new());
        match (score, so.score) {
            (Some((_, hi, lo)), Some(p)) => {
                claimed.push_str(&format!(" {hi}-{lo}"));
                let ok = winner_ok && (p.home.max(p.away), p.home.min(p.away)) == (hi, lo);
                f = f.judged(
                    ok,
                    actual,
                    format!("shoot-out in {}", store.describe_match(m)),
                );
            }
            (Some((_, hi, lo)), None) => {
                claimed.push_str(&format!(" {hi}-{lo}"));
                f = if winner_ok {
                    f.unverifiable(format!(
                        "{actual}; the data does not give the shoot-out score"
                    ))
                } else {
                    f.judged(
                        false,
                        actual,
                        format!("shoot-out in {}", store.describe_match(m)),
                    )
                };
            }
            _ => {
                f = f.judged(
                    winner_ok,
                    actual,
                    format!("shoot-out in {}", store.describe_match(m)),
                )
            }
        }
        f.claimed = claimed;
        out.push(f.with_evidence([m.id]));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdict(text: &str, as_of: &str) -> Option<Verdict> {
        claims_of("shootout", text, as_of)
            .first()
            .map(|c| c.verdict)
    }

    #[test]
    fn had_beaten_on_spot_kicks_is_a_win() {
        // Euro 2016 round of 16: Switzerland 1-1 Poland, Poland won 5-4 on penalties.
        let day = "2016-07-01";
        for (score, want) in [("5-4", Verdict::True), ("4-3", Verdict::False)] {
            for words in ["had beaten Switzerland", "had squeezed past Switzerland"] {
                let t = format!("Poland {words} {score} on spot-kicks at Euro 2016.");
                assert_eq!(verdict(&t, day), Some(want), "{t}");
            }
        }
    }

    #[test]
    fn a_shootout_against_a_team_named_after_it() {
        // Euro 2024 round of 16: Portugal beat Slovenia 3-0 on penalties.
        let lead = "France beat Portugal 5-3 on penalties in Hamburg at Euro 2024. ";
        let day = "2024-07-06";
        for (score, want) in [("3-0", Verdict::True), ("4-3", Verdict::False)] {
            let t =
                format!("{lead}Portugal had come through a shoot-out against Slovenia {score}.");
            let c = claims_of("shootout", &t, day);
            let v = c
                .iter()
                .find(|c| c.text.contains("Slovenia"))
                .map(|c| c.verdict);
            assert_eq!(v, Some(want), "{t}");
        }
    }
}

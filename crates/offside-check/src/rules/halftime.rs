//! The score at a moment: half-time ("a 2-0 lead by half time", "level at the
//! break"), leads and deficits ("5-0 up in 29 minutes", "recovered from 2-0
//! down", "blew a 2-0 lead"), 90 minutes ("goalless in regulation time") and
//! extra time ("took the game to extra time").

use super::*;
use offside_data::Store;
use offside_text::TokenKind;

pub struct ScoreState;

const HALF: &[&str] = &["half", "halftime", "break", "interval"];

/// The half-time score from `team`'s side: the recorded one and the one the
/// goal minutes give (openfootball's half-time is wrong in places).
fn half_times(store: &Store, m: &Match, team: TeamId) -> Vec<(u8, u8)> {
    let mut v = Vec::new();
    if let Some(ht) = m.half_time {
        let ht = if m.home == team { ht } else { ht.flipped() };
        v.push((ht.home, ht.away));
    }
    let goals = store.goals_of(m);
    if m.scorers_complete && goals.iter().all(|g| g.minute.is_some()) {
        let (mut f, mut a) = (0u8, 0u8);
        for g in goals.iter().filter(|g| g.minute.is_some_and(|x| x <= 45)) {
            if g.team == team {
                f += 1;
            } else {
                a += 1;
            }
        }
        if !v.contains(&(f, a)) {
            v.push((f, a));
        }
    }
    v
}

/// Every score the match passed through, from `team`'s side, with the minute reached.
fn states(store: &Store, m: &Match, team: TeamId) -> Vec<((u8, u8), u8)> {
    let mut v = vec![((0, 0), 0)];
    for g in store.goals_of(m) {
        let s = if m.home == team {
            g.score_after
        } else {
            g.score_after.flipped()
        };
        v.push(((s.home, s.away), g.minute.unwrap_or(0)));
    }
    v
}

impl Rule for ScoreState {
    fn name(&self) -> &'static str {
        "score_state"
    }
    fn description(&self) -> &'static str {
        "the score at half-time, after 90 minutes, and leads or deficits during a match"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        let Some(m) = s.match_() else { return };
        // "when the sides met in the group stage, Turkey led at half-time":
        // the same teams' other meeting the sentence names by its stage.
        let first_score = s
            .tokens
            .iter()
            .position(|t| matches!(t.kind, TokenKind::Score(..)))
            .unwrap_or(0);
        let m = s
            .match_near(first_score)
            .filter(|x| x.involves(m.home) && x.involves(m.away))
            .unwrap_or(m);
        if s.doc.as_of.is_some_and(|d| m.date > d) {
            return;
        }
        // The team named nearest before, unless it is the object of a
        // preposition ("Scotland, 46 places below top-ranked Spain, fought
        // back from 2-0 down"), then the clause's subject.
        let subject = |i: usize| {
            s.teams
                .iter()
                .rfind(|(k, t)| {
                    *k < i
                        && m.involves(*t)
                        && !matches!(
                            s.word_back(*k, 1),
                            "below" | "above" | "against" | "over" | "to" | "with" | "by"
                            // "Holland led Brazil 1-0": the object of the verb.
                                | "led" | "leading" | "leads" | "trailed" | "trailing" | "trail"
                        )
                        && !(1..=3).any(|b| matches!(s.word_back(*k, b), "below" | "above"))
                })
                .map(|(_, t)| *t)
                .or_else(|| s.subject_before(i).filter(|t| m.involves(*t)))
                .or_else(|| s.team_after(i).filter(|t| m.involves(*t)))
                .or(s.doc.last_subject.filter(|t| m.involves(*t)))
                .or(s.doc.focus.filter(|t| m.involves(*t)))
        };
        // Written only into a finding: most sentences make none.
        let desc = || store.describe_match(m);
        for (i, t) in s.tokens.iter().enumerate() {
            let TokenKind::Score(a, b) = t.kind else {
                continue;
            };
            if super::aggregate::is_aggregate_score(s, i) {
                continue;
            }
            let (hi, lo) = (a.max(b), a.min(b));
            let half = s.near(i, 5, HALF).filter(|k| {
                (s.word(*k) != "half"
                    || matches!(s.word(k + 1), "time" | "break")
                    || s.word_back(*k, 1) == "first")
                    && s.find_in(
                        k.saturating_sub(4),
                        *k,
                        &["after", "since", "following", "into"],
                    )
                    .is_none()
                    // "a goal down at half time to triumph 2-1": a result
                    // word between the half and the score makes the score
                    // the result.
                    && !((*k).min(i)..(*k).max(i)).any(|x| {
                        let w = s.word(x);
                        super::WIN_WORDS.contains(&w) || super::LOSS_WORDS.contains(&w)
                    })
            });
            let lead = s.near(i, 3, &["lead", "up", "ahead", "led", "leading"]);
            let down = s.near(i, 3, &["down", "behind", "trailing", "trailed", "deficit"]);
            // A lead or deficit needs its team named close by ("the country blew
            // a 2-0 lead" may be another match altogether).
            let named_near = s
                .teams
                .iter()
                .any(|(k, _)| *k < i && i - k <= 8 && s.mention_at(*k).is_some());
            if (lead.is_some() || down.is_some()) && half.is_none() && !named_near {
                continue;
            }
            let Some(team) = subject(i) else { continue };
            let tname = store.team_name(team);
            if let Some(h) = half {
                let hts = half_times(store, m, team);
                if hts.is_empty() {
                    continue;
                }
                let ok = if lead.is_some() {
                    hts.contains(&(hi, lo))
                } else if down.is_some() {
                    hts.contains(&(lo, hi))
                } else {
                    hts.contains(&(a, b)) || hts.contains(&(b, a))
                };
                let actual = format!("{}-{}", hts[0].0, hts[0].1);
                let f = Finding::new(
                    "score_state",
                    ClaimKind::Score,
                    s.span_of(lead.or(down).unwrap_or(i).min(i).min(h), i.max(h)),
                    format!("{tname} {hi}-{lo} at half-time"),
                )
                .judged(
                    ok,
                    actual.clone(),
                    format!("half-time score from {tname}'s side: {actual}; {}", desc()),
                )
                .with_evidence([m.id]);
                out.push(f);
                continue;
            }
            if lead.is_none() && down.is_none() {
                continue;
            }
            // "5-0 up in 29 mins", "inside 29 minutes": reached by then.
            let by = (i + 1..(i + 5).min(s.tokens.len())).find_map(|k| {
                let v = s.tokens[k].number()?;
                matches!(s.word(k + 1), "minutes" | "mins" | "min").then_some(v as u8)
            });
            let sts = states(store, m, team);
            let want = if down.is_some() && lead.is_none() {
                (lo, hi)
            } else {
                (hi, lo)
            };
            let ok = sts
                .iter()
                .any(|(sc, minute)| *sc == want && by.is_none_or(|b| *minute <= b));
            let what = if want.0 >= want.1 {
                format!("{tname} led {hi}-{lo}")
            } else {
                format!("{tname} trailed {lo}-{hi}")
            };
            let when = by.map(|b| format!(" by minute {b}")).unwrap_or_default();
            let path: Vec<String> = sts
                .iter()
                .skip(1)
                .map(|(sc, mi)| format!("{}-{} ({mi}')", sc.0, sc.1))
                .collect();
            let k = lead.or(down).unwrap();
            let f = Finding::new(
                "score_state",
                ClaimKind::Score,
                s.span_of(
                    i.min(k).saturating_sub(2),
                    i.max(k) + by.map(|_| 2).unwrap_or(0),
                ),
                format!("{what}{when}"),
            )
            .judged(
                ok,
                path.join(", "),
                format!("scores reached in {}, from {tname}'s side", desc()),
            )
            .with_evidence([m.id]);
            out.push(f);
        }
        // "level at the break", "all square at half-time", "goalless at the interval".
        if let Some(h) = s
            .find(&["break", "interval", "halftime"])
            .or_else(|| s.has_phrase(&["half", "time"]))
            .or_else(|| s.has_phrase(&["end", "of", "first", "half"]).map(|k| k + 3))
            .or_else(|| {
                s.has_phrase(&["end", "of", "the", "first", "half"])
                    .map(|k| k + 4)
            })
        {
            let level = s.near(
                h,
                6,
                &["level", "square", "goalless", "scoreless", "deadlocked"],
            );
            let has_score = s
                .tokens
                .iter()
                .any(|t| matches!(t.kind, TokenKind::Score(..)));
            if let (Some(l), false) = (level, has_score) {
                let hts = half_times(store, m, m.home);
                if !hts.is_empty() {
                    let goalless = matches!(s.word(l), "goalless" | "scoreless");
                    let ok = hts.iter().any(|(x, y)| x == y && (!goalless || *x == 0));
                    let actual = format!("{}-{}", hts[0].0, hts[0].1);
                    out.push(
                        Finding::new(
                            "score_state",
                            ClaimKind::Score,
                            s.span_of(l.min(h), l.max(h)),
                            "level at half-time",
                        )
                        .judged(
                            ok,
                            actual.clone(),
                            format!("half-time score {actual}; {}", desc()),
                        )
                        .with_evidence([m.id]),
                    );
                }
            }
            // "put France in front at the end of first half".
            // "two minutes after half-time" is a moment of the second half.
            let after_break = s
                .find_in(
                    h.saturating_sub(4),
                    h,
                    &["after", "since", "following", "into"],
                )
                .is_some();
            if let Some(k) = s.near(h, 8, &["front", "ahead"]).filter(|_| !after_break) {
                if let Some(t) = s.team_before(k).filter(|t| m.involves(*t)) {
                    let hts = half_times(store, m, t);
                    if !hts.is_empty() && !has_score {
                        let ok = hts.iter().any(|(x, y)| x > y);
                        let actual = format!("{}-{}", hts[0].0, hts[0].1);
                        let start = s
                            .teams
                            .iter()
                            .rev()
                            .find(|(x, _)| *x < k)
                            .map(|(x, _)| *x)
                            .unwrap_or(k);
                        out.push(
                            Finding::new(
                                "score_state",
                                ClaimKind::Score,
                                s.span_of(start, h.max(k)),
                                format!("{} ahead at half-time", store.team_name(t)),
                            )
                            .judged(
                                ok,
                                actual.clone(),
                                format!(
                                    "half-time score from {}'s side: {actual}",
                                    store.team_name(t)
                                ),
                            )
                            .with_evidence([m.id]),
                        );
                    }
                }
            }
        }
        // "failed to score during regulation time", "goalless after 90 minutes".
        if let Some(k) = s
            .find(&["regulation", "normal"])
            .or_else(|| s.has_phrase(&["90", "minutes"]))
        {
            if s.find(&["failed", "goalless", "scoreless", "nil"])
                .is_some()
                && s.has_phrase(&["failed", "to", "score"]).is_some()
                || s.find(&["goalless", "scoreless"]).is_some()
            {
                if let Some(ft) = m.full_time {
                    let ok = ft.home == 0 && ft.away == 0;
                    let start = s
                        .find(&["failed", "goalless", "scoreless", "both"])
                        .unwrap_or(k);
                    out.push(
                        Finding::new(
                            "score_state",
                            ClaimKind::Score,
                            s.span_of(start.min(k), k.max(start)),
                            "goalless after 90 minutes",
                        )
                        .judged(
                            ok,
                            ft.to_string(),
                            format!("score after 90 minutes: {ft}; {}", desc()),
                        )
                        .with_evidence([m.id]),
                    );
                }
            }
        }
        // "took the game to extra time", "forced extra time".
        if let Some(k) = s.has_phrase(&["extra", "time"]) {
            let went = matches!(s.word_back(k, 1), "to" | "into")
                && s.find_in(
                    k.saturating_sub(6),
                    k,
                    &[
                        "take", "took", "taking", "went", "go", "sent", "send", "forced", "force",
                        "game", "match", "final",
                    ],
                )
                .is_some();
            let has_score = s
                .tokens
                .iter()
                .any(|t| matches!(t.kind, TokenKind::Score(..)));
            if went && !has_score {
                let start = s
                    .find_in(
                        k.saturating_sub(6),
                        k,
                        &[
                            "take", "took", "taking", "went", "go", "sent", "send", "forced",
                            "force",
                        ],
                    )
                    .unwrap_or(k - 1);
                let ft = m.full_time.map(|x| x.to_string()).unwrap_or_default();
                // Where no source flags extra time, a goal after the 90th
                // minute or a shoot-out after a draw shows it.
                let extra = m.extra_time
                    || m.shootout.is_some()
                    || s.store
                        .goals_of(m)
                        .iter()
                        .any(|g| g.minute.is_some_and(|x| x > 90));
                out.push(
                    Finding::new(
                        "score_state",
                        ClaimKind::Score,
                        s.span_of(start, k + 1),
                        "the match went to extra time",
                    )
                    .judged(
                        extra,
                        if extra {
                            format!("extra time after {ft}")
                        } else {
                            "no extra time".into()
                        },
                        format!("extra time in {}", desc()),
                    )
                    .with_evidence([m.id]),
                );
            }
        }
    }
}

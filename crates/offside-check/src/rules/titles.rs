//! Titles and records: "defending champions France", "four-time champion
//! Germany", "won its third World Cup", "their record 16th Copa America
//! title", "the 1966 World Cup champions", "a 34-game unbeaten run", "won six
//! of its seven World Cup shootouts", "its seventh straight World Cup", "the
//! record World Cup scorer".

use super::*;
use crate::context::holder_at;
use crate::mentions::MentionKind;
use offside_data::{CompetitionId, Date, EditionId, Outcome, PlayerId, Stage, Store};
use offside_text::TokenKind;
use rustc_hash::FxHashMap;

pub struct Titles;

/// Continental championships, for "continental title" and "major titles".
/// The continental championships, one per confederation (and CONCACAF's
/// earlier one): the finals tournaments beside the World Cup.
pub(crate) const CONTINENTAL: &[&str] = &[
    "UEFA Euro",
    "Copa América",
    "African Cup of Nations",
    "AFC Asian Cup",
    "Gold Cup",
    "CONCACAF Championship",
    "Oceania Nations Cup",
];

/// Editions of `comp` won by `team` whose final was played by `by`.
fn titles(
    store: &Store,
    team: TeamId,
    comp: CompetitionId,
    by: Option<Date>,
) -> Vec<(u16, EditionId)> {
    store
        .editions_of(comp)
        .filter(|e| by.is_none_or(|d| e.end <= d))
        .filter(|e| store.champion(e.id) == Some(team))
        .map(|e| (e.year, e.id))
        .collect()
}

fn title_counts(store: &Store, comp: CompetitionId, by: Option<Date>) -> FxHashMap<TeamId, u32> {
    let mut out = FxHashMap::default();
    for e in store
        .editions_of(comp)
        .filter(|e| by.is_none_or(|d| e.end <= d))
    {
        if let Some(t) = store.champion(e.id) {
            *out.entry(t).or_default() += 1;
        }
    }
    out
}

/// The continental championship a team plays in: the one it has played most.
fn continental(store: &Store, team: TeamId) -> Option<CompetitionId> {
    let mut best: Option<(usize, CompetitionId)> = None;
    for name in CONTINENTAL {
        let offside_data::Lookup::Found(c) = store.lookup_competition(name) else {
            continue;
        };
        let n = store
            .team_matches(team)
            .filter(|m| m.competition == c)
            .count();
        if n > 0 && best.is_none_or(|(b, _)| n > b) {
            best = Some((n, c));
        }
    }
    best.map(|b| b.1)
}

fn years_list(list: &[(u16, EditionId)]) -> String {
    if list.is_empty() {
        return "none".into();
    }
    list.iter()
        .map(|(y, _)| y.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The competition a title phrase names: the nearest competition mention, the
/// team's continental championship for "continental", else the one in view.
fn comp_near(s: &SentenceCtx, i: usize, team: Option<TeamId>) -> Option<CompetitionId> {
    let near = s
        .mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::Competition(c) => Some((m.start, c)),
            _ => None,
        })
        .filter(|(k, _)| k.abs_diff(i) <= 6)
        .min_by_key(|(k, _)| k.abs_diff(i))
        .map(|(_, c)| c);
    if near.is_some() {
        return near;
    }
    if s.near(i, 3, &["continental", "european", "regional"])
        .is_some()
    {
        return team.and_then(|t| continental(s.store, t));
    }
    s.edition.map(|e| s.store.edition(e).competition)
}

impl Rule for Titles {
    fn name(&self) -> &'static str {
        "titles"
    }
    fn description(&self) -> &'static str {
        "titles won and held, title counts, unbeaten runs, shoot-out records, consecutive appearances, record scorers"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        holders(s, out);
        nth_title(s, out);
        n_time(s, out);
        won_editions(s, out);
        unbeaten(s, out);
        shootout_record(s, out);
        straight(s, out);
        record_scorer(s, out);
        matched_titles(s, out);
        margins(s, out);
        home_defeat(s, out);
        drought(s, out);
        first_in_final(s, out);
        tournament_high(s, out);
        won_n_times(s, out);
    }
}

/// The date titles are counted at: the current edition's start for "holders"
/// and "N-time champion" (what the team had before), the article's date otherwise.
/// When the edition in view began: a team "seeking a fourth title" had
/// three then. The article's own match's edition comes first (a final's
/// report may recall "their 1964 success" in the same sentence).
fn edition_start(s: &SentenceCtx) -> Option<Date> {
    s.doc
        .main_match
        .and_then(|m| s.store.match_(m).edition)
        .or(s.edition)
        .map(|e| s.store.edition(e).start)
        .or(s.doc.as_of)
}

/// "defending champions France", "France, the holders", "as defending champion in 2018".
fn holders(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    for m in s.mentions.iter().filter(|m| m.kind == MentionKind::Holders) {
        let named_after = s
            .mentions
            .iter()
            .find(|n| n.start == m.end && n.team().is_some())
            .and_then(|n| n.team());
        let as_holder = s.word(m.start.wrapping_sub(1)) == "as";
        let year = (m.end..(m.end + 3).min(s.tokens.len()))
            .find_map(|k| s.tokens[k].number().filter(|n| (1900..2100).contains(n)));
        let team = named_after.or(if as_holder {
            s.team_before(m.start).or_else(|| s.fallback_subject())
        } else {
            None
        });
        let Some(team) = team else { continue };
        let Some(e) = s.edition else { continue };
        // "reigning world champions West Germany" are the World Cup's,
        // whatever other competition the sentence names.
        let world = (m.start.saturating_sub(1)..m.end).any(|k| s.word(k) == "world");
        let comp = match (world, store.lookup_competition("FIFA World Cup")) {
            (true, offside_data::Lookup::Found(wc)) => wc,
            _ => store.edition(e).competition,
        };
        // With another competition in view, which World Cup the holders
        // came to is not told: no claim.
        if comp != store.edition(e).competition {
            continue;
        }
        let at = match year {
            Some(y) => store
                .editions_of(comp)
                .find(|x| x.year as u32 == y)
                .map(|x| x.start),
            None => Some(store.edition(e).start),
        };
        let Some(at) = at else { continue };
        let holder = holder_at(store, comp, at);
        let tn = store.team_name(team);
        let ok = holder.is_some_and(|(h, _)| h == team);
        let actual = holder
            .map(|(h, he)| format!("{} won {}", store.team_name(h), store.edition_name(he)))
            .unwrap_or_else(|| "no earlier edition".into());
        let end = if named_after.is_some() {
            s.mentions
                .iter()
                .find(|n| n.start == m.end)
                .map(|n| n.end - 1)
                .unwrap_or(m.end - 1)
        } else {
            m.end - 1
        };
        let evidence = holder.and_then(|(_, he)| store.edition(he).matches.last().copied());
        let f = Finding::new(
            "titles",
            ClaimKind::Record,
            s.span_of(m.start, end.max(m.end - 1)),
            format!("{tn} were the holders"),
        );
        // The edition came from the context, not the sentence: a team that
        // held the title at some edition may be meant at that one.
        let stated = year.is_some() || !s.editions.is_empty();
        let ever_held = store
            .editions_of(comp)
            .any(|x| holder_at(store, comp, x.start).is_some_and(|(h, _)| h == team));
        out.push(
            if !ok && !stated && ever_held {
                f.unverifiable(format!(
                    "{actual} before {}, the edition in view; the sentence names no edition, and {tn} held the title at others",
                    store.edition_name(e)
                ))
            } else {
                f.judged(ok, actual, format!("champion of the edition before, as of {at}"))
            }
            .with_evidence(evidence),
        );
    }
}

/// "won its third World Cup", "their record 16th Copa America title", "the
/// hope of winning a fourth AFCON", "their second continental trophy after 1968".
fn nth_title(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    let n = s.tokens.len();
    for i in 0..n {
        let TokenKind::Ordinal(nth) = s.tokens[i].kind else {
            continue;
        };
        if !(2..=30).contains(&nth) {
            continue;
        }
        // A title word within a few tokens: "third World Cup", "16th Copa America title".
        let title_word = (i + 1..(i + 5).min(n)).find(|k| {
            matches!(
                s.word(*k),
                "title" | "titles" | "crown" | "trophy" | "star" | "championship"
            ) || s.mention_at(*k).is_some_and(|m| {
                matches!(m.kind, MentionKind::Competition(_))
                    && !matches!(
                        s.word(m.end),
                        "goal" | "match" | "game" | "appearance" | "final" | "finals" | "semi"
                    )
            })
        });
        let Some(tw) = title_word else { continue };
        // "Germany's second largest win in World Cup history": a rank, not
        // a title count.
        if (i + 1..tw).any(|k| {
            matches!(
                s.word(k),
                "largest"
                    | "biggest"
                    | "highest"
                    | "heaviest"
                    | "best"
                    | "worst"
                    | "most"
                    | "win"
                    | "victory"
                    | "defeat"
            )
        }) {
            continue;
        }
        // "his fifth World Cup" counts a player's appearances; a bare
        // competition after an ordinal is a title only beside a winning verb.
        if matches!(s.word(i.wrapping_sub(1)), "his" | "her") {
            continue;
        }
        let bare = s
            .mention_at(tw)
            .is_some_and(|m| !matches!(s.word(m.end), "title" | "titles" | "crown" | "trophy"));
        if bare
            && !(i.saturating_sub(6)..i).any(|k| {
                let w = s.word(k);
                w.starts_with("win")
                    || w.starts_with("won")
                    || w.starts_with("lift")
                    || w.starts_with("claim")
                    || w.starts_with("clinch")
                    || w.starts_with("secur")
                    || w.starts_with("captur")
                    || w.starts_with("triumph")
                    || matches!(
                        w,
                        "hope"
                            | "hopes"
                            | "bid"
                            | "quest"
                            | "chasing"
                            | "chase"
                            | "seeking"
                            | "pursuit"
                    )
            })
        {
            continue;
        }
        if (i + 1..tw).any(|k| {
            matches!(
                s.word(k),
                "straight"
                    | "consecutive"
                    | "successive"
                    | "goal"
                    | "match"
                    | "game"
                    | "appearance"
                    | "time"
            )
        }) {
            continue;
        }
        let tw_end = s.mention_at(tw).map(|m| m.end - 1).unwrap_or(tw);
        let tw_end = if matches!(s.word(tw_end + 1), "title" | "crown" | "trophy") {
            tw_end + 1
        } else {
            tw_end
        };
        // "Brazil defeated Germany, 2-0, for its fifth world championship":
        // "its" is the clause's subject, not the team named last.
        let pronoun = matches!(s.word_back(i, 1), "its" | "their");
        // "Germany, tied with Spain, is bidding for a record fourth title":
        // a team opening the sentence is its subject, whatever it names
        // after.
        // "ended Nigeria's hope of a fourth title": the hope's owner.
        let hope_owner = (i.saturating_sub(6)..i)
            .filter(|&k| matches!(s.word(k), "hope" | "hopes" | "bid" | "quest" | "dream"))
            .find_map(|k| {
                let p = k.checked_sub(1)?;
                (s.tokens[p].kind == TokenKind::Possessive)
                    .then(|| {
                        s.teams
                            .iter()
                            .find(|(x, _)| s.mention_at(*x).is_some_and(|m| m.end == p))
                            .map(|(_, t)| *t)
                    })
                    .flatten()
            });
        let team = if pronoun {
            s.subject_before(i).or_else(|| s.team_before(i))
        } else {
            hope_owner
                .or_else(|| s.named_subject(0, i))
                .or_else(|| s.team_before(i))
        }
        .or_else(|| s.fallback_subject());
        let Some(team) = team else { continue };
        let Some(comp) = comp_near(s, tw, Some(team)) else {
            continue;
        };
        let hope = s
            .find_in(
                i.saturating_sub(5),
                i,
                &[
                    "hope", "hopes", "bid", "seeking", "chasing", "chase", "quest", "pursuit",
                    "shot", "aiming", "bidding",
                ],
            )
            .is_some();
        let by = if hope { edition_start(s) } else { s.doc.as_of };
        let list = titles(store, team, comp, by);
        let want = if hope { nth - 1 } else { nth };
        let mut ok = list.len() as u32 == want;
        let record = s.word(i.wrapping_sub(1)) == "record";
        let counts = title_counts(store, comp, by);
        if record {
            // "bidding for a record fourth title": nobody has more than the
            // three it holds, so a fourth would be the most (a tie now).
            ok &= counts.iter().all(|(t, c)| {
                *t == team
                    || if hope {
                        *c <= list.len() as u32
                    } else {
                        *c < list.len() as u32
                    }
            });
        }
        // "after 1968": the title before this one.
        let after = (tw_end + 1..(tw_end + 4).min(n)).find_map(|k| {
            (s.word_back(k, 1) == "after" || s.word_back(k, 1) == "since")
                .then(|| s.tokens[k].number().filter(|y| (1900..2100).contains(y)))
                .flatten()
        });
        // "after 1992 and 2015": every title before this one, oldest first.
        let mut after_years: Vec<(usize, u32)> = Vec::new();
        if let Some(y) = after {
            let mut k = (tw_end + 1..(tw_end + 4).min(n))
                .find(|k| s.tokens[*k].number() == Some(y))
                .unwrap_or(tw_end + 1);
            after_years.push((k, y));
            while matches!(s.word(k + 1), "and" | ",") {
                match s.tokens.get(k + 2).and_then(|t| t.number()) {
                    Some(y) if (1900..2100).contains(&y) => {
                        k += 2;
                        after_years.push((k, y));
                    }
                    _ => break,
                }
            }
            let before: Vec<u32> = list
                .iter()
                .take(if hope {
                    list.len()
                } else {
                    list.len().saturating_sub(1)
                })
                .map(|(py, _)| *py as u32)
                .collect();
            let said: Vec<u32> = after_years.iter().map(|(_, y)| *y).collect();
            ok &= before.ends_with(&said) && !said.is_empty();
        }
        let tn = store.team_name(team);
        let cname = store.competition(comp).name.to_string();
        let start = if record { i - 1 } else { i };
        let end = match after_years.last() {
            Some((k, _)) => (*k).min(n - 1),
            None => tw_end,
        };
        let best = counts
            .iter()
            .max_by_key(|(_, c)| **c)
            .map(|(t, c)| format!("; most: {} {c}", store.team_name(*t)))
            .unwrap_or_default();
        let claimed = if hope {
            format!("{tn} had won {want} {cname} titles")
        } else {
            format!(
                "{tn}'s {nth} {cname} title{}",
                if record { " (a record)" } else { "" }
            )
        };
        let mut f = Finding::new(
            "titles",
            ClaimKind::Record,
            s.span_of(start.max(i.saturating_sub(3)).min(start), end),
            claimed,
        );
        f.reframed = hope;
        out.push(
            f.judged(
                ok,
                format!("{} ({})", list.len(), years_list(&list)),
                format!(
                    "{cname} titles of {tn}{}{best}",
                    by.map(|d| format!(" up to {d}")).unwrap_or_default()
                ),
            )
            .with_evidence(
                list.iter()
                    .filter_map(|(_, e)| store.edition(*e).matches.last().copied()),
            ),
        );
    }
    // "their one and only World Cup", "their only title".
    if let Some(k) = s
        .has_phrase(&["one", "and", "only"])
        .map(|k| k + 2)
        .or_else(|| {
            s.find(&["only"])
                .filter(|k| matches!(s.word_back(*k, 1), "their" | "its" | "his"))
        })
    {
        let tw = (k + 1..(k + 4).min(n)).find(|x| {
            matches!(s.word(*x), "title" | "crown" | "trophy")
                || s.mention_at(*x)
                    .is_some_and(|m| matches!(m.kind, MentionKind::Competition(_)))
        });
        if let Some(tw) = tw {
            if let Some(team) = s.team_before(k).or_else(|| s.fallback_subject()) {
                if let Some(comp) = comp_near(s, tw, Some(team)) {
                    let list = titles(store, team, comp, s.doc.as_of);
                    let tn = store.team_name(team);
                    let start = s
                        .find_in(k.saturating_sub(6), k, &["won", "winning", "win"])
                        .unwrap_or(k.saturating_sub(2));
                    let end = s.mention_at(tw).map(|m| m.end - 1).unwrap_or(tw);
                    out.push(
                        Finding::new(
                            "titles",
                            ClaimKind::Record,
                            s.span_of(start, end),
                            format!("{tn} have won the {} once", store.competition(comp).name),
                        )
                        .judged(
                            list.len() == 1,
                            format!("{} ({})", list.len(), years_list(&list)),
                            format!("{} titles of {tn}", store.competition(comp).name),
                        )
                        .with_evidence(
                            list.iter()
                                .filter_map(|(_, e)| store.edition(*e).matches.last().copied()),
                        ),
                    );
                }
            }
        }
    }
}

/// "four-time champion Germany", "the three-time winners".
fn n_time(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&["time"]) {
        return;
    }
    for i in 0..s.tokens.len() {
        let Some(nn) = s.tokens[i].number() else {
            continue;
        };
        if s.word(i + 1) != "time"
            || !matches!(
                s.word(i + 2),
                "champion" | "champions" | "winners" | "winner" | "world"
            )
        {
            continue;
        }
        // "five-time world player of the year": an award, not a title.
        let world = s.word(i + 2) == "world";
        if world
            && !matches!(
                s.word(i + 3),
                "champion" | "champions" | "cup" | "winners" | "winner"
            )
        {
            continue;
        }
        let end = if world { i + 3 } else { i + 2 };
        // The team: named right after, else the team of the scorer the sentence names, else the one in view.
        let named = s
            .mentions
            .iter()
            .find(|m| m.start == end + 1 && m.team().is_some())
            .and_then(|m| m.team());
        let scorer_team = || {
            let m = s.match_()?;
            let (_, p) = s.players.first()?;
            store
                .goals_of(m)
                .iter()
                .find(|g| g.player == *p && !g.own_goal)
                .map(|g| g.team)
        };
        // "Méndez ... also a three-time winner": a player's count, which
        // the team's titles are not.
        // "the three-time winners" stays a team's.
        let player_subject = named.is_none()
            && matches!(s.word_back(i, 1), "a" | "an")
            && matches!(s.word(end.min(i + 2)), "winner" | "champion")
            && s.players
                .iter()
                .any(|(mi, _)| *mi != usize::MAX && s.mentions[*mi].start < i);
        if player_subject {
            continue;
        }
        // "its 23rd clash with the five-time winners": an epithet after a
        // preposition names the other side, which the focus team is not.
        let object = named.is_none()
            && matches!(s.word_back(i, 1), "the")
            && matches!(
                s.word_back(i, 2),
                "with" | "against" | "face" | "faces" | "meet" | "meets" | "beat" | "to" | "over"
            );
        if object {
            continue;
        }
        let Some(team) = named.or_else(scorer_team).or(s.doc.focus) else {
            continue;
        };
        // "two-time world champions" are World Cup winners, whatever the
        // competition in view.
        let world_cup = match store.lookup_competition("FIFA World Cup") {
            offside_data::Lookup::Found(c) if world => Some(c),
            _ => None,
        };
        let Some(comp) = world_cup
            .or_else(|| comp_near(s, i, Some(team)))
            .or_else(|| s.edition.map(|e| store.edition(e).competition))
        else {
            continue;
        };
        let list = titles(
            store,
            team,
            comp,
            edition_start(s).and_then(|d| d.checked_sub(jiff::ToSpan::days(1)).ok()),
        );
        let tn = store.team_name(team);
        let stop = if named.is_some() {
            s.mentions
                .iter()
                .find(|m| m.start == end + 1)
                .map(|m| m.end - 1)
                .unwrap_or(end)
        } else {
            end
        };
        out.push(
            Finding::new(
                "titles",
                ClaimKind::Record,
                s.span_of(i, stop),
                format!(
                    "{tn} had won the {} {nn} times",
                    store.competition(comp).name
                ),
            )
            .judged(
                list.len() as u32 == nn,
                format!("{} ({})", list.len(), years_list(&list)),
                format!(
                    "{} titles of {tn} before this edition",
                    store.competition(comp).name
                ),
            )
            .with_evidence(
                list.iter()
                    .filter_map(|(_, e)| store.edition(*e).matches.last().copied()),
            ),
        );
    }
}

/// "won the 2008 and 2012 European Championships", "the 1966 World Cup
/// champions", "after winning the 1980, 1990 and 2013 editions", "when France
/// won the World Cup" (with a year in the sentence).
fn won_editions(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&[
        "won",
        "winning",
        "win",
        "wins",
        "lifted",
        "lifting",
        "champions",
        "champion",
        "winners",
    ]) {
        return;
    }
    let n = s.tokens.len();
    for k in 0..n {
        let w = s.word(k);
        // "wins" after a number is a count of matches ("three wins, a draw").
        let verb = matches!(w, "won" | "winning" | "win" | "wins" | "lifted" | "lifting")
            && !(w == "wins"
                && s.tokens
                    .get(k.wrapping_sub(1))
                    .is_some_and(|t| t.number().is_some()))
            // "the greatest winning margin", "a winning goal": an adjective.
            && !(w == "winning"
                && s.tokens.get(k + 1).is_some_and(|t| {
                    t.number().is_none()
                        && !matches!(
                            t.norm.as_str(),
                            "the" | "a" | "an" | "its" | "their" | "his" | "both" | "back" | "it"
                        )
                        && s.mention_at(k + 1).is_none()
                }));
        let noun = matches!(w, "champions" | "champion" | "winners");
        if !verb && !noun {
            continue;
        }
        // Years and the competition: after a verb ("won the 2008 and 2012 European
        // Championships"), before a noun ("the 1966 World Cup champions").
        let (lo, hi) = if verb {
            (k + 1, (k + 12).min(n))
        } else {
            (k.saturating_sub(6), k)
        };
        let mut years: Vec<(usize, u32)> = Vec::new();
        let mut comp: Option<(usize, CompetitionId)> = None;
        let mut editions_word = None;
        for x in lo..hi {
            if verb
                && x > k + 1
                && matches!(s.word(x), "." | ";" | "but" | "while" | "which" | "who")
            {
                break;
            }
            if let Some(y) = s.tokens[x].number().filter(|y| (1900..2100).contains(y)) {
                years.push((x, y));
            }
            if let Some(MentionKind::Competition(c)) = s.mention_at(x).map(|m| m.kind.clone()) {
                if comp.is_none() {
                    comp = Some((x, c));
                }
            }
            if matches!(s.word(x), "editions" | "edition" | "titles" | "tournaments") {
                editions_word = Some(x);
            }
        }
        if comp.is_none() && editions_word.is_none() {
            continue;
        }
        // "won back-to-back World Cup games": the competition describes
        // what was won, matches, not the trophy.
        if let Some((x, _)) = comp {
            let after = s.mention_at(x).map_or(x + 1, |m| m.end);
            if matches!(
                s.word(after),
                "games"
                    | "game"
                    | "matches"
                    | "match"
                    | "ties"
                    | "fixtures"
                    | "qualifiers"
                    | "qualifier"
                    | "meetings"
                    | "encounters"
                    | "outings"
                    | "appearances"
                    | "goals"
                    | "debut"
                    | "semifinal"
                    | "semifinals"
                    | "semi"
                    | "quarterfinal"
                    | "quarterfinals"
                    | "quarter"
                    | "group"
                    | "round"
                    | "opener"
            ) {
                continue;
            }
        }
        // The competition must be what was won: "won the 2022 World Cup", not
        // "won 2-0 against Senegal ... at the 2022 World Cup".
        if verb {
            let object_end = comp.map(|c| c.0).or(editions_word).unwrap_or(k);
            // A match in between ("won 2-0 against Senegal at ...") means the
            // verb is about that match.
            let match_between = (k + 1..object_end).any(|x| {
                matches!(s.tokens[x].kind, TokenKind::Score(..))
                    || matches!(s.word(x), "against" | "over" | "versus" | "v" | "vs")
                    || s.mention_at(x).is_some_and(|m| m.team().is_some())
            });
            if match_between {
                continue;
            }
        }
        if verb
            && comp.is_some_and(|(x, _)| {
                s.word_back(x, 1) != "the"
                    && !years.iter().any(|(yx, _)| *yx + 1 == x)
                    && s.word_back(x, 1) != "and"
            })
        {
            // "won its third World Cup" is a count, handled by nth_title.
            let ordinal_before = comp.is_some_and(|(x, _)| {
                (x.saturating_sub(2)..x).any(|o| matches!(s.tokens[o].kind, TokenKind::Ordinal(_)))
            });
            if years.is_empty() || ordinal_before {
                continue;
            }
        }
        if years.is_empty() {
            // "when France won the World Cup", "in 2018": a year elsewhere in the sentence.
            if let Some((x, y)) = s.tokens.iter().enumerate().find_map(|(x, t)| {
                t.number()
                    .filter(|y| (1900..2100).contains(y))
                    .map(|y| (x, y))
            }) {
                if verb && comp.is_some() {
                    years.push((x, y));
                }
            }
        }
        if years.is_empty() {
            continue;
        }
        // "After winning the 1980, 1990 and 2013 editions, Nigeria ...": a
        // sentence-initial participle takes the subject that follows.
        // A title is said of a team the sentence names: with none, the ("shares the record with the 1970
        // and 1998 tournaments").
        // years may belong to anything ("shares the record with the 1970
        // and 1998 tournaments"). The team in view is tried, but only to
        // confirm ("the 1966 World Cup champions" of England).
        // "after 2008 winners Egypt": the team right after the noun is the
        // one it describes.
        let right_after = s.teams.iter().find(|(x, _)| *x == k + 1).map(|(_, t)| *t);
        let named = if verb {
            s.subject_before(k).or_else(|| s.team_after(k))
        } else {
            right_after.or_else(|| s.team_before(lo))
        };
        let borrowed = named.is_none();
        let Some(team) = named.or_else(|| s.fallback_subject()) else {
            continue;
        };
        let comp = comp
            .map(|c| c.1)
            .or_else(|| s.edition.map(|e| store.edition(e).competition));
        let Some(comp) = comp else { continue };
        let tn = store.team_name(team);
        let several = years.len() > 1;
        for (x, y) in &years {
            let Some(e) = store.editions_of(comp).find(|e| e.year as u32 == *y) else {
                continue;
            };
            if s.doc.as_of.is_some_and(|d| e.end > d) {
                continue;
            }
            let champ = store.champion(e.id);
            let ok = champ == Some(team);
            let span = if several {
                let end = if editions_word == Some(x + 1) {
                    x + 1
                } else {
                    *x
                };
                if *x == years[0].0 {
                    s.span_of(k.min(*x), end)
                } else {
                    s.span_of(*x, end)
                }
            } else if noun {
                s.span_of((*x).min(k).saturating_sub(1), k)
            } else {
                let end = comp_end(s, k, hi);
                s.span_of(
                    s.teams
                        .iter()
                        .rev()
                        .find(|(t, _)| *t < k && k - t <= 3)
                        .map(|(t, _)| *t)
                        .unwrap_or(k),
                    end,
                )
            };
            let actual = champ
                .map(|c| format!("{} won {}", store.team_name(c), store.edition_name(e.id)))
                .unwrap_or_else(|| "no champion in the data".into());
            let f = Finding::new(
                "titles",
                ClaimKind::Record,
                span,
                format!("{tn} won {}", store.edition_name(e.id)),
            );
            let f = if champ.is_none() {
                f.unverifiable(format!(
                    "the data does not tell who won {}",
                    store.edition_name(e.id)
                ))
            } else if borrowed && !ok {
                f.unverifiable(format!(
                    "the sentence names no team, and {tn}, the team in view, did not win {}",
                    store.edition_name(e.id)
                ))
            } else {
                f.judged(
                    ok,
                    actual,
                    format!("winner of {}", store.edition_name(e.id)),
                )
            };
            out.push(f.with_evidence(e.matches.last().copied()));
        }
    }
}

fn comp_end(s: &SentenceCtx, from: usize, to: usize) -> usize {
    (from..to)
        .filter_map(|x| {
            s.mention_at(x)
                .filter(|m| matches!(m.kind, MentionKind::Competition(_)))
                .map(|m| m.end - 1)
        })
        .next()
        .unwrap_or(from)
}

/// "a 34-game unbeaten run", "stopped Colombia's 28-game unbeaten streak".
fn unbeaten(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&["unbeaten"]) {
        return;
    }
    for i in 0..s.tokens.len() {
        let Some(nn) = s.tokens[i].number() else {
            continue;
        };
        // "a 34-game unbeaten run", or "their unbeaten run to 34 games".
        let before_form = matches!(s.word(i + 1), "game" | "match" | "games" | "matches")
            && s.word(i + 2) == "unbeaten"
            && matches!(s.word(i + 3), "run" | "streak" | "record" | "sequence");
        let after_form = matches!(s.word(i + 1), "games" | "matches")
            && matches!(s.word_back(i, 1), "to" | "of")
            && matches!(s.word_back(i, 2), "run" | "streak" | "sequence")
            && s.word_back(i, 3) == "unbeaten";
        // "unbeaten after nine matches", "unbeaten in 12 games": no defeat in
        // that many, read charitably (the last N in all competitions, the
        // last N competitive ones, or the qualifying campaign so far).
        let in_form = matches!(s.word(i + 1), "games" | "matches" | "outings")
            && matches!(s.word_back(i, 1), "in" | "after" | "across" | "through")
            && s.word_back(i, 2) == "unbeaten";
        if in_form {
            unbeaten_in(s, i, nn, out);
            continue;
        }
        if !before_form && !after_form {
            continue;
        }
        // "their first-fixture unbeaten streak", "a home unbeaten run": a run
        // over some matches only, which this count over all of them is not.
        let at = if before_form { i + 2 } else { i - 3 };
        let qualified = matches!(
            s.word_back(at, 1),
            "home"
                | "away"
                | "competitive"
                | "tournament"
                | "opening"
                | "fixture"
                | "first"
                | "group"
                | "qualifying"
                | "cup"
                | "league"
                | "knockout"
                | "finals"
                | "friendly"
                | "game"
                | "match"
        ) && !(before_form && s.word_back(at, 1) == s.word(i + 1));
        if qualified {
            continue;
        }
        let Some(m) = s.match_() else { continue };
        let ended = s
            .find_in(
                i.saturating_sub(5),
                i,
                &[
                    "stopped", "stops", "stop", "ended", "ends", "end", "snapped", "snaps",
                    "halted", "halts", "broke", "breaks", "break",
                    // "entered the match on a 35-match unbeaten streak".
                    "entered", "entering", "into", "before", "brought", "carried",
                ],
            )
            .is_some();
        // The run is its clause's subject's ("Italy ... improved its
        // unbeaten streak to 16"), not the team named last.
        // "ended Colombia's 28-game unbeaten streak": the possessive owns it.
        let owner = s
            .teams
            .iter()
            .find(|(k, _)| {
                let end = s.mention_at(*k).map_or(k + 1, |x| x.end);
                end + 1 == i
                    && s.tokens
                        .get(end)
                        .is_some_and(|t| t.kind == TokenKind::Possessive)
            })
            .map(|(_, t)| *t)
            // "a nine-game unbeaten streak by the Americans": "by" names
            // whose it was.
            .or_else(|| {
                let noun = if before_form { i + 3 } else { i + 1 };
                let by = (noun + 1..(noun + 3).min(s.tokens.len()))
                    .find(|&k| matches!(s.word(k), "by" | "of") && s.word_back(k, 1) != "one")?;
                s.teams
                    .iter()
                    .find(|(k, _)| *k > by && *k <= by + 2 && !s.is_pronoun(*k))
                    .map(|(_, t)| *t)
            });
        let team = owner
            .or_else(|| s.subject_before(i).filter(|t| m.involves(*t)))
            .or_else(|| s.team_before(i))
            .or_else(|| s.fallback_subject())
            .filter(|t| m.involves(*t));
        let Some(team) = team else { continue };
        // Matches without defeat, counting back from the match (or from just
        // before it when the match ended the run).
        let mut count = 0u32;
        let mut first = None;
        for x in store.team_matches(team).rev().filter(|x| {
            if ended {
                x.date < m.date
            } else {
                x.date <= m.date
            }
        }) {
            if x.result_for(team) == Outcome::Loss {
                break;
            }
            count += 1;
            first = Some(x.date);
        }
        let tn = store.team_name(team);
        out.push(
            Finding::new(
                "titles",
                ClaimKind::Record,
                if before_form {
                    s.span_of(i, i + 3)
                } else {
                    s.span_of(i.saturating_sub(3), i + 1)
                },
                format!("{tn} unbeaten in {nn} matches"),
            )
            .judged(
                count == nn,
                count.to_string(),
                format!(
                    "{tn}'s matches without defeat{} up to {}{}",
                    if ended { " before" } else { "" },
                    m.date,
                    first.map(|d| format!(", since {d}")).unwrap_or_default()
                ),
            )
            .with_evidence([m.id]),
        );
    }
}

/// "unbeaten after nine matches": true if any reading of the N matches has
/// no defeat in it.
fn unbeaten_in(s: &SentenceCtx, i: usize, n: u32, out: &mut Vec<Finding>) {
    let store = s.store;
    // Counted up to the article's match (a fixture named in the same
    // sentence is still to come).
    let Some(m) = s
        .doc
        .main_match
        .map(|x| store.match_(x))
        .or_else(|| s.match_())
        .filter(|m| s.doc.as_of.is_none_or(|d| m.date <= d))
    else {
        return;
    };
    // "left O'Neill's men unbeaten": the article's team.
    let Some(team) = [s.subject_before(i), s.fallback_subject(), s.doc.focus]
        .into_iter()
        .flatten()
        .find(|t| m.involves(*t))
    else {
        return;
    };
    if n == 0 || n > 60 {
        return;
    }
    let upto: Vec<&offside_data::Match> = store
        .team_matches(team)
        .rev()
        .filter(|x| x.date <= m.date)
        .collect();
    let no_loss = |ms: &[&offside_data::Match]| {
        ms.len() >= n as usize
            && ms[..n as usize]
                .iter()
                .all(|x| x.result_for(team) != Outcome::Loss)
    };
    let competitive: Vec<&offside_data::Match> = upto
        .iter()
        .copied()
        .filter(|x| &*store.competition(x.competition).name != "Friendly")
        .collect();
    let campaign_ok = offside_query::finals_of(store, m.competition)
        .and_then(|f| offside_query::qualifying_campaign(store, team, f, s.as_of()))
        .is_some_and(|c| {
            c.matches.len() as u32 >= n
                && c.matches[..n as usize]
                    .iter()
                    .all(|id| store.match_(*id).result_for(team) != Outcome::Loss)
        });
    // "England were unbeaten in 10 games" in the story of the match that
    // ended the run: the ten before it.
    let before: Vec<&offside_data::Match> =
        upto.iter().copied().filter(|x| x.date < m.date).collect();
    let ok = no_loss(&upto) || no_loss(&competitive) || no_loss(&before) || campaign_ok;
    let last_loss = upto
        .iter()
        .position(|x| x.result_for(team) == Outcome::Loss)
        .map(|k| upto[k]);
    let tn = store.team_name(team);
    out.push(
        Finding::new(
            "titles",
            ClaimKind::Record,
            s.span_of(i.saturating_sub(2), i + 1),
            format!("{tn} unbeaten in {n} matches"),
        )
        .judged(
            ok,
            match last_loss {
                Some(x) => format!("lost {}", store.describe_match(x)),
                None => "no defeat".to_string(),
            },
            format!(
                "{tn}'s last {n} matches up to {} (all, competitive, and the qualifying campaign)",
                m.date
            ),
        )
        .with_evidence([m.id]),
    );
}

/// "has now won six of its seven World Cup shootouts", "France has lost three of five".
fn shootout_record(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&["won", "lost"]) {
        return;
    }
    let n = s.tokens.len();
    for i in 0..n {
        let verb = s.word(i);
        if !matches!(verb, "won" | "lost") {
            continue;
        }
        let (Some(a), true) = (
            s.tokens.get(i + 1).and_then(|t| t.number()),
            s.word(i + 2) == "of",
        ) else {
            continue;
        };
        let mut k = i + 3;
        if matches!(s.word(k), "its" | "their" | "the") {
            k += 1;
        }
        let Some(b) = s.tokens.get(k).and_then(|t| t.number()) else {
            continue;
        };
        // The shoot-out noun may be in this clause or an earlier one ("... lost three of five").
        if !s.has(&["shootouts", "shootout"]) && s.find(&["shoot"]).is_none() {
            continue;
        }
        let Some(team) = s.team_before(i).or_else(|| s.fallback_subject()) else {
            continue;
        };
        let comp = comp_near(s, k, Some(team));
        let mut won = 0;
        let mut total = 0;
        let mut ids = Vec::new();
        for m in store.team_matches(team).filter(|m| {
            comp.is_none_or(|c| m.competition == c) && s.doc.as_of.is_none_or(|d| m.date <= d)
        }) {
            if let Some(so) = m.shootout {
                total += 1;
                if so.winner == team {
                    won += 1;
                }
                ids.push(m.id);
            }
        }
        let claimed_wins = if verb == "won" { a } else { b - a.min(b) };
        let ok = total == b && won == claimed_wins;
        let tn = store.team_name(team);
        let end = if s.mention_at(k + 1).is_some() {
            s.mention_at(k + 1).unwrap().end
        } else {
            k
        };
        let end = if s.word(end) == "shootouts" || s.word(end) == "shoot" {
            end + usize::from(s.word(end) == "shoot")
        } else {
            end.min(k)
        };
        let start = s
            .teams
            .iter()
            .rev()
            .find(|(x, _)| *x < i && i - x <= 3)
            .map(|(x, _)| *x)
            .unwrap_or(i);
        out.push(
            Finding::new(
                "titles",
                ClaimKind::Record,
                s.span_of(start, end.max(k)),
                format!("{tn} {verb} {a} of {b} shoot-outs"),
            )
            .judged(
                ok,
                format!("won {won} of {total}"),
                format!(
                    "{tn}'s shoot-outs{}",
                    comp.map(|c| format!(" at the {}", store.competition(c).name))
                        .unwrap_or_default()
                ),
            )
            .with_evidence(ids),
        );
    }
}

/// "its seventh straight World Cup", "a fifth consecutive Euros".
fn straight(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    for i in 0..s.tokens.len() {
        let TokenKind::Ordinal(nth) = s.tokens[i].kind else {
            continue;
        };
        let streak = matches!(s.word(i + 1), "straight" | "consecutive" | "successive");
        let at = if streak { i + 2 } else { i + 1 };
        let Some(cm) = s
            .mention_at(at)
            .filter(|m| matches!(m.kind, MentionKind::Competition(_)))
        else {
            continue;
        };
        // "their second successive World Cup final", "their first World Cup final":
        // finals played, in a row or in all.
        let what = match s.word(cm.end) {
            "final" | "finals" => Some("final"),
            "title" | "titles" | "crown" | "trophy" => Some("title"),
            _ => None,
        };
        if !streak && what != Some("final") {
            continue;
        }
        let MentionKind::Competition(comp) = cm.kind else {
            continue;
        };
        // The subject within this clause: "A did this, while [B] is appearing
        // in its seventh straight World Cup" must not fall back on A.
        let clause = (0..i)
            .rev()
            .find(|k| matches!(s.word(*k), "while" | "whereas" | "but" | ";"))
            .map(|k| k + 1)
            .unwrap_or(0);
        let Some(team) = s
            .teams
            .iter()
            .find(|(k, _)| *k >= clause && *k < i)
            .map(|(_, t)| *t)
            .or(if clause == 0 {
                s.fallback_subject()
            } else {
                None
            })
        else {
            continue;
        };
        let Some(cur) = s
            .edition_near(i)
            .filter(|e| store.edition(*e).competition == comp)
        else {
            continue;
        };
        if let Some(what) = what {
            let in_final = |e: &offside_data::Edition| {
                e.matches
                    .iter()
                    .map(|m| store.match_(*m))
                    .any(|m| m.stage == Stage::Final && m.involves(team))
            };
            let won = |e: &offside_data::Edition| store.champion(e.id) == Some(team);
            let eds: Vec<_> = store
                .editions_of(comp)
                .filter(|e| e.start <= store.edition(cur).start)
                .collect();
            let fits =
                |e: &offside_data::Edition| if what == "final" { in_final(e) } else { won(e) };
            let count = if streak {
                eds.iter().rev().take_while(|e| fits(e)).count() as u32
            } else {
                eds.iter().filter(|e| fits(e)).count() as u32
            };
            let tn = store.team_name(team);
            let kind = if streak { "in a row" } else { "in all" };
            out.push(
                Finding::new(
                    "titles",
                    ClaimKind::Record,
                    s.span_of(i, cm.end),
                    format!("{tn}'s {what} no. {nth} ({kind})"),
                )
                .judged(
                    count == nth,
                    count.to_string(),
                    format!(
                        "{} {what}s of {tn} {kind}, up to {}",
                        store.competition(comp).name,
                        store.edition_name(cur)
                    ),
                )
                .with_evidence(None),
            );
            continue;
        }
        let eds: Vec<_> = store
            .editions_of(comp)
            .filter(|e| e.start <= store.edition(cur).start)
            .collect();
        let mut run = 0;
        for e in eds.iter().rev() {
            if e.matches.iter().any(|m| store.match_(*m).involves(team)) {
                run += 1;
            } else {
                break;
            }
        }
        let tn = store.team_name(team);
        out.push(
            Finding::new(
                "titles",
                ClaimKind::Record,
                s.span_of(i, cm.end - 1),
                format!(
                    "{tn} at a {nth}th straight {}",
                    store.competition(comp).name
                ),
            )
            .judged(
                run == nth,
                run.to_string(),
                format!(
                    "consecutive {} editions {tn} played in, up to {}",
                    store.competition(comp).name,
                    store.edition_name(cur)
                ),
            )
            .with_evidence(None),
        );
    }
}

/// "record World Cup scorer", "break the World Cup scoring record".
fn record_scorer(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    let Some(k) = s.find(&["record"]) else { return };
    let scorer_word = s.near(k, 3, &["scorer", "scoring", "goalscorer"]);
    let Some(sw) = scorer_word else { return };
    // "the scoring record of four goals in a game": a record for one
    // match, not the most goals overall.
    if (k..(k + 10).min(s.tokens.len())).any(|x| {
        matches!(s.word(x), "game" | "match") && matches!(s.word_back(x, 1), "a" | "one" | "single")
    }) {
        return;
    }
    // "Belgium record scorer Lukaku": the name right after the title is
    // its holder; else the player named nearest before it.
    let apposed = s
        .players
        .iter()
        .filter(|(mi, _)| *mi != usize::MAX)
        .find(|(mi, _)| (sw + 1..=sw + 2).contains(&s.mentions[*mi].start));
    let Some((_, p)) = apposed.or_else(|| {
        s.players
            .iter()
            .filter(|(mi, _)| *mi != usize::MAX)
            .min_by_key(|(mi, _)| (s.mentions[*mi].start > k, s.mentions[*mi].start.abs_diff(k)))
    }) else {
        return;
    };
    // "England's all-time record scorer": the record among one team's
    // players, named in the possessive before it.
    let owner = s
        .teams
        .iter()
        .filter(|(x, _)| *x < k && k - x <= 4)
        .find(|(x, _)| {
            let end = s.mention_at(*x).map_or(x + 1, |m| m.end);
            s.tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
                // "Belgium record scorer": the team as an attribute.
                || end == k
        })
        .map(|(_, t)| *t);
    // "his country's all-time scoring record": a national record over all
    // matches, like a team's named outright.
    let national = (k.saturating_sub(4)..k).any(|x| {
        matches!(
            s.word(x),
            "country" | "nation" | "national" | "countrys" | "nations"
        )
    });
    let owner = owner.or_else(|| {
        national
            .then(|| {
                s.players
                    .iter()
                    .find(|(mi, _)| *mi != usize::MAX)
                    .and_then(|(_, p)| store.player_goals(*p).find(|g| !g.own_goal))
                    .map(|g| g.team)
            })
            .flatten()
    });
    // The competition must be the record's own ("the Euros' record
    // scorer", "record World Cup scorer"), not the match's ("... in the Euro
    // 2016 qualifier").
    let comp = s
        .mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::Competition(c) => Some((m.start, c)),
            _ => None,
        })
        .find(|(x, _)| (k.saturating_sub(4)..=sw + 4).contains(x))
        .map(|(_, c)| c)
        .or_else(|| {
            owner
                .is_none()
                .then(|| comp_near(s, k, None))
                .flatten()
                .filter(|_| s.edition.is_some())
        });
    let Some(m) = s.match_() else { return };
    // Goals up to and including this match.
    let mut counts: FxHashMap<PlayerId, u32> = FxHashMap::default();
    // Within a competition, only its editions' matches need reading.
    let matches: Vec<&Match> = match comp {
        Some(c) => store
            .editions_of(c)
            .flat_map(|e| e.matches.iter().map(|id| store.match_(*id)))
            .collect(),
        None => store.matches.iter().collect(),
    };
    for gm in matches.into_iter().filter(|x| x.date <= m.date) {
        for g in store
            .goals_of(gm)
            .iter()
            .filter(|g| !g.own_goal && owner.is_none_or(|t| g.team == t))
        {
            *counts.entry(g.player).or_default() += 1;
        }
    }
    let mine = counts.get(p).copied().unwrap_or(0);
    let best_other = counts
        .iter()
        .filter(|(q, _)| *q != p)
        .map(|(q, c)| (*c, *q))
        .max();
    let ok = best_other.is_none_or(|(c, _)| mine > c);
    let name = store.player(*p).name.to_string();
    let cname = comp
        .map(|c| store.competition(c).name.to_string())
        .unwrap_or_else(|| "all".into());
    let start = s
        .players
        .iter()
        .filter(|(mi, q)| *mi != usize::MAX && q == p)
        .map(|(mi, _)| s.mentions[*mi].start)
        .next()
        .unwrap_or(k)
        .min(k);
    let end = apposed.map_or(k.max(sw), |(mi, _)| s.mentions[*mi].end - 1);
    let record = match (owner, comp) {
        (Some(t), Some(_)) => format!("{}'s record {cname} scorer", store.team_name(t)),
        (Some(t), None) => format!("{}'s record scorer", store.team_name(t)),
        (None, Some(_)) => format!("the record {cname} scorer"),
        (None, None) => "the record scorer in all internationals".to_string(),
    };
    let f = Finding::new(
        "titles",
        ClaimKind::Record,
        s.span_of(start, end),
        format!("{name} {record}"),
    );
    // Over all matches the scorers are not known (friendlies have none in
    // the data): a record there can be confirmed, never disproved.
    if comp.is_none() && !ok {
        out.push(
            f.unverifiable(format!(
                "the record runs over all matches, and the data lists no scorers for many (friendlies); {name} has {mine} in the data"
            ))
            .with_evidence([m.id]),
        );
        return;
    }
    out.push(
        f.judged(
            ok,
            format!(
                "{name} {mine}; next: {}",
                best_other
                    .map(|(c, q)| format!("{} {c}", store.player(q).name))
                    .unwrap_or_default()
            ),
            format!("{cname} goals up to {}", m.date),
        )
        .with_evidence([m.id]),
    );
    let _ = Stage::Final;
}

/// "Ivory Coast have matched Nigeria with three AFCON titles".
fn matched_titles(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&["titles", "crowns", "trophies"]) {
        return;
    }
    for i in 0..s.tokens.len() {
        let Some(nn) = s.tokens[i].number() else {
            continue;
        };
        let Some(cm) = s
            .mention_at(i + 1)
            .filter(|m| matches!(m.kind, MentionKind::Competition(_)))
        else {
            continue;
        };
        if !matches!(s.word(cm.end), "titles" | "crowns" | "trophies") {
            continue;
        }
        let MentionKind::Competition(comp) = cm.kind else {
            continue;
        };
        let teams: Vec<TeamId> = s
            .teams
            .iter()
            .filter(|(k, _)| *k < i)
            .map(|(_, t)| *t)
            .fold(Vec::new(), |mut v, t| {
                if !v.contains(&t) {
                    v.push(t);
                }
                v
            });
        if teams.is_empty() {
            continue;
        }
        let mut ok = true;
        let mut parts = Vec::new();
        for t in &teams {
            let list = titles(store, *t, comp, s.doc.as_of);
            ok &= list.len() as u32 == nn;
            parts.push(format!(
                "{} {} ({})",
                store.team_name(*t),
                list.len(),
                years_list(&list)
            ));
        }
        let start = s
            .teams
            .iter()
            .find(|(_, t)| *t == teams[0])
            .map(|(k, _)| *k)
            .unwrap_or(i);
        out.push(
            Finding::new(
                "titles",
                ClaimKind::Record,
                s.span_of(start, cm.end),
                format!("{nn} {} titles each", store.competition(comp).name),
            )
            .judged(
                ok,
                parts.join("; "),
                format!("{} titles", store.competition(comp).name),
            )
            .with_evidence(None),
        );
    }
}

/// "Brazil's biggest World Cup defeat", "inflicted their heaviest defeat",
/// "a record win": the match's margin against every earlier one of that team.
fn margins(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&["biggest", "heaviest", "worst", "largest", "record"]) {
        return;
    }
    let n = s.tokens.len();
    for k in 0..n {
        if !matches!(
            s.word(k),
            "biggest" | "heaviest" | "worst" | "largest" | "record"
        ) {
            continue;
        }
        let Some(noun) = (k + 1..(k + 5).min(n)).find(|x| {
            matches!(
                s.word(*x),
                "defeat" | "loss" | "win" | "victory" | "defeats" | "wins"
            )
        }) else {
            continue;
        };
        let Some(m) = s.match_() else { continue };
        let Some(winner) = m.winner().filter(|_| m.score.home != m.score.away) else {
            continue;
        };
        let defeat = matches!(s.word(noun), "defeat" | "loss" | "defeats");
        let team = if defeat { m.opponent(winner) } else { winner };
        // A team named with it must be that side ("Brazil's biggest defeat").
        if let Some(named) = s
            .mentions
            .iter()
            .find(|x| x.end + 1 == k && x.team().is_some())
            .and_then(|x| x.team())
        {
            if named != team {
                continue;
            }
        }
        let comp = (k + 1..noun).find_map(|x| match s.mention_at(x).map(|mm| mm.kind.clone()) {
            Some(MentionKind::Competition(c)) => Some(c),
            _ => None,
        });
        let margin = |x: &Match| {
            let (f, a) = x.goals_for_against(team);
            if defeat {
                a as i32 - f as i32
            } else {
                f as i32 - a as i32
            }
        };
        let conceded = |x: &Match| {
            let (f, a) = x.goals_for_against(team);
            if defeat {
                a
            } else {
                f
            }
        };
        let this = margin(m);
        let earlier: Vec<&Match> = store
            .team_matches(team)
            .filter(|x| x.date < m.date && comp.is_none_or(|c| x.competition == c))
            .collect();
        let worst = earlier
            .iter()
            .max_by_key(|x| (margin(x), conceded(x)))
            .copied();
        let ok = worst
            .is_none_or(|w| this > margin(w) || (this == margin(w) && conceded(m) > conceded(w)));
        let tn = store.team_name(team);
        let what = if defeat { "defeat" } else { "win" };
        let start = s
            .mentions
            .iter()
            .find(|x| x.end + 1 == k && x.team().is_some())
            .map(|x| x.start)
            .unwrap_or(k);
        let start = if s.word(k.wrapping_sub(1)) == "their" || s.word(k.wrapping_sub(1)) == "its" {
            (k - 1).min(start)
        } else {
            start
        };
        let actual = worst
            .map(|w| format!("previous {what} of that size: {}", store.describe_match(w)))
            .unwrap_or_else(|| "no earlier match".into());
        // Equalling a record is a record too, in most writers' usage.
        let equals = worst.is_some_and(|w| this == margin(w) && conceded(m) == conceded(w));
        let f = Finding::new(
            "titles",
            ClaimKind::Record,
            s.span_of(start, noun),
            format!(
                "{tn}'s biggest {what}{}",
                comp.map(|c| format!(" at the {}", store.competition(c).name))
                    .unwrap_or_default()
            ),
        );
        out.push(
            if !ok && equals {
                f.unverifiable(format!("it equals the record: {actual}"))
            } else {
                f.judged(
                    ok,
                    actual,
                    format!("{tn}'s {what}s before {} by margin", m.date),
                )
            }
            .with_evidence([m.id]),
        );
    }
}

/// "first competitive home defeat in 39 years".
fn home_defeat(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    let Some(k) = s
        .has_phrase(&["home", "defeat"])
        .or_else(|| s.has_phrase(&["home", "loss"]))
    else {
        return;
    };
    let Some(first) = s.find_in(k.saturating_sub(3), k, &["first"]) else {
        return;
    };
    let Some((yk, years)) = (k + 2..(k + 6).min(s.tokens.len())).find_map(|x| {
        s.tokens[x]
            .number()
            .filter(|_| matches!(s.word(x + 1), "years" | "year"))
            .map(|v| (x, v))
    }) else {
        return;
    };
    let Some(m) = s.match_() else { return };
    let Some(winner) = m.winner().filter(|_| m.score.home != m.score.away) else {
        return;
    };
    let team = m.opponent(winner);
    let competitive = s.find_in(first, k, &["competitive"]).is_some();
    let is_home_defeat = |x: &Match| {
        x.home == team
            && !x.neutral
            && x.result_for(team) == Outcome::Loss
            && (!competitive || store.competition(x.competition).name.as_ref() != "Friendly")
    };
    let prev = store
        .team_matches(team)
        .rev()
        .find(|x| x.date < m.date && is_home_defeat(x));
    let gap = prev.map(|p| (m.date.year() - p.date.year()) as u32);
    let ok = is_home_defeat(m)
        && gap.is_some_and(|g| {
            g == years
                || g == years + 1
                || g + 1 == years && (m.date - p_date(prev)).get_days() >= 365 * years as i32
        });
    let tn = store.team_name(team);
    let actual = prev
        .map(|p| {
            format!(
                "previous: {} ({} years)",
                store.describe_match(p),
                gap.unwrap_or(0)
            )
        })
        .unwrap_or_else(|| "no earlier home defeat".into());
    out.push(
        Finding::new(
            "titles",
            ClaimKind::Record,
            s.span_of(first.min(k), yk + 1),
            format!(
                "{tn}'s first {}home defeat in {years} years",
                if competitive { "competitive " } else { "" }
            ),
        )
        .judged(ok, actual, format!("{tn}'s home defeats before {}", m.date))
        .with_evidence(prev.map(|p| p.id).into_iter().chain([m.id])),
    );
}

fn p_date(m: Option<&Match>) -> Date {
    m.map(|m| m.date).unwrap_or(Date::MIN)
}

/// "seeking to end a title drought from 1966", "first major title since 1966".
fn drought(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    let Some(k) = s
        .find(&["drought"])
        .or_else(|| s.has_phrase(&["major", "title", "since"]).map(|x| x + 1))
    else {
        return;
    };
    let Some((yk, year)) = (k + 1..(k + 4).min(s.tokens.len())).find_map(|x| {
        s.tokens[x]
            .number()
            .filter(|y| (1900..2100).contains(y))
            .map(|y| (x, y))
    }) else {
        return;
    };
    let Some(team) = s.team_before(k).or_else(|| s.fallback_subject()) else {
        return;
    };
    let before = s.match_().map(|m| m.date).or(s.doc.as_of);
    let mut comps = Vec::new();
    if let offside_data::Lookup::Found(wc) = store.lookup_competition("FIFA World Cup") {
        comps.push(wc);
    }
    comps.extend(continental(store, team));
    let mut last: Option<(u16, EditionId)> = None;
    for c in comps {
        for (y, e) in titles(
            store,
            team,
            c,
            before.and_then(|d| d.checked_sub(jiff::ToSpan::days(1)).ok()),
        ) {
            if last.is_none_or(|(ly, _)| y > ly) {
                last = Some((y, e));
            }
        }
    }
    let ok = last.is_some_and(|(y, _)| y as u32 == year);
    let tn = store.team_name(team);
    let start = s
        .find_in(k.saturating_sub(4), k, &["end", "ending", "ended", "title"])
        .unwrap_or(k);
    out.push(
        Finding::new(
            "titles",
            ClaimKind::Record,
            s.span_of(start, yk),
            format!("{tn}'s last major title was in {year}"),
        )
        .judged(
            ok,
            last.map(|(y, e)| format!("{y} ({})", store.edition_name(e)))
                .unwrap_or_else(|| "none".into()),
            format!("{tn}'s World Cup and continental titles"),
        )
        .with_evidence(last.and_then(|(_, e)| store.edition(e).matches.last().copied())),
    );
}

/// "the first-ever own goal in a World Cup final", "the first hat-trick in a
/// World Cup final", "the second man to score a World Cup final hat-trick".
fn first_in_final(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&["first", "second", "third"]) {
        return;
    }
    let n = s.tokens.len();
    for k in 0..n {
        let nth = match s.word(k) {
            "first" => 1u32,
            "second" => 2,
            "third" => 3,
            _ => continue,
        };
        let window = (k + 1)..(k + 12).min(n);
        let event = if let Some(x) = s
            .find_in(window.start, window.end, &["own"])
            .filter(|x| s.word(x + 1) == "goal")
        {
            Some(("own goal", x + 1))
        } else {
            s.find_in(window.start, window.end, &["hat"])
                .filter(|x| s.word(x + 1) == "trick")
                .map(|x| ("hat-trick", x + 1))
        };
        let Some((event, ev_end)) = event else {
            continue;
        };
        // The final: "in a World Cup final", "a World Cup final hat-trick"; or a dash aside about the match's final.
        let fin = s.find_in(k + 1, (ev_end + 6).min(n), &["final"]);
        let Some(fin) = fin else { continue };
        let Some(m) = s.match_().filter(|m| m.stage == Stage::Final) else {
            continue;
        };
        let Some(e) = m.edition else { continue };
        let comp = store.edition(e).competition;
        let has = |x: &Match| -> bool {
            let goals = store.goals_of(x);
            match event {
                "own goal" => goals.iter().any(|g| g.own_goal),
                _ => goals.iter().any(|g| {
                    !g.own_goal
                        && goals
                            .iter()
                            .filter(|h| h.player == g.player && !h.own_goal)
                            .count()
                            >= 3
                }),
            }
        };
        // "the first ... since 1966": only finals after that year count.
        let since = (k..n).find_map(|x| {
            (s.word(x) == "since")
                .then(|| {
                    s.tokens
                        .get(x + 1)
                        .and_then(|t| t.number())
                        .filter(|y| (1900..2100).contains(y))
                })
                .flatten()
        });
        let earlier: Vec<&Match> = store
            .editions_of(comp)
            .filter(|ed| ed.end < m.date && since.is_none_or(|y| ed.start.year() as u32 > y))
            .filter_map(|ed| {
                ed.matches
                    .iter()
                    .rev()
                    .map(|id| store.match_(*id))
                    .find(|x| x.stage == Stage::Final)
            })
            .filter(|x| has(x))
            .collect();
        let ok = has(m) && earlier.len() as u32 == nth - 1;
        let listed: Vec<String> = earlier.iter().map(|x| store.describe_match(x)).collect();
        out.push(
            Finding::new(
                "titles",
                ClaimKind::Record,
                s.span_of(k.saturating_sub(1), ev_end.max(fin)),
                format!(
                    "{} {event} in a {} final no. {nth}",
                    store.describe_match(m),
                    store.competition(comp).name
                ),
            )
            .judged(
                ok,
                if listed.is_empty() {
                    "none before".into()
                } else {
                    listed.join("; ")
                },
                format!(
                    "earlier {} finals with a {event}",
                    store.competition(comp).name
                ),
            )
            .with_evidence(earlier.iter().map(|x| x.id).chain([m.id])),
        );
    }
}

/// "his tournament-high fifth": the scorer's goals so far in the edition, the most of anyone.
fn tournament_high(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    let Some(k) = s
        .has_phrase(&["tournament", "high"])
        .map(|k| k + 1)
        .or_else(|| s.find(&["tournament-high"]))
    else {
        return;
    };
    let Some(TokenKind::Ordinal(nth)) = s.tokens.get(k + 1).map(|t| t.kind) else {
        return;
    };
    let Some(m) = s.match_() else { return };
    let Some(e) = m.edition else { return };
    // The scorer: one named here or just before who scored in this match, else
    // the match's only scorer.
    let scored = |p: PlayerId| {
        store
            .goals_of(m)
            .iter()
            .any(|g| g.player == p && !g.own_goal)
    };
    let named = s
        .players
        .iter()
        .map(|(_, p)| *p)
        .chain(s.doc.last_player)
        .find(|p| scored(*p));
    let only = {
        let mut ps: Vec<PlayerId> = store
            .goals_of(m)
            .iter()
            .filter(|g| !g.own_goal)
            .map(|g| g.player)
            .collect();
        ps.dedup();
        (ps.len() == 1).then(|| ps[0])
    };
    let Some(p) = named.or(only) else { return };
    let mut counts: FxHashMap<PlayerId, u32> = FxHashMap::default();
    for id in &store.edition(e).matches {
        let x = store.match_(*id);
        if x.date > m.date {
            continue;
        }
        for g in store.goals_of(x).iter().filter(|g| !g.own_goal) {
            *counts.entry(g.player).or_default() += 1;
        }
    }
    let mine = counts.get(&p).copied().unwrap_or(0);
    let best = counts
        .iter()
        .filter(|(q, _)| **q != p)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    let ok = mine == nth && mine >= best;
    let name = store.player(p).name.to_string();
    let start = if s.word(k.saturating_sub(2)) == "his" {
        k - 2
    } else {
        k.saturating_sub(1)
    };
    out.push(
        Finding::new(
            "titles",
            ClaimKind::Tally,
            s.span_of(start, k + 1),
            format!(
                "{name}'s goal no. {nth}, the most at {}",
                store.edition_name(e)
            ),
        )
        .judged(
            ok,
            format!("{name} {mine}; next best {best}"),
            format!("goals at {} up to {}", store.edition_name(e), m.date),
        )
        .with_evidence([m.id]),
    );
}

/// "Argentina have now won the World Cup three times".
fn won_n_times(s: &SentenceCtx, out: &mut Vec<Finding>) {
    let store = s.store;
    // The cue words the scan below looks for, all absent in most sentences.
    if !s.has(&["won", "lifted", "win"]) {
        return;
    }
    let n = s.tokens.len();
    for k in 0..n {
        if !matches!(s.word(k), "won" | "lifted" | "win") {
            continue;
        }
        let Some(cm) = s.mentions.iter().find(|m| {
            m.start > k && m.start <= k + 2 && matches!(m.kind, MentionKind::Competition(_))
        }) else {
            continue;
        };
        let MentionKind::Competition(comp) = cm.kind else {
            continue;
        };
        // "three times", or "for the third time".
        let times = s
            .tokens
            .get(cm.end)
            .and_then(|t| t.number())
            .filter(|_| matches!(s.word(cm.end + 1), "times" | "time"))
            .or_else(|| {
                (s.word(cm.end) == "for"
                    && s.word(cm.end + 1) == "the"
                    && s.word(cm.end + 3) == "time")
                    .then(|| match s.tokens.get(cm.end + 2).map(|t| t.kind) {
                        Some(TokenKind::Ordinal(o)) => Some(o),
                        _ => None,
                    })
                    .flatten()
            });
        let Some(times) = times else {
            continue;
        };
        let Some(team) = s.subject_before(k).or_else(|| s.fallback_subject()) else {
            continue;
        };
        let list = titles(store, team, comp, s.doc.as_of);
        let tn = store.team_name(team);
        out.push(
            Finding::new(
                "titles",
                ClaimKind::Record,
                s.span_of(k, cm.end + 1),
                format!(
                    "{tn} have won the {} {times} times",
                    store.competition(comp).name
                ),
            )
            .judged(
                list.len() as u32 == times,
                format!("{} ({})", list.len(), years_list(&list)),
                format!("{} titles of {tn}", store.competition(comp).name),
            )
            .with_evidence(
                list.iter()
                    .filter_map(|(_, e)| store.edition(*e).matches.last().copied()),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    #[test]
    fn a_title_sought_counts_those_already_won() {
        // Before Euro 2024 Germany and Spain had three titles each; Nigeria
        // had three AFCON titles before the 2023 final (1980, 1994, 2013).
        let v = |t: &str, day: &str| {
            claims_of("titles", t, day)
                .iter()
                .find(|c| c.claimed.contains("had won"))
                .map(|c| c.verdict)
        };
        let lead = "Germany beat Scotland 5-1 in the opening match of Euro 2024.";
        assert_eq!(
            v(&format!("{lead} Germany, tied with Spain, is bidding for a record fourth European Championship title."), "2024-06-15"),
            Some(Verdict::True)
        );
        assert_eq!(
            v(&format!("{lead} Germany, tied with Spain, is bidding for a record fifth European Championship title."), "2024-06-15"),
            Some(Verdict::False)
        );
        let lead = "Ivory Coast beat Nigeria 2-1 in the Africa Cup of Nations final in Abidjan.";
        assert_eq!(
            v(
                &format!("{lead} The hosts ended Nigeria's hope of winning a fourth AFCON title."),
                "2024-02-12"
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            v(
                &format!("{lead} The hosts ended Nigeria's hope of winning a third AFCON title."),
                "2024-02-12"
            ),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_rank_of_wins_and_an_opponents_epithet_are_no_title_counts() {
        // Germany won three World Cups by 2018; Brazil five.
        let v = |t: &str| {
            claims_of("titles", t, "2018-03-26")
                .iter()
                .map(|c| c.verdict)
                .collect::<Vec<_>>()
        };
        assert!(v("Germany face Brazil in Berlin. It's Germany's 23rd clash with the five time World Cup winners.").is_empty());
        assert!(v("The 7-1 was Germany's second largest win in World Cup history.").is_empty());
        assert_eq!(
            v("Brazil, the five time World Cup winners, face Germany in Berlin."),
            [Verdict::True]
        );
        assert_eq!(
            v("Germany, the five time World Cup winners, face Brazil in Berlin."),
            [Verdict::False]
        );
    }

    #[test]
    fn world_champions_are_the_world_cups_holders() {
        // West Germany won the 1974 World Cup; Mexico the 1977 CONCACAF
        // Championship.
        let v = |t: &str| {
            claims_of("titles", t, "1978-06-03")
                .iter()
                .find(|c| c.claimed.contains("holders"))
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("At the 1978 World Cup, Tunisia faced reigning world champions West Germany."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("At the 1978 World Cup, reigning world champions Poland faced Tunisia."),
            Some(Verdict::False)
        );
        // Another competition in view: which World Cup is not told.
        assert_ne!(
            v("Mexico had won the CONCACAF Championship a year before facing reigning world champions Poland."),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_streak_by_a_team_is_that_teams() {
        // Gold Cup 1998 final, Mexico 1-0 United States: the loss ended a
        // nine-match unbeaten run of the United States (from 1997-09-07).
        let lead = "Mexico beat the United States 1-0 in the Gold Cup final in Los Angeles.";
        let v = |t: &str| {
            claims_of("titles", &format!("{lead} {t}"), "1998-02-16")
                .iter()
                .find(|c| c.text.contains("unbeaten"))
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("The loss stopped a nine-game unbeaten streak by the Americans."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("The loss stopped a twelve-game unbeaten streak by the Americans."),
            Some(Verdict::False)
        );
    }
}

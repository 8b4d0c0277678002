//! Line-ups: who started, who came on and when, who went off, who was sent
//! off, and who scored or missed in a shoot-out. The data holds these for
//! World Cups (the Football.TXT files); policy P5 makes them true or false,
//! except sending-off minutes, which that source gets wrong in places.
//! Cue words are the classes `came_on`, `went_off`, `sent_off`, `started`,
//! `benched`, `kick_missed` and `kick_scored` of `lexicon/readers.tsv`.

use super::*;
use crate::lexicon::lexicon;
use offside_data::{Appearance, Match, MatchMinute, TeamId};
use offside_text::TokenKind;

pub struct Lineup;

/// What a sentence says happened to a player.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    CameOn,
    WentOff,
    SentOff,
    Started,
    Benched,
    KickMissed,
    KickScored,
}

impl Event {
    fn words(self) -> &'static str {
        match self {
            Event::CameOn => "came on",
            Event::WentOff => "went off",
            Event::SentOff => "was sent off",
            Event::Started => "started",
            Event::Benched => "did not start",
            Event::KickMissed => "missed a shoot-out kick",
            Event::KickScored => "scored a shoot-out kick",
        }
    }
}

/// Words that end the clause a cue and its player share.
const BREAKS: &[&str] = &[
    ",", ";", ":", "but", "while", "and", "who", "which", "before", "after",
];

impl Rule for Lineup {
    fn name(&self) -> &'static str {
        "lineup"
    }
    fn description(&self) -> &'static str {
        "line-ups, substitutions, sendings-off and shoot-out kicks (World Cups)"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let lex = lexicon();
        // "made three changes to the team that beat Mexico, with Saviola
        // dropped": the line-up of the next match, not of the one named.
        if s.find(&["changes", "change"])
            .is_some_and(|k| matches!(s.word(k + 1), "to" | "from"))
        {
            return;
        }
        // Only a sentence naming a player needs to know.
        if s.players.is_empty() {
            return;
        }
        let in_sentence = lex.find(s.tokens, 0, s.tokens.len(), "shootout").is_some();
        // "It went to penalties. Forlán missed for Uruguay.": the shoot-out
        // of the sentence before, if the match in view had one.
        let from_context = !in_sentence
            && s.doc.shootout_topic
            && s.match_().is_some_and(|m| m.shootout.is_some());
        let shootout = in_sentence || from_context;
        for &(mi, p) in &s.players {
            let Some(men) = s.mentions.get(mi) else {
                continue;
            };
            let Some((event, cue_at, cue_end)) = event_for(s, men.start, men.end, shootout) else {
                continue;
            };
            let kick = matches!(event, Event::KickMissed | Event::KickScored);
            // Read from the context, a kick cue must end its clause ("missed
            // for Uruguay."): "missed a chance" is play, not a kick.
            if kick && from_context && !ends_clause(s, cue_end) {
                continue;
            }
            let only = if kick {
                only_one(s, men.end, cue_at)
            } else {
                None
            };
            // "to the left of Romanian goalie Silviu Lung": a goalkeeper
            // named as the one beaten is no taker.
            if kick
                && (men.start.saturating_sub(3)..men.start)
                    .any(|k| matches!(s.word(k), "goalie" | "goalkeeper" | "keeper"))
            {
                continue;
            }
            // A possessive name owns what follows ("Alf Ramsey's starting
            // line-up" is the manager's team, not his place in it).
            if s.tokens.get(men.end).map(|t| t.kind) == Some(TokenKind::Possessive) {
                continue;
            }
            let Some((m, pinned)) = match_for(s, p, men.start) else {
                continue;
            };
            let store = s.store;
            let start = men.start.min(cue_at);
            // "substitute Rashford scored in the 71st minute": a title before
            // the name times the goal, not the change.
            let titled =
                cue_end <= men.start && matches!(s.word(cue_end - 1), "substitute" | "sub");
            let minute = if titled {
                None
            } else {
                minute_after(s, cue_end.max(men.end))
            };
            let end = minute.map(|(_, e)| e).unwrap_or(cue_end.max(men.end) - 1);
            let name = store.player(p).name.to_string();
            let f = Finding::new(
                "lineup",
                if minute.is_some() {
                    ClaimKind::Minute
                } else {
                    ClaimKind::Other
                },
                s.span_of(start, end),
                format!(
                    "{name} {}{}",
                    event.words(),
                    minute.map(|(n, _)| format!(" at {n}'")).unwrap_or_default()
                ),
            )
            .about(Subject::Match)
            .with_evidence([m.id]);
            let mut f = f;
            f.match_pinned = pinned;
            if !store.has_lineups(m.id) {
                let world_cup = store.competition(m.competition).name.contains("World Cup")
                    && m.edition.is_some();
                if !world_cup {
                    out.push(f.unverifiable(format!(
                        "line-ups are known for World Cup matches only; {} is not one",
                        store.describe_match(m)
                    )));
                }
                continue;
            }
            let app = store
                .appearances_in(m.id)
                .iter()
                .find(|a| same_person(store, a.player, p));
            let desc = store.describe_match(m);
            let cue = KickCue { from_context, only };
            out.push(judge(
                s,
                f,
                event,
                p,
                app,
                m,
                minute.map(|x| x.0),
                &desc,
                cue,
            ));
        }
    }
}

/// The match a line-up claim is about. The data disambiguates: of the
/// player's own matches in the edition in view (up to the article's date),
/// those of the stage and the opponent the sentence names; one left is the
/// match. Otherwise the match the sentence or the article is about.
fn match_for<'a>(
    s: &SentenceCtx<'a>,
    p: offside_data::PlayerId,
    at: usize,
) -> Option<(&'a Match, bool)> {
    let store = s.store;
    let stage = crate::proof::stage_in(s, 0, s.tokens.len());
    let own: Vec<&Match> = store
        .player_appearances(p)
        .map(|a| store.match_(a.match_id))
        .filter(|m| s.edition.is_none_or(|e| m.edition == Some(e)))
        .filter(|m| s.doc.as_of.is_none_or(|d| m.date <= d))
        .collect();
    let team = store.player_appearances(p).next().map(|a| a.team);
    let opponents: Vec<TeamId> = s
        .distinct_teams()
        .into_iter()
        .filter(|t| Some(*t) != team)
        .collect();
    let fit: Vec<&Match> = own
        .iter()
        .copied()
        .filter(|m| stage.is_none_or(|st| m.stage == st))
        .filter(|m| opponents.is_empty() || opponents.iter().any(|o| m.involves(*o)))
        .collect();
    // One match left is pinned only if the sentence narrowed it down.
    let narrowed = stage.is_some() || !opponents.is_empty();
    if let [one] = fit[..] {
        return Some((one, narrowed));
    }
    let near = s.match_near(at)?;
    (fit.is_empty() || fit.iter().any(|m| m.id == near.id)).then_some((near, false))
}

/// How a shoot-out kick was read.
#[derive(Clone, Copy, Debug, Default)]
struct KickCue {
    /// The shoot-out was named in the sentence before, not this one.
    from_context: bool,
    /// "the only player to miss" (`Some(false)`: every taker) or "the only
    /// Dane to score" (`Some(true)`: the takers of the player's team).
    only: Option<bool>,
}

/// Whether the clause ends after token `at`, allowing "for Uruguay" or "from
/// the spot" first.
fn ends_clause(s: &SentenceCtx, at: usize) -> bool {
    let mut i = at;
    if s.word(i) == "for" && s.mention_at(i + 1).is_some() {
        i = s.mention_at(i + 1).map_or(i + 2, |m| m.end);
    }
    i >= s.tokens.len()
        || BREAKS.contains(&s.word(i))
        || matches!(s.tokens[i].kind, TokenKind::Punct(_))
}

/// "was the only player to miss", "the only Dane to score": `only` between
/// the name and the cue, and whose takers it compares with.
fn only_one(s: &SentenceCtx, from: usize, cue_at: usize) -> Option<bool> {
    let at = (from..cue_at).find(|&i| s.word(i) == "only")?;
    (s.word(cue_at.saturating_sub(1)) == "to").then_some(!matches!(
        s.word(at + 1),
        "player" | "man" | "one" | "taker" | "penalty"
    ))
}

/// The same player under two spellings of one name: the sources write
/// "Hong Myung-bo" and "Myung-bo Hong" (family name first or last).
fn same_person(
    store: &offside_data::Store,
    a: offside_data::PlayerId,
    b: offside_data::PlayerId,
) -> bool {
    if a == b {
        return true;
    }
    let parts = |p| {
        let mut v: Vec<String> = offside_data::names::normalize(&store.player(p).name)
            .split([' ', '-'])
            .map(str::to_string)
            .collect();
        v.sort_unstable();
        v
    };
    parts(a) == parts(b)
}

/// The event a cue near the player names, with the cue's token range.
fn event_for(
    s: &SentenceCtx,
    p_start: usize,
    p_end: usize,
    shootout: bool,
) -> Option<(Event, usize, usize)> {
    let lex = lexicon();
    let n = s.tokens.len();
    // "Xavi, who started the match": the relative clause is his predicate.
    let p_end = if s.word(p_end) == "," && matches!(s.word(p_end + 1), "who" | "whose") {
        p_end + 2
    } else {
        p_end
    };
    // "Abreu, in the side from the start, chipped in": an aside after the
    // name is his predicate too.
    let p_end = if s.word(p_end) == "," && s.mention_at(p_end + 1).is_none() {
        p_end + 1
    } else {
        p_end
    };
    // The clause after the player (its predicate): up to a break.
    let after_end = (p_end..n)
        .find(|&i| BREAKS.contains(&s.word(i)) && s.mention_at(i).is_none())
        .unwrap_or(n)
        .min(p_end + 8);
    // Cues before the name that take it as their object: "in came X",
    // "substitute X", "X's replacement" aside; "replaced by X", "made way for X".
    let before_start = p_start.saturating_sub(4);
    if let Some((at, w)) = lex.find(s.tokens, before_start, p_start, "came_on") {
        // "Uruguay did not use substitute Luis Suarez": the cue names what
        // did not happen.
        if lex
            .find(s.tokens, at.saturating_sub(3), at, "escaped")
            .is_some()
        {
            return None;
        }
        if at + w.len() >= p_start.saturating_sub(1) && w != ["replaced"] {
            // "who had come on for X": X is the one who went off.
            let event = if s.word(at + w.len()) == "for" {
                Event::WentOff
            } else {
                Event::CameOn
            };
            return Some((event, at, at + w.len()));
        }
    }
    if let Some((at, w)) = lex.find(s.tokens, before_start, p_start, "went_off") {
        if matches!(w, ["replaced", "by"] | ["made", "way"]) || s.word(at + w.len()) == "for" {
            return Some((Event::CameOn, at, at + w.len()));
        }
    }
    let classes = [
        ("sent_off", Event::SentOff),
        ("went_off", Event::WentOff),
        ("came_on", Event::CameOn),
        ("benched", Event::Benched),
        ("started", Event::Started),
    ];
    // "replacing Ronaldo in the starting line-up", "in place of X": the
    // player named is the one left out, not the one the cue is about.
    if matches!(
        s.word_back(p_start, 1),
        "replacing" | "replace" | "replaced" | "displacing" | "of"
    ) {
        return None;
    }
    let mut best: Option<(Event, usize, usize)> = None;
    for (class, event) in classes {
        if let Some((at, w)) = lex.find(s.tokens, p_end, after_end, class) {
            // "X replaced Y": X came on.
            let event = if w == ["replaced"] {
                Event::CameOn
            } else {
                event
            };
            if best.is_none_or(|b| at < b.1) {
                best = Some((event, at, at + w.len()));
            }
        }
    }
    // "Cruyff dropped back", "dropped deep into midfield": a movement on
    // the pitch, not a place on the bench.
    if best.is_some_and(|(e, at, _)| {
        e == Event::Benched
            && s.word(at) == "dropped"
            && matches!(
                s.word(at + 1),
                "back" | "deep" | "into" | "off" | "behind" | "out"
            )
    }) {
        best = None;
    }
    // "Koeman escapes red card", "avoided a sending-off": the cue names
    // what did not happen.
    if best.is_some_and(|(_, at, _)| {
        lex.find(s.tokens, at.saturating_sub(3), at, "escaped")
            .is_some()
    }) {
        best = None;
    }
    if best.is_none() && shootout {
        for (class, event) in [
            ("kick_missed", Event::KickMissed),
            ("kick_scored", Event::KickScored),
        ] {
            if let Some((at, w)) = lex.find(s.tokens, p_end, after_end, class) {
                // "scored an equaliser ... and took the match to penalties":
                // a goal of the match, not a kick.
                let goal_noun = s
                    .find_in(
                        at + w.len(),
                        (at + w.len() + 3).min(s.tokens.len()),
                        &[
                            "equaliser",
                            "equalizer",
                            "goal",
                            "winner",
                            "header",
                            "opener",
                        ],
                    )
                    .is_some();
                if goal_noun {
                    continue;
                }
                if best.is_none_or(|b| at < b.1) {
                    best = Some((event, at, at + w.len()));
                }
            }
        }
    }
    best
}

/// A minute written after token `from` in the clause: "after 18 minutes",
/// "in the 20th minute", "on 70 minutes", "18'", "90+1", "at half-time"
/// (46'), "on the hour" (60'). Returns the minute and its last token.
pub(crate) fn minute_after(s: &SentenceCtx, from: usize) -> Option<(u8, usize)> {
    let n = s.tokens.len();
    for i in from..n.min(from + 8) {
        if BREAKS.contains(&s.word(i)) && i > from {
            return None;
        }
        match s.tokens[i].kind {
            TokenKind::Ordinal(m) if m <= 130 && matches!(s.word(i + 1), "minute" | "min") => {
                return Some((m as u8, i + 1));
            }
            TokenKind::Number(m)
                if m <= 130
                    && (matches!(s.word(i + 1), "minutes" | "mins")
                        && matches!(s.word_back(i, 1), "after" | "on" | "in")
                        || s.tokens
                            .get(i + 1)
                            .is_some_and(|t| t.is_punct('\'') || t.is_punct('’'))) =>
            {
                let end = if matches!(s.word(i + 1), "minutes" | "mins") {
                    i + 1
                } else {
                    i
                };
                return Some((m as u8, end));
            }
            TokenKind::Stoppage(a, _) => return Some((a, i)),
            _ => {}
        }
        if matches!(s.word(i), "half") && matches!(s.word(i + 1), "time") {
            return Some((46, i + 1));
        }
        if s.word(i) == "hour" && s.word_back(i, 1) == "the" {
            return Some((60, i));
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn judge(
    s: &SentenceCtx,
    f: Finding,
    event: Event,
    p: offside_data::PlayerId,
    app: Option<&Appearance>,
    m: &offside_data::Match,
    minute: Option<u8>,
    desc: &str,
    cue: KickCue,
) -> Finding {
    let store = s.store;
    let at = |x: Option<MatchMinute>| {
        x.map(|x| x.label())
            .unwrap_or_else(|| "minute unknown".into())
    };
    let fits = |x: Option<MatchMinute>| minute.is_none_or(|n| x.is_some_and(|x| x.minute == n));
    let lineups = format!("line-ups of {desc}");
    match event {
        Event::SentOff => {
            let off = store
                .sendings_off_in(m.id)
                .iter()
                .find(|x| same_person(store, x.player, p));
            match off {
                None => f.judged(false, "not sent off".to_string(), format!("sendings-off in {desc}")),
                Some(x) if !fits(x.minute) => f.unverifiable(format!(
                    "sent off at {} in the data, whose sending-off minutes are wrong in places (P5)",
                    at(x.minute)
                )),
                Some(x) => f.judged(true, format!("sent off {}", at(x.minute)), format!("sendings-off in {desc}")),
            }
        }
        Event::KickMissed | Event::KickScored => {
            let kick = store
                .kicks_in(m.id)
                .iter()
                .find(|k| same_person(store, k.player, p));
            let want = event == Event::KickScored;
            let kicks = format!("shoot-out kicks in {desc}");
            match kick {
                None if store.kicks_in(m.id).is_empty() => {
                    f.unverifiable(format!("the kicks of {desc} are not in the data"))
                }
                None if cue.from_context => f.unverifiable(format!(
                    "took no kick in the shoot-out of {desc}; the sentence may be about play"
                )),
                // "the only one to miss": he did, and no other taker (of his
                // team) did.
                Some(k) if cue.only.is_some() && k.scored == want => {
                    let others: Vec<String> = store
                        .kicks_in(m.id)
                        .iter()
                        .filter(|o| o.scored == want && !same_person(store, o.player, p))
                        .filter(|o| cue.only == Some(false) || o.team == k.team)
                        .map(|o| store.player(o.player).name.to_string())
                        .collect();
                    let verb = if want { "scored" } else { "missed" };
                    f.judged(
                        others.is_empty(),
                        if others.is_empty() {
                            format!("only he {verb}")
                        } else {
                            format!("{verb}, as did {}", others.join(", "))
                        },
                        kicks,
                    )
                }
                None => f.judged(
                    false,
                    "took no kick".to_string(),
                    format!("shoot-out kicks in {desc}"),
                ),
                Some(k) => f.judged(
                    k.scored == want,
                    if k.scored { "scored" } else { "missed" }.to_string(),
                    kicks,
                ),
            }
        }
        _ => {
            let Some(a) = app else {
                return f.judged(false, "not in the line-ups".to_string(), lineups);
            };
            let (ok, actual) = match event {
                Event::Started => (
                    a.started,
                    if a.started { "started" } else { "came on" }.to_string(),
                ),
                Event::Benched => (
                    !a.started,
                    if a.started { "started" } else { "on the bench" }.to_string(),
                ),
                Event::CameOn => (
                    !a.started && fits(a.on),
                    if a.started {
                        "started".to_string()
                    } else {
                        format!("came on {}", at(a.on))
                    },
                ),
                _ => (
                    a.off.is_some() && fits(a.off),
                    match a.off {
                        Some(x) => format!("went off {}", x.label()),
                        None => "played on".to_string(),
                    },
                ),
            };
            f.judged(ok, actual, lineups)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::{ClaimKind, Verdict};

    fn verdicts(text: &str, as_of: &str) -> Vec<(String, Verdict)> {
        claims_of("lineup", text, as_of)
            .into_iter()
            .filter(|c| matches!(c.kind, ClaimKind::Other | ClaimKind::Minute))
            .map(|c| (c.text, c.verdict))
            .collect()
    }

    #[test]
    fn zidane_sent_off_in_the_2006_final() {
        let v = verdicts(
            "Zinedine Zidane was sent off in the 2006 World Cup final.",
            "2006-07-10",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        // His opponent that night was not.
        let v = verdicts(
            "Marco Materazzi was sent off in the 2006 World Cup final.",
            "2006-07-10",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn escaping_a_red_card_is_not_a_sending_off() {
        // Materazzi was not sent off in the 2006 final; escaping a red card
        // says as much, so it is no claim that he was.
        let v = verdicts(
            "Marco Materazzi escaped a red card in the 2006 World Cup final.",
            "2006-07-10",
        );
        assert!(v.iter().all(|x| x.1 != Verdict::False), "{v:?}");
        // The twin, plainly said, is false.
        let v = verdicts(
            "Marco Materazzi was shown a red card in the 2006 World Cup final.",
            "2006-07-10",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn a_substitute_came_on_at_his_minute() {
        // Hosseini replaced the injured Beiranvand in the 20th minute (England 6-2 Iran).
        let v = verdicts(
            "Hossein Hosseini came on after 20 minutes in Iran's 6-2 defeat to England at the 2022 World Cup.",
            "2022-11-22",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        let v = verdicts(
            "Hossein Hosseini came on after 18 minutes in Iran's 6-2 defeat to England at the 2022 World Cup.",
            "2022-11-22",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn trezeguet_missed_in_the_2006_shootout() {
        let v = verdicts(
            "David Trezeguet missed in the shoot-out of the 2006 World Cup final.",
            "2006-07-10",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        let v = verdicts(
            "Fabio Grosso missed in the shoot-out of the 2006 World Cup final.",
            "2006-07-10",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn a_kick_read_from_the_sentence_before() {
        // Uruguay 1-1 Ghana, 2010: Maxi Pereira missed, Diego Forlán scored.
        let lead = "Uruguay beat Ghana on penalties at the 2010 World Cup. ";
        let v = verdicts(
            &format!("{lead}Maxi Pereira missed for Uruguay."),
            "2010-07-03",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        let v = verdicts(
            &format!("{lead}Diego Forlán missed for Uruguay."),
            "2010-07-03",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
        // Play, not a kick: no verdict on a miss that does not end the clause.
        let v = verdicts(
            &format!("{lead}Diego Forlán missed a header."),
            "2010-07-03",
        );
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn the_only_one_to_miss_or_score() {
        // 2006 final: Trezeguet the only miss; all five Italians scored.
        let v = verdicts(
            "David Trezeguet was the only player to miss in the shoot-out of the 2006 World Cup final.",
            "2006-07-10",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        let v = verdicts(
            "Fabio Grosso was the only Italian to score in the shoot-out of the 2006 World Cup final.",
            "2006-07-10",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn an_aside_after_the_name() {
        // Uruguay 1-1 Ghana, 2010: Suárez started, Abreu came on.
        let lead = "Uruguay beat Ghana on penalties at the 2010 World Cup. ";
        let v = verdicts(
            &format!("{lead}Luis Suárez, in the starting line-up, handled on the line."),
            "2010-07-03",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        let v = verdicts(
            &format!("{lead}Sebastián Abreu, in the starting line-up, took the last kick."),
            "2010-07-03",
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn the_player_replaced_is_not_the_one_in_the_side() {
        // Portugal 6-1 Switzerland, 2022: Ramos started in place of Ronaldo.
        let lead = "Portugal beat Switzerland 6-1 in the round of 16 of the 2022 World Cup. ";
        let day = "2022-12-07";
        let v = verdicts(
            &format!("{lead}Gonçalo Ramos, replacing Cristiano Ronaldo in the starting line-up, scored three."),
            day,
        );
        assert!(v.iter().all(|x| x.1 != Verdict::False), "{v:?}");
        let v = verdicts(
            &format!("{lead}Cristiano Ronaldo, in the starting line-up, scored once."),
            day,
        );
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }

    #[test]
    fn a_surname_shared_with_a_one_name_player() {
        // 1982 semi-final shoot-out: Michel Platini scored, Didier Six missed
        // (a one-name "Platini" of Cape Verde is in the data too).
        let lead = "West Germany beat France on penalties in the 1982 World Cup semi-final. ";
        let day = "1982-07-09";
        let v = verdicts(&format!("{lead}In the shootout, Platini converted."), day);
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::True), "{v:?}");
        let v = verdicts(&format!("{lead}In the shootout, Six converted."), day);
        assert_eq!(v.first().map(|x| x.1), Some(Verdict::False), "{v:?}");
    }
}

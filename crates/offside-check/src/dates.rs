//! Dates in prose: the publication date line, month-day dates, weekdays, and
//! the date an undated article was most likely written.

use crate::mentions::{Mention, MentionKind};
use offside_data::{Date, MatchId, Store, TeamId};
use offside_text::{Token, TokenKind};

/// A first line `date YYYY-MM-DD` (leading spaces allowed; the article may
/// continue on the same line). Returns the date and where the article starts.
pub fn date_line(text: &str) -> Option<(Date, usize)> {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let rest = trimmed.strip_prefix("date ")?;
    let d = offside_data::parse_date(rest.get(..10)?)?;
    let after = lead + 5 + 10;
    let body = text[after..].len() - text[after..].trim_start().len();
    Some((d, after + body))
}

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub fn month(word: &str) -> Option<i8> {
    // Asked of every word: most are ruled out by length and first letter.
    if !(3..=9).contains(&word.len())
        || !matches!(
            word.as_bytes()[0],
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    {
        return None;
    }
    if let Some(i) = MONTHS.iter().position(|m| *m == word) {
        return Some(i as i8 + 1);
    }
    let short = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if word == "sept" {
        return Some(9);
    }
    short.iter().position(|m| *m == word).map(|i| i as i8 + 1)
}

pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// 0 = Monday.
pub fn weekday(word: &str) -> Option<i8> {
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as i8)
}

pub fn weekday_of(d: Date) -> i8 {
    d.weekday().to_monday_zero_offset()
}

/// A calendar date written in the text: "December 10", "10 December",
/// "July 30, 1966", "Dec. 10". Token range and parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrittenDate {
    pub start: usize,
    pub end: usize,
    pub month: i8,
    pub day: i8,
    pub year: Option<i16>,
}

/// Every full date the tokens write, as days: "July 25, 1993", "25 July
/// 1993", and the numbers of a results list ("26/05/74", "04/07/1998").
/// A numeric date that reads both ways (04/07) gives both days; the data
/// tells which one had a match.
pub fn full_dates(tokens: &[Token]) -> Vec<Date> {
    let mut out: Vec<Date> = written_dates(tokens)
        .iter()
        .filter_map(|d| Date::new(d.year?, d.month, d.day).ok())
        .collect();
    let num = |i: usize| tokens.get(i).and_then(|t| t.number());
    let slash = |i: usize| tokens.get(i).is_some_and(|t| t.is_punct('/'));
    for i in 0..tokens.len() {
        let (Some(a), true, Some(b), true, Some(y)) =
            (num(i), slash(i + 1), num(i + 2), slash(i + 3), num(i + 4))
        else {
            continue;
        };
        let year = match y {
            1850..=2099 => y as i16,
            // Two digits: the century that puts the date in the data's span.
            0..=29 => 2000 + y as i16,
            30..=99 => 1900 + y as i16,
            _ => continue,
        };
        for (d, m) in [(a, b), (b, a)] {
            if let (Ok(d), Ok(m)) = (i8::try_from(d), i8::try_from(m)) {
                if let Ok(date) = Date::new(year, m, d) {
                    if !out.contains(&date) {
                        out.push(date);
                    }
                }
            }
        }
    }
    out
}

pub fn written_dates(tokens: &[Token]) -> Vec<WrittenDate> {
    let mut out = Vec::new();
    let num = |i: usize| tokens.get(i).and_then(|t| t.number());
    let year_at = |i: usize| {
        num(i)
            .filter(|y| (1850..2100).contains(y))
            .map(|y| y as i16)
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if let (TokenKind::Word, Some(m)) = (t.kind, month(&t.norm)) {
            // "may" and "march" are verbs too: need a capital and a day.
            let cap_ok = t.capitalized;
            let mut j = i + 1;
            if tokens.get(j).is_some_and(|t| t.is_punct('.')) {
                j += 1;
            }
            let day = num(j).or(match tokens.get(j).map(|t| t.kind) {
                Some(TokenKind::Ordinal(d)) => Some(d),
                _ => None,
            });
            if let (true, Some(d)) = (cap_ok, day.filter(|d| (1..=31).contains(d))) {
                let mut end = j + 1;
                let mut year = None;
                let k = if tokens.get(end).is_some_and(|t| t.is_punct(',')) {
                    end + 1
                } else {
                    end
                };
                if let Some(y) = year_at(k) {
                    year = Some(y);
                    end = k + 1;
                }
                out.push(WrittenDate {
                    start: i,
                    end,
                    month: m,
                    day: d as i8,
                    year,
                });
                i = end;
                continue;
            }
            // "10 December (2022)".
        } else if let Some(d) = num(i).filter(|d| (1..=31).contains(d)) {
            if let Some(m) = tokens
                .get(i + 1)
                .filter(|t| t.capitalized)
                .and_then(|t| month(&t.norm))
            {
                let mut end = i + 2;
                let mut year = None;
                if let Some(y) = year_at(end) {
                    year = Some(y);
                    end += 1;
                }
                out.push(WrittenDate {
                    start: i,
                    end,
                    month: m,
                    day: d as i8,
                    year,
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The date of a month and day closest to `anchor` (the same year, or the one
/// before or after around New Year).
pub fn nearest_date(month: i8, day: i8, anchor: Date) -> Option<Date> {
    let y = anchor.year();
    let mut best: Option<Date> = None;
    for yy in [y - 1, y, y + 1] {
        if let Ok(d) = Date::new(yy, month, day) {
            let dist = (d - anchor).get_days().abs();
            if best.is_none_or(|b| dist < (b - anchor).get_days().abs()) {
                best = Some(d);
            }
        }
    }
    best
}

/// How many sentences from the top count as the headline and lead.
const LEAD_SENTENCES: usize = 6;

/// The match a report opens with: of its lead sentences that name two
/// teams and something that pins their meeting down, the one with the most
/// (a score and a year count two each, a competition one; the earlier
/// sentence wins a tie). Of the meetings that fit, the latest up to `as_of`.
/// A history clause further down never decides it.
pub fn lead_match(
    sentences: &[(&[Token], &[Mention])],
    store: &Store,
    as_of: Option<Date>,
) -> Option<LeadMatch> {
    let mut best: Option<(u8, MatchId, bool, bool, bool)> = None;
    // Years a short headline names ("World Cup history: Argentina, 1978"):
    // a lead sentence without its own year keeps to them.
    let lead_years: Vec<i16> = sentences
        .iter()
        .find(|s| !s.0.is_empty())
        .filter(|s| s.0.len() <= 12)
        .map(|s| s.0.iter().filter_map(|t| t.match_year()).collect())
        .unwrap_or_default();
    // Years anywhere in the lead ("34 years ago today", "In 1986 ...",
    // "26 June 1992"), and the players it names: among the meetings that
    // fit a sentence, those of these years and with these scorers are
    // preferred to the latest.
    let lead: Vec<&(&[Token], &[Mention])> = sentences
        .iter()
        .filter(|s| !s.0.is_empty())
        .take(LEAD_SENTENCES)
        .collect();
    let wide_years: Vec<i16> = lead
        .iter()
        .flat_map(|s| {
            s.0.iter()
                .filter_map(|t| t.match_year())
                .chain(crate::context::years_ago(s.0, as_of))
                .collect::<Vec<_>>()
        })
        .collect();
    let lead_dates: Vec<Date> = lead
        .iter()
        .flat_map(|s| written_dates(s.0))
        .filter_map(|d| Date::new(d.year?, d.month, d.day).ok())
        .collect();
    let lead_players: Vec<offside_data::PlayerId> = lead
        .iter()
        .flat_map(|s| s.1.iter())
        .filter_map(|m| match &m.kind {
            MentionKind::Players(ps) if ps.len() == 1 => Some(ps[0]),
            _ => None,
        })
        .collect();
    let affinity = |m: &offside_data::Match| {
        let year = wide_years.contains(&m.date.year())
            || m.edition
                .is_some_and(|e| wide_years.contains(&(store.edition(e).year as i16)));
        let scorer = store
            .goals_of(m)
            .iter()
            .any(|g| lead_players.contains(&g.player));
        (u8::from(year) + u8::from(scorer), m.date)
    };
    // Teams the lead named in its earlier sentences: "Ronaldo was benched by
    // Portugal. But after a 6-1 win over Switzerland, ..." names the other
    // side of the score one sentence up.
    let mut earlier: Vec<TeamId> = Vec::new();
    for (toks, mentions) in lead.iter().map(|s| (s.0, s.1)) {
        let mut teams = Vec::new();
        for m in mentions.iter() {
            // "booked their place at Euro 2016 in France": a country named
            // as a place is not a side.
            let place = m.start > 0 && matches!(toks[m.start - 1].norm.as_str(), "in" | "at");
            if let Some(t) = m.team().filter(|_| !place) {
                if !teams.contains(&t) {
                    teams.push(t);
                }
            }
        }
        let before = std::mem::take(&mut earlier);
        earlier = before
            .iter()
            .copied()
            .chain(teams.iter().copied())
            .collect();
        earlier.dedup();
        // The score must be a result ("a 6-1 win"), not a lead ("a 2-1 lead").
        let result_score = toks.iter().enumerate().any(|(i, t)| {
            let near = |w: &[&str]| {
                toks[i + 1..(i + 6).min(toks.len())]
                    .iter()
                    .any(|x| w.contains(&x.norm.as_str()))
            };
            matches!(t.kind, TokenKind::Score(..))
                && near(&[
                    "win",
                    "victory",
                    "defeat",
                    "loss",
                    "draw",
                    "rout",
                    "thrashing",
                ])
                && !near(&["lead", "led", "ahead", "up", "half", "halftime", "interval"])
        });
        if teams.len() < 2 && result_score {
            // Named as a place ("a 3-0 victory in Venezuela"), a team is not
            // a side of the score.
            teams.retain(|t| {
                !mentions.iter().any(|m| {
                    m.team() == Some(*t)
                        && m.start > 0
                        && matches!(toks[m.start - 1].norm.as_str(), "in" | "at")
                })
            });
            for t in &before {
                if teams.len() < 2 && !teams.contains(t) {
                    teams.push(*t);
                }
            }
        }
        // "Doan and Asano scored late goals to give a 2-1 victory over
        // Germany": one side named, the other known by its scorers.
        let one_side = teams.len() == 1 && result_score;
        if teams.len() < 2 && !one_side {
            continue;
        }
        let mut scores: Vec<(u8, u8)> = toks
            .iter()
            .filter_map(|t| match t.kind {
                TokenKind::Score(x, y) => Some((x, y)),
                _ => None,
            })
            .collect();
        // A headline's "Brazil 2 Argentina 0": each team followed by its goals.
        let goals_after = |m: &Mention| match toks.get(m.end).map(|t| t.kind) {
            Some(TokenKind::Number(n)) if n < 20 => Some(n as u8),
            _ => None,
        };
        let team_goals: Vec<u8> = mentions
            .iter()
            .filter(|m| m.team().is_some())
            .filter_map(goals_after)
            .collect();
        if let [x, y, ..] = team_goals[..] {
            scores.push((x, y));
        }
        // "beat them 4-1 in the penalty shoot-out" states the kicks, not the match.
        if toks
            .iter()
            .any(|t| matches!(t.norm.as_str(), "shootout" | "penalties"))
        {
            scores.clear();
        }
        // "1964 runners-up", "the 2010 champions" describe a team, not the match.
        let epithet = |i: usize| {
            crate::lexicon::lexicon()
                .find(toks, i + 1, i + 4, "title_epithet")
                .is_some()
        };
        // Only years are asked whether they are epithets: the look-up is
        // dearer than the test for a year.
        let years: Vec<i16> = toks
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.match_year().filter(|_| !epithet(i)))
            .collect();
        let comps: Vec<_> = mentions
            .iter()
            .filter_map(|m| match m.kind {
                MentionKind::Competition(c) => Some(c),
                _ => None,
            })
            .collect();
        // "the final" (not a quarter- or semi-final) pins the stage.
        // "to reach the final", "into the final" name the next match.
        let final_named = toks.iter().enumerate().any(|(i, t)| {
            let before = |k: usize| i.checked_sub(k).map_or("", |j| toks[j].norm.as_str());
            t.norm == "final"
                && !matches!(before(1), "quarter" | "semi")
                // "their final match", "the final whistle": an adjective.
                && !toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "match" | "matches" | "game" | "games" | "whistle" | "day" | "group"
                            | "round" | "minute" | "minutes" | "stage" | "qualifier"
                            | "qualifying" | "fixture" | "table" | "seconds" | "score"
                    )
                })
                && !(1..=4).any(|k| {
                    matches!(
                        before(k),
                        "to" | "into" | "reach" | "reached" | "reaching" | "for"
                    )
                })
        });
        // A full date ("29 June 1986") names the day outright; one written
        // earlier in the lead ("kicked off on June 14, 1970, at the Azteca
        // ... The USSR had been brilliant") dates the teams named after it.
        let mut full_dates: Vec<Date> = written_dates(toks)
            .into_iter()
            .filter_map(|d| Date::new(d.year?, d.month, d.day).ok())
            .collect();
        let bare = full_dates.is_empty() && scores.is_empty();
        // "Uruguay v Ghana": a fixture named as such, a preview's headline.
        let fixture_named = mentions.windows(2).any(|w| {
            w[0].team().is_some()
                && w[1].team().is_some()
                && w[1].start == w[0].end + 1
                && matches!(toks[w[0].end].norm.as_str(), "v" | "vs" | "versus")
        });
        // A score is the surest sign of the match reported; a year may be
        // a rematch's history ("a rematch of the 2010 final").
        // Only a sentence with nothing else to pin its match borrows the
        // lead's date.
        if bare && years.is_empty() && comps.is_empty() && !final_named && !fixture_named {
            full_dates = lead_dates.clone();
        }
        let strength = 4 * u8::from(!scores.is_empty())
            + 3 * u8::from(fixture_named)
            + 6 * u8::from(!full_dates.is_empty())
            + 2 * u8::from(!years.is_empty())
            + u8::from(!comps.is_empty())
            + u8::from(final_named);
        if strength == 0 || best.is_some_and(|(s, _, _, _, _)| s >= strength) {
            continue;
        }
        let fits = |m: &offside_data::Match| {
            let s = m.score;
            let same = |x: u8, y: u8, h: u8, a: u8| (h, a) == (x, y) || (h, a) == (y, x);
            let score_ok = scores.is_empty()
                || scores.iter().any(|&(x, y)| {
                    same(x, y, s.home, s.away)
                        || m.full_time.is_some_and(|f| same(x, y, f.home, f.away))
                });
            // "the 2018 World Cup qualifier" was played in 2017.
            let edition_year = m.edition.map(|e| store.edition(e).year as i16);
            // A qualifier of "the 2018 World Cup" is a match of that
            // competition's qualification, played up to three years before.
            let cname = &store.competition(m.competition).name;
            let qualifier = cname.contains("qualification");
            let year_ok = years.is_empty()
                || years.contains(&m.date.year())
                || edition_year.is_some_and(|y| years.contains(&y))
                || (qualifier && years.iter().any(|y| (0..=3).contains(&(y - m.date.year()))));
            let comp_ok = comps.is_empty()
                || comps.contains(&m.competition)
                || comps
                    .iter()
                    .any(|c| qualifier && cname.starts_with(&*store.competition(*c).name));
            let stage_ok = !final_named || m.stage == offside_data::Stage::Final;
            let lead_year_ok = !years.is_empty()
                || lead_years.is_empty()
                || lead_years.contains(&m.date.year())
                || edition_year.is_some_and(|y| lead_years.contains(&y));
            let day_ok = full_dates.is_empty()
                || full_dates
                    .iter()
                    .any(|d| (*d - m.date).get_days().abs() <= 1);
            score_ok
                && day_ok
                && year_ok
                && lead_year_ok
                && comp_ok
                && stage_ok
                && as_of.is_none_or(|d| m.date <= d)
        };
        // Any two of the first three teams named (a dateline or a passing
        // name may come first).
        let pairs = teams
            .iter()
            .take(3)
            .enumerate()
            .flat_map(|(i, a)| teams.iter().take(3).skip(i + 1).map(move |b| (*a, *b)));
        // "Italy routed Germany 4-1": a win word after the first team and
        // before the score makes it the winner; of meetings with that score,
        // one it won is the one meant (Italy 4-1 Germany in 2006, not
        // Germany 4-1 Italy in 2016).
        let first_at = mentions.iter().find(|m| m.team().is_some()).map(|m| m.end);
        let score_at = toks
            .iter()
            .position(|t| matches!(t.kind, TokenKind::Score(..)));
        // "Chile 1-0 Uruguay": a team, its goals and the other team, in
        // that order, say who won.
        let headline_winner = score_at.and_then(|b| {
            let TokenKind::Score(x, y) = toks[b].kind else {
                return None;
            };
            let left = mentions.iter().find(|m| m.end == b)?.team()?;
            let right = mentions.iter().find(|m| m.start == b + 1)?.team()?;
            match x.cmp(&y) {
                std::cmp::Ordering::Greater => Some(left),
                std::cmp::Ordering::Less => Some(right),
                std::cmp::Ordering::Equal => None,
            }
        });
        let won_by = match (first_at, score_at) {
            (Some(a), Some(b)) if a < b => toks[a..b]
                .iter()
                .any(|t| crate::rules::WIN_WORDS.contains(&t.norm.as_str()))
                .then(|| teams[0]),
            _ => None,
        }
        .or(headline_winner);
        let key = |m: &offside_data::Match| {
            let (a, d) = affinity(m);
            (a, won_by.is_none_or(|w| m.winner() == Some(w)), d)
        };
        // "Uruguay v Ghana" with no score or year: the meeting of the
        // article's own days (a preview on match day), not an old one the
        // lead recalls.
        let fixture_only = fixture_named && scores.is_empty() && years.is_empty();
        let found = if let (true, Some(d)) = (fixture_only, as_of) {
            pairs
                .flat_map(|(a, b)| store.meetings(a, b).filter(|m| fits(m)))
                .filter(|m| (d - m.date).get_days() <= 7)
                .max_by_key(|m| m.date)
        } else if one_side {
            store
                .team_matches(teams[0])
                .filter(|m| fits(m))
                .filter(|m| {
                    store
                        .goals_of(m)
                        .iter()
                        .any(|g| lead_players.contains(&g.player))
                })
                .max_by_key(|m| key(m))
        } else {
            pairs
                .flat_map(|(a, b)| store.meetings(a, b).filter(|m| fits(m)))
                .max_by_key(|m| key(m))
        };
        if let Some(m) = found {
            // A match an earlier sentence pinned by its year stays unless
            // this one is about the same two teams ("It was the day Italy
            // beat Brazil at the 1982 World Cup" before "Brazil's 3-1 over
            // Argentina").
            // Nor does a later sentence that recalls the same sides' meeting
            // of another year ("Peru, who beat Australia 2-0 at the 2018
            // World Cup" under a lead about their 2022 play-off).
            let keeps_earlier = best.is_some_and(|(_, id, _, year_stated, _)| {
                let e = store.match_(id);
                let same_sides = m.involves(e.home) && m.involves(e.away);
                let e_year = e.edition.map(|x| store.edition(x).year as i16);
                let other_year = !years.is_empty()
                    && !years.contains(&e.date.year())
                    && e_year.is_none_or(|y| !years.contains(&y));
                year_stated && (!same_sides || other_year)
            });
            if keeps_earlier {
                continue;
            }
            let score_stated = !scores.is_empty() || !full_dates.is_empty();
            best = Some((
                strength,
                m.id,
                score_stated,
                !years.is_empty(),
                !full_dates.is_empty(),
            ));
            // The first sentence that writes a score the teams' meeting
            // fits is the report's: later ones recall history.
            if score_stated {
                break;
            }
        }
    }
    best.map(|(_, id, score_stated, year_stated, dated)| LeadMatch {
        id,
        score_stated,
        pinned: score_stated || year_stated,
        dated,
    })
}

/// The match a report's lead names, and how surely.
#[derive(Clone, Copy, Debug)]
pub struct LeadMatch {
    pub id: MatchId,
    /// The lead wrote its score (not only the teams, a year or a
    /// competition): a report of that match, not a passing mention.
    pub score_stated: bool,
    /// A score or a year pins the meeting down; teams and a competition
    /// alone leave it to a guess (the latest meeting).
    pub pinned: bool,
    /// The lead writes the match's full date ("On 26 July 2009, ..."): a
    /// retrospective names its match outright.
    pub dated: bool,
}

/// For an undated article: the latest full date it writes ("July 30, 1966"),
/// else the end of the latest year it names that has matches, else nothing.
pub fn infer_as_of(tokens: &[Token], store: &Store) -> Option<Date> {
    let mut best: Option<Date> = None;
    for d in written_dates(tokens) {
        if let Some(y) = d.year {
            if let Ok(date) = Date::new(y, d.month, d.day) {
                best = best.max(Some(date));
            }
        }
    }
    if best.is_some() {
        return best;
    }
    let last_data = store.matches.last().map(|m| m.date)?;
    let mut year: Option<i16> = None;
    for t in tokens {
        if let Some(n) = t
            .number()
            .filter(|n| (1872..=last_data.year() as u32).contains(n))
        {
            year = year.max(Some(n as i16));
        }
    }
    year.and_then(|y| Date::new(y, 12, 31).ok())
        .map(|d| d.min(last_data))
}

#[cfg(test)]
mod tests {
    use super::*;
    use offside_text::tokenize;

    #[test]
    fn reads_dates_in_both_orders() {
        let t = tokenize(
            "on July 30, 1966 and Saturday (December 10) or 18 December",
            0,
        );
        let d = written_dates(&t);
        assert_eq!(d.len(), 3);
        assert_eq!((d[0].month, d[0].day, d[0].year), (7, 30, Some(1966)));
        assert_eq!((d[1].month, d[1].day, d[1].year), (12, 10, None));
        assert_eq!((d[2].month, d[2].day), (12, 18));
    }

    #[test]
    fn date_line_strips_the_header() {
        let (d, start) = date_line(" date 2022-12-12 Borussia").unwrap();
        assert_eq!(d.to_string(), "2022-12-12");
        assert_eq!(&" date 2022-12-12 Borussia"[start..], "Borussia");
    }
}

//! When and where: "on Saturday (December 10)", "played on July 15", "next
//! Sunday", "at the Khalifa International Stadium", "in Belo Horizonte", "the
//! 2022 World Cup in Qatar".

use super::*;
use crate::dates::{nearest_date, weekday, weekday_of, written_dates, WEEKDAYS};
use crate::mentions::MentionKind;
use crate::places::{place_key, Places};
use offside_data::{Date, DisagreementKind, Store};
use offside_text::normalize_phrase;

pub struct MatchDate;
pub struct Venue;

/// A dateline ("Dec 8 (Reuters) -") gives the publication date, not a claim.
fn is_dateline(s: &SentenceCtx, end: usize) -> bool {
    s.word(end) == "(" && matches!(s.word(end + 1), "reuters" | "ap" | "afp" | "pa" | "dpa")
}

impl Rule for MatchDate {
    fn name(&self) -> &'static str {
        "date"
    }
    fn description(&self) -> &'static str {
        "the day and date of a match"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        let dates = written_dates(s.tokens);
        let mut used: Vec<usize> = Vec::new();
        // Weekdays, with a written date in brackets or after a comma when there is one.
        for (i, t) in s.tokens.iter().enumerate() {
            let Some(wd) = weekday(&t.norm).filter(|_| t.capitalized) else {
                continue;
            };
            // "Thursday, June 26", or "June 10, a Monday".
            let date = dates
                .iter()
                .find(|d| d.start > i && d.start <= i + 3)
                .or_else(|| {
                    dates.iter().find(|d| {
                        d.end <= i
                            && i - d.end <= 2
                            && (d.end..i).all(|k| matches!(s.word(k), "," | "a" | "which" | "was"))
                    })
                });
            let date_first = date.filter(|d| d.end <= i);
            let end = match (date, date_first) {
                (_, Some(_)) => i,
                (Some(d), None) => d.end - 1 + usize::from(s.word(d.end) == ")"),
                (None, _) => i + usize::from(s.word(i + 1) == "night"),
            };
            if let Some(d) = date {
                used.push(d.start);
            }
            if date.is_some_and(|d| is_dateline(s, d.end)) {
                continue;
            }
            // "this Friday", "next Sunday": a day counted from publication,
            // usually of something still to come.
            if date.is_none() && matches!(s.word(i.wrapping_sub(1)), "this" | "next" | "coming") {
                continue;
            }
            let Some(m) = s.match_near(i) else { continue };
            // A full date on which the same two sides met names that meeting.
            let m = date
                .and_then(|d| Date::new(d.year?, d.month, d.day).ok())
                .and_then(|c| store.find_match(m.home, m.away, c))
                .unwrap_or(m);
            // "next Sunday": a day after the article; its match may be later than the one in view.
            let next = s.word(i.wrapping_sub(1)) == "next";
            let start = if let Some(d) = date_first {
                d.start - usize::from(s.word_back(d.start, 1) == "on")
            } else if matches!(s.word(i.wrapping_sub(1)), "on" | "next" | "this" | "last") {
                i - 1
            } else {
                i
            };
            let mut ok = weekday_of(m.date) == wd;
            // A late kick-off reported from a time zone ahead of the venue
            // falls on the next day there (policy P4).
            let mut next_day = weekday_of(m.date) == (wd + 6) % 7;
            if let Some(d) = date {
                // A date without a year takes the year of the match in view.
                let claimed = match d.year {
                    Some(y) => Date::new(y, d.month, d.day).ok(),
                    None => nearest_date(d.month, d.day, m.date),
                };
                ok &= claimed == Some(m.date);
                next_day &= claimed.and_then(|c| c.yesterday().ok()) == Some(m.date);
                // A date weeks away from the match dates something else.
                if d.year.is_none() && claimed.is_some_and(|c| (c - m.date).get_days().abs() > 3) {
                    continue;
                }
            }
            let claimed = match date {
                Some(d) => format!(
                    "{} {} {}",
                    WEEKDAYS[wd as usize],
                    d.day,
                    crate::dates::MONTHS[(d.month - 1) as usize]
                ),
                None => WEEKDAYS[wd as usize].to_string(),
            };
            let _ = next;
            let f = Finding::new(
                "date",
                ClaimKind::Date,
                s.span_of(start, end),
                format!("{} on {claimed}", store.describe_match(m)),
            );
            let actual = format!("{} ({})", m.date, WEEKDAYS[weekday_of(m.date) as usize]);
            // Another match of these teams in the article's days fell on
            // that weekday ("on Sunday night" for a final after a Thursday
            // semi-final): the sentence may mean that one.
            // Not when the sentence names only sides of the match checked
            // ("now play Croatia on Tuesday"): the other match must have them.
            // Teams by name, not as places ("Yaoundé, Cameroon", "in Qatar").
            let as_team =
                |k: usize| !matches!(s.word_back(k, 1), "in" | "at" | ",") && !s.is_pronoun(k);
            let all_named: Vec<_> = s
                .teams
                .iter()
                .filter(|(k, _)| as_team(*k))
                .map(|(_, t)| *t)
                .collect();
            let mut named: Vec<_> = all_named
                .iter()
                .copied()
                .filter(|t| m.involves(*t))
                .collect();
            named.dedup();
            // The weekday's own stretch of words names a side of the match.
            let (a, b) = segment(s, i);
            let in_segment = s
                .teams
                .iter()
                .any(|(k, t)| (a..b).contains(k) && as_team(*k) && m.involves(*t));
            let both_named =
                !named.is_empty() && all_named.iter().all(|t| m.involves(*t)) && in_segment;
            // Both sides in the weekday's own words ("they lost 2-0 to
            // Georgia ... on Tuesday", a pronoun counting; not a place, not
            // "either Senegal or Turkey"): only a meeting of the two can be
            // meant.
            let place = |k: usize| matches!(s.word_back(k, 1), "in" | "at" | ",");
            let alternatives = (a..b).any(|k| matches!(s.word(k), "or" | "either"));
            let mut pair: Vec<TeamId> = s
                .teams
                .iter()
                .filter(|(k, t)| (a..b).contains(k) && !place(*k) && m.involves(*t))
                .map(|(_, t)| *t)
                .collect();
            pair.sort_unstable_by_key(|t| t.0);
            pair.dedup();
            let pinned_pair = pair.len() == 2 && !alternatives;
            let other_that_day = !ok
                && date.is_none()
                && s.doc.as_of.is_some_and(|d| {
                    [m.home, m.away].into_iter().any(|t| {
                        store.team_matches(t).any(|x| {
                            x.id != m.id
                                && (d - x.date).get_days().abs() <= 10
                                && weekday_of(x.date) == wd
                                && (!both_named || named.iter().all(|n| x.involves(*n)))
                                && (!pinned_pair || pair.iter().all(|n| x.involves(*n)))
                        })
                    })
                });
            // The article's own date, printed as its byline ("Monday 04
            // February 2013"), is not a match's.
            let byline = date.is_some_and(|d| {
                d.year.is_some()
                    && s.doc.as_of.is_some_and(|a| {
                        Date::new(d.year.unwrap_or(0), d.month, d.day).ok() == Some(a)
                    })
            });
            if byline && !ok {
                continue;
            }
            out.push(
                if other_that_day {
                    f.unverifiable(format!(
                        "{} was on {actual}; another match of these teams in the article's days fell on that weekday",
                        store.describe_match(m)
                    ))
                } else if !ok && next_day {
                    f.unverifiable(format!(
                        "the match was played on {actual}, local date; the day after may be the date where the article was published (time zones)"
                    ))
                } else {
                    let mut f =
                        f.judged(ok, actual, format!("date of {}", store.describe_match(m)));
                    f.match_pinned = pinned_pair;
                    f
                }
                .with_evidence([m.id]),
            );
        }
        // Written dates on their own: "played on July 15", "on July 30, 1966".
        for d in &dates {
            if used.contains(&d.start) || is_dateline(s, d.end) {
                continue;
            }
            let prev = s.word(d.start.wrapping_sub(1));
            if !matches!(prev, "on" | "played" | ",")
                && s.find_in(
                    d.start.saturating_sub(4),
                    d.start,
                    &["played", "held", "staged"],
                )
                .is_none()
            {
                continue;
            }
            let Some(m) = s.match_near(d.start) else {
                continue;
            };
            let claimed = match d.year {
                Some(y) => Date::new(y, d.month, d.day).ok(),
                None => nearest_date(d.month, d.day, m.date),
            };
            let Some(claimed) = claimed else { continue };
            // The same two sides met on the day written: that meeting is
            // the one meant ("on July 25, 1993, when Bolivia shocked
            // Brazil" is the first leg, not the return).
            let m = store.find_match(m.home, m.away, claimed).unwrap_or(m);
            // A date far from the match in view dates something else (a
            // tournament's start, a draw, the next round).
            if d.year.is_none() && (claimed - m.date).get_days().abs() > 3 {
                continue;
            }
            let ok = claimed == m.date;
            // The article's own date printed as its byline.
            if !ok && d.year.is_some() && s.doc.as_of == Some(claimed) {
                continue;
            }
            // A date one day after the match may be where the article was
            // published, or the paper's own date (policy P4).
            let next_day = claimed.yesterday().ok() == Some(m.date);
            let start = if prev == "on" { d.start - 1 } else { d.start };
            let f = Finding::new(
                "date",
                ClaimKind::Date,
                s.span_of(start, d.end - 1),
                format!("{} on {claimed}", store.describe_match(m)),
            );
            out.push(
                if !ok && next_day {
                    f.unverifiable(format!(
                        "the match was played on {}, local date; the day after may be the date where the article was published (time zones)",
                        m.date
                    ))
                } else {
                    f.judged(ok, m.date.to_string(), format!("date of {}", store.describe_match(m)))
                }
                .with_evidence([m.id]),
            );
        }
    }
}

impl Rule for Venue {
    fn name(&self) -> &'static str {
        "venue"
    }
    fn description(&self) -> &'static str {
        "where a match or a tournament was played"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        for (mi, men) in s.mentions.iter().enumerate() {
            // "the 2022 FIFA World Cup in Qatar": a country named as a team is
            // a place when it follows a tournament and "in".
            let host_country = men.team().is_some()
                && mi > 0
                && matches!(s.mentions[mi - 1].kind, MentionKind::Competition(_))
                && s.mentions[mi - 1].end + 1 == men.start
                && s.word(men.start - 1) == "in";
            if men.kind != MentionKind::Place && !host_country {
                continue;
            }
            let i = men.start;
            let is_ground = men
                .key
                .split(' ')
                .any(|w| matches!(w, "stadium" | "estadio" | "arena" | "stade"))
                || s.word(men.end) == "stadium";
            // "at (the iconic) X", "in (the capital) X"; a stadium's name stands alone.
            let prep = (i.saturating_sub(4)..i)
                .rev()
                .find(|k| matches!(s.word(*k), "at" | "in"));
            let prep_ok = prep.is_some_and(|k| {
                (k + 1..i).all(|x| !s.tokens[x].capitalized || s.word(x) == "the")
            });
            if !prep_ok && !is_ground {
                continue;
            }
            // "the 2022 FIFA World Cup in Qatar": the edition's host.
            let after_comp = mi > 0
                && matches!(s.mentions[mi - 1].kind, MentionKind::Competition(_))
                && s.mentions[mi - 1].end + 1 == i;
            let key = place_key(men.span.text(s.text));
            if after_comp {
                let Some(e) = s.edition_near(i) else { continue };
                let ed = store.edition(e);
                let ok = ed.hosts.iter().any(|h| normalize_phrase(h).contains(&key));
                let start = (i.saturating_sub(6)..i)
                    .find(|k| s.tokens[*k].number().is_some_and(|n| n > 1900))
                    .unwrap_or(s.mentions[mi - 1].start);
                out.push(
                    Finding::new(
                        "venue",
                        ClaimKind::Venue,
                        s.span_of(start, men.end - 1),
                        format!(
                            "{} was played in {}",
                            store.edition_name(e),
                            men.span.text(s.text)
                        ),
                    )
                    .judged(
                        ok,
                        ed.hosts.join(", "),
                        format!("host countries of {}", store.edition_name(e)),
                    )
                    .with_evidence(ed.matches.first().copied()),
                );
                continue;
            }
            let Some(m) = s.match_near(i) else { continue };
            // The same sides' other meeting of the campaign, played where the
            // sentence says ("a hat-trick in Auckland" for the first leg of a
            // tie reported from the second), is the one meant.
            let m = if played_at(store, m, &key) {
                m
            } else {
                store
                    .meetings(m.home, m.away)
                    .find(|x| {
                        x.id != m.id
                            && x.competition == m.competition
                            && (x.date - m.date).get_days().abs() <= 400
                            && played_at(store, x, &key)
                    })
                    .unwrap_or(m)
            };
            // A "ground" that only repeats the city (some fixture lists) names
            // no stadium.
            let ground = m
                .ground
                .as_deref()
                .filter(|g| normalize_phrase(g) != normalize_phrase(&m.city));
            let mut ok = played_at(store, m, &key);
            // A stadium the data knows from other matches, for a match whose
            // source gives only the city ("at Wembley" for a London match).
            let mut unknown_ground = false;
            if !ok && ground.is_none() {
                let city_of_ground = data_places(store)
                    .grounds
                    .iter()
                    .find_map(|(name, city)| name.contains(&key).then(|| city.clone()));
                match city_of_ground {
                    Some(c) => ok = normalize_phrase(&m.city) == c,
                    None => unknown_ground = is_ground,
                }
                // Policy P7: where the data names only the city, a stadium
                // claim it cannot place there is unverifiable, not false.
                unknown_ground |= !ok && is_ground;
            }
            let start = prep.filter(|_| prep_ok).unwrap_or(i);
            let mut end = men.end - 1;
            if s.word(men.end) == "stadium" {
                end += 1;
            }
            let actual = match ground {
                Some(g) => format!("{g} ({}, {})", m.city, m.country),
                None => format!("{}, {}", m.city, m.country),
            };
            let f = Finding::new(
                "venue",
                ClaimKind::Venue,
                s.span_of(start, end),
                format!(
                    "{} played at {}",
                    store.describe_match(m),
                    men.span.text(s.text)
                ),
            );
            // Another city of the same country ("in Abidjan" for a match the data
            // puts in Ebimpé, on its edge): the data cannot tell a metro area.
            // A city that was itself a venue of the tournament is a place of
            // its own (Amsterdam and Rotterdam at Euro 2000).
            let venue_of_edition = m.edition.is_some_and(|e| {
                store
                    .edition(e)
                    .matches
                    .iter()
                    .any(|x| normalize_phrase(&store.match_(*x).city) == key)
            });
            let same_country_city = !ok
                && (!venue_of_edition || same_metro_area(&key, &normalize_phrase(&m.city)))
                && !is_ground
                && normalize_phrase(&m.country) != key
                && data_places(store)
                    .cities
                    .iter()
                    .any(|(city, country)| *city == key && **country == *m.country);
            // A place the data knows as no city, stadium or country of any
            // match ("in California", "in Lombardy") may be a region around
            // the match's city: never false.
            let unknown_place = !ok
                && !is_ground
                && !data_places(store)
                    .cities
                    .iter()
                    .any(|(city, country)| *city == key || place_key(country) == key)
                && !data_places(store)
                    .grounds
                    .iter()
                    .any(|(name, _)| name.contains(&key));
            let f = if unknown_place {
                f.unverifiable(format!(
                    "the data knows {} as no city, stadium or country; it may be a region around {}",
                    men.span.text(s.text),
                    m.city
                ))
            } else if same_country_city {
                f.unverifiable(format!(
                    "the data puts {} in {}, {}; {} is in the same country and may be the same area",
                    store.describe_match(m),
                    m.city,
                    m.country,
                    men.span.text(s.text)
                ))
            } else if unknown_ground {
                f.unverifiable(format!(
                    "the data gives {} the city ({}, {}) but not the stadium",
                    store.describe_match(m),
                    m.city,
                    m.country
                ))
            } else if ok || s.match_named || Some(m.id) == s.doc.main_match || s.writes_score_of(m)
            {
                f.judged(ok, actual, format!("venue of {}", store.describe_match(m)))
            } else {
                f.unverifiable(format!(
                    "not sure which match is meant; {} was at {actual}",
                    store.describe_match(m)
                ))
            };
            out.push(f.with_evidence([m.id]));
        }
    }
}

/// Whether the data's ground, city or country of `m` is the place `key`
/// (normalised) names. A "ground" that only repeats the city names no
/// stadium.
///
/// A stadium the sources name differently ("Westfalenstadion" and "Signal
/// Iduna Park"; openfootball's JSON and its Football.TXT disagree on a few
/// grounds) fits under either name (policy P3).
fn played_at(store: &Store, m: &Match, key: &str) -> bool {
    let ground = m
        .ground
        .as_deref()
        .filter(|g| normalize_phrase(g) != normalize_phrase(&m.city));
    let fits = |p: &str| {
        let p = place_key(p);
        !p.is_empty() && (p.contains(key) || key.contains(&p))
    };
    [ground.unwrap_or(""), &m.city, &m.country]
        .into_iter()
        .any(fits)
        || store
            .disagreements_for(m.id)
            .filter(|d| d.kind == DisagreementKind::Venue)
            .any(|d| {
                [&d.results_csv, &d.openfootball]
                    .into_iter()
                    .any(|v| fits(v.split(',').next().unwrap_or(v)))
            })
}

/// The stretch of the sentence around token `i` between commas, semicolons
/// and relative pronouns.
fn segment(s: &SentenceCtx, i: usize) -> (usize, usize) {
    let stop = |k: &usize| matches!(s.word(*k), "," | ";" | "whose" | "who" | "which");
    let a = (0..i).rev().find(stop).map_or(0, |k| k + 1);
    let b = (i..s.tokens.len()).find(stop).unwrap_or(s.tokens.len());
    (a, b)
}

/// Whether `city` is the city on whose edge `town` lies (lexicon/metro.tsv).
fn same_metro_area(city: &str, town: &str) -> bool {
    use std::sync::OnceLock;
    static PAIRS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    PAIRS
        .get_or_init(|| {
            include_str!("../../lexicon/metro.tsv")
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .filter_map(|l| l.split_once('\t'))
                .collect()
        })
        .iter()
        .any(|(c, t)| *c == city && *t == town)
}

/// Whether `key` (normalised) is a city the data has matches in: "in
/// Paris" is the city, not a player called Paris.
pub(crate) fn is_city(store: &offside_data::Store, key: &str) -> bool {
    data_places(store).cities.iter().any(|(c, _)| c == key)
}

/// The places of the store in use: for the store compiled in, those
/// build.rs wrote; for another, built on first use (and again for each
/// further store, which only tests make).
fn data_places(store: &offside_data::Store) -> std::borrow::Cow<'static, Places> {
    use std::sync::OnceLock;
    if store.is_embedded() {
        static EMBEDDED: OnceLock<Places> = OnceLock::new();
        return std::borrow::Cow::Borrowed(
            EMBEDDED.get_or_init(|| Places::decode(crate::EMBEDDED_PLACES)),
        );
    }
    static CACHE: OnceLock<(usize, usize, Places)> = OnceLock::new();
    let key = (store as *const _ as usize, store.matches.len());
    let cached = CACHE.get_or_init(|| (key.0, key.1, Places::build(store)));
    if (cached.0, cached.1) == key {
        std::borrow::Cow::Borrowed(&cached.2)
    } else {
        std::borrow::Cow::Owned(Places::build(store))
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn venue(text: &str, as_of: &str) -> Option<Verdict> {
        claims_of("venue", text, as_of).first().map(|c| c.verdict)
    }

    #[test]
    fn a_full_date_picks_the_meeting_played_that_day() {
        // 1994 qualifying: Bolivia 2-0 Brazil in La Paz on 1993-07-25, Brazil
        // 6-0 Bolivia in Recife on 1993-08-29.
        let date = |t: &str| {
            claims_of("date", t, "2020-07-26")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            date("It happened on July 25, 1993, when Bolivia beat Brazil in La Paz."),
            Some(Verdict::True)
        );
        assert_eq!(
            date("It happened on August 29, 1993, when Brazil beat Bolivia 6-0 in Recife."),
            Some(Verdict::True)
        );
        // A day on which they did not meet is still wrong.
        assert_eq!(
            date("It happened on July 18, 1993, when Bolivia beat Brazil in La Paz."),
            Some(Verdict::False)
        );
    }

    #[test]
    fn a_stadium_under_either_sources_name_stands() {
        // openfootball's JSON puts South Korea-Portugal 2022 at Lusail, its
        // Football.TXT at Education City (right); Dortmund's ground is the
        // Westfalenstadion or Signal Iduna Park.
        let day = "2022-12-03";
        assert_eq!(
            venue(
                "South Korea beat Portugal 2-1 at the Education City Stadium.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            venue("South Korea beat Portugal 2-1 at the Al Bayt Stadium.", day),
            Some(Verdict::False)
        );
        let day = "2006-07-05";
        assert_eq!(
            venue(
                "Italy beat Germany 2-0 in the semi-final at the Westfalenstadion.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            venue(
                "Italy beat Germany 2-0 in the semi-final at Signal Iduna Park.",
                day
            ),
            Some(Verdict::True)
        );
    }

    #[test]
    fn the_other_leg_played_where_the_sentence_says_is_the_one_meant() {
        // 2018 qualifying, OFC final: New Zealand 6-1 Solomon Islands in
        // Auckland (09-01), 2-2 in Honiara (09-05).
        let lead = "New Zealand drew 2-2 with the Solomon Islands in Honiara on Tuesday to win the tie 8-3. ";
        let day = "2017-09-06";
        let v = |t: &str| {
            claims_of("venue", &format!("{lead}{t}"), day)
                .iter()
                .find(|c| !c.text.contains("Honiara"))
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Chris Wood, who scored a hat-trick in Auckland, led the line."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Chris Wood, who scored a hat-trick in Wellington, led the line."),
            Some(Verdict::False)
        );
    }

    #[test]
    fn another_venue_city_of_the_tournament_is_false() {
        // The Euro 2000 final was in Rotterdam; Amsterdam hosted other matches.
        let day = "2000-07-03";
        assert_eq!(
            venue(
                "France beat Italy 2-1 in the Euro 2000 final in Rotterdam.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            venue(
                "France beat Italy 2-1 in the Euro 2000 final in Amsterdam.",
                day
            ),
            Some(Verdict::False)
        );
    }

    #[test]
    fn the_city_on_whose_edge_the_stadium_lies_is_not_false() {
        // Argentina 1-2 Saudi Arabia, 2022, was played in Lusail, by Doha.
        let v = venue(
            "Saudi Arabia beat Argentina 2-1 in Doha at the 2022 World Cup.",
            "2022-11-23",
        );
        assert_eq!(v, Some(Verdict::Unverifiable));
    }

    #[test]
    fn the_weekday_of_the_next_match_named_by_its_opponent() {
        // England's 2018 semi-final against Croatia was on Wednesday 11 July.
        let day = "2018-07-08";
        let lead = "England beat Sweden 2-0 in Samara. ";
        let v = |wd: &str| {
            claims_of(
                "date",
                &format!("{lead}Gareth Southgate's side now play Croatia in Moscow on {wd} for a place in the final."),
                day,
            )
            .first()
            .map(|c| c.verdict)
        };
        assert_eq!(v("Wednesday"), Some(Verdict::True));
        assert_eq!(v("Tuesday"), Some(Verdict::False));
    }

    #[test]
    fn a_weekday_after_its_date_and_the_meeting_a_score_names() {
        // Euro 2008: Spain 4-1 Russia on Tuesday 10 June in Innsbruck; the
        // semi-final, Russia 0-3 Spain, in Vienna on 26 June.
        let lead = "Spain beat Russia 3-0 in the Euro 2008 semi-final. It was their second win over the Russians, ";
        let day = "2008-06-27";
        let date = |t: &str| {
            claims_of("date", &format!("{lead}{t}"), day)
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            date("after the 4-1 on June 10, a Tuesday."),
            Some(Verdict::True)
        );
        assert_eq!(
            date("after the 4-1 on June 10, a Monday."),
            Some(Verdict::False)
        );
        let place = |t: &str| {
            claims_of("venue", &format!("{lead}{t}"), day)
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(place("after the 4-1 in Innsbruck."), Some(Verdict::True));
        assert_eq!(place("after the 4-1 in Salzburg."), Some(Verdict::False));
    }
}

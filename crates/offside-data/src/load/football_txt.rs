//! openfootball's Football.TXT: tournaments written as plain text, one file an
//! edition. The files are written unevenly (the World Cup files carry line-ups,
//! substitutions, sendings-off and shoot-out kicks; the Euro files groups,
//! stages, a.e.t., penalties and venues, some without dates), so the parser
//! reads what is there and says what it could not read:
//!
//! - `= Title` starts the file ("= World Cup 2006", "= Euro 1984 # in France").
//! - `#` starts a comment, at the start of a line or after a space.
//! - `» Group stage - Group A`, `▪ Semi-finals` or a bare `Quarterfinals` name a
//!   section (round, and group when there is one). A line with `|` after a
//!   section word lists a group's teams or a matchday's dates; it is skipped.
//! - A date line (`Fri Jun/9 2006 @ Stadium › City, Country`, `June 16 20:15 @
//!   Zagreb, Maksimir Stadion`, `Jun 10`) sets the date, and the venue of the
//!   matches under it.
//! - A match line holds a score: `Italy v France  1-1 [aet; 5-3 on pens]`,
//!   `21:00  Portugal  1-0 a.e.t. (0-0)  France  @ Paris (Stade de France)`,
//!   `Switzerland  4-5 pen. 1-1 a.e.t. (0-0)  Poland`, `England 0-0 Spain
//!   (aet, 4-2 pen)`; it may open with its own date, time and venue.
//! - Under a match: its scorers (`Philipp Lahm 6' Miroslav Klose 17';` then the
//!   other side's, or in brackets), line-ups (`Germany: Jens Lehmann, …, Tim
//!   Borowski (72' Sebastian Kehl), …`, a substitute's own replacement nested
//!   inside), `Penalties: Pirlo, …; Wiltord, Trezeguet (X), …` (each side's
//!   kicks in order, `(X)` a miss) and `Sent off: Zinedine Zidane 110'`.
//!
//! A line the parser recognises but cannot read goes into
//! [`TxtFile::skipped`] with its reason; a line that breaks the grammar of a
//! section that is otherwise exact (a line-up with unbalanced brackets, a
//! shoot-out or sending-off it cannot read) is an error naming the file and
//! line. Nothing panics on any input.

use crate::error::DataError;
use jiff::civil::Date;

/// A minute as the match clock shows it: `90+2'` is minute 90, stoppage 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TxtMinute {
    pub minute: u8,
    pub stoppage: Option<u8>,
}

/// One goal as listed under its match. `side` is 0 for the first-named team's
/// list, 1 for the second's (an own goal sits in the list of the team it
/// counts for).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxtGoal {
    pub side: u8,
    pub name: String,
    pub minute: Option<TxtMinute>,
    pub penalty: bool,
    pub own_goal: bool,
}

/// A player in a line-up: a starter (`on` is `None`) or a substitute, and the
/// minute he was replaced, if he was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxtPlayer {
    pub name: String,
    pub on: Option<TxtMinute>,
    pub off: Option<TxtMinute>,
}

/// One shoot-out kick, in its team's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxtKick {
    pub name: String,
    pub scored: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxtSentOff {
    pub name: String,
    pub minute: Option<TxtMinute>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TxtMatch {
    /// The line of the match in its file (1-based).
    pub line: u64,
    /// "Group stage", "Semi-finals", "Quarter-finals - Replay".
    pub round: Option<String>,
    /// "Group A".
    pub group: Option<String>,
    /// `None` where the file gives no date (Euro 1984 and 1992 group games).
    pub date: Option<Date>,
    /// Kick-off as written: "21:00", "20:00 UTC-4".
    pub time: Option<String>,
    pub team1: String,
    pub team2: String,
    /// The final score, extra time included, shoot-out excluded.
    pub score: [u8; 2],
    /// The score after 90 minutes, where the file gives it beside a.e.t.
    pub full_time: Option<[u8; 2]>,
    pub half_time: Option<[u8; 2]>,
    pub extra_time: bool,
    /// Kicks scored in the shoot-out.
    pub pens: Option<[u8; 2]>,
    /// Stadium and city as written ("Olympiastadion, Berlin").
    pub venue: Option<String>,
    pub goals: Vec<TxtGoal>,
    /// Each side's line-up, starters first in the order written.
    pub lineups: [Vec<TxtPlayer>; 2],
    /// Each side's shoot-out kicks in order.
    pub kicks: [Vec<TxtKick>; 2],
    pub sent_off: Vec<TxtSentOff>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TxtFile {
    /// "World Cup 2006".
    pub title: String,
    /// The year in the title.
    pub year: Option<u16>,
    pub matches: Vec<TxtMatch>,
    /// Lines recognised but not read, with the reason: (line, reason).
    pub skipped: Vec<(u64, String)>,
}

/// What the lines after a match line are continuing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    None,
    Goals,
    Lineup(u8),
    Penalties,
}

/// Parses one Football.TXT file. `path` names the file in errors.
pub fn parse(path: &str, text: &str) -> Result<TxtFile, DataError> {
    let mut p = Parser {
        path,
        out: TxtFile::default(),
        round: None,
        group: None,
        date: None,
        year: None,
        venue: None,
        block: Block::None,
        buf: String::new(),
        buf_line: 0,
    };
    for (i, raw) in text.lines().enumerate() {
        p.line(i as u64 + 1, raw)?;
    }
    p.flush()?;
    Ok(p.out)
}

struct Parser<'a> {
    path: &'a str,
    out: TxtFile,
    round: Option<String>,
    group: Option<String>,
    date: Option<(u8, u8)>,
    /// The year of the last date that gave one, else the title's.
    year: Option<i16>,
    venue: Option<String>,
    block: Block,
    /// Text of the block being read (line-ups and scorers span lines).
    buf: String,
    buf_line: u64,
}

impl Parser<'_> {
    fn err(&self, line: u64, msg: impl Into<String>) -> DataError {
        DataError::malformed(self.path, line, msg)
    }

    fn line(&mut self, n: u64, raw: &str) -> Result<(), DataError> {
        let text = strip_comment(raw);
        let indented = raw.starts_with([' ', '\t']);
        let t = text.trim();
        if t.is_empty() {
            return self.flush();
        }
        if let Some(title) = t.strip_prefix('=') {
            self.flush()?;
            let title = title.trim().to_string();
            self.out.year = title
                .split_whitespace()
                .rev()
                .find_map(|w| w.parse::<u16>().ok().filter(|y| *y > 1800));
            self.year = self.out.year.map(|y| y as i16);
            self.out.title = title;
            return Ok(());
        }
        if let Some(h) = t.strip_prefix('»').or_else(|| t.strip_prefix('▪')) {
            self.flush()?;
            self.heading(h.trim());
            return Ok(());
        }
        if !indented && is_bare_heading(t) {
            self.flush()?;
            if !t.contains('|') {
                self.heading(t);
            }
            return Ok(());
        }
        // Continuations of the block being read.
        if self.block != Block::None && indented && !starts_block(t) && find_score(t).is_none()
            || (self.block == Block::Penalties && indented)
        {
            self.buf.push(' ');
            self.buf.push_str(t);
            return Ok(());
        }
        if self.block == Block::Goals && indented && t.starts_with('(') {
            self.buf.push(' ');
            self.buf.push_str(t);
            return Ok(());
        }
        self.flush()?;
        if let Some(rest) = t.strip_prefix("Penalties:") {
            return self.start_block(n, Block::Penalties, rest);
        }
        if let Some(rest) = t.strip_prefix("Sent off:") {
            return self.sent_off(n, rest);
        }
        if let Some((team, rest)) = t.split_once(':') {
            if let Some(side) = self.lineup_side(team) {
                return self.start_block(n, Block::Lineup(side), rest);
            }
        }
        if let Some(at) = find_score(t) {
            return self.match_line(n, t, at);
        }
        if let Some((date, rest)) = parse_date(t) {
            self.set_date(n, date)?;
            let rest = rest.trim();
            self.venue = rest
                .strip_prefix('@')
                .map(|v| venue_text(v.trim()))
                .or_else(|| {
                    // "June 27 20:00 @ Paris": a time, then the venue.
                    let (_, r) = take_time(rest);
                    r.trim().strip_prefix('@').map(|v| venue_text(v.trim()))
                });
            return Ok(());
        }
        if indented && !self.out.matches.is_empty() {
            // Scorers written without their opening bracket, line-ups without a
            // team name, and the like.
            self.out
                .skipped
                .push((n, format!("not read under a match: `{t}`")));
            return Ok(());
        }
        self.out.skipped.push((n, format!("not read: `{t}`")));
        Ok(())
    }

    fn heading(&mut self, h: &str) {
        if h.contains('|') {
            return;
        }
        let h = h.trim().trim_end_matches(':').trim();
        // "Group stage - Group A", "Group A", "Quarter-finals - Replay", "Final, Replay".
        let (round, group) = match h.split_once(" - ") {
            Some((r, g)) if g.trim().starts_with("Group") => {
                (r.trim().to_string(), Some(g.trim().to_string()))
            }
            _ if h.starts_with("Group ") => ("Group".to_string(), Some(h.to_string())),
            _ => (h.to_string(), None),
        };
        self.round = Some(round);
        self.group = group;
        self.venue = None;
    }

    fn set_date(
        &mut self,
        n: u64,
        (month, day, year): (u8, u8, Option<i16>),
    ) -> Result<(), DataError> {
        if let Some(y) = year {
            self.year = Some(y);
        }
        let Some(y) = self.year else {
            return Err(self.err(n, "a date before any year (no year in the title or a date)"));
        };
        if Date::new(y, month as i8, day as i8).is_err() {
            return Err(self.err(n, format!("no such date: {y}-{month:02}-{day:02}")));
        }
        self.date = Some((month, day));
        Ok(())
    }

    fn current_date(&self) -> Option<Date> {
        let (m, d) = self.date?;
        Date::new(self.year?, m as i8, d as i8).ok()
    }

    /// Which side of the last match a line-up's team name is, if it is one.
    fn lineup_side(&self, team: &str) -> Option<u8> {
        let m = self.out.matches.last()?;
        let key = crate::names::normalize(team);
        if key.is_empty() {
            return None;
        }
        if key == crate::names::normalize(&m.team1) {
            Some(0)
        } else if key == crate::names::normalize(&m.team2) {
            Some(1)
        } else {
            None
        }
    }

    fn start_block(&mut self, n: u64, block: Block, rest: &str) -> Result<(), DataError> {
        if self.out.matches.is_empty() {
            return Err(self.err(n, "line-up or shoot-out before any match"));
        }
        self.block = block;
        self.buf.clear();
        self.buf.push_str(rest.trim());
        self.buf_line = n;
        Ok(())
    }

    /// Reads the block that just ended into the last match.
    fn flush(&mut self) -> Result<(), DataError> {
        let block = std::mem::replace(&mut self.block, Block::None);
        let text = std::mem::take(&mut self.buf);
        let n = self.buf_line;
        let Some(m) = self.out.matches.last_mut() else {
            return Ok(());
        };
        match block {
            Block::None => {}
            Block::Goals => match parse_goals(&text, m.score) {
                Ok(goals) => m.goals = goals,
                Err(why) => self
                    .out
                    .skipped
                    .push((n, format!("scorers not read ({why}): `{text}`"))),
            },
            Block::Lineup(side) => match parse_lineup(&text) {
                Ok(players) => m.lineups[side as usize] = players,
                Err(why) if text.contains('\'') => {
                    return Err(DataError::malformed(
                        self.path,
                        n,
                        format!("line-up: {why}"),
                    ))
                }
                // Line-ups without minutes (older Euro files) are read loosely elsewhere.
                Err(why) => self
                    .out
                    .skipped
                    .push((n, format!("line-up not read ({why})"))),
            },
            Block::Penalties => {
                if !text.contains(';') {
                    // "1-0 Masny, 1-1 Bonhof, …": the running score, not per side.
                    self.out.skipped.push((
                        n,
                        "shoot-out kicks written as a running score: not read".into(),
                    ));
                } else {
                    let (a, b) = text.split_once(';').unwrap_or((&text, ""));
                    let read = |s: &str| -> Result<Vec<TxtKick>, String> {
                        s.split(',')
                            .map(str::trim)
                            .filter(|k| !k.is_empty())
                            .map(|k| {
                                let (name, scored) = match k.strip_suffix("(X)") {
                                    Some(n) => (n.trim(), false),
                                    None => (k, true),
                                };
                                if name.is_empty() || name.contains(['(', ')', ';']) {
                                    Err(format!("bad kick `{k}`"))
                                } else {
                                    Ok(TxtKick {
                                        name: name.to_string(),
                                        scored,
                                    })
                                }
                            })
                            .collect()
                    };
                    let kicks = [read(a), read(b)];
                    match kicks {
                        [Ok(a), Ok(b)] if !a.is_empty() && !b.is_empty() => m.kicks = [a, b],
                        _ => {
                            return Err(DataError::malformed(
                                self.path,
                                n,
                                format!("shoot-out: cannot read `{text}`"),
                            ))
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn sent_off(&mut self, n: u64, rest: &str) -> Result<(), DataError> {
        let Some(m) = self.out.matches.last_mut() else {
            return Err(self.err(n, "sent off before any match"));
        };
        for item in rest.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (name, minute) = match item.rsplit_once(' ') {
                Some((name, min)) => match parse_minute(min) {
                    Some(mm) => (name.trim(), Some(mm)),
                    None => (item, None),
                },
                None => (item, None),
            };
            if minute.is_none() || name.is_empty() {
                return Err(DataError::malformed(
                    self.path,
                    n,
                    format!("sent off: `{item}` has no minute"),
                ));
            }
            m.sent_off.push(TxtSentOff {
                name: name.to_string(),
                minute,
            });
        }
        Ok(())
    }

    fn match_line(&mut self, n: u64, t: &str, at: (usize, usize)) -> Result<(), DataError> {
        let (start, end) = at;
        let mut prefix = t[..start].trim();
        // Its own date ("June 23 20:00  France 3-2 a.e.t.  Portugal @ Marseille").
        if let Some((date, rest)) = parse_date(prefix) {
            self.set_date(n, date)?;
            self.venue = None;
            prefix = rest.trim();
        }
        let (time, rest) = take_time(prefix);
        prefix = rest.trim();
        let mut venue = None;
        if let Some(v) = prefix.strip_prefix('@') {
            // "@ London            England": the venue runs to a wide gap.
            let v = v.trim_start();
            let cut = v.find("  ").unwrap_or(v.len());
            venue = Some(venue_text(v[..cut].trim()));
            prefix = v[cut..].trim();
        }
        let mut rest = t[end..].trim();
        if let Some(at) = rest
            .find(" @ ")
            .or_else(|| rest.starts_with("@ ").then_some(0))
        {
            venue = Some(venue_text(
                rest[at..].trim_start().trim_start_matches('@').trim(),
            ));
            rest = rest[..at].trim();
        }
        let score0 = parse_score(&t[start..end]).ok_or_else(|| self.err(n, "bad score"))?;
        let (team1, mut team2, after) = match prefix.split_once(" v ") {
            Some((a, b)) => (a.trim().to_string(), b.trim().to_string(), rest),
            None => (prefix.to_string(), String::new(), rest),
        };
        let (extras, tail) = read_extras(after);
        let mut extras = extras;
        if team2.is_empty() {
            // The second team, then perhaps more in brackets ("Spain (aet, 4-2 pen)").
            let cut = tail.find(['(', '[']).unwrap_or(tail.len());
            team2 = tail[..cut].trim().to_string();
            let (more, _) = read_extras(&tail[cut..]);
            extras.extend(more);
        }
        if team1.is_empty() || team2.is_empty() || !team1.chars().any(char::is_alphabetic) {
            return Err(self.err(n, format!("cannot tell the two teams in `{t}`")));
        }
        let mut m = TxtMatch {
            line: n,
            round: self.round.clone(),
            group: self.group.clone(),
            date: self.current_date(),
            time,
            team1,
            team2,
            venue: venue.or_else(|| self.venue.clone()),
            ..TxtMatch::default()
        };
        read_result(score0, &extras, &mut m).map_err(|why| self.err(n, why))?;
        self.out.matches.push(m);
        self.block = Block::Goals;
        self.buf.clear();
        self.buf_line = n + 1;
        Ok(())
    }
}

/// The text before a `#` comment (a `#` at the start or after a space).
fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    match line.find(" #") {
        Some(i) => &line[..i],
        None => line,
    }
}

/// Section names written without a marker (the Gold Cup files).
fn is_bare_heading(t: &str) -> bool {
    let first = t.split([' ', '|']).next().unwrap_or("");
    matches!(
        first,
        "Group"
            | "Matchday"
            | "Quarterfinals"
            | "Quarter-finals"
            | "Semifinals"
            | "Semi-finals"
            | "Final"
            | "Third-place"
            | "Round"
    ) && find_score(t).is_none()
        && !t.contains(':')
}

/// Lines that start a block of their own under a match.
fn starts_block(t: &str) -> bool {
    t.starts_with("Penalties:") || t.starts_with("Sent off:") || {
        // "Germany: …" (a line-up) — a short name before a colon.
        t.split_once(':').is_some_and(|(name, _)| {
            !name.is_empty()
                && name.len() < 40
                && !name.contains(['(', ')', '\'', ',', ';'])
                && !name.chars().all(|c| c.is_ascii_digit())
        })
    }
}

/// The first score `N-N` outside brackets with a letter before it: the match's.
fn find_score(t: &str) -> Option<(usize, usize)> {
    let b = t.as_bytes();
    let mut depth = 0i32;
    let mut seen_letter = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            _ => {}
        }
        if c.is_ascii_alphabetic() {
            seen_letter = true;
        }
        if depth == 0 && c.is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j < b.len() && b[j] == b'-' && j - i <= 2 {
                let mut k = j + 1;
                while k < b.len() && b[k].is_ascii_digit() {
                    k += 1;
                }
                let ends = k == b.len() || !b[k].is_ascii_alphanumeric() && b[k] != b'\'';
                if k > j + 1 && k - j - 1 <= 2 && ends && seen_letter {
                    return Some((i, k));
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    None
}

fn parse_score(s: &str) -> Option<[u8; 2]> {
    let (a, b) = s.trim().split_once('-')?;
    Some([a.trim().parse().ok()?, b.trim().parse().ok()?])
}

/// `90+2'`, `45'`, `106` (older files write no apostrophe).
fn parse_minute(s: &str) -> Option<TxtMinute> {
    let s = s.trim().trim_end_matches('\'');
    let (m, st) = match s.split_once('+') {
        Some((m, st)) => (m, Some(st.parse().ok()?)),
        None => (s, None),
    };
    let minute: u8 = m.parse().ok()?;
    (minute <= 130).then_some(TxtMinute {
        minute,
        stoppage: st,
    })
}

/// "Allianz Arena › Munich, Germany" as "Allianz Arena, Munich"; others as written.
fn venue_text(v: &str) -> String {
    match v.split_once('›') {
        Some((ground, place)) => {
            let city = place.split(',').next().unwrap_or(place).trim();
            format!("{}, {city}", ground.trim())
        }
        None => v.to_string(),
    }
}

/// Month, day and (where written) year.
type DayMonth = (u8, u8, Option<i16>);

/// A date at the start: "Fri Jun/9 2006", "June 8", "Jul 1", "Thu Jun 20".
/// Returns it and the rest.
fn parse_date(t: &str) -> Option<(DayMonth, &str)> {
    let mut rest = t;
    let word = |s: &str| -> (String, usize) {
        let end = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
        (s[..end].to_ascii_lowercase(), end)
    };
    let (w, len) = word(rest);
    if matches!(
        w.as_str(),
        "mon"
            | "tue"
            | "wed"
            | "thu"
            | "fri"
            | "sat"
            | "sun"
            | "mo"
            | "tu"
            | "we"
            | "th"
            | "fr"
            | "sa"
            | "su"
    ) {
        rest = rest[len..].trim_start();
    }
    let (w, len) = word(rest);
    let month = month_number(&w)?;
    rest = &rest[len..];
    rest = rest.strip_prefix('/').unwrap_or(rest).trim_start();
    let dlen = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    if dlen == 0 || dlen > 2 {
        return None;
    }
    let day: u8 = rest[..dlen].parse().ok()?;
    rest = &rest[dlen..];
    if rest.starts_with(|c: char| c.is_alphanumeric() && c != 's' && c != 't') {
        return None;
    }
    let mut year = None;
    let r = rest.trim_start();
    let ylen = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
    if ylen == 4 {
        year = r[..4].parse().ok();
        rest = &r[4..];
    }
    (1..=31)
        .contains(&day)
        .then_some(((month, day, year), rest))
}

fn month_number(w: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
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
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(w) && (w.len() == 3 || w.len() == m.len() || w == "sept"))
        .map(|i| i as u8 + 1)
}

/// A kick-off time at the start ("21:00", "21:00 UTC-3", "15:00 (17:00 UTC+4)").
fn take_time(t: &str) -> (Option<String>, &str) {
    let b = t.as_bytes();
    if b.len() >= 5 && b[2] == b':' && b[..2].iter().chain(&b[3..5]).all(u8::is_ascii_digit) {
        let mut time = t[..5].to_string();
        let mut rest = t[5..].trim_start();
        if let Some(r) = rest.strip_prefix("UTC") {
            let end = r.find(' ').unwrap_or(r.len());
            time.push_str(" UTC");
            time.push_str(&r[..end]);
            rest = r[end..].trim_start();
        }
        if rest.starts_with('(') {
            if let Some(close) = rest.find(')') {
                rest = rest[close + 1..].trim_start();
            }
        }
        (Some(time), rest)
    } else {
        (None, t)
    }
}

/// What follows a score: scores, "a.e.t.", "pen.", bracketed notes.
#[derive(Clone, Debug, PartialEq)]
enum Extra {
    Score([u8; 2]),
    Aet,
    Pen,
    /// Scores in round brackets: "(0-0)" or "(1-1, 0-1)".
    Bracketed(Vec<[u8; 2]>),
}

/// Reads extras from the start of `s`; returns them and the text after.
fn read_extras(s: &str) -> (Vec<Extra>, &str) {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    loop {
        if rest.starts_with(['(', '[']) {
            let close = if rest.starts_with('(') { ')' } else { ']' };
            let Some(end) = rest.find(close) else { break };
            let inner = rest[1..end].to_ascii_lowercase();
            let inner = inner.trim();
            let scores: Vec<[u8; 2]> = inner
                .split([',', ';', ' '])
                .filter_map(parse_score)
                .collect();
            let words = inner.contains("aet") || inner.contains("a.e.t") || inner.contains("pen");
            if !words && scores.is_empty() {
                break;
            }
            if inner.contains("aet") || inner.contains("a.e.t") {
                out.push(Extra::Aet);
            }
            if inner.contains("pen") {
                // "[aet; 5-3 on pens]", "(aet, 4-2 pen)": the one score is the shoot-out.
                if let Some(p) = scores.first() {
                    out.push(Extra::Score(*p));
                }
                out.push(Extra::Pen);
            } else if !scores.is_empty() {
                out.push(Extra::Bracketed(scores));
            }
            rest = rest[end + 1..].trim_start();
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest[..end].trim_end_matches(',');
        let lower = word.to_ascii_lowercase();
        if lower == "a.e.t." || lower == "aet" || lower == "a.e.t" {
            out.push(Extra::Aet);
        } else if lower == "pen." || lower == "pen" || lower == "pens" {
            out.push(Extra::Pen);
        } else if let Some(sc) = parse_score(word).filter(|_| word.contains('-')) {
            out.push(Extra::Score(sc));
        } else {
            break;
        }
        rest = rest[end..].trim_start();
    }
    (out, rest)
}

/// Works out the result from the first score and what follows it. A score
/// followed by "pen." is the shoot-out; by "a.e.t." the score after extra
/// time; a bracketed pair beside a.e.t. is (after 90 minutes, half-time),
/// without it (half-time); with a shoot-out and no other score, the bracketed
/// score is the match's (Copa América 2021: straight to penalties).
fn read_result(first: [u8; 2], extras: &[Extra], m: &mut TxtMatch) -> Result<(), String> {
    let mut items = vec![Extra::Score(first)];
    items.extend_from_slice(extras);
    let mut plain = None;
    let mut aet_score = None;
    let mut bracketed: Option<&Vec<[u8; 2]>> = None;
    for (i, it) in items.iter().enumerate() {
        match it {
            Extra::Score(s) => match items.get(i + 1) {
                Some(Extra::Pen) => {
                    if m.pens.replace(*s).is_some() {
                        return Err("two shoot-out scores".into());
                    }
                }
                Some(Extra::Aet) => {
                    aet_score = Some(*s);
                    m.extra_time = true;
                }
                _ => {
                    if plain.is_none() {
                        plain = Some(*s);
                    } else {
                        return Err("two scores".into());
                    }
                }
            },
            Extra::Aet => m.extra_time = true,
            Extra::Pen => {}
            Extra::Bracketed(v) => bracketed = Some(v),
        }
    }
    let score = aet_score.or(plain);
    match (score, bracketed) {
        (Some(s), Some(b)) => {
            m.score = s;
            if m.extra_time {
                m.full_time = b.first().copied();
                m.half_time = b.get(1).copied();
            } else {
                m.half_time = b.first().copied();
            }
        }
        (Some(s), None) => m.score = s,
        (None, Some(b)) if m.pens.is_some() => m.score = b[0],
        _ => return Err("no score".into()),
    }
    if let Some(p) = m.pens {
        if p[0] == p[1] {
            return Err("a drawn shoot-out".into());
        }
        if m.score[0] != m.score[1] {
            return Err("a shoot-out after a match that was not drawn".into());
        }
    }
    Ok(())
}

/// Scorers: `Name 6' Name 17' 61'(p);` for the first team, then the second's;
/// older files put them in brackets and may leave out the apostrophe
/// (`(Ondrus 20, Nehoda 114; Ondrus 77og)`). Without `;`, all goals belong to
/// the one team that scored.
fn parse_goals(text: &str, score: [u8; 2]) -> Result<Vec<TxtGoal>, String> {
    let t = text.trim();
    // Bracketed lists ("(Ondrus 20, Nehoda 114; Ondrus 77og)"); a closing
    // bracket alone may be an own goal's "(og)".
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')').unwrap_or(inner).trim(),
        None => t,
    };
    if t.is_empty() {
        return Ok(Vec::new());
    }
    let parts: Vec<&str> = t.split(';').collect();
    let sides: Vec<(u8, &str)> = match parts.as_slice() {
        [one] => match score {
            [a, 0] if a > 0 => vec![(0, *one)],
            [0, b] if b > 0 => vec![(1, *one)],
            _ => return Err("one list for two scoring sides".into()),
        },
        [a, b] => vec![(0, *a), (1, *b)],
        _ => return Err("more than two lists".into()),
    };
    let mut out = Vec::new();
    for (side, list) in sides {
        let mut name: Option<String> = None;
        let mut pending: Vec<String> = Vec::new();
        // Words up to a minute make a name; a minute right after a minute is the
        // same scorer again ("Ivanov 34', 56'").
        let cleaned = list
            .replace("(pen.)", "(p)")
            .replace("(o.g.)", "(og)")
            .replace("(pen)", "(p)")
            .replace(',', " ");
        for w in cleaned.split_whitespace() {
            let (core, flags) = match w.find('(') {
                Some(i) => (&w[..i], &w[i..]),
                None => (w, ""),
            };
            let (core, suffix) = match core.find(|c: char| c.is_ascii_alphabetic()) {
                Some(i) if core[..i].chars().next().is_some_and(|c| c.is_ascii_digit()) => {
                    (&core[..i], &core[i..])
                }
                _ => (core, ""),
            };
            if core.is_empty() && !flags.is_empty() {
                // "(p)" or "(og)" as its own word, after the minute.
                let last: &mut TxtGoal = out.last_mut().ok_or("a flag before any goal")?;
                last.penalty |= flags.contains("(p)");
                last.own_goal |= flags.contains("(og)");
                continue;
            }
            if let Some(minute) =
                parse_minute(core).filter(|_| core.starts_with(|c: char| c.is_ascii_digit()))
            {
                if !pending.is_empty() {
                    name = Some(pending.join(" "));
                    pending.clear();
                }
                let n = name.clone().ok_or("a minute with no scorer")?;
                out.push(TxtGoal {
                    side,
                    name: n,
                    minute: Some(minute),
                    penalty: flags.contains("(p)") || suffix == "pen",
                    own_goal: flags.contains("(og)") || suffix == "og",
                });
            } else {
                pending.push(w.to_string());
            }
        }
        if !pending.is_empty() {
            return Err(format!("a scorer with no minute: `{}`", pending.join(" ")));
        }
    }
    Ok(out)
}

/// A line-up: players separated by commas (or dashes between lines of a
/// formation); a substitute follows the player he replaced in brackets with
/// the minute, and his own substitute nested inside: `Beckham (52' Lennon
/// (119' Carragher))`. `[Y]`, `[R 44']` card notes are dropped.
fn parse_lineup(text: &str) -> Result<Vec<TxtPlayer>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut depth = 0usize;
    // The player whose replacement an open bracket gives, per depth.
    let mut stack: Vec<usize> = Vec::new();
    let mut word = String::new();
    let finish = |word: &mut String,
                  out: &mut Vec<TxtPlayer>,
                  depth: usize|
     -> Result<Option<usize>, String> {
        let w = word.trim().trim_matches('-').trim().to_string();
        word.clear();
        if w.is_empty() {
            return Ok(None);
        }
        if depth == 0 {
            out.push(TxtPlayer {
                name: w,
                on: None,
                off: None,
            });
            return Ok(Some(out.len() - 1));
        }
        // "72' Sebastian Kehl" or "Jurkemik 106".
        let (minute, name) = match w.split_once(' ') {
            Some((m, rest))
                if parse_minute(m).is_some() && m.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                (parse_minute(m), rest.trim().to_string())
            }
            _ => match w.rsplit_once(' ') {
                Some((rest, m))
                    if parse_minute(m).is_some() && m.starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    (parse_minute(m), rest.trim().to_string())
                }
                _ => return Err(format!("substitute `{w}` has no minute")),
            },
        };
        out.push(TxtPlayer {
            name,
            on: minute,
            off: None,
        });
        Ok(Some(out.len() - 1))
    };
    let mut last: Option<usize> = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '[' => {
                // A card note: skip to its end.
                while i < chars.len() && chars[i] != ']' {
                    i += 1;
                }
            }
            '(' => {
                if let Some(p) = finish(&mut word, &mut out, depth)? {
                    last = Some(p);
                }
                let replaced = last.ok_or("a bracket before any player")?;
                stack.push(replaced);
                depth += 1;
            }
            ')' => {
                let sub = finish(&mut word, &mut out, depth)?;
                let replaced = stack.pop().ok_or("unbalanced `)`")?;
                depth -= 1;
                let sub = sub.or(last).ok_or("empty brackets")?;
                if sub == replaced {
                    return Err("empty brackets".into());
                }
                let on = out[sub].on;
                out[replaced].off = on;
                last = Some(replaced);
            }
            ',' | ';' if depth == 0 => {
                if let Some(p) = finish(&mut word, &mut out, depth)? {
                    last = Some(p);
                }
            }
            '-' if depth == 0
                && i > 0
                && chars[i - 1] == ' '
                && chars.get(i + 1).is_some_and(|c| *c == ' ') =>
            {
                if let Some(p) = finish(&mut word, &mut out, depth)? {
                    last = Some(p);
                }
            }
            _ => word.push(c),
        }
        i += 1;
    }
    if depth != 0 {
        return Err("unbalanced `(`".into());
    }
    finish(&mut word, &mut out, 0)?;
    if out.is_empty() {
        return Err("no players".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> TxtMatch {
        let f = parse("test.txt", text).unwrap();
        assert_eq!(f.matches.len(), 1, "{f:?}");
        f.matches.into_iter().next().unwrap()
    }

    #[test]
    fn world_cup_match_with_everything() {
        let m = one("= World Cup 1999\n\n» Final\nSun Jul/4 1999 @ Big Ground › Townsville, Land\n  Reds v Blues  2-2 [aet; 4-3 on pens]\n    Ann Able 10' Bo Baker 90+2'(p);\n    Cy Cole 50'(og) Di Dunn 100'\n\nReds: Ann Able, Bo Baker (70' Ed Eve (110' Fay Fox)), Gus Gray\nBlues: Hal Hill, Ian Ivy (46' Jo Jay), Kim Kay\n\nPenalties: Ed Eve (X), Fay Fox, Gus Gray, Ann Able;\n           Hal Hill, Jo Jay (X), Kim Kay (X)\n\nSent off: Ian Ivy 30', Kim Kay 120+1'\n");
        assert_eq!(m.date, Date::new(1999, 7, 4).ok());
        assert_eq!(m.round.as_deref(), Some("Final"));
        assert_eq!((m.team1.as_str(), m.team2.as_str()), ("Reds", "Blues"));
        assert_eq!(m.score, [2, 2]);
        assert!(m.extra_time);
        assert_eq!(m.pens, Some([4, 3]));
        assert_eq!(m.venue.as_deref(), Some("Big Ground, Townsville"));
        assert_eq!(m.goals.len(), 4);
        assert_eq!(
            m.goals[1].minute,
            Some(TxtMinute {
                minute: 90,
                stoppage: Some(2)
            })
        );
        assert!(m.goals[1].penalty && m.goals[2].own_goal && m.goals[2].side == 1);
        let reds = &m.lineups[0];
        assert_eq!(reds.len(), 5);
        assert_eq!(reds[1].off.map(|x| x.minute), Some(70));
        assert_eq!(reds[2].name, "Ed Eve");
        assert_eq!(reds[2].on.map(|x| x.minute), Some(70));
        assert_eq!(reds[2].off.map(|x| x.minute), Some(110));
        assert_eq!(reds[3].name, "Fay Fox");
        assert_eq!(reds[4].name, "Gus Gray");
        assert_eq!(m.kicks[0].len(), 4);
        assert!(!m.kicks[0][0].scored && m.kicks[0][1].scored);
        assert_eq!(m.kicks[1].iter().filter(|k| !k.scored).count(), 2);
        assert_eq!(m.sent_off.len(), 2);
        assert_eq!(
            m.sent_off[1].minute,
            Some(TxtMinute {
                minute: 120,
                stoppage: Some(1)
            })
        );
    }

    #[test]
    fn an_own_goal_ending_the_list_keeps_its_mark() {
        let m = one("= Cup 2001\n» Final\nJun 3\n  Reds v Blues  1-0\n    Cy Cole 3'(og)\n");
        assert!(m.goals[0].own_goal && m.goals[0].side == 0);
    }

    #[test]
    fn one_scoring_side_needs_no_semicolon() {
        let m = one("= Cup 2001\n» Group stage - Group C\nMon Jun/4 2001 @ A › B, C\n  Reds v Blues  0-2\n    Cy Cole 5' Cy Cole 9'\n");
        assert_eq!(m.group.as_deref(), Some("Group C"));
        assert_eq!(m.round.as_deref(), Some("Group stage"));
        assert!(m.goals.iter().all(|g| g.side == 1 && g.name == "Cy Cole"));
    }

    #[test]
    fn euro_styles_of_result() {
        let f = parse(
            "t.txt",
            "= Euro 2003\n▪ Round of 16\nJun 25\n  15:00   Reds  4-5 pen. 1-1 a.e.t. (0-0)  Blues   @ Lens\n  21:00   Greens  0-1 a.e.t.  Whites  @ Paris (Big Stadium)\n\n▪ Final\nJune 30 19:00 @ London\n  Reds   0-0 Whites   (aet, 5-6 pen)\nJuly 2 20:30  Blues  2-1 (1-1) Greens\nJuly 3 20:30  Blues  3-2 pen. (1-1) Reds  @ X\n",
        )
        .unwrap();
        let m = &f.matches;
        assert_eq!(m.len(), 5);
        assert_eq!(
            (m[0].score, m[0].pens, m[0].extra_time),
            ([1, 1], Some([4, 5]), true)
        );
        assert_eq!(m[0].time.as_deref(), Some("15:00"));
        assert_eq!((m[1].score, m[1].extra_time), ([0, 1], true));
        assert_eq!(m[1].venue.as_deref(), Some("Paris (Big Stadium)"));
        assert_eq!(m[2].team2, "Whites");
        assert_eq!((m[2].pens, m[2].extra_time), (Some([5, 6]), true));
        assert_eq!(m[2].venue.as_deref(), Some("London"));
        assert_eq!((m[3].score, m[3].half_time), ([2, 1], Some([1, 1])));
        assert_eq!(
            (m[4].score, m[4].pens, m[4].extra_time),
            ([1, 1], Some([3, 2]), false)
        );
        assert_eq!(m[4].date, Date::new(2003, 7, 3).ok());
    }

    #[test]
    fn undated_matches_and_venue_first() {
        let f = parse(
            "t.txt",
            "= Euro 1990\nGroup 1 | Reds  Blues\n\n▪ Group 1\nReds   1-0 Blues\nJune 8   @ Lyon    Blues   2-2 Greens\n",
        )
        .unwrap();
        assert_eq!(f.matches[0].date, None);
        assert_eq!(f.matches[1].venue.as_deref(), Some("Lyon"));
        assert_eq!(f.matches[1].team1, "Blues");
        assert_eq!(f.matches[1].date, Date::new(1990, 6, 8).ok());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let bad = "= Cup 2001\n» Final\nSun Jul/1 2001 @ A › B, C\n  Reds v Blues  1-0\n\nReds: Ann (60' Bo, Cy\n";
        let e = parse("data/x.txt", bad).unwrap_err().to_string();
        assert!(e.starts_with("data/x.txt:6:"), "{e}");
        let e = parse("x.txt", "= Cup 2001\nFeb 30\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("x.txt:2:"), "{e}");
        let e = parse("x.txt", "= Cup\nJun 3\n").unwrap_err().to_string();
        assert!(e.contains("year"), "{e}");
        let e = parse(
            "x.txt",
            "= Cup 2001\n» Final\nJun 3\n  Reds v Blues 1-1\nSent off: Ann\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("x.txt:5:"), "{e}");
    }

    #[test]
    fn never_panics_on_scraps() {
        for s in [
            "",
            "=",
            "» ",
            "▪",
            "Jun/",
            "1-1",
            "a 1-1",
            "( 1-1",
            "Reds: (",
            "Penalties:;",
            "= C 2000\nJun 1\n a v b 1-1\nPenalties: ;\n",
            "= C 2000\nJun 1\n a v b 9-9 [aet; 5-5 on pens]\n",
            "= C 2000\nJun 1\n a 1-0 b\n (x 1', 2'\n",
            "= C 2000\nJun 1\n a v b 1-0\na: x (1' y))\n",
            "Sent off: x 1'",
            "\u{feff}= C 2000\n\t\tJun 1 a 1-0 b",
        ] {
            let _ = parse("scrap.txt", s);
        }
    }

    #[test]
    fn running_score_shootouts_are_reported_not_read() {
        let f = parse(
            "t.txt",
            "= Euro 1976\n▪ Final\nJune 20 20:15 @ Town\nReds   2-2 a.e.t., 5-3 pen.  Blues\n  Penalties: 1-0 Ann,  1-1 Bo,\n             2-1 Cy\n",
        )
        .unwrap();
        let m = &f.matches[0];
        assert_eq!(
            (m.score, m.pens, m.extra_time),
            ([2, 2], Some([5, 3]), true)
        );
        assert!(m.kicks[0].is_empty());
        assert_eq!(f.skipped.len(), 1);
    }
}

/// The vendored files themselves.
#[cfg(test)]
mod real_files {
    use super::*;

    fn file(rel: &str) -> TxtFile {
        let path = format!("{}/data/openfootball/{rel}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        parse(rel, &text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn all(dir: &str) -> Vec<(String, TxtFile)> {
        let root = format!("{}/data/openfootball/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<String> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|n| {
                let rel = format!("{dir}/{n}");
                (n, file(&rel))
            })
            .collect()
    }

    #[test]
    fn world_cup_files_read_whole() {
        let files = all("worldcup-txt");
        assert_eq!(files.len(), 22);
        let matches: Vec<&TxtMatch> = files.iter().flat_map(|(_, f)| &f.matches).collect();
        assert_eq!(matches.len(), 964);
        for (n, f) in &files {
            assert!(f.skipped.is_empty(), "{n}: {:?}", f.skipped);
        }
        assert!(matches
            .iter()
            .all(|m| m.date.is_some() && m.lineups.iter().all(|l| l.len() >= 11)));
        assert_eq!(
            matches.iter().filter(|m| !m.kicks[0].is_empty()).count(),
            35
        );
        assert_eq!(matches.iter().filter(|m| m.pens.is_some()).count(), 35);
        assert_eq!(
            matches.iter().filter(|m| !m.sent_off.is_empty()).count(),
            142
        );
        // Every goal list adds up to its score.
        for m in &matches {
            let side = |s: u8| m.goals.iter().filter(|g| g.side == s).count() as u8;
            assert_eq!(
                [side(0), side(1)],
                m.score,
                "{} v {} line {}",
                m.team1,
                m.team2,
                m.line
            );
        }
    }

    #[test]
    fn the_2006_final() {
        let f = file("worldcup-txt/2006_worldcup.txt");
        let m = f.matches.last().unwrap();
        assert_eq!((m.team1.as_str(), m.team2.as_str()), ("Italy", "France"));
        assert_eq!(
            (m.score, m.pens, m.extra_time),
            ([1, 1], Some([5, 3]), true)
        );
        assert_eq!(m.date, Date::new(2006, 7, 9).ok());
        assert_eq!(m.round.as_deref(), Some("Final"));
        assert_eq!(
            m.sent_off,
            vec![TxtSentOff {
                name: "Zinedine Zidane".into(),
                minute: Some(TxtMinute {
                    minute: 110,
                    stoppage: None
                })
            }]
        );
        let missed: Vec<&str> = m.kicks[1]
            .iter()
            .filter(|k| !k.scored)
            .map(|k| k.name.as_str())
            .collect();
        assert_eq!(missed, ["David Trezeguet"]);
        assert_eq!(m.kicks[0].len(), 5);
        let trezeguet = m.lineups[1]
            .iter()
            .find(|p| p.name == "David Trezeguet")
            .unwrap();
        assert_eq!(
            trezeguet.on,
            Some(TxtMinute {
                minute: 100,
                stoppage: None
            })
        );
        let ribery = m.lineups[1]
            .iter()
            .find(|p| p.name == "Franck Ribéry")
            .unwrap();
        assert_eq!((ribery.on, ribery.off.map(|x| x.minute)), (None, Some(100)));
    }

    #[test]
    fn euro_files_give_structure() {
        for (n, f) in all("euro-txt") {
            assert!(f.matches.len() >= 4, "{n}");
            assert!(
                f.matches
                    .iter()
                    .any(|m| m.round.as_deref() == Some("Final")),
                "{n}"
            );
        }
        let f = file("euro-txt/2016.txt");
        let group_f: Vec<&TxtMatch> = f
            .matches
            .iter()
            .filter(|m| m.group.as_deref() == Some("Group F"))
            .collect();
        assert_eq!(group_f.len(), 6);
        let last = f.matches.last().unwrap();
        assert_eq!(
            (last.team1.as_str(), last.score, last.extra_time),
            ("Portugal", [1, 0], true)
        );
        let f = file("euro-txt/2008.txt");
        assert!(f.skipped.is_empty(), "{:?}", f.skipped);
        assert!(f.matches.iter().all(|m| m.date.is_some()));
    }

    #[test]
    #[ignore = "prints what each file gives; run with --nocapture"]
    fn dump() {
        for dir in [
            "worldcup-txt",
            "euro-txt",
            "copa-america-txt",
            "gold-cup-txt",
        ] {
            for (n, f) in all(dir) {
                let lineups = f
                    .matches
                    .iter()
                    .filter(|m| !m.lineups[0].is_empty())
                    .count();
                let so: usize = f.matches.iter().map(|m| m.sent_off.len()).sum();
                let kicks = f.matches.iter().filter(|m| !m.kicks[0].is_empty()).count();
                let undated = f.matches.iter().filter(|m| m.date.is_none()).count();
                eprintln!("{dir}/{n}: {} matches, {lineups} line-ups, {so} sent off, {kicks} shoot-outs, {undated} undated, {} skipped", f.matches.len(), f.skipped.len());
                for s in &f.skipped {
                    eprintln!("   {}: {}", s.0, s.1.chars().take(110).collect::<String>());
                }
            }
        }
    }
}

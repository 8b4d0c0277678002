#![doc = include_str!("../README.md")]

pub mod context;
pub mod dates;
pub mod eval;
mod gazetteer;
pub mod lexicon;
pub mod mentions;
mod places;
pub mod proof;
pub mod report;
pub mod rules;

pub use report::{AsOfSource, ClaimKind, ClaimReport, Evidence, Report, Slots, Verdict};

use context::{DocState, SentenceCtx};
use gazetteer::Gazetteer;
use mentions::{Mention, MentionKind};
use offside_data::{Date, Store, TeamId};
use offside_text::{split_sentences, tokenize, LineIndex, Span, Token, TokenKind};
use rules::{Finding, Rule};

/// Options for one check.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Judge claims as of this date (the publication date). Without it the
    /// checker reads a `date YYYY-MM-DD` first line, else infers a date.
    pub as_of: Option<Date>,
}

/// Holds the store and the phrase tables built from it; build once, check
/// many documents (it is `Sync`, so threads can share it).
pub struct Checker {
    store: Store,
    gazetteer: Gazetteer,
    rules: Vec<Box<dyn Rule>>,
}

/// Texts longer than this are checked in full but sentence by sentence with
/// bounded work; nothing is loaded twice.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Inputs larger than this are checked in paragraph-aligned chunks, so memory
/// stays bounded whatever the input size.
pub const CHUNK_BYTES: usize = 1 << 20;

/// The pieces [`Checker::check`] checks a text in: the whole text when it
/// is at most [`CHUNK_BYTES`], else pieces of at most that size that end at a
/// paragraph break where there is one (else a line break, else a character
/// boundary), so a sentence is rarely cut in two.
pub fn chunks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK_BYTES).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if end < text.len() {
            if let Some(p) = text[start..end]
                .rfind("\n\n")
                .or_else(|| text[start..end].rfind('\n'))
            {
                if p > 0 {
                    end = start + p + 1;
                }
            }
        }
        out.push(Span::new(start, end));
        start = end;
    }
    if out.is_empty() {
        out.push(Span::new(0, 0));
    }
    out
}

/// The gazetteer of the embedded store, encoded by build.rs (the test
/// `embedded_gazetteer_is_the_one_built_at_run_time` keeps it honest).
/// How many sentences from the top (headline and lead) may date an undated
/// article by a year they write.
const LEAD_FOR_DATE: usize = 4;

static EMBEDDED_GAZETTEER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// The places of the embedded store, written by build.rs (the test
/// `embedded_places_are_the_ones_built_at_run_time` keeps them honest).
pub(crate) static EMBEDDED_PLACES: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));

impl Checker {
    /// For the store compiled in, the phrase tables were built with it at
    /// compile time, so this costs nothing; any other store's are built here.
    pub fn new(store: Store) -> Self {
        let gazetteer = if store.is_embedded() {
            Gazetteer::from_bytes(std::borrow::Cow::Borrowed(EMBEDDED_GAZETTEER))
        } else {
            Gazetteer::build(&store)
        };
        Self {
            store,
            gazetteer,
            rules: rules::all(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The registered rules, by name and description.
    pub fn rules(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.rules.iter().map(|r| (r.name(), r.description()))
    }

    pub fn check(&self, text: &str, opts: &CheckOptions) -> Report {
        if text.len() <= CHUNK_BYTES {
            return self.check_one(text, opts);
        }
        // A huge input (an archive pasted whole): paragraphs in chunks of
        // bounded size, each checked on its own, spans shifted back.
        let mut claims = Vec::new();
        let mut unexplained = Vec::new();
        let mut first: Option<Report> = None;
        for chunk in chunks(text) {
            let mut r = self.check_chunk(text, chunk, opts);
            claims.append(&mut r.claims);
            unexplained.append(&mut r.unexplained);
            first.get_or_insert(r);
        }
        let first = first.expect("non-empty text has a chunk");
        Report {
            as_of: first.as_of,
            as_of_source: first.as_of_source,
            claims,
            unexplained,
        }
    }

    /// Checks one piece of `text` (from [`chunks`]) as [`Checker::check`]
    /// would, spans, lines and columns counted in the whole text. Front ends
    /// that print as they go check a huge input piece by piece with this, so
    /// they hold one piece's claims at a time instead of the whole report.
    pub fn check_chunk(&self, text: &str, chunk: Span, opts: &CheckOptions) -> Report {
        if chunk.start == 0 && chunk.end == text.len() {
            return self.check_one(text, opts);
        }
        // A date line at the top of the text dates every piece.
        let mut opts = opts.clone();
        if opts.as_of.is_none() {
            opts.as_of = dates::date_line(text).map(|d| d.0);
        }
        let mut r = self.check_one(chunk.text(text), &opts);
        // Line and column of the piece's start, so claims need no index of
        // the whole text.
        let before = &text[..chunk.start];
        let lines_before = before.bytes().filter(|b| *b == b'\n').count();
        let cols_before = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count();
        for c in &mut r.claims {
            c.span = Span::new(c.span.start + chunk.start, c.span.end + chunk.start);
            if c.line == 1 {
                c.column += cols_before;
            }
            c.line += lines_before;
        }
        for a in &mut r.unexplained {
            a.span = Span::new(a.span.start + chunk.start, a.span.end + chunk.start);
        }
        r
    }

    fn check_one(&self, text: &str, opts: &CheckOptions) -> Report {
        let store = &self.store;
        let (mut as_of, mut source) = match opts.as_of {
            Some(d) => (Some(d), AsOfSource::Given),
            None => (None, AsOfSource::None),
        };
        let mut body_start = 0;
        if let Some((d, start)) = dates::date_line(text) {
            body_start = start;
            if as_of.is_none() {
                as_of = Some(d);
                source = AsOfSource::DateLine;
            }
        }
        let lines = LineIndex::new(text);
        let body = &text[body_start..];
        let sentences: Vec<(Span, Vec<Token>, Vec<Mention>)> = split_sentences(body)
            .into_iter()
            .map(|s| {
                let span = Span::new(s.start + body_start, s.end + body_start);
                let mut toks = tokenize(&text[span.start..span.end], span.start);
                toks.truncate(MAX_SENTENCE_TOKENS);
                let mut mentions = mentions::tag(&toks, &self.gazetteer, &self.store);
                mentions::drop_dateline(text, &toks, &mut mentions);
                mentions::host_years(&self.store, &toks, &mut mentions);
                (span, toks, mentions)
            })
            .collect();
        let view: Vec<(&[Token], &[Mention])> = sentences
            .iter()
            .map(|s| (s.1.as_slice(), s.2.as_slice()))
            .collect();
        let mut lead = dates::lead_match(&view, store, as_of);
        if as_of.is_none() {
            (as_of, source) = self.decide_as_of(&sentences, lead);
            if lead.is_some_and(|l| !l.pinned) {
                lead = dates::lead_match(&view, store, as_of);
            }
        }
        let mut doc = DocState {
            as_of,
            as_of_guessed: matches!(source, AsOfSource::Inferred | AsOfSource::Latest),
            ..Default::default()
        };
        self.set_focus(&sentences, &mut doc, source);
        // The match the headline and lead report is the article's, whatever
        // else it names more often (a retrospective of 1966 published in 2016).
        // A dated article keeps the match of its own days unless its lead
        // writes the score of another (a retrospective).
        // A match of the article's own week found from its teams stays.
        let recent_main = doc
            .main_match
            .zip(as_of)
            .is_some_and(|(m, d)| (d - store.match_(m).date).get_days().abs() <= 7);
        // A lead that pins its match by year or score ("the 1982 semifinal
        // between France and West Germany") is the article's when the match
        // found from the teams is not of the article's own week.
        let lead = lead.filter(|l| {
            source == AsOfSource::Inferred
                || doc.main_match.is_none()
                || ((l.score_stated || l.pinned) && !recent_main)
                || l.dated
                || Some(l.id) == doc.main_match
                || as_of.is_some_and(|d| (d - store.match_(l.id).date).get_days().abs() <= 7)
        });
        if let Some(m) = lead.map(|l| l.id) {
            doc.main_match = Some(m);
            doc.current_match = Some(m);
            doc.edition = store.match_(m).edition.or(doc.edition);
        }

        let mut evidence_cache = rustc_hash::FxHashMap::default();
        let mut claims = Vec::new();
        let mut unexplained = Vec::new();
        for (span, toks, mentions) in &sentences {
            if toks.is_empty() {
                continue;
            }
            let ctx = context::resolve(store, text, *span, toks, mentions, &doc);
            if debug_sentences() {
                eprintln!(
                    "-- {:?}\n   mentions: {:?}\n   teams: {:?} players: {:?} match: {:?} named: {} edition: {:?} main: {:?}",
                    span.text(text),
                    mentions.iter().map(|m| (&m.key, &m.kind)).collect::<Vec<_>>(),
                    ctx.teams.iter().map(|(_, t)| store.team_name(*t)).collect::<Vec<_>>(),
                    ctx.players.iter().map(|(_, p)| &*store.player(*p).name).collect::<Vec<_>>(),
                    ctx.match_id.map(|m| store.describe_match(store.match_(m))),
                    ctx.match_named,
                    ctx.edition.map(|e| store.edition_name(e)),
                    doc.main_match.map(|m| store.describe_match(store.match_(m))),
                );
            }
            let mut found: Vec<Finding> = Vec::new();
            for r in &self.rules {
                r.check(&ctx, &mut found);
            }
            for f in &mut found {
                proof::review(&ctx, f, source);
            }
            let mut explained = vec![false; toks.len()];
            for f in &found {
                for (i, t) in toks.iter().enumerate() {
                    if f.span.contains(t.span) {
                        explained[i] = true;
                    }
                }
            }
            for (i, t) in toks.iter().enumerate() {
                if let Some(what) = anchor_kind(&ctx, i) {
                    if !explained[i] {
                        unexplained.push(report::Anchor {
                            span: t.span,
                            text: t.span.text(text).to_string(),
                            what,
                        });
                    }
                }
            }
            let next = update_state(&ctx, &found, &doc);
            for f in found {
                claims.push(self.to_report(text, &lines, f, &mut evidence_cache));
            }
            doc = next;
        }
        claims.sort_by_key(|c| (c.span.start, c.span.end));
        claims.dedup_by(|a, b| a.span == b.span && a.kind == b.kind);
        Report {
            as_of,
            as_of_source: source,
            claims,
            unexplained,
        }
    }

    /// The article's date when the caller gave none and it has no date line,
    /// decided once here for every front end: the day of the match its
    /// headline and lead report, else the latest full date it writes, else
    /// the end of the latest year it names, else the latest match in the
    /// data (said so in the report, and the proof gate then holds back on
    /// counts that depend on the date).
    fn decide_as_of(
        &self,
        sentences: &[(Span, Vec<Token>, Vec<Mention>)],
        lead: Option<dates::LeadMatch>,
    ) -> (Option<Date>, AsOfSource) {
        let store = &self.store;
        if let Some(l) = lead.filter(|l| l.pinned) {
            return (Some(store.match_(l.id).date), AsOfSource::Inferred);
        }
        // The headline and lead date a report; a year further down is
        // usually history ("the 8-0 in London in 1961").
        let all: Vec<Token> = sentences
            .iter()
            .filter(|s| !s.1.is_empty())
            .take(LEAD_FOR_DATE)
            .flat_map(|s| s.1.iter().cloned())
            .collect();
        if let Some(d) = dates::infer_as_of(&all, store) {
            // "EURO 2020" was played in 2021: an edition named by a year it
            // outlived dates the article to its end, not to that year's.
            let spilled = sentences
                .iter()
                .flat_map(|(_, toks, ms)| {
                    ms.iter().filter_map(move |m| {
                        let MentionKind::Competition(c) = m.kind else {
                            return None;
                        };
                        let y = toks.get(m.end)?.match_year()?;
                        store.edition_by_year(c, y as u16).map(|e| (y, e.end))
                    })
                })
                .filter(|(y, end)| *y == d.year() && end.year() > d.year())
                .map(|(_, end)| end)
                .max();
            return (Some(spilled.unwrap_or(d).max(d)), AsOfSource::Inferred);
        }
        // Teams and a competition only: their latest meeting.
        if let Some(l) = lead {
            return (Some(store.match_(l.id).date), AsOfSource::Inferred);
        }
        match store.matches.last() {
            Some(m) => (Some(m.date), AsOfSource::Latest),
            None => (None, AsOfSource::None),
        }
    }

    /// The focus team is the one named most; the main match is its meeting
    /// with the second-most named team nearest the article's date.
    fn set_focus(
        &self,
        sentences: &[(Span, Vec<Token>, Vec<Mention>)],
        doc: &mut DocState,
        source: AsOfSource,
    ) {
        let mut counts: Vec<(TeamId, usize, usize)> = Vec::new();
        for (si, (_, _, mentions)) in sentences.iter().enumerate() {
            for m in mentions {
                if let MentionKind::Team(t) = m.kind {
                    match counts.iter_mut().find(|c| c.0 == t) {
                        Some(c) => c.1 += 1,
                        None => counts.push((t, 1, si)),
                    }
                }
            }
        }
        counts.sort_by_key(|c| (std::cmp::Reverse(c.1), c.2));
        doc.focus = counts.first().map(|c| c.0);
        doc.second = counts.get(1).map(|c| c.0);
        let store = &self.store;
        // The first sentence naming a competition sets the edition.
        for (span, toks, mentions) in sentences.iter().take(6) {
            let ctx = context::resolve(store, "", *span, toks, mentions, doc);
            if ctx.edition.is_some() {
                doc.edition = ctx.edition;
                break;
            }
        }
        if let (Some(a), Some(d)) = (doc.focus, doc.as_of) {
            // Any of the top teams met near the date, in the edition in view if any.
            let mut best: Option<(i64, offside_data::MatchId)> = None;
            for (b, _, _) in counts.iter().skip(1).take(3) {
                if let Some(m) = context::find_meeting(store, a, *b, doc.edition, None, Some(d)) {
                    let dist = (store.match_(m).date - d).get_days().abs() as i64;
                    // A meeting is the article's if it is of the edition the
                    // article names, or of its own weeks: the latest meeting
                    // years before publication is history, not the subject.
                    let own = doc
                        .edition
                        .is_some_and(|e| store.match_(m).edition == Some(e))
                        || dist <= 30;
                    if own && best.is_none_or(|(bd, _)| dist < bd) {
                        best = Some((dist, m));
                    }
                }
            }
            // Else the focus team's match of the last week, if the article
            // names its opponent or a player who scored or played in it (a
            // retrospective published the week of a friendly is not about
            // the friendly).
            let players: Vec<offside_data::PlayerId> = sentences
                .iter()
                .flat_map(|s| s.2.iter())
                .filter_map(|m| match &m.kind {
                    MentionKind::Players(ps) => Some(ps.iter().copied()),
                    _ => None,
                })
                .flatten()
                .collect();
            // Only a real date says which week is the article's.
            let dated = matches!(source, AsOfSource::Given | AsOfSource::DateLine);
            let took_part = |m: &offside_data::Match| {
                dated
                    && (store
                        .goals_of(m)
                        .iter()
                        .any(|g| players.contains(&g.player))
                        || store
                            .appearances_in(m.id)
                            .iter()
                            .any(|x| players.contains(&x.player)))
            };
            let m = best.map(|b| b.1).or_else(|| {
                // The team's matches are in date order: from the latest back
                // to a week before the date, not through its whole history.
                store
                    .team_matches(a)
                    .rev()
                    .skip_while(|m| m.date > d)
                    .take_while(|m| (d - m.date).get_days() <= 7)
                    .find(|m| counts.iter().any(|c| c.0 == m.opponent(a)) || took_part(m))
                    .map(|m| m.id)
            });
            doc.main_match = m;
            doc.current_match = m;
            if doc.edition.is_none() {
                doc.edition = m.and_then(|m| store.match_(m).edition);
            }
        }
        // A retrospective ("a decade ago tonight Germany beat Brazil 7-1")
        // is about the match its lead dates back from today, not the focus
        // team's latest game.
        for (span, toks, mentions) in sentences.iter().take(3) {
            let ctx = context::resolve(store, "", *span, toks, mentions, doc);
            if let (true, Some(y), Some(mid)) = (ctx.match_named, ctx.years_back(), ctx.match_id) {
                let m = store.match_(mid);
                if m.date.year() == y {
                    doc.main_match = Some(mid);
                    doc.current_match = Some(mid);
                    doc.edition = m.edition;
                    break;
                }
            }
        }
    }

    /// `cache` keeps each match's evidence once per document: a run of five
    /// matches is cited by several claims.
    fn to_report(
        &self,
        text: &str,
        lines: &LineIndex,
        f: Finding,
        cache: &mut rustc_hash::FxHashMap<offside_data::MatchId, Evidence>,
    ) -> ClaimReport {
        let (line, column) = lines.line_col(text, f.span.start);
        ClaimReport {
            span: f.span,
            line,
            column,
            kind: f.kind,
            verdict: f.verdict,
            claimed: f.claimed,
            actual: f.actual,
            explanation: f.explanation,
            evidence: f
                .evidence
                .iter()
                .map(|m| {
                    cache
                        .entry(*m)
                        .or_insert_with(|| evidence(&self.store, *m))
                        .clone()
                })
                .collect(),
            rule: f.rule,
            text: f.span.text(text).to_string(),
            doubt: f.doubt,
            slots: report::Slots {
                subject: f.subject.map(|s| match s {
                    rules::Subject::Team => "team",
                    rules::Subject::Player => "player",
                    rules::Subject::PlayerCareer => "player_career",
                    rules::Subject::Players => "players",
                    rules::Subject::Match => "match",
                }),
                scope_stated: f.scope_stated,
                match_pinned: f.match_pinned,
                time_anchored: f.anchored,
            },
        }
    }
}

/// `OFFSIDE_DEBUG` set: print each sentence's context to stderr. Read once,
/// not once a sentence (a look-up of the environment takes a lock).
fn debug_sentences() -> bool {
    static DEBUG: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *DEBUG.get_or_init(|| std::env::var_os("OFFSIDE_DEBUG").is_some())
}

pub fn evidence(store: &Store, id: offside_data::MatchId) -> Evidence {
    let m = store.match_(id);
    Evidence {
        match_id: id,
        date: m.date,
        home: store.team_name_on(m.home, m.date).to_string(),
        away: store.team_name_on(m.away, m.date).to_string(),
        score: m.score.to_string(),
        summary: store.describe_match(m),
    }
}

/// What makes a token a claim anchor (numbers, scores, minutes, dates,
/// result verbs, stage phrases), for `eval --verbose`'s unexplained list.
fn anchor_kind(ctx: &SentenceCtx, i: usize) -> Option<&'static str> {
    let t = &ctx.tokens[i];
    match t.kind {
        TokenKind::Score(..) => Some("score"),
        TokenKind::Stoppage(..) => Some("minute"),
        TokenKind::Ordinal(_) => Some("ordinal"),
        TokenKind::Number(n) if n > 1 || t.norm.chars().all(|c| c.is_ascii_digit()) => {
            Some("number")
        }
        TokenKind::Word => match t.norm.as_str() {
            "beat" | "beating" | "defeated" | "defeating" | "lost" | "losing" | "drew"
            | "victory" | "win" | "won" | "defeat" | "thrashed" | "draw" => Some("result verb"),
            "final" | "semifinal" | "semifinals" | "quarterfinal" | "quarterfinals" => {
                Some("stage")
            }
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" => {
                Some("weekday")
            }
            "champions" | "holders" | "record" => Some("title"),
            _ => None,
        },
        _ => None,
    }
}

/// The document state after a sentence: its match becomes current when the
/// sentence named it, its subject becomes "they", its scorer "he".
fn update_state(ctx: &SentenceCtx, found: &[Finding], doc: &DocState) -> DocState {
    let mut next = doc.clone();
    // Digressions to other matches last one sentence; the article's own match
    // stays current. (An article without a main match follows what it names.)
    if ctx.match_named && doc.main_match.is_none() {
        next.current_match = ctx.match_id;
    }
    // A sentence names a match by both its teams, or by the opponent of the
    // article's team ("against England, Rivaldo ...").
    let names_opponent = ctx.match_().is_some_and(|m| {
        ctx.mentions.iter().filter_map(|x| x.team()).any(|t| {
            m.involves(t) && Some(t) != doc.focus && doc.focus.is_some_and(|f| m.involves(f))
        })
    });
    if ctx.match_named || names_opponent {
        next.last_named_match = ctx.match_id;
    }
    if let Some(e) = ctx.edition {
        next.edition = Some(e);
    }
    // The subject for "they": a team named at the start of the sentence
    // ("England ...", "The Three Lions ...", "They ..."); a team named later is
    // more likely an object ("... then beat Senegal").
    if let Some((k, t)) = ctx.teams.first() {
        let lead = ctx.tokens[..*k]
            .iter()
            .filter(|t| !matches!(t.kind, TokenKind::Punct(_)))
            .count();
        if lead <= 2 {
            next.last_subject = Some(*t);
        }
    }
    if let Some((_, p)) = ctx.players.last() {
        next.last_player = Some(*p);
    }
    next.h2h_topic = crate::rules::H2H_TRIGGERS.iter().any(|w| ctx.has(&[w]));
    next.shootout_topic = crate::lexicon::lexicon()
        .find(ctx.tokens, 0, ctx.tokens.len(), "shootout")
        .is_some();
    next.last_minute_fresh = false;
    for f in found {
        if let Some(m) = f.minute {
            next.last_minute = Some(m);
            next.last_minute_fresh = true;
        }
    }
    next
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_gazetteer_is_the_one_built_at_run_time() {
        let store = offside_data::load_embedded().expect("embedded data loads");
        assert!(
            crate::gazetteer::encode(&store) == crate::EMBEDDED_GAZETTEER,
            "build.rs and Gazetteer::build disagree"
        );
    }

    #[test]
    fn embedded_places_are_the_ones_built_at_run_time() {
        let store = offside_data::load_embedded().expect("embedded data loads");
        let places = crate::places::Places::build(&store);
        assert!(places.encode() == crate::EMBEDDED_PLACES);
        assert_eq!(crate::places::Places::decode(&places.encode()), places);
    }
}

//! Tags the entities a sentence names: teams, players, competitions, places,
//! and title phrases ("the holders") that stand for a team.

use crate::gazetteer::{Gazetteer, Hit, Key, Reading};
use offside_data::{CompetitionId, PlayerId, TeamId};
use offside_text::{Span, Token, TokenKind};

#[derive(Clone, Debug, PartialEq)]
pub enum MentionKind {
    Team(TeamId),
    TeamAdjective(TeamId),
    /// Candidates, best resolved against the context.
    Players(Vec<PlayerId>),
    Competition(CompetitionId),
    Place,
    /// "the holders", "defending champions", "reigning champions".
    Holders,
    /// "the hosts", "the host nation": the team playing at home.
    Hosts,
}

#[derive(Clone, Debug)]
pub struct Mention {
    /// Token range in the sentence.
    pub start: usize,
    pub end: usize,
    pub span: Span,
    pub kind: MentionKind,
    /// The normalised phrase matched.
    pub key: String,
}

impl Mention {
    pub fn team(&self) -> Option<TeamId> {
        match self.kind {
            MentionKind::Team(t) | MentionKind::TeamAdjective(t) => Some(t),
            _ => None,
        }
    }
}

fn is_wordish(t: &Token) -> bool {
    matches!(
        t.kind,
        TokenKind::Word | TokenKind::Number(_) | TokenKind::Ordinal(_) | TokenKind::Possessive
    )
}

/// Longest match first, left to right; a name must start with a capital
/// (so "us" and "can" never become teams).
pub fn tag(tokens: &[Token], gaz: &Gazetteer, store: &offside_data::Store) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut key = String::new();
    while i < tokens.len() {
        let role = holders_phrase(tokens, i)
            .map(|len| (len, MentionKind::Holders))
            .or_else(|| hosts_phrase(tokens, i).map(|len| (len, MentionKind::Hosts)));
        if let Some((len, kind)) = role {
            out.push(Mention {
                start: i,
                end: i + len,
                span: tokens[i].span.union(tokens[i + len - 1].span),
                kind,
                key: String::new(),
            });
            i += len;
            continue;
        }
        let t = &tokens[i];
        // A name may open with a number word ("the Three Lions"), never with digits.
        let word_like = match t.kind {
            TokenKind::Word => true,
            TokenKind::Number(_) | TokenKind::Ordinal(_) => {
                t.norm.chars().all(|c| c.is_alphabetic())
            }
            _ => false,
        };
        // Most words start no name, and are passed over after one probe.
        let Some(first) = (word_like && t.capitalized)
            .then(|| gaz.key(&t.norm))
            .flatten()
        else {
            i += 1;
            continue;
        };
        let mut best: Option<(usize, Hit, String)> = None;
        key.clear();
        let mut n = 0;
        for (j, tok) in tokens.iter().enumerate().skip(i).take(gaz.max_words) {
            if !is_wordish(tok) || tok.kind == TokenKind::Possessive {
                break;
            }
            if n > 0 {
                key.push(' ');
            }
            key.push_str(&tok.norm);
            n += 1;
            let found = if n == 1 { Some(first) } else { gaz.key(&key) };
            // "World Cups", "Euros": a plural competition name.
            let plural = key
                .strip_suffix('s')
                .and_then(|k| gaz.get(k))
                .filter(Hit::only_competitions);
            if let Some(hit) = found.and_then(Key::phrase).or(plural) {
                // Multi-word names need their last word capitalised too
                // ("Three Lions", not "three lions" in passing), unless a particle.
                if n == 1 || tok.capitalized || tok.norm.len() <= 3 || tok.hyphen_before {
                    best = Some((j + 1, hit, key.clone()));
                }
            }
            // No phrase goes on from here (and so no plural of one does).
            if !found.is_some_and(|k| k.continues()) {
                break;
            }
        }
        let Some((end, hit, k)) = best else {
            i += 1;
            continue;
        };
        let span = tokens[i].span.union(tokens[end - 1].span);
        let mut kind = hit.reading().map(|r| match r {
            Reading::Competition(c) => MentionKind::Competition(c),
            Reading::Team(t) => MentionKind::Team(t),
            Reading::Players(ps) => MentionKind::Players(ps.iter().collect()),
            Reading::TeamAdjective(t) => MentionKind::TeamAdjective(t),
            Reading::Place => MentionKind::Place,
        });
        // "in Paris", "at Lyon": a city, not a player who shares its name.
        if matches!(kind, Some(MentionKind::Players(_)))
            && end - i == 1
            && i > 0
            && matches!(tokens[i - 1].norm.as_str(), "in" | "at")
            && crate::rules::venue_date::is_city(store, &tokens[i].norm)
        {
            kind = Some(MentionKind::Place);
        }
        // "the Borg El Arab Stadium", "Estadio Azteca": names of a ground,
        // not players who share a word of them.
        if matches!(kind, Some(MentionKind::Players(_)))
            && (end..(end + 3).min(tokens.len())).any(|k| {
                tokens[k].capitalized
                    && matches!(
                        tokens[k].norm.as_str(),
                        "stadium" | "arena" | "stadion" | "stade" | "park"
                    )
            })
            && (end..(end + 3).min(tokens.len()))
                .take_while(|k| tokens[*k].kind == TokenKind::Word)
                .all(|k| tokens[k].capitalized)
        {
            kind = Some(MentionKind::Place);
        }
        // "Camilo Vargas" is not "Eduardo Vargas": a surname after another
        // capitalised name keeps only the scorers whose first name fits.
        if let Some(MentionKind::Players(cands)) = &kind {
            let prev_is_name = i > 1
                && tokens[i - 1].capitalized
                && tokens[i - 1].kind == TokenKind::Word
                && !crate::gazetteer::is_common(&tokens[i - 1].norm);
            if end - i == 1 && prev_is_name {
                let first = &tokens[i - 1].norm;
                let fits: Vec<PlayerId> = cands
                    .iter()
                    .copied()
                    .filter(|p| {
                        let name = offside_data::names::normalize(&store.player(*p).name);
                        let given = name.split(' ').next().unwrap_or("");
                        given != name && given.starts_with(&first[..1])
                    })
                    .collect();
                kind = if fits.is_empty() {
                    None
                } else {
                    Some(MentionKind::Players(fits))
                };
            }
        }
        // "Ki Sung-yong" is one name the data spells otherwise: neither "Ki"
        // nor "Sung" alone is a player. A one-word surname that is the head
        // or part of a hyphenated given name names nobody we know.
        if matches!(kind, Some(MentionKind::Players(_))) && end - i == 1 {
            let joined_after = tokens.get(end).is_some_and(|t| t.hyphen_before);
            let name_after = tokens.get(end).is_some_and(|t| t.capitalized)
                && tokens.get(end + 1).is_some_and(|t| t.hyphen_before);
            if joined_after || name_after {
                kind = None;
            }
        }
        if let Some(kind) = kind {
            out.push(Mention {
                start: i,
                end,
                span,
                kind,
                key: k,
            });
        }
        i = end;
    }
    out
}

/// "the hosts", "hosts Qatar", "the host nation"; "hosts" the verb
/// ("Qatar hosts the final") has neither the article nor a capital.
fn hosts_phrase(tokens: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| tokens.get(i + k).map(|t| t.norm.as_str()).unwrap_or("");
    let after_the = i.checked_sub(1).is_some_and(|k| tokens[k].norm == "the");
    let lead = after_the || tokens[i].capitalized;
    match w(0) {
        "hosts" if lead => Some(1),
        "host" if after_the && matches!(w(1), "nation" | "country" | "side") => Some(2),
        _ => None,
    }
}

/// "the holders", "defending champions", "reigning (world) champions",
/// "defending champion", "holders".
fn holders_phrase(tokens: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| tokens.get(i + k).map(|t| t.norm.as_str()).unwrap_or("");
    match w(0) {
        "holders" => Some(1),
        "defending" | "reigning" if matches!(w(1), "champions" | "champion") => Some(2),
        "defending" | "reigning"
            if matches!(w(1), "world" | "european") && matches!(w(2), "champions" | "champion") =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// "Italia '90", "France 98", "Germany 2006": a host followed by the year
/// of a finals tournament it hosted names that tournament, not the team.
/// The mention becomes the competition's; the year after it picks the
/// edition, as in "Euro 96".
pub fn host_years(store: &offside_data::Store, tokens: &[Token], mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if let MentionKind::Team(t) = m.kind {
            if let Some(e) = hosted_edition(store, tokens, m.end, t) {
                m.kind = MentionKind::Competition(store.edition(e).competition);
            }
        }
    }
}

/// The finals edition that team `t` hosted in the year written at token
/// `at` ("'90", "98", "2006"), if it hosted one that year.
fn hosted_edition(
    store: &offside_data::Store,
    tokens: &[Token],
    at: usize,
    t: TeamId,
) -> Option<offside_data::EditionId> {
    let at = if tokens.get(at).is_some_and(|x| x.is_punct('\'')) {
        at + 1
    } else {
        at
    };
    let tok = tokens.get(at)?;
    let n = tok.number()?;
    let year = match tok.span.len() {
        2 if n >= 30 => 1900 + n,
        2 => 2000 + n,
        4 if (1930..2100).contains(&n) => n,
        _ => return None,
    };
    // The World Cup first, then a continental championship: "USA 94" is
    // not the invitational the United States also hosted that year.
    let finals =
        std::iter::once("FIFA World Cup").chain(crate::rules::titles::CONTINENTAL.iter().copied());
    finals
        .filter_map(|name| match store.lookup_competition(name) {
            offside_data::Lookup::Found(c) => Some(c),
            _ => None,
        })
        .find_map(|c| {
            store
                .editions_of(c)
                .find(|e| e.year as u32 == year && crate::context::host_of(store, e.id) == Some(t))
                .map(|e| e.id)
        })
}

/// A wire dateline ("LUANDA, Angola:", "ROTTERDAM, Netherlands (Reuters) -")
/// names where the report was filed, not a team in it: its place names are
/// dropped. A dateline opens with a word in capitals and ends at a colon, a
/// bracket or a dash within its first few tokens.
pub fn drop_dateline(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let Some(first) = tokens.first() else { return };
    let caps = |t: &Token| {
        let w = t.span.text(text);
        t.kind == TokenKind::Word
            && w.chars().count() >= 3
            && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
    };
    if !caps(first) {
        return;
    }
    let Some(end) = tokens
        .iter()
        .take(6)
        .position(|t| matches!(t.kind, TokenKind::Punct(':' | '(' | '-' | '–' | '—')))
    else {
        return;
    };
    // "BRAZIL (1) 4 (Pelé 18, ...)": a box score's half-time goals in
    // brackets, not a wire service.
    if tokens[end].kind == TokenKind::Punct('(')
        && matches!(
            tokens.get(end + 1).map(|t| t.kind),
            Some(TokenKind::Number(_))
        )
    {
        return;
    }
    mentions
        .retain(|m| m.start >= end || !matches!(m.kind, MentionKind::Team(_) | MentionKind::Place));
}

//! Who replaced whom: "X came on for Y", "X replaced Y", "X, on as Y's
//! replacement", "Y made way for X". The World Cup line-ups give each
//! change as a player off and a player on at one minute, for one team: the
//! claim holds when X came on at the minute Y went off.

use super::*;
use offside_data::{Appearance, PlayerId};
use offside_text::TokenKind;

pub struct Replaced;

/// The two players of a substitution phrase, in the sentence's order of
/// mentions, and which of them came on. `None` when the words name no
/// change between two players.
fn pair(s: &SentenceCtx) -> Option<(usize, PlayerId, PlayerId)> {
    let named: Vec<(usize, usize, PlayerId)> = s
        .players
        .iter()
        .filter(|(mi, _)| *mi != usize::MAX)
        .map(|(mi, p)| (s.mentions[*mi].start, s.mentions[*mi].end, *p))
        .collect();
    for w in named.windows(2) {
        let ((a_start, a_end, a), (b_start, b_end, b)) = (w[0], w[1]);
        let between: Vec<&str> = (a_end..b_start).map(|k| s.word(k)).collect();
        let possessive_b = s
            .tokens
            .get(b_end)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        // "X came on for Y", "X replaced Y", "X, on as Y's replacement",
        // "X, who came on for Y".
        let on_for = matches!(
            between.as_slice(),
            ["came", "on", "for"]
                | ["comes", "on", "for"]
                | ["replaced"]
                | ["who", "came", "on", "for"]
                | ["who", "replaced"]
                | [",", "who", "came", "on", "for"]
                | [",", "who", "replaced"]
                | ["was", "brought", "on", "for"]
        ) || (matches!(between.as_slice(), [",", "on", "as"] | ["on", "as"])
            && possessive_b
            && s.word(b_end + 1) == "replacement");
        if on_for {
            return Some((a_start, a, b));
        }
        // "Y made way for X", "Y was replaced by X".
        let off_for = matches!(
            between.as_slice(),
            ["made", "way", "for"] | ["was", "replaced", "by"] | ["gave", "way", "to"]
        );
        if off_for {
            return Some((a_start, b, a));
        }
    }
    None
}

impl Rule for Replaced {
    fn name(&self) -> &'static str {
        "replaced"
    }
    fn description(&self) -> &'static str {
        "which player a substitute replaced"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        if s.players.len() < 2 {
            return;
        }
        let Some((at, on, off)) = pair(s) else {
            return;
        };
        let Some(m) = s.match_near(at) else { return };
        let store = s.store;
        if !store.has_lineups(m.id) {
            return;
        }
        let apps = store.appearances_in(m.id);
        let find = |p: PlayerId| apps.iter().find(|a| a.player == p);
        let (Some(a_on), Some(a_off)) = (find(on), find(off)) else {
            // One of them did not play in the match checked: another match
            // may be meant.
            return;
        };
        let name = |p: PlayerId| store.player(p).name.to_string();
        let end = s
            .players
            .iter()
            .filter(|(mi, p)| *mi != usize::MAX && (*p == on || *p == off))
            .map(|(mi, _)| s.mentions[*mi].end)
            .max()
            .unwrap_or(at + 1);
        // "on as Y's replacement": the span runs to the noun that says it.
        let end = (end..(end + 3).min(s.tokens.len()))
            .find(|&k| s.word(k) == "replacement")
            .map_or(end, |k| k + 1);
        let f = Finding::new(
            "replaced",
            ClaimKind::Other,
            s.span_of(at, end.saturating_sub(1)),
            format!("{} came on for {}", name(on), name(off)),
        )
        .about(Subject::Match)
        .with_evidence([m.id]);
        let paired = |x: &Appearance, y: &Appearance| {
            x.team == y.team && !x.started && x.on.is_some() && x.on == y.off
        };
        let ok = paired(a_on, a_off);
        // Whom he did replace: the player of his team who went off at his
        // minute (two changes at one minute leave either).
        let actual = if ok {
            None
        } else if let Some(minute) = a_on.on.filter(|_| !a_on.started) {
            let gone: Vec<String> = apps
                .iter()
                .filter(|y| y.team == a_on.team && y.off == Some(minute))
                .map(|y| name(y.player))
                .collect();
            Some(if gone.is_empty() {
                format!("{} came on at {}", name(on), minute.label())
            } else {
                format!("{} came on for {}", name(on), gone.join(" or "))
            })
        } else {
            Some(format!("{} started the match", name(on)))
        };
        out.push(f.judged(
            ok,
            actual.unwrap_or_default(),
            format!("changes in {}", store.describe_match(m)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    #[test]
    fn a_substitute_and_the_player_he_replaced() {
        // Belgium 5-2 Tunisia, 2018: Batshuayi on for Hazard (68'),
        // Fellaini on for Lukaku (59').
        let lead = "Belgium beat Tunisia 5-2 at the 2018 World Cup in Moscow. ";
        let v = |t: &str| {
            claims_of("replaced", &format!("{lead}{t}"), "2018-06-24")
                .first()
                .map(|c| c.verdict)
        };
        assert_eq!(
            v("Michy Batshuayi, on as Eden Hazard's replacement, added the fifth."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Michy Batshuayi, on as Lukaku's replacement, added the fifth."),
            Some(Verdict::False)
        );
        assert_eq!(
            v("Romelu Lukaku made way for Marouane Fellaini."),
            Some(Verdict::True)
        );
        assert_eq!(
            v("Marouane Fellaini came on for Eden Hazard."),
            Some(Verdict::False)
        );
    }
}

//! Group standings as of the article's date: "the Group B winners", "top of
//! Group B with six points", "Iran have none", "a goal difference of minus four".

use super::*;
use offside_data::EditionId;
use offside_query::{group_table, GroupTable};
use offside_text::TokenKind;

pub struct Standing;

/// The table of the (first-round) group `team` played in.
fn team_group(s: &SentenceCtx, team: TeamId, e: EditionId) -> Option<GroupTable> {
    let store = s.store;
    let g = store
        .edition(e)
        .matches
        .iter()
        .map(|id| store.match_(*id))
        .find(|m| m.involves(team) && m.stage == offside_data::Stage::Group)?
        .group
        .clone()?;
    group_table(store, e, &g, s.as_of())
}

/// "Group F table after matches up to 2016-06-23": the query in words.
fn table_words(s: &SentenceCtx, table: &GroupTable) -> String {
    format!(
        "{} table{}",
        table.group,
        s.doc
            .as_of
            .map(|d| format!(" after matches up to {d}"))
            .unwrap_or_default()
    )
}

fn letter_group(s: &SentenceCtx, i: usize) -> Option<String> {
    // "Group B", "group b".
    if s.word(i) == "group" {
        let l = s.word(i + 1);
        if l.len() == 1 && l.chars().all(|c| c.is_ascii_alphabetic()) {
            return Some(format!("Group {}", l.to_ascii_uppercase()));
        }
    }
    None
}

impl Rule for Standing {
    fn name(&self) -> &'static str {
        "standing"
    }
    fn description(&self) -> &'static str {
        "group positions, points and goal difference"
    }
    fn check(&self, s: &SentenceCtx, out: &mut Vec<Finding>) {
        let store = s.store;
        let Some(e) = s.edition else { return };
        let n = s.tokens.len();
        for i in 0..n {
            let Some(group) = letter_group(s, i) else {
                continue;
            };
            // "Group B winners", "won Group B", "topped Group B", "top of Group B", "aloft group B".
            let winners = matches!(
                s.word(i + 2),
                "winners" | "winner" | "champions" | "leaders"
            );
            let top = s.find_in(
                i.saturating_sub(4),
                i,
                &[
                    "topped", "top", "won", "winning", "aloft", "atop", "head", "headed", "leads",
                    "led",
                ],
            );
            if !winners && top.is_none() {
                position_claim(s, i, &group, e, out);
                continue;
            }
            let team = if winners {
                s.fallback_subject()
            } else {
                s.subject_before(top.unwrap())
                    .or_else(|| s.fallback_subject())
            };
            let Some(team) = team else { continue };
            // "with six points" belongs to the same claim.
            let pts = (i + 2..(i + 12).min(n)).find_map(|k| match s.tokens[k].kind {
                TokenKind::Number(v) if s.word(k + 1) == "points" => Some((k + 1, v)),
                _ => None,
            });
            // The table as of the article's day, or its eve: a preview
            // dated on match day was written before kick-off.
            let tables: Vec<GroupTable> = s
                .as_of_cutoffs()
                .into_iter()
                .filter_map(|cut| group_table(store, e, &group, cut))
                .collect();
            let fits = |t: &GroupTable| {
                t.rows
                    .iter()
                    .find(|r| r.team_id == team)
                    .is_some_and(|row| {
                        row.position == 1
                            && row.tied_with.is_empty()
                            && pts.is_none_or(|(_, v)| row.points == v)
                    })
            };
            let Some(table) = tables.iter().find(|t| fits(t)).or(tables.first()) else {
                continue;
            };
            let Some(row) = table.rows.iter().find(|r| r.team_id == team) else {
                continue;
            };
            // A table of no matches yet says nothing about who leads it.
            if row.played == 0 {
                continue;
            }
            let table = table.clone();
            let tn = store.team_name(team);
            let ok = fits(&table);
            let mut claimed = format!("{tn} top of {group}");
            let mut end = if winners { i + 2 } else { i + 1 };
            if let Some((k, v)) = pts {
                claimed.push_str(&format!(" with {v} points"));
                end = k;
            }
            let start = if winners {
                i.saturating_sub(1)
            } else {
                s.teams
                    .iter()
                    .rev()
                    .find(|(x, _)| *x < top.unwrap())
                    .map(|(x, _)| *x)
                    .unwrap_or(top.unwrap())
            };
            let actual = format!(
                "{tn} {} with {} points (P{} GD{:+})",
                ordinal(row.position),
                row.points,
                row.played,
                row.goal_difference
            );
            out.push(
                Finding::new(
                    "standing",
                    ClaimKind::Standing,
                    s.span_of(start, end),
                    claimed,
                )
                .judged(ok, actual, table_words(s, &table))
                .with_evidence(table.match_ids.clone()),
            );
        }
        // "Iran has none", "with no points": zero points for a team, when the
        // sentence is about points.
        if s.has(&["points"]) {
            for (k, t) in s.teams.iter() {
                let w1 = s.word(k + 1);
                let w2 = s.word(k + 2);
                let none = matches!(
                    (w1, w2),
                    ("has" | "have", "none")
                        | ("has" | "have", "no")
                        | ("on", "zero")
                        | ("without", "a")
                );
                if !none {
                    continue;
                }
                let Some(table) = team_group(s, *t, e) else {
                    continue;
                };
                let Some(row) = table.rows.iter().find(|r| r.team_id == *t) else {
                    continue;
                };
                let tn = store.team_name(*t);
                out.push(
                    Finding::new(
                        "standing",
                        ClaimKind::Standing,
                        s.span_of(*k, k + 2),
                        format!("{tn} have no points"),
                    )
                    .judged(
                        row.points == 0,
                        format!("{} points", row.points),
                        format!("{} table", table.group),
                    )
                    .with_evidence(table.match_ids.clone()),
                );
            }
        }
        // "a negative four goal difference", "goal difference of -4".
        if let Some(d) = s
            .has_phrase(&["goal", "difference"])
            .or_else(|| s.has_phrase(&["goal", "'s", "difference"]))
        {
            let num = (d.saturating_sub(4)..d).find_map(|k| s.tokens[k].number().map(|v| (k, v)));
            if let Some((k, v)) = num {
                let negative = matches!(s.word_back(k, 1), "negative" | "minus")
                    || k.checked_sub(1).is_some_and(|j| s.tokens[j].is_punct('-'));
                let value = if negative { -(v as i32) } else { v as i32 };
                let team = s.team_before(k).or_else(|| s.fallback_subject());
                if let Some(t) = team {
                    if let Some(table) = team_group(s, t, e) {
                        if let Some(row) = table.rows.iter().find(|r| r.team_id == t) {
                            let tn = store.team_name(t);
                            let start = if negative { k - 1 } else { k };
                            let end = if s.word(d + 1) == "'s" { d + 2 } else { d + 1 };
                            out.push(
                                Finding::new(
                                    "standing",
                                    ClaimKind::Standing,
                                    s.span_of(start, end),
                                    format!("{tn} goal difference {value:+}"),
                                )
                                .judged(
                                    row.goal_difference == value,
                                    format!("{:+}", row.goal_difference),
                                    format!("{} table", table.group),
                                )
                                .with_evidence(table.match_ids.clone()),
                            );
                        }
                    }
                }
            }
        }
    }
}

fn ordinal(n: u32) -> String {
    match n {
        1 => "1st".into(),
        2 => "2nd".into(),
        3 => "3rd".into(),
        _ => format!("{n}th"),
    }
}

/// "Italy finished bottom of Group F", "Portugal finished third in Group F,
/// behind Hungary and Iceland": a final place in a group, and the teams said
/// to be above.
fn position_claim(s: &SentenceCtx, i: usize, group: &str, e: EditionId, out: &mut Vec<Finding>) {
    let store = s.store;
    let from = i.saturating_sub(5);
    let Some(verb) = s.find_in(
        from,
        i,
        &["finished", "ended", "came", "placed", "finish", "end"],
    ) else {
        return;
    };
    let Some((at, place)) = (verb + 1..i).find_map(|k| {
        let w = s.word(k);
        let n = match w {
            "first" | "top" => Some(1),
            "second" | "runners" => Some(2),
            "third" => Some(3),
            "fourth" => Some(4),
            "bottom" | "last" => Some(0),
            _ => match s.tokens[k].kind {
                TokenKind::Ordinal(n) if n <= 6 => Some(n),
                _ => None,
            },
        }?;
        Some((k, n))
    }) else {
        return;
    };
    let Some(team) = s.subject_before(verb) else {
        return;
    };
    let Some(table) = group_table(store, e, group, s.as_of()) else {
        return;
    };
    let Some(row) = table.rows.iter().find(|r| r.team_id == team) else {
        return;
    };
    let last = table.rows.len() as u32;
    let want = if place == 0 { last } else { place };
    // "behind Hungary and Iceland": the teams named must be above it.
    let behind = s.find_in(i, (i + 8).min(s.tokens.len()), &["behind"]);
    let above: Vec<TeamId> = behind
        .map(|b| {
            s.teams
                .iter()
                .filter(|(k, t)| *k > b && *k <= b + 6 && *t != team)
                .map(|(_, t)| *t)
                .collect()
        })
        .unwrap_or_default();
    let above_ok = above.iter().all(|t| {
        table
            .rows
            .iter()
            .find(|r| r.team_id == *t)
            .is_some_and(|r| r.position < row.position)
    });
    let tn = store.team_name(team);
    let end = behind
        .and_then(|b| {
            s.teams
                .iter()
                .filter(|(k, _)| *k > b && *k <= b + 6)
                .map(|(k, _)| *k)
                .max()
        })
        .unwrap_or(i + 1);
    let f = Finding::new(
        "standing",
        ClaimKind::Standing,
        s.span_of(verb.min(at), end),
        format!(
            "{tn} finished {} in {group}",
            if place == 0 {
                "bottom".to_string()
            } else {
                ordinal(place)
            }
        ),
    )
    .with_evidence(table.match_ids.clone());
    let actual = format!("{tn} {} with {} points", ordinal(row.position), row.points);
    out.push(if !row.tied_with.is_empty() {
        f.unverifiable(format!(
            "{actual}, level with others on every criterion the data holds"
        ))
    } else {
        f.judged(
            row.position == want && above_ok,
            actual,
            table_words(s, &table),
        )
    });
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::claims_of;
    use crate::Verdict;

    fn verdict(text: &str, as_of: &str) -> Option<Verdict> {
        claims_of("standing", text, as_of)
            .first()
            .map(|c| c.verdict)
    }

    #[test]
    fn a_final_place_in_a_group() {
        // 2010 World Cup Group F: Italy bottom. Euro 2016 Group F: Hungary,
        // Iceland, Portugal, Austria.
        let day = "2010-06-25";
        assert_eq!(
            verdict(
                "Italy finished bottom of Group F at the 2010 World Cup.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                "Italy finished third in Group F at the 2010 World Cup.",
                day
            ),
            Some(Verdict::False)
        );
        let day = "2016-06-23";
        assert_eq!(
            verdict(
                "Portugal finished third in Group F at Euro 2016, behind Hungary and Iceland.",
                day
            ),
            Some(Verdict::True)
        );
        assert_eq!(
            verdict(
                "Portugal finished third in Group F at Euro 2016, behind Hungary and Austria.",
                day
            ),
            Some(Verdict::False)
        );
    }
}

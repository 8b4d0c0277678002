//! One goal list per match from the two sources. goalscorers.csv gives full
//! names and folds stoppage time into the minute; openfootball gives the
//! stoppage offset and sometimes only surnames. Where both have a goal, keep
//! goalscorers.csv's name and flags, openfootball's stoppage time, and record
//! any difference as a disagreement.

use super::openfootball::OfGoalRaw;
use super::results::CsvGoal;
use super::Builder;
use crate::model::*;
use crate::names::normalize;
use crate::store::{Disagreement, DisagreementKind};
use rustc_hash::FxHashMap as HashMap;

/// How well two spellings of a scorer agree: 2 same name, 1 a shared surname or
/// a near spelling ("Werghost"/"Weghorst"), 0 different people.
pub(crate) fn name_agreement(csv: &str, of: &str) -> u8 {
    let a = normalize(csv);
    let b = normalize(of);
    if a == b {
        return 2;
    }
    let a_last = a.rsplit(' ').next().unwrap_or(&a);
    let b_last = b.rsplit(' ').next().unwrap_or(&b);
    let b_words: Vec<&str> = b.split(' ').filter(|w| w.len() > 2).collect();
    if a_last == b_last
        || b_words.iter().any(|w| a.split(' ').any(|x| x == *w))
        || strsim::jaro_winkler(&a, &b) > 0.9
        || strsim::jaro_winkler(a_last, b_last) > 0.88
    {
        1
    } else {
        0
    }
}

pub(crate) fn merge_goals(
    b: &mut Builder,
    csv_goals: Vec<CsvGoal>,
    mut of_goals: HashMap<MatchId, Vec<OfGoalRaw>>,
) {
    let mut by_match: HashMap<MatchId, Vec<CsvGoal>> = HashMap::default();
    for g in csv_goals {
        by_match.entry(g.match_id).or_default().push(g);
    }
    let mut goals: Vec<Goal> = Vec::with_capacity(50_000);
    for idx in 0..b.matches.len() {
        let id = MatchId(idx as u32);
        let csv = by_match.remove(&id).unwrap_or_default();
        let of = of_goals.remove(&id);
        let start = goals.len() as u32;
        let mut list: Vec<Goal> = Vec::new();
        if !csv.is_empty() {
            for g in &csv {
                list.push(Goal {
                    match_id: id,
                    team: g.team,
                    player: g.player,
                    minute: g.minute,
                    stoppage: None,
                    penalty: g.penalty,
                    own_goal: g.own_goal,
                    alt_minute: None,
                    score_after: Score::new(0, 0),
                });
            }
            if let Some(of) = &of {
                reconcile(b, id, &csv, of, &mut list);
            }
        } else if let Some(of) = &of {
            for g in of {
                let player = b.player(&g.name);
                list.push(Goal {
                    match_id: id,
                    team: g.team,
                    player,
                    minute: g.minute,
                    stoppage: g.stoppage,
                    penalty: g.penalty,
                    own_goal: g.own_goal,
                    alt_minute: None,
                    score_after: Score::new(0, 0),
                });
            }
        }
        list.sort_by_key(|g| (g.minute.unwrap_or(u8::MAX), g.stoppage.unwrap_or(0)));
        let m = &mut b.matches[idx];
        let mut running = Score::new(0, 0);
        for g in &mut list {
            if g.team == m.home {
                running.home += 1;
            } else {
                running.away += 1;
            }
            g.score_after = running;
        }
        m.scorers_complete = running == m.score;
        if !list.is_empty() && !m.scorers_complete {
            let note = format!(
                "{} {} v {}",
                m.date,
                b.teams[m.home.index()].name,
                b.teams[m.away.index()].name
            );
            b.disagreements.push(Disagreement {
                match_id: Some(id),
                kind: DisagreementKind::IncompleteScorers,
                results_csv: format!("score {}", m.score),
                openfootball: String::new(),
                note: format!("{note}: scorer list adds up to {running}"),
            });
        }
        goals.extend(list);
        b.matches[idx].goals = start..goals.len() as u32;
    }
    b.goals = goals;
}

/// Pairs each openfootball goal with a goalscorers.csv goal of the same team,
/// preferring the same scorer and the nearest minute.
fn reconcile(b: &mut Builder, id: MatchId, csv: &[CsvGoal], of: &[OfGoalRaw], list: &mut [Goal]) {
    let mut used = vec![false; csv.len()];
    let mut found = Vec::new();
    for g in of {
        let mut best: Option<(usize, (u8, i32))> = None;
        for (i, c) in csv.iter().enumerate() {
            if used[i] || c.team != g.team {
                continue;
            }
            let names = name_agreement(&b.players[c.player.index()].name, &g.name);
            let diff = match (c.minute, g.minute) {
                (Some(a), Some(b)) => (a as i32 - b as i32).abs(),
                _ => 50,
            };
            if names == 0 && diff > 0 {
                continue;
            }
            let key = (names, -diff);
            if best.is_none_or(|(_, k)| key > k) {
                best = Some((i, key));
            }
        }
        let Some((i, (names, neg_diff))) = best else {
            found.push((
                DisagreementKind::Scorer,
                String::new(),
                format!("{} {}", g.name, minute_text(g)),
            ));
            continue;
        };
        used[i] = true;
        let c = &csv[i];
        let scorer = b.players[c.player.index()].name.to_string();
        list[i].stoppage = g.stoppage;
        if neg_diff != 0 {
            list[i].alt_minute = g.minute;
            found.push((
                DisagreementKind::Minute,
                format!(
                    "{} {}'",
                    scorer,
                    c.minute.map(|m| m.to_string()).unwrap_or_default()
                ),
                format!("{} {}", g.name, minute_text(g)),
            ));
        }
        if names < 2 {
            let pid = list[i].player;
            let variant: Box<str> = g.name.as_str().into();
            // "Kane" for "Harry Kane", "L. Laurent", "Leônidas": a short form.
            let csv_norm = normalize(&scorer);
            let short_form = normalize(&g.name)
                .split(' ')
                .filter(|w| w.len() > 1)
                .all(|w| csv_norm.split(' ').any(|x| x == w));
            if !b.players[pid.index()].variants.contains(&variant) && csv_norm != normalize(&g.name)
            {
                b.players[pid.index()].variants.push(variant);
            }
            if !short_form {
                found.push((
                    DisagreementKind::NameSpelling,
                    scorer.clone(),
                    g.name.clone(),
                ));
            }
        }
        if c.penalty != g.penalty || c.own_goal != g.own_goal {
            found.push((
                DisagreementKind::Scorer,
                format!("{} pen={} og={}", scorer, c.penalty, c.own_goal),
                format!("{} pen={} og={}", g.name, g.penalty, g.own_goal),
            ));
        }
    }
    for (i, c) in csv.iter().enumerate() {
        if !used[i] {
            let name = &b.players[c.player.index()].name;
            let minute = c.minute.map(|m| format!("{m}'")).unwrap_or_default();
            found.push((
                DisagreementKind::Scorer,
                format!("{name} {minute}"),
                String::new(),
            ));
        }
    }
    let m = &b.matches[id.index()];
    let note = format!(
        "{} {} v {}",
        m.date,
        b.teams[m.home.index()].name,
        b.teams[m.away.index()].name
    );
    for (kind, a, o) in found {
        b.disagreements.push(Disagreement {
            match_id: Some(id),
            kind,
            results_csv: a,
            openfootball: o,
            note: note.clone(),
        });
    }
}

fn minute_text(g: &OfGoalRaw) -> String {
    match (g.minute, g.stoppage) {
        (Some(m), Some(s)) => format!("{m}+{s}'"),
        (Some(m), None) => format!("{m}'"),
        _ => "?'".into(),
    }
}

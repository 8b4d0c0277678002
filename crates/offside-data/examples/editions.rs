//! Prints every final-tournament edition's structure: matches, teams, groups,
//! knock-out stages found, champion, and knock-out matches whose extra time is
//! unknown. `cargo run -p offside-data --example editions [COMPETITION]`.
use offside_data::model::*;

fn main() {
    let store = offside_data::load_embedded().unwrap();
    let filter = std::env::args().nth(1);
    let detail = std::env::args().nth(2);
    for e in &store.editions {
        let comp = &store.competition(e.competition).name;
        if let Some(f) = &filter {
            if !comp.to_lowercase().contains(&f.to_lowercase()) {
                continue;
            }
        }
        let ms: Vec<&Match> = e.matches.iter().map(|m| store.match_(*m)).collect();
        let mut teams: Vec<TeamId> = ms.iter().flat_map(|m| [m.home, m.away]).collect();
        teams.sort();
        teams.dedup();
        let mut groups: Vec<&str> = ms.iter().filter_map(|m| m.group.as_deref()).collect();
        groups.sort();
        groups.dedup();
        let count = |s: Stage| ms.iter().filter(|m| m.stage == s).count();
        let ko = ms.iter().filter(|m| m.stage.is_knockout()).count();
        let unknown = count(Stage::Unknown);
        let et_unknown = ms
            .iter()
            .filter(|m| m.stage.is_knockout() && m.extra_time_basis == ExtraTimeBasis::Unknown)
            .count();
        let champion = store
            .champion(e.id)
            .map(|t| store.team_name(t))
            .unwrap_or("-");
        println!(
            "{} {}: {} matches, {} teams, src={} groups={} grp={} 2nd={} ko={} (F={} SF={} QF={} R16={} 3rd={}) unknown={} et_unknown={} champion={}",
            comp, e.year, ms.len(), teams.len(), e.stages_from_source, groups.len(),
            count(Stage::Group), count(Stage::SecondGroup), ko, count(Stage::Final),
            count(Stage::SemiFinal), count(Stage::QuarterFinal), count(Stage::RoundOf16),
            count(Stage::ThirdPlace), unknown, et_unknown, champion
        );
        for m in &ms {
            if detail.as_deref() == Some("et")
                && m.stage.is_knockout()
                && m.extra_time_basis == ExtraTimeBasis::Unknown
            {
                println!("  ET unknown: {}", store.describe_match(m));
            }
        }
        if detail.as_deref() == Some("groups") {
            let mut gs: Vec<(&str, Vec<&str>)> = Vec::new();
            for m in &ms {
                if let (Some(g), true) = (m.group.as_deref(), m.stage.is_group()) {
                    let e = match gs.iter_mut().position(|x| x.0 == g) {
                        Some(i) => &mut gs[i].1,
                        None => {
                            gs.push((g, Vec::new()));
                            &mut gs.last_mut().unwrap().1
                        }
                    };
                    for t in [m.home, m.away] {
                        let n = store.team_name(t);
                        if !e.contains(&n) {
                            e.push(n);
                        }
                    }
                }
            }
            for (g, ts) in gs {
                println!("  {g}: {}", ts.join(", "));
            }
        }
    }
}

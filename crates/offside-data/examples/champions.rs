//! Prints each edition's champion for a competition, to eyeball the derived finals.
fn main() {
    let s = offside_data::load_embedded().unwrap();
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "Copa América".into());
    let offside_data::Lookup::Found(c) = s.lookup_competition(&name) else {
        panic!("no such competition")
    };
    for e in s.editions_of(c) {
        let ch = s
            .champion(e.id)
            .map(|t| s.team_name(t).to_string())
            .unwrap_or_else(|| "-".into());
        println!(
            "{} {} {} matches, champion {}",
            e.year,
            e.start,
            e.matches.len(),
            ch
        );
    }
}

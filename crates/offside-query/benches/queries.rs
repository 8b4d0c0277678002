//! One benchmark per query kind, on the embedded data, warm store.
use offside_data::{load_embedded, Lookup, Store};
use offside_query::*;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn store() -> &'static Store {
    static S: OnceLock<Store> = OnceLock::new();
    S.get_or_init(|| load_embedded().unwrap())
}

fn found<T>(l: Lookup<T>) -> T {
    match l {
        Lookup::Found(t) => t,
        _ => panic!("lookup failed"),
    }
}

#[divan::bench]
fn run_england_2022(b: divan::Bencher) {
    let s = store();
    let (t, e) = (
        found(s.lookup_team("England")),
        found(s.lookup_edition("World Cup 2022")),
    );
    b.bench(|| team_run(s, divan::black_box(t), e, AsOf::ALL));
}

#[divan::bench]
fn table_2022_group_b(b: divan::Bencher) {
    let s = store();
    let e = found(s.lookup_edition("World Cup 2022"));
    b.bench(|| group_table(s, divan::black_box(e), "Group B", AsOf::ALL));
}

#[divan::bench]
fn h2h_england_scotland(b: divan::Bencher) {
    let s = store();
    let (x, y) = (
        found(s.lookup_team("England")),
        found(s.lookup_team("Scotland")),
    );
    b.bench(|| head_to_head(s, divan::black_box(x), y, H2hFilter::default()));
}

#[divan::bench]
fn player_messi(b: divan::Bencher) {
    let s = store();
    let p = found(s.lookup_player("Lionel Messi"));
    b.bench(|| player_goals(s, divan::black_box(p), AsOf::ALL));
}

#[divan::bench]
fn records_2022(b: divan::Bencher) {
    let s = store();
    let e = found(s.lookup_edition("World Cup 2022"));
    b.bench(|| records(s, divan::black_box(e), AsOf::ALL, 5));
}

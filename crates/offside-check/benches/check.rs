//! Throughput of the checker over the dev set's texts (one core, warm
//! checker), and the cost of building a checker from a loaded store.
use offside_check::{eval, CheckOptions, Checker};
use std::sync::OnceLock;

/// The allocator the `offside` binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(offside_data::load_embedded().expect("embedded data")))
}

/// The dev articles with their dates, read from ../shared at run time.
fn articles() -> &'static Vec<(String, CheckOptions)> {
    static A: OnceLock<Vec<(String, CheckOptions)>> = OnceLock::new();
    A.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dev");
        eval::load_gold_dir(&dir)
            .expect("dev set beside the repository")
            .into_iter()
            .map(|(_, g)| {
                let as_of = g.published.as_deref().and_then(offside_data::parse_date);
                (g.text, CheckOptions { as_of })
            })
            .collect()
    })
}

/// All dev articles once per iteration: articles/s = 11 / time.
#[divan::bench(sample_count = 50)]
fn check_dev_set(b: divan::Bencher) {
    let c = checker();
    let a = articles();
    b.counter(divan::counter::ItemsCount::new(a.len()))
        .bench(|| {
            for (text, opts) in a {
                divan::black_box(c.check(text, opts));
            }
        });
}

#[divan::bench(sample_count = 10)]
fn build_checker(b: divan::Bencher) {
    b.with_inputs(|| offside_data::load_embedded().unwrap())
        .bench_values(Checker::new);
}

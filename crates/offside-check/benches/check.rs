//! Throughput of the checker (one core, warm checker): the dev set's
//! articles, the cold set's (the figure `check --batch` prints), and one long
//! text; the cost of building a checker; and the text steps every sentence
//! goes through. The speed targets (issue 7) are 10,000 articles/s over the
//! cold set and 20 MB/s over a long text.
use offside_check::{eval, CheckOptions, Checker};
use std::path::Path;
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

fn shared() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval")
}

/// The dev articles with their dates, read from ../shared at run time.
fn articles() -> &'static Vec<(String, CheckOptions)> {
    static A: OnceLock<Vec<(String, CheckOptions)>> = OnceLock::new();
    A.get_or_init(|| {
        let dir = shared().join("dev");
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

/// The cold set's articles (`eval/cold/articles.jsonl`) with their dates.
fn cold_articles() -> &'static Vec<(String, CheckOptions)> {
    static A: OnceLock<Vec<(String, CheckOptions)>> = OnceLock::new();
    A.get_or_init(|| {
        let lines = std::fs::read_to_string(shared().join("cold/articles.jsonl"))
            .expect("cold set beside the repository");
        lines
            .lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let as_of = v["published"].as_str().and_then(offside_data::parse_date);
                let text = v["text"].as_str().unwrap_or_default().to_string();
                (text, CheckOptions { as_of })
            })
            .collect()
    })
}

/// All cold articles once per iteration, as `check --batch` checks them.
#[divan::bench(sample_count = 50)]
fn check_cold_set(b: divan::Bencher) {
    let c = checker();
    let a = cold_articles();
    b.counter(divan::counter::ItemsCount::new(a.len()))
        .bench(|| {
            for (text, opts) in a {
                divan::black_box(c.check(text, opts));
            }
        });
}

/// The dev texts one after another until 2 MB, as one text (an archive
/// pasted whole): checked in 1 MiB pieces, so anything that grows faster
/// than the text shows here.
fn long_text() -> &'static String {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let one: Vec<&str> = articles().iter().map(|(t, _)| t.as_str()).collect();
        let one = one.join("\n\n");
        let mut text = String::new();
        while text.len() < 2_000_000 {
            text.push_str(&one);
            text.push_str("\n\n");
        }
        text
    })
}

#[divan::bench(sample_count = 10)]
fn check_long_text(b: divan::Bencher) {
    let c = checker();
    let text = long_text();
    let opts = CheckOptions::default();
    b.counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| divan::black_box(c.check(text, &opts)));
}

/// A checker over the embedded store: its gazetteer comes from build.rs.
#[divan::bench(sample_count = 10)]
fn build_checker(b: divan::Bencher) {
    b.with_inputs(|| offside_data::load_embedded().unwrap())
        .bench_values(Checker::new);
}

/// Sentence splitting and tokenising, which every byte goes through.
#[divan::bench(sample_count = 50)]
fn split_and_tokenize_dev_set(b: divan::Bencher) {
    let a = articles();
    let bytes: usize = a.iter().map(|(t, _)| t.len()).sum();
    b.counter(divan::counter::BytesCount::new(bytes)).bench(|| {
        for (text, _) in a {
            for s in offside_text::split_sentences(text) {
                divan::black_box(offside_text::tokenize(s.text(text), s.start));
            }
        }
    });
}

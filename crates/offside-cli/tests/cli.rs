//! The real `offside` binary, run as a user would: bad input must give a
//! clear message and the right exit code (never a panic), and `--json`
//! output must parse back into the figures the data holds.

use serde::Deserialize;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn offside() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_offside"));
    c.env("NO_COLOR", "1").env_remove("OFFSIDE_DEBUG");
    c
}

/// Runs offside with these arguments; never lets a panic pass as an error.
fn run(args: &[&str]) -> Output {
    let out = offside().args(args).output().expect("offside runs");
    assert_no_panic(&out);
    out
}

fn assert_no_panic(out: &Output) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "offside panicked:\n{err}");
    // A panic exits with 101; offside's own codes are 0, 1 and 2.
    assert!(
        matches!(out.status.code(), Some(0..=2)),
        "unexpected exit {:?}:\n{err}",
        out.status
    );
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            stderr(out)
        )
    })
}

/// The labelled articles in `../shared/eval/dev`, beside the repository.
/// A plain clone has no `../shared`: the test then says on standard error
/// that it was skipped and why, and passes. With `OFFSIDE_REQUIRE_SHARED=1`
/// (`.ci/run` sets it) a missing folder fails the test instead, so CI can
/// never skip these silently.
fn dev_dir(test: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dev");
    if dir.is_dir() {
        return Some(dir);
    }
    let why = format!(
        "{test}: needs the labelled articles in ../shared/eval/dev beside the repository \
         ({} is missing)",
        dir.display()
    );
    if std::env::var_os("OFFSIDE_REQUIRE_SHARED").is_some_and(|v| v == "1") {
        panic!("{why}; OFFSIDE_REQUIRE_SHARED=1 makes that a failure");
    }
    // Straight to the process's stderr: libtest captures `eprintln!` of a
    // passing test, and a skip nobody sees is a silent one.
    let _ = writeln!(
        std::io::stderr(),
        "skipped {why}; set OFFSIDE_REQUIRE_SHARED=1 to fail instead"
    );
    None
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// A fresh folder under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let p = std::env::temp_dir().join(format!("offside-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

// ---- bad input ---------------------------------------------------------

#[test]
fn invalid_utf8_names_file_line_and_column() {
    let dir = TempDir::new("utf8");
    let f = dir.file("latin1.txt", b"England beat Iran.\nCaf\xe9 au lait\n");
    let out = run(&["check", s(&f)]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("latin1.txt:2:4: not valid UTF-8"),
        "message: {err}"
    );
}

#[test]
fn binary_file_is_refused() {
    let dir = TempDir::new("binary");
    let f = dir.file("image.bin", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0");
    let out = run(&["check", s(&f)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("binary"), "{}", stderr(&out));
}

#[test]
fn empty_file_is_not_an_error() {
    let dir = TempDir::new("empty");
    let f = dir.file("empty.txt", b"");
    let blank = dir.file("blank.txt", b"  \n\n\t\n");
    for p in [&f, &blank] {
        let out = run(&["check", s(p)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).contains("empty, nothing to check"));
    }
    let out = run(&["check", "--format", "json", s(&f)]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["claims"].as_array().map(Vec::len), Some(0));
}

#[test]
fn standard_input_is_checked() {
    let mut child = offside()
        .args(["check", "--format", "json", "--as-of", "2022-12-31", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"England beat Iran 6-3 at the 2022 World Cup.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["file"], "<stdin>");
    let falses: Vec<&Value> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] == "false")
        .collect();
    assert_eq!(falses.len(), 1, "{v:#}");
    assert_eq!(falses[0]["actual"], "6-2");
}

/// 30 MB of text, far past the 1 MiB at which the checker works in pieces.
/// Each paragraph holds one claim; every one must come back, none twice,
/// with line numbers counted in the whole file.
#[test]
fn very_large_input_is_checked_in_full() {
    let dir = TempDir::new("large");
    let claim = "England beat Iran 6-2 in their opening game of the 2022 World Cup.\n";
    let filler =
        "The crowd sang loudly as the rain fell on the old roof and nobody went home early.\n";
    let para = format!("{claim}{}\n", filler.repeat(40));
    let small = dir.file("one.txt", para.as_bytes());
    let per_para = claim_count(&run(&["check", s(&small)]));
    assert!(per_para >= 1, "the claim sentence gives no claim");

    let n = 30 * 1024 * 1024 / para.len() + 1;
    let big = dir.file("big.txt", para.repeat(n).as_bytes());
    // Output to a file: true claims are not printed, but the summary counts them.
    let sink = dir.0.join("out.txt");
    let status = offside()
        .args(["check", s(&big)])
        .stdout(std::fs::File::create(&sink).unwrap())
        .stderr(Stdio::inherit())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let printed = std::fs::read_to_string(&sink).unwrap();
    assert_eq!(
        printed.lines().rev().map(summary_total).find_map(|x| x),
        Some(per_para * n),
        "tail of output:\n{}",
        &printed[printed.len().saturating_sub(500)..]
    );
}

fn claim_count(out: &Output) -> usize {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(summary_total)
        .unwrap_or_else(|| panic!("no summary line:\n{}", stderr(out)))
}

/// "FILE: 23 claims: 19 true, 1 false, 3 unverifiable" → 23.
fn summary_total(line: &str) -> Option<usize> {
    let (_, rest) = line.rsplit_once(": ")?;
    if !rest.ends_with(" unverifiable") {
        return None;
    }
    let head = line.strip_suffix(rest)?.strip_suffix(": ")?;
    head.rsplit_once(": ")?
        .1
        .strip_suffix(" claims")?
        .parse()
        .ok()
}

#[test]
fn unknown_team_suggests_a_spelling() {
    let out = run(&["run", "Englnd", "World Cup 2022"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("unknown team `Englnd`"), "{err}");
    assert!(err.contains("did you mean England"), "{err}");
}

#[test]
fn ambiguous_team_lists_the_choices() {
    let out = run(&["h2h", "Ireland", "England"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("ambiguous"), "{err}");
    assert!(
        err.contains("Northern Ireland") && err.contains("Republic of Ireland"),
        "{err}"
    );
}

#[test]
fn unknown_edition_is_an_error_with_suggestions() {
    let out = run(&["table", "World Cup 2099"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("unknown edition `World Cup 2099`"), "{err}");
    assert!(err.contains("did you mean"), "{err}");
}

#[test]
fn malformed_results_csv_names_file_and_line() {
    let dir = TempDir::new("data");
    let data = dir.0.join("data");
    copy_dir(&data_dir(), &data);
    let csv = data.join("international_results/results.csv");
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    // Line 101 of the file: a date that does not exist.
    lines[100] = "1900-13-45,England,Scotland,1,0,Friendly,Glasgow,Scotland,FALSE";
    std::fs::write(&csv, lines.join("\n")).unwrap();
    let out = run(&["--data", s(&data), "run", "England", "World Cup 2022"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("international_results/results.csv:101:"),
        "{err}"
    );
    assert!(err.contains("1900-13-45"), "{err}");

    // A row cut short is named the same way.
    lines[100] = "1900-03-03,England,Scotland,1";
    std::fs::write(&csv, lines.join("\n")).unwrap();
    let out = run(&["--data", s(&data), "run", "England", "World Cup 2022"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("results.csv:101:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_data_folder_is_named() {
    let missing = std::env::temp_dir().join("offside-no-such-folder-7c1e");
    let out = run(&["--data", s(&missing), "run", "England", "World Cup 2022"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("offside-no-such-folder-7c1e"), "{err}");
    assert!(err.contains("no such folder"), "{err}");
    // Said once, not once per layer of the error.
    assert_eq!(err.matches("no such folder").count(), 1, "{err}");
}

#[test]
fn bad_as_of_date_is_refused() {
    for bad in ["2022-13-01", "12/12/2022", "yesterday"] {
        let out = run(&["run", "England", "World Cup 2022", "--as-of", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
    }
}

#[test]
fn unreadable_file_is_an_error() {
    let out = run(&["check", "/no/such/article.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/article.txt"));
}

/// As ripgrep does: a file that cannot be read is reported and the others
/// are still checked; the exit code is 2 at the end, even though a claim
/// was false.
#[test]
fn a_missing_file_among_several_is_reported_and_the_rest_checked() {
    let dir = TempDir::new("several");
    let a = dir.file(
        "a.txt",
        b"date 2022-12-31\nEngland beat Iran 6-3 at the 2022 World Cup.\n",
    );
    let b = dir.file(
        "b.txt",
        b"date 2022-12-31\nEngland beat Wales 3-0 at the 2022 World Cup.\n",
    );
    let missing = dir.0.join("missing.txt");
    let out = run(&["check", s(&a), s(&missing), s(&b)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("a.txt: 1 claims: 0 true, 1 false"), "{text}");
    assert!(text.contains("b.txt: 1 claims: 1 true, 0 false"), "{text}");
    let err = stderr(&out);
    assert!(
        err.contains("cannot read") && err.contains("missing.txt"),
        "{err}"
    );
    assert!(err.contains("1 of 3 files could not be checked"), "{err}");

    // The same in JSON: one report a line for each file that could be read.
    let out = run(&["check", "--format", "json", s(&a), s(&missing), s(&b)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let files: Vec<String> = json_lines(&out)
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, [s(&a), s(&b)]);

    // Without the missing file: 1, for the false claim.
    let out = run(&["check", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

/// `check --format json` has one shape whatever the number of files: one
/// report per line, each with its `file`.
#[test]
fn check_json_is_one_report_a_line_for_one_file_or_many() {
    let dir = TempDir::new("shape");
    let a = dir.file(
        "a.txt",
        b"date 2022-12-31\nEngland beat Iran 6-3 at the 2022 World Cup.\n",
    );
    let b = dir.file(
        "b.txt",
        b"date 2022-12-31\nEngland beat Wales 3-0 at the 2022 World Cup.\n",
    );
    let one = json_lines(&run(&["check", "--format", "json", s(&a)]));
    let two = json_lines(&run(&["check", "--format", "json", s(&a), s(&b)]));
    assert_eq!(one.len(), 1);
    assert_eq!(two.len(), 2);
    assert_eq!(one[0], two[0], "the first file's report does not change");
    for r in one.iter().chain(&two) {
        let mut keys: Vec<&str> = r.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        keys.sort();
        assert_eq!(
            keys,
            ["as_of", "as_of_source", "claims", "file", "unexplained"]
        );
    }
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// A byte-order mark is dropped, so the date line still dates the article.
#[test]
fn utf8_byte_order_mark_is_stripped() {
    let dir = TempDir::new("bom");
    let f = dir.file(
        "bom.txt",
        b"\xEF\xBB\xBFdate 2022-11-22\nEngland beat Iran 6-3 in their opening game.\n",
    );
    let out = run(&["check", "--format", "json", s(&f)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["as_of"], "2022-11-22", "{v:#}");
    assert_eq!(v["as_of_source"], "date_line", "{v:#}");
    let c = &v["claims"][0];
    assert_eq!(c["verdict"], "false");
    // Spans count from after the mark.
    let text = "date 2022-11-22\nEngland beat Iran 6-3 in their opening game.\n";
    let (a, b) = (
        c["span"]["start"].as_u64().unwrap() as usize,
        c["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(text.get(a..b), c["text"].as_str());
}

#[test]
fn utf16_is_recognised_and_named() {
    let dir = TempDir::new("utf16");
    let text = "date 2022-11-22\nEngland beat Iran 6-2 in their opening game.\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let with_bom: Vec<u8> = [0xFF, 0xFE].into_iter().chain(le.iter().copied()).collect();
    for (name, bytes, enc) in [
        ("le.txt", &le, "UTF-16LE"),
        ("be.txt", &be, "UTF-16BE"),
        ("bom.txt", &with_bom, "UTF-16LE"),
    ] {
        let f = dir.file(name, bytes);
        let out = run(&["check", s(&f)]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{name}: looks like {enc} text")),
            "{err}"
        );
        assert!(err.contains("save it as UTF-8"), "{err}");
        assert!(!err.contains("binary"), "{err}");
    }
}

#[test]
fn a_team_against_itself_is_refused_with_an_example() {
    for args in [
        &["h2h", "England", "England"][..],
        &["h2h", "England", "Three Lions"],
        &["match", "USA", "United States"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("give two different teams"), "{err}");
        assert!(
            err.contains(&format!("e.g. `offside {} ", args[0])),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let f = example();
    let has_ansi = |out: &Output| out.stdout.windows(2).any(|w| w == b"\x1b[");
    // Tests run offside with NO_COLOR=1 and a pipe: no colour unless asked.
    assert!(!has_ansi(&run(&["check", s(&f)])));
    assert!(has_ansi(&run(&["check", "--color", "always", s(&f)])));
    assert!(!has_ansi(&run(&["check", "--color", "never", s(&f)])));
    let forced = offside()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["check", s(&f)])
        .output()
        .unwrap();
    assert!(has_ansi(&forced), "CLICOLOR_FORCE is honoured in auto");
    let out = run(&["check", "--color", "sometimes", s(&f)]);
    assert_eq!(out.status.code(), Some(2));
}

/// `offside ... | head` closes the pipe early: a quiet success, not an error.
#[test]
fn closed_pipe_exits_quietly() {
    let dir = TempDir::new("pipe");
    let text = "England beat Iran 6-2 at the 2022 World Cup.\n".repeat(5000);
    let f = dir.file("many.txt", text.as_bytes());
    let mut child = offside()
        .args(["check", "--verbose", s(&f)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Nothing is written before the data is loaded and the text checked.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

// ---- batch ---------------------------------------------------------------

#[derive(Deserialize)]
struct BatchResult {
    id: Value,
    line: u64,
    as_of: Option<String>,
    claims: Vec<Value>,
    false_count: usize,
}

/// One output line: a result, or the error record of a line that failed.
#[derive(Deserialize)]
#[serde(untagged)]
enum BatchLine {
    Failed {
        #[serde(default)]
        id: Value,
        line: u64,
        error: String,
    },
    Checked(BatchResult),
}

fn batch_lines(stdout: &[u8]) -> Vec<BatchLine> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

fn batch_results(stdout: &[u8]) -> Vec<BatchResult> {
    batch_lines(stdout)
        .into_iter()
        .map(|l| match l {
            BatchLine::Checked(r) => r,
            BatchLine::Failed { line, error, .. } => panic!("line {line} failed: {error}"),
        })
        .collect()
}

#[test]
fn batch_keeps_order_and_answers_every_line_bad_ones_with_an_error_record() {
    let dir = TempDir::new("batch");
    let mut input = Vec::new();
    // Many articles, so the blocks are checked in parallel; some false.
    for i in 0..300 {
        let score = if i % 3 == 0 { "6-3" } else { "6-2" };
        writeln!(
            input,
            "{}",
            serde_json::json!({
                "id": format!("a{i}"),
                "text": format!("England beat Iran {score} at the 2022 World Cup."),
                "published": "2022-12-31",
            })
        )
        .unwrap();
    }
    input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
    input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": 7, \"text\": \"Caf\xe9\"}\n");
    input.extend_from_slice(
        b"{\"id\": \"dated\", \"text\": \"England beat Iran 6-2.\", \"published\": \"soon\"}\n",
    );
    input.extend_from_slice(
        b"{\"id\": 8, \"text\": \"England have never lost to Iran.\", \"published\": null}\n",
    );
    let f = dir.file("in.jsonl", &input);
    let out = run(&["check", "--batch", s(&f)]);
    // False claims were found, but a line failed: the error wins.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let lines = batch_lines(&out.stdout);
    assert_eq!(lines.len(), 306, "exactly one output line per input line");
    for (i, l) in lines[..300].iter().enumerate() {
        let BatchLine::Checked(r) = l else {
            panic!("line {} failed", i + 1)
        };
        assert_eq!(r.id, format!("a{i}"));
        assert_eq!(r.line, i as u64 + 1);
        assert_eq!(r.as_of.as_deref(), Some("2022-12-31"));
        assert!(!r.claims.is_empty());
        assert_eq!(r.false_count, usize::from(i % 3 == 0), "article a{i}");
    }
    let BatchLine::Checked(last) = &lines[305] else {
        panic!("the last line is an article")
    };
    assert_eq!((&last.id, last.line), (&Value::from(8), 306));

    let err = stderr(&out);
    for (i, (want_id, why)) in [
        (Value::Null, "not valid JSON"),
        (Value::from("no-text"), "no \"text\" field"),
        (Value::Null, "blank line"),
        (Value::Null, "not valid UTF-8"),
        (Value::from("dated"), "not a date"),
    ]
    .into_iter()
    .enumerate()
    {
        let n = 301 + i as u64;
        let BatchLine::Failed { id, line, error } = &lines[n as usize - 1] else {
            panic!("line {n} should have failed")
        };
        assert_eq!((id, *line), (&want_id, n));
        assert!(error.contains(why), "line {n}: {error}");
        let reported = err
            .lines()
            .find(|l| l.contains(&format!("in.jsonl:{n}: error: ")));
        assert!(reported.is_some_and(|l| l.contains(why)), "{err}");
    }
    let totals = err.lines().last().unwrap();
    assert!(
        totals.starts_with("301 articles, ")
            && totals.contains(" 100 false claims, 5 lines failed"),
        "{totals}"
    );
    assert!(totals.contains("articles/s"), "{totals}");
}

#[test]
fn batch_with_only_a_bad_line_exits_2() {
    let dir = TempDir::new("batch-bad");
    let f = dir.file(
        "in.jsonl",
        b"{\"id\": 1, \"text\": \"England beat Iran 6-2 at the 2022 World Cup.\"}\n{\"id\": 2}\n",
    );
    let out = run(&["check", "--batch", s(&f)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let lines = batch_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert!(matches!(&lines[0], BatchLine::Checked(r) if r.false_count == 0));
    assert!(matches!(&lines[1], BatchLine::Failed { line: 2, .. }));
}

#[test]
fn batch_refuses_format_with_a_reason() {
    for f in ["json", "human"] {
        let out = run(&["check", "--batch", "in.jsonl", "--format", f]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(
            err.contains("does not apply to --batch") && err.contains("JSON Lines"),
            "{err}"
        );
    }
}

#[test]
fn batch_writes_to_a_file_and_exits_0_when_all_true() {
    let dir = TempDir::new("batch-out");
    let f = dir.file(
        "in.jsonl",
        b"{\"id\": 1, \"text\": \"England beat Iran 6-2 at the 2022 World Cup.\"}\r\n",
    );
    let o = dir.0.join("out.jsonl");
    let out = run(&["check", "--batch", s(&f), "-o", s(&o)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let results = batch_results(&std::fs::read(&o).unwrap());
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].false_count, 0);
    assert!(!results[0].claims.is_empty());
}

#[test]
fn batch_of_the_dev_articles_matches_checking_them_one_by_one() {
    let Some(dev) = dev_dir("batch_of_the_dev_articles_matches_checking_them_one_by_one") else {
        return;
    };
    let dir = TempDir::new("batch-dev");
    let mut input = Vec::new();
    let mut expected = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for p in paths.iter().take(4) {
        let gold: Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        writeln!(
            input,
            "{}",
            serde_json::json!({"id": gold["id"], "text": gold["text"], "published": gold["published"]})
        )
        .unwrap();
        let txt = dir.file("one.txt", gold["text"].as_str().unwrap().as_bytes());
        let mut args = vec!["check", "--format", "json", s(&txt)];
        let date;
        if let Some(d) = gold["published"].as_str() {
            date = d.to_string();
            args.extend(["--as-of", &date]);
        }
        expected.push((gold["id"].clone(), json(&run(&args))["claims"].clone()));
    }
    let f = dir.file("in.jsonl", &input);
    let out = run(&["check", "--batch", s(&f)]);
    let results = batch_results(&out.stdout);
    assert_eq!(results.len(), expected.len());
    for (r, (id, claims)) in results.iter().zip(&expected) {
        assert_eq!(&r.id, id);
        assert_eq!(&Value::Array(r.claims.clone()), claims, "article {id}");
    }
}

#[test]
fn batch_input_that_cannot_be_read_is_fatal() {
    let out = run(&["check", "--batch", "/no/such/articles.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/articles.jsonl"));
}

#[test]
fn batch_and_files_do_not_mix() {
    let out = run(&["check", "--batch", "a.jsonl", "b.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check", "-o", "out.jsonl", "b.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--batch"), "{}", stderr(&out));
}

// ---- JSON output ---------------------------------------------------------

#[derive(Deserialize)]
struct Run {
    #[serde(flatten)]
    top: Tally,
    group_stage: Tally,
    knockout: Tally,
    overall: Tally,
    matches: Vec<Value>,
}

#[derive(Deserialize, Debug)]
struct Tally {
    played: u32,
    won: u32,
    drawn: u32,
    lost: u32,
    goals_for: u32,
    goals_against: u32,
}

#[test]
fn run_json_has_the_tallies() {
    let out = run(&["run", "England", "World Cup 2022", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r: Run = serde_json::from_slice(&out.stdout).unwrap();
    for t in [&r.top, &r.overall] {
        assert_eq!(
            (
                t.played,
                t.won,
                t.drawn,
                t.lost,
                t.goals_for,
                t.goals_against
            ),
            (5, 3, 1, 1, 13, 4),
            "{t:?}"
        );
    }
    assert_eq!(r.matches.len(), 5);
    assert_eq!(r.group_stage.goals_for + r.knockout.goals_for, 13);
    assert_eq!(r.group_stage.played, 3);
}

#[derive(Deserialize)]
struct Tables {
    groups: Vec<Table>,
}

#[derive(Deserialize)]
struct Table {
    rows: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    team: String,
    points: u32,
    goal_difference: i32,
    goals_for: u32,
}

#[test]
fn table_json_rows_in_order() {
    let out = run(&["table", "World Cup 2022", "Group B", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // One shape for one group or all: `{"groups": [...]}`.
    let mut all: Tables = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all.groups.len(), 1);
    let t = all.groups.remove(0);
    let got: Vec<(&str, u32)> = t.rows.iter().map(|r| (r.team.as_str(), r.points)).collect();
    assert_eq!(
        got,
        [
            ("England", 7),
            ("United States", 5),
            ("Iran", 3),
            ("Wales", 1)
        ]
    );
    assert_eq!(
        (t.rows[0].goal_difference, t.rows[0].goals_for),
        (7, 9),
        "England scored 9 and conceded 2 in the group"
    );
    assert_eq!(t.rows.iter().map(|r| r.goal_difference).sum::<i32>(), 0);
}

#[test]
fn h2h_json_is_consistent() {
    let out = run(&["h2h", "England", "Scotland", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let t: Tally = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t.won + t.drawn + t.lost, t.played, "{t:?}");
    assert!(t.played > 100, "they have met over a hundred times: {t:?}");
    assert!(t.goals_for > 0 && t.goals_against > 0);

    // The same record seen from the other side.
    let back: Tally =
        serde_json::from_slice(&run(&["h2h", "Scotland", "England", "--json"]).stdout).unwrap();
    assert_eq!(
        (back.played, back.won, back.lost, back.goals_for),
        (t.played, t.lost, t.won, t.goals_against)
    );
}

#[test]
fn check_json_finds_the_false_tally() {
    let Some(dev) = dev_dir("check_json_finds_the_false_tally") else {
        return;
    };
    let path = dev.join("00-seed-england-exit.txt");
    let out = run(&["check", s(&path), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let falses: Vec<&Value> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] == "false")
        .collect();
    assert_eq!(falses.len(), 1, "{v:#}");
    assert_eq!(falses[0]["actual"], "4");
    assert!(!falses[0]["evidence"].as_array().unwrap().is_empty());
    // Every span is where its text is.
    let text = std::fs::read_to_string(&path).unwrap();
    for c in v["claims"].as_array().unwrap() {
        let (a, b) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(a..b), c["text"].as_str(), "{c:#}");
    }
}

#[test]
fn eval_json_has_the_figures() {
    let Some(dev) = dev_dir("eval_json_has_the_figures") else {
        return;
    };
    let out = run(&["eval", s(&dev), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    for k in [
        "detection_recall",
        "verdict_accuracy",
        "false_recall",
        "false_precision",
    ] {
        let x = v[k]
            .as_f64()
            .unwrap_or_else(|| panic!("{k} missing: {v:#}"));
        assert!((0.0..=1.0).contains(&x), "{k} = {x}");
    }
    assert!(v["claims"].as_u64().unwrap() > 0);
    let articles = std::fs::read_dir(&dev)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    assert_eq!(v["articles"].as_u64(), Some(articles as u64));
}

// ---- the example a plain clone runs ---------------------------------------

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/france-croatia-2018-final.txt")
}

/// The README's first command: the example article has exactly one false
/// claim (Mbappé's goal put at 67', not 65'), so offside exits with 1.
#[test]
fn example_article_shows_its_one_planted_error() {
    let out = run(&["check", s(&example())]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("checked as of 2018-07-16 (from the date line)"),
        "{text}"
    );
    let falses: Vec<&str> = text.lines().filter(|l| l.contains(": false[")).collect();
    assert_eq!(falses.len(), 1, "{text}");
    assert!(falses[0].contains("Kylian Mbappé at 67'"), "{text}");
    assert!(text.contains("= actual: Kylian Mbappé 65'"), "{text}");

    let out = run(&["check", "--format", "json", s(&example())]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let claims = v["claims"].as_array().unwrap();
    let falses: Vec<&Value> = claims.iter().filter(|c| c["verdict"] == "false").collect();
    assert_eq!(falses.len(), 1, "{v:#}");
    assert_eq!(falses[0]["actual"], "Kylian Mbappé 65'");
    // Every other claim the article makes is true: the example is written
    // from the data, and claims of many kinds are found in it.
    assert!(
        claims
            .iter()
            .all(|c| c["verdict"] == "true" || c["verdict"] == "false"),
        "{v:#}"
    );
    let mut kinds: Vec<&str> = claims.iter().map(|c| c["kind"].as_str().unwrap()).collect();
    kinds.sort();
    kinds.dedup();
    for k in [
        "result", "venue", "date", "minute", "score", "tally", "standing", "stage",
    ] {
        assert!(kinds.contains(&k), "no {k} claim found: {kinds:?}");
    }
}

// ---- conventions: version, completions, man page -------------------------

#[test]
fn version_names_the_data_snapshot() {
    let out = run(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    let v = String::from_utf8_lossy(&out.stdout);
    // "offside 0.1.0 (data to 2026-07-19: 49,520 matches)": the last date
    // in results.csv, which the store is built from.
    let csv =
        std::fs::read_to_string(data_dir().join("international_results/results.csv")).unwrap();
    let last = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.get(..10))
        .max()
        .unwrap();
    assert!(
        v.starts_with(&format!(
            "offside {} (data to {last}: ",
            env!("CARGO_PKG_VERSION")
        )),
        "{v}"
    );
    assert!(v.trim_end().ends_with(" matches)"), "{v}");
}

#[test]
fn completions_for_each_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let script = String::from_utf8_lossy(&out.stdout);
        // fish writes long options as `-l as-of`.
        for word in ["check", "h2h", "as-of", "color", "always"] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
    }
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    // A closed pipe is quiet, as for every command.
    let mut child = offside()
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_no_panic(&out);
}

#[test]
fn man_page_is_roff_with_every_subcommand() {
    let out = run(&["man"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.contains(".TH offside 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH SUBCOMMANDS"] {
        assert!(page.contains(section), "no {section}");
    }
    for sub in ["check", "table", "completions"] {
        assert!(page.contains(&format!("offside\\-{sub}(1)")), "no {sub}");
    }
    // Each page it points to is there too.
    let out = run(&["man", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.contains(".TH offside-check 1"), "{page}");
    assert!(page.contains("\\-\\-as\\-of"), "{page}");
    let out = run(&["man", "chek"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("choose one of"), "{}", stderr(&out));
}

/// A surname several players carry lists them with teams and years (exit 2)
/// instead of picking one; the full name, an accented spelling or `--team`
/// picks one.
#[test]
fn an_ambiguous_surname_lists_the_candidates() {
    let out = run(&["player", "Müller"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for who in [
        "Gerd Müller (Germany, 1967-1974)",
        "Thomas Müller (Germany, 2010-2022)",
        "Müller (Brazil, 1986-1994)",
    ] {
        assert!(err.contains(who), "{who} missing:\n{err}");
    }
    assert!(err.contains("offside player \"Thomas Müller\""), "{err}");
    let full = run(&[
        "player",
        "Gerd Müller",
        "--competition",
        "World Cup",
        "--json",
    ]);
    assert_eq!(json(&full)["goals"], 14, "{}", stderr(&full));
    let brazil = run(&["player", "Müller", "--team", "Brazil", "--json"]);
    assert_eq!(json(&brazil)["player"], "Müller");
    // "Ronaldo" is two players; with Brazil it is the one of 1997-2006.
    let r = run(&["player", "Ronaldo"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(stderr(&r).contains("Cristiano Ronaldo (Portugal"));
    // An accent tells Pelé from Abedi Pele; without it both are listed.
    assert_eq!(json(&run(&["player", "Pelé", "--json"]))["player"], "Pelé");
    assert_eq!(run(&["player", "Pele"]).status.code(), Some(2));
    // A surname only one player carries still resolves.
    assert_eq!(run(&["player", "Klose"]).status.code(), Some(0));
}

#[test]
fn h2h_official_only_leaves_out_the_victory_internationals() {
    let all = json(&run(&["h2h", "England", "Scotland", "--json"]));
    let off = json(&run(&[
        "h2h",
        "England",
        "Scotland",
        "--official-only",
        "--json",
    ]));
    assert_eq!(all["unofficial"], 2);
    assert_eq!(off["official_only"], true);
    assert_eq!(
        all["played"].as_u64().unwrap() - off["played"].as_u64().unwrap(),
        2
    );
}

#[test]
fn records_of_a_competition_show_appearances_and_tournaments() {
    let r = json(&run(&[
        "records",
        "World Cup",
        "--as-of",
        "2022-12-18",
        "--top",
        "1",
        "--json",
    ]));
    assert_eq!(r["edition"], "FIFA World Cup");
    assert_eq!(r["most_appearances"][0]["player"], "Lionel Messi");
    assert_eq!(r["most_appearances"][0]["matches"], 26);
    let text = String::from_utf8(run(&["records", "Euro 2016"]).stdout).unwrap();
    assert!(
        text.contains("line-ups are known for World Cups only"),
        "{text}"
    );
}

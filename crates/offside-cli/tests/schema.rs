//! The JSON Schemas in docs/schema/ are the ones the binary derives from its
//! types (`offside schema NAME`), and the real output of every command with
//! JSON validates against its schema.
//!
//! The validator is a small one written here (no dependency): it knows the
//! keywords schemars emits and panics on any other, so a schema it does not
//! understand can never pass unchecked. It is stricter than JSON Schema in
//! one way: an object may hold only the properties its schema lists, so a
//! field printed but missing from the schema fails too.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn offside(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_offside"))
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("offside runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "offside panicked:\n{err}");
    out
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const NAMES: &[&str] = &[
    "check", "batch", "match", "run", "table", "h2h", "player", "records", "summary", "audit",
];

fn schema(name: &str) -> Value {
    let out = offside(&["schema", name]);
    assert_eq!(out.status.code(), Some(0), "offside schema {name}");
    serde_json::from_slice(&out.stdout).expect("a schema is JSON")
}

/// `OFFSIDE_BLESS=1 cargo test -p offside-cli --test schema` rewrites them,
/// as does `cargo run -- schema --write docs/schema`.
#[test]
fn committed_schemas_are_the_generated_ones() {
    let dir = repo().join("docs/schema");
    let bless = std::env::var_os("OFFSIDE_BLESS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for name in NAMES {
        let generated = schema(name);
        let path = dir.join(format!("{name}.json"));
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            let text = serde_json::to_string_pretty(&generated).unwrap() + "\n";
            std::fs::write(&path, text).unwrap();
            continue;
        }
        let committed: Option<Value> = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        if committed.as_ref() != Some(&generated) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; regenerate with `cargo run -- schema --write docs/schema`"
    );
}

// ---- the validator ---------------------------------------------------------

struct Validator<'a> {
    root: &'a Value,
}

impl Validator<'_> {
    /// Every way `v` breaks `schema`, with the JSON path of each.
    fn errors(&self, schema: &Value, v: &Value, path: &str, out: &mut Vec<String>) {
        let Some(s) = schema.as_object() else {
            match schema {
                Value::Bool(true) => return,
                Value::Bool(false) => return out.push(format!("{path}: nothing is allowed here")),
                _ => panic!("{path}: a schema must be an object or a boolean: {schema}"),
            }
        };
        for (k, kv) in s {
            match k.as_str() {
                "$schema" | "title" | "description" | "$defs" | "properties" | "minItems"
                | "maxItems" | "minimum" | "maximum" => {}
                "$ref" => {
                    let name = kv
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/$defs/"))
                        .unwrap_or_else(|| panic!("unsupported $ref {kv}"));
                    let target = &self.root["$defs"][name];
                    assert!(!target.is_null(), "no $defs/{name}");
                    self.errors(target, v, path, out);
                }
                "type" => {
                    let types: Vec<&str> = match kv {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                        _ => panic!("bad type {kv}"),
                    };
                    if !types.iter().any(|t| is_type(v, t)) {
                        out.push(format!("{path}: expected {types:?}, found {v}"));
                    }
                }
                "const" => {
                    if v != kv {
                        out.push(format!("{path}: expected {kv}, found {v}"));
                    }
                }
                "enum" => {
                    if !kv.as_array().unwrap().contains(v) {
                        out.push(format!("{path}: {v} is not one of {kv}"));
                    }
                }
                "format" => {
                    if let (Some("date"), Some(d)) = (kv.as_str(), v.as_str()) {
                        let ok = d.len() == 10
                            && d.bytes().enumerate().all(|(i, b)| {
                                if i == 4 || i == 7 {
                                    b == b'-'
                                } else {
                                    b.is_ascii_digit()
                                }
                            });
                        if !ok {
                            out.push(format!("{path}: `{d}` is not a YYYY-MM-DD date"));
                        }
                    }
                }
                "required" => {
                    if let Some(o) = v.as_object() {
                        for r in kv.as_array().unwrap() {
                            let r = r.as_str().unwrap();
                            if !o.contains_key(r) {
                                out.push(format!("{path}: required field `{r}` is missing"));
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(a) = v.as_array() {
                        for (i, x) in a.iter().enumerate() {
                            self.errors(kv, x, &format!("{path}[{i}]"), out);
                        }
                    }
                }
                "prefixItems" => {
                    if let Some(a) = v.as_array() {
                        for (i, (x, sx)) in a.iter().zip(kv.as_array().unwrap()).enumerate() {
                            self.errors(sx, x, &format!("{path}[{i}]"), out);
                        }
                    }
                }
                "anyOf" | "oneOf" => {
                    let passing = kv
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|sub| {
                            let mut e = Vec::new();
                            self.errors(sub, v, path, &mut e);
                            e.is_empty()
                        })
                        .count();
                    let ok = if k == "oneOf" {
                        passing == 1
                    } else {
                        passing >= 1
                    };
                    if !ok {
                        out.push(format!("{path}: {passing} of the {k} choices fit {v}"));
                    }
                }
                other => panic!("the test's validator does not know `{other}`; teach it"),
            }
        }
        if let Some(n) = v.as_f64() {
            if s.get("minimum")
                .and_then(Value::as_f64)
                .is_some_and(|m| n < m)
            {
                out.push(format!("{path}: {n} is below the minimum"));
            }
            if s.get("maximum")
                .and_then(Value::as_f64)
                .is_some_and(|m| n > m)
            {
                out.push(format!("{path}: {n} is above the maximum"));
            }
        }
        if let Some(a) = v.as_array() {
            let len = a.len() as u64;
            if s.get("minItems")
                .and_then(Value::as_u64)
                .is_some_and(|m| len < m)
                || s.get("maxItems")
                    .and_then(Value::as_u64)
                    .is_some_and(|m| len > m)
            {
                out.push(format!("{path}: {len} items is outside the bounds"));
            }
        }
        if let (Some(props), Some(o)) = (s.get("properties"), v.as_object()) {
            let props = props.as_object().unwrap();
            for (k, x) in o {
                match props.get(k) {
                    Some(sub) => self.errors(sub, x, &format!("{path}.{k}"), out),
                    None => out.push(format!("{path}: field `{k}` is not in the schema")),
                }
            }
        }
    }
}

fn is_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64(),
        _ => panic!("unknown type {t}"),
    }
}

fn violations(schema: &Value, v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    Validator { root: schema }.errors(schema, v, "$", &mut out);
    out
}

fn assert_valid(name: &str, v: &Value) {
    let errors = violations(&schema(name), v);
    assert!(
        errors.is_empty(),
        "{name} output breaks its schema: {errors:#?}"
    );
}

/// The JSON values a command printed: a pretty document or JSON Lines.
fn values(out: &Output) -> Vec<Value> {
    serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter::<Value>()
        .map(|v| v.expect("JSON output"))
        .collect()
}

// ---- real output against the schemas --------------------------------------

fn example() -> String {
    repo()
        .join("examples/france-croatia-2018-final.txt")
        .display()
        .to_string()
}

#[test]
fn check_output_validates_for_one_file_and_several() {
    let e = example();
    for args in [
        vec!["check", "--format", "json", &e],
        vec!["check", "--format", "json", &e, &e],
    ] {
        let out = offside(&args);
        let reports = values(&out);
        assert_eq!(reports.len(), args.len() - 3);
        for r in &reports {
            assert!(!r["claims"].as_array().unwrap().is_empty());
            assert_valid("check", r);
        }
    }
}

#[test]
fn batch_output_validates_results_and_error_records() {
    let dir = std::env::temp_dir().join(format!("offside-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"a\", \"text\": \"England beat Iran 6-3 at the 2022 World Cup.\", \"published\": \"2022-12-31\"}\n\
         {\"id\": 2, \"text\": \"England beat Wales 3-0.\"}\n\
         {\"id\": \"bad\"}\n\
         not json\n",
    )
    .unwrap();
    let out = offside(&["check", "--batch", input.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    let lines = values(&out);
    assert_eq!(lines.len(), 4);
    assert!(lines[2]["error"].is_string() && lines[3]["error"].is_string());
    for l in &lines {
        assert_valid("batch", l);
    }
}

#[test]
fn query_outputs_validate() {
    for (name, args) in [
        (
            "match",
            &["match", "France", "Croatia", "--year", "2018"][..],
        ),
        ("run", &["run", "France", "World Cup 2018"]),
        ("table", &["table", "World Cup 2018", "Group C"]),
        ("table", &["table", "Euro 2024"]),
        ("h2h", &["h2h", "England", "Scotland"]),
        (
            "player",
            &["player", "Kylian Mbappé", "--edition", "World Cup 2018"],
        ),
        ("player", &["player", "Miroslav Klose"]),
        ("records", &["records", "World Cup 2018"]),
        ("summary", &["summary", "France", "World Cup 2018"]),
        ("audit", &["data", "audit"]),
    ] {
        let mut args = args.to_vec();
        args.push("--json");
        let out = offside(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let v = values(&out);
        assert_eq!(v.len(), 1, "{args:?}");
        assert_valid(name, &v[0]);
    }
}

/// The validator can fail: broken copies of real output are caught.
#[test]
fn the_validator_rejects_output_that_breaks_the_schema() {
    let out = offside(&["check", "--format", "json", &example()]);
    let good = values(&out).remove(0);
    let s = schema("check");
    assert!(violations(&s, &good).is_empty());

    let mut no_claims = good.clone();
    no_claims.as_object_mut().unwrap().remove("claims");
    let mut bad_verdict = good.clone();
    bad_verdict["claims"][0]["verdict"] = json!("maybe");
    let mut bad_date = good.clone();
    bad_date["as_of"] = json!("16/07/2018");
    let mut extra = good.clone();
    extra["claims"][0]["confidence"] = json!(0.9);
    let mut negative = good.clone();
    negative["claims"][0]["line"] = json!(-1);
    for (what, v) in [
        ("no claims", no_claims),
        ("a verdict that is not one", bad_verdict),
        ("a date that is not ISO", bad_date),
        ("a field the schema does not list", extra),
        ("a negative line", negative),
    ] {
        assert!(!violations(&s, &v).is_empty(), "{what} passed");
    }
}

//! The OpenAPI document (`GET /openapi.json`) against the server itself: it
//! lists each route the server has, each documented operation is served, and
//! what the server really answers (reports, runs, tables, errors) validates
//! against the schemas the document gives, as the request schema matches
//! what the server accepts and refuses.
//!
//! The validator is a small one written here, like the CLI's for
//! docs/schema/ (no dependency): it knows the keywords schemars emits and
//! panics on any other, so a schema it does not understand can never pass
//! unchecked. It is stricter than JSON Schema in one way: an object may hold
//! only the properties its schema lists, so a field answered but missing
//! from the document fails too.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use offside_check::Checker;
use offside_server::{openapi_document, router, AppState, OPERATIONS};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

fn app() -> Router {
    static CHECKER: OnceLock<Arc<Checker>> = OnceLock::new();
    let checker = CHECKER
        .get_or_init(|| {
            Arc::new(Checker::new(
                offside_data::load_embedded().expect("embedded data loads"),
            ))
        })
        .clone();
    router(AppState::new(checker))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example_article() -> String {
    let p = repo().join("examples/france-croatia-2018-final.txt");
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

struct Reply {
    status: StatusCode,
    content_type: String,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(300)])
            )
        })
    }
}

async fn send(req: Request<Body>) -> Reply {
    let res = app().oneshot(req).await.expect("the router never fails");
    let status = res.status();
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Reply {
        status,
        content_type,
        body,
    }
}

async fn get(uri: &str) -> Reply {
    send(Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(uri: &str, content_type: &str, body: impl Into<Body>) -> Reply {
    send(
        Request::post(uri)
            .header(header::CONTENT_TYPE, content_type)
            .body(body.into())
            .unwrap(),
    )
    .await
}

/// The document as served.
async fn served() -> Value {
    let r = get("/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("application/json"));
    r.json()
}

/// `/v1/h2h/{team}/{opponent}` with each parameter's documented example,
/// URL-encoded.
fn example_uri(path: &str, op: &Value) -> String {
    let mut uri = path.to_string();
    for p in op["parameters"].as_array().into_iter().flatten() {
        if p["in"] == "path" {
            let name = p["name"].as_str().unwrap();
            let example = p["example"]
                .as_str()
                .expect("a path parameter has an example");
            uri = uri.replace(&format!("{{{name}}}"), &example.replace(' ', "%20"));
        }
    }
    assert!(
        !uri.contains('{'),
        "{path}: a path parameter is not documented"
    );
    uri
}

/// Sends the request the operation documents, with its examples.
async fn call(method: &str, path: &str, op: &Value, query: &str) -> Reply {
    let uri = format!("{}{query}", example_uri(path, op));
    match method {
        "get" => get(&uri).await,
        "post" => {
            post(
                &uri,
                "application/json",
                json!({ "text": example_article() }).to_string(),
            )
            .await
        }
        m => panic!("no test request for {m}"),
    }
}

/// The schema the document gives for `status` of an operation.
fn response_schema<'a>(op: &'a Value, status: u16, content_type: &str) -> &'a Value {
    let r = &op["responses"][status.to_string()];
    assert!(r.is_object(), "status {status} is not documented");
    let s = &r["content"][content_type]["schema"];
    assert!(!s.is_null(), "no {content_type} schema for {status}");
    s
}

fn assert_valid(doc: &Value, schema: &Value, v: &Value, what: &str) {
    let errors = violations(doc, schema, v);
    assert!(
        errors.is_empty(),
        "{what} breaks its documented schema: {errors:#?}"
    );
}

// ---- the document --------------------------------------------------------

/// `OFFSIDE_BLESS=1 cargo test -p offside-server --test openapi` rewrites
/// `docs/openapi.json`, the copy for readers and offline tools.
#[tokio::test]
async fn the_served_document_is_the_generated_one_and_docs_has_it() {
    let doc = served().await;
    assert_eq!(doc, openapi_document());
    let path = repo().join("docs/openapi.json");
    if std::env::var_os("OFFSIDE_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap() + "\n").unwrap();
    }
    let committed: Option<Value> = std::fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    assert!(
        committed.as_ref() == Some(&doc),
        "{} is out of date; regenerate it with OFFSIDE_BLESS=1 cargo test -p offside-server --test openapi",
        path.display()
    );
}

#[tokio::test]
async fn the_document_lists_each_route_the_server_has() {
    let doc = served().await;
    assert_eq!(doc["openapi"], "3.1.0");
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(p, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |m| (m.clone(), p.clone()))
        })
        .collect();
    let want: BTreeSet<(String, String)> = [
        ("post", "/v1/check"),
        ("get", "/v1/runs/{team}/{edition}"),
        ("get", "/v1/tables/{edition}"),
        ("get", "/v1/tables/{edition}/{group}"),
        ("get", "/v1/h2h/{team}/{opponent}"),
        ("get", "/v1/summaries/{team}/{edition}"),
        ("get", "/healthz"),
        ("get", "/openapi.json"),
        ("get", "/"),
    ]
    .iter()
    .map(|(m, p)| (m.to_string(), p.to_string()))
    .collect();
    assert_eq!(documented, want);
    // The router is built from the same table, route by route.
    let table: BTreeSet<(String, String)> = OPERATIONS
        .iter()
        .map(|op| (op.method.to_string(), op.path.to_string()))
        .collect();
    assert_eq!(table, want);
    let ids: Vec<&str> = OPERATIONS.iter().map(|op| op.id).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "operationIds repeat: {ids:?}");

    // Every path parameter is in its path, and every `{name}` is documented.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for op in item.as_object().unwrap().values() {
            let documented: BTreeSet<&str> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "path")
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            let in_path: BTreeSet<&str> = path
                .split('/')
                .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
                .collect();
            assert_eq!(documented, in_path, "{path}");
        }
    }
}

#[tokio::test]
async fn every_ref_in_the_document_resolves() {
    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref") {
                    out.push(r);
                }
                o.values().for_each(|x| refs(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let doc = served().await;
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 10, "the document has almost no references");
    for r in all {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("a reference outside components/schemas: {r}"));
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "{r} points nowhere"
        );
    }
}

// ---- what the server answers, against the document -------------------------

#[tokio::test]
async fn each_documented_operation_answers_what_the_document_says() {
    let doc = served().await;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let r = call(method, path, op, "").await;
            assert_eq!(
                r.status,
                StatusCode::OK,
                "{method} {path}: {}",
                String::from_utf8_lossy(&r.body)
            );
            let (content_type, schema) = op["responses"]["200"]["content"]
                .as_object()
                .unwrap()
                .iter()
                .next()
                .unwrap();
            assert!(
                r.content_type.starts_with(content_type.as_str()),
                "{method} {path} answered {}, documented {content_type}",
                r.content_type
            );
            let body = if content_type == "application/json" {
                r.json()
            } else {
                Value::String(String::from_utf8(r.body.clone()).unwrap())
            };
            assert_valid(&doc, &schema["schema"], &body, &format!("{method} {path}"));
        }
    }
}

#[tokio::test]
async fn error_answers_are_documented_and_validate() {
    let doc = served().await;
    let op = |path: &str, method: &str| doc["paths"][path][method].clone();
    let article = example_article();
    let cases: Vec<(&str, &str, Reply)> = vec![
        (
            "/v1/runs/{team}/{edition}",
            "get",
            get("/v1/runs/Englnd/World%20Cup%202022").await,
        ),
        (
            "/v1/h2h/{team}/{opponent}",
            "get",
            get("/v1/h2h/Ireland/England").await,
        ),
        (
            "/v1/h2h/{team}/{opponent}",
            "get",
            get("/v1/h2h/England/Scotland?from=yesterday").await,
        ),
        (
            "/v1/tables/{edition}/{group}",
            "get",
            get("/v1/tables/World%20Cup%202022/Group%20Z").await,
        ),
        (
            "/v1/summaries/{team}/{edition}",
            "get",
            get("/v1/summaries/England/Euro%201800").await,
        ),
        (
            "/v1/check",
            "post",
            post(
                "/v1/check",
                "application/json",
                json!({ "text": article, "asof": "2018-07-16" }).to_string(),
            )
            .await,
        ),
        (
            "/v1/check",
            "post",
            post("/v1/check", "application/x-www-form-urlencoded", "text=x").await,
        ),
    ];
    let mut statuses = BTreeSet::new();
    for (path, method, r) in cases {
        let status = r.status.as_u16();
        statuses.insert(status);
        let op = op(path, method);
        let schema = response_schema(&op, status, "application/json");
        assert_valid(
            &doc,
            schema,
            &r.json(),
            &format!("{method} {path} {status}"),
        );
    }
    assert_eq!(statuses, BTreeSet::from([400, 404, 415]));
}

#[tokio::test]
async fn the_request_schema_matches_what_the_server_accepts() {
    let doc = served().await;
    let op = &doc["paths"]["/v1/check"]["post"];
    let body = &op["requestBody"]["content"]["application/json"]["schema"];
    let name = body["$ref"]
        .as_str()
        .unwrap()
        .trim_start_matches("#/components/schemas/");
    let schema = &doc["components"]["schemas"][name];
    let props: BTreeSet<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(props, BTreeSet::from(["text", "as_of"]));
    assert_eq!(schema["required"], json!(["text"]));
    assert_eq!(schema["additionalProperties"], false);
    // A date, or empty for none (a blank form field), as the server reads it.
    assert_eq!(
        schema["properties"]["as_of"]["anyOf"],
        json!([{ "format": "date" }, { "const": "" }])
    );
    assert!(op["requestBody"]["content"]["text/plain"].is_object());

    // What the schema allows is accepted; what it forbids is refused.
    let article = example_article();
    let full = json!({ "text": article, "as_of": "2018-07-16" });
    assert_eq!(violations(&doc, body, &full), Vec::<String>::new());
    let r = post("/v1/check", "application/json", full.to_string()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["as_of"], "2018-07-16");

    let blank = json!({ "text": article, "as_of": "" });
    assert_eq!(violations(&doc, body, &blank), Vec::<String>::new());
    let r = post("/v1/check", "application/json", blank.to_string()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["as_of_source"], "date_line");

    for bad in [
        json!({ "text": article, "as_of": "2018-07-16", "mode": "strict" }),
        json!({ "text": article, "as_of": "16/07/2018" }),
        json!({ "as_of": "2018-07-16" }),
        json!({ "text": 7 }),
    ] {
        assert!(
            !violations(&doc, body, &bad).is_empty(),
            "the schema allows {bad}"
        );
        let r = post("/v1/check", "application/json", bad.to_string()).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    let r = post(
        "/v1/check?as_of=2018-07-16",
        "text/plain",
        article.replace("date 2018-07-16\n", ""),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["as_of_source"], "given");
}

#[tokio::test]
async fn query_parameters_are_the_fields_the_handlers_read() {
    let doc = served().await;
    let query = |path: &str, method: &str| -> Vec<(String, Value)> {
        doc["paths"][path][method]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "query")
            .map(|p| (p["name"].as_str().unwrap().to_string(), p.clone()))
            .collect()
    };
    let names = |path: &str, method: &str| -> Vec<String> {
        query(path, method).into_iter().map(|(n, _)| n).collect()
    };
    assert_eq!(
        names("/v1/h2h/{team}/{opponent}", "get"),
        ["as_of", "competition", "from"]
    );
    assert_eq!(names("/v1/check", "post"), ["as_of"]);
    assert_eq!(names("/v1/runs/{team}/{edition}", "get"), ["as_of"]);
    assert!(names("/v1/summaries/{team}/{edition}", "get").is_empty());
    for (name, p) in query("/v1/h2h/{team}/{opponent}", "get") {
        assert_eq!(p["required"], false, "{name}");
        assert!(p["description"].is_string(), "{name} has no description");
        assert_eq!(p["schema"]["type"], "string", "{name}");
        if name != "competition" {
            assert_eq!(p["schema"]["anyOf"][0]["format"], "date", "{name}");
            // Empty is documented as none, and is none.
            let r = get(&format!("/v1/h2h/England/Scotland?{name}=")).await;
            assert_eq!(r.status, StatusCode::OK, "{name}=");
        }
    }

    // Each one is read: it changes the answer.
    let count = |v: Value| v["played"].as_u64().unwrap();
    let all = count(get("/v1/h2h/England/Scotland").await.json());
    let since = count(get("/v1/h2h/England/Scotland?from=2000-01-01").await.json());
    let until = count(
        get("/v1/h2h/England/Scotland?as_of=1900-01-01")
            .await
            .json(),
    );
    let wc = count(
        get("/v1/h2h/England/Scotland?competition=Euro")
            .await
            .json(),
    );
    assert!(
        since < all && until < all && wc < all,
        "{all} {since} {until} {wc}"
    );
}

#[test]
fn the_validator_rejects_answers_that_break_the_document() {
    let doc = openapi_document();
    let schema = json!({ "$ref": "#/components/schemas/Error" });
    let good = json!({ "error": "no", "suggestions": ["England"] });
    assert!(violations(&doc, &schema, &good).is_empty());
    for bad in [
        json!({ "error": "no" }),
        json!({ "error": 3, "suggestions": [] }),
        json!({ "error": "no", "suggestions": [], "extra": true }),
        json!({ "error": "no", "suggestions": [1] }),
    ] {
        assert!(!violations(&doc, &schema, &bad).is_empty(), "passed: {bad}");
    }
}

// ---- the validator ---------------------------------------------------------

struct Validator<'a> {
    doc: &'a Value,
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
                "title" | "description" | "default" | "properties" | "minItems" | "maxItems"
                | "minimum" | "maximum" => {}
                "$ref" => {
                    let name = kv
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                        .unwrap_or_else(|| panic!("unsupported $ref {kv}"));
                    let target = &self.doc["components"]["schemas"][name];
                    assert!(!target.is_null(), "no components/schemas/{name}");
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
                // Objects are held to their listed properties below anyway.
                "additionalProperties" => assert_eq!(kv, &Value::Bool(false)),
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

fn violations(doc: &Value, schema: &Value, v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    Validator { doc }.errors(schema, v, "$", &mut out);
    out
}

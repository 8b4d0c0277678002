//! The HTTP API driven in process (tower's `oneshot`) and, for limits and
//! concurrency, over a real socket. The article is the project's own
//! example (`examples/`), so every test here runs on a plain clone.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use offside_check::{CheckOptions, Checker};
use offside_server::{router, AppState, Budget, MAX_BODY_BYTES};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tower::ServiceExt;

fn checker() -> Arc<Checker> {
    static CHECKER: OnceLock<Arc<Checker>> = OnceLock::new();
    CHECKER
        .get_or_init(|| {
            Arc::new(Checker::new(
                offside_data::load_embedded().expect("embedded data loads"),
            ))
        })
        .clone()
}

fn app() -> Router {
    router(AppState::new(checker()))
}

/// The project's own example article (`examples/` at the top of the
/// repository), so these tests run on a plain clone: the 2018 World Cup
/// final with one planted error, Mbappé's goal put at 67' instead of 65'.
fn example_article() -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/france-croatia-2018-final.txt");
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

const EXAMPLE_ACTUAL: &str = "Kylian Mbappé 65'";

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
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
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("UTF-8 body")
    }
    fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

async fn send(app: Router, req: Request<Body>) -> Reply {
    let res = app.oneshot(req).await.expect("the router never fails");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(uri: &str) -> Reply {
    send(app(), Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post_json(uri: &str, body: impl Into<Body>) -> Reply {
    let req = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.into())
        .unwrap();
    send(app(), req).await
}

fn claims_with(report: &Value, verdict: &str) -> Vec<Value> {
    report["claims"]
        .as_array()
        .expect("claims array")
        .iter()
        .filter(|c| c["verdict"] == verdict)
        .cloned()
        .collect()
}

#[tokio::test]
async fn check_finds_the_one_false_claim_in_the_example_article() {
    let text = example_article();
    let r = post_json("/v1/check", json!({ "text": text }).to_string()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type().starts_with("application/json"));
    let report = r.json();
    let false_claims = claims_with(&report, "false");
    assert_eq!(false_claims.len(), 1, "{false_claims:#?}");
    assert_eq!(false_claims[0]["actual"], EXAMPLE_ACTUAL);
    // Spans are UTF-8 byte offsets into the text sent, and `text` is that slice.
    for c in report["claims"].as_array().unwrap() {
        let (s, e) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(s..e), c["text"].as_str());
    }
}

#[tokio::test]
async fn check_answers_with_the_report_the_library_serialises() {
    let text = example_article();
    let r = post_json("/v1/check", json!({ "text": text }).to_string()).await;
    let direct = serde_json::to_value(checker().check(&text, &CheckOptions::default())).unwrap();
    assert_eq!(r.json(), direct);
}

#[tokio::test]
async fn check_takes_the_date_from_the_request() {
    let body = json!({ "text": "England beat Iran 6-2 in their opener.", "as_of": "2022-11-22" });
    let report = post_json("/v1/check", body.to_string()).await.json();
    assert_eq!(report["as_of"], "2022-11-22");
    assert_eq!(report["as_of_source"], "given");
}

#[tokio::test]
async fn check_accepts_plain_text_with_the_date_in_the_query() {
    let req = Request::post("/v1/check?as_of=2018-07-16")
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(Body::from(example_article()))
        .unwrap();
    let r = send(app(), req).await;
    assert_eq!(r.status, StatusCode::OK);
    let report = r.json();
    assert_eq!(report["as_of_source"], "given");
    assert_eq!(claims_with(&report, "false").len(), 1);
}

#[tokio::test]
async fn check_returns_markup_in_an_article_as_data() {
    let text = "date 2022-12-12\nEngland <script>alert(1)</script> beat Iran 6-2 <b onmouseover=x()>in their opener</b>.";
    let r = post_json("/v1/check", json!({ "text": text }).to_string()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type().starts_with("application/json"));
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let report = r.json();
    for c in report["claims"].as_array().unwrap() {
        let (s, e) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(s..e), c["text"].as_str());
    }
}

#[tokio::test]
async fn check_rejects_malformed_json_with_a_json_error() {
    let r = post_json("/v1/check", "{\"text\": \"England beat").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let e = r.json();
    assert!(
        e["error"].as_str().unwrap().contains("malformed JSON"),
        "{e}"
    );

    let r = post_json("/v1/check", json!({ "article": "x" }).to_string()).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"].as_str().unwrap().contains("text"));

    let r = post_json(
        "/v1/check",
        json!({ "text": "x", "as_of": "12/12/2022" }).to_string(),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"].as_str().unwrap().contains("YYYY-MM-DD"));
}

#[tokio::test]
async fn check_rejects_an_oversized_body_with_413() {
    let big = json!({ "text": "a".repeat(MAX_BODY_BYTES + 10) }).to_string();
    // Declared length: refused before the body is read.
    let req = Request::post("/v1/check")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(big.clone()))
        .unwrap();
    let r = send(app(), req).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.json()["error"].as_str().unwrap().contains("too large"));
    // No declared length (chunked): refused while reading.
    let r = post_json("/v1/check", big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.json()["error"].as_str().unwrap().contains("too large"));
}

#[tokio::test]
async fn run_gives_the_cli_run_json() {
    let r = get("/v1/runs/England/World%20Cup%202022").await;
    assert_eq!(r.status, StatusCode::OK);
    let run = r.json();
    assert_eq!(run["team"], "England");
    assert_eq!(run["played"], 5);
    assert_eq!(run["goals_for"], 13);
    assert_eq!(run["goals_against"], 4);
    assert_eq!(run["matches"].as_array().unwrap().len(), 5);
}

#[tokio::test]
async fn run_honours_as_of() {
    let run = get("/v1/runs/England/World%20Cup%202022?as_of=2022-11-30")
        .await
        .json();
    assert_eq!(run["played"], 3);
}

#[tokio::test]
async fn table_gives_the_group_in_order() {
    let r = get("/v1/tables/World%20Cup%202022/Group%20B").await;
    assert_eq!(r.status, StatusCode::OK);
    let t = r.json();
    let teams: Vec<&str> = t["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["team"].as_str().unwrap())
        .collect();
    assert_eq!(teams, ["England", "United States", "Iran", "Wales"]);
    assert_eq!(t["rows"][0]["points"], 7);
}

#[tokio::test]
async fn tables_without_a_group_give_every_group() {
    let t = get("/v1/tables/World%20Cup%202022").await.json();
    assert_eq!(t["groups"].as_array().unwrap().len(), 8);
}

#[tokio::test]
async fn h2h_gives_the_record() {
    let r = get("/v1/h2h/England/Scotland").await;
    assert_eq!(r.status, StatusCode::OK);
    let h = r.json();
    let n = |k: &str| h[k].as_u64().unwrap_or_else(|| panic!("{k} missing: {h}"));
    assert!(n("played") > 100);
    assert_eq!(n("played"), n("won") + n("drawn") + n("lost"));
    assert_eq!(h["team"], "England");
    assert_eq!(h["opponent"], "Scotland");
}

#[tokio::test]
async fn unknown_names_are_404_with_suggestions() {
    let r = get("/v1/runs/Englnd/World%20Cup%202022").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let e = r.json();
    assert!(e["error"].as_str().unwrap().contains("Englnd"));
    assert!(e["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "England"));

    let r = get("/v1/tables/World%20Cup%202022/Group%20Z").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.json()["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "Group B"));

    let r = get("/v1/runs/Wales/Euro%201960").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.json()["error"].is_string());
}

#[tokio::test]
async fn ambiguous_names_are_400_with_the_choices() {
    let r = get("/v1/h2h/Ireland/England").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let e = r.json();
    assert!(e["suggestions"].as_array().unwrap().len() >= 2, "{e}");
}

#[tokio::test]
async fn unknown_routes_and_methods_answer_in_json() {
    let r = get("/v1/nothing").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.json()["error"].is_string());
    let r = get("/v1/check").await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(r.json()["error"].is_string());
}

#[tokio::test]
async fn healthz_is_ok() {
    let r = get("/healthz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["status"], "ok");
}

#[tokio::test]
async fn the_page_is_self_contained_and_never_parses_article_text_as_html() {
    let page = get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.content_type().starts_with("text/html"));
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("script-src 'self'"));
    let html = page.text();
    assert!(html.contains("app.js") && html.contains("style.css"));

    let js = get("/app.js").await;
    assert!(js.content_type().starts_with("text/javascript"));
    let js = js.text();
    let css = get("/style.css").await.text();
    // Article text goes into the page through textContent only: no API that
    // parses a string as markup appears in the script at all.
    for bad in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "DOMParser",
        "createContextualFragment",
        "eval(",
    ] {
        assert!(!js.contains(bad), "app.js uses {bad}");
    }
    assert!(js.contains("textContent"));
    assert!(js.contains("TextEncoder") && js.contains("TextDecoder"));
    // Nothing is fetched from another host.
    for (name, asset) in [("index.html", &html), ("app.js", &js), ("style.css", &css)] {
        assert!(
            !asset.contains("http://") && !asset.contains("https://"),
            "{name} refers to another host"
        );
    }
}

/// One HTTP/1.1 exchange over a fresh connection; returns the status and body.
fn raw_request(addr: std::net::SocketAddr, head: &str, body: &[u8]) -> (u16, String) {
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.write_all(head.as_bytes()).unwrap();
    // The server may answer (413) and close before taking the whole body.
    let _ = s.write_all(body);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).to_string();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn start_server() -> std::net::SocketAddr {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        rt.block_on(async move {
            let _ = axum::serve(listener, app()).await;
        })
    });
    addr
}

#[test]
fn sixteen_parallel_checks_over_tcp_all_succeed() {
    let addr = start_server();
    let body = json!({ "text": example_article() }).to_string();
    let head = format!(
        "POST /v1/check HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let threads: Vec<_> = (0..16)
        .map(|_| {
            let (head, body) = (head.clone(), body.clone());
            std::thread::spawn(move || raw_request(addr, &head, body.as_bytes()))
        })
        .collect();
    for t in threads {
        let (status, body) = t.join().unwrap();
        assert_eq!(status, 200, "{body}");
        let report: Value = serde_json::from_str(&body).expect("JSON body");
        assert_eq!(claims_with(&report, "false").len(), 1);
    }
}

#[test]
fn oversized_declared_body_over_tcp_is_413_json() {
    let addr = start_server();
    let head = format!(
        "POST /v1/check HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        MAX_BODY_BYTES + 1
    );
    let (status, body) = raw_request(addr, &head, b"{\"text\": \"");
    assert_eq!(status, 413, "{body}");
    let e: Value = serde_json::from_str(&body).expect("JSON error");
    assert!(e["error"].as_str().unwrap().contains("2 MiB"));
}

#[tokio::test]
async fn summary_writes_the_run_in_words() {
    let r = get("/v1/summaries/England/World%20Cup%202022").await;
    assert_eq!(r.status, StatusCode::OK);
    let s = r.json();
    assert!(!s["text"].as_str().unwrap().trim().is_empty(), "{s}");
    assert_eq!(s["team"], "England");

    let r = get("/v1/summaries/Englnd/World%20Cup%202022").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.json()["suggestions"].is_array());
}

#[tokio::test]
async fn plain_text_that_is_not_utf8_is_400() {
    let req = Request::post("/v1/check")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(vec![b'E', b'n', 0xff, 0xfe, b'g']))
        .unwrap();
    let r = send(app(), req).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"].as_str().unwrap().contains("UTF-8"));
}

#[tokio::test]
async fn bad_dates_and_encodings_in_paths_and_queries_are_400() {
    let r = get("/v1/runs/England/World%20Cup%202022?as_of=yesterday").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"].as_str().unwrap().contains("YYYY-MM-DD"));
    let r = get("/v1/h2h/England/Scotland?from=1990-13-01").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // A path segment that is not UTF-8 once decoded.
    let r = get("/v1/runs/%FF%FE/World%20Cup%202022").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.json()["error"].is_string());
}

// ---- strict about what it accepts ------------------------------------------

#[tokio::test]
async fn unknown_field_is_400_naming_it() {
    // "asof" for "as_of": silently ignored, it would judge the article as of today.
    let body = json!({ "text": "England beat Iran 6-2.", "asof": "2022-11-22" });
    let r = post_json("/v1/check", body.to_string()).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let e = r.json()["error"].as_str().unwrap().to_string();
    assert!(e.contains("unknown field `asof`"), "{e}");
    assert!(e.contains("as_of"), "names what is expected: {e}");
}

#[tokio::test]
async fn a_body_that_is_not_json_or_text_is_415() {
    for (ct, body) in [
        (
            "application/x-www-form-urlencoded",
            "text=England+beat+Iran+6-2",
        ),
        (
            "application/xml",
            "<check><text>England beat Iran 6-2.</text></check>",
        ),
        ("multipart/form-data; boundary=x", "--x--"),
    ] {
        let req = Request::post("/v1/check")
            .header(header::CONTENT_TYPE, ct)
            .body(Body::from(body))
            .unwrap();
        let r = send(app(), req).await;
        assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{ct}");
        let e = r.json()["error"].as_str().unwrap().to_string();
        assert!(
            e.contains("application/json") && e.contains("text/plain"),
            "{e}"
        );
    }
    // JSON with a charset, a +json type and no content type at all are JSON.
    for ct in [
        Some("application/json; charset=utf-8"),
        Some("application/vnd.offside+json"),
        None,
    ] {
        let mut req = Request::post("/v1/check");
        if let Some(ct) = ct {
            req = req.header(header::CONTENT_TYPE, ct);
        }
        let body = json!({ "text": "England beat Iran 6-2.", "as_of": "2022-11-22" });
        let r = send(app(), req.body(Body::from(body.to_string())).unwrap()).await;
        assert_eq!(r.status, StatusCode::OK, "{ct:?}");
    }
}

// ---- fair to everyone ------------------------------------------------------

fn tiny_budget() -> Budget {
    Budget {
        short_bytes: 64 * 1024,
        short_slots: 2,
        long_slots: 1,
        short_queue: 8,
        long_queue: 0,
        queue_wait: Duration::from_secs(30),
        check_time: Duration::from_secs(600),
    }
}

/// About 2 MB of real match reporting: the example article many times over.
fn long_text() -> String {
    let a = example_article();
    let body = a.split_once('\n').map(|(_, rest)| rest).unwrap_or(&a);
    format!(
        "date 2018-07-16\n{}",
        body.repeat(2_000_000 / body.len() + 1)
    )
}

/// While a long check holds the one long slot, another long check gets 503
/// with Retry-After at once (its queue holds none), and a short check is
/// answered before the long one finishes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_checks_cannot_starve_short_ones() {
    let app = router(AppState::with_budget(checker(), tiny_budget()));
    let long = json!({ "text": long_text() }).to_string();
    let req = |body: String| {
        Request::post("/v1/check")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .unwrap()
    };
    let first = tokio::spawn(send(app.clone(), req(long.clone())));
    // Until the first has its slot, a second may find the slot free.
    // A second that does get the slot runs as long as the first: it is left
    // running (not awaited), so the next try meets a held slot.
    let mut refused = None;
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(10)).await;
        let mut h = tokio::spawn(send(app.clone(), req(long.clone())));
        if let Ok(Ok(r)) = tokio::time::timeout(Duration::from_millis(300), &mut h).await {
            if r.status == StatusCode::SERVICE_UNAVAILABLE {
                refused = Some(r);
                break;
            }
        }
    }
    let refused = refused.expect("a second long check is refused while the first runs");
    assert!(refused.headers.contains_key(header::RETRY_AFTER));
    assert!(refused.json()["error"].as_str().unwrap().contains("busy"));

    let short = json!({ "text": example_article() }).to_string();
    let r = send(app.clone(), req(short)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(claims_with(&r.json(), "false").len(), 1);
    assert!(
        !first.is_finished(),
        "the long check should still be running when the short one is answered"
    );
    let r = first.await.unwrap();
    assert_eq!(r.status, StatusCode::OK);
}

/// A check that runs past its time budget stops between pieces with 503.
#[tokio::test]
async fn a_check_past_its_time_budget_is_503() {
    let budget = Budget {
        check_time: Duration::ZERO,
        ..tiny_budget()
    };
    let app = router(AppState::with_budget(checker(), budget));
    let req = Request::post("/v1/check")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(long_text()))
        .unwrap();
    let r = send(app, req).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.headers.contains_key(header::RETRY_AFTER));
    assert!(r.json()["error"].as_str().unwrap().contains("time budget"));
}

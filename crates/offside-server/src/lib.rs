#![doc = include_str!("../README.md")]

mod api;
mod budget;
mod error;
mod openapi;
mod page;

pub use budget::Budget;
pub use error::ApiError;
pub use openapi::{document as openapi_document, Operation, PathParam, SchemaFn, OPERATIONS};

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use offside_check::Checker;
use std::net::SocketAddr;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;

/// The largest request body accepted (2 MiB). A long article is ~30 KB; the
/// bound keeps one request from holding megabytes of memory per connection,
/// and is checked against Content-Length before a byte of the body is read.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// What every handler shares: the checker (which owns the store) and the
/// lanes checks wait in (see [`Budget`]).
#[derive(Clone)]
pub struct AppState {
    checker: Arc<Checker>,
    budget: Arc<Budget>,
    short: Arc<budget::Lane>,
    long: Arc<budget::Lane>,
}

impl AppState {
    pub fn new(checker: Arc<Checker>) -> Self {
        Self::with_budget(checker, Budget::for_this_machine())
    }

    pub fn with_budget(checker: Arc<Checker>, budget: Budget) -> Self {
        Self {
            checker,
            short: Arc::new(budget::Lane::new(
                "short",
                budget.short_slots,
                budget.short_queue,
            )),
            long: Arc::new(budget::Lane::new(
                "long",
                budget.long_slots,
                budget.long_queue,
            )),
            budget: Arc::new(budget),
        }
    }
}

/// The whole service, without a listener, so tests can drive it in process.
/// The API's routes come from [`OPERATIONS`], the table the OpenAPI
/// document is generated from, so none is served undocumented.
pub fn router(state: AppState) -> Router {
    let mut router = Router::new()
        .route("/app.js", get(page::script))
        .route("/style.css", get(page::style))
        .route("/favicon.svg", get(page::favicon));
    for op in OPERATIONS {
        router = router.route(op.path, (op.handler)());
    }
    router
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .with_state(state)
        // Extractors apply axum's own limit; keep it equal to the outer one
        // so chunked bodies (no Content-Length) meet the same bound.
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                ApiError::internal("the server hit a bug handling this request").into_response()
            },
        ))
        .layer(axum::middleware::map_response(finish))
}

/// Every response leaves with the same safety headers, and the body-limit
/// layer's plain-text 413 becomes the JSON error every other failure uses.
async fn finish(res: Response) -> Response {
    let mut res = if res.status() == StatusCode::PAYLOAD_TOO_LARGE && !is_json(&res) {
        ApiError::too_large().into_response()
    } else {
        res
    };
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // The page loads nothing from elsewhere and runs no inline script, so a
    // strict policy costs nothing and blunts any injection that slips by.
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    );
    res
}

fn is_json(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// Serves until SIGTERM or Ctrl-C, then lets requests in flight finish.
/// Prints the bound address to stderr, since with port 0 only the OS knows it.
pub async fn serve(addr: SocketAddr, checker: Arc<Checker>) -> anyhow::Result<()> {
    use anyhow::Context;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    eprintln!("offside: serving on http://{local}/ (Ctrl-C to stop)");
    axum::serve(listener, router(AppState::new(checker)))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("server failed")?;
    eprintln!("offside: stopped");
    Ok(())
}

/// For callers without a runtime of their own (the CLI): builds one and
/// blocks on `serve`.
pub fn serve_blocking(addr: SocketAddr, checker: Arc<Checker>) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(addr, checker))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed, wait forever rather than stop at once.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    // Whichever comes first (a two-way select without tokio's macros).
    let mut ctrl_c = std::pin::pin!(ctrl_c);
    let mut term = std::pin::pin!(term);
    std::future::poll_fn(|cx| {
        use std::future::Future;
        if ctrl_c.as_mut().poll(cx).is_ready() || term.as_mut().poll(cx).is_ready() {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    eprintln!("offside: shutting down");
}

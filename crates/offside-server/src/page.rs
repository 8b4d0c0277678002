//! The web page, compiled into the binary so the server needs no files, no
//! build step and no network.

use axum::http::header;
use axum::response::{Html, IntoResponse, Response};

pub const INDEX_HTML: &str = include_str!("assets/index.html");
pub const APP_JS: &str = include_str!("assets/app.js");
pub const STYLE_CSS: &str = include_str!("assets/style.css");
pub const FAVICON_SVG: &str = include_str!("assets/favicon.svg");

/// The assets change with the binary, so browsers must revalidate rather
/// than keep a stale script after an upgrade.
const NO_CACHE: (header::HeaderName, &str) = (header::CACHE_CONTROL, "no-cache");

pub async fn index() -> Response {
    ([NO_CACHE], Html(INDEX_HTML)).into_response()
}

pub async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            NO_CACHE,
        ],
        APP_JS,
    )
        .into_response()
}

pub async fn style() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), NO_CACHE],
        STYLE_CSS,
    )
        .into_response()
}

pub async fn favicon() -> Response {
    (
        [(header::CONTENT_TYPE, "image/svg+xml"), NO_CACHE],
        FAVICON_SVG,
    )
        .into_response()
}

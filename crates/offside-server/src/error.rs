//! One error shape for every failure, so a client reads `error` (and, for a
//! name it got wrong, `suggestions`) whatever went wrong.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// The body of every error answer.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[schemars(rename = "Error")]
pub struct ApiError {
    #[serde(skip)]
    pub status: StatusCode,
    /// What went wrong, in words.
    pub error: String,
    /// Names the client may have meant (unknown names), or the choices an
    /// ambiguous name could stand for; empty otherwise.
    pub suggestions: Vec<String>,
    /// Seconds, sent as `Retry-After` (503 when the server is busy).
    #[serde(skip)]
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, error: impl Into<String>) -> Self {
        Self {
            status,
            error: error.into(),
            suggestions: Vec::new(),
            retry_after: None,
        }
    }
    pub fn bad_request(error: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, error)
    }
    pub fn not_found(error: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, error)
    }
    pub fn internal(error: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, error)
    }
    pub fn too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "request body too large: the limit is {} bytes (2 MiB)",
                crate::MAX_BODY_BYTES
            ),
        )
    }
    /// 503: no slot for the check now; try again after `retry_after` seconds.
    pub fn busy(error: impl Into<String>, retry_after: u64) -> Self {
        let mut e = Self::new(StatusCode::SERVICE_UNAVAILABLE, error);
        e.retry_after = Some(retry_after);
        e
    }
    pub fn unsupported_media_type(error: impl Into<String>) -> Self {
        Self::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, error)
    }
    pub fn with_suggestions(mut self, suggestions: Vec<String>) -> Self {
        self.suggestions = suggestions;
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry = self.retry_after;
        let mut res = (self.status, Json(self)).into_response();
        if let Some(secs) = retry {
            res.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, secs.into());
        }
        res
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.error)
    }
}

impl std::error::Error for ApiError {}

/// axum's extractor rejections keep their status (400, 413, 415...) but
/// speak JSON.
macro_rules! from_rejection {
    ($($t:ty),*) => {$(
        impl From<$t> for ApiError {
            fn from(r: $t) -> Self {
                if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    return ApiError::too_large();
                }
                ApiError::new(r.status(), r.body_text())
            }
        }
    )*};
}

from_rejection!(
    axum::extract::rejection::BytesRejection,
    axum::extract::rejection::PathRejection,
    axum::extract::rejection::QueryRejection
);

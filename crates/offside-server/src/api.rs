//! The JSON endpoints: thin over offside-check and offside-query, answering
//! with the same objects the CLI prints for `--format json` / `--json`.

use crate::{ApiError, AppState};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use offside_check::CheckOptions;
use offside_data::{Date, Lookup};
use offside_query::{group_names, group_table, head_to_head, team_run, AsOf, H2hFilter};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

type ApiResult = Result<Response, ApiError>;

/// How the document describes a date the client may send: `YYYY-MM-DD`,
/// empty or null for none, since an HTML form's blank date field sends ""
/// and [`parse_opt_date`] takes that as absent. (Null in a JSON body only;
/// a query parameter is left out instead.)
struct OptionalDate;

impl JsonSchema for OptionalDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OptionalDate".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": ["string", "null"],
            "anyOf": [{ "format": "date" }, { "const": "" }],
        })
    }
}

/// `GET /healthz`.
#[derive(Serialize, JsonSchema)]
pub struct Health {
    /// Always "ok": the data is loaded and the server answers.
    pub status: &'static str,
}

pub async fn healthz() -> Response {
    Json(Health { status: "ok" }).into_response()
}

/// The JSON body of `POST /v1/check`. Unknown fields are refused: a typo
/// (`"asof"`) would otherwise drop the date silently and judge the article
/// against the wrong matches.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    /// The article, as plain text.
    pub text: String,
    /// The publication date (YYYY-MM-DD). Empty or absent: the article's
    /// date line, or a date inferred from it.
    #[serde(default)]
    #[schemars(with = "OptionalDate")]
    pub as_of: Option<String>,
}

/// The query string of the endpoints that take a date.
#[derive(Deserialize, Default, JsonSchema)]
pub struct DateQuery {
    /// Count only matches played on or before this date (YYYY-MM-DD); for
    /// `POST /v1/check`, the publication date of a `text/plain` body (a
    /// JSON body's `as_of` wins).
    #[serde(default)]
    #[schemars(with = "OptionalDate")]
    as_of: Option<String>,
}

/// `GET /v1/tables/{edition}`: every group of the edition, in order.
#[derive(Serialize, JsonSchema)]
pub struct Tables {
    pub groups: Vec<offside_query::GroupTable>,
}

/// `POST /v1/check`: a JSON body `{"text", "as_of"?}`, or (for `curl
/// --data-binary @article.txt -H 'content-type: text/plain'`) the article
/// itself with `?as_of=` in the query. Any other content type is 415.
pub async fn check(
    State(st): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<DateQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult {
    let body = body?;
    let Query(query) = query?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap_or("?").to_ascii_lowercase());
    let media = content_type
        .as_deref()
        .map(|v| v.split(';').next().unwrap_or("").trim().to_string());
    let (text, as_of) = match media.as_deref() {
        Some("text/plain") => {
            let text = String::from_utf8(body.to_vec()).map_err(|e| {
                ApiError::bad_request(format!(
                    "the article is not valid UTF-8 (first bad byte at offset {}); send UTF-8 text",
                    e.utf8_error().valid_up_to()
                ))
            })?;
            (text, query.as_of)
        }
        // No content type at all is taken as JSON, as most clients mean it.
        None => json_request(&body, query.as_of)?,
        Some(m) if m == "application/json" || m.ends_with("+json") => {
            json_request(&body, query.as_of)?
        }
        Some(m) => {
            return Err(ApiError::unsupported_media_type(format!(
                "content type `{m}` is not accepted; send application/json \
                 ({{\"text\": ..., \"as_of\": ...}}) or text/plain (the article, ?as_of= in the query)"
            )))
        }
    };
    let as_of = parse_opt_date("as_of", as_of.as_deref())?;

    // A slot in the text's lane (503 with Retry-After when none comes in
    // time), then the check off the async threads, piece by piece against
    // its time budget. The report is serialised there too: for a 2 MiB
    // text that is real work, and the async threads serve everyone.
    let budget = st.budget.clone();
    let lane = if text.len() <= budget.short_bytes {
        st.short.clone()
    } else {
        st.long.clone()
    };
    let permit = lane.acquire(budget.queue_wait).await?;
    let checker = st.checker.clone();
    let json = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let report = check_within(&checker, &text, &CheckOptions { as_of }, budget.check_time)?;
        serde_json::to_vec(&report)
            .map_err(|e| ApiError::internal(format!("cannot write the report: {e}")))
    })
    .await
    .map_err(|_| {
        ApiError::internal("the checker failed on this article (a bug; please report it)")
    })??;
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        axum::body::Body::from(json),
    )
        .into_response())
}

/// `{"text", "as_of"?}`; a date in the query counts when the body has none.
fn json_request(
    body: &[u8],
    query_as_of: Option<String>,
) -> Result<(String, Option<String>), ApiError> {
    let req: CheckRequest = serde_json::from_slice(body).map_err(|e| {
        let what = if e.is_data() {
            "invalid request"
        } else {
            "malformed JSON"
        };
        ApiError::bad_request(format!(
            "{what}: {e}; send {{\"text\": \"the article\", \"as_of\": \"YYYY-MM-DD\"}} (as_of optional)"
        ))
    })?;
    Ok((req.text, req.as_of.or(query_as_of)))
}

/// `Checker::check`, with a deadline looked at between the pieces a long
/// text is checked in: the same report when it finishes in time.
fn check_within(
    checker: &offside_check::Checker,
    text: &str,
    opts: &CheckOptions,
    limit: std::time::Duration,
) -> Result<offside_check::Report, ApiError> {
    let pieces = offside_check::chunks(text);
    if pieces.len() <= 1 {
        return Ok(checker.check(text, opts));
    }
    let started = std::time::Instant::now();
    let mut report: Option<offside_check::Report> = None;
    for piece in pieces {
        if started.elapsed() > limit {
            return Err(ApiError::busy(
                format!(
                    "the check ran past its time budget of {} s; send a shorter text or try later",
                    limit.as_secs()
                ),
                limit.as_secs().clamp(1, 60),
            ));
        }
        let mut r = checker.check_chunk(text, piece, opts);
        match &mut report {
            None => report = Some(r),
            Some(all) => {
                all.claims.append(&mut r.claims);
                all.unexplained.append(&mut r.unexplained);
            }
        }
    }
    Ok(report.unwrap_or_else(|| checker.check(text, opts)))
}

pub async fn run(
    State(st): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    query: Result<Query<DateQuery>, QueryRejection>,
) -> ApiResult {
    let Path((team, edition)) = path?;
    let Query(q) = query?;
    let store = st.checker.store();
    let t = resolve("team", &team, store.lookup_team(&team))?;
    let e = resolve("edition", &edition, store.lookup_edition(&edition))?;
    let as_of = AsOf(parse_opt_date("as_of", q.as_of.as_deref())?);
    match team_run(store, t, e, as_of) {
        Some(run) => Ok(Json(run).into_response()),
        None => Err(ApiError::not_found(format!(
            "{} played no match at {}",
            store.team_name(t),
            store.edition_name(e)
        ))),
    }
}

pub async fn table(
    State(st): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    query: Result<Query<DateQuery>, QueryRejection>,
) -> ApiResult {
    let Path((edition, group)) = path?;
    let Query(q) = query?;
    let store = st.checker.store();
    let e = resolve("edition", &edition, store.lookup_edition(&edition))?;
    let as_of = AsOf(parse_opt_date("as_of", q.as_of.as_deref())?);
    match group_table(store, e, &group, as_of) {
        Some(t) => Ok(Json(t).into_response()),
        None => {
            let groups = group_names(store, e);
            let msg = if groups.is_empty() {
                format!("{} has no group stage in the data", store.edition_name(e))
            } else {
                format!("{} has no group `{group}`", store.edition_name(e))
            };
            Err(ApiError::not_found(msg).with_suggestions(groups))
        }
    }
}

/// Every group of an edition at once, shaped like `offside table EDITION --json`.
pub async fn tables(
    State(st): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    query: Result<Query<DateQuery>, QueryRejection>,
) -> ApiResult {
    let Path(edition) = path?;
    let Query(q) = query?;
    let store = st.checker.store();
    let e = resolve("edition", &edition, store.lookup_edition(&edition))?;
    let as_of = AsOf(parse_opt_date("as_of", q.as_of.as_deref())?);
    let groups: Vec<_> = group_names(store, e)
        .iter()
        .filter_map(|g| group_table(store, e, g, as_of))
        .collect();
    if groups.is_empty() {
        return Err(ApiError::not_found(format!(
            "{} has no group stage in the data",
            store.edition_name(e)
        )));
    }
    Ok(Json(Tables { groups }).into_response())
}

/// The query string of `GET /v1/h2h/{team}/{opponent}`.
#[derive(Deserialize, Default, JsonSchema)]
pub struct H2hQuery {
    /// Count only matches played on or before this date (YYYY-MM-DD).
    #[serde(default)]
    #[schemars(with = "OptionalDate")]
    as_of: Option<String>,
    /// Count only meetings on or after this date (YYYY-MM-DD).
    #[serde(default)]
    #[schemars(with = "OptionalDate")]
    from: Option<String>,
    /// Count only meetings in this competition ("World Cup", "Euro", "Friendly").
    #[serde(default)]
    competition: Option<String>,
}

pub async fn h2h(
    State(st): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    query: Result<Query<H2hQuery>, QueryRejection>,
) -> ApiResult {
    let Path((team, opponent)) = path?;
    let Query(q) = query?;
    let store = st.checker.store();
    let t = resolve("team", &team, store.lookup_team(&team))?;
    let o = resolve("team", &opponent, store.lookup_team(&opponent))?;
    let competition = match q.competition.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(c) => Some(resolve("competition", c, store.lookup_competition(c))?),
        None => None,
    };
    let filter = H2hFilter {
        from: parse_opt_date("from", q.from.as_deref())?,
        as_of: AsOf(parse_opt_date("as_of", q.as_of.as_deref())?),
        competition,
    };
    Ok(Json(head_to_head(store, t, o, filter)).into_response())
}

/// The team's tournament in a few sentences, written from the data
/// (offside-query's `team_summary`).
pub async fn summary(
    State(st): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
) -> ApiResult {
    let Path((team, edition)) = path?;
    let store = st.checker.store();
    let t = resolve("team", &team, store.lookup_team(&team))?;
    let e = resolve("edition", &edition, store.lookup_edition(&edition))?;
    match offside_query::team_summary(store, t, e) {
        Some(s) => Ok(Json(s).into_response()),
        None => Err(ApiError::not_found(format!(
            "{} played no match at {}",
            store.team_name(t),
            store.edition_name(e)
        ))),
    }
}

pub async fn not_found(method: Method, uri: Uri) -> ApiError {
    ApiError::not_found(format!(
        "no endpoint {method} {}; the API is described at /openapi.json",
        uri.path()
    ))
}

pub async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        format!("{} does not accept {method}; see /openapi.json", uri.path()),
    )
}

/// A name the store does not know is the client's mistake (404, with the
/// near names); one that fits several is a question back to them (400).
fn resolve<T>(what: &str, name: &str, l: Lookup<T>) -> Result<T, ApiError> {
    match l {
        Lookup::Found(t) => Ok(t),
        Lookup::Ambiguous(choices) => Err(ApiError::bad_request(format!(
            "{what} `{name}` is ambiguous; it could be: {}",
            choices.join(", ")
        ))
        .with_suggestions(choices)),
        Lookup::NotFound { suggestions } => {
            let msg = if suggestions.is_empty() {
                format!("unknown {what} `{name}`")
            } else {
                format!(
                    "unknown {what} `{name}`; did you mean {}?",
                    suggestions.join(" or ")
                )
            };
            Err(ApiError::not_found(msg).with_suggestions(suggestions))
        }
    }
}

/// An empty value counts as absent (an HTML date field left blank sends "").
fn parse_opt_date(field: &str, s: Option<&str>) -> Result<Option<Date>, ApiError> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => offside_data::parse_date(s).map(Some).ok_or_else(|| {
            ApiError::bad_request(format!(
                "{field}: `{s}` is not a date; write it as YYYY-MM-DD"
            ))
        }),
    }
}

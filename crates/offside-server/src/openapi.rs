//! The API's routes and its OpenAPI 3.1 document, in one table.
//!
//! Each [`Operation`] names its path, its handler, the Rust types of its
//! query string, body and answer, and the words a reader needs. The router
//! is built from the table and the document is generated from it, with the
//! schemas derived (schemars) from the very types the handlers read and
//! serialise, so a route cannot be served undocumented and a field cannot
//! change without the document changing with it. The schemas are JSON
//! Schema 2020-12, the dialect of OpenAPI 3.1 and of `docs/schema/`; only the
//! prose here is written by hand.

use crate::api::{CheckRequest, DateQuery, H2hQuery, Health, Tables};
use crate::{api, page, ApiError, AppState};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::{json_schema, JsonSchema, Schema};
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

/// A path parameter: every route's names are free text looked up in the
/// store, so each is a string with an example that resolves.
pub struct PathParam {
    pub name: &'static str,
    pub description: &'static str,
    pub example: &'static str,
}

/// Adds a type's schema to the generator's components and refers to it.
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

/// One route: what the router serves and the document describes.
pub struct Operation {
    /// `get` or `post`, as OpenAPI spells it.
    pub method: &'static str,
    pub path: &'static str,
    pub id: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    pub path_params: &'static [PathParam],
    /// The struct the query string is read into; each field is a parameter.
    pub query: Option<fn() -> Schema>,
    /// The JSON body's type, and what a `text/plain` body means, if taken.
    pub body: Option<(SchemaFn, Option<&'static str>)>,
    /// 200: its description, content type and schema.
    pub ok: (
        &'static str,
        &'static str,
        fn(&mut SchemaGenerator) -> Schema,
    ),
    /// The error statuses it can answer (each with the `Error` shape).
    pub errors: &'static [(u16, &'static str)],
    pub handler: fn() -> MethodRouter<AppState>,
}

const TEAM: PathParam = PathParam {
    name: "team",
    description: "A team: name, alias or nickname (\"England\", \"USA\", \"the Three Lions\").",
    example: "England",
};
const EDITION: PathParam = PathParam {
    name: "edition",
    description: "A tournament edition: \"World Cup 2022\", \"Euro 2020\", \"Copa America 2024\", \"AFCON 2023\".",
    example: "World Cup 2022",
};

const QUERY_ERRORS: &[(u16, &str)] = &[
    (
        400,
        "A name fits several teams or editions (`suggestions` lists them), or a query parameter is not a date.",
    ),
    (
        404,
        "An unknown name (`suggestions` lists near names), or nothing to show for it.",
    ),
];

/// The routes of the API, in the order the document lists them. The page's
/// own assets (`/app.js`, `/style.css`, `/favicon.svg`) are served beside
/// them and left out of the document.
pub const OPERATIONS: &[Operation] = &[
    Operation {
        method: "post",
        path: "/v1/check",
        id: "check",
        summary: "Check an article",
        description: "Finds every checkable claim in the text and reports it true, false (with the \
            correct value) or unverifiable, with the matches that prove it. The same object as \
            `offside check --format json` prints for one file, without the `file` field. Spans are \
            UTF-8 byte offsets into `text`. Claims are judged on the matches played up to `as_of`; \
            without it, a first line `date YYYY-MM-DD` is used, else a date inferred from the \
            article (`as_of_source` says which). Each check waits for a slot in its lane (short \
            or long texts) and has a time budget; when none comes in time the answer is 503 with \
            `Retry-After`.",
        path_params: &[],
        query: Some(inline::<DateQuery>),
        body: Some((
            schema::<CheckRequest>,
            Some("The article itself, UTF-8; its date in the query (`?as_of=`)."),
        )),
        ok: ("The report.", "application/json", schema::<offside_check::Report>),
        errors: &[
            (
                400,
                "Malformed JSON, an unknown field, a missing `text`, a bad date, or a text/plain body that is not UTF-8.",
            ),
            (413, "The body is larger than 2 MiB."),
            (
                415,
                "A content type other than application/json or text/plain.",
            ),
            (500, "A bug in the checker on this article."),
            (
                503,
                "No slot for the check in time, or it ran past its time budget; try again after `Retry-After` seconds.",
            ),
        ],
        handler: || post(api::check),
    },
    Operation {
        method: "get",
        path: "/v1/runs/{team}/{edition}",
        id: "run",
        summary: "A team's run through an edition",
        description: "Every match in order with tallies overall, in the group stage and in the \
            knock-outs, and the stage reached. The same object as `offside run TEAM EDITION \
            --json`. Shoot-outs count as draws.",
        path_params: &[TEAM, EDITION],
        query: Some(inline::<DateQuery>),
        body: None,
        ok: ("The run.", "application/json", schema::<offside_query::TeamRun>),
        errors: QUERY_ERRORS,
        handler: || get(api::run),
    },
    Operation {
        method: "get",
        path: "/v1/tables/{edition}",
        id: "tables",
        summary: "Every group table of an edition",
        description: "The same object as `offside table EDITION --json`: each group ordered by \
            that edition's tie-breakers.",
        path_params: &[EDITION],
        query: Some(inline::<DateQuery>),
        body: None,
        ok: ("All groups.", "application/json", schema::<Tables>),
        errors: QUERY_ERRORS,
        handler: || get(api::tables),
    },
    Operation {
        method: "get",
        path: "/v1/tables/{edition}/{group}",
        id: "table",
        summary: "One group table",
        description: "Ordered by that edition's tie-breakers. The same object as `offside table \
            EDITION GROUP --json` holds in `groups`. An unknown group is 404 with the edition's \
            groups as `suggestions`.",
        path_params: &[
            EDITION,
            PathParam {
                name: "group",
                description: "\"Group B\" or \"B\".",
                example: "Group B",
            },
        ],
        query: Some(inline::<DateQuery>),
        body: None,
        ok: (
            "The table.",
            "application/json",
            schema::<offside_query::GroupTable>,
        ),
        errors: QUERY_ERRORS,
        handler: || get(api::table),
    },
    Operation {
        method: "get",
        path: "/v1/h2h/{team}/{opponent}",
        id: "h2h",
        summary: "Head-to-head record",
        description: "All meetings between two teams, won/drawn/lost from the first team's side. \
            The same object as `offside h2h TEAM OPPONENT --json`.",
        path_params: &[
            TEAM,
            PathParam {
                name: "opponent",
                description: "The other team.",
                example: "Scotland",
            },
        ],
        query: Some(inline::<H2hQuery>),
        body: None,
        ok: (
            "The record.",
            "application/json",
            schema::<offside_query::HeadToHead>,
        ),
        errors: QUERY_ERRORS,
        handler: || get(api::h2h),
    },
    Operation {
        method: "get",
        path: "/v1/summaries/{team}/{edition}",
        id: "summary",
        summary: "A team's tournament in words",
        description: "A few sentences on a team's run through an edition, written from the data \
            in wording the checker verifies. The same object as `offside summary TEAM EDITION \
            --json`.",
        path_params: &[TEAM, EDITION],
        query: None,
        body: None,
        ok: (
            "The summary.",
            "application/json",
            schema::<offside_query::Summary>,
        ),
        errors: QUERY_ERRORS,
        handler: || get(api::summary),
    },
    Operation {
        method: "get",
        path: "/healthz",
        id: "healthz",
        summary: "Liveness",
        description: "Answers once the data is loaded.",
        path_params: &[],
        query: None,
        body: None,
        ok: ("The server is up.", "application/json", schema::<Health>),
        errors: &[],
        handler: || get(api::healthz),
    },
    Operation {
        method: "get",
        path: "/openapi.json",
        id: "openapi",
        summary: "This document",
        description: "The API as OpenAPI 3.1, generated from the server's types when it starts.",
        path_params: &[],
        query: None,
        body: None,
        ok: ("The OpenAPI document.", "application/json", |_| {
            json_schema!({ "type": "object" })
        }),
        errors: &[],
        handler: || get(serve),
    },
    Operation {
        method: "get",
        path: "/",
        id: "page",
        summary: "The web page",
        description: "Paste an article and see each claim highlighted in place. Its assets are \
            `/app.js`, `/style.css` and `/favicon.svg`.",
        path_params: &[],
        query: None,
        body: None,
        ok: ("The page.", "text/html", |_| json_schema!({ "type": "string" })),
        errors: &[],
        handler: || get(page::index),
    },
];

fn schema<T: JsonSchema>(g: &mut SchemaGenerator) -> Schema {
    g.subschema_for::<T>()
}

/// A query struct's schema with nothing referenced, to read its fields.
fn inline<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .with(|s| s.inline_subschemas = true)
        .for_deserialize()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// Answers are described as they are serialised, bodies as they are read
/// (`deny_unknown_fields` becomes `additionalProperties: false`); both put
/// their named types in `components/schemas`.
fn generator(serialize: bool) -> SchemaGenerator {
    let settings = SchemaSettings::draft2020_12().with(|s| {
        s.definitions_path = "/components/schemas".into();
        s.meta_schema = None;
    });
    if serialize {
        settings.for_serialize().into_generator()
    } else {
        settings.for_deserialize().into_generator()
    }
}

/// The document, built from [`OPERATIONS`] and the types they name.
pub fn document() -> Value {
    let mut answers = generator(true);
    let mut requests = generator(false);
    let error = answers.subschema_for::<ApiError>().to_value();
    let mut paths = Map::new();
    for op in OPERATIONS {
        let mut parameters: Vec<Value> = op
            .path_params
            .iter()
            .map(|p| {
                json!({
                    "name": p.name,
                    "in": "path",
                    "required": true,
                    "description": p.description,
                    "schema": { "type": "string" },
                    "example": p.example,
                })
            })
            .collect();
        if let Some(query) = op.query {
            parameters.extend(query_parameters(&query()));
        }

        let mut o = Map::new();
        o.insert("operationId".into(), op.id.into());
        o.insert("summary".into(), op.summary.into());
        o.insert("description".into(), op.description.into());
        if !parameters.is_empty() {
            o.insert("parameters".into(), parameters.into());
        }
        if let Some((body, plain)) = op.body {
            let mut content = Map::new();
            content.insert(
                "application/json".into(),
                json!({ "schema": body(&mut requests).to_value() }),
            );
            if let Some(plain) = plain {
                content.insert(
                    "text/plain".into(),
                    json!({ "schema": { "type": "string", "description": plain } }),
                );
            }
            o.insert(
                "requestBody".into(),
                json!({ "required": true, "content": content }),
            );
        }
        let (description, content_type, ok) = op.ok;
        let mut responses = Map::new();
        responses.insert(
            "200".into(),
            json!({
                "description": description,
                "content": { content_type: { "schema": ok(&mut answers).to_value() } },
            }),
        );
        for &(status, description) in op.errors {
            let mut r = json!({
                "description": description,
                "content": { "application/json": { "schema": error.clone() } },
            });
            if status == 503 {
                r["headers"] = json!({ "Retry-After": {
                    "description": "Seconds to wait before trying again.",
                    "schema": { "type": "integer", "minimum": 1 },
                }});
            }
            responses.insert(status.to_string(), r);
        }
        o.insert("responses".into(), responses.into());
        let item = paths
            .entry(op.path)
            .or_insert_with(|| Value::Object(Map::new()));
        item[op.method] = Value::Object(o);
    }

    let mut schemas = answers.take_definitions(true);
    for (name, s) in requests.take_definitions(true) {
        // One name, one schema: a type read and also answered must look the
        // same both ways, or the document would describe one of them wrong.
        if let Some(other) = schemas.get(&name) {
            assert_eq!(other, &s, "`{name}` differs as a request and as an answer");
        }
        schemas.insert(name, s);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "offside HTTP API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Fact-check English writing about international men's football \
                against match data, and query that data. Every response is JSON except the web \
                page at `/`. Errors always have the shape `{\"error\": string, \"suggestions\": \
                [string]}`. Request bodies are limited to 2 MiB (2097152 bytes); larger ones get \
                413. Generated from the server's types (crates/offside-server/src/openapi.rs).",
            "license": { "name": "MIT OR Apache-2.0", "identifier": "MIT OR Apache-2.0" },
        },
        "servers": [{ "url": "/" }],
        "paths": paths,
        "components": { "schemas": schemas },
    })
}

/// Each field of a query struct as a query parameter: its description moves
/// to the parameter, and an optional one is left out rather than null.
fn query_parameters(schema: &Schema) -> Vec<Value> {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(props) = schema.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    props
        .iter()
        .map(|(name, prop)| {
            let mut prop = prop.clone();
            let description = prop
                .as_object_mut()
                .and_then(|p| p.remove("description"))
                .unwrap_or(Value::Null);
            if let Some(Value::Array(types)) = prop.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    prop["type"] = types[0].clone();
                }
            }
            if let Some(p) = prop.as_object_mut() {
                if p.get("default") == Some(&Value::Null) {
                    p.remove("default");
                }
            }
            json!({
                "name": name,
                "in": "query",
                "required": required.contains(&name.as_str()),
                "description": description,
                "schema": prop,
            })
        })
        .collect()
}

/// The document as served, built once.
pub fn document_json() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| {
        serde_json::to_string_pretty(&document()).expect("the document serialises") + "\n"
    })
}

async fn serve() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        document_json(),
    )
        .into_response()
}

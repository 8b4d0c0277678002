//! JSON Schemas of what each command prints with `--json` / `--format json`,
//! derived with schemars from the very types that are serialised, so they
//! cannot drift from the output. `offside schema NAME` prints one;
//! `offside schema --write docs/schema` regenerates the committed copies
//! (`tests/schema.rs` checks they are current and that real output validates).

use crate::commands::check::batch::{Checked, Failed};
use offside_check::report::{Anchor, AsOfSource, ClaimReport, Report};
use offside_data::{Date, Disagreement};
use offside_query::{GroupTable, MatchDetail};
use schemars::{schema_for, JsonSchema, Schema};

/// The commands with JSON output, by the name their schema file has.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemaName {
    /// `offside check --format json`: one line per file.
    Check,
    /// `offside check --batch`: one line per input line.
    Batch,
    /// `offside match --json`.
    Match,
    /// `offside run --json`.
    Run,
    /// `offside table --json`.
    Table,
    /// `offside h2h --json`.
    H2h,
    /// `offside player --json`.
    Player,
    /// `offside records --json`.
    Records,
    /// `offside summary --json`.
    Summary,
    /// `offside data audit --json`.
    Audit,
}

impl SchemaName {
    pub fn all() -> &'static [SchemaName] {
        use SchemaName::*;
        &[
            Check, Batch, Match, Run, Table, H2h, Player, Records, Summary, Audit,
        ]
    }

    pub fn file_name(self) -> String {
        let name = clap::ValueEnum::to_possible_value(&self)
            .map(|v| v.get_name().to_string())
            .unwrap_or_default();
        format!("{name}.json")
    }

    pub fn schema(self) -> Schema {
        match self {
            SchemaName::Check => schema_for!(CheckFileReport),
            SchemaName::Batch => schema_for!(BatchLine),
            SchemaName::Match => schema_for!(MatchOutput),
            SchemaName::Run => schema_for!(offside_query::TeamRun),
            SchemaName::Table => schema_for!(TableOutput),
            SchemaName::H2h => schema_for!(offside_query::HeadToHead),
            SchemaName::Player => schema_for!(PlayerOutput),
            SchemaName::Records => schema_for!(offside_query::Records),
            SchemaName::Summary => schema_for!(offside_query::Summary),
            SchemaName::Audit => schema_for!(AuditOutput),
        }
    }
}

/// `offside player --json`: the player's goals, and World Cup appearances
/// when there are any (line-ups are known for World Cups only).
#[allow(dead_code)] // never built: the CLI adds the key to the goals' JSON
#[derive(JsonSchema)]
pub struct PlayerOutput {
    #[serde(flatten)]
    pub goals: offside_query::PlayerGoals,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub world_cup_appearances: Option<offside_query::PlayerAppearances>,
}

/// One line of `offside check --format json`: the report `POST /v1/check`
/// answers (`offside_check::Report`), plus the file it is about.
#[allow(dead_code)] // never built: the CLI streams this shape (`JsonDoc`)
#[derive(JsonSchema)]
pub struct CheckFileReport {
    /// The date claims were judged at (YYYY-MM-DD), or null when no date was
    /// given or found and every match in the data counted.
    pub as_of: Option<Date>,
    pub as_of_source: AsOfSource,
    pub claims: Vec<ClaimReport>,
    /// The path as given on the command line, or `<stdin>`.
    pub file: String,
    /// Numbers, scores, minutes and other anchors no rule explained.
    pub unexplained: Vec<Anchor>,
}

/// `CheckFileReport` and `Report` must keep the same fields; this fails to
/// compile when `Report` gains or loses one.
#[allow(dead_code)]
fn same_fields(r: Report, file: String) -> CheckFileReport {
    let Report {
        as_of,
        as_of_source,
        claims,
        unexplained,
    } = r;
    CheckFileReport {
        as_of,
        as_of_source,
        claims,
        file,
        unexplained,
    }
}

/// One line of `offside check --batch`: a result, or the error record of an
/// input line that could not be checked.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum BatchLine {
    Checked(Checked<'static>),
    Failed(Failed<'static>),
}

#[allow(dead_code)]
#[derive(JsonSchema)]
pub struct MatchOutput {
    /// Every match that fits, oldest first.
    pub matches: Vec<MatchDetail>,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
pub struct TableOutput {
    /// The group asked for, or every group of the edition in order.
    pub groups: Vec<GroupTable>,
}

#[allow(dead_code)]
#[derive(JsonSchema)]
pub struct AuditOutput {
    pub count: usize,
    pub disagreements: Vec<Disagreement>,
}

pub fn run(a: crate::args::SchemaArgs, out: &mut impl std::io::Write) -> anyhow::Result<u8> {
    use anyhow::Context;
    if let Some(dir) = &a.write {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for name in SchemaName::all() {
            let path = dir.join(name.file_name());
            let text = serde_json::to_string_pretty(&name.schema())? + "\n";
            std::fs::write(&path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("wrote {}", path.display());
        }
        return Ok(0);
    }
    let Some(name) = a.name else {
        anyhow::bail!("name a command (e.g. `offside schema check`) or give --write DIR");
    };
    crate::render::json(out, &name.schema())?;
    Ok(0)
}

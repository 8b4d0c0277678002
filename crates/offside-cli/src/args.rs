//! Command-line arguments, parsed as typed so the commands never see raw strings
//! they have to validate twice.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "offside",
    version,
    about = "Fact-check writing about international football against match data",
    long_about = "offside finds the checkable claims in an article about international men's football \
(results, scores, tallies, scorers, minutes, stages, dates, head-to-heads, records), checks each \
against 150 years of match data compiled into this binary, and reports it true, false (with the \
right value and the matches that prove it) or unverifiable.\n\nIt also answers the questions such \
claims come from: a match, a team's run through a tournament, a group table, a head-to-head record, \
a player's goals, an edition's records.",
    after_help = "Examples:\n  offside run England \"World Cup 2022\"\n  offside table \"World Cup 2022\" \"Group B\"\n  \
offside match Argentina France --year 2022\n  offside h2h England Scotland --json\n  offside player Mbappé --edition \"World Cup 2022\"\n  \
offside data audit --kind minute\n\nExit codes: 0 success (no false claim), 1 a claim was found false, 2 error."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct Global {
    /// Load the data from this folder (laid out like the project's data/) instead of the copy built in.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Find and verify every checkable claim in articles (exit 1 when a claim is false).
    #[command(
        after_help = "Examples:\n  offside check article.txt\n  offside check --as-of 2022-12-12 draft.txt\n  cat draft.txt | offside check -\n  offside check a.txt b.txt c.txt\n  offside check --format json article.txt | jq '.claims[] | select(.verdict == \"false\")'\n  offside check --batch articles.jsonl -o results.jsonl\n\nThe publication date decides which matches count: give it with --as-of or a first line\n`date YYYY-MM-DD`; otherwise offside infers one from the article and says so.\n\nInput is UTF-8 (a byte-order mark is dropped). A file that cannot be read is reported and\nthe other files are still checked.\n\nExit codes: 0 no false claim, 1 some claim is false, 2 error (a file could not be read,\nor a batch line could not be checked, even if everything else was)."
    )]
    Check(CheckArgs),
    /// Score the checker on a folder of labelled articles (detection recall, verdict accuracy, false-claim recall and precision).
    #[command(after_help = "Example:\n  offside eval ../shared/eval/dev --verbose")]
    Eval(EvalArgs),
    /// One match: result, stage, half-time, extra time, shoot-out, scorers with minutes.
    #[command(
        name = "match",
        after_help = "Examples:\n  offside match England France --date 2022-12-10\n  offside match Argentina France --edition \"World Cup 2022\"\n  offside match Brazil Germany --year 2014"
    )]
    Match(MatchArgs),
    /// A team's run through one edition: every match in order, tallies, the stage reached.
    #[command(
        after_help = "Examples:\n  offside run England \"World Cup 2022\"\n  offside run Argentina \"Copa America 2024\" --json"
    )]
    Run(RunArgs),
    /// A group table, ordered by that edition's tie-breakers (all groups when GROUP is left out).
    #[command(
        after_help = "Examples:\n  offside table \"World Cup 2022\" \"Group B\"\n  offside table \"Euro 2024\" --json"
    )]
    Table(TableArgs),
    /// Head-to-head record between two teams, from the first team's side.
    #[command(
        after_help = "Examples:\n  offside h2h England Scotland\n  offside h2h England France --competition \"World Cup\" --json\n  offside h2h England Scotland --official-only"
    )]
    H2h(H2hArgs),
    /// A player's goals: career, per competition and per edition; penalties and own goals apart.
    #[command(
        after_help = "Career figures are a lower bound where scorer data is missing (friendlies, many regional cups); the output says so.\n\nExamples:\n  offside player \"Lionel Messi\"\n  offside player Klose --competition \"World Cup\" --as-of 2014-07-13\n  offside player Müller             # several players: listed with teams and years\n  offside player Ronaldo --team Brazil"
    )]
    Player(PlayerArgs),
    /// Records of one edition: top scorers, biggest wins, most goals in a match.
    #[command(
        after_help = "Examples:\n  offside records \"World Cup 2022\"\n  offside records \"Euro 2024\" --top 10 --json\n  offside records \"World Cup\" --as-of 2022-12-18   # most appearances, most tournaments played"
    )]
    Records(RecordsArgs),
    /// A short factual paragraph on a team's run through one edition: results in order with
    /// their stages, how far the team went, goals by stage, top scorer. Every figure comes from
    /// the data, in wording `offside check` verifies.
    #[command(
        after_help = "Examples:\n  offside summary England \"World Cup 2022\"\n  offside summary Argentina \"World Cup 2022\" --json"
    )]
    Summary(SummaryArgs),
    /// Inspect the data itself.
    #[command(subcommand)]
    Data(DataCommand),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  offside completions bash > ~/.local/share/bash-completion/completions/offside\n  offside completions zsh > \"${fpath[1]}/_offside\"\n  offside completions fish > ~/.config/fish/completions/offside.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man`: offside(1), or a subcommand's, offside-check(1)...
    #[command(
        after_help = "Examples:\n  offside man > offside.1 && man ./offside.1\n  offside man check > ~/.local/share/man/man1/offside-check.1"
    )]
    Man(ManArgs),
    /// Print the JSON Schema of a command's JSON output (docs/schema/ holds them all).
    #[command(
        after_help = "Examples:\n  offside schema check\n  offside schema batch\n  offside schema --write docs/schema"
    )]
    Schema(SchemaArgs),
    /// Serve the HTTP API and the web page (paste an article, see its claims highlighted).
    #[command(
        after_help = "Examples:\n  offside serve\n  offside serve --addr 127.0.0.1:3000\n  curl -s localhost:8080/v1/check -d '{\"text\": \"England beat Iran 6-2.\", \"as_of\": \"2022-11-22\"}'\n\nOpen http://127.0.0.1:8080/ for the page; /openapi.json describes the API.\nRequest bodies are limited to 2 MiB. Ctrl-C or SIGTERM stops the server after requests in flight finish."
    )]
    Serve(ServeArgs),
}

#[derive(Subcommand, Debug)]
pub enum DataCommand {
    /// Every disagreement between the two sources (score, date, scorer, minute, spelling, venue)
    /// and every match whose scorer list does not add up to its score.
    Audit(AuditArgs),
}

#[derive(Args, Debug, Clone)]
pub struct Output {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug, Clone)]
pub struct AsOfArg {
    /// Count only matches played on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<offside_data::Date>,
}

pub fn parse_date(s: &str) -> Result<offside_data::Date, String> {
    offside_data::parse_date(s.trim())
        .ok_or_else(|| format!("`{s}` is not a date; write it as YYYY-MM-DD"))
}

#[derive(Args, Debug)]
pub struct MatchArgs {
    /// A team (name, alias or nickname).
    pub team: String,
    /// The opponent.
    pub opponent: String,
    /// The date of the match (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<offside_data::Date>,
    /// Matches in this year.
    #[arg(long)]
    pub year: Option<i16>,
    /// Matches in this edition ("World Cup 2022").
    #[arg(long)]
    pub edition: Option<String>,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    pub team: String,
    /// "World Cup 2022", "Euro 2020", "Copa America 2024", "AFCON 2023"...
    pub edition: String,
    #[command(flatten)]
    pub as_of: AsOfArg,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct TableArgs {
    pub edition: String,
    /// "Group B" or "B"; every group when left out.
    pub group: Option<String>,
    #[command(flatten)]
    pub as_of: AsOfArg,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct H2hArgs {
    pub team: String,
    pub opponent: String,
    /// Count only meetings on or after this date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<offside_data::Date>,
    /// Count only meetings in this competition ("World Cup", "Euro", "Friendly").
    #[arg(long)]
    pub competition: Option<String>,
    /// Leave out the matches official records leave out (the 1945-46
    /// Victory internationals, data/rules/unofficial_matches.tsv), as the
    /// press's head-to-head figures usually do.
    #[arg(long)]
    pub official_only: bool,
    #[command(flatten)]
    pub as_of: AsOfArg,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct PlayerArgs {
    /// Full name, any spelling, accents optional; a surname alone when only
    /// one player has it (several are listed with their teams and years).
    pub name: String,
    /// The team he played for, to pick one of several players of that name
    /// ("Ronaldo" --team Brazil).
    #[arg(long)]
    pub team: Option<String>,
    /// Only goals in this edition ("World Cup 2022", "Euro 2024").
    #[arg(long, value_name = "EDITION")]
    pub edition: Option<String>,
    /// Only goals in this competition, every edition of it ("World Cup", "Euro", "Friendly").
    #[arg(long, value_name = "COMPETITION")]
    pub competition: Option<String>,
    #[command(flatten)]
    pub as_of: AsOfArg,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct RecordsArgs {
    /// An edition ("World Cup 2022"), or a competition ("World Cup") for its
    /// records over every edition: all-time scorers, most appearances and
    /// most tournaments played (from line-ups: World Cups only).
    pub edition: String,
    /// How many rows per list.
    #[arg(long, default_value_t = 5)]
    pub top: usize,
    #[command(flatten)]
    pub as_of: AsOfArg,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct SummaryArgs {
    pub team: String,
    /// "World Cup 2022", "Euro 2024", "Copa America 2024"...
    pub edition: String,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct AuditArgs {
    /// Only this kind: score, date, scorer, minute, name_spelling, venue, incomplete_scorers, missing,
    /// txt_score, txt_scorer, txt_minute, txt_missing, txt_extra_time, txt_lineup, disputed_minute,
    /// extra_time.
    #[arg(long)]
    pub kind: Option<String>,
    #[command(flatten)]
    pub out: Output,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files to check; `-` reads standard input.
    #[arg(required_unless_present = "batch", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Check a JSON Lines file of articles (one `{"id", "text", "published"}` object a line;
    /// `-` reads standard input) and write one JSON result a line, in input order.
    #[arg(long, value_name = "IN.jsonl", conflicts_with = "files")]
    pub batch: Option<PathBuf>,
    /// With --batch: write the results to this file instead of standard output.
    #[arg(short, long, value_name = "OUT.jsonl")]
    pub output: Option<PathBuf>,
    /// Judge claims as of this date (the publication date). Default: a first line
    /// `date YYYY-MM-DD`, else a date inferred from the article (the output says which).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<offside_data::Date>,
    /// Output: `human` (each claim underlined in its line, like a linter; the default) or
    /// `json` (one report per file, one per line: `{file, as_of, as_of_source, claims,
    /// unexplained}`, the object the HTTP API returns, whatever the number of files; see
    /// docs/schema/check.json). Not with --batch, which always writes JSON Lines.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Show true claims too. By default only false and unverifiable claims are shown, with
    /// counts of all three at the end.
    #[arg(long, short)]
    pub verbose: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// A subcommand, for its own page (offside-SUBCOMMAND(1)).
    pub subcommand: Option<String>,
}

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// The command whose output the schema describes.
    #[arg(value_enum, required_unless_present = "write")]
    pub name: Option<crate::schema::SchemaName>,
    /// Write every schema into this folder (as NAME.json) instead.
    #[arg(long, value_name = "DIR", conflicts_with = "name")]
    pub write: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on. The default answers only this machine; 0.0.0.0 opens the
    /// server to the network (it has no authentication). Port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "IP:PORT")]
    pub addr: std::net::SocketAddr,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// A folder of gold files (*.json), as in ../shared/eval/dev.
    pub dir: PathBuf,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// List every miss, wrong verdict and false alarm, and the anchors no rule explained.
    #[arg(long, short)]
    pub verbose: bool,
}

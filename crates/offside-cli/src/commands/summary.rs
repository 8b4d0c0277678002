//! `offside summary`: the paragraph offside-query writes about a team's run,
//! as text for people or JSON (with the match ids behind it) for scripts.

use crate::args::SummaryArgs;
use crate::render;
use anyhow::{bail, Result};
use offside_data::Store;
use std::io::Write;

pub fn summary(store: &Store, a: SummaryArgs, out: &mut impl Write) -> Result<u8> {
    let t = super::team(store, &a.team)?;
    let e = super::edition(store, &a.edition)?;
    let Some(s) = offside_query::team_summary(store, t, e) else {
        bail!(
            "{} played no match at {}; `offside run` lists a team's matches",
            store.team_name(t),
            store.edition_name(e)
        );
    };
    if a.out.json {
        render::json(out, &s)?;
        return Ok(0);
    }
    writeln!(out, "{}", s.text)?;
    Ok(0)
}

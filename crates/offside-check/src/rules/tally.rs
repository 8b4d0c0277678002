use super::*;

pub struct Tally;

impl Rule for Tally {
    fn name(&self) -> &'static str {
        "tally"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


use super::*;

pub struct Shootout;

impl Rule for Shootout {
    fn name(&self) -> &'static str {
        "shootout"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


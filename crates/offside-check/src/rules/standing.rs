use super::*;

pub struct Standing;

impl Rule for Standing {
    fn name(&self) -> &'static str {
        "standing"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


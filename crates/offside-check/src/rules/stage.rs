use super::*;

pub struct StageClaim;

impl Rule for StageClaim {
    fn name(&self) -> &'static str {
        "stageclaim"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


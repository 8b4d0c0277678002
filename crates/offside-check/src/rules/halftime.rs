use super::*;

pub struct ScoreState;

impl Rule for ScoreState {
    fn name(&self) -> &'static str {
        "scorestate"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


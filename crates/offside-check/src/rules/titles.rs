use super::*;

pub struct Titles;

impl Rule for Titles {
    fn name(&self) -> &'static str {
        "titles"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


use super::*;

pub struct HeadToHead;

impl Rule for HeadToHead {
    fn name(&self) -> &'static str {
        "headtohead"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}

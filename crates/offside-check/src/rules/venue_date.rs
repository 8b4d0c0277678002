use super::*;

pub struct MatchDate;

impl Rule for MatchDate {
    fn name(&self) -> &'static str {
        "matchdate"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}

pub struct Venue;

impl Rule for Venue {
    fn name(&self) -> &'static str {
        "venue"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


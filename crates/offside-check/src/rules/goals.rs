use super::*;

pub struct Scorer;

impl Rule for Scorer {
    fn name(&self) -> &'static str {
        "scorer"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}

pub struct GoalMinute;

impl Rule for GoalMinute {
    fn name(&self) -> &'static str {
        "goalminute"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}

pub struct Penalty;

impl Rule for Penalty {
    fn name(&self) -> &'static str {
        "penalty"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}

pub struct OwnGoal;

impl Rule for OwnGoal {
    fn name(&self) -> &'static str {
        "owngoal"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}


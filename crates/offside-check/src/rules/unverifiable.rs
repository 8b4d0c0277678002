use super::*;

pub struct OutsideTheData;

impl Rule for OutsideTheData {
    fn name(&self) -> &'static str {
        "outsidethedata"
    }
    fn description(&self) -> &'static str {
        "todo"
    }
    fn check(&self, _s: &SentenceCtx, _out: &mut Vec<Finding>) {}
}

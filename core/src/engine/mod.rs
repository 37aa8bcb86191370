//! The self-check engine: pure functions from (regions, answers, content) to a result — triage
//! first, then ranked conditions with their evidence, origins and factors, the plan, and when to
//! get help. No I/O, deterministic.

use crate::ids::{Question, RegionSel};
use std::collections::BTreeSet;

/// The questions to ask, in order, for the picked regions: `red-flags` always first, then only
/// those that matter for these regions. (Placeholder: the engine issue fills in the selection.)
pub fn questions_for(regions: &BTreeSet<RegionSel>) -> Vec<Question> {
    let _ = regions;
    Question::ALL.to_vec()
}

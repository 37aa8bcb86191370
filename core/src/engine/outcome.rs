//! What the engine concludes, shaped for a UI: plain public fields of typed ids and rule keys; every
//! text is looked up in the pack by those ids, so the same outcome renders in any language.

use crate::content::Text;
use crate::ids::{
    Answer, Caution, Condition, Exercise, Factor, HelpReason, Origin, PlanKind, RegionSel,
    Strength, Triage,
};
#[cfg(not(target_arch = "wasm32"))]
use serde::Serialize;

/// One answer or region that moved a condition's score.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Evidence {
    /// The rule's key; its sentence is `Pack::rule(&rule).text`.
    pub rule: Text,
    /// How much it moved the score (negative lowered it).
    pub weight: i32,
}

impl Evidence {
    /// Whether this raised the condition (else it lowered it).
    pub fn raised(&self) -> bool {
        self.weight > 0
    }
}

/// A condition shown in the results.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct ConditionMatch {
    pub condition: Condition,
    pub origin: Origin,
    pub score: i32,
    pub strength: Strength,
    /// The picked places this condition explains (for the origin view's pain site).
    pub sites: Vec<RegionSel>,
    /// Every region and answer that raised or lowered it, region first, then in rule order.
    pub evidence: Vec<Evidence>,
}

/// A contributing factor the answers revealed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct FactorFinding {
    pub factor: Factor,
    /// The factor rules that revealed it; their sentences are `Pack::factor_rule(&id).text`.
    pub rules: Vec<Text>,
}

/// Why an exercise is in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(rename_all = "kebab-case"))]
pub enum Because {
    Condition(Condition),
    Factor(Factor),
}

/// One exercise of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct PlanExercise {
    pub exercise: Exercise,
    /// The shown conditions and revealed factors it is for, conditions first.
    pub because: Vec<Because>,
}

/// What to do meanwhile (self-care) or while waiting for an assessment (see-professional).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Plan {
    /// The weekly strength schedule: `build` (more than 4 weeks to race, no race, or not said) or
    /// `maintenance` (4 weeks or fewer).
    pub kind: PlanKind,
    /// Deduplicated, in order: the first condition's exercises, then the factors'.
    pub exercises: Vec<PlanExercise>,
    /// The first condition starts in the spine: show the proactive-care advice.
    pub spine_care: bool,
    /// The first condition is a knee condition and the race is 6 or more weeks away (or there is none): show that
    /// eight weeks is enough for most knee problems.
    pub knee_timeline: bool,
}

/// The result of one self-check.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Outcome {
    pub triage: Triage,
    /// For `emergency`/`urgent`: the signs that stopped the check, most urgent first: ticked
    /// warning signs, and `walking-or-rest` when a bone-stress place now hurts when walking or at
    /// rest. Empty otherwise.
    pub red_flags: Vec<Answer>,
    /// For `urgent`/`emergency` with a sign of a possible bone stress injury at a bone-stress place:
    /// add how to move until seen (walk only as far as you must, crutches, same day if no weight).
    pub bone_stress_advice: bool,
    /// Cautions to show whatever the triage, in `Caution` order.
    pub cautions: Vec<Caution>,
    /// For `see-professional`: why, in `HelpReason` order. Empty otherwise.
    pub help_reasons: Vec<HelpReason>,
    /// The picked places this check covers.
    pub in_scope: Vec<RegionSel>,
    /// The picked places it does not cover (the UI says so and points to a clinician).
    pub out_of_scope: Vec<RegionSel>,
    /// Shown conditions, best first. Empty when the check stopped, is out of scope, or nothing fits.
    pub conditions: Vec<ConditionMatch>,
    /// In-scope places were picked but no condition fits well enough to show.
    pub no_clear_match: bool,
    /// Contributing factors the answers revealed, in `Factor` order.
    pub factors: Vec<FactorFinding>,
    /// Exercises and schedule; `None` under emergency/urgent, out of scope, or no clear match.
    pub plan: Option<Plan>,
}

impl Outcome {
    /// Emergency or urgent: show what to do now and nothing else.
    pub fn stops_check(&self) -> bool {
        self.triage >= Triage::Urgent
    }

    /// Whether the results offer the clinic's call to action (its booking link and phone): with
    /// every result but an emergency, where the emergency department comes first and nothing may
    /// distract from it.
    pub fn shows_clinic(&self) -> bool {
        self.triage != Triage::Emergency
    }

    /// Only places outside the check were picked (the `data-out-of-scope` result).
    pub fn is_out_of_scope_only(&self) -> bool {
        self.in_scope.is_empty() && !self.out_of_scope.is_empty()
    }

    /// The best match, if any.
    pub fn top(&self) -> Option<&ConditionMatch> {
        self.conditions.first()
    }

    /// The plan's exercises in order (none without a plan).
    pub fn exercises(&self) -> impl Iterator<Item = Exercise> + '_ {
        self.plan
            .iter()
            .flat_map(|p| p.exercises.iter().map(|e| e.exercise))
    }
}

//! From the shown conditions and the runner's answers to what to do: the contributing factors the
//! answers reveal, and the plan (exercises deduplicated in order, the weekly schedule by weeks to
//! race, spine-care and knee-timeline advice).

use super::outcome::{Because, ConditionMatch, FactorFinding, Plan, PlanExercise};
use super::rank::answers_hold;
use crate::answers::Answers;
use crate::content::{Pack, Trigger};
use crate::ids::{Area, Exercise, Origin, PlanKind};

/// Factors revealed by the factor rules that hold, in `Factor` order, each with its rules; only
/// those the first condition lists (sitting a lot says nothing about, say, an IT band's pain). A
/// `match:` rule holds when its condition comes first.
pub(super) fn factors(
    answers: &Answers,
    shown: &[ConditionMatch],
    pack: &Pack,
) -> Vec<FactorFinding> {
    let mut found: Vec<FactorFinding> = Vec::new();
    for rule in pack.factor_rules.iter() {
        let holds = match &rule.when {
            Trigger::Answers(atoms) => answers_hold(&atoms[..], answers),
            Trigger::Match(c) => shown.first().is_some_and(|m| m.condition == *c),
            Trigger::Region(_) => false,
        };
        if !holds {
            continue;
        }
        for f in rule.factors.iter() {
            match found.iter_mut().find(|x| x.factor == *f) {
                Some(x) => x.rules.push(rule.id.clone()),
                None => found.push(FactorFinding {
                    factor: *f,
                    rules: vec![rule.id.clone()],
                }),
            }
        }
    }
    found.retain(|x| {
        shown.first().is_some_and(|m| {
            pack.condition(m.condition)
                .is_some_and(|c| c.factors.contains(&x.factor))
        })
    });
    super::sort_small_by_key(&mut found, |x| x.factor);
    found
}

/// SPEC: `maintenance` with 4 weeks or fewer to race; `build` with more, with no race, or unanswered.
pub fn plan_kind(answers: &Answers) -> PlanKind {
    match answers.weeks_to_race() {
        Some(Some(weeks)) if weeks <= 4 => PlanKind::Maintenance,
        _ => PlanKind::Build,
    }
}

pub(super) fn plan(
    answers: &Answers,
    shown: &[ConditionMatch],
    factors: &[FactorFinding],
    pack: &Pack,
) -> Plan {
    let mut exercises: Vec<PlanExercise> = Vec::new();
    let mut add = |e: Exercise, why: Because| match exercises.iter_mut().find(|x| x.exercise == e) {
        Some(x) => x.because.push(why),
        None => exercises.push(PlanExercise {
            exercise: e,
            because: vec![why],
        }),
    };
    // The plan is for the first condition, where it hurts and where it starts; the others shown
    // are possibilities to raise with a clinician, not more exercises to do.
    for m in shown.iter().take(1) {
        for e in pack
            .condition(m.condition)
            .map(|c| c.exercises.as_ref())
            .unwrap_or_default()
        {
            add(*e, Because::Condition(m.condition));
        }
    }
    for f in factors {
        for e in pack
            .factor(f.factor)
            .map(|c| c.exercises.as_ref())
            .unwrap_or_default()
        {
            add(*e, Because::Factor(f.factor));
        }
    }
    Plan {
        kind: plan_kind(answers),
        exercises,
        spine_care: shown.first().is_some_and(|m| m.origin == Origin::Spine),
        // SPEC v2: "eight weeks is enough" only when there are 6 weeks or more left, or no race.
        knee_timeline: matches!(answers.weeks_to_race(), Some(None) | Some(Some(6..)))
            && shown.first().is_some_and(|m| {
                pack.rules.iter().any(|r| {
                    r.condition == m.condition
                        && matches!(r.when, Trigger::Region(reg) if reg.area() == Area::Knee)
                })
            }),
    }
}

//! The self-check engine: pure functions from (regions, answers, content) to a result — triage
//! first, then ranked conditions with their evidence, origins and factors, the plan, and when to
//! get help. No I/O, deterministic: the same input and pack always give the same `Outcome`.
//!
//! What is fixed by SPEC lives here in code (which red flag is an emergency, when to see a
//! professional, build vs maintenance). What the sources say about conditions (which place and which
//! answer point where, and how strongly) is data in the pack's `rules`, so the evidence a runner
//! reads and the score it moved are one and the same entry.

mod ask;
mod outcome;
mod plan;
mod rank;
mod triage;

pub use crate::ids::{Caution, HelpReason, Strength};
pub use ask::{answers_offered, questions_to_ask};
pub use outcome::*;
pub use plan::plan_kind;
pub use rank::TIE_ORDER;
pub use triage::{
    any_bone_stress, help_reason_when_first, help_reason_when_shown, red_flag_level,
    red_flags_answered, red_flags_offered, stop_signs,
};

use crate::answers::CheckInput;
use crate::content::{Pack, Trigger};
use crate::ids::{Answer, Condition, Question, RegionSel, Triage};
use crate::vec_set::VecSet;

/// Questions the engine's own SPEC rules read (triage, help, schedule), open to every in-scope
/// check whatever the content's rules say ([`questions_to_ask`] decides whether each is asked).
pub const ENGINE_QUESTIONS: &[Question] = &[
    Question::RedFlags,
    Question::Duration,
    Question::Trend,
    Question::TrainingImpact,
    Question::SelfCareResult,
    Question::SelfCareTried,
    Question::WeeksToRace,
];

/// Asked whenever a bone-stress place is picked, in scope or not (SPEC v2): pain when walking or at
/// rest there is urgent, a jump in distance or a start in weeks 4-6 brings the bone-stress caution,
/// and a `bone-risk` answer on top of that an assessment.
pub const BONE_STRESS_QUESTIONS: &[Question] = &[
    Question::PainTiming,
    Question::BuildWeek,
    Question::VolumeJump,
    Question::BoneRisk,
];

/// Every question these places could ask, in order: `red-flags` always first; the bone-stress
/// screen ([`BONE_STRESS_QUESTIONS`]) whenever a bone-stress place is picked; then, when an in-scope
/// place is picked, the questions whose answers can move a condition those places point to or
/// reveal a factor such a condition lists, plus the ones the engine's own rules need (duration,
/// trend, training impact, self-care, weeks to race). With only out-of-scope places picked, only
/// the red flags (and the bone-stress screen for a shin) are asked: they still decide urgency.
///
/// Which of these are actually asked, given the answers so far, is [`questions_to_ask`].
pub fn questions_for(regions: &VecSet<RegionSel>, pack: &Pack) -> Vec<Question> {
    let in_scope = in_scope(regions);
    questions_among(regions, &in_scope, &rank::candidates(&in_scope, pack), pack)
}

/// The picked places this check covers.
pub(crate) fn in_scope(regions: &VecSet<RegionSel>) -> Vec<RegionSel> {
    regions
        .iter()
        .copied()
        .filter(|s| s.region.in_scope())
        .collect()
}

/// [`questions_for`], given the places in scope and their candidate conditions (which
/// [`questions_to_ask`] needs as well, so it computes them once).
pub(crate) fn questions_among(
    regions: &VecSet<RegionSel>,
    in_scope: &[RegionSel],
    candidates: &[Option<(i32, &crate::content::Text)>; Condition::ALL.len()],
    pack: &Pack,
) -> Vec<Question> {
    // One flag per question, indexed by SPEC order: the questions come out in that order.
    let mut wanted = [false; Question::ALL.len()];
    wanted[Question::RedFlags as usize] = true;
    if any_bone_stress(regions) {
        for q in BONE_STRESS_QUESTIONS {
            wanted[*q as usize] = true;
        }
    }
    if in_scope.is_empty() {
        return ordered(&wanted);
    }
    for q in ENGINE_QUESTIONS {
        wanted[*q as usize] = true;
    }
    for (q, _) in questions_read(candidates, pack) {
        let named = q
            .only_at()
            .is_none_or(|at| in_scope.iter().any(|s| at.contains(&s.region)));
        wanted[q as usize] |= named;
    }
    ordered(&wanted)
}

/// Every `question=answer` a rule reads for these candidate conditions: their own rules, and the
/// factor rules of factors they list (a factor is shown only with a condition that lists it).
pub(crate) fn questions_read(
    candidates: &[Option<(i32, &crate::content::Text)>; Condition::ALL.len()],
    pack: &Pack,
) -> Vec<(Question, Answer)> {
    let is_candidate = |c: Condition| candidates[c as usize].is_some();
    let condition_rules = pack
        .rules
        .iter()
        .filter(|r| is_candidate(r.condition))
        .map(|r| &r.when);
    let factor_rules = pack
        .factor_rules
        .iter()
        .filter(|r| {
            r.factors.iter().any(|f| {
                Condition::ALL.iter().any(|c| {
                    is_candidate(*c) && pack.condition(*c).is_some_and(|cc| cc.factors.contains(f))
                })
            })
        })
        .map(|r| &r.when);
    let mut out = Vec::new();
    for when in condition_rules.chain(factor_rules) {
        if let Trigger::Answers(atoms) = when {
            out.extend(atoms.iter().copied());
        }
    }
    out
}

fn ordered(wanted: &[bool; Question::ALL.len()]) -> Vec<Question> {
    Question::ALL
        .iter()
        .copied()
        .filter(|q| wanted[*q as usize])
        .collect()
}

/// Sorts a short list stably by `key` (insertion sort). The engine sorts at most a few items at a
/// time; the standard library's sort would add several kilobytes of WebAssembly per use.
pub(crate) fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Whether the red-flag step must ask plainly about hopping pain, limping and night pain: the front
/// of the hip or the groin is picked, where a femoral neck stress fracture can hide.
pub fn needs_hip_front_note(regions: &VecSet<RegionSel>) -> bool {
    regions.iter().any(|s| s.region.needs_fracture_note())
}

/// The red flags to emphasise on the red-flag step for these places (see [`needs_hip_front_note`]).
pub fn emphasised_red_flags(regions: &VecSet<RegionSel>) -> &'static [Answer] {
    if needs_hip_front_note(regions) {
        &[Answer::PainHoppingOrLimping, Answer::NightOrRestPain]
    } else {
        &[]
    }
}

/// Runs the self-check:
/// 1. stop signs first: an emergency or urgent sign ends the check (no conditions, no plan);
/// 2. safety reasons that hold whatever the match: warning signs never answered, bone-stress risk;
/// 3. only out-of-scope places: the out-of-scope result, `see-professional`, never a guess;
/// 4. ranking of the conditions the in-scope places point to, with evidence ("no clear match" when
///    none reaches the pack's threshold);
/// 5. factors the answers reveal, and the plan from the shown conditions and factors;
/// 6. `see-professional` when any SPEC reason holds (listed; among them a first condition, or any
///    shown one, that needs a clinician: [`help_reason_when_first`], [`help_reason_when_shown`]),
///    otherwise `self-care`.
///
/// Cautions (bone stress) are shown whatever the triage.
pub fn evaluate(input: &CheckInput, pack: &Pack) -> Outcome {
    let (in_scope, out_of_scope): (Vec<RegionSel>, Vec<RegionSel>) = input
        .regions
        .iter()
        .copied()
        .partition(|s| s.region.in_scope());
    let regions = &input.regions;
    let answers = &input.answers;
    let cautions = triage::cautions(regions, answers);

    let (level, signs) = triage::stop(regions, answers);
    if let Some(level) = level.filter(|l| *l >= Triage::Urgent) {
        return Outcome {
            triage: level,
            bone_stress_advice: triage::bone_stress_advice(regions, &signs),
            red_flags: signs,
            help_reasons: Vec::new(),
            in_scope,
            out_of_scope,
            conditions: Vec::new(),
            no_clear_match: false,
            factors: Vec::new(),
            plan: None,
            cautions,
        };
    }

    let mut help_reasons = Vec::new();
    triage::safety_reasons(regions, answers, &mut help_reasons);

    if in_scope.is_empty() {
        let nothing_picked = out_of_scope.is_empty();
        help_reasons.push(if nothing_picked {
            HelpReason::NoClearMatch
        } else {
            HelpReason::OutOfScope
        });
        return Outcome {
            triage: Triage::SeeProfessional,
            red_flags: Vec::new(),
            bone_stress_advice: false,
            help_reasons,
            in_scope,
            no_clear_match: nothing_picked,
            out_of_scope,
            conditions: Vec::new(),
            factors: Vec::new(),
            plan: None,
            cautions,
        };
    }

    let conditions = rank::rank(&in_scope, answers, pack);
    let factors = plan::factors(answers, &conditions, pack);
    let no_clear_match = conditions.is_empty();

    triage::answer_reasons(answers, &mut help_reasons);
    let mut condition_reasons: Vec<HelpReason> = conditions
        .first()
        .and_then(|m| help_reason_when_first(m.condition))
        .into_iter()
        .chain(
            conditions
                .iter()
                .filter_map(|m| help_reason_when_shown(m.condition)),
        )
        .collect();
    sort_small_by_key(&mut condition_reasons, |r| *r);
    condition_reasons.dedup();
    help_reasons.extend(condition_reasons);
    if !out_of_scope.is_empty() {
        help_reasons.push(HelpReason::OutOfScope);
    }
    if no_clear_match {
        help_reasons.push(HelpReason::NoClearMatch);
    }
    let triage = if help_reasons.is_empty() {
        Triage::SelfCare
    } else {
        Triage::SeeProfessional
    };
    let plan = (!no_clear_match).then(|| plan::plan(answers, &conditions, &factors, pack));

    Outcome {
        triage,
        red_flags: Vec::new(),
        bone_stress_advice: false,
        help_reasons,
        in_scope,
        out_of_scope,
        conditions,
        no_clear_match,
        factors,
        plan,
        cautions,
    }
}

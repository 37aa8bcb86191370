//! Triage, decided before anything else: which signs end the check (SPEC's triage table and its v2
//! safety rules), the bone-stress screen, and why a runner should book an assessment when nothing
//! ends the check.
//!
//! All of it lives in code, not in the content pack, so no pack can ever soften a warning sign.

use crate::answers::Answers;
use crate::ids::{
    Answer, Area, Caution, Condition, HelpReason, Question, Region, RegionSel, Triage,
};
use crate::vec_set::VecSet;

/// How urgent one stop sign is for these places, exactly as SPEC's triage table:
/// - emergency: the three cauda equina signs, a hot, red, swollen joint (infection), chest pain or
///   breathlessness (a clot on the lung), and a fever or feeling unwell with the lower back picked
///   (an infection of the spine);
/// - urgent: every other warning sign, and `walking-or-rest` (pain-timing) at a bone-stress place,
///   where a stress fracture hides.
///
/// `None` for anything that is not a stop sign for these places.
pub fn red_flag_level(sign: Answer, regions: &VecSet<RegionSel>) -> Option<Triage> {
    match sign {
        Answer::SaddleNumbness
        | Answer::BladderBowelChange
        | Answer::BothLegsWeak
        | Answer::HotRedSwollenJoint
        | Answer::ChestPainOrBreathless => Some(Triage::Emergency),
        Answer::FeverOrUnwell if has_region(regions, Region::LowerBack) => Some(Triage::Emergency),
        Answer::FeverOrUnwell
        | Answer::PainHoppingOrLimping
        | Answer::NightOrRestPain
        | Answer::CannotBearWeight
        | Answer::OneLegWeakOrFootDrop
        | Answer::UnexplainedWeightLoss
        | Answer::SwellingAfterFallOrTwist
        | Answer::LockingOrGivingWay
        | Answer::CalfHotSwollen
        | Answer::CancerHistory
        | Answer::FallOsteoporosisOrSteroids => Some(Triage::Urgent),
        Answer::WalkingOrRest if any_bone_stress(regions) => Some(Triage::Urgent),
        _ => None,
    }
}

/// Every answer that can stop the check somewhere: the warning signs and `walking-or-rest`. The
/// pack explains each one (`red_flags`).
pub fn stop_signs() -> impl Iterator<Item = Answer> {
    Question::RedFlags
        .answers()
        .iter()
        .copied()
        .filter(|a| Some(*a) != Question::RedFlags.exclusive_answer())
        .chain([Answer::WalkingOrRest])
}

/// The warning signs the red-flag step offers for these places (SPEC v2 "narrow wording"): pain on
/// hopping only where bone stress hides (elsewhere it is typical of tendon pain), locking or
/// giving way only with a knee. Everything else, and "None of these", always.
pub fn red_flags_offered(regions: &VecSet<RegionSel>) -> Vec<Answer> {
    Question::RedFlags
        .answers()
        .iter()
        .copied()
        .filter(|a| match a {
            Answer::PainHoppingOrLimping => any_bone_stress(regions),
            Answer::LockingOrGivingWay => regions.iter().any(|s| s.region.area() == Area::Knee),
            _ => true,
        })
        .collect()
}

/// The signs that stop the check, most urgent first (SPEC order within a level), and the level they
/// set. A ticked sign always counts, even one the step would not offer for these places (a share
/// link may carry it): nothing softens a warning sign.
pub(crate) fn stop(
    regions: &VecSet<RegionSel>,
    answers: &Answers,
) -> (Option<Triage>, Vec<Answer>) {
    let mut signs: Vec<Answer> = stop_signs()
        .filter(|a| {
            let given = if *a == Answer::WalkingOrRest {
                answers.is(Question::PainTiming, *a)
            } else {
                answers.has(Question::RedFlags, *a)
            };
            given && red_flag_level(*a, regions).is_some()
        })
        .collect();
    // Stable sort keeps SPEC order within each level.
    super::sort_small_by_key(&mut signs, |a| {
        std::cmp::Reverse(red_flag_level(*a, regions))
    });
    (
        signs.first().and_then(|a| red_flag_level(*a, regions)),
        signs,
    )
}

/// Whether the stop screen adds the bone-stress advice (walk only as far as you must, crutches,
/// same day without weight): a bone-stress place with a sign of a bone stress injury (hopping,
/// walking or rest pain, night pain, not bearing weight).
pub(super) fn bone_stress_advice(regions: &VecSet<RegionSel>, signs: &[Answer]) -> bool {
    any_bone_stress(regions)
        && signs.iter().any(|a| {
            matches!(
                a,
                Answer::PainHoppingOrLimping
                    | Answer::WalkingOrRest
                    | Answer::NightOrRestPain
                    | Answer::CannotBearWeight
            )
        })
}

/// SPEC v2 cautions, whatever the triage: bone stress when a bone-stress place is picked and the
/// weekly distance jumped or the pain began in weeks 4-6 of the build.
pub(super) fn cautions(regions: &VecSet<RegionSel>, answers: &Answers) -> Vec<Caution> {
    let mut out = Vec::new();
    if bone_stress_caution(regions, answers) {
        out.push(Caution::BoneStress);
    }
    out
}

/// Whether these places and answers bring the bone-stress caution.
pub(super) fn bone_stress_caution(regions: &VecSet<RegionSel>, answers: &Answers) -> bool {
    any_bone_stress(regions)
        && (answers.is(Question::VolumeJump, Answer::Yes)
            || answers.is(Question::BuildWeek, Answer::Weeks4To6))
}

/// Reasons that hold before any condition is weighed, in `HelpReason` order: the warning signs were
/// never answered; a bone-stress caution with a `bone-risk` answer on top (SPEC v2: at least
/// see-professional).
pub(super) fn safety_reasons(
    regions: &VecSet<RegionSel>,
    answers: &Answers,
    reasons: &mut Vec<HelpReason>,
) {
    if !red_flags_answered(answers) {
        reasons.push(HelpReason::WarningSignsUnanswered);
    }
    let at_risk = Question::BoneRisk
        .answers()
        .iter()
        .any(|a| *a != Answer::None && answers.has(Question::BoneRisk, *a));
    if at_risk && bone_stress_caution(regions, answers) {
        reasons.push(HelpReason::BoneStressRisk);
    }
}

/// Whether the warning-signs step was answered: at least one sign, or "None of these".
pub fn red_flags_answered(answers: &Answers) -> bool {
    matches!(answers.get(Question::RedFlags), Some(r @ crate::answers::Reply::Many(_)) if r.is_given())
}

/// Whether any picked place is a bone-stress region.
pub fn any_bone_stress(regions: &VecSet<RegionSel>) -> bool {
    regions.iter().any(|s| s.region.is_bone_stress())
}

fn has_region(regions: &VecSet<RegionSel>, region: Region) -> bool {
    regions.iter().any(|s| s.region == region)
}

/// What the runner's own answers say about getting help (K): pain for 2 weeks or more, getting
/// worse, significantly limiting training, or self-care tried without improvement.
pub(super) fn answer_reasons(answers: &Answers, reasons: &mut Vec<HelpReason>) {
    if answers.is(Question::Duration, Answer::TwoWeeksPlus) {
        reasons.push(HelpReason::TwoWeeksPlus);
    }
    if answers.is(Question::Trend, Answer::Worse) {
        reasons.push(HelpReason::GettingWorse);
    }
    if answers.is(Question::TrainingImpact, Answer::Significant) {
        reasons.push(HelpReason::TrainingLimited);
    }
    // "Did not help" only counts when something was tried (an unanswered "what did you try" is
    // given the benefit of the doubt; "nothing" contradicts it).
    let tried_nothing = answers.has(Question::SelfCareTried, Answer::Nothing);
    if answers.is(Question::SelfCareResult, Answer::NoHelp) && !tried_nothing {
        reasons.push(HelpReason::SelfCareNoHelp);
    }
}

/// The reason to book an assessment when `c` comes first (SPEC triage table): hip pain from the
/// lower back and pain around the SI joint are best treated hands-on alongside exercise (H). See
/// also [`help_reason_when_shown`].
pub fn help_reason_when_first(c: Condition) -> Option<HelpReason> {
    match c {
        Condition::LumbarReferredHipPain | Condition::SiJointDysfunction => {
            Some(HelpReason::SpineOrigin)
        }
        _ => help_reason_when_shown(c),
    }
}

/// The reason to book an assessment when `c` is shown at all, first or not (SPEC v2): sciatica
/// needs a clinician to check the nerve root, even when a tendon fits better (tingling below the
/// knee is never self-care); hip joint pain and inner knee pain need an examination to tell their
/// causes apart ("always at least see-professional"), even when the first match explains another
/// place picked. The rest can start with self-care.
pub fn help_reason_when_shown(c: Condition) -> Option<HelpReason> {
    match c {
        Condition::Sciatica => Some(HelpReason::NerveRoot),
        Condition::HipJointPain | Condition::MedialKneePain => Some(HelpReason::NeedsExamination),
        Condition::LumbarReferredHipPain
        | Condition::SiJointDysfunction
        | Condition::PatellofemoralPain
        | Condition::ItBandSyndrome
        | Condition::AnteriorKneeOverload
        | Condition::GlutealTendinopathy
        | Condition::NonspecificLowBackPain
        | Condition::PatellarTendinopathy
        | Condition::ProximalHamstringTendinopathy => None,
    }
}

//! Triage, decided before anything else: which red flags end the check (SPEC's triage table), and
//! why a runner should book an assessment when none does.

use super::outcome::HelpReason;
use crate::answers::Answers;
use crate::ids::{Answer, Question, Triage};

/// How urgent one red flag is, exactly as SPEC's triage table: the cauda equina signs are an
/// emergency, every other warning sign urgent. `None` for anything that is not a red flag.
///
/// This lives in code, not in the content pack, so no pack can ever soften a red flag.
pub const fn red_flag_level(flag: Answer) -> Option<Triage> {
    match flag {
        Answer::SaddleNumbness | Answer::BladderBowelChange | Answer::BothLegsWeak => {
            Some(Triage::Emergency)
        }
        Answer::PainHoppingOrLimping
        | Answer::NightOrRestPain
        | Answer::CannotBearWeight
        | Answer::OneLegWeakOrFootDrop
        | Answer::FeverOrUnwell
        | Answer::UnexplainedWeightLoss
        | Answer::SwellingAfterFallOrTwist
        | Answer::LockingOrGivingWay => Some(Triage::Urgent),
        _ => None,
    }
}

/// The ticked red flags, most urgent first (SPEC order within a level), and the level they set.
pub(super) fn red_flags(answers: &Answers) -> (Option<Triage>, Vec<Answer>) {
    let mut ticked: Vec<Answer> = Question::RedFlags
        .answers()
        .iter()
        .copied()
        .filter(|a| red_flag_level(*a).is_some() && answers.has(Question::RedFlags, *a))
        .collect();
    // Stable sort keeps SPEC order within each level.
    super::sort_small_by_key(&mut ticked, |a| std::cmp::Reverse(red_flag_level(*a)));
    (ticked.first().and_then(|a| red_flag_level(*a)), ticked)
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

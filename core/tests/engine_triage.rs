//! One small story per triage rule of SPEC: each red flag on its own, each see-a-professional
//! reason on its own, self-care, and what happens to places the check does not cover.

mod engine_support;

use engine_support::check;
use painmap_core::content::Pack;
use painmap_core::engine::{emphasised_red_flags, red_flag_level, HelpReason, Outcome};
use painmap_core::vec_set::VecSet;
use painmap_core::*;
use serde_json::json;

fn top(o: &Outcome) -> Option<Condition> {
    o.top().map(|m| m.condition)
}

fn regions(list: &[&str]) -> VecSet<RegionSel> {
    list.iter().map(|r| RegionSel::parse(r).unwrap()).collect()
}

// ---- Triage: red flags, each on its own -------------------------------------------------------

const EMERGENCY_FLAGS: &[&str] = &[
    "saddle-numbness",
    "bladder-bowel-change",
    "both-legs-weak",
    "hot-red-swollen-joint",
    "chest-pain-or-breathless",
];
const URGENT_FLAGS: &[&str] = &[
    "pain-hopping-or-limping",
    "night-or-rest-pain",
    "cannot-bear-weight",
    "one-leg-weak-or-foot-drop",
    "fever-or-unwell",
    "unexplained-weight-loss",
    "swelling-after-fall-or-twist",
    "locking-or-giving-way",
    "calf-hot-swollen",
    "cancer-history",
    "fall-osteoporosis-or-steroids",
];

/// A story that would otherwise give a strong match and a full plan, so a red flag visibly takes it away.
fn strong_knee_story(flags: &[&str]) -> Outcome {
    check(
        &["knee-front.left"],
        json!({
            "red-flags": flags, "aggravators": ["downhill", "stairs", "squatting"],
            "single-leg-squat": "knee-caves-in", "duration": "under-2-weeks", "trend": "same",
            "training-impact": "none", "weeks-to-race": 8
        }),
    )
}

#[test]
fn each_emergency_flag_alone_sends_to_the_emergency_department_with_no_plan() {
    for flag in EMERGENCY_FLAGS {
        let o = strong_knee_story(&[flag]);
        assert_eq!(o.triage, Triage::Emergency, "{flag}");
        assert_eq!(o.red_flags, vec![Answer::parse(flag).unwrap()], "{flag}");
        assert!(
            o.conditions.is_empty() && o.plan.is_none() && o.factors.is_empty(),
            "{flag}: {o:?}"
        );
        assert!(o.help_reasons.is_empty() && !o.no_clear_match, "{flag}");
        assert!(o.stops_check());
    }
}

#[test]
fn each_urgent_flag_alone_stops_running_with_no_plan() {
    for flag in URGENT_FLAGS {
        let o = strong_knee_story(&[flag]);
        assert_eq!(o.triage, Triage::Urgent, "{flag}");
        assert_eq!(o.red_flags, vec![Answer::parse(flag).unwrap()], "{flag}");
        assert!(o.conditions.is_empty() && o.plan.is_none(), "{flag}: {o:?}");
        assert!(o.stops_check());
    }
}

#[test]
fn the_spec_table_is_the_whole_red_flag_list() {
    let mut levels = Vec::new();
    for a in Question::RedFlags.answers() {
        // (For a knee: with the lower back, a fever is an emergency; see safety_rules.rs.)
        levels.push((
            a.as_str(),
            red_flag_level(*a, &regions(&["knee-front.left"])),
        ));
    }
    for (a, level) in levels {
        let want = if EMERGENCY_FLAGS.contains(&a) {
            Some(Triage::Emergency)
        } else if URGENT_FLAGS.contains(&a) {
            Some(Triage::Urgent)
        } else {
            assert_eq!(a, "none");
            None
        };
        assert_eq!(level, want, "{a}");
    }
}

#[test]
fn emergency_outranks_urgent_and_lists_the_emergency_sign_first() {
    let o = strong_knee_story(&["night-or-rest-pain", "both-legs-weak", "cannot-bear-weight"]);
    assert_eq!(o.triage, Triage::Emergency);
    assert_eq!(
        o.red_flags,
        vec![
            Answer::BothLegsWeak,
            Answer::NightOrRestPain,
            Answer::CannotBearWeight
        ]
    );
}

#[test]
fn no_warning_signs_lets_the_check_go_on() {
    let o = strong_knee_story(&["none"]);
    assert_eq!(o.triage, Triage::SelfCare);
    assert!(o.red_flags.is_empty());
    assert_eq!(top(&o), Some(Condition::PatellofemoralPain));
}

#[test]
fn red_flags_apply_even_to_places_outside_the_check() {
    let o = check(
        &["foot.left"],
        json!({ "red-flags": ["cannot-bear-weight"] }),
    );
    assert_eq!(o.triage, Triage::Urgent);
    assert!(o.is_out_of_scope_only());
}

#[test]
fn the_front_of_the_hip_gets_the_fracture_questions_emphasised() {
    let hip_front = regions(&["hip-front.left"]);
    assert_eq!(
        emphasised_red_flags(&hip_front),
        &[Answer::PainHoppingOrLimping, Answer::NightOrRestPain]
    );
    let note = Pack::english()
        .red_flag_note(&hip_front)
        .expect("a note for the front of the hip");
    for word in ["hop", "limp", "night", "femoral neck"] {
        assert!(
            note.contains(word),
            "the note must ask plainly about `{word}`: {note}"
        );
    }
    assert!(emphasised_red_flags(&regions(&["knee-front.left"])).is_empty());
    assert!(Pack::english()
        .red_flag_note(&regions(&["knee-front.left"]))
        .is_none());
}

// ---- Triage: see-professional reasons, each on its own, and self-care --------------------------

/// Runner's knee with nothing that calls for help; each test changes one thing.
fn calm_knee(extra: serde_json::Value) -> Outcome {
    let mut answers = json!({
        "red-flags": ["none"], "aggravators": ["stairs"], "duration": "under-2-weeks",
        "trend": "same", "training-impact": "some", "weeks-to-race": 10
    });
    for (k, v) in extra.as_object().unwrap() {
        answers[k] = v.clone();
    }
    check(&["knee-front.right"], answers)
}

#[test]
fn none_of_the_reasons_means_self_care() {
    let o = calm_knee(json!({}));
    assert_eq!(o.triage, Triage::SelfCare);
    assert!(o.help_reasons.is_empty());
    assert!(o.plan.is_some());
}

#[test]
fn two_weeks_or_more_means_see_a_professional() {
    let o = calm_knee(json!({ "duration": "2-weeks-plus" }));
    assert_eq!(
        (o.triage, o.help_reasons),
        (Triage::SeeProfessional, vec![HelpReason::TwoWeeksPlus])
    );
}

#[test]
fn getting_worse_means_see_a_professional() {
    let o = calm_knee(json!({ "trend": "worse" }));
    assert_eq!(
        (o.triage, o.help_reasons),
        (Triage::SeeProfessional, vec![HelpReason::GettingWorse])
    );
}

#[test]
fn significant_training_impact_means_see_a_professional() {
    let o = calm_knee(json!({ "training-impact": "significant" }));
    assert_eq!(
        (o.triage, o.help_reasons),
        (Triage::SeeProfessional, vec![HelpReason::TrainingLimited])
    );
}

#[test]
fn rest_and_strength_work_without_improvement_means_see_a_professional() {
    let o = calm_knee(
        json!({ "self-care-tried": ["rest", "strength-work"], "self-care-result": "no-help" }),
    );
    assert_eq!(
        (o.triage, o.help_reasons),
        (Triage::SeeProfessional, vec![HelpReason::SelfCareNoHelp])
    );
    // Having tried nothing, "it didn't help" says nothing.
    let o = calm_knee(json!({ "self-care-tried": ["nothing"], "self-care-result": "no-help" }));
    assert_eq!(o.triage, Triage::SelfCare);
    // What helped is no reason to book.
    let o = calm_knee(json!({ "self-care-tried": ["rest"], "self-care-result": "helped" }));
    assert_eq!(o.triage, Triage::SelfCare);
}

#[test]
fn a_spine_origin_match_means_see_a_professional_with_proactive_care() {
    let o = check(
        &["hip-front.left"],
        json!({ "red-flags": ["none"], "duration": "under-2-weeks", "trend": "better", "training-impact": "none" }),
    );
    assert_eq!(o.top().map(|m| m.origin), Some(Origin::Spine));
    assert_eq!(
        (o.triage, o.help_reasons.clone()),
        // Hip joint pain is among the matches at the front of the hip: an examination too.
        (
            Triage::SeeProfessional,
            vec![HelpReason::SpineOrigin, HelpReason::NeedsExamination]
        )
    );
    let plan = o.plan.expect("a plan for meanwhile");
    assert!(plan.spine_care && !plan.knee_timeline);
    assert!(plan
        .exercises
        .iter()
        .any(|e| e.exercise == Exercise::RollerMassage));
}

/// SPEC: hip pain from the lower back sends to a clinician when it comes first. Second, behind the
/// outer hip tendon, it is one possibility among the results, not a reason to book on its own.
#[test]
fn a_spine_origin_second_is_no_reason_to_book_by_itself() {
    let o = check(
        &["hip-outer.left"],
        json!({ "red-flags": ["none"], "duration": "under-2-weeks", "trend": "better", "training-impact": "none" }),
    );
    assert_eq!(
        o.top().map(|m| m.condition),
        Some(Condition::GlutealTendinopathy)
    );
    assert!(o
        .conditions
        .iter()
        .any(|m| m.condition == Condition::LumbarReferredHipPain));
    assert_eq!(
        (o.triage, o.help_reasons.clone()),
        (Triage::SelfCare, vec![])
    );
}

#[test]
fn all_reasons_are_listed_together_in_order() {
    let o = check(
        &["hip-front.left", "shin.left"],
        json!({
            "red-flags": ["none"],
            "duration": "2-weeks-plus", "trend": "worse", "training-impact": "significant",
            "self-care-tried": ["glute-activation"], "self-care-result": "no-help"
        }),
    );
    assert_eq!(
        o.help_reasons,
        vec![
            HelpReason::TwoWeeksPlus,
            HelpReason::GettingWorse,
            HelpReason::TrainingLimited,
            HelpReason::SelfCareNoHelp,
            HelpReason::SpineOrigin,
            HelpReason::NeedsExamination,
            HelpReason::OutOfScope
        ]
    );
}

// ---- Scope ---------------------------------------------------------------------------------------

#[test]
fn every_out_of_scope_place_alone_gives_the_out_of_scope_result_never_a_guess() {
    for region in Region::ALL.iter().filter(|r| !r.in_scope()) {
        let sel = format!("{region}.left");
        let o = check(
            &[&sel],
            json!({ "red-flags": ["none"], "aggravators": ["downhill"], "single-leg-squat": "knee-caves-in" }),
        );
        assert!(o.is_out_of_scope_only(), "{sel}");
        assert!(
            o.conditions.is_empty() && o.plan.is_none() && o.factors.is_empty(),
            "{sel}: {o:?}"
        );
        assert_eq!(
            (o.triage, o.help_reasons.clone()),
            (Triage::SeeProfessional, vec![HelpReason::OutOfScope]),
            "{sel}"
        );
        assert!(!o.no_clear_match);
    }
}

#[test]
fn mixed_places_evaluate_the_covered_ones_and_list_the_rest() {
    let o = check(
        &["knee-outer.left", "calf-achilles.left", "ankle.right"],
        json!({ "pain-timing": "builds-miles-in" }),
    );
    assert_eq!(top(&o), Some(Condition::ItBandSyndrome));
    assert_eq!(
        o.in_scope,
        vec![RegionSel::parse("knee-outer.left").unwrap()]
    );
    assert_eq!(o.out_of_scope.len(), 2);
    assert!(!o.is_out_of_scope_only());
    assert!(o.help_reasons.contains(&HelpReason::OutOfScope));
}

#[test]
fn no_place_picked_is_no_clear_match_not_a_guess() {
    let o = check(
        &[],
        json!({ "red-flags": ["none"], "aggravators": ["stairs"] }),
    );
    assert!(o.no_clear_match && o.conditions.is_empty() && o.plan.is_none());
    assert_eq!(o.help_reasons, vec![HelpReason::NoClearMatch]);
}

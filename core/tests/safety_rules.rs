//! SPEC v2's safety rules in the engine, one story each, named after the rule (the flow's rules,
//! such as no skipping, are in `safety_flow.rs`): the new emergency and urgent signs, the bone-stress screen and its caution, the signs offered only
//! where they apply, the corrected texts that carry safety, and pain-monitored plans.

mod engine_support;

use engine_support::check;
use painmap_core::content::{Pack, Source};
use painmap_core::engine::{questions_for, red_flags_offered, Caution, HelpReason, Outcome};
use painmap_core::vec_set::VecSet;
use painmap_core::*;
use serde_json::json;

fn regions(list: &[&str]) -> VecSet<RegionSel> {
    list.iter().map(|r| RegionSel::parse(r).unwrap()).collect()
}

const BONE_STRESS_PLACES: &[&str] = &[
    "hip-front.left",
    "groin.right",
    "buttock-si.left",
    "thigh-outer.right",
    "shin.left",
];

/// A calm check that would be self-care, at `place`, with `extra` answers on top.
fn calm(place: &str, extra: serde_json::Value) -> Outcome {
    let mut answers = json!({
        "red-flags": ["none"], "pain-quality": "dull-ache", "duration": "under-2-weeks",
        "trend": "better", "training-impact": "none", "weeks-to-race": 12
    });
    for (k, v) in extra.as_object().unwrap() {
        answers[k] = v.clone();
    }
    check(&[place], answers)
}

// ---- No skipping (engine side; the flow is in safety_flow.rs) ----------------------------------

#[test]
fn no_skipping_unanswered_warning_signs_are_never_self_care() {
    // The engine on its own (a hand-made input): everything else says self-care.
    let o = check(
        &["knee-front.left"],
        json!({ "pain-quality": "dull-ache", "duration": "under-2-weeks", "trend": "better",
                "training-impact": "none", "weeks-to-race": 12 }),
    );
    assert_eq!(o.triage, Triage::SeeProfessional);
    assert_eq!(o.help_reasons[0], HelpReason::WarningSignsUnanswered);
    // The same with "none" ticked is self-care, so the signs alone made the difference.
    assert_eq!(calm("knee-front.left", json!({})).triage, Triage::SelfCare);
}

// ---- Emergency and urgent signs (v2) -------------------------------------------------------------

#[test]
fn emergency_hot_red_swollen_joint() {
    let o = calm(
        "knee-front.right",
        json!({ "red-flags": ["hot-red-swollen-joint"] }),
    );
    assert_eq!(o.triage, Triage::Emergency);
    assert!(o.conditions.is_empty() && o.plan.is_none());
}

#[test]
fn emergency_chest_pain_or_breathless() {
    let o = calm(
        "calf-achilles.left",
        json!({ "red-flags": ["chest-pain-or-breathless"] }),
    );
    assert_eq!(o.triage, Triage::Emergency);
    assert!(o.plan.is_none());
}

#[test]
fn emergency_fever_or_unwell_with_the_lower_back_picked() {
    let back = calm(
        "lower-back.center",
        json!({ "red-flags": ["fever-or-unwell"] }),
    );
    assert_eq!(back.triage, Triage::Emergency, "a spinal infection");
    let knee = calm(
        "knee-front.left",
        json!({ "red-flags": ["fever-or-unwell"] }),
    );
    assert_eq!(knee.triage, Triage::Urgent, "elsewhere it stays urgent");
    let both = check(
        &["knee-front.left", "lower-back.center"],
        json!({ "red-flags": ["fever-or-unwell"] }),
    );
    assert_eq!(both.triage, Triage::Emergency);
}

#[test]
fn urgent_calf_hot_swollen_cancer_history_fall_osteoporosis_or_steroids() {
    for sign in [
        "calf-hot-swollen",
        "cancer-history",
        "fall-osteoporosis-or-steroids",
    ] {
        let o = calm("lower-back.center", json!({ "red-flags": [sign] }));
        assert_eq!(o.triage, Triage::Urgent, "{sign}");
        assert_eq!(o.red_flags, vec![Answer::parse(sign).unwrap()]);
        assert!(o.conditions.is_empty() && o.plan.is_none(), "{sign}");
    }
}

#[test]
fn urgent_bone_stress_walking_or_rest_pain_at_a_bone_stress_place() {
    for place in BONE_STRESS_PLACES {
        let o = calm(place, json!({ "pain-timing": "walking-or-rest" }));
        assert_eq!(o.triage, Triage::Urgent, "{place}");
        assert_eq!(o.red_flags, vec![Answer::WalkingOrRest], "{place}");
        assert!(
            o.bone_stress_advice,
            "{place}: walk only as far as you must"
        );
        assert!(o.conditions.is_empty() && o.plan.is_none(), "{place}");
    }
    // Elsewhere, pain when walking is not a bone-stress sign on its own.
    let knee = calm(
        "knee-front.left",
        json!({ "pain-timing": "walking-or-rest" }),
    );
    assert!(knee.triage < Triage::Urgent);
    assert!(knee.red_flags.is_empty());
}

#[test]
fn urgent_bone_stress_adds_how_to_move_until_seen() {
    let hop = calm(
        "hip-front.left",
        json!({ "red-flags": ["pain-hopping-or-limping"] }),
    );
    assert!(hop.bone_stress_advice);
    let no_weight = calm("shin.left", json!({ "red-flags": ["cannot-bear-weight"] }));
    assert!(no_weight.bone_stress_advice);
    // A knee that locks is urgent, but not a bone-stress story.
    let lock = calm(
        "knee-front.left",
        json!({ "red-flags": ["locking-or-giving-way"] }),
    );
    assert_eq!(lock.triage, Triage::Urgent);
    assert!(!lock.bone_stress_advice);
    let pack = Pack::english();
    assert!(matches!(pack.bone_stress_advice.source, Source::G(_)));
    assert!(pack
        .bone_stress_advice
        .text
        .to_lowercase()
        .contains("crutch"));
}

#[test]
fn cannot_bear_weight_explains_itself_without_an_injury_too() {
    let reason = Pack::english()
        .red_flag(Answer::CannotBearWeight)
        .expect("explained");
    let Source::G(src) = &reason.source else {
        panic!("a guideline source")
    };
    assert!(src.contains("Ottawa"), "{src}");
    assert!(
        src.contains("Warden"),
        "{src}: the no-injury case is bone stress"
    );
}

// ---- Bone-stress caution --------------------------------------------------------------------------

#[test]
fn bone_stress_caution_with_a_distance_jump_or_weeks_4_to_6_whatever_the_triage() {
    for place in BONE_STRESS_PLACES {
        for extra in [
            json!({ "volume-jump": "yes" }),
            json!({ "build-week": "weeks-4-6" }),
        ] {
            let o = calm(place, extra.clone());
            assert_eq!(o.cautions, vec![Caution::BoneStress], "{place} {extra}");
        }
    }
    // With a self-care result and with an urgent one alike.
    let self_care = calm("hip-front.left", json!({ "volume-jump": "yes" }));
    assert_eq!(self_care.cautions, vec![Caution::BoneStress]);
    let urgent = calm(
        "groin.left",
        json!({ "volume-jump": "yes", "pain-timing": "walking-or-rest" }),
    );
    assert_eq!(urgent.triage, Triage::Urgent);
    assert_eq!(urgent.cautions, vec![Caution::BoneStress]);
}

#[test]
fn bone_stress_caution_needs_a_bone_stress_place_and_a_trigger() {
    assert!(calm("hip-front.left", json!({ "volume-jump": "no" }))
        .cautions
        .is_empty());
    assert!(
        calm("hip-front.left", json!({ "build-week": "weeks-7-plus" }))
            .cautions
            .is_empty()
    );
    assert!(calm("knee-front.left", json!({ "volume-jump": "yes" }))
        .cautions
        .is_empty());
    assert!(calm("hip-outer.left", json!({ "build-week": "weeks-4-6" }))
        .cautions
        .is_empty());
}

#[test]
fn bone_stress_caution_with_a_bone_risk_answer_is_at_least_see_professional() {
    for risk in ["past-stress-fracture", "periods-stopped", "under-fuelling"] {
        let o = calm(
            "thigh-outer.left",
            json!({ "volume-jump": "yes", "bone-risk": [risk] }),
        );
        assert_eq!(o.triage, Triage::SeeProfessional, "{risk}");
        assert!(
            o.help_reasons.contains(&HelpReason::BoneStressRisk),
            "{risk}"
        );
    }
    // "None" is not a risk; and a risk without the caution's trigger changes nothing.
    let none = calm(
        "thigh-outer.left",
        json!({ "volume-jump": "yes", "bone-risk": ["none"] }),
    );
    assert_eq!(none.triage, Triage::SelfCare);
    let no_trigger = calm(
        "thigh-outer.left",
        json!({ "volume-jump": "no", "bone-risk": ["periods-stopped"] }),
    );
    assert_eq!(no_trigger.triage, Triage::SelfCare);
    // Out of scope (the shin) too: the reason is listed with the out-of-scope one.
    let shin = calm(
        "shin.left",
        json!({ "build-week": "weeks-4-6", "bone-risk": ["under-fuelling"] }),
    );
    assert_eq!(shin.triage, Triage::SeeProfessional);
    assert_eq!(
        shin.help_reasons,
        vec![HelpReason::BoneStressRisk, HelpReason::OutOfScope]
    );
}

#[test]
fn bone_stress_screen_is_asked_for_every_bone_stress_place_in_scope_or_not() {
    for place in BONE_STRESS_PLACES {
        let qs = questions_for(&regions(&[place]), Pack::english());
        for q in [
            Question::RedFlags,
            Question::PainTiming,
            Question::BuildWeek,
            Question::VolumeJump,
            Question::BoneRisk,
        ] {
            assert!(qs.contains(&q), "{place}: {q}");
        }
    }
    assert!(
        !questions_for(&regions(&["knee-front.left"]), Pack::english())
            .contains(&Question::BoneRisk)
    );
    assert_eq!(
        questions_for(&regions(&["foot.left"]), Pack::english()),
        vec![Question::RedFlags],
        "warning signs still asked for out-of-scope places"
    );
}

// ---- Offered where they apply -----------------------------------------------------------------

#[test]
fn hopping_is_offered_only_where_bone_stress_hides() {
    for place in BONE_STRESS_PLACES {
        assert!(
            red_flags_offered(&regions(&[place])).contains(&Answer::PainHoppingOrLimping),
            "{place}"
        );
    }
    for place in [
        "knee-below-kneecap.left",
        "hip-outer.left",
        "lower-back.center",
    ] {
        assert!(
            !red_flags_offered(&regions(&[place])).contains(&Answer::PainHoppingOrLimping),
            "{place}: hop pain is typical of knee tendon pain"
        );
    }
}

#[test]
fn locking_is_offered_only_with_a_knee() {
    for place in [
        "knee-front.left",
        "knee-outer.right",
        "knee-inner.left",
        "knee-back.left",
    ] {
        assert!(red_flags_offered(&regions(&[place])).contains(&Answer::LockingOrGivingWay));
    }
    for place in ["hip-front.left", "lower-back.center", "shin.left"] {
        assert!(!red_flags_offered(&regions(&[place])).contains(&Answer::LockingOrGivingWay));
    }
    // Every other sign, and "None of these", is always offered.
    let offered = red_flags_offered(&regions(&["lower-back.center"]));
    for a in Question::RedFlags.answers() {
        if !matches!(a, Answer::PainHoppingOrLimping | Answer::LockingOrGivingWay) {
            assert!(offered.contains(a), "{a}");
        }
    }
}

#[test]
fn a_ticked_sign_counts_even_where_it_is_not_offered() {
    // A share link may carry it: nothing softens a warning sign.
    let o = calm(
        "knee-front.left",
        json!({ "red-flags": ["pain-hopping-or-limping"] }),
    );
    assert_eq!(o.triage, Triage::Urgent);
}

#[test]
fn night_or_rest_pain_is_worded_narrowly() {
    let label = Pack::english()
        .answer_label(Question::RedFlags, Answer::NightOrRestPain)
        .to_lowercase();
    assert!(
        label.contains("position"),
        "whatever position you lie in: {label}"
    );
    assert!(
        label.contains("sitting"),
        "not an ache after sitting: {label}"
    );
}

// ---- Corrected texts and plans ----------------------------------------------------------------------

#[test]
fn spine_matches_get_active_exercise_not_massage_alone() {
    let o = check(
        &["hip-outer.right"],
        json!({ "red-flags": ["none"], "pain-quality": "deep-ache", "build-week": "weeks-4-6",
                "volume-jump": "yes" }),
    );
    assert_eq!(o.top().map(|m| m.origin), Some(Origin::Spine));
    let ex: Vec<Exercise> = o.exercises().collect();
    assert_eq!(ex.first(), Some(&Exercise::BirdDog), "{ex:?}");
    let si = check(&["buttock-si.left"], json!({ "red-flags": ["none"] }));
    assert!(si.exercises().any(|e| e == Exercise::BirdDog));
}

#[test]
fn spine_origin_reason_puts_exercise_first() {
    let note = Pack::english()
        .help_reason(HelpReason::SpineOrigin)
        .expect("text");
    assert!(
        note.text.to_lowercase().contains("exercise"),
        "{}",
        note.text
    );
    assert!(matches!(&note.source, Some(Source::G(g)) if g.contains("NG59")));
}

#[test]
fn roller_massage_stays_beside_the_spine_and_off_the_outer_hip_bone() {
    let e = Pack::english().exercise(Exercise::RollerMassage).unwrap();
    let all: String = e
        .steps
        .iter()
        .chain(e.cues.iter())
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(all.contains("beside"), "{all}");
    assert!(all.contains("never on"), "{all}");
    assert!(all.contains("bony point of the outer hip"), "{all}");
}

#[test]
fn pain_monitoring_comes_with_every_plan_and_cites_its_trial() {
    let p = &Pack::english().plan.pain_monitoring;
    assert!(p.text.contains("3"), "{}", p.text);
    assert!(matches!(&p.source, Source::G(g) if g.contains("Silbernagel")));
    for e in [Exercise::DownhillTechnique, Exercise::SingleLegSquat] {
        let harder = &Pack::english().exercise(e).unwrap().harder;
        assert!(
            harder.contains("3"),
            "{e}: progress only under the pain rule: {harder}"
        );
    }
}

#[test]
fn knee_timeline_only_from_six_weeks_out_or_with_no_race() {
    let at = |weeks: serde_json::Value| {
        calm(
            "knee-front.left",
            json!({ "weeks-to-race": weeks, "aggravators": ["stairs"] }),
        )
        .plan
        .expect("a plan")
        .knee_timeline
    };
    assert!(at(json!(6)));
    assert!(at(json!(12)));
    assert!(at(json!("no-race")));
    assert!(!at(json!(5)));
    assert!(!at(json!(2)));
}

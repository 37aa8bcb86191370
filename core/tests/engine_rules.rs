//! One small story per rule of SPEC (and per red flag on its own), through the same helper as the
//! shared vignettes. Each test names the rule it pins down; a bug found later becomes a named case
//! here.

mod engine_support;

use engine_support::check;
use painmap_core::content::{Pack, Source};
use painmap_core::engine::{
    emphasised_red_flags, evaluate, questions_for, red_flag_level, Because, HelpReason, Outcome,
    Strength,
};
use painmap_core::vec_set::VecSet;
use painmap_core::*;
use serde_json::json;

fn top(o: &Outcome) -> Option<Condition> {
    o.top().map(|m| m.condition)
}

fn conditions(o: &Outcome) -> Vec<Condition> {
    o.conditions.iter().map(|m| m.condition).collect()
}

fn factors(o: &Outcome) -> Vec<Factor> {
    o.factors.iter().map(|f| f.factor).collect()
}

fn exercises(o: &Outcome) -> Vec<Exercise> {
    o.exercises().collect()
}

fn regions(list: &[&str]) -> VecSet<RegionSel> {
    list.iter().map(|r| RegionSel::parse(r).unwrap()).collect()
}

fn evidence_rules(o: &Outcome, c: Condition) -> Vec<(String, i32)> {
    o.conditions
        .iter()
        .find(|m| m.condition == c)
        .map(|m| {
            m.evidence
                .iter()
                .map(|e| (e.rule.to_string(), e.weight))
                .collect()
        })
        .unwrap_or_default()
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
        &["hip-outer.left"],
        json!({ "red-flags": ["none"], "duration": "under-2-weeks", "trend": "better", "training-impact": "none" }),
    );
    assert_eq!(o.top().map(|m| m.origin), Some(Origin::Spine));
    assert_eq!(
        (o.triage, o.help_reasons.clone()),
        (Triage::SeeProfessional, vec![HelpReason::SpineOrigin])
    );
    let plan = o.plan.expect("a plan for meanwhile");
    assert!(plan.spine_care && !plan.knee_timeline);
    assert!(plan
        .exercises
        .iter()
        .any(|e| e.exercise == Exercise::RollerMassage));
}

#[test]
fn all_reasons_are_listed_together_in_order() {
    let o = check(
        &["hip-outer.left", "shin.left"],
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

// ---- Ranking from the region alone (SPEC "what the sources say") --------------------------------

#[test]
fn a_region_alone_gives_the_ranking_the_sources_give() {
    let cases: &[(&str, Condition)] = &[
        // K: the most common knee pain in marathon runners.
        ("knee-front.left", Condition::PatellofemoralPain),
        // K: patellar tendon, just below the kneecap.
        ("knee-below-kneecap.left", Condition::AnteriorKneeOverload),
        // K: the IT band, outside of the knee and along the thigh.
        ("knee-outer.right", Condition::ItBandSyndrome),
        ("thigh-outer.right", Condition::ItBandSyndrome),
        // H: outer hip and front pocket from the lower back; the SI joint at the buttock.
        ("hip-outer.left", Condition::LumbarReferredHipPain),
        ("hip-front.left", Condition::LumbarReferredHipPain),
        ("buttock-si.right", Condition::SiJointDysfunction),
    ];
    for (region, want) in cases {
        let o = check(&[region], json!({}));
        assert_eq!(top(&o), Some(*want), "{region}: {:?}", conditions(&o));
        assert_eq!(
            o.top().unwrap().strength,
            Strength::Possible,
            "{region}: a place alone is only a possibility"
        );
        assert_eq!(
            o.top().unwrap().evidence.len(),
            1,
            "{region}: the place is the only evidence"
        );
    }
    let o = check(&["lower-back.center"], json!({}));
    assert!(
        o.conditions.iter().all(|m| m.origin == Origin::Spine),
        "{:?}",
        conditions(&o)
    );
    assert!(!o.conditions.is_empty());
}

#[test]
fn knee_places_never_suggest_a_spine_condition_and_hip_places_never_a_knee_one() {
    let knee = check(
        &[
            "knee-front.left",
            "knee-outer.left",
            "knee-below-kneecap.left",
        ],
        json!({}),
    );
    assert!(
        knee.conditions.iter().all(|m| m.origin == Origin::Hip),
        "{:?}",
        conditions(&knee)
    );
    let hip = check(
        &["hip-outer.left", "buttock-si.left", "lower-back.center"],
        json!({}),
    );
    assert!(
        hip.conditions.iter().all(|m| m.origin == Origin::Spine),
        "{:?}",
        conditions(&hip)
    );
}

#[test]
fn the_same_place_on_both_sides_counts_once_and_both_sides_are_sites() {
    let one = check(&["knee-front.left"], json!({ "aggravators": ["stairs"] }));
    let both = check(
        &["knee-front.left", "knee-front.right"],
        json!({ "aggravators": ["stairs"] }),
    );
    assert_eq!(one.top().unwrap().score, both.top().unwrap().score);
    assert_eq!(both.top().unwrap().sites.len(), 2);
}

// ---- Answers raise and lower, with evidence; unsure counts for nothing --------------------------

#[test]
fn each_it_band_sign_raises_it_with_its_sentence() {
    let o = check(
        &["knee-outer.right"],
        json!({ "pain-quality": "sharp", "pain-timing": "builds-miles-in", "forced-stop": "yes",
                "rest-response": "eases-then-returns", "single-leg-squat": "hip-drops" }),
    );
    let ev = evidence_rules(&o, Condition::ItBandSyndrome);
    for rule in [
        "itbs.region.knee-outer",
        "itbs.sharp",
        "itbs.builds-miles-in",
        "itbs.forced-stop",
        "itbs.eases-then-returns",
        "itbs.hip-drops",
    ] {
        assert!(
            ev.iter().any(|(r, w)| r == rule && *w > 0),
            "{rule} missing from {ev:?}"
        );
        let text = Pack::english().evidence_text(rule);
        assert_ne!(text, rule, "{rule} has a sentence");
    }
    assert_eq!(o.top().unwrap().strength, Strength::Strong);
    assert!(Pack::english()
        .evidence_text("itbs.builds-miles-in")
        .contains("into a run"));
}

#[test]
fn answers_that_argue_against_a_condition_lower_it_and_say_so() {
    let plain = check(&["knee-outer.left"], json!({ "pain-quality": "sharp" }));
    let against = check(
        &["knee-outer.left"],
        json!({ "pain-quality": "sharp", "rest-response": "no-change", "single-leg-squat": "stays-aligned" }),
    );
    assert!(against.top().unwrap().score < plain.top().unwrap().score);
    let lowered: Vec<_> = against
        .top()
        .unwrap()
        .evidence
        .iter()
        .filter(|e| !e.raised())
        .map(|e| &*e.rule)
        .collect();
    assert_eq!(lowered, vec!["itbs.no-change", "itbs.stays-aligned"]);
}

#[test]
fn unsure_counts_for_nothing() {
    let places = [
        "knee-front.left",
        "knee-outer.left",
        "hip-outer.left",
        "lower-back.center",
    ];
    let mut all_unsure = json!({});
    for q in Question::ALL
        .iter()
        .filter(|q| q.kind() == QuestionKind::Single)
    {
        all_unsure[q.as_str()] = json!("unsure");
    }
    let silent = check(&places, json!({}));
    let unsure = check(&places, all_unsure);
    assert_eq!(silent, unsure);
}

#[test]
fn when_nothing_fits_the_check_says_no_clear_match() {
    // Outside of the thigh (IT band, weakly) but the answers argue against it.
    let o = check(
        &["thigh-outer.left"],
        json!({ "red-flags": ["none"], "rest-response": "no-change", "single-leg-squat": "stays-aligned" }),
    );
    assert!(
        o.no_clear_match && o.conditions.is_empty() && o.plan.is_none(),
        "{o:?}"
    );
    assert_eq!(
        (o.triage, o.help_reasons),
        (Triage::SeeProfessional, vec![HelpReason::NoClearMatch])
    );
}

#[test]
fn lumbar_timing_and_failed_hip_care_point_to_the_lower_back() {
    let o = check(
        &["hip-front.right"],
        json!({ "red-flags": ["none"], "pain-quality": "deep-ache", "build-week": "weeks-4-6", "volume-jump": "yes",
                "self-care-tried": ["hip-flexor-stretching"], "self-care-result": "no-help" }),
    );
    assert_eq!(top(&o), Some(Condition::LumbarReferredHipPain));
    let ev = evidence_rules(&o, Condition::LumbarReferredHipPain);
    assert!(ev.iter().any(|(r, _)| r == "lumbar.stretching-no-help"));
    assert!(
        !ev.iter().any(|(r, _)| r == "lumbar.glutes-no-help"),
        "glute activation was not tried"
    );
    // Not building: the trigger H names is missing, so the spine cause drops.
    let calm = check(
        &["hip-front.right"],
        json!({ "build-week": "not-building", "volume-jump": "no" }),
    );
    assert!(calm
        .conditions
        .iter()
        .all(|m| m.score < o.top().unwrap().score));
}

#[test]
fn front_of_knee_overload_beats_runners_knee_when_mileage_is_the_trigger() {
    let o = check(
        &["knee-front.left"],
        json!({ "aggravators": ["more-mileage-or-speed"], "rest-response": "eases-then-returns" }),
    );
    assert_eq!(top(&o), Some(Condition::AnteriorKneeOverload));
    let o = check(
        &["knee-front.left"],
        json!({ "aggravators": ["stairs", "squatting"] }),
    );
    assert_eq!(top(&o), Some(Condition::PatellofemoralPain));
}

// ---- Origin and factors --------------------------------------------------------------------------

#[test]
fn each_condition_has_the_origin_spec_gives_it() {
    let spec = [
        (Condition::PatellofemoralPain, Origin::Hip),
        (Condition::ItBandSyndrome, Origin::Hip),
        (Condition::AnteriorKneeOverload, Origin::Hip),
        (Condition::LumbarReferredHipPain, Origin::Spine),
        (Condition::SiJointDysfunction, Origin::Spine),
    ];
    for (c, origin) in spec {
        let content = Pack::english().condition(c).unwrap();
        assert_eq!(content.origin, origin, "{c}");
        assert!(
            content.chain.len() >= 3,
            "{c}: the chain runs start -> mechanism -> pain"
        );
        assert!(
            content.chain.last().unwrap().at.is_some(),
            "{c}: the chain ends at a place on the map"
        );
    }
}

#[test]
fn answers_reveal_the_factors_the_sources_name() {
    let cases: &[(&str, serde_json::Value, &[Factor])] = &[
        (
            "knee-below-kneecap.left",
            json!({ "sitting-hours": "over-8" }),
            &[Factor::TightHipFlexors, Factor::ProlongedSitting],
        ),
        (
            "hip-outer.left",
            json!({ "volume-jump": "yes" }),
            &[Factor::MileageBuild, Factor::LumbarCompression],
        ),
        (
            "hip-outer.left",
            json!({ "build-week": "weeks-4-6" }),
            &[Factor::MileageBuild, Factor::LumbarCompression],
        ),
        (
            "knee-front.left",
            json!({ "aggravators": ["more-mileage-or-speed"] }),
            &[Factor::MileageBuild],
        ),
        (
            "knee-front.left",
            json!({ "aggravators": ["downhill"] }),
            &[Factor::DownhillRunning],
        ),
        (
            "knee-front.left",
            json!({ "single-leg-squat": "knee-caves-in" }),
            &[Factor::WeakHips],
        ),
        (
            "knee-outer.left",
            json!({ "single-leg-squat": "hip-drops" }),
            &[Factor::WeakHips, Factor::WeakCore],
        ),
        (
            "knee-front.left",
            json!({ "sitting-hours": "4-to-8", "single-leg-squat": "stays-aligned" }),
            &[],
        ),
        ("lower-back.center", json!({}), &[Factor::LumbarCompression]),
    ];
    for (region, answers, want) in cases {
        let o = check(&[region], answers.clone());
        assert_eq!(factors(&o), want.to_vec(), "{region} {answers}");
        for f in &o.factors {
            assert!(
                !f.rules.is_empty()
                    && f.rules
                        .iter()
                        .all(|r| Pack::english().factor_rule(r).is_some())
            );
        }
    }
}

// ---- Plan ----------------------------------------------------------------------------------------

#[test]
fn weeks_to_race_picks_the_schedule() {
    let kind = |weeks: serde_json::Value| {
        let mut a = json!({});
        if !weeks.is_null() {
            a["weeks-to-race"] = weeks;
        }
        check(&["knee-front.left"], a).plan.unwrap().kind
    };
    assert_eq!(kind(json!(0)), PlanKind::Maintenance);
    assert_eq!(kind(json!(4)), PlanKind::Maintenance);
    assert_eq!(kind(json!(5)), PlanKind::Build);
    assert_eq!(kind(json!(52)), PlanKind::Build);
    assert_eq!(kind(json!("no-race")), PlanKind::Build);
    assert_eq!(kind(serde_json::Value::Null), PlanKind::Build);
}

#[test]
fn downhill_technique_only_when_downhill_hurts() {
    let with = check(&["knee-front.left"], json!({ "aggravators": ["downhill"] }));
    let plan = with.plan.as_ref().unwrap();
    let dt = plan
        .exercises
        .iter()
        .find(|e| e.exercise == Exercise::DownhillTechnique)
        .expect("downhill technique");
    assert_eq!(dt.because, vec![Because::Factor(Factor::DownhillRunning)]);
    let without = check(&["knee-front.left"], json!({ "aggravators": ["stairs"] }));
    assert!(!exercises(&without).contains(&Exercise::DownhillTechnique));
}

#[test]
fn exercises_are_deduplicated_in_the_top_conditions_order_with_every_reason() {
    let o = check(
        &["knee-front.left"],
        json!({ "aggravators": ["stairs", "downhill"], "single-leg-squat": "knee-caves-in" }),
    );
    let list = exercises(&o);
    let unique: VecSet<_> = list.iter().collect();
    assert_eq!(unique.len(), list.len(), "no repeats: {list:?}");
    let pfp = &Pack::english()
        .condition(Condition::PatellofemoralPain)
        .unwrap()
        .exercises;
    assert_eq!(
        &list[..pfp.len()],
        &pfp[..],
        "the top match's exercises come first, in its order"
    );
    let rdl = o
        .plan
        .as_ref()
        .unwrap()
        .exercises
        .iter()
        .find(|e| e.exercise == Exercise::SingleLegRdl)
        .unwrap();
    assert!(rdl
        .because
        .contains(&Because::Condition(Condition::PatellofemoralPain)));
    assert!(rdl.because.contains(&Because::Factor(Factor::WeakHips)));
}

#[test]
fn knee_matches_carry_the_eight_week_note_and_spine_matches_the_proactive_care() {
    let knee = check(&["knee-outer.left"], json!({ "weeks-to-race": 8 }))
        .plan
        .unwrap();
    assert!(knee.knee_timeline && !knee.spine_care);
    let back = check(&["lower-back.center"], json!({})).plan.unwrap();
    assert!(back.spine_care && !back.knee_timeline);
}

// ---- Questions -----------------------------------------------------------------------------------

#[test]
fn red_flags_come_first_and_only_relevant_questions_follow() {
    use Question::*;
    let q = |r: &[&str]| questions_for(&regions(r), Pack::english());
    let always = [
        RedFlags,
        PainQuality,
        SelfCareTried,
        SelfCareResult,
        Duration,
        Trend,
        TrainingImpact,
        WeeksToRace,
    ];
    for picked in [
        &["knee-front.left"][..],
        &["knee-outer.left"],
        &["hip-front.right"],
        &["lower-back.center"],
        &["buttock-si.left"],
    ] {
        let asked = q(picked);
        assert_eq!(asked[0], RedFlags, "{picked:?}");
        for a in always {
            assert!(asked.contains(&a), "{picked:?} must ask {a}");
        }
        let order: Vec<usize> = asked
            .iter()
            .map(|x| Question::ALL.iter().position(|y| y == x).unwrap())
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{picked:?}: in order, no repeats"
        );
    }
    let knee = q(&["knee-front.left"]);
    for want in [
        Aggravators,
        SingleLegSquat,
        SittingHours,
        PainTiming,
        RestResponse,
    ] {
        assert!(knee.contains(&want), "front of knee asks {want}");
    }
    assert!(
        !knee.contains(&BuildWeek) && !knee.contains(&VolumeJump),
        "{knee:?}"
    );
    let outer = q(&["knee-outer.left"]);
    assert!(outer.contains(&ForcedStop) && outer.contains(&PainTiming));
    let back = q(&["lower-back.center"]);
    for unwanted in [SittingHours, SingleLegSquat, ForcedStop, Aggravators] {
        assert!(
            !back.contains(&unwanted),
            "lower back does not ask {unwanted}"
        );
    }
    let hip = q(&["hip-outer.left"]);
    assert!(hip.contains(&BuildWeek) && hip.contains(&VolumeJump));
    assert_eq!(q(&["foot.left", "ankle.right"]), vec![RedFlags]);
    // The shin is where bone stress hides: its screen is asked though the check does not cover it.
    assert_eq!(
        q(&["foot.left", "shin.right"]),
        vec![RedFlags, PainTiming, BuildWeek, VolumeJump, BoneRisk]
    );
    assert_eq!(q(&[]), vec![RedFlags]);
}

#[test]
fn a_question_the_flow_skips_could_not_have_changed_the_result() {
    // Answering a question not asked for these places leaves the outcome as it was (factors aside,
    // which any answer may reveal).
    for picked in [
        &["knee-front.left"][..],
        &["lower-back.center"],
        &["knee-outer.right"],
        &["hip-outer.left"],
    ] {
        let asked = questions_for(&regions(picked), Pack::english());
        let base = check(picked, json!({}));
        for q in Question::ALL.iter().filter(|q| !asked.contains(q)) {
            for a in q.answers().iter().filter(|a| **a != Answer::Unsure) {
                let value = if q.kind() == QuestionKind::Multi {
                    json!([a.as_str()])
                } else {
                    json!(a.as_str())
                };
                let mut ans = json!({});
                ans[q.as_str()] = value;
                let o = check(picked, ans);
                assert_eq!(o.conditions, base.conditions, "{picked:?}: {q}={a}");
                assert_eq!(o.triage, base.triage, "{picked:?}: {q}={a}");
            }
        }
    }
}

// ---- Content facts and sources --------------------------------------------------------------------

#[test]
fn figures_match_the_seeds() {
    let p = Pack::english();
    let dose = |e: Exercise| p.exercise(e).unwrap().dose.text.clone();
    assert!(dose(Exercise::SingleLegRdl).contains("3 sets of 20-30"));
    assert!(dose(Exercise::SingleLegHipThrust).contains("3 sets of 20-30"));
    assert!(dose(Exercise::LateralBandWalk).contains("3 sets of 40 steps in each direction"));
    assert!(dose(Exercise::SidePlankHipAbduction).contains("3 sets of 20"));
    assert!(p
        .exercise(Exercise::LateralBandWalk)
        .unwrap()
        .when
        .text
        .contains("2 to 3 times a week"));
    let itbs = p.condition(Condition::ItBandSyndrome).unwrap();
    assert!(itbs
        .facts
        .iter()
        .any(|f| f.text.contains("12 to 14 percent") && f.source == Source::K));
    let pfp = p.condition(Condition::PatellofemoralPain).unwrap();
    assert!(pfp.facts.iter().any(|f| f.text.contains("25 percent")));
    assert!(p
        .factor(Factor::ProlongedSitting)
        .unwrap()
        .explanation
        .text
        .contains("8 to 10 hours"));
    let lumbar = p.condition(Condition::LumbarReferredHipPain).unwrap();
    assert!(
        lumbar.where_it_hurts.text.contains("4 to 6 weeks")
            && lumbar.where_it_hurts.source == Source::H
    );
    assert!(lumbar
        .facts
        .iter()
        .any(|f| f.text.contains("{km:40}") && f.text.contains("{km:60-70}")));
    assert!(p
        .plan
        .build
        .points
        .iter()
        .any(|f| f.text.contains("20-30 minutes") || f.text.contains("20-30 minutes each")));
    assert!(p
        .plan
        .maintenance
        .points
        .iter()
        .any(|f| f.text.contains("4 weeks")));
    assert!(p
        .plan
        .spine_care
        .points
        .iter()
        .any(|f| f.text.contains("week 3 or 4") && f.source == Source::H));
    assert!(
        p.plan.knee_timeline.text.starts_with("Eight weeks")
            && p.plan.knee_timeline.source == Source::K
    );
}

#[test]
fn safety_texts_cite_named_guidelines() {
    let p = Pack::english();
    for (flag, t) in &p.red_flags {
        match &t.source {
            Source::G(name) => assert!(name.len() > 10, "{flag}: {name}"),
            other => panic!("{flag}: a red flag must cite a guideline, not {other}"),
        }
    }
    let name = |f: &str| match &p.red_flags[&Answer::parse(f).unwrap()].source {
        Source::G(n) => n.clone(),
        _ => unreachable!(),
    };
    assert!(name("saddle-numbness").contains("cauda equina"));
    assert!(name("cannot-bear-weight").contains("Ottawa Knee Rules"));
    assert!(name("pain-hopping-or-limping").contains("bone stress injuries"));
    assert!(matches!(p.triage[&Triage::Emergency].source, Source::G(_)));
    assert!(matches!(p.triage[&Triage::Urgent].source, Source::G(_)));
}

#[test]
fn clinic_claims_are_reported_not_stated_as_settled() {
    // The seeds are also marketing: the "two to three sessions" is what a clinician reports.
    let p = Pack::english();
    let lumbar = p.condition(Condition::LumbarReferredHipPain).unwrap();
    let claim = lumbar
        .facts
        .iter()
        .find(|f| f.text.contains("two to three sessions"))
        .unwrap();
    assert!(claim.text.contains("report"), "{}", claim.text);
}

#[test]
fn an_outcome_serialises_with_spec_ids() {
    let answers = json!({ "red-flags": ["none"] });
    let o = evaluate(
        &engine_support::input(&["knee-outer.left"], answers.as_object().unwrap()),
        Pack::english(),
    );
    let v = serde_json::to_value(&o).unwrap();
    assert_eq!(v["triage"], "self-care");
    assert_eq!(v["conditions"][0]["condition"], "it-band-syndrome");
    assert_eq!(v["conditions"][0]["strength"], "possible");
    assert_eq!(v["plan"]["kind"], "build");
    assert_eq!(
        v["plan"]["exercises"][0]["because"][0]["condition"],
        "it-band-syndrome"
    );
}

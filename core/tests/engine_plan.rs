//! One small story per plan rule of SPEC: the factors answers reveal, the exercise plan and its
//! schedule, which questions are asked, and the figures, sources and serialised ids of the content.

mod engine_support;

use engine_support::check;
use painmap_core::content::{Pack, Source};
use painmap_core::engine::{evaluate, questions_for, Because, Outcome};
use painmap_core::vec_set::VecSet;
use painmap_core::*;
use serde_json::json;

fn factors(o: &Outcome) -> Vec<Factor> {
    o.factors.iter().map(|f| f.factor).collect()
}

fn exercises(o: &Outcome) -> Vec<Exercise> {
    o.exercises().collect()
}

fn regions(list: &[&str]) -> VecSet<RegionSel> {
    list.iter().map(|r| RegionSel::parse(r).unwrap()).collect()
}

// ---- Factors ------------------------------------------------------------------------------------

#[test]
fn answers_reveal_the_factors_the_sources_name() {
    let cases: &[(&str, serde_json::Value, &[Factor])] = &[
        (
            "knee-below-kneecap.left",
            json!({ "sitting-hours": "over-8" }),
            &[Factor::TightHipFlexors, Factor::ProlongedSitting],
        ),
        (
            "hip-front.left",
            json!({ "volume-jump": "yes" }),
            &[Factor::MileageBuild, Factor::LumbarCompression],
        ),
        (
            "hip-front.left",
            json!({ "build-week": "weeks-4-6" }),
            &[Factor::MileageBuild, Factor::LumbarCompression],
        ),
        // The outer hip tendon comes first with a jump alone: its factors, not the back's.
        (
            "hip-outer.left",
            json!({ "volume-jump": "yes" }),
            &[Factor::MileageBuild],
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
        // SI joint pain lists the clinic's lumbar compression; a back-only pick no longer points to
        // hip pain from the back, so the pelvis is where it shows.
        ("buttock-si.left", json!({}), &[Factor::LumbarCompression]),
        // A factor only with a condition that lists it: nothing at the outside of the knee sits.
        ("knee-outer.left", json!({ "sitting-hours": "over-8" }), &[]),
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
    // Front-of-knee overload lists the mileage build among its factors, which these reveal.
    assert!(
        knee.contains(&BuildWeek) && knee.contains(&VolumeJump),
        "{knee:?}"
    );
    // Nothing at the front of the knee reads the new questions of the hip, back and tendons.
    for unwanted in [PressTender, LegSymptoms, HipJointSigns] {
        assert!(
            !knee.contains(&unwanted),
            "front of knee does not ask {unwanted}"
        );
    }
    let outer = q(&["knee-outer.left"]);
    assert!(outer.contains(&ForcedStop) && outer.contains(&PainTiming));
    let back = q(&["lower-back.center"]);
    for unwanted in [
        SingleLegSquat,
        ForcedStop,
        RestResponse,
        PressTender,
        HipJointSigns,
    ] {
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

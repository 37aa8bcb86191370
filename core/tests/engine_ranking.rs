//! One small story per ranking rule of SPEC: what a place alone suggests, how each answer raises
//! or lowers a condition with its evidence, when nothing fits, and the origin of each condition.

mod engine_support;

use engine_support::check;
use painmap_core::content::Pack;
use painmap_core::engine::{HelpReason, Outcome, Strength};
use painmap_core::*;
use serde_json::json;

fn top(o: &Outcome) -> Option<Condition> {
    o.top().map(|m| m.condition)
}

fn conditions(o: &Outcome) -> Vec<Condition> {
    o.conditions.iter().map(|m| m.condition).collect()
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
        // SPEC v2: the outer hip is the gluteal tendon unless the back's pattern is there.
        ("hip-outer.left", Condition::GlutealTendinopathy),
        // H: the front pocket from the lower back; the SI joint at the buttock.
        ("hip-front.left", Condition::LumbarReferredHipPain),
        ("buttock-si.right", Condition::SiJointDysfunction),
        // SPEC v2: the groin is the hip joint, the inner knee its own examination, the sit bone
        // the high hamstring tendon, the lower back alone back pain.
        ("groin.left", Condition::HipJointPain),
        ("knee-inner.left", Condition::MedialKneePain),
        ("sit-bone.right", Condition::ProximalHamstringTendinopathy),
        ("lower-back.center", Condition::NonspecificLowBackPain),
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
    // The knee's conditions start at the hip or at the knee itself; the hip and back's at the
    // spine or where it hurts. Neither crosses over.
    let knee = check(
        &[
            "knee-front.left",
            "knee-outer.left",
            "knee-below-kneecap.left",
        ],
        json!({}),
    );
    assert!(
        knee.conditions.iter().all(|m| m.origin != Origin::Spine),
        "{:?}",
        conditions(&knee)
    );
    let hip = check(
        &["hip-outer.left", "buttock-si.left", "lower-back.center"],
        json!({}),
    );
    let knee_conditions = [
        Condition::PatellofemoralPain,
        Condition::ItBandSyndrome,
        Condition::AnteriorKneeOverload,
        Condition::PatellarTendinopathy,
        Condition::MedialKneePain,
    ];
    assert!(
        hip.conditions
            .iter()
            .all(|m| !knee_conditions.contains(&m.condition)),
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

// ---- Origin -------------------------------------------------------------------------------------

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

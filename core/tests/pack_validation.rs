//! The pack's validation: the bundled English pack passes, and each way of breaking it (by mutating
//! its JSON) gives a precise error naming where and what, never a panic — not even on random bytes.

use painmap_core::content::{english_json, Pack};
use proptest::prelude::*;
use serde_json::{json, Value};

fn english() -> Value {
    serde_json::from_str(&english_json()).expect("the English document is JSON")
}

/// The errors `Pack::from_json` gives for the English pack after `change`.
fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut doc = english();
    change(&mut doc);
    match Pack::from_json(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(errs) => errs.iter().map(ToString::to_string).collect(),
    }
}

fn assert_error(errors: &[String], want: &str) {
    assert!(
        errors.iter().any(|e| e.contains(want)),
        "expected an error containing\n  {want}\ngot\n  {}",
        errors.join("\n  ")
    );
}

fn rules_mut(doc: &mut Value) -> &mut Vec<Value> {
    doc["rules"].as_array_mut().unwrap()
}

#[test]
fn the_english_pack_passes() {
    assert_eq!(errors_after(|_| {}), Vec::<String>::new());
}

#[test]
fn text_that_is_not_json_says_where() {
    let errs = Pack::from_json("{ \"locale\": ").unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].to_string().starts_with("document: ") && errs[0].to_string().contains("line 1"),
        "{}",
        errs[0]
    );
}

#[test]
fn an_unknown_id_is_named() {
    let errs =
        errors_after(|d| d["conditions"]["it-band-syndrome"]["exercises"][0] = json!("hip-bridge"));
    assert_error(&errs, "unknown Exercise id `hip-bridge`");
    let errs = errors_after(|d| {
        d["conditions"]["knee-sprain"] = d["conditions"]["it-band-syndrome"].clone()
    });
    assert_error(&errs, "unknown Condition id `knee-sprain`");
    let errs = errors_after(|d| d["condtions"] = json!({}));
    assert_error(&errs, "unknown field `condtions`");
}

#[test]
fn a_missing_entry_is_named() {
    let errs = errors_after(|d| {
        d["conditions"]
            .as_object_mut()
            .unwrap()
            .remove("si-joint-dysfunction");
    });
    assert_error(&errs, "conditions: `si-joint-dysfunction` is missing");
    let errs = errors_after(|d| {
        d["red_flags"]
            .as_object_mut()
            .unwrap()
            .remove("night-or-rest-pain");
    });
    assert_error(&errs, "red_flags: `night-or-rest-pain` is missing");
    let errs = errors_after(|d| {
        d["triage"].as_object_mut().unwrap().remove("urgent");
    });
    assert_error(&errs, "triage: `urgent` is missing");
}

#[test]
fn answer_labels_must_match_the_question() {
    let errs = errors_after(|d| {
        d["questions"]["trend"]["answers"]
            .as_object_mut()
            .unwrap()
            .remove("unsure");
    });
    assert_error(&errs, "questions.trend.answers: no label for `unsure`");
    let errs = errors_after(|d| d["questions"]["trend"]["answers"]["yes"] = json!("Yes"));
    assert_error(
        &errs,
        "questions.trend.answers: `yes` is not an answer to `trend`",
    );
    let errs = errors_after(|d| {
        d["questions"]["aggravators"]
            .as_object_mut()
            .unwrap()
            .remove("hint");
    });
    assert_error(
        &errs,
        "questions.aggravators: a multi-choice question needs a `hint`",
    );
    let errs =
        errors_after(|d| d["red_flags"]["stairs"] = d["red_flags"]["night-or-rest-pain"].clone());
    assert_error(
        &errs,
        "red_flags.stairs: `stairs` is not a sign that can stop the check",
    );
}

#[test]
fn an_empty_text_is_named_by_its_path() {
    let errs = errors_after(|d| d["conditions"]["it-band-syndrome"]["name"] = json!("  "));
    assert_error(&errs, "conditions.it-band-syndrome.name: the text is empty");
    let errs = errors_after(|d| d["exercises"]["lateral-band-walk"]["steps"][1] = json!(""));
    assert_error(
        &errs,
        "exercises.lateral-band-walk.steps[1]: the text is empty",
    );
    let errs = errors_after(|d| d["rules"][0]["text"] = json!(""));
    assert_error(&errs, "rules[0].text: the text is empty");
    let errs = errors_after(|d| d["exercises"]["single-leg-squat"]["cues"] = json!([]));
    assert_error(&errs, "exercises.single-leg-squat.cues: must not be empty");
}

#[test]
fn a_broken_distance_token_is_named() {
    let errs = errors_after(|d| {
        d["factors"]["mileage-build"]["explanation"]["text"] = json!("from {km:forty} a week")
    });
    assert_error(&errs, "factors.mileage-build.explanation.text: `from {km:forty} a week` has a `{...}` that is not a distance token");
}

#[test]
fn sources_must_be_k_h_or_a_named_guideline() {
    let errs = errors_after(|d| d["rules"][0]["source"] = json!("blog"));
    assert_error(&errs, "unknown source `blog`");
    let errs = errors_after(|d| d["red_flags"]["saddle-numbness"]["source"] = json!("G: "));
    assert_error(&errs, "a G source must name its guideline");
}

#[test]
fn an_unused_exercise_is_named() {
    let errs = errors_after(|d| {
        for c in ["lumbar-referred-hip-pain", "si-joint-dysfunction"] {
            d["conditions"][c]["exercises"] = json!(["single-leg-rdl"]);
        }
        d["factors"]["lumbar-compression"]["exercises"] = json!([]);
    });
    assert_error(
        &errs,
        "exercises.roller-massage: no condition or factor lists this exercise",
    );
}

#[test]
fn a_repeated_list_entry_is_named() {
    let errs = errors_after(|d| {
        d["conditions"]["it-band-syndrome"]["exercises"] =
            json!(["lateral-band-walk", "lateral-band-walk"])
    });
    assert_error(
        &errs,
        "conditions.it-band-syndrome.exercises[1]: `lateral-band-walk` is listed twice",
    );
}

#[test]
fn rule_triggers_must_make_sense() {
    let errs = errors_after(|d| d["rules"][2]["when"] = json!("pain-quality=yes"));
    assert_error(&errs, "`yes` is not an answer to `pain-quality`");
    let errs = errors_after(|d| d["rules"][2]["when"] = json!("pain-quality=unsure"));
    assert_error(&errs, "`pain-quality=unsure` must count for nothing");
    let errs = errors_after(|d| d["rules"][2]["when"] = json!("red-flags=night-or-rest-pain"));
    assert_error(&errs, "`red-flags` is decided by the engine");
    let errs = errors_after(|d| d["rules"][2]["when"] = json!("region:foot"));
    assert_error(
        &errs,
        "`foot` is outside this check; it must never suggest a condition",
    );
    let errs = errors_after(|d| d["rules"][2]["when"] = json!("match:it-band-syndrome"));
    assert_error(&errs, "`match:` triggers belong in factor rules");
    let errs = errors_after(|d| d["factor_rules"][0]["when"] = json!("region:knee-front"));
    assert_error(&errs, "a place on the map alone does not reveal a factor");
    let errs = errors_after(|d| d["rules"][2]["when"] = json!("pain=sharp"));
    assert_error(&errs, "unknown question `pain` in trigger `pain=sharp`");
    let errs = errors_after(|d| d["rules"][2]["weight"] = json!(0));
    assert_error(&errs, "a weight of 0 changes nothing");
}

#[test]
fn rule_keys_are_unique() {
    let errs = errors_after(|d| {
        let copy = d["rules"][3].clone();
        rules_mut(d).push(copy);
    });
    let id = english()["rules"][3]["id"].as_str().unwrap().to_string();
    assert_error(&errs, &format!("the key `{id}` is used by another rule"));
}

#[test]
fn a_condition_no_place_can_reach_is_named() {
    let errs = errors_after(|d| {
        rules_mut(d).retain(|r| {
            !(r["condition"] == "si-joint-dysfunction"
                && r["when"].as_str().unwrap().starts_with("region:"))
        });
    });
    assert_error(
        &errs,
        "conditions.si-joint-dysfunction: no rule ties it to a place on the map",
    );
    let errs = errors_after(|d| {
        d["scoring"] = json!({ "shown": 40, "weak": 41, "moderate": 42, "strong": 43 })
    });
    assert_error(
        &errs,
        "conditions.it-band-syndrome: its best possible score is",
    );
    let errs = errors_after(|d| {
        d["scoring"] = json!({ "shown": 2, "weak": 9, "moderate": 6, "strong": 4 })
    });
    assert_error(&errs, "scoring: thresholds must rise");
}

#[test]
fn a_question_nothing_reads_is_named() {
    let errs = errors_after(|d| {
        rules_mut(d).retain(|r| !r["when"].as_str().unwrap().contains("forced-stop="))
    });
    assert_error(
        &errs,
        "questions.forced-stop: no rule uses this question, so its answer would change nothing",
    );
}

#[test]
fn a_factor_nothing_reveals_is_named() {
    let errs = errors_after(|d| {
        d["factor_rules"]
            .as_array_mut()
            .unwrap()
            .retain(|r| r["factors"] != json!(["weak-hips", "weak-core"]));
    });
    assert_error(
        &errs,
        "factors.weak-core: no factor rule reveals this factor",
    );
}

#[test]
fn a_ui_key_the_code_uses_must_exist() {
    let errs = errors_after(|d| {
        d["ui"].as_object_mut().unwrap().remove("share.notice.more");
    });
    assert_error(&errs, "ui: `share.notice.more` is missing");
    // A label no code asks for is a typo or a leftover: refused, named.
    let errs = errors_after(|d| d["ui"]["flow.nxet"] = serde_json::json!("Next"));
    assert_error(&errs, "unknown Ui id `flow.nxet`");
}

#[test]
fn every_problem_is_listed_at_once() {
    let errs = errors_after(|d| {
        d["conditions"]["it-band-syndrome"]["name"] = json!("");
        d["questions"]["trend"]["answers"]
            .as_object_mut()
            .unwrap()
            .remove("better");
        d["rules"][2]["weight"] = json!(0);
        d["ui"].as_object_mut().unwrap().remove("app.title");
    });
    assert!(errs.len() >= 4, "{errs:#?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_never_panics(s in ".{0,400}") {
        let _ = Pack::from_json(&s);
    }

    #[test]
    fn any_edit_of_the_english_pack_never_panics(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8),
    ) {
        let mut bytes = english_json().into_bytes();
        for (at, byte, kind) in edits {
            let i = at.index(bytes.len());
            match kind {
                0 => { bytes.remove(i); }
                1 => bytes[i] = byte,
                _ => bytes.insert(i, byte),
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Err(errs) = Pack::from_json(&text) {
            prop_assert!(!errs.is_empty());
            prop_assert!(errs.iter().all(|e| !e.at.is_empty() && !e.message.is_empty()));
        }
    }
}

/// SPEC v2: a condition that starts where it hurts names what loads it; a hip or spine origin does
/// not (it draws its arrow instead).
#[test]
fn a_local_origin_must_say_what_loads_it_and_only_a_local_one() {
    let errs = errors_after(|d| {
        d["conditions"]["gluteal-tendinopathy"]
            .as_object_mut()
            .unwrap()
            .remove("loaded_by");
    });
    assert_error(
        &errs,
        "conditions.gluteal-tendinopathy.loaded_by: a condition that starts where it hurts",
    );
    let errs = errors_after(|d| {
        d["conditions"]["it-band-syndrome"]["loaded_by"] =
            json!({"text": "Long runs.", "source": "K"});
    });
    assert_error(
        &errs,
        "conditions.it-band-syndrome.loaded_by: only a `local` origin",
    );
}

/// Where a condition hurts (its chain's last place) must be tied to it by a region rule, or the
/// check could name the place without ever reaching the condition.
#[test]
fn the_place_a_condition_hurts_must_have_its_region_rule() {
    let errs = errors_after(|d| {
        rules_mut(d).retain(|r| r["id"] != "mkp.region.knee-inner");
    });
    assert_error(
        &errs,
        "conditions.medial-knee-pain.chain: it hurts at `knee-inner`",
    );
}

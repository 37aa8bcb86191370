//! Every runner's story in `shared/domain/vignettes.json` and `vignettes-v2.json`, read from those
//! files at test time, through the engine and through the session as a share link would open it:
//! each must reach the conclusion the file expects. The v2 stories that need the next piece of
//! work wait on `PENDING_V2`, which only shrinks.

mod engine_support;

use engine_support::{
    all_vignettes, input, mismatches, passes, pending_v2_vignettes, share_fragment,
    shared_vignettes, shared_vignettes_v2, PENDING_V2,
};
use painmap_core::content::Pack;
use painmap_core::engine::evaluate;
use painmap_core::session::{Session, Step};
use painmap_core::{share, Question, Triage};

#[test]
fn every_shared_vignette_reaches_its_expected_result() {
    assert!(
        shared_vignettes().len() >= 8,
        "expected the v1 vignettes, found {}",
        shared_vignettes().len()
    );
    let v2 = shared_vignettes_v2();
    for must in [
        "groin-walking-pain",
        "hot-swollen-knee",
        "link-without-warning-signs",
    ] {
        assert!(v2.iter().any(|v| v.id == must), "{must} must be tested now");
    }
    let mut failures = Vec::new();
    for v in &all_vignettes() {
        let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
        let outcome = evaluate(&input(&regions, &v.answers), Pack::english());
        for m in mismatches(&outcome, &v.expect) {
            failures.push(format!("{} ({}): {m}", v.id, v.story));
        }
    }
    assert!(
        failures.is_empty(),
        "vignettes failed:\n{}",
        failures.join("\n")
    );
}

/// Opened as a share link (SPEC's fragment, written independently of the encoder), each story
/// lands where SPEC says: its results when it answers the warning signs, otherwise the
/// warning-signs step; and the results it would show there meet its expectations.
#[test]
fn every_shared_vignette_opened_as_a_share_link_lands_where_spec_says() {
    let mut failures = Vec::new();
    for v in &all_vignettes() {
        let decoded = share::decode(&share_fragment(v));
        assert!(
            decoded.notices.is_empty(),
            "{}: the link has parts the check does not read: {:?}",
            v.id,
            decoded.notices
        );
        let session = Session::from_check_input(decoded.input, Pack::english());
        let answers_signs = v.answers.contains_key("red-flags");
        let want = if answers_signs {
            Step::Results
        } else {
            Step::Question(Question::RedFlags)
        };
        if session.step != want {
            failures.push(format!(
                "{}: opens on {:?}, want {want:?}",
                v.id, session.step
            ));
        }
        if !answers_signs && !session.results_after_signs {
            failures.push(format!(
                "{}: answering the signs must lead to the results",
                v.id
            ));
        }
        let outcome = evaluate(&session.check_input(), Pack::english());
        for m in mismatches(&outcome, &v.expect) {
            failures.push(format!("{} (by link): {m}", v.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A story may tell more than the check asks (SPEC v2, fewer questions): an answer to a question
/// its places never ask must not change its result, and a clickable story answers the warning
/// signs. (What clicking asks and reaches is the clicking test below.)
#[test]
fn every_vignette_answer_the_widget_never_asks_leaves_its_result_alone() {
    let mut wrong = Vec::new();
    for v in all_vignettes() {
        let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
        let inp = input(&regions, &v.answers);
        let could = painmap_core::engine::questions_for(&inp.regions, Pack::english());
        let mut asked = inp.clone();
        asked.answers.0 = inp
            .answers
            .0
            .iter()
            .filter(|(q, _)| could.contains(q))
            .map(|(q, r)| (*q, r.clone()))
            .collect();
        let full = evaluate(&inp, Pack::english());
        let short = evaluate(&asked, Pack::english());
        if let Some(diff) = engine_support::result_difference(&short, &full) {
            wrong.push(format!(
                "{}: answers the check never asks change it: {diff}",
                v.id
            ));
        }
        if !v.link_only && !v.answers.contains_key("red-flags") {
            wrong.push(format!(
                "{}: a clickable story must answer the warning signs",
                v.id
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The pending list only shrinks: a pending story that passes must come off it.
#[test]
fn pending_v2_stories_still_fail() {
    let pending = pending_v2_vignettes();
    assert_eq!(
        pending.len(),
        PENDING_V2.len(),
        "every pending id names a story in vignettes-v2.json"
    );
    for v in &pending {
        assert!(
            !passes(v),
            "{} passes now: take it off PENDING_V2 (and off the e2e list)",
            v.id
        );
    }
}

/// The e2e suite's pending list (tests/e2e/lib/flow.mjs) is this one.
#[test]
fn the_e2e_pending_list_matches() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/e2e/lib/flow.mjs");
    let text = std::fs::read_to_string(&path).expect("tests/e2e/lib/flow.mjs");
    let start = text
        .find("PENDING_V2 = [")
        .expect("flow.mjs declares PENDING_V2 = [...]");
    let end = start + text[start..].find(']').expect("the list ends");
    let listed: Vec<&str> = text[start..end].split('\'').skip(1).step_by(2).collect();
    assert_eq!(listed, PENDING_V2);
}

/// Safety net for the link-only story: whatever the session does, the engine alone never calls a
/// check with unanswered warning signs self-care.
#[test]
fn link_without_warning_signs_is_never_self_care_in_the_engine_either() {
    let v = all_vignettes()
        .into_iter()
        .find(|v| v.id == "link-without-warning-signs")
        .expect("the story is in vignettes-v2.json");
    let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
    let o = evaluate(&input(&regions, &v.answers), Pack::english());
    assert_ne!(o.triage, Triage::SelfCare);
}

/// Clicking through each story as a runner would (SPEC v2, fewer questions): pick the places, then
/// on each question screen the flow shows give the story's answer ("Not sure", or nothing ticked,
/// where the story is silent) and press Next. Each story must reach the result it expects, and
/// the same result as answering every question would give; the run prints how many question
/// screens each one-place story took, with the median and the maximum (SPEC aim: a median of 8 or
/// fewer, warning signs included).
#[test]
fn clicking_through_each_story_asks_few_questions_and_reaches_the_same_result() {
    use painmap_core::session::Action;
    let mut failures = Vec::new();
    let mut one_place = Vec::new();
    for v in all_vignettes().iter().filter(|v| !v.link_only) {
        let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
        let full = input(&regions, &v.answers);
        let mut s = Session::new(Pack::english());
        for r in full.regions.iter() {
            s = s.apply(Action::ToggleRegion(*r)).unwrap_or(s);
        }
        s = s.apply(Action::Next).expect("a place is picked");
        let mut screens = 0;
        let mut seen = Vec::new();
        while let Step::Question(q) = s.step {
            screens += 1;
            seen.push(q.as_str());
            assert!(screens <= 30, "{}: the flow does not end", v.id);
            let after = match full.answers.get(q) {
                Some(r) => s.apply(Action::Answer(q, r.clone())).unwrap_or(s.clone()),
                None if q.kind() == painmap_core::QuestionKind::Single => s
                    .apply(Action::Answer(
                        q,
                        painmap_core::Reply::One(painmap_core::Answer::Unsure),
                    ))
                    .unwrap_or(s.clone()),
                None => s.clone(),
            };
            s = after.apply(Action::Next).expect("Next moves on");
        }
        assert_eq!(s.step, Step::Results, "{}", v.id);
        let clicked = evaluate(&s.check_input(), Pack::english());
        for m in mismatches(&clicked, &v.expect) {
            failures.push(format!("{} (clicked): {m}", v.id));
        }
        let answered_all = evaluate(&full, Pack::english());
        if let Some(diff) = engine_support::result_difference(&clicked, &answered_all) {
            failures.push(format!("{}: skipping changed the result: {diff}", v.id));
        }
        println!(
            "{:<28} {:>2} question screens: {}",
            v.id,
            screens,
            seen.join(" ")
        );
        if v.regions.len() == 1 {
            one_place.push(screens);
        }
    }
    one_place.sort_unstable();
    let median = one_place[one_place.len() / 2];
    let max = *one_place.last().unwrap();
    println!(
        "one-place stories: {} · median {median} · maximum {max} question screens",
        one_place.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        median <= 8,
        "median {median} question screens (SPEC aim: 8 or fewer)"
    );
}

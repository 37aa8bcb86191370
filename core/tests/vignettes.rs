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

/// A story that is not `link_only` can be reproduced by clicking: every answer it gives is to a
/// question the flow asks for its places.
#[test]
fn every_vignette_answer_is_one_the_widget_would_ask_for_its_regions() {
    let mut unasked = Vec::new();
    for v in all_vignettes() {
        let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
        let inp = input(&regions, &v.answers);
        let asked = painmap_core::engine::questions_for(&inp.regions, Pack::english());
        for q in inp.answers.0.keys() {
            if !asked.contains(q) {
                unasked.push(format!(
                    "{}: answers `{q}`, which is not asked for {:?}",
                    v.id, v.regions
                ));
            }
        }
        if !v.link_only && !v.answers.contains_key("red-flags") {
            unasked.push(format!(
                "{}: a clickable story must answer the warning signs",
                v.id
            ));
        }
    }
    assert!(unasked.is_empty(), "{}", unasked.join("\n"));
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

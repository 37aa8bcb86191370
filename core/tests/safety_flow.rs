//! SPEC v2's safety rules in the flow, one story each, named after the rule: the warning signs
//! cannot be skipped, a share link or saved check without them lands on them, "None of these" is
//! asked again when new places bring new signs, and a ticked sign goes straight to what to do now.

use painmap_core::content::Pack;
use painmap_core::engine::evaluate;
use painmap_core::session::{from_storage, to_storage, Action, Session, Step};
use painmap_core::*;

fn run(s: Session, actions: impl IntoIterator<Item = Action>) -> Session {
    actions
        .into_iter()
        .fold(s, |s, a| s.apply(a.clone()).unwrap_or(s))
}

fn place(s: &str) -> RegionSel {
    RegionSel::parse(s).unwrap()
}

fn on_warning_signs(p: &str) -> Session {
    run(
        Session::new(Pack::english()),
        [Action::ToggleRegion(place(p)), Action::Next],
    )
}

// ---- No skipping --------------------------------------------------------------------------------

#[test]
fn no_skipping_next_does_nothing_on_an_empty_warning_signs_step() {
    let s = on_warning_signs("knee-front.left");
    assert_eq!(s.step, Step::Question(Question::RedFlags));
    assert_eq!(s.apply(Action::Next), None, "Next must not move on");
    assert_eq!(s.apply(Action::ShowResults), None);
    assert_eq!(s.apply(Action::GoTo(Step::Results)), None);
    assert_eq!(
        s.apply(Action::GoTo(Step::Question(Question::Duration))),
        None
    );
    // Ticking and unticking a sign leaves it empty again: still stuck.
    let s = run(
        s,
        [
            Action::ToggleMulti(Question::RedFlags, Answer::FeverOrUnwell),
            Action::ToggleMulti(Question::RedFlags, Answer::FeverOrUnwell),
        ],
    );
    assert_eq!(s.apply(Action::Next), None);
    // "None of these" is an answer.
    let s = run(
        s,
        [
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::Next,
        ],
    );
    assert_ne!(s.step, Step::Question(Question::RedFlags));
}

#[test]
fn no_skipping_none_and_a_sign_exclude_each_other() {
    let s = run(
        on_warning_signs("knee-front.left"),
        [
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::ToggleMulti(Question::RedFlags, Answer::CalfHotSwollen),
        ],
    );
    assert_eq!(
        s.answers.get(Question::RedFlags),
        Some(&Reply::Many([Answer::CalfHotSwollen].into_iter().collect()))
    );
    let s = run(s, [Action::ToggleMulti(Question::RedFlags, Answer::None)]);
    assert_eq!(
        s.answers.get(Question::RedFlags),
        Some(&Reply::Many([Answer::None].into_iter().collect()))
    );
}

#[test]
fn share_link_without_warning_signs_opens_on_that_step_then_shows_results() {
    let decoded = share::decode(
        "v=1&regions=knee-front.left&pain-quality=dull-ache&duration=under-2-weeks&trend=better&weeks-to-race=12",
    );
    let s = Session::from_check_input(decoded.input, Pack::english());
    assert_eq!(s.step, Step::Question(Question::RedFlags));
    assert!(s.results_after_signs, "the step says why it is there");
    assert_eq!(
        s.answers.get(Question::PainQuality),
        Some(&Reply::One(Answer::DullAche))
    );
    assert_eq!(s.apply(Action::Next), None, "still no skipping");
    let s = run(
        s,
        [
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::Next,
        ],
    );
    assert_eq!(
        s.step,
        Step::Results,
        "answering the signs shows the link's results"
    );
    assert!(!s.results_after_signs);
    assert_eq!(
        evaluate(&s.check_input(), Pack::english()).triage,
        Triage::SelfCare
    );
}

#[test]
fn share_link_without_warning_signs_going_back_walks_the_questions_again() {
    let s = Session::from_check_input(
        share::decode("v=1&regions=knee-front.left&pain-quality=sharp").input,
        Pack::english(),
    );
    let s = run(s, [Action::Back]);
    assert_eq!(s.step, Step::Map);
    assert!(!s.results_after_signs, "leaving the step ends the shortcut");
}

#[test]
fn saved_check_without_warning_signs_resumes_on_that_step() {
    // Written by a version that let the step be skipped: at the results, no signs.
    let text = r#"{"v":1,"regions":["hip-front.left"],"answers":{"pain-quality":"sharp"},"step":"results","units":null}"#;
    let s = from_storage(text, Pack::english()).expect("readable");
    assert_eq!(s.step, Step::Question(Question::RedFlags));
    assert_eq!(
        s.answers.get(Question::PainQuality),
        Some(&Reply::One(Answer::Sharp))
    );
}

#[test]
fn share_link_shortcut_survives_a_reload() {
    let s = Session::from_check_input(
        share::decode("v=1&regions=knee-front.left").input,
        Pack::english(),
    );
    let back = from_storage(&to_storage(&s), Pack::english()).unwrap();
    assert_eq!(back, s);
    assert!(back.results_after_signs);
}

#[test]
fn none_of_these_is_asked_again_when_new_places_bring_new_signs() {
    // A knee, "None of these", then back to the map to add the front of the hip (where hopping
    // pain is asked) and drop the knee.
    let s = run(
        on_warning_signs("knee-front.left"),
        [
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::GoTo(Step::Map),
            Action::ToggleRegion(place("hip-front.left")),
            Action::RemoveRegion(place("knee-front.left")),
        ],
    );
    assert_eq!(s.answers.get(Question::RedFlags), None, "asked again");
    assert_eq!(s.apply(Action::ShowResults), None, "no way past the signs");
    assert_eq!(s.apply(Action::GoTo(Step::Results)), None);
    let s = run(s, [Action::Next]);
    assert_eq!(s.step, Step::Question(Question::RedFlags));
    assert_eq!(s.apply(Action::Next), None);
    // A sign ticked before stays (it is an answer about the runner, whatever the place), and
    // "None of these" for places that bring nothing new stays too.
    let signed = run(
        on_warning_signs("knee-front.left"),
        [
            Action::ToggleMulti(Question::RedFlags, Answer::CancerHistory),
            Action::GoTo(Step::Map),
            Action::ToggleRegion(place("hip-front.left")),
        ],
    );
    assert!(signed.red_flags_answered());
    let same = run(
        on_warning_signs("knee-front.left"),
        [
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::GoTo(Step::Map),
            Action::ToggleRegion(place("knee-outer.right")),
        ],
    );
    assert!(same.red_flags_answered(), "no new sign: the answer stands");
}

#[test]
fn a_link_shortcut_ends_when_the_places_change() {
    let s = Session::from_check_input(
        share::decode("v=1&regions=knee-front.left").input,
        Pack::english(),
    );
    assert!(s.results_after_signs);
    let s = run(s, [Action::ToggleRegion(place("hip-front.left"))]);
    assert!(
        !s.results_after_signs,
        "the new place asks its own questions"
    );
    let s = run(
        s,
        [
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::Next,
        ],
    );
    assert_ne!(s.step, Step::Results);
}

#[test]
fn a_ticked_warning_sign_goes_straight_to_what_to_do_now() {
    for (sign, triage) in [
        (Answer::ChestPainOrBreathless, Triage::Emergency),
        (Answer::CalfHotSwollen, Triage::Urgent),
    ] {
        let s = run(
            on_warning_signs("knee-front.left"),
            [Action::ToggleMulti(Question::RedFlags, sign)],
        );
        assert!(s.next_is_results(), "{sign}");
        let s = run(s, [Action::Next]);
        assert_eq!(s.step, Step::Results, "{sign}: no more questions");
        assert_eq!(evaluate(&s.check_input(), Pack::english()).triage, triage);
        let back = run(s, [Action::Back]);
        assert_eq!(
            back.step,
            Step::Question(Question::RedFlags),
            "back to the signs"
        );
    }
    // "None of these" walks on to the questions.
    let s = run(
        on_warning_signs("knee-front.left"),
        [Action::ToggleMulti(Question::RedFlags, Answer::None)],
    );
    assert!(!s.next_is_results());
}

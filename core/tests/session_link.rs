//! A share link pasted into a tab that already shows the check (`Session::link_choice`): it opens
//! at once only when nothing the runner entered would be lost, asks first otherwise, and is left
//! alone when a fresh load would not open it either; once opened, it lands where a fresh load
//! lands. (The property over random sessions and links is in `session_props.rs`.)

mod session_support;

use painmap_core::content::Pack;
use painmap_core::session::{Action, LinkChoice, Session, Step, Units};
use painmap_core::share::{decode, encode};
use painmap_core::vec_set::VecSet;
use painmap_core::{Answer, CheckInput, Question, QuestionKind, Reply};
use session_support::{apply, knee, run, sel};

const WITH_SIGNS: &str =
    "v=1&regions=knee-front.left&red-flags=none&pain-quality=dull-ache&aggravators=stairs&duration=under-2-weeks&trend=better&training-impact=none&weeks-to-race=12";
const WITHOUT_SIGNS: &str =
    "v=1&regions=knee-front.left&pain-quality=dull-ache&aggravators=stairs&duration=under-2-weeks&trend=better&training-impact=none&weeks-to-race=12";

fn blank() -> Session {
    Session::new(Pack::english())
}

fn choice(s: &Session, link: &str) -> LinkChoice {
    s.link_choice(&decode(link).input)
}

/// What a fresh load of `link` shows (a new tab: `Session::from_check_input`).
fn fresh_load(link: &str) -> Session {
    Session::from_check_input(decode(link).input, Pack::english())
}

#[test]
fn a_blank_check_opens_the_link_at_once() {
    assert_eq!(choice(&blank(), WITH_SIGNS), LinkChoice::Open);
    assert_eq!(choice(&blank(), WITHOUT_SIGNS), LinkChoice::Open);
}

#[test]
fn a_chosen_unit_alone_is_nothing_to_lose_and_is_kept() {
    let s = apply(&blank(), Action::SetUnits(Units::Mi));
    assert!(!s.is_blank());
    assert_eq!(choice(&s, WITH_SIGNS), LinkChoice::Open);
    let opened = apply(&s, Action::Open(decode(WITH_SIGNS).input));
    assert_eq!(opened.units, Some(Units::Mi));
}

#[test]
fn a_check_in_progress_is_never_replaced_without_asking() {
    // A place picked, nothing answered yet.
    let picked = apply(&blank(), Action::ToggleRegion(sel("hip-outer.right")));
    assert_eq!(choice(&picked, WITH_SIGNS), LinkChoice::Ask);
    // The warning signs answered, on another place.
    assert_eq!(
        choice(&knee(), "v=1&regions=hip-outer.right"),
        LinkChoice::Ask
    );
    // Answers kept after every place was removed are still the runner's.
    let emptied = run(
        knee(),
        [
            Action::Answer(Question::PainQuality, Reply::One(Answer::Sharp)),
            Action::ClearRegions,
        ],
    );
    assert!(emptied.regions.is_empty());
    assert_eq!(choice(&emptied, WITH_SIGNS), LinkChoice::Ask);
}

#[test]
fn a_check_that_differs_in_one_answer_asks() {
    let s = apply(
        &fresh_load(WITH_SIGNS),
        Action::Answer(Question::PainQuality, Reply::One(Answer::Sharp)),
    );
    assert_eq!(choice(&s, WITH_SIGNS), LinkChoice::Ask);
    // The same places and answers, and one more the link lacks.
    let s = apply(
        &fresh_load(WITH_SIGNS),
        Action::Answer(Question::PainTiming, Reply::One(Answer::Unsure)),
    );
    assert_eq!(choice(&s, WITH_SIGNS), LinkChoice::Ask);
}

#[test]
fn the_links_own_check_opens_at_once_wherever_the_runner_is() {
    let s = fresh_load(WITH_SIGNS);
    assert_eq!(choice(&s, WITH_SIGNS), LinkChoice::Open);
    // Gone back to the map with the same places and answers: opening only moves the step.
    let on_map = apply(&s, Action::GoTo(Step::Map));
    assert_eq!(choice(&on_map, WITH_SIGNS), LinkChoice::Open);
    // The runner's own share link, pasted back after clicking through (answering what is asked).
    let mut clicked = run(
        blank(),
        [Action::ToggleRegion(sel("knee-front.left")), Action::Next],
    );
    while let Step::Question(q) = clicked.step {
        let answer = match q.kind() {
            QuestionKind::Single => Action::Answer(q, Reply::One(q.answers()[0])),
            QuestionKind::Multi => Action::ToggleMulti(q, q.exclusive_answer().unwrap()),
            QuestionKind::Weeks => Action::SetWeeks(8),
        };
        clicked = run(clicked, [answer, Action::Next]);
    }
    assert_eq!(clicked.step, Step::Results);
    let own = encode(&clicked.check_input());
    assert_eq!(choice(&clicked, &own), LinkChoice::Open);
}

#[test]
fn the_link_is_compared_as_it_would_open() {
    // A hand-built link with an empty multi-choice reply and a reply that does not fit: both mean
    // nothing, so they are left out as they would be on opening, and the check is the same.
    let mut link = decode(WITH_SIGNS);
    link.input
        .answers
        .0
        .insert(Question::BoneRisk, Reply::Many(VecSet::new()));
    link.input
        .answers
        .0
        .insert(Question::ForcedStop, Reply::One(Answer::Downhill));
    assert_eq!(
        fresh_load(WITH_SIGNS).link_choice(&link.input),
        LinkChoice::Open
    );
}

#[test]
fn a_link_a_fresh_load_would_not_open_is_ignored() {
    for link in [
        "",
        "v=1",
        "top",
        "v=1&pain-quality=sharp&red-flags=none",
        "v=1&regions=elbow.left",
    ] {
        assert_eq!(choice(&blank(), link), LinkChoice::Ignore, "{link:?}");
        assert_eq!(choice(&knee(), link), LinkChoice::Ignore, "{link:?}");
        assert!(!decode(link).has_content(), "{link:?}");
    }
    assert_eq!(
        blank().link_choice(&CheckInput::default()),
        LinkChoice::Ignore
    );
}

#[test]
fn an_opened_link_lands_where_a_fresh_load_lands() {
    for (link, step) in [
        (WITH_SIGNS, Step::Results),
        (WITHOUT_SIGNS, Step::Question(Question::RedFlags)),
    ] {
        for before in [blank(), knee(), apply(&knee(), Action::SetUnits(Units::Mi))] {
            let opened = apply(&before, Action::Open(decode(link).input));
            assert_eq!(opened.step, step, "{link}");
            assert_eq!(
                opened,
                Session {
                    units: before.units,
                    ..fresh_load(link)
                },
                "{link}"
            );
        }
    }
    // Without the warning signs the link's results follow once they are answered.
    let s = run(
        fresh_load(WITHOUT_SIGNS),
        [
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::Next,
        ],
    );
    assert_eq!(s.step, Step::Results);
}

fn link(s: &Session, l: &str) -> Option<Session> {
    s.apply(Action::Link(decode(l).input))
}

#[test]
fn a_pasted_link_opens_at_once_over_a_blank_check() {
    let before = apply(&blank(), Action::SetUnits(Units::Mi));
    let s = link(&before, WITH_SIGNS).unwrap();
    assert_eq!(s.offer, None);
    assert_eq!(
        s,
        Session {
            units: Some(Units::Mi),
            ..fresh_load(WITH_SIGNS)
        }
    );
    // The same link again changes nothing.
    assert_eq!(link(&s, WITH_SIGNS), None);
}

#[test]
fn a_pasted_link_over_a_check_in_progress_waits_for_the_runners_choice() {
    let mine = run(
        knee(),
        [
            Action::SetUnits(Units::Mi),
            Action::Next,
            Action::Answer(Question::PainQuality, Reply::One(Answer::Sharp)),
        ],
    );
    let asked = link(&mine, WITHOUT_SIGNS).unwrap();
    // Nothing the runner has changes while they choose.
    assert_eq!(
        asked,
        Session {
            offer: asked.offer.clone(),
            ..mine.clone()
        }
    );
    let offer = asked.offer.as_deref().expect("the link is on offer");
    assert_eq!(offer.regions, fresh_load(WITHOUT_SIGNS).regions);
    assert!(asked.check_invariants().is_ok());

    // "Keep my answers": everything as it was.
    assert_eq!(asked.apply(Action::KeepMine), Some(mine.clone()));
    assert_eq!(mine.apply(Action::KeepMine), None);
    assert_eq!(mine.apply(Action::OpenOffer), None);

    // "Open the shared check": where a fresh load of the link lands, with the runner's units.
    let opened = asked.apply(Action::OpenOffer).unwrap();
    assert_eq!(
        opened,
        Session {
            units: Some(Units::Mi),
            ..fresh_load(WITHOUT_SIGNS)
        }
    );
    assert_eq!(opened.step, Step::Question(Question::RedFlags));
    assert!(opened.results_after_signs);
}

#[test]
fn the_runner_may_go_on_while_the_link_waits_and_the_latest_link_is_offered() {
    let asked = link(&knee(), WITHOUT_SIGNS).unwrap();
    // Answering on: the offer stays, and still opens the link as it was.
    let s = run(
        asked,
        [
            Action::Next,
            Action::Answer(Question::PainQuality, Reply::One(Answer::Sharp)),
            Action::SetUnits(Units::Mi),
        ],
    );
    assert!(s.offer.is_some());
    let opened = s.apply(Action::OpenOffer).unwrap();
    assert_eq!(opened.regions, fresh_load(WITHOUT_SIGNS).regions);
    assert_eq!(opened.units, Some(Units::Mi));
    // Another link pasted meanwhile takes its place.
    let s = link(&s, WITH_SIGNS).unwrap();
    assert_eq!(s.apply(Action::OpenOffer).unwrap().step, Step::Results);
    // Starting over forgets it with everything else.
    assert_eq!(s.apply(Action::Restart).unwrap().offer, None);
}

#[test]
fn a_pasted_link_that_names_no_place_changes_nothing() {
    for s in [blank(), knee(), link(&knee(), WITH_SIGNS).unwrap()] {
        for l in ["v=1", "v=1&pain-quality=sharp", "nonsense"] {
            assert_eq!(link(&s, l), None, "{l}");
        }
    }
}

#[test]
fn a_link_on_offer_is_never_saved() {
    let asked = link(&knee(), WITH_SIGNS).unwrap();
    let saved = painmap_core::session::to_storage(&asked);
    assert_eq!(saved, painmap_core::session::to_storage(&knee()));
    let restored = painmap_core::session::from_storage(&saved, Pack::english()).unwrap();
    assert_eq!(restored, knee());
}

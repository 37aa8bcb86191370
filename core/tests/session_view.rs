//! What the app shows from a session without deciding anything itself: the progress bar's
//! figures, whether a session is worth saving, and whether the results offer the clinic.

use painmap_core::content::Pack;
use painmap_core::engine::evaluate;
use painmap_core::session::{Action, ProgressBar, Session, Step};
use painmap_core::{Answer, Question, RegionSel, Triage};

fn run(s: Session, actions: impl IntoIterator<Item = Action>) -> Session {
    actions
        .into_iter()
        .fold(s, |s, a| s.apply(a.clone()).unwrap_or(s))
}

fn knee_answered() -> Session {
    run(
        Session::new(Pack::english()),
        [
            Action::ToggleRegion(RegionSel::parse("knee-front.left").unwrap()),
            Action::ToggleMulti(Question::RedFlags, Answer::None),
        ],
    )
}

#[test]
fn progress_is_unknown_on_an_empty_map_then_counts_map_questions_and_results() {
    let fresh = Session::new(Pack::english());
    assert_eq!(
        fresh.progress_bar(),
        ProgressBar {
            step: 1,
            steps: None,
            percent: 4
        }
    );
    let s = knee_answered();
    let n = s.questions().len();
    let bar = s.progress_bar();
    assert_eq!((bar.step, bar.steps), (1, Some(n + 2)), "the map is step 1");
    let mut s = s.apply(Action::Next).unwrap();
    for i in 0..n {
        let bar = s.progress_bar();
        assert_eq!(bar.step, i + 2, "question {} is step {}", i + 1, i + 2);
        assert_eq!(bar.percent as usize, (i + 2) * 100 / (n + 2));
        s = s.apply(Action::Next).unwrap();
    }
    assert_eq!(s.step, Step::Results);
    assert_eq!(
        s.progress_bar(),
        ProgressBar {
            step: n + 2,
            steps: Some(n + 2),
            percent: 100
        }
    );
}

#[test]
fn a_blank_session_is_not_worth_saving_anything_else_is() {
    let fresh = Session::new(Pack::english());
    assert!(fresh.is_blank());
    assert!(!knee_answered().is_blank());
    let units = fresh
        .apply(Action::SetUnits(painmap_core::Units::Mi))
        .unwrap();
    assert!(!units.is_blank(), "the runner's units are kept");
    // Start over from a check: blank again (the units, if chosen, stay and are worth keeping).
    let again = knee_answered().apply(Action::Restart).unwrap();
    assert!(again.is_blank());
}

#[test]
fn the_clinic_is_offered_with_every_result_but_an_emergency() {
    for (flags, want) in [
        (vec!["none"], true),
        (vec!["cancer-history"], true),
        (vec!["saddle-numbness"], false),
    ] {
        let mut s = Session::new(Pack::english())
            .apply(Action::ToggleRegion(
                RegionSel::parse("lower-back.center").unwrap(),
            ))
            .unwrap();
        for f in &flags {
            s = s
                .apply(Action::ToggleMulti(
                    Question::RedFlags,
                    Answer::parse(f).unwrap(),
                ))
                .unwrap();
        }
        let o = evaluate(&s.check_input(), Pack::english());
        assert_eq!(o.shows_clinic(), want, "{flags:?}: {}", o.triage);
        assert_eq!(o.shows_clinic(), o.triage != Triage::Emergency);
    }
}

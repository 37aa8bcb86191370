//! The session reducer's input, action by action: picking and removing places, answering each
//! kind of question with its no-op cases, and answers kept (but unused) across place changes.

mod session_support;

use painmap_core::content::Pack;
use painmap_core::engine::questions_for;
use painmap_core::session::{Action, Session, Step};
use painmap_core::vec_set::VecSet;
use painmap_core::{Answer, Question, QuestionKind, RegionSel, Reply};
use session_support::{apply, knee, many, run, sel};

#[test]
fn toggle_region_picks_then_unpicks() {
    let s = knee();
    assert_eq!(s.regions, VecSet::from([sel("knee-front.left")]));
    let s = apply(&s, Action::ToggleRegion(sel("hip-outer.right")));
    assert_eq!(s.regions.len(), 2);
    let s = apply(&s, Action::ToggleRegion(sel("knee-front.left")));
    assert_eq!(s.regions, VecSet::from([sel("hip-outer.right")]));
}

#[test]
fn remove_region_removes_and_is_a_no_op_when_absent() {
    let s = knee();
    assert_eq!(s.apply(Action::RemoveRegion(sel("knee-front.right"))), None);
    let s = apply(&s, Action::RemoveRegion(sel("knee-front.left")));
    assert!(s.regions.is_empty());
}

#[test]
fn clear_regions_goes_back_to_the_map_and_keeps_answers() {
    let s = run(
        knee(),
        [
            Action::Next,
            Action::Answer(Question::PainQuality, Reply::One(Answer::Sharp)),
        ],
    );
    assert!(matches!(s.step, Step::Question(_)));
    let s = apply(&s, Action::ClearRegions);
    assert_eq!(s.step, Step::Map);
    assert_eq!(s.answers.one(Question::PainQuality), Some(Answer::Sharp));
    assert_eq!(
        Session::new(Pack::english()).apply(Action::ClearRegions),
        None
    );
}

#[test]
fn removing_the_last_region_on_the_results_returns_to_the_map() {
    let s = apply(&knee(), Action::ShowResults);
    assert_eq!(s.step, Step::Results);
    let s = apply(&s, Action::RemoveRegion(sel("knee-front.left")));
    assert_eq!(s.step, Step::Map);
}

#[test]
fn answer_sets_a_fitting_reply_and_ignores_others() {
    let s = knee();
    let s2 = apply(
        &s,
        Action::Answer(Question::PainQuality, Reply::One(Answer::Sharp)),
    );
    assert_eq!(s2.answers.one(Question::PainQuality), Some(Answer::Sharp));
    // Same reply again: nothing to do.
    assert_eq!(
        s2.apply(Action::Answer(
            Question::PainQuality,
            Reply::One(Answer::Sharp)
        )),
        None
    );
    // Not an answer to that question, wrong kind, out of range, exclusive with others.
    assert_eq!(
        s.apply(Action::Answer(
            Question::PainQuality,
            Reply::One(Answer::Downhill)
        )),
        None
    );
    assert_eq!(
        s.apply(Action::Answer(
            Question::PainQuality,
            many(&[Answer::Sharp])
        )),
        None
    );
    assert_eq!(
        s.apply(Action::Answer(Question::WeeksToRace, Reply::Weeks(53))),
        None
    );
    assert_eq!(
        s.apply(Action::Answer(
            Question::Aggravators,
            many(&[Answer::None, Answer::Stairs])
        )),
        None
    );
    // `unsure` is a real answer to every single-choice question.
    let s3 = apply(
        &s2,
        Action::Answer(Question::PainQuality, Reply::One(Answer::Unsure)),
    );
    assert_eq!(
        s3.answers.get(Question::PainQuality),
        Some(&Reply::One(Answer::Unsure))
    );
}

#[test]
fn an_empty_multi_choice_reply_clears_the_question() {
    let s = apply(
        &knee(),
        Action::Answer(Question::Aggravators, many(&[Answer::Stairs])),
    );
    let s = apply(&s, Action::Answer(Question::Aggravators, many(&[])));
    assert_eq!(s.answers.get(Question::Aggravators), None);
    assert_eq!(
        s.apply(Action::Answer(Question::Aggravators, many(&[]))),
        None
    );
}

#[test]
fn toggle_multi_ticks_and_unticks() {
    let s = apply(
        &knee(),
        Action::ToggleMulti(Question::Aggravators, Answer::Downhill),
    );
    let s = apply(
        &s,
        Action::ToggleMulti(Question::Aggravators, Answer::Stairs),
    );
    assert_eq!(
        s.answers.get(Question::Aggravators),
        Some(&many(&[Answer::Downhill, Answer::Stairs]))
    );
    let s = apply(
        &s,
        Action::ToggleMulti(Question::Aggravators, Answer::Downhill),
    );
    assert_eq!(
        s.answers.get(Question::Aggravators),
        Some(&many(&[Answer::Stairs]))
    );
    // Unticking the last one leaves the question unanswered, not an empty set.
    let s = apply(
        &s,
        Action::ToggleMulti(Question::Aggravators, Answer::Stairs),
    );
    assert_eq!(s.answers.get(Question::Aggravators), None);
}

#[test]
fn toggle_multi_none_excludes_the_others_both_ways() {
    let s = run(
        knee(),
        [
            Action::ToggleMulti(Question::RedFlags, Answer::NightOrRestPain),
            Action::ToggleMulti(Question::RedFlags, Answer::FeverOrUnwell),
        ],
    );
    let s = apply(&s, Action::ToggleMulti(Question::RedFlags, Answer::None));
    assert_eq!(
        s.answers.get(Question::RedFlags),
        Some(&many(&[Answer::None]))
    );
    let s = apply(
        &s,
        Action::ToggleMulti(Question::RedFlags, Answer::SaddleNumbness),
    );
    assert_eq!(
        s.answers.get(Question::RedFlags),
        Some(&many(&[Answer::SaddleNumbness]))
    );

    let s = apply(
        &knee(),
        Action::ToggleMulti(Question::SelfCareTried, Answer::Rest),
    );
    let s = apply(
        &s,
        Action::ToggleMulti(Question::SelfCareTried, Answer::Nothing),
    );
    assert_eq!(
        s.answers.get(Question::SelfCareTried),
        Some(&many(&[Answer::Nothing]))
    );
    let s = apply(
        &s,
        Action::ToggleMulti(Question::SelfCareTried, Answer::Nothing),
    );
    assert_eq!(s.answers.get(Question::SelfCareTried), None);
}

#[test]
fn toggle_multi_ignores_other_question_kinds_and_foreign_answers() {
    let s = knee();
    assert_eq!(
        s.apply(Action::ToggleMulti(Question::PainQuality, Answer::Sharp)),
        None
    );
    assert_eq!(
        s.apply(Action::ToggleMulti(Question::WeeksToRace, Answer::NoRace)),
        None
    );
    assert_eq!(
        s.apply(Action::ToggleMulti(Question::Aggravators, Answer::Sharp)),
        None
    );
    assert_eq!(
        s.apply(Action::ToggleMulti(Question::RedFlags, Answer::Nothing)),
        None
    );
}

#[test]
fn weeks_to_race_takes_0_to_52_or_no_race() {
    let s = knee();
    assert_eq!(
        apply(&s, Action::SetWeeks(0)).answers.weeks_to_race(),
        Some(Some(0))
    );
    let s52 = apply(&s, Action::SetWeeks(52));
    assert_eq!(s52.answers.weeks_to_race(), Some(Some(52)));
    assert_eq!(s.apply(Action::SetWeeks(53)), None);
    assert_eq!(s.apply(Action::SetWeeks(255)), None);
    let no = apply(&s52, Action::NoRace);
    assert_eq!(no.answers.weeks_to_race(), Some(None));
    assert_eq!(no.apply(Action::NoRace), None);
    let back = apply(&no, Action::SetWeeks(8));
    assert_eq!(back.answers.weeks_to_race(), Some(Some(8)));
}

#[test]
fn clear_answer_forgets_one_reply() {
    let s = run(
        knee(),
        [
            Action::SetWeeks(8),
            Action::Answer(Question::Trend, Reply::One(Answer::Worse)),
        ],
    );
    let s = apply(&s, Action::ClearAnswer(Question::WeeksToRace));
    assert_eq!(s.answers.weeks_to_race(), None);
    assert_eq!(s.answers.one(Question::Trend), Some(Answer::Worse));
    assert_eq!(s.apply(Action::ClearAnswer(Question::WeeksToRace)), None);
}

/// Answers to questions the new regions do not ask are kept (so nothing is lost if the region comes
/// back) but left out of what the engine sees. Holds for any question selection the engine makes.
#[test]
fn answers_outside_the_current_questions_are_kept_but_not_used() {
    let picks: Vec<VecSet<RegionSel>> = [
        &["knee-front.left"][..],
        &["hip-front.right"],
        &["lower-back.center"],
        &["knee-outer.right", "hip-outer.right"],
        &["foot.left"],
    ]
    .iter()
    .map(|l| l.iter().map(|s| sel(s)).collect())
    .collect();
    for a in &picks {
        for b in &picks {
            let mut s = Session::new(Pack::english());
            for r in a {
                s = apply(&s, Action::ToggleRegion(*r));
            }
            for q in Question::ALL {
                let reply = match q.kind() {
                    QuestionKind::Single => Reply::One(Answer::Unsure),
                    // A sign offered everywhere: "None of these" is (rightly) forgotten when new
                    // places bring signs it was not said of (safety_rules.rs).
                    QuestionKind::Multi if *q == Question::RedFlags => {
                        many(&[Answer::UnexplainedWeightLoss])
                    }
                    QuestionKind::Multi => many(&[q.exclusive_answer().unwrap()]),
                    QuestionKind::Weeks => Reply::Weeks(10),
                };
                s = run(s, [Action::Answer(*q, reply)]);
            }
            let all = s.answers.clone();
            let before = s.check_input();
            s = run(s, [Action::ClearRegions]);
            for r in b {
                s = apply(&s, Action::ToggleRegion(*r));
            }
            // Only the questions asked now are used (here a ticked warning sign leaves only the
            // signs themselves), never one the places or answers make moot.
            let asked = s.questions();
            assert!(asked
                .iter()
                .all(|q| questions_for(b, Pack::english()).contains(q)));
            let used = s.check_input();
            assert_eq!(used.regions, *b);
            let expected: Vec<Question> = Question::ALL
                .iter()
                .copied()
                .filter(|q| asked.contains(q))
                .collect();
            assert_eq!(used.answers.0.keys().copied().collect::<Vec<_>>(), expected);
            assert_eq!(s.answers, all, "answers are never pruned");
            // Picking the first regions again gives back exactly what was used before.
            s = run(s, [Action::ClearRegions]);
            for r in a {
                s = apply(&s, Action::ToggleRegion(*r));
            }
            assert_eq!(s.check_input(), before);
        }
    }
}

#[test]
fn a_question_step_that_is_no_longer_asked_moves_to_a_valid_step() {
    // Whatever the engine asks, after any region change the step is valid.
    let s = apply(&knee(), Action::Next);
    let s = run(
        s.clone(),
        [Action::GoTo(Step::Question(*s.questions().last().unwrap()))],
    );
    for r in ["lower-back.center", "foot.right", "hip-front.left"] {
        let t = apply(&s, Action::ToggleRegion(sel(r)));
        assert!(t.check_invariants().is_ok(), "{t:?}");
        let t = apply(&t, Action::RemoveRegion(sel("knee-front.left")));
        assert!(t.check_invariants().is_ok(), "{t:?}");
        assert!(matches!(t.step, Step::Question(_) | Step::Map));
    }
}

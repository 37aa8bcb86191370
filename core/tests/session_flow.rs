//! The session reducer, action by action: every action's effect, its no-op cases, and the edges of
//! the flow (first question, last question, no regions). Written against whatever question list
//! `engine::questions_for` returns, so it holds for the placeholder and the real engine alike.

use painmap_core::content::Pack;
use painmap_core::engine::questions_for;
use painmap_core::session::{Action, Session, Step, Units};
use painmap_core::vec_set::VecSet;
use painmap_core::{Answer, Answers, CheckInput, Question, QuestionKind, RegionSel, Reply};

fn sel(s: &str) -> RegionSel {
    RegionSel::parse(s).unwrap()
}

fn run(mut s: Session, actions: impl IntoIterator<Item = Action>) -> Session {
    for a in actions {
        if let Some(n) = s.apply(a) {
            s = n;
        }
    }
    s
}

fn apply(s: &Session, a: Action) -> Session {
    s.apply(a.clone())
        .unwrap_or_else(|| panic!("{a:?} changed nothing from {s:?}"))
}

fn many(items: &[Answer]) -> Reply {
    Reply::Many(items.iter().copied().collect())
}

/// The left knee picked and the warning signs answered "None of these" (nothing gets past that
/// step without them; `safety_rules.rs` tests that on its own).
fn knee() -> Session {
    run(
        Session::new(Pack::english()),
        [
            Action::ToggleRegion(sel("knee-front.left")),
            Action::ToggleMulti(Question::RedFlags, Answer::None),
        ],
    )
}

#[test]
fn a_new_session_is_on_the_map_with_nothing_entered() {
    let s = Session::new(Pack::english());
    assert_eq!(s.step, Step::Map);
    assert!(s.regions.is_empty());
    assert!(s.answers.0.is_empty());
    assert_eq!(s.units, None);
    assert_eq!(s.progress().0, 0);
}

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
fn next_from_the_map_needs_a_region() {
    assert_eq!(Session::new(Pack::english()).apply(Action::Next), None);
    let s = apply(&knee(), Action::Next);
    let first = s.questions()[0];
    assert_eq!(s.step, Step::Question(first));
    // SPEC: the warning signs are always asked, and first.
    assert_eq!(first, Question::RedFlags);
}

#[test]
fn next_walks_the_engine_order_to_the_results_and_stops_there() {
    let mut s = apply(&knee(), Action::Next);
    let qs = questions_for(&s.regions, Pack::english());
    for (i, q) in qs.iter().enumerate() {
        assert_eq!(s.step, Step::Question(*q));
        assert_eq!(s.progress(), (i + 1, qs.len()));
        s = apply(&s, Action::Next);
    }
    assert_eq!(s.step, Step::Results);
    assert_eq!(s.progress(), (qs.len(), qs.len()));
    assert_eq!(s.apply(Action::Next), None);
}

#[test]
fn back_walks_from_the_results_to_the_map_and_keeps_every_answer() {
    let s = apply(&knee(), Action::Next);
    let qs = s.questions();
    // Answer each question, as a runner clicking through would.
    let mut s = s;
    for q in &qs {
        let reply = match q.kind() {
            QuestionKind::Single => Reply::One(q.answers()[0]),
            // A warning sign would end the check at once; "None of these" walks every question.
            QuestionKind::Multi if *q == Question::RedFlags => many(&[Answer::None]),
            QuestionKind::Multi => many(&[q.answers()[0]]),
            QuestionKind::Weeks => Reply::Weeks(6),
        };
        s = run(s, [Action::Answer(*q, reply)]);
        s = apply(&s, Action::Next);
    }
    assert_eq!(s.step, Step::Results);
    let answers = s.answers.clone();
    assert_eq!(answers.0.len(), qs.len());

    s = apply(&s, Action::Back);
    assert_eq!(s.step, Step::Question(*qs.last().unwrap()));
    for q in qs.iter().rev().skip(1) {
        s = apply(&s, Action::Back);
        assert_eq!(s.step, Step::Question(*q));
    }
    s = apply(&s, Action::Back);
    assert_eq!(s.step, Step::Map);
    assert_eq!(s.apply(Action::Back), None);
    assert_eq!(s.answers, answers, "going back must not lose answers");
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

#[test]
fn go_to_accepts_only_valid_steps() {
    let empty = Session::new(Pack::english());
    assert_eq!(empty.apply(Action::GoTo(Step::Results)), None);
    assert_eq!(
        empty.apply(Action::GoTo(Step::Question(Question::RedFlags))),
        None
    );
    assert_eq!(empty.apply(Action::GoTo(Step::Map)), None, "already there");

    let s = knee();
    let last = *s.questions().last().unwrap();
    let at = apply(&s, Action::GoTo(Step::Question(last)));
    assert_eq!(at.step, Step::Question(last));
    let res = apply(&at, Action::GoTo(Step::Results));
    assert_eq!(res.step, Step::Results);
    assert_eq!(apply(&res, Action::GoTo(Step::Map)).step, Step::Map);
    for q in Question::ALL {
        let asked = s.questions().contains(q);
        assert_eq!(
            s.apply(Action::GoTo(Step::Question(*q))).is_some(),
            asked,
            "{q}"
        );
    }
}

#[test]
fn show_results_needs_a_region() {
    assert_eq!(
        Session::new(Pack::english()).apply(Action::ShowResults),
        None
    );
    let s = apply(&knee(), Action::ShowResults);
    assert_eq!(s.step, Step::Results);
    assert_eq!(s.apply(Action::ShowResults), None);
}

#[test]
fn open_replaces_the_check_and_shows_results_when_it_names_a_place() {
    let mut answers = Answers::default();
    answers
        .0
        .insert(Question::PainQuality, Reply::One(Answer::Sharp));
    // Built by hand, so it can hold what the codec would never produce; those are dropped.
    answers
        .0
        .insert(Question::Trend, Reply::One(Answer::Downhill));
    answers
        .0
        .insert(Question::Aggravators, Reply::Many(VecSet::new()));
    let input = CheckInput {
        regions: VecSet::from([sel("knee-outer.right")]),
        answers,
    };

    let before = run(knee(), [Action::SetUnits(Units::Mi), Action::SetWeeks(3)]);
    let s = apply(&before, Action::Open(input));
    // SPEC v2: without the warning signs a link waits on them, then shows its results.
    assert_eq!(s.step, Step::Question(Question::RedFlags));
    assert!(s.results_after_signs);
    assert_eq!(s.regions, VecSet::from([sel("knee-outer.right")]));
    assert_eq!(s.answers.0.len(), 1);
    assert_eq!(s.answers.one(Question::PainQuality), Some(Answer::Sharp));
    assert_eq!(s.units, Some(Units::Mi));
    assert!(s.check_invariants().is_ok());

    let mut with_signs = CheckInput {
        regions: VecSet::from([sel("knee-outer.right")]),
        answers: Answers::default(),
    };
    with_signs
        .answers
        .0
        .insert(Question::RedFlags, many(&[Answer::None]));
    let s = apply(&before, Action::Open(with_signs));
    assert_eq!(s.step, Step::Results);
    assert!(!s.results_after_signs);

    let s = apply(&before, Action::Open(CheckInput::default()));
    assert_eq!(s.step, Step::Map);
    assert!(s.answers.0.is_empty());
}

#[test]
fn restart_clears_everything_but_the_units() {
    let s = run(
        knee(),
        [
            Action::SetUnits(Units::Mi),
            Action::Next,
            Action::SetWeeks(5),
        ],
    );
    let s = apply(&s, Action::Restart);
    assert_eq!(
        s,
        Session {
            units: Some(Units::Mi),
            ..Session::new(Pack::english())
        }
    );
    assert_eq!(s.apply(Action::Restart), None);
    assert_eq!(Session::new(Pack::english()).apply(Action::Restart), None);
}

#[test]
fn units_are_the_runners_choice_else_the_hosts() {
    let s = Session::new(Pack::english());
    assert_eq!(s.units_or(Units::Mi), Units::Mi);
    let s = apply(&s, Action::SetUnits(Units::Km));
    assert_eq!(s.units_or(Units::Mi), Units::Km);
    assert_eq!(s.apply(Action::SetUnits(Units::Km)), None);
    for u in Units::ALL {
        assert_eq!(Units::parse(u.as_str()), Some(*u));
    }
    assert_eq!(Units::parse("miles"), None);
}

#[test]
fn progress_counts_questions_for_the_picked_regions() {
    let s = knee();
    let n = s.questions().len();
    assert_eq!(s.progress(), (0, n));
    assert_eq!(apply(&s, Action::Next).progress(), (1, n));
    assert_eq!(apply(&s, Action::ShowResults).progress(), (n, n));
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
            // "Nothing" was ticked for what has been tried, so "did it help" is not asked.
            let mut asked = questions_for(b, Pack::english());
            asked.retain(|q| *q != Question::SelfCareResult);
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

#[test]
fn did_it_help_is_skipped_when_nothing_was_tried() {
    use painmap_core::session::{Action, Session, Step};
    use painmap_core::{Answer, Question, RegionSel};
    let s = Session::new(Pack::english())
        .apply(Action::ToggleRegion(
            RegionSel::parse("hip-outer.right").unwrap(),
        ))
        .unwrap()
        .apply(Action::ToggleMulti(Question::RedFlags, Answer::None))
        .unwrap();
    assert!(s.questions().contains(&Question::SelfCareResult));
    let s = s
        .apply(Action::ToggleMulti(
            Question::SelfCareTried,
            Answer::Nothing,
        ))
        .unwrap();
    assert!(!s.questions().contains(&Question::SelfCareResult));
    // From "what have you tried", Next skips straight past "did it help".
    let s = s
        .apply(Action::GoTo(Step::Question(Question::SelfCareTried)))
        .unwrap();
    let next = s.apply(Action::Next).unwrap();
    assert_ne!(next.step, Step::Question(Question::SelfCareResult));
    // Ticking something real brings the question back.
    let s = s
        .apply(Action::ToggleMulti(Question::SelfCareTried, Answer::Rest))
        .unwrap();
    assert!(s.questions().contains(&Question::SelfCareResult));
}

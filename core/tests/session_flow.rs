//! The session reducer's flow, action by action: the steps from the map through the questions to
//! the results and back, going to a step, opening a check, restarting, units and progress, and the
//! edges (first question, last question, no regions). Written against whatever question list
//! the session asks (`Session::questions`), which shrinks as answers make questions moot.

mod session_support;

use painmap_core::content::Pack;
use painmap_core::session::{Action, Session, Step, Units};
use painmap_core::vec_set::VecSet;
use painmap_core::{Answer, Answers, CheckInput, Question, QuestionKind, Reply};
use session_support::{apply, knee, many, run, sel};

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
    // Nothing answered but the warning signs: every question the knee could ask is still open.
    let qs = s.questions();
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
    let mut s = apply(&knee(), Action::Next);
    // Answer each question shown, as a runner clicking through would; the path may shorten as
    // answers make later questions moot, and Back retraces the questions actually shown.
    let mut shown = Vec::new();
    while let Step::Question(q) = s.step {
        shown.push(q);
        let reply = match q.kind() {
            QuestionKind::Single => Reply::One(q.answers()[0]),
            // A warning sign would end the check at once; "None of these" walks every question.
            QuestionKind::Multi if q == Question::RedFlags => many(&[Answer::None]),
            QuestionKind::Multi => many(&[q.answers()[0]]),
            QuestionKind::Weeks => Reply::Weeks(6),
        };
        s = run(s, [Action::Answer(q, reply)]);
        s = apply(&s, Action::Next);
    }
    assert_eq!(s.step, Step::Results);
    assert_eq!(s.questions(), shown);
    let answers = s.answers.clone();
    assert_eq!(answers.0.len(), shown.len());

    s = apply(&s, Action::Back);
    assert_eq!(s.step, Step::Question(*shown.last().unwrap()));
    for q in shown.iter().rev().skip(1) {
        s = apply(&s, Action::Back);
        assert_eq!(s.step, Step::Question(*q));
    }
    s = apply(&s, Action::Back);
    assert_eq!(s.step, Step::Map);
    assert_eq!(s.apply(Action::Back), None);
    assert_eq!(s.answers, answers, "going back must not lose answers");
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

/// "Did anything help?" comes first; "what have you tried" only when it did not help (SPEC v2,
/// fewer questions): that is when what was tried can change the result.
#[test]
fn what_was_tried_is_asked_only_when_nothing_helped() {
    use painmap_core::session::{Action, Session};
    use painmap_core::{Answer, Question, RegionSel};
    let s = Session::new(Pack::english())
        .apply(Action::ToggleRegion(
            RegionSel::parse("knee-outer.right").unwrap(),
        ))
        .unwrap()
        .apply(Action::ToggleMulti(Question::RedFlags, Answer::None))
        .unwrap();
    let qs = s.questions();
    let result = qs.iter().position(|q| *q == Question::SelfCareResult);
    let tried = qs.iter().position(|q| *q == Question::SelfCareTried);
    assert!(result.is_some() && result < tried, "{qs:?}");
    let helped = s
        .apply(Action::Answer(
            Question::SelfCareResult,
            Reply::One(Answer::Helped),
        ))
        .unwrap();
    assert!(!helped.questions().contains(&Question::SelfCareTried));
    let no_help = s
        .apply(Action::Answer(
            Question::SelfCareResult,
            Reply::One(Answer::NoHelp),
        ))
        .unwrap();
    assert!(no_help.questions().contains(&Question::SelfCareTried));
}

//! Properties of the engine over any set of places and answers (proptest): it never panics, is
//! deterministic, shows no exercise when the check stops, never lowers urgency when a red flag is
//! added, and every exercise it shows belongs to a shown condition or revealed factor.

use painmap_core::content::Pack;
use painmap_core::engine::{evaluate, red_flag_level, Because, Outcome};
use painmap_core::vec_set::VecSet;
use painmap_core::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn any_regions() -> impl Strategy<Value = VecSet<RegionSel>> {
    let all: Vec<RegionSel> = RegionSel::all().collect();
    proptest::sample::subsequence(all, 0..=5).prop_map(|v| v.into_iter().collect())
}

/// A reply SPEC allows for `q` (what the widget itself can produce).
fn fitting_reply(q: Question) -> BoxedStrategy<Reply> {
    let answers = q.answers().to_vec();
    match q.kind() {
        QuestionKind::Single => proptest::sample::select(answers)
            .prop_map(Reply::One)
            .boxed(),
        QuestionKind::Multi => {
            let exclusive = q.exclusive_answer();
            let others: Vec<Answer> = answers
                .iter()
                .copied()
                .filter(|a| Some(*a) != exclusive)
                .collect();
            let n = others.len();
            prop_oneof![
                1 => Just(Reply::Many(exclusive.into_iter().collect())),
                4 => proptest::sample::subsequence(others, 0..=n).prop_map(|v| Reply::Many(v.into_iter().collect())),
            ]
            .boxed()
        }
        QuestionKind::Weeks => prop_oneof![
            (0u8..=52).prop_map(Reply::Weeks),
            Just(Reply::One(Answer::NoRace)),
        ]
        .boxed(),
    }
}

/// Answers the widget could give: each question left out or answered as SPEC allows.
fn fitting_answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = Question::ALL
        .iter()
        .map(|q| proptest::option::of(fitting_reply(*q)))
        .collect();
    per_question.prop_map(|replies| {
        Answers(
            Question::ALL
                .iter()
                .copied()
                .zip(replies)
                .filter_map(|(q, r)| r.map(|r| (q, r)))
                .collect(),
        )
    })
}

/// Anything at all in the answers map, shapes and ids that do not fit included (a tampered link or
/// saved state that slipped through).
fn any_answers() -> impl Strategy<Value = Answers> {
    let answer = proptest::sample::select(Answer::ALL.to_vec());
    let reply = prop_oneof![
        answer.clone().prop_map(Reply::One),
        proptest::collection::btree_set(answer, 0..6)
            .prop_map(|s| Reply::Many(s.into_iter().collect())),
        any::<u8>().prop_map(Reply::Weeks),
    ];
    proptest::collection::btree_map(
        proptest::sample::select(Question::ALL.to_vec()),
        reply,
        0..16,
    )
    .prop_map(|m: BTreeMap<Question, Reply>| Answers(m.into_iter().collect()))
}

fn input() -> impl Strategy<Value = CheckInput> {
    (any_regions(), fitting_answers())
        .prop_map(|(regions, answers)| CheckInput { regions, answers })
}

fn any_input() -> impl Strategy<Value = CheckInput> {
    (any_regions(), any_answers()).prop_map(|(regions, answers)| CheckInput { regions, answers })
}

/// Invariants every outcome keeps, whatever the input.
fn assert_coherent(o: &Outcome, pack: &Pack) -> Result<(), TestCaseError> {
    if o.stops_check() {
        prop_assert!(o.plan.is_none(), "no exercise under {}", o.triage);
        prop_assert!(o.conditions.is_empty() && o.factors.is_empty());
        prop_assert!(!o.red_flags.is_empty());
        let places: VecSet<RegionSel> = o.in_scope.iter().chain(&o.out_of_scope).copied().collect();
        prop_assert_eq!(red_flag_level(o.red_flags[0], &places), Some(o.triage));
    } else {
        prop_assert!(o.red_flags.is_empty());
        prop_assert_eq!(
            o.triage == Triage::SeeProfessional,
            !o.help_reasons.is_empty()
        );
    }
    prop_assert!(o.exercises().count() == 0 || !o.conditions.is_empty());
    let tie_rank = |c| painmap_core::engine::TIE_ORDER.iter().position(|x| *x == c);
    for w in o.conditions.windows(2) {
        prop_assert!(
            w[0].score > w[1].score
                || (w[0].score == w[1].score
                    && tie_rank(w[0].condition) < tie_rank(w[1].condition))
        );
    }
    for m in &o.conditions {
        prop_assert!(m.score >= pack.scoring.shown);
        let backed = m.evidence.iter().skip(1).any(|e| e.raised());
        prop_assert_eq!(
            m.strength,
            if backed {
                pack.scoring.strength(m.score)
            } else {
                Strength::Possible
            }
        );
        prop_assert_eq!(m.evidence.iter().map(|e| e.weight).sum::<i32>(), m.score);
        prop_assert!(!m.sites.is_empty() && m.sites.iter().all(|s| s.region.in_scope()));
        for e in &m.evidence {
            prop_assert!(
                pack.rule(&e.rule).is_some(),
                "evidence names a real rule: {}",
                e.rule
            );
        }
    }
    if let Some(plan) = &o.plan {
        let mut seen = VecSet::new();
        for pe in &plan.exercises {
            prop_assert!(seen.insert(pe.exercise), "{} shown twice", pe.exercise);
            prop_assert!(!pe.because.is_empty());
            for why in &pe.because {
                match why {
                    Because::Condition(c) => {
                        prop_assert!(
                            o.conditions.iter().any(|m| m.condition == *c),
                            "{c} is not shown"
                        );
                        prop_assert!(pack.condition(*c).unwrap().exercises.contains(&pe.exercise));
                    }
                    Because::Factor(f) => {
                        prop_assert!(
                            o.factors.iter().any(|x| x.factor == *f),
                            "{f} is not revealed"
                        );
                        prop_assert!(pack.factor(*f).unwrap().exercises.contains(&pe.exercise));
                    }
                }
            }
        }
    }
    if o.is_out_of_scope_only() {
        prop_assert!(o.conditions.is_empty() && o.plan.is_none());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_is_deterministic_on_anything(inp in any_input()) {
        let pack = Pack::english();
        let a = evaluate(&inp, pack);
        let b = evaluate(&inp.clone(), pack);
        prop_assert_eq!(&a, &b);
        assert_coherent(&a, pack)?;
    }

    #[test]
    fn outcomes_of_real_inputs_are_coherent(inp in input()) {
        assert_coherent(&evaluate(&inp, Pack::english()), Pack::english())?;
    }

    #[test]
    fn adding_a_red_flag_never_lowers_urgency(
        inp in input(),
        flag in proptest::sample::select(Question::RedFlags.answers().iter().copied().filter(|a| *a != Answer::None).collect::<Vec<_>>()),
    ) {
        let pack = Pack::english();
        let before = evaluate(&inp, pack);
        let mut more = inp.clone();
        let mut flags = match more.answers.get(Question::RedFlags) {
            Some(Reply::Many(set)) => set.clone(),
            _ => VecSet::new(),
        };
        flags.remove(&Answer::None);
        flags.insert(flag);
        more.answers.0.insert(Question::RedFlags, Reply::Many(flags));
        let after = evaluate(&more, pack);
        prop_assert!(after.triage >= before.triage, "{} -> {}", before.triage, after.triage);
        prop_assert!(after.triage >= Triage::Urgent);
        prop_assert!(after.plan.is_none());
    }

    #[test]
    fn emergency_exactly_when_an_emergency_sign_is_ticked(inp in input()) {
        // SPEC v2: the cauda equina signs, a hot red swollen joint, chest pain or breathlessness,
        // and a fever with the lower back picked.
        let o = evaluate(&inp, Pack::english());
        let back = inp.regions.iter().any(|s| s.region == Region::LowerBack);
        let ticked = [
            Answer::SaddleNumbness,
            Answer::BladderBowelChange,
            Answer::BothLegsWeak,
            Answer::HotRedSwollenJoint,
            Answer::ChestPainOrBreathless,
        ]
        .iter()
        .any(|a| inp.answers.has(Question::RedFlags, *a))
            || (back && inp.answers.has(Question::RedFlags, Answer::FeverOrUnwell));
        prop_assert_eq!(o.triage == Triage::Emergency, ticked);
    }

    #[test]
    fn unsure_is_the_same_as_no_answer(inp in input()) {
        let pack = Pack::english();
        let mut filled = inp.clone();
        for q in Question::ALL.iter().filter(|q| q.kind() == QuestionKind::Single) {
            if filled.answers.get(*q).is_none() {
                filled.answers.0.insert(*q, Reply::One(Answer::Unsure));
            }
        }
        prop_assert_eq!(evaluate(&inp, pack), evaluate(&filled, pack));
    }

    #[test]
    fn side_does_not_change_what_it_is(inp in input()) {
        // Mirroring every place to the other side changes the sites, never the conditions or triage.
        let pack = Pack::english();
        let mirrored = CheckInput {
            regions: inp.regions.iter().map(|s| {
                let side = match s.side { Side::Left => Side::Right, Side::Right => Side::Left, Side::Center => Side::Center };
                RegionSel::new(s.region, side).unwrap()
            }).collect(),
            answers: inp.answers.clone(),
        };
        let (a, b) = (evaluate(&inp, pack), evaluate(&mirrored, pack));
        prop_assert_eq!(a.triage, b.triage);
        prop_assert_eq!(
            a.conditions.iter().map(|m| (m.condition, m.score)).collect::<Vec<_>>(),
            b.conditions.iter().map(|m| (m.condition, m.score)).collect::<Vec<_>>()
        );
        prop_assert_eq!(a.exercises().collect::<Vec<_>>(), b.exercises().collect::<Vec<_>>());
    }
}

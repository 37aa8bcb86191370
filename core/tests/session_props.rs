//! Property tests over everything the session takes from outside and every sequence of actions:
//! arbitrary text never panics either reader, valid values round-trip, and the reducer keeps its
//! invariants whatever the runner does.

use painmap_core::content::Pack;
use painmap_core::engine::evaluate;
use painmap_core::session::{from_storage, to_storage, Action, LinkChoice, Session, Step, Units};
use painmap_core::share::{decode, encode, MAX_NOTICES};
use painmap_core::vec_set::VecSet;
use painmap_core::{Answer, Answers, CheckInput, Question, QuestionKind, RegionSel, Reply, Triage};
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeSet;

fn region() -> impl Strategy<Value = RegionSel> {
    select(RegionSel::all().collect::<Vec<_>>())
}

fn question() -> impl Strategy<Value = Question> {
    select(Question::ALL.to_vec())
}

fn answer() -> impl Strategy<Value = Answer> {
    select(Answer::ALL.to_vec())
}

/// A reply that fits `q` (non-empty for multi-choice: the canonical form of "nothing ticked" is no
/// reply at all).
fn fitting_reply(q: Question) -> BoxedStrategy<Reply> {
    match q.kind() {
        QuestionKind::Single => select(q.answers().to_vec()).prop_map(Reply::One).boxed(),
        QuestionKind::Multi => {
            let ex = q.exclusive_answer().unwrap();
            let others: Vec<Answer> = q.answers().iter().copied().filter(|a| *a != ex).collect();
            prop_oneof![
                Just(Reply::Many(VecSet::from([ex]))),
                proptest::sample::subsequence(others.clone(), 1..=others.len())
                    .prop_map(|v| Reply::Many(v.into_iter().collect())),
            ]
            .boxed()
        }
        QuestionKind::Weeks => prop_oneof![
            (0u8..=52).prop_map(Reply::Weeks),
            Just(Reply::One(Answer::NoRace))
        ]
        .boxed(),
    }
}

/// Any reply at all, fitting or not.
fn any_reply() -> impl Strategy<Value = Reply> {
    prop_oneof![
        answer().prop_map(Reply::One),
        proptest::collection::btree_set(answer(), 0..4)
            .prop_map(|s| Reply::Many(s.into_iter().collect())),
        any::<u8>().prop_map(Reply::Weeks),
    ]
}

fn valid_input() -> impl Strategy<Value = CheckInput> {
    let answers = proptest::collection::vec(question(), 0..Question::ALL.len())
        .prop_flat_map(|qs| {
            let qs: BTreeSet<Question> = qs.into_iter().collect();
            qs.into_iter()
                .map(|q| fitting_reply(q).prop_map(move |r| (q, r)))
                .collect::<Vec<_>>()
        })
        .prop_map(|pairs| Answers(pairs.into_iter().collect()));
    (proptest::collection::btree_set(region(), 0..6), answers).prop_map(|(regions, answers)| {
        CheckInput {
            regions: regions.into_iter().collect(),
            answers,
        }
    })
}

/// Any input, including replies that do not fit (as a caller building one by hand might).
fn any_input() -> impl Strategy<Value = CheckInput> {
    (
        proptest::collection::btree_set(region(), 0..4),
        proptest::collection::btree_map(question(), any_reply(), 0..6),
    )
        .prop_map(|(regions, m)| CheckInput {
            regions: regions.into_iter().collect(),
            answers: Answers(m.into_iter().collect()),
        })
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Map),
        Just(Step::Results),
        question().prop_map(Step::Question)
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => region().prop_map(Action::ToggleRegion),
        1 => region().prop_map(Action::RemoveRegion),
        1 => Just(Action::ClearRegions),
        3 => question().prop_flat_map(|q| fitting_reply(q).prop_map(move |r| Action::Answer(q, r))),
        2 => (question(), any_reply()).prop_map(|(q, r)| Action::Answer(q, r)),
        3 => (question(), answer()).prop_map(|(q, a)| Action::ToggleMulti(q, a)),
        1 => any::<u8>().prop_map(Action::SetWeeks),
        1 => Just(Action::NoRace),
        1 => question().prop_map(Action::ClearAnswer),
        5 => Just(Action::Next),
        3 => Just(Action::Back),
        2 => step().prop_map(Action::GoTo),
        1 => Just(Action::ShowResults),
        1 => any_input().prop_map(Action::Open),
        1 => any_input().prop_map(Action::Link),
        1 => Just(Action::OpenOffer),
        1 => Just(Action::KeepMine),
        1 => select(Units::ALL.to_vec()).prop_map(Action::SetUnits),
        1 => Just(Action::Restart),
    ]
}

fn session() -> impl Strategy<Value = Session> {
    proptest::collection::vec(action(), 0..40).prop_map(|actions| {
        let mut s = Session::new(Pack::english());
        for a in actions {
            if let Some(n) = s.apply(a) {
                s = n;
            }
        }
        s
    })
}

/// Text that looks like a share link often enough to reach the interesting branches.
fn linkish() -> impl Strategy<Value = String> {
    let mut words: Vec<String> = vec![
        "v", "regions", "1", "2", "", "no-race", "53", "%2C", "%", "#", "=", "&", ",",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    words.extend(Question::ALL.iter().map(|q| q.as_str().to_string()));
    words.extend(Answer::ALL.iter().map(|a| a.as_str().to_string()));
    words.extend(RegionSel::all().map(|r| r.to_string()));
    proptest::collection::vec(
        prop_oneof![
            4 => select(words),
            1 => "[ -~]{0,6}",
            1 => any::<char>().prop_map(String::from),
            3 => select(vec!["&".to_string(), "=".to_string(), ",".to_string()]),
        ],
        0..30,
    )
    .prop_map(|parts| parts.concat())
}

fn no_self_care_without_signs(sess: &Session) -> Result<(), TestCaseError> {
    if sess.step == Step::Results {
        prop_assert!(
            sess.red_flags_answered(),
            "results without the signs: {:?}",
            sess
        );
    }
    let o = evaluate(&sess.check_input(), Pack::english());
    if o.triage == Triage::SelfCare {
        prop_assert!(
            sess.red_flags_answered(),
            "self-care without the signs: {:?}",
            sess
        );
    }
    Ok(())
}

fn assert_canonical(i: &CheckInput) {
    for (q, r) in &i.answers.0 {
        assert!(r.fits(*q), "{q} = {r:?}");
        assert!(
            !matches!(r, Reply::Many(s) if s.is_empty()),
            "{q} stored empty"
        );
    }
}

// The readers are cheap: many cases.
proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics_on_any_text(s in any::<String>()) {
        let d = decode(&s);
        assert_canonical(&d.input);
        prop_assert!(d.notices.len() <= MAX_NOTICES + 1);
    }

    #[test]
    fn decode_never_panics_on_any_bytes(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        let d = decode(&String::from_utf8_lossy(&b));
        assert_canonical(&d.input);
    }

    #[test]
    fn decode_of_link_like_text_gives_only_valid_input(s in linkish()) {
        let d = decode(&s);
        assert_canonical(&d.input);
        prop_assert!(d.notices.len() <= MAX_NOTICES + 1);
        // Whatever was understood is written back in SPEC form and read again without a notice.
        let again = decode(&encode(&d.input));
        prop_assert_eq!(again.notices, vec![]);
        prop_assert_eq!(again.input, d.input);
    }

    #[test]
    fn valid_inputs_round_trip_through_the_link(i in valid_input()) {
        let link = encode(&i);
        let d = decode(&link);
        prop_assert_eq!(&d.notices, &vec![]);
        prop_assert_eq!(&d.input, &i);
        prop_assert_eq!(d.has_content(), !i.regions.is_empty());
        // Stable: the same input always gives the same link.
        prop_assert_eq!(encode(&d.input), link);
    }

    #[test]
    fn encode_of_anything_decodes_to_its_fitting_part(i in any_input()) {
        let d = decode(&encode(&i));
        prop_assert_eq!(&d.notices, &vec![]);
        let mut expected = i.clone();
        expected.answers.0.retain(|q, r| r.fits(*q) && !matches!(r, Reply::Many(s) if s.is_empty()));
        prop_assert_eq!(d.input, expected);
    }

    #[test]
    fn from_storage_never_panics_on_any_text(s in any::<String>()) {
        if let Ok(sess) = from_storage(&s, Pack::english()) {
            prop_assert!(sess.check_invariants().is_ok());
        }
    }

}

// Each case here builds a session from up to 40 actions: fewer cases, still a few thousand actions.
proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn from_storage_never_panics_on_mangled_entries(
        sess in session(),
        cut in any::<prop::sample::Index>(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
    ) {
        let text = to_storage(&sess);
        let mut bytes = text.into_bytes();
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        let n = cut.index(bytes.len() + 1);
        bytes.truncate(n);
        if let Ok(s) = from_storage(&String::from_utf8_lossy(&bytes), Pack::english()) {
            prop_assert!(s.check_invariants().is_ok(), "{:?}", s);
        }
    }

    #[test]
    fn sessions_round_trip_through_storage(sess in session()) {
        // A link on offer is a question put to the runner now, never saved.
        prop_assert_eq!(from_storage(&to_storage(&sess), Pack::english()), Ok(Session { offer: None, ..sess }));
    }

    #[test]
    fn any_action_sequence_keeps_the_invariants(actions in proptest::collection::vec(action(), 0..60)) {
        let mut s = Session::new(Pack::english());
        for a in actions {
            let before = s.clone();
            match s.apply(a.clone()) {
                Some(next) => {
                    prop_assert_ne!(&next, &before, "Some for a no-op: {:?}", a);
                    if let Err(e) = next.check_invariants() {
                        return Err(TestCaseError::fail(format!("{a:?} broke: {e}")));
                    }
                    // Only actions about answers (or starting afresh) may change them: moving
                    // around and changing regions never loses a reply, but for "None of these"
                    // on the warning signs when new places bring signs it was not said of.
                    let touches_answers = matches!(
                        a,
                        Action::Answer(..) | Action::ToggleMulti(..) | Action::SetWeeks(_) | Action::NoRace
                            | Action::ClearAnswer(_) | Action::Open(_) | Action::Link(_)
                            | Action::OpenOffer | Action::Restart
                    );
                    if !touches_answers {
                        let mut kept = before.answers.clone();
                        let new_signs = painmap_core::engine::red_flags_offered(&next.regions)
                            .iter()
                            .any(|x| !painmap_core::engine::red_flags_offered(&before.regions).contains(x));
                        if new_signs && kept.0.get(&Question::RedFlags) == Some(&Reply::Many([Answer::None].into_iter().collect())) {
                            kept.0.remove(&Question::RedFlags);
                        }
                        prop_assert_eq!(&next.answers, &kept, "{:?}", a);
                    }
                    // What the engine sees is always the picked regions with fitting replies to
                    // questions it asks.
                    let input = next.check_input();
                    prop_assert_eq!(&input.regions, &next.regions);
                    let asked = next.questions();
                    prop_assert!(input.answers.0.keys().all(|q| asked.contains(q)));
                    assert_canonical(&input);
                    let (at, total) = next.progress();
                    prop_assert!(at <= total);
                    s = next;
                }
                None => prop_assert_eq!(&s, &before),
            }
        }
    }

    /// SPEC v2 "no skipping": no session, however it was reached, sits on its results or is
    /// called self-care without an answered warning-signs step.
    #[test]
    fn nothing_shows_self_care_without_answered_warning_signs(sess in session()) {
        no_self_care_without_signs(&sess)?;
    }

    #[test]
    fn no_share_link_reaches_self_care_without_warning_signs(s in linkish()) {
        no_self_care_without_signs(&Session::from_check_input(decode(&s).input, Pack::english()))?;
    }

    #[test]
    fn no_valid_link_reaches_self_care_without_warning_signs(i in valid_input()) {
        let sess = Session::from_check_input(decode(&encode(&i)).input, Pack::english());
        no_self_care_without_signs(&sess)?;
        // A link with places but no signs waits on the signs, and says why.
        if !i.regions.is_empty() && !sess.red_flags_answered() {
            prop_assert_eq!(sess.step, Step::Question(Question::RedFlags));
            prop_assert!(sess.results_after_signs);
        }
    }

    /// "None of these" only ever stands for signs the runner could see when it was given: whenever
    /// a session shows its results on "None of these", every sign offered for its places now was
    /// offered when that answer was given (new places that bring new signs make the step ask again).
    #[test]
    fn none_of_these_never_covers_a_sign_it_was_not_said_of(actions in proptest::collection::vec(action(), 0..60)) {
        use painmap_core::engine::red_flags_offered;
        let only_none = |s: &Session| s.answers.get(Question::RedFlags) == Some(&Reply::Many([Answer::None].into_iter().collect()));
        let mut s = Session::new(Pack::english());
        // The signs offered when the standing "None of these" was given.
        let mut said_of: Option<Vec<Answer>> = None;
        for a in actions {
            let Some(next) = s.apply(a.clone()) else { continue };
            // Given now: ticked or answered here, or brought by a share link.
            let opened_link = matches!(a, Action::Open(_) | Action::OpenOffer)
                || (matches!(a, Action::Link(_)) && next.offer.is_none());
            let given_now = !only_none(&s) || opened_link;
            if !only_none(&next) {
                said_of = None;
            } else if given_now {
                said_of = Some(red_flags_offered(&next.regions));
            }
            if next.step == Step::Results && only_none(&next) {
                let seen = said_of.as_ref().expect("a standing answer was given");
                for sign in red_flags_offered(&next.regions) {
                    prop_assert!(seen.contains(&sign), "results on 'None of these' although {sign} was not offered when it was given ({a:?})");
                }
            }
            s = next;
        }
    }

    #[test]
    fn next_then_back_returns_to_the_same_step(sess in session()) {
        // (The shortcuts from the warning signs straight to the results, a share link's or a
        // ticked sign's, are one way: Back from those results goes to the signs.)
        if sess.results_after_signs || sess.signs_stop_check() {
            return Ok(());
        }
        if let Some(fwd) = sess.apply(Action::Next) {
            let back = fwd.apply(Action::Back).expect("back after next always moves");
            prop_assert_eq!(back.step, sess.step);
            prop_assert_eq!(back, sess);
        }
    }

    #[test]
    fn a_pasted_link_never_silently_replaces_a_check(
        sess in session(),
        link in prop_oneof![linkish(), valid_input().prop_map(|i| encode(&i))],
    ) {
        let d = decode(&link);
        let choice = sess.link_choice(&d.input);
        let after = sess.apply(Action::Link(d.input.clone()));
        // Left alone exactly when a fresh load would not open it.
        prop_assert_eq!(choice == LinkChoice::Ignore, !d.has_content());
        if choice == LinkChoice::Ignore {
            prop_assert_eq!(after, None);
            return Ok(());
        }
        let opened = sess.apply(Action::Open(d.input.clone())).unwrap_or_else(|| sess.clone());
        // Opened, it lands where a fresh load lands, and the runner's units stay.
        let fresh = Session::from_check_input(d.input, Pack::english());
        prop_assert_eq!(&opened, &Session { units: sess.units, ..fresh });
        let had_something = !sess.regions.is_empty() || !sess.answers.0.is_empty();
        let lost = had_something && (opened.regions != sess.regions || opened.answers != sess.answers);
        prop_assert_eq!(choice == LinkChoice::Ask, lost, "{:?} over {:?}", opened, sess);
        let after = after.unwrap_or_else(|| sess.clone());
        if lost {
            // Asked: nothing the runner has changes until they choose.
            prop_assert_eq!(&after, &Session { offer: Some(Box::new(opened.clone())), ..sess.clone() });
            prop_assert_eq!(after.apply(Action::KeepMine), Some(Session { offer: None, ..sess.clone() }));
            let chosen = after.apply(Action::OpenOffer).expect("opening the offer changes the check");
            prop_assert_eq!(chosen, opened);
        } else {
            prop_assert_eq!(after, opened);
        }
    }
    #[test]
    fn a_checks_own_link_opens_without_asking(sess in session()) {
        let own = decode(&encode(&sess.check_input()));
        let choice = sess.link_choice(&own.input);
        if sess.regions.is_empty() {
            prop_assert_eq!(choice, LinkChoice::Ignore);
        } else if sess.answers == sess.check_input().answers {
            prop_assert_eq!(choice, LinkChoice::Open);
        } else {
            // Answers the places no longer ask are still the runner's: the link would drop them.
            prop_assert_eq!(choice, LinkChoice::Ask);
        }
    }
}

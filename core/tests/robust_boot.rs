//! The widget's whole start-up path over outside input, in pure Rust: whatever a share link or a
//! saved entry holds, doing what `src/ui/app.rs` does with it (decode, word the notices, build
//! the session, count the progress, evaluate, word the results in km and in miles, encode the
//! link again) never panics, and the link written back reads as the same check. The codecs'
//! own properties are in `session_props.rs` and `settings.rs`; this is the path between them.

use painmap_core::content::Pack;
use painmap_core::engine::evaluate;
use painmap_core::session::{from_storage, to_storage, Session, Step, Units};
use painmap_core::share;
use painmap_core::*;
use proptest::prelude::*;

/// A token a link might hold: real keys and ids (so that decoding often finds something to use)
/// mixed with noise, escapes and separators.
fn token() -> impl Strategy<Value = String> {
    let mut words: Vec<String> = vec![
        "v".into(),
        "1".into(),
        "2".into(),
        "regions".into(),
        "left".into(),
        "right".into(),
        "center".into(),
        "0".into(),
        "52".into(),
        "53".into(),
        "-1".into(),
    ];
    words.extend(Question::ALL.iter().map(|q| q.as_str().to_string()));
    words.extend(Answer::ALL.iter().map(|a| a.as_str().to_string()));
    words.extend(Region::ALL.iter().map(|r| r.as_str().to_string()));
    prop_oneof![
        6 => proptest::sample::select(words),
        3 => proptest::sample::select(vec!["=", "&", ",", ".", "%", "%2C", "%26", "%3D", "#", "?", "+", " "])
            .prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

/// A value in a link: an answer or a place (`id.side`), real or not.
fn value() -> impl Strategy<Value = String> {
    let sides = vec!["left", "right", "left", "right", "center", "up", ""];
    prop_oneof![
        3 => (proptest::sample::select(Region::ALL.to_vec()), proptest::sample::select(sides))
            .prop_map(|(r, s)| format!("{}.{s}", r.as_str())),
        3 => token(),
        1 => (0u16..80).prop_map(|n| n.to_string()),
    ]
}

/// Links shaped like SPEC's (`v=1&key=a,b&...`) with real and wrong keys and values, or loose
/// tokens run together.
fn fragment() -> impl Strategy<Value = String> {
    let pair = (
        prop_oneof![
            3 => Just("regions".to_string()),
            4 => proptest::sample::select(Question::ALL.to_vec()).prop_map(|q| q.as_str().to_string()),
            1 => token(),
        ],
        proptest::collection::vec(value(), 0..4),
    )
        .prop_map(|(k, vs)| format!("{k}={}", vs.join(",")));
    let shaped = (
        proptest::sample::select(vec!["v=1&", "v=1&", "v=2&", "", "v=&"]),
        proptest::collection::vec(pair, 0..8),
    )
        .prop_map(|(v, pairs)| format!("{v}{}", pairs.join("&")));
    prop_oneof![
        3 => shaped,
        1 => proptest::collection::vec(token(), 0..40).prop_map(|t| t.concat()),
    ]
}

/// Runs everything the widget does with a session once it has one, as the UI would.
fn show(session: &Session, pack: &Pack) -> Result<(), TestCaseError> {
    prop_assert!(session.check_invariants().is_ok(), "{:?}", session);
    let (at, total) = session.progress();
    prop_assert!(at <= total);
    let input = session.check_input();
    let outcome = evaluate(&input, pack);
    for units in [Units::Km, Units::Mi] {
        // Every text the results may show, in both units (distance tokens filled in).
        for m in &outcome.conditions {
            if let Some(c) = pack.condition(m.condition) {
                let _ = pack.localize(&c.explanation.text, units);
                for f in c.training_changes.iter().chain(c.facts.iter()) {
                    let _ = pack.localize(&f.text, units);
                }
            }
            for e in &m.evidence {
                let _ = pack.localize(pack.evidence_text(&e.rule), units);
            }
        }
        let _ = pack.localize(&pack.no_clear_match.text, units);
        let _ = pack.localize(&pack.out_of_scope.text, units);
    }
    // A share link of the check reads back as the same check.
    let link = share::encode(&input);
    let back = share::decode(&link);
    prop_assert!(back.notices.is_empty(), "{link}: {:?}", back.notices);
    prop_assert_eq!(back.input, input);
    Ok(())
}

/// Walks a session forward to its results with Next, as a runner pressing Next would.
fn walk_to_results(mut s: Session) -> Session {
    for _ in 0..40 {
        if s.step == Step::Results {
            break;
        }
        match s.apply(session::Action::Next) {
            Some(next) => s = next,
            None => break,
        }
    }
    s
}

#[test]
fn the_generated_links_often_hold_a_usable_check() {
    // Guards the properties below: many generated links must reach the results, not only notices.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = fragment();
    let usable = (0..400)
        .filter(|_| {
            let frag = strategy.new_tree(&mut runner).unwrap().current();
            share::decode(&frag).has_content()
        })
        .count();
    assert!(
        usable >= 40,
        "only {usable} of 400 generated links name a place"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn any_share_link_goes_through_the_whole_boot_path(frag in fragment()) {
        let pack = Pack::english();
        let decoded = share::decode(&frag);
        for n in &decoded.notices {
            prop_assert!(!n.message(pack).trim().is_empty(), "{:?}", n);
        }
        let session = Session::from_check_input(decoded.input.clone(), Pack::english());
        if decoded.has_content() {
            // SPEC v2: the results when the link answers the warning signs, else that step.
            let want = if session.red_flags_answered() {
                Step::Results
            } else {
                Step::Question(painmap_core::Question::RedFlags)
            };
            prop_assert_eq!(session.step, want, "a link with a place opens the results or the signs");
        }
        show(&session, pack)?;
        show(&walk_to_results(Session::from_check_input(decoded.input, Pack::english())), pack)?;
    }

    #[test]
    fn any_saved_entry_goes_through_the_whole_boot_path(
        frag in fragment(),
        junk in proptest::collection::vec(any::<u8>(), 0..24),
        at in any::<prop::sample::Index>(),
    ) {
        let pack = Pack::english();
        // A real entry (from a link's check), then bytes spliced into it somewhere.
        let good = to_storage(&Session::from_check_input(share::decode(&frag).input, Pack::english()));
        let mut bytes = good.into_bytes();
        let i = at.index(bytes.len() + 1);
        bytes.splice(i..i, junk);
        match from_storage(&String::from_utf8_lossy(&bytes), Pack::english()) {
            Ok(session) => show(&session, pack)?,
            Err(e) => {
                prop_assert!(!e.message(pack).trim().is_empty());
                prop_assert!(!e.to_string().is_empty());
            }
        }
    }
}

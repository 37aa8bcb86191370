//! Robustness of the content pack, the one outside input the other suites cover least: any bytes
//! given to `Pack::from_json` never panic; a valid pack mutated anywhere in its JSON tree (a key
//! gone, a value of another type, an unknown id, an empty text, a list entry repeated) never
//! panics and, when it is no longer a pack, says what is wrong; a mutated pack that still
//! validates is one the engine can run on without panicking; and the English pack round-trips
//! through serde unchanged.

use painmap_core::content::{english_json, Pack};
use painmap_core::engine::evaluate;
use painmap_core::vec_set::VecSet;
use painmap_core::*;
use proptest::prelude::*;
use serde_json::Value;

fn english_value() -> Value {
    serde_json::from_str(&english_json()).expect("the English pack is JSON")
}

/// Every path in a JSON tree (object keys and array indexes), root first.
fn paths(v: &Value) -> Vec<Vec<PathStep>> {
    let mut out = vec![Vec::new()];
    fn walk(v: &Value, at: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    at.push(PathStep::Key(k.clone()));
                    out.push(at.clone());
                    walk(child, at, out);
                    at.pop();
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    at.push(PathStep::Index(i));
                    out.push(at.clone());
                    walk(child, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    walk(v, &mut Vec::new(), &mut out);
    out
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

/// What to do at a path.
#[derive(Clone, Debug)]
enum Mutation {
    /// Take the key or list entry out.
    Remove,
    /// Put another value there (another type, an unknown id, an empty text, a huge number...).
    Replace(Value),
    /// Repeat a list entry, or the value of an object's key under a second, unknown key.
    Duplicate,
}

fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        Just(Value::from("")),
        Just(Value::from("   ")),
        Just(Value::from("no-such-id")),
        Just(Value::from("knee-front")),
        Just(Value::from("{km:3}")),
        Just(Value::from("{")),
        ".{0,12}".prop_map(Value::from),
        Just(Value::Array(vec![])),
        Just(serde_json::json!(["no-such-id"])),
        Just(serde_json::json!({})),
        Just(serde_json::json!({ "unexpected": 1 })),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => Just(Mutation::Remove),
        4 => odd_value().prop_map(Mutation::Replace),
        1 => Just(Mutation::Duplicate),
    ]
}

/// Applies `m` at `path` (a path taken from the same tree before any change; a path that no
/// longer exists after earlier mutations is skipped).
fn apply(doc: &mut Value, path: &[PathStep], m: &Mutation) {
    let Some((last, parent_path)) = path.split_last() else {
        if let Mutation::Replace(v) = m {
            *doc = v.clone();
        }
        return;
    };
    let mut parent = &mut *doc;
    for step in parent_path {
        let next = match (step, parent) {
            (PathStep::Key(k), Value::Object(o)) => o.get_mut(k),
            (PathStep::Index(i), Value::Array(a)) => a.get_mut(*i),
            _ => None,
        };
        match next {
            Some(n) => parent = n,
            None => return,
        }
    }
    match (last, parent) {
        (PathStep::Key(k), Value::Object(o)) if o.contains_key(k) => match m {
            Mutation::Remove => {
                o.remove(k);
            }
            Mutation::Replace(v) => {
                o.insert(k.clone(), v.clone());
            }
            Mutation::Duplicate => {
                let v = o[k].clone();
                o.insert(format!("{k}-again"), v);
            }
        },
        (PathStep::Index(i), Value::Array(a)) if *i < a.len() => match m {
            Mutation::Remove => {
                a.remove(*i);
            }
            Mutation::Replace(v) => a[*i] = v.clone(),
            Mutation::Duplicate => {
                let v = a[*i].clone();
                a.insert(*i, v);
            }
        },
        _ => {}
    }
}

/// A few inputs that reach every part of the engine: each in-scope place with answers that
/// point somewhere, a red flag, an out-of-scope place, and nothing answered.
fn probe_inputs() -> Vec<CheckInput> {
    let sel = |r: Region, s: Side| RegionSel::new(r, s).expect("a valid place");
    let mut out = Vec::new();
    for r in RegionSel::all() {
        out.push(CheckInput {
            regions: VecSet::from([r]),
            answers: Answers::default(),
        });
    }
    let mut answers = Answers::default();
    answers
        .0
        .insert(Question::PainQuality, Reply::One(Answer::Sharp));
    answers.0.insert(
        Question::Aggravators,
        Reply::Many(VecSet::from([Answer::Downhill, Answer::LongSitting])),
    );
    answers
        .0
        .insert(Question::VolumeJump, Reply::One(Answer::Yes));
    answers
        .0
        .insert(Question::SittingHours, Reply::One(Answer::Over8));
    answers.0.insert(Question::WeeksToRace, Reply::Weeks(3));
    out.push(CheckInput {
        regions: VecSet::from([
            sel(Region::KneeOuter, Side::Left),
            sel(Region::HipOuter, Side::Right),
            sel(Region::LowerBack, Side::Center),
        ]),
        answers: answers.clone(),
    });
    let mut flagged = answers;
    flagged.0.insert(
        Question::RedFlags,
        Reply::Many(VecSet::from([Answer::NightOrRestPain])),
    );
    out.push(CheckInput {
        regions: VecSet::from([sel(Region::HipFront, Side::Left)]),
        answers: flagged,
    });
    out
}

#[test]
fn the_english_pack_round_trips_through_serde() {
    let pack = Pack::english();
    let json = serde_json::to_string(pack).expect("a pack serializes");
    let again = Pack::from_json(&json).expect("its own JSON is a valid pack");
    assert_eq!(&again, pack);
    // ...and the JSON it writes is the bundled document, key for key.
    let written: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(written, english_value());
}

#[test]
fn the_probe_inputs_reach_conditions_red_flags_and_out_of_scope() {
    // Guards the engine property below: the probes must exercise real work.
    let pack = Pack::english();
    let outcomes: Vec<_> = probe_inputs().iter().map(|i| evaluate(i, pack)).collect();
    assert!(outcomes.iter().any(|o| !o.conditions.is_empty()));
    assert!(outcomes.iter().any(|o| o.stops_check()));
    assert!(outcomes.iter().any(|o| o.is_out_of_scope_only()));
    assert!(outcomes.iter().any(|o| o.plan.is_some()));
}

#[test]
fn removing_any_top_level_part_is_an_error_naming_it() {
    let doc = english_value();
    for key in doc.as_object().unwrap().keys() {
        let mut broken = doc.clone();
        broken.as_object_mut().unwrap().remove(key);
        let errs = Pack::from_json(&broken.to_string()).expect_err(key);
        assert!(
            errs.iter()
                .any(|e| e.message.contains(key.as_str()) || e.at.contains(key.as_str())),
            "removing `{key}` names it: {errs:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(errs) = Pack::from_json(&text) {
            prop_assert!(!errs.is_empty());
        }
    }

    #[test]
    fn json_that_is_not_a_pack_never_panics(v in odd_value(), wrap in 0u8..3) {
        let doc = match wrap {
            0 => v,
            1 => serde_json::json!({ "locale": v }),
            _ => serde_json::json!([v]),
        };
        prop_assert!(Pack::from_json(&doc.to_string()).is_err());
    }
}

proptest! {
    // Each case parses and validates a whole pack (and, when it still validates, runs the engine).
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_pack_never_panics_and_says_what_is_wrong(
        picks in proptest::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4),
    ) {
        let mut doc = english_value();
        let all = paths(&doc);
        for (at, m) in &picks {
            let path = &all[at.index(all.len())];
            apply(&mut doc, path, m);
        }
        match Pack::from_json(&doc.to_string()) {
            Err(errs) => {
                prop_assert!(!errs.is_empty());
                for e in &errs {
                    prop_assert!(!e.message.trim().is_empty(), "an error with no message: {:?}", e);
                }
            }
            Ok(pack) => {
                // Still a valid pack (e.g. a text changed to other words): the engine runs on it.
                for input in probe_inputs() {
                    let a = evaluate(&input, &pack);
                    prop_assert_eq!(&a, &evaluate(&input, &pack));
                }
            }
        }
    }

    #[test]
    fn a_valid_pack_with_other_texts_round_trips(text in "[a-zA-Z ,.]{1,40}", at in any::<prop::sample::Index>()) {
        // Change one UI label (any label keeps the pack valid), then through JSON and back.
        let mut pack = Pack::english().clone();
        let keys: Vec<painmap_core::content::Ui> = pack.ui.keys().copied().collect();
        let key = keys[at.index(keys.len())];
        let text = format!("x{text}");
        pack.ui.insert(key, text.clone().into());
        let json = serde_json::to_string(&pack).unwrap();
        let again = Pack::from_json(&json).map_err(|e| format!("{e:?}")).unwrap();
        prop_assert_eq!(again.ui(key), text.as_str());
        prop_assert_eq!(again, pack);
    }
}

//! The saved state kept in `localStorage`: its versioned envelope, and every way an entry can be
//! unreadable (each an error value with a notice the pack can word, never a panic).

use painmap_core::content::Pack;
use painmap_core::session::{
    from_storage, to_storage, Action, Session, Step, StorageError, Units, STORAGE_KEY,
};
use painmap_core::{Answer, Question, RegionSel};
use serde_json::{json, Value};

fn sample() -> Session {
    let mut s = Session::new(Pack::english());
    for a in [
        Action::ToggleRegion(RegionSel::parse("knee-front.left").unwrap()),
        Action::ToggleRegion(RegionSel::parse("lower-back.center").unwrap()),
        Action::SetUnits(Units::Mi),
        Action::Next,
        Action::ToggleMulti(Question::RedFlags, Answer::None),
        Action::ToggleMulti(Question::Aggravators, Answer::Downhill),
        Action::ToggleMulti(Question::Aggravators, Answer::Stairs),
        Action::Answer(
            Question::PainQuality,
            painmap_core::Reply::One(Answer::Unsure),
        ),
        Action::SetWeeks(8),
        Action::Next,
    ] {
        s = s.apply(a).unwrap();
    }
    s
}

fn with(field: &str, value: Value) -> String {
    let mut v: Value = serde_json::from_str(&to_storage(&sample())).unwrap();
    v[field] = value;
    v.to_string()
}

#[test]
fn the_key_is_stable() {
    assert_eq!(STORAGE_KEY, "painmap.session");
}

#[test]
fn the_envelope_is_versioned_readable_json() {
    let text = to_storage(&sample());
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["v"], json!(1));
    assert_eq!(
        v["regions"],
        json!(["knee-front.left", "lower-back.center"])
    );
    assert_eq!(v["answers"]["aggravators"], json!(["downhill", "stairs"]));
    assert_eq!(v["answers"]["red-flags"], json!(["none"]));
    assert_eq!(v["answers"]["weeks-to-race"], json!(8));
    assert_eq!(v["answers"]["pain-quality"], json!("unsure"));
    assert_eq!(v["units"], json!("mi"));
    assert!(v["step"].get("question").is_some(), "{text}");
}

#[test]
fn every_step_and_no_race_round_trip() {
    let s = sample();
    for step in [Step::Map, Step::Results, Step::Question(Question::Trend)] {
        let t = s.apply(Action::GoTo(step)).unwrap_or_else(|| s.clone());
        assert_eq!(
            from_storage(&to_storage(&t), Pack::english()),
            Ok(t.clone())
        );
    }
    let t = s.apply(Action::NoRace).unwrap();
    assert_eq!(from_storage(&to_storage(&t), Pack::english()), Ok(t));
    assert_eq!(
        from_storage(&to_storage(&Session::new(Pack::english())), Pack::english()),
        Ok(Session::new(Pack::english()))
    );
}

#[test]
fn broken_json_is_corrupt() {
    let full = to_storage(&sample());
    for text in [
        "",
        "   ",
        "not json",
        "{",
        "[]",
        "null",
        "42",
        "\"painmap\"",
        &full[..full.len() / 2],
    ] {
        assert!(
            matches!(
                from_storage(text, Pack::english()),
                Err(StorageError::Corrupt(_))
            ),
            "{text:?}: {:?}",
            from_storage(text, Pack::english())
        );
    }
}

#[test]
fn a_missing_or_other_version_is_a_version_error() {
    assert_eq!(
        from_storage("{}", Pack::english()),
        Err(StorageError::Version(None))
    );
    let mut v: Value = serde_json::from_str(&to_storage(&sample())).unwrap();
    v.as_object_mut().unwrap().remove("v");
    assert_eq!(
        from_storage(&v.to_string(), Pack::english()),
        Err(StorageError::Version(None))
    );
    assert_eq!(
        from_storage(&with("v", json!(2)), Pack::english()),
        Err(StorageError::Version(Some("2".into())))
    );
    assert_eq!(
        from_storage(&with("v", json!(0)), Pack::english()),
        Err(StorageError::Version(Some("0".into())))
    );
    assert_eq!(
        from_storage(&with("v", json!("1")), Pack::english()),
        Err(StorageError::Version(Some("\"1\"".into())))
    );
    assert_eq!(
        from_storage(&with("v", json!(1.5)), Pack::english()),
        Err(StorageError::Version(Some("1.5".into())))
    );
}

#[test]
fn a_missing_field_is_corrupt() {
    for field in ["regions", "answers", "step"] {
        let mut v: Value = serde_json::from_str(&to_storage(&sample())).unwrap();
        v.as_object_mut().unwrap().remove(field);
        assert!(
            matches!(
                from_storage(&v.to_string(), Pack::english()),
                Err(StorageError::Corrupt(_))
            ),
            "{field}"
        );
    }
    assert!(matches!(
        from_storage(&with("regions", json!("knee-front.left")), Pack::english()),
        Err(StorageError::Corrupt(_))
    ));
}

#[test]
fn unknown_ids_and_misfitting_replies_reject_the_whole_entry() {
    let cases = [
        with("regions", json!(["elbow.left"])),
        with("regions", json!(["knee-front.center"])),
        with("regions", json!(["knee-front.left", "lower-back.left"])),
        with("answers", json!({"favourite-shoe": "sharp"})),
        with("answers", json!({"pain-quality": "downhill"})),
        with("answers", json!({"pain-quality": ["sharp"]})),
        with("answers", json!({"pain-quality": "very-sharp"})),
        with("answers", json!({"aggravators": ["none", "stairs"]})),
        with("answers", json!({"red-flags": ["none", "saddle-numbness"]})),
        with("answers", json!({"weeks-to-race": 53})),
        with("answers", json!({"weeks-to-race": 300})),
        with("answers", json!({"weeks-to-race": -1})),
        with("answers", json!({"weeks-to-race": "sharp"})),
        with("step", json!("summary")),
        with("step", json!({"question": "favourite-shoe"})),
        with("units", json!("furlongs")),
        with("locale", json!("fr")),
    ];
    for text in &cases {
        let got = from_storage(text, Pack::english());
        assert!(
            matches!(got, Err(StorageError::Invalid(_))),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_step_that_does_not_fit_the_regions_is_moved_not_rejected() {
    let text = r#"{"v":1,"regions":[],"answers":{"trend":"worse"},"step":{"question":"trend"}}"#;
    let s = from_storage(text, Pack::english()).unwrap();
    assert_eq!(s.step, Step::Map);
    assert_eq!(
        s.answers.one(Question::Trend),
        Some(painmap_core::Answer::Worse)
    );
    let text = r#"{"v":1,"regions":[],"answers":{},"step":"results"}"#;
    assert_eq!(from_storage(text, Pack::english()).unwrap().step, Step::Map);
}

#[test]
fn optional_and_extra_fields_are_tolerated() {
    // `units` absent means the host's default; an extra field from a newer v1 writer is ignored.
    let text = r#"{"v":1,"regions":["knee-outer.right"],"answers":{"red-flags":["none"],"aggravators":[]},"step":"results","note":1}"#;
    let s = from_storage(text, Pack::english()).unwrap();
    assert_eq!(s.units, None);
    assert_eq!(
        s.locale, None,
        "a check saved before the language switch follows the host"
    );
    assert_eq!(s.step, Step::Results);
    // An empty multi-choice reply is the same as none, and is stored as none.
    assert_eq!(s.answers.0.len(), 1);
    assert!(s.check_invariants().is_ok());
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        from_storage(&text, Pack::english()),
        Err(StorageError::Corrupt(_))
    ));
    let text = format!(
        r#"{{"v":1,"regions":{}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(from_storage(&text, Pack::english()).is_err());
}

#[test]
fn every_error_has_a_short_notice_in_the_pack_and_a_console_line() {
    let pack = Pack::english();
    for e in [
        StorageError::Corrupt("x".into()),
        StorageError::Version(Some("2".into())),
        StorageError::Version(None),
        StorageError::Invalid("x".into()),
    ] {
        let msg = e.message(pack);
        assert!(!msg.trim().is_empty(), "missing pack label {}", e.ui_key());
        assert!(!msg.is_empty() && msg.len() < 140, "{msg}");
        assert!(e.to_string().starts_with("saved session"), "{e}");
    }
    // The console line for a huge tampered value stays short.
    let e = from_storage(&with("v", json!("9".repeat(10_000))), Pack::english()).unwrap_err();
    assert!(e.to_string().len() < 200, "{e}");
}

#[test]
fn the_runners_language_is_kept_with_the_check_and_through_start_over() {
    use painmap_core::Locale;
    let s = sample().apply(Action::SetLocale(Locale::Es)).unwrap();
    let text = to_storage(&s);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["locale"], json!("es"));
    assert_eq!(from_storage(&text, Pack::english()).unwrap(), s);
    // Not chosen: not written, so the host's setting and the browser keep deciding.
    let v: Value = serde_json::from_str(&to_storage(&sample())).unwrap();
    assert!(v.get("locale").is_none());
    // Like the units: kept through "start over", and a new choice replaces it.
    let restarted = s.apply(Action::Restart).unwrap();
    assert_eq!(
        (restarted.locale, restarted.regions.len()),
        (Some(Locale::Es), 0)
    );
    assert!(!restarted.is_blank(), "a chosen language is worth keeping");
    assert_eq!(
        s.apply(Action::SetLocale(Locale::En)).unwrap().locale,
        Some(Locale::En)
    );
    assert_eq!(
        s.apply(Action::SetLocale(Locale::Es)),
        None,
        "the same choice changes nothing"
    );
}

//! The JSON reader behind the content pack and the saved session (`painmap_core::json`): whatever
//! it is given it returns a value or an error with a position, never a panic; what it writes it
//! reads back unchanged; and it agrees with serde_json on documents both accept.

use painmap_core::json::{self, Json};
use proptest::prelude::*;

fn value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::Int),
        "-?(0|[1-9][0-9]{0,3})(\\.[0-9]{1,3})?([eE][+-]?[0-9]{1,2})?".prop_map(|text| {
            match json::parse(&text) {
                Ok(v) => v,
                Err(e) => panic!("{text}: {e}"),
            }
        }),
        any::<String>().prop_map(Json::Str),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Arr),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Json::Obj(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        if let Err(e) = json::parse(&text) {
            prop_assert!(e.line >= 1 && e.column >= 1);
        }
    }

    #[test]
    fn json_looking_text_never_panics(text in "[\\[\\]{}\",:0-9a-z\\\\. -]{0,64}") {
        let _ = json::parse(&text);
    }

    #[test]
    fn written_values_read_back_unchanged(v in value()) {
        prop_assert_eq!(json::parse(&v.to_string()), Ok(v));
    }

    #[test]
    fn agrees_with_serde_json(v in value()) {
        // serde_json reads what we write as the same document (numbers compared as text).
        let ours = v.to_string();
        let theirs: serde_json::Value = serde_json::from_str(&ours).expect("serde_json reads it");
        let back = json::parse(&theirs.to_string()).expect("we read what serde_json writes");
        prop_assert_eq!(normalize(&back), normalize(&v));
    }
}

/// Numbers that are not whole are compared by value only roughly (serde_json rewrites `1E9` as
/// `1000000000.0`), so they are blanked out; everything else must match exactly.
fn normalize(v: &Json) -> Json {
    match v {
        Json::Num(_) => Json::Num(String::new()),
        Json::Arr(items) => Json::Arr(items.iter().map(normalize).collect()),
        Json::Obj(entries) => Json::Obj(
            entries
                .iter()
                .map(|(k, v)| (k.clone(), normalize(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
fn a_serde_json_document_with_every_kind_of_value_reads_the_same() {
    // Keys in alphabetical order: serde_json (without `preserve_order`) writes them sorted.
    let text =
        r#" { "b": [true, false, null], "f": 2.5e3, "n": -3, "o": {}, "s": "a\u00e9\n\"" } "#;
    let ours = json::parse(text).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(
        ours.to_string(),
        theirs.to_string().replace("2500.0", "2.5e3")
    );
}

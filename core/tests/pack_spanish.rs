//! The Spanish pack (issue 17): `es/ui.json` and `es/clinical.json`, the same content as English
//! with every runner-facing text translated. It reads and validates like the English pack (the
//! xtask refuses to build with a broken one), and this file fails when a key is missing or empty
//! in either language, when a placeholder (`{side}`, `{km:40}`...) is lost or changed, when an id,
//! a weight or a source differs, or when a Spanish text is the English one left as it was (the
//! justified exceptions are listed in `SAME_IN_BOTH`). Not shown in the widget yet: see the README.

use painmap_core::content::{english_json, spanish_json, Pack};
use serde_json::Value;

/// Fields whose strings are ids, rule conditions or source tags: the same in every language.
const ID_FIELDS: &[&str] = &[
    "id",
    "when",
    "condition",
    "factors",
    "exercises",
    "at",
    "origin",
    "source",
];

/// Texts that are rightly the same in both languages, by path.
const SAME_IN_BOTH: &[(&str, &str)] = &[
    ("ui.app.title", "the product's name"),
    ("ui.region.name.center", "only a placeholder, `{part}`"),
    (
        "regions.lower-back.detail",
        "empty in both: the place needs no detail",
    ),
    (
        "regions.ankle.detail",
        "empty in both: the place needs no detail",
    ),
];

fn doc(json: String) -> Value {
    serde_json::from_str(&json).expect("a JSON document")
}

fn placeholders(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s
        .match_indices('{')
        .filter_map(|(i, _)| s[i..].find('}').map(|j| &s[i..=i + j]))
        .collect();
    out.sort_unstable();
    out
}

/// Every difference between the English and Spanish documents that is not a translated text.
fn problems(en: &Value, es: &Value) -> Vec<String> {
    fn walk(en: &Value, es: &Value, path: &str, id: bool, out: &mut Vec<String>) {
        match (en, es) {
            (Value::Object(a), Value::Object(b)) => {
                for k in a.keys().filter(|k| !b.contains_key(*k)) {
                    out.push(format!("{path}.{k}: missing in Spanish"));
                }
                for k in b.keys().filter(|k| !a.contains_key(*k)) {
                    out.push(format!("{path}.{k}: not in English"));
                }
                for (k, v) in a {
                    if let Some(w) = b.get(k) {
                        let p = if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}.{k}")
                        };
                        // `factors` and `exercises` are lists of ids inside a rule or a
                        // condition, but the content's own sections at the top; `when` is a
                        // rule's trigger, but an exercise's "when to do it".
                        let rule = path.starts_with("rules") || path.starts_with("factor_rules");
                        let names_ids = !path.is_empty()
                            && ID_FIELDS.contains(&k.as_str())
                            && (k != "when" || rule);
                        walk(v, w, &p, id || names_ids, out);
                    }
                }
            }
            (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
                for (i, (v, w)) in a.iter().zip(b).enumerate() {
                    walk(v, w, &format!("{path}[{i}]"), id, out);
                }
            }
            (Value::String(a), Value::String(b)) if path == "locale" => {
                if (a.as_str(), b.as_str()) != ("en", "es") {
                    out.push(format!("locale: {a} / {b}"));
                }
            }
            (Value::String(a), Value::String(b)) if id => {
                if a != b {
                    out.push(format!("{path}: id or source changed: {a:?} -> {b:?}"));
                }
            }
            (Value::String(a), Value::String(b)) => {
                if b.trim().is_empty() != a.trim().is_empty() {
                    out.push(format!("{path}: empty in one language only"));
                }
                if placeholders(a) != placeholders(b) {
                    out.push(format!(
                        "{path}: placeholders {:?} -> {:?}",
                        placeholders(a),
                        placeholders(b)
                    ));
                }
                if a == b && !SAME_IN_BOTH.iter().any(|(p, _)| *p == path) {
                    out.push(format!("{path}: the English text, untranslated: {a:?}"));
                }
            }
            (a, b) if a == b => {}
            (a, b) => out.push(format!("{path}: {a} -> {b}")),
        }
    }
    let mut out = Vec::new();
    walk(en, es, "", false, &mut out);
    out
}

#[test]
fn the_spanish_pack_reads_and_validates_like_the_english_one() {
    let pack = Pack::from_json(&spanish_json()).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(&*pack.locale, "es");
    // The same clinical content: the scoring and the rules' ids, conditions and weights.
    let english = Pack::english();
    assert_eq!(pack.scoring, english.scoring);
    assert_eq!(pack.rules.len(), english.rules.len());
    for (a, b) in pack.rules.iter().zip(english.rules.iter()) {
        assert_eq!(
            (&a.id, &a.when, a.condition, a.weight),
            (&b.id, &b.when, b.condition, b.weight)
        );
    }
}

#[test]
fn every_text_is_translated_with_its_placeholders_and_no_id_changes() {
    let found = problems(&doc(english_json()), &doc(spanish_json()));
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_comparison_catches_a_missing_key_an_empty_text_a_lost_placeholder_and_an_untranslated_text()
{
    let en = doc(english_json());
    let mut es = doc(spanish_json());
    let ui = es["ui"].as_object_mut().expect("ui");
    ui.remove("flow.next");
    ui.insert("flow.back".into(), Value::String(String::new()));
    ui.insert("map.chip.remove".into(), Value::String("Quitar".into()));
    ui.insert("footer.notice".into(), en["ui"]["footer.notice"].clone());
    es["rules"][0]["weight"] = Value::from(99);
    let found = problems(&en, &es).join("\n");
    for want in [
        "ui.flow.next: missing in Spanish",
        "ui.flow.back: empty in one language only",
        "ui.map.chip.remove: placeholders",
        "ui.footer.notice: the English text, untranslated",
        "rules[0].weight: 3 -> 99",
    ] {
        assert!(found.contains(want), "expected {want:?} in\n{found}");
    }
}

//! Shared helpers for the engine tests: building a `CheckInput` from the same JSON shape as
//! `shared/domain/vignettes.json`, reading that file, and checking an outcome against a vignette's
//! expectations with messages that say which vignette and what differed.

#![allow(dead_code)]

use painmap_core::content::Pack;
use painmap_core::engine::{evaluate, Outcome};
use painmap_core::vec_set::VecSet;
use painmap_core::{
    Answer, Answers, CheckInput, Condition, Exercise, Origin, PlanKind, Question, QuestionKind,
    RegionSel, Reply, Triage,
};
use serde::Deserialize;
use serde_json::Value;

/// One runner's story, as in `vignettes.json`.
#[derive(Debug, Deserialize)]
pub struct Vignette {
    pub id: String,
    #[serde(default)]
    pub story: String,
    pub regions: Vec<String>,
    #[serde(default)]
    pub answers: serde_json::Map<String, Value>,
    pub expect: Expect,
}

/// What the widget must conclude (every field optional, as in the file).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub top: Option<String>,
    pub origin: Option<String>,
    pub triage: Option<String>,
    pub plan: Option<String>,
    #[serde(default)]
    pub exercises_include: Vec<String>,
    #[serde(default)]
    pub no_conditions: bool,
    #[serde(default)]
    pub no_exercises: bool,
    #[serde(default)]
    pub out_of_scope: bool,
}

/// The shared vignettes, read from `../../shared/domain/vignettes.json` relative to the core crate.
pub fn shared_vignettes() -> Vec<Vignette> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/domain/vignettes.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not a list of vignettes: {e}", path.display()))
}

/// Builds the engine input from vignette-shaped data. Questions left out stay unanswered, which the
/// engine treats as `unsure` (or nothing ticked). Any id the SPEC does not know fails the test.
pub fn input(regions: &[&str], answers: &serde_json::Map<String, Value>) -> CheckInput {
    let regions: VecSet<RegionSel> = regions
        .iter()
        .map(|r| RegionSel::parse(r).unwrap_or_else(|| panic!("unknown region `{r}`")))
        .collect();
    let mut a = Answers::default();
    for (key, value) in answers {
        let q = Question::parse(key).unwrap_or_else(|| panic!("unknown question `{key}`"));
        let reply = match (q.kind(), value) {
            (QuestionKind::Multi, Value::Array(items)) => Reply::Many(
                items
                    .iter()
                    .map(|v| {
                        let s = v
                            .as_str()
                            .unwrap_or_else(|| panic!("`{key}`: {v} is not an answer id"));
                        Answer::parse(s).unwrap_or_else(|| panic!("`{key}`: unknown answer `{s}`"))
                    })
                    .collect(),
            ),
            (QuestionKind::Weeks, Value::Number(n)) => Reply::Weeks(
                n.as_u64()
                    .and_then(|w| u8::try_from(w).ok())
                    .unwrap_or_else(|| panic!("`{key}`: bad weeks {n}")),
            ),
            (_, Value::String(s)) => Reply::One(
                Answer::parse(s).unwrap_or_else(|| panic!("`{key}`: unknown answer `{s}`")),
            ),
            (_, other) => panic!("`{key}`: cannot read {other}"),
        };
        assert!(
            a.set(q, reply.clone()),
            "`{key}`: {reply:?} does not fit the question"
        );
    }
    CheckInput {
        regions,
        answers: a,
    }
}

/// Shorthand for tests: `check(&["knee-front.left"], json!({"aggravators": ["stairs"]}))`.
pub fn check(regions: &[&str], answers: Value) -> Outcome {
    let map = match answers {
        Value::Object(m) => m,
        Value::Null => serde_json::Map::new(),
        other => panic!("answers must be an object, got {other}"),
    };
    evaluate(&input(regions, &map), Pack::english())
}

/// Checks an outcome against a vignette's expectations; returns every mismatch.
pub fn mismatches(outcome: &Outcome, expect: &Expect) -> Vec<String> {
    let mut out = Vec::new();
    let top = outcome.top();
    if let Some(want) = &expect.top {
        let want = Condition::parse(want).unwrap_or_else(|| panic!("unknown condition `{want}`"));
        if top.map(|m| m.condition) != Some(want) {
            out.push(format!(
                "top: want {want}, got {:?}",
                top.map(|m| m.condition.as_str())
            ));
        }
    }
    if let Some(want) = &expect.origin {
        let want = Origin::parse(want).unwrap_or_else(|| panic!("unknown origin `{want}`"));
        if top.map(|m| m.origin) != Some(want) {
            out.push(format!(
                "origin: want {want}, got {:?}",
                top.map(|m| m.origin.as_str())
            ));
        }
    }
    if let Some(want) = &expect.triage {
        let want = Triage::parse(want).unwrap_or_else(|| panic!("unknown triage `{want}`"));
        if outcome.triage != want {
            out.push(format!("triage: want {want}, got {}", outcome.triage));
        }
    }
    if let Some(want) = &expect.plan {
        let want = PlanKind::parse(want).unwrap_or_else(|| panic!("unknown plan `{want}`"));
        if outcome.plan.as_ref().map(|p| p.kind) != Some(want) {
            out.push(format!(
                "plan: want {want}, got {:?}",
                outcome.plan.as_ref().map(|p| p.kind.as_str())
            ));
        }
    }
    let shown: Vec<Exercise> = outcome.exercises().collect();
    for e in &expect.exercises_include {
        let e = Exercise::parse(e).unwrap_or_else(|| panic!("unknown exercise `{e}`"));
        if !shown.contains(&e) {
            out.push(format!("exercises: want {e} among {shown:?}"));
        }
    }
    if expect.no_conditions && !outcome.conditions.is_empty() {
        out.push(format!(
            "want no conditions, got {:?}",
            outcome
                .conditions
                .iter()
                .map(|m| m.condition)
                .collect::<Vec<_>>()
        ));
    }
    if expect.no_exercises && !shown.is_empty() {
        out.push(format!("want no exercises, got {shown:?}"));
    }
    if expect.out_of_scope != outcome.is_out_of_scope_only() {
        out.push(format!(
            "out_of_scope: want {}, got {}",
            expect.out_of_scope,
            outcome.is_out_of_scope_only()
        ));
    }
    out
}

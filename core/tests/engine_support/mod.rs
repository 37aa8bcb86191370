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
    /// The story only makes sense as a share link (clicking always answers the warning signs).
    #[serde(default)]
    pub link_only: bool,
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
    /// Only the out-of-scope result (checked when the story says so either way).
    pub out_of_scope: Option<bool>,
    /// A `data-caution` that must show (SPEC v2).
    pub caution: Option<String>,
    /// A triage that must not show (SPEC v2).
    pub not_triage: Option<String>,
}

/// The v1 vignettes, read from `../../shared/domain/vignettes.json` relative to the core crate.
pub fn shared_vignettes() -> Vec<Vignette> {
    read_vignettes("vignettes.json")
}

/// The v2 vignettes (`vignettes-v2.json`), with [`PENDING_V2`] left out.
pub fn shared_vignettes_v2() -> Vec<Vignette> {
    read_vignettes("vignettes-v2.json")
        .into_iter()
        .filter(|v| !PENDING_V2.contains(&v.id.as_str()))
        .collect()
}

/// Every shared vignette this version must pass: all of v1, and v2 less [`PENDING_V2`].
pub fn all_vignettes() -> Vec<Vignette> {
    let mut all = shared_vignettes();
    all.extend(shared_vignettes_v2());
    all
}

/// The v2 stories that need the conditions, regions and questions of the next piece of work
/// (SPEC v2's seven new conditions, `sit-bone`, `press-tender`, `leg-symptoms`,
/// `hip-joint-signs`). This list only ever shrinks: `pending_v2_stories_still_fail` fails as soon
/// as one of them passes, so it is taken off here. The e2e suite reads the same list from
/// `tests/e2e/lib/flow.mjs`; a test keeps the two equal.
pub const PENDING_V2: &[&str] = &[];

/// The pending v2 vignettes themselves.
pub fn pending_v2_vignettes() -> Vec<Vignette> {
    read_vignettes("vignettes-v2.json")
        .into_iter()
        .filter(|v| PENDING_V2.contains(&v.id.as_str()))
        .collect()
}

fn read_vignettes(file: &str) -> Vec<Vignette> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/domain")
        .join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not a list of vignettes: {e}", path.display()))
}

/// Whether a story passes through the engine; a story naming an id this version does not know
/// (the pending ones name ids still to come) does not.
pub fn passes(v: &Vignette) -> bool {
    std::panic::catch_unwind(|| {
        let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
        let outcome = evaluate(&input(&regions, &v.answers), Pack::english());
        mismatches(&outcome, &v.expect).is_empty()
    })
    .unwrap_or(false)
}

/// A vignette as the share link SPEC shows (`v=1&regions=...&q=a,b`), written independently of
/// the widget's encoder.
pub fn share_fragment(v: &Vignette) -> String {
    let mut parts = vec!["v=1".to_string()];
    if !v.regions.is_empty() {
        parts.push(format!("regions={}", v.regions.join(",")));
    }
    for (q, a) in &v.answers {
        let value = match a {
            Value::Array(items) => items
                .iter()
                .map(|x| x.as_str().unwrap_or_default().to_string())
                .collect::<Vec<_>>()
                .join(","),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        parts.push(format!("{q}={value}"));
    }
    parts.join("&")
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
    if let Some(want) = &expect.caution {
        let shown: Vec<&str> = outcome.cautions.iter().map(|c| c.as_str()).collect();
        if !shown.contains(&want.as_str()) {
            out.push(format!("caution: want {want} among {shown:?}"));
        }
    }
    if let Some(never) = &expect.not_triage {
        let never = Triage::parse(never).unwrap_or_else(|| panic!("unknown triage `{never}`"));
        if outcome.triage == never {
            out.push(format!("triage: must not be {never}"));
        }
    }
    if let Some(want) = expect.out_of_scope {
        if want != outcome.is_out_of_scope_only() {
            out.push(format!(
                "out_of_scope: want {want}, got {}",
                outcome.is_out_of_scope_only()
            ));
        }
    }
    out
}

/// What asking fewer questions promises to leave unchanged (SPEC v2): the triage with its stop
/// signs, safety reasons and cautions (below a stop screen, which says more), which condition
/// comes first (or that none fits), the factors shown, and the plan (schedule, exercises,
/// spine-care and knee advice). Not the other possible matches listed after the first. `None` when the
/// two outcomes agree on all of it, else what differs.
pub fn result_difference(a: &Outcome, b: &Outcome) -> Option<String> {
    use painmap_core::engine::HelpReason;
    let safety = |o: &Outcome| {
        o.help_reasons
            .iter()
            .copied()
            .filter(|r| {
                matches!(
                    r,
                    HelpReason::WarningSignsUnanswered | HelpReason::BoneStressRisk
                )
            })
            .collect::<Vec<_>>()
    };
    let factors = |o: &Outcome| o.factors.iter().map(|f| f.factor).collect::<Vec<_>>();
    let plan = |o: &Outcome| {
        o.plan.as_ref().map(|p| {
            let mut ex: Vec<Exercise> = p.exercises.iter().map(|e| e.exercise).collect();
            ex.sort();
            (p.kind, ex, p.spine_care, p.knee_timeline)
        })
    };
    let parts = [
        (
            "triage",
            format!("{:?}", a.triage),
            format!("{:?}", b.triage),
        ),
        (
            "stop signs",
            format!("{:?}", a.red_flags),
            format!("{:?}", b.red_flags),
        ),
        (
            "bone-stress advice",
            format!("{:?}", a.bone_stress_advice),
            format!("{:?}", b.bone_stress_advice),
        ),
        // On a stop screen (emergency, urgent) the caution adds nothing to what to do now.
        (
            "cautions",
            format!("{:?}", (!a.stops_check()).then_some(&a.cautions)),
            format!("{:?}", (!b.stops_check()).then_some(&b.cautions)),
        ),
        (
            "safety reasons",
            format!("{:?}", safety(a)),
            format!("{:?}", safety(b)),
        ),
        (
            "first condition",
            format!("{:?}", a.top().map(|m| m.condition)),
            format!("{:?}", b.top().map(|m| m.condition)),
        ),
        (
            "factors",
            format!("{:?}", factors(a)),
            format!("{:?}", factors(b)),
        ),
        ("plan", format!("{:?}", plan(a)), format!("{:?}", plan(b))),
    ];
    let diffs: Vec<String> = parts
        .iter()
        .filter(|(_, x, y)| x != y)
        .map(|(name, x, y)| format!("{name}: {x} vs {y}"))
        .collect();
    (!diffs.is_empty()).then(|| diffs.join("; "))
}

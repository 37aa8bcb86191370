//! Checks a pack is complete and consistent before anything reads it, listing every problem with
//! where it is: every id of SPEC has its texts, every referenced id has content, every condition can
//! be reached from some answers, every exercise is used, every question influences something, every
//! factor can be revealed, no text is empty, and every UI key the code uses exists.

use crate::content::units::localize;
use crate::content::{Pack, Trigger, Ui};
use crate::engine::{
    stop_signs, Caution, HelpReason, Strength, BONE_STRESS_QUESTIONS, ENGINE_QUESTIONS,
};
use crate::id_map::{Id, IdMap};
use crate::ids::Units;
use crate::ids::{Answer, Condition, Exercise, Factor, Question, Region, Triage};
use std::collections::BTreeSet;
use std::fmt;

impl Pack {
    /// Reads and validates a whole pack from one JSON document. Never panics: any input that is not
    /// a complete, consistent pack gives the list of what is wrong. (Native only: the widget ships
    /// just the bundled pack, which the tests validate.)
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(text: &str) -> Result<Pack, Vec<PackError>> {
        let mut de = serde_json::Deserializer::from_str(text);
        // A document that is not JSON says where (line and column); a field that does not fit
        // names its path (`conditions.it-band-syndrome.chain[2].at`).
        let pack: Pack = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let at = match e.inner().is_syntax() || e.inner().is_eof() {
                true => "document".to_string(),
                false => e.path().to_string(),
            };
            vec![PackError::new(at, e.inner().to_string())]
        })?;
        de.end()
            .map_err(|e| vec![PackError::new("document", e.to_string())])?;
        pack.validate()?;
        Ok(pack)
    }

    /// Checks the pack is complete and consistent, listing every problem found: every SPEC id has
    /// its texts, referenced content exists, every condition can be reached from the map, every
    /// exercise is used, every question and factor is read by some rule, no text is empty, distance
    /// tokens are well formed, and every UI label ([`Ui`]) has a text.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn validate(&self) -> Result<(), Vec<PackError>> {
        validate(self)
    }
}

/// One problem in a pack: where it is (a path into the pack document) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// Path into the document, e.g. `conditions.it-band-syndrome.exercises[2]` or `rules[4] (pfp.stairs)`.
    pub at: String,
    pub message: String,
}

impl PackError {
    fn new(at: impl Into<String>, message: impl Into<String>) -> Self {
        PackError {
            at: at.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at.as_str() {
            "" => f.write_str(&self.message),
            at => write!(f, "{at}: {}", self.message),
        }
    }
}

impl std::error::Error for PackError {}

fn validate(pack: &Pack) -> Result<(), Vec<PackError>> {
    let mut errs = Vec::new();
    check_complete(pack, &mut errs);
    check_questions(pack, &mut errs);
    check_references(pack, &mut errs);
    check_rules(pack, &mut errs);
    check_reachable(pack, &mut errs);
    check_empty_text(pack, &mut errs);
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs)
    }
}

/// Every id a runner can meet has its texts.
fn check_complete(pack: &Pack, errs: &mut Vec<PackError>) {
    fn all<K: Id, V: Clone>(
        section: &str,
        map: &IdMap<K, V>,
        ids: &[K],
        errs: &mut Vec<PackError>,
    ) {
        for id in ids {
            if !map.contains_key(id) {
                errs.push(PackError::new(section, format!("`{id}` is missing")));
            }
        }
    }
    all("regions", &pack.regions, Region::ALL, errs);
    all("strengths", &pack.strengths, Strength::ALL, errs);
    all("questions", &pack.questions, Question::ALL, errs);
    all("conditions", &pack.conditions, Condition::ALL, errs);
    all("factors", &pack.factors, Factor::ALL, errs);
    all("exercises", &pack.exercises, Exercise::ALL, errs);
    all("triage", &pack.triage, Triage::ALL, errs);
    all("help_reasons", &pack.help_reasons, HelpReason::ALL, errs);
    all("cautions", &pack.cautions, Caution::ALL, errs);

    // Every sign that can stop the check is explained: the warning signs and `walking-or-rest`.
    let flags: Vec<Answer> = stop_signs().collect();
    all("red_flags", &pack.red_flags, &flags, errs);
    for flag in pack.red_flags.keys() {
        if !flags.contains(flag) {
            errs.push(PackError::new(
                format!("red_flags.{flag}"),
                format!("`{flag}` is not a sign that can stop the check"),
            ));
        }
    }

    all("ui", &pack.ui, Ui::ALL, errs);

    let s = pack.scoring;
    if !(1 <= s.shown && s.shown <= s.weak && s.weak <= s.moderate && s.moderate <= s.strong) {
        errs.push(PackError::new(
            "scoring",
            format!(
                "thresholds must rise 1 <= shown <= weak <= moderate <= strong, got {} / {} / {} / {}",
                s.shown, s.weak, s.moderate, s.strong
            ),
        ));
    }
}

/// Each question labels exactly SPEC's answers; multi-choice ones say how to choose.
fn check_questions(pack: &Pack, errs: &mut Vec<PackError>) {
    for (q, t) in &pack.questions {
        let at = format!("questions.{q}.answers");
        for a in q.answers() {
            if !t.answers.contains_key(a) {
                errs.push(PackError::new(&at, format!("no label for `{a}`")));
            }
        }
        for a in t.answers.keys() {
            if !q.answers().contains(a) {
                errs.push(PackError::new(
                    &at,
                    format!("`{a}` is not an answer to `{q}`"),
                ));
            }
        }
        if q.kind() == crate::ids::QuestionKind::Multi && t.hint.is_none() {
            errs.push(PackError::new(
                format!("questions.{q}"),
                "a multi-choice question needs a `hint`",
            ));
        }
    }
}

/// Lists name content that exists, without repeats; every exercise is used; chains have a start
/// and an end.
fn check_references(pack: &Pack, errs: &mut Vec<PackError>) {
    let mut used: BTreeSet<Exercise> = BTreeSet::new();
    for (c, content) in &pack.conditions {
        let at = format!("conditions.{c}");
        if content.chain.len() < 2 {
            errs.push(PackError::new(
                format!("{at}.chain"),
                "an origin chain needs at least two steps: where it starts and where it hurts",
            ));
        }
        if content.exercises.is_empty() {
            errs.push(PackError::new(
                format!("{at}.exercises"),
                "a condition needs at least one exercise",
            ));
        }
        // SPEC v2: a `local` origin names what loads the sore tissue instead of drawing an arrow.
        match (
            content.origin == crate::ids::Origin::Local,
            content.loaded_by.is_some(),
        ) {
            (true, false) => errs.push(PackError::new(
                format!("{at}.loaded_by"),
                "a condition that starts where it hurts (origin `local`) must say what loads it",
            )),
            (false, true) => errs.push(PackError::new(
                format!("{at}.loaded_by"),
                "only a `local` origin names what loads it; a hip or spine origin draws its arrow",
            )),
            _ => {}
        }
        // Where it hurts (the chain's last place) must be tied to the condition by a region rule.
        if let Some(site) = content.chain.last().and_then(|s| s.at) {
            if !pack.ties(*c, site) {
                errs.push(PackError::new(
                    format!("{at}.chain"),
                    format!(
                        "it hurts at `{site}`, but no region rule ties `{site}` to this condition"
                    ),
                ));
            }
        }
        if content.factors.is_empty() {
            errs.push(PackError::new(
                format!("{at}.factors"),
                "a condition needs its contributing factors",
            ));
        }
        check_list(
            &format!("{at}.factors"),
            &content.factors,
            |f| pack.factors.contains_key(f),
            "factors",
            errs,
        );
        check_list(
            &format!("{at}.exercises"),
            &content.exercises,
            |e| pack.exercises.contains_key(e),
            "exercises",
            errs,
        );
        used.extend(content.exercises.iter().copied());
    }
    for (f, content) in &pack.factors {
        let at = format!("factors.{f}.exercises");
        check_list(
            &at,
            &content.exercises,
            |e| pack.exercises.contains_key(e),
            "exercises",
            errs,
        );
        used.extend(content.exercises.iter().copied());
    }
    for (e, content) in &pack.exercises {
        if !used.contains(e) {
            errs.push(PackError::new(
                format!("exercises.{e}"),
                "no condition or factor lists this exercise, so no plan can show it",
            ));
        }
        for (field, list) in [
            ("steps", &content.steps),
            ("cues", &content.cues),
            ("muscles", &content.muscles),
        ] {
            if list.is_empty() {
                errs.push(PackError::new(
                    format!("exercises.{e}.{field}"),
                    "must not be empty",
                ));
            }
        }
    }
    for (name, phase) in [
        ("build", &pack.plan.build),
        ("maintenance", &pack.plan.maintenance),
        ("spine_care", &pack.plan.spine_care),
    ] {
        if phase.points.is_empty() {
            errs.push(PackError::new(
                format!("plan.{name}.points"),
                "must not be empty",
            ));
        }
    }
}

fn check_list<T: Ord + Copy + fmt::Display>(
    at: &str,
    list: &[T],
    exists: impl Fn(&T) -> bool,
    section: &str,
    errs: &mut Vec<PackError>,
) {
    let mut seen = BTreeSet::new();
    for (i, id) in list.iter().enumerate() {
        if !exists(id) {
            errs.push(PackError::new(
                format!("{at}[{i}]"),
                format!("`{id}` has no entry in `{section}`"),
            ));
        }
        if !seen.insert(*id) {
            errs.push(PackError::new(
                format!("{at}[{i}]"),
                format!("`{id}` is listed twice"),
            ));
        }
    }
}

/// Rules have unique keys and triggers that make sense for their kind; every question and factor is
/// used by something.
fn check_rules(pack: &Pack, errs: &mut Vec<PackError>) {
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    let mut influencing: BTreeSet<Question> = ENGINE_QUESTIONS
        .iter()
        .chain(BONE_STRESS_QUESTIONS)
        .copied()
        .collect();
    let mut revealed: BTreeSet<Factor> = BTreeSet::new();

    for (i, r) in pack.rules.iter().enumerate() {
        let at = format!("rules[{i}] ({})", r.id);
        if !r.id.trim().is_empty() && !ids.insert(&*r.id) {
            errs.push(PackError::new(
                &at,
                format!("the key `{}` is used by another rule", r.id),
            ));
        }
        if r.weight == 0 {
            errs.push(PackError::new(
                &at,
                "a weight of 0 changes nothing; remove the rule or give it a weight",
            ));
        }
        match &r.when {
            Trigger::Region(region) => {
                if !region.in_scope() {
                    errs.push(PackError::new(
                        &at,
                        format!(
                            "`{region}` is outside this check; it must never suggest a condition"
                        ),
                    ));
                }
                if r.weight < 0 {
                    errs.push(PackError::new(
                        &at,
                        "a region rule must raise its condition (positive weight)",
                    ));
                }
            }
            Trigger::Match(_) => {
                errs.push(PackError::new(
                    &at,
                    "`match:` triggers belong in factor rules, not condition rules",
                ));
            }
            Trigger::Answers(atoms) => check_atoms(&at, atoms, &mut influencing, errs),
        }
    }

    for (i, r) in pack.factor_rules.iter().enumerate() {
        let at = format!("factor_rules[{i}] ({})", r.id);
        if !r.id.trim().is_empty() && !ids.insert(&*r.id) {
            errs.push(PackError::new(
                &at,
                format!("the key `{}` is used by another rule", r.id),
            ));
        }
        if r.factors.is_empty() {
            errs.push(PackError::new(
                &at,
                "a factor rule must reveal at least one factor",
            ));
        }
        revealed.extend(r.factors.iter().copied());
        match &r.when {
            Trigger::Region(_) => errs.push(PackError::new(
                &at,
                "a place on the map alone does not reveal a factor; use an answer or `match:`",
            )),
            Trigger::Match(_) => {}
            Trigger::Answers(atoms) => check_atoms(&at, atoms, &mut influencing, errs),
        }
    }

    for q in Question::ALL {
        if !influencing.contains(q) {
            errs.push(PackError::new(
                format!("questions.{q}"),
                "no rule uses this question, so its answer would change nothing",
            ));
        }
    }
    for f in Factor::ALL {
        if !revealed.contains(f) {
            errs.push(PackError::new(
                format!("factors.{f}"),
                "no factor rule reveals this factor",
            ));
        }
    }
}

fn check_atoms(
    at: &str,
    atoms: &[(Question, Answer)],
    influencing: &mut BTreeSet<Question>,
    errs: &mut Vec<PackError>,
) {
    if atoms.is_empty() {
        errs.push(PackError::new(at, "the trigger has no answer"));
    }
    for (q, a) in atoms {
        if matches!(q, Question::RedFlags | Question::WeeksToRace) {
            errs.push(PackError::new(
                at,
                format!("`{q}` is decided by the engine (triage, schedule), not by scoring rules"),
            ));
        } else if *a == Answer::Unsure {
            errs.push(PackError::new(
                at,
                format!("`{q}=unsure` must count for nothing"),
            ));
        } else if !q.answers().contains(a) {
            errs.push(PackError::new(
                at,
                format!("`{a}` is not an answer to `{q}`"),
            ));
        } else {
            influencing.insert(*q);
        }
    }
}

/// Every condition can be shown: some in-scope region raises it, and its best case reaches the
/// `shown` threshold.
fn check_reachable(pack: &Pack, errs: &mut Vec<PackError>) {
    for c in Condition::ALL {
        let mut region_best: Option<i32> = None;
        let mut answers_best = 0;
        for r in pack
            .rules
            .iter()
            .filter(|r| r.condition == *c && r.weight > 0)
        {
            match r.when {
                Trigger::Region(region) if region.in_scope() => {
                    region_best = Some(region_best.map_or(r.weight, |b: i32| b.max(r.weight)))
                }
                Trigger::Answers(_) => answers_best += r.weight,
                _ => {}
            }
        }
        match region_best {
            None => errs.push(PackError::new(
                format!("conditions.{c}"),
                "no rule ties it to a place on the map, so no check can ever show it",
            )),
            Some(best) if best + answers_best < pack.scoring.shown => errs.push(PackError::new(
                format!("conditions.{c}"),
                format!(
                    "its best possible score is {}, below the `shown` threshold {}, so no answers can show it",
                    best + answers_best,
                    pack.scoring.shown
                ),
            )),
            Some(_) => {}
        }
    }
}

/// No runner-facing string is empty or blank, wherever it sits in the document; outside the UI
/// labels (whose `{placeholders}` their code fills), every `{token}` is a distance token that
/// `units::localize` understands.
fn check_empty_text(pack: &Pack, errs: &mut Vec<PackError>) {
    fn walk(v: &serde_json::Value, path: &mut String, tokens: bool, errs: &mut Vec<PackError>) {
        match v {
            serde_json::Value::String(s) if s.trim().is_empty() => {
                errs.push(PackError::new(path.clone(), "the text is empty"));
            }
            serde_json::Value::String(s) if tokens && localize(s, Units::Km).contains('{') => {
                errs.push(PackError::new(
                    path.clone(),
                    format!("`{s}` has a `{{...}}` that is not a distance token ({{km:40}}, {{mi:3}}, {{unit}}, {{unit-long}})"),
                ));
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(item, path, tokens, errs);
                    path.truncate(len);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map {
                    let len = path.len();
                    let tokens = tokens && !(path.is_empty() && k == "ui");
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                    walk(item, path, tokens, errs);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    // The region detail may be empty by design ("Lower back" has no "where on it").
    match serde_json::to_value(pack) {
        Ok(mut doc) => {
            if let Some(regions) = doc.get_mut("regions").and_then(|r| r.as_object_mut()) {
                for t in regions.values_mut() {
                    if let Some(obj) = t.as_object_mut() {
                        obj.remove("detail");
                    }
                }
            }
            walk(&doc, &mut String::new(), true, errs);
        }
        Err(e) => errs.push(PackError::new(
            "document",
            format!("cannot be re-read for empty texts: {e}"),
        )),
    }
}

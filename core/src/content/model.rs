//! The typed shape of the clinical content: questions, red flags, conditions, factors, exercises,
//! triage levels, plan phases, and the scoring rules with their evidence sentences. Plain data
//! with public fields (read from JSON by `decode.rs`; written back by serde, natively), so the UI
//! renders it directly and a second language is a second file.

use crate::id_map::IdMap;
use crate::ids::{Answer, Condition, Exercise, Factor, Origin, Question, Region, Strength};
#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// A text of the pack: borrowed from the bundled pack's statics (`en/pack.rs`), or owned when a
/// pack is read from JSON (natively: tests, tools, a translation being checked).
pub type Text = Cow<'static, str>;

/// A list of the pack, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

/// Where a fact comes from: seed K (the knee article), seed H (the hip/spine article), or a named
/// public guideline or review (G). Written in JSON as `"K"`, `"H"` or `"G: <guideline name>"`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    K,
    H,
    G(Text),
}

impl Source {
    /// Parses `K`, `H` or `G: <name>`; the guideline name may not be empty.
    pub fn parse(s: &str) -> Result<Source, String> {
        match s.trim() {
            "K" => Ok(Source::K),
            "H" => Ok(Source::H),
            other => match other.strip_prefix("G:") {
                Some(name) if !name.trim().is_empty() => {
                    Ok(Source::G(name.trim().to_string().into()))
                }
                Some(_) => Err("a G source must name its guideline: `G: <name>`".to_string()),
                None => Err(format!(
                    "unknown source `{other}`: expected `K`, `H` or `G: <guideline name>`"
                )),
            },
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::K => f.write_str("K"),
            Source::H => f.write_str("H"),
            Source::G(name) => write!(f, "G: {name}"),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Source::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One statement a runner reads, with where it comes from.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Fact {
    pub text: Text,
    pub source: Source,
}

/// A statement that may have no seed behind it (e.g. "this place is outside the check").
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Note {
    pub text: Text,
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<Source>,
}

/// The two seed articles' titles as a runner sees them beside a fact.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct SeedNames {
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "K"))]
    pub k: Text,
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename = "H"))]
    pub h: Text,
}

/// Score thresholds: a condition is shown from `shown` up, and named by the highest threshold it reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Scoring {
    pub shown: i32,
    pub weak: i32,
    pub moderate: i32,
    pub strong: i32,
}

impl Scoring {
    /// The words for a score that is shown.
    pub fn strength(&self, score: i32) -> Strength {
        if score >= self.strong {
            Strength::Strong
        } else if score >= self.moderate {
            Strength::Moderate
        } else if score >= self.weak {
            Strength::Weak
        } else {
            Strength::Possible
        }
    }
}

/// A question's texts.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct QuestionText {
    /// The question itself.
    pub prompt: Text,
    /// A line under the prompt explaining why it is asked or how to answer.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub help: Option<Text>,
    /// For multi-choice questions: how to choose ("Tick all that apply").
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub hint: Option<Text>,
    /// A label for each answer SPEC allows for this question (`unsure` included).
    pub answers: IdMap<Answer, Text>,
}

/// Why one red flag stops the check, for the urgent or emergency result.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct RedFlagText {
    /// Why this sign matters, plainly.
    pub reason: Text,
    pub source: Source,
}

/// One step of an origin chain: where the problem starts, what follows, where it hurts.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct ChainStep {
    pub text: Text,
    /// The body-map region this step happens at, for the origin view (none for a process step).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub at: Option<Region>,
    pub source: Source,
}

/// Everything a runner reads about a condition.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct ConditionContent {
    /// Short name for runners: "Runner's knee".
    pub name: Text,
    /// The clinical name, when it differs: "Patellofemoral pain".
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub clinical_name: Option<Text>,
    /// What it is, plainly.
    pub explanation: Fact,
    /// Where it hurts and when.
    pub where_it_hurts: Fact,
    /// Where the problem usually starts.
    pub origin: Origin,
    /// For a `local` origin (the trouble starts where it hurts): what loads the sore tissue, which
    /// the origin view names instead of drawing an arrow. Absent for `hip` and `spine`.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub loaded_by: Option<Fact>,
    /// From the start of the problem to the pain, in order.
    pub chain: List<ChainStep>,
    /// What usually feeds it.
    pub factors: List<Factor>,
    /// The exercises for it, most useful first.
    pub exercises: List<Exercise>,
    /// What to change in training.
    pub training_changes: List<Fact>,
    /// Further facts worth knowing (how common it is, what helps).
    pub facts: List<Fact>,
}

/// A contributing factor.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct FactorContent {
    pub name: Text,
    pub explanation: Fact,
    /// What to do about it.
    pub advice: Fact,
    /// Exercises that address it, most useful first (may be empty).
    pub exercises: List<Exercise>,
}

/// An exercise card.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct ExerciseContent {
    pub name: Text,
    /// Why this exercise, in one or two sentences.
    pub why: Fact,
    pub steps: List<Text>,
    pub cues: List<Text>,
    /// Sets and reps (or how much).
    pub dose: Fact,
    pub easier: Text,
    pub harder: Text,
    /// When in the week to do it.
    pub when: Fact,
    /// The muscles (or tissues) it works.
    pub muscles: List<Text>,
    /// The source of the steps, cues and versions.
    pub source: Source,
}

/// What a triage level tells the runner.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct TriageText {
    /// The headline: "Go to an emergency department now".
    pub title: Text,
    /// What to do now, in a few plain sentences.
    pub now: Text,
    pub source: Source,
}

/// The plan texts.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct PlanText {
    /// More than 4 weeks to race, or no race.
    pub build: PlanPhase,
    /// 4 weeks or fewer to race.
    pub maintenance: PlanPhase,
    /// For a spine-origin match: proactive care through the build.
    pub spine_care: PlanPhase,
    /// For a knee problem: eight weeks is enough to sort most out if started now (said only with
    /// 6 or more weeks to race, or no race).
    pub knee_timeline: Fact,
    /// With every plan that has exercises: how much pain is acceptable, and when to go back a step.
    pub pain_monitoring: Fact,
}

/// One phase or piece of plan advice.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct PlanPhase {
    pub title: Text,
    /// The advice, one point per entry.
    pub points: List<Fact>,
}

/// A caution shown with the results whatever the triage (`data-caution`).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct CautionText {
    pub title: Text,
    pub text: Text,
    pub source: Source,
}

/// A titled message (out of scope, no clear match).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Message {
    pub title: Text,
    pub text: Text,
}

/// A condition scoring rule: when its trigger holds, the condition's score moves by `weight`,
/// and the runner sees `text` as evidence ("why this match").
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Rule {
    /// Stable key, e.g. `itbs.builds-miles-in`; the evidence sentence is looked up by it.
    pub id: Text,
    pub when: Trigger,
    pub condition: Condition,
    /// Positive raises, negative lowers.
    pub weight: i32,
    /// The evidence sentence.
    pub text: Text,
    pub source: Source,
}

/// A factor rule: when its trigger holds, the factors are revealed.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct FactorRule {
    pub id: Text,
    pub when: Trigger,
    pub factors: List<Factor>,
    /// Why the answer reveals the factor.
    pub text: Text,
    pub source: Source,
}

/// When a rule applies. Written in JSON as one string:
/// - `region:knee-front` — that region is picked (on any side);
/// - `pain-timing=builds-miles-in` — an answer, several joined by ` & ` all have to hold;
/// - `match:lumbar-referred-hip-pain` — that condition is among the shown matches (factor rules only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trigger {
    Region(Region),
    Answers(List<(Question, Answer)>),
    Match(Condition),
}

impl Trigger {
    /// Parses the string form, naming exactly which part is wrong.
    pub fn parse(s: &str) -> Result<Trigger, String> {
        if let Some(r) = s.strip_prefix("region:") {
            return Region::parse(r.trim())
                .map(Trigger::Region)
                .ok_or_else(|| format!("unknown region `{}` in trigger `{s}`", r.trim()));
        }
        if let Some(c) = s.strip_prefix("match:") {
            return Condition::parse(c.trim())
                .map(Trigger::Match)
                .ok_or_else(|| format!("unknown condition `{}` in trigger `{s}`", c.trim()));
        }
        let mut atoms = Vec::new();
        for part in s.split('&') {
            let part = part.trim();
            let Some((q, a)) = part.split_once('=') else {
                return Err(format!(
                    "trigger `{s}`: `{part}` is not `question=answer`, `region:<id>` or `match:<condition>`"
                ));
            };
            let (q, a) = (q.trim(), a.trim());
            let q = Question::parse(q)
                .ok_or_else(|| format!("unknown question `{q}` in trigger `{s}`"))?;
            let a =
                Answer::parse(a).ok_or_else(|| format!("unknown answer `{a}` in trigger `{s}`"))?;
            atoms.push((q, a));
        }
        Ok(Trigger::Answers(atoms.into()))
    }
}

impl fmt::Display for Trigger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trigger::Region(r) => write!(f, "region:{r}"),
            Trigger::Match(c) => write!(f, "match:{c}"),
            Trigger::Answers(atoms) => {
                for (i, (q, a)) in atoms.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" & ")?;
                    }
                    write!(f, "{q}={a}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for Trigger {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Trigger::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for Trigger {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

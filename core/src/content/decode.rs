//! Reads a [`Pack`] from its JSON document, field by field. Strict like the pack format is meant to
//! be: a missing field, an unknown one, an unknown id or a value of the wrong kind is an error that
//! names its place in the document (`conditions.it-band-syndrome.chain[2].at: unknown Region id
//! `elbow``). Whether the content is complete and consistent is `validate.rs`'s job.

use super::model::*;
use super::{Pack, RegionText, Ui};
use crate::ids::{
    Answer, Caution, Condition, Exercise, Factor, HelpReason, Origin, Question, Region, Strength,
    Triage,
};
use crate::json::{DecodeError, Decoded, Json};

pub(crate) fn pack(v: &Json) -> Decoded<Pack> {
    let mut f = v.fields()?;
    let pack = Pack {
        locale: f.text("locale")?.into(),
        ui: f.req("ui", |v| v.map(Ui::decode, text))?,
        regions: f.req("regions", |v| v.map(Region::decode, region_text))?,
        sources: f.req("sources", |v| {
            let mut f = v.fields()?;
            let s = SeedNames {
                k: f.text("K")?.into(),
                h: f.text("H")?.into(),
            };
            f.end().map(|()| s)
        })?,
        scoring: f.req("scoring", |v| {
            let mut f = v.fields()?;
            let s = Scoring {
                shown: f.req("shown", int)?,
                weak: f.req("weak", int)?,
                moderate: f.req("moderate", int)?,
                strong: f.req("strong", int)?,
            };
            f.end().map(|()| s)
        })?,
        strengths: f.req("strengths", |v| v.map(Strength::decode, text))?,
        questions: f.req("questions", |v| v.map(Question::decode, question))?,
        red_flags: f.req("red_flags", |v| {
            v.map(Answer::decode, |v| {
                let mut f = v.fields()?;
                let t = RedFlagText {
                    reason: f.text("reason")?.into(),
                    source: f.req("source", source)?,
                };
                f.end().map(|()| t)
            })
        })?,
        red_flag_hip_front_note: f.text("red_flag_hip_front_note")?.into(),
        bone_stress_advice: f.req("bone_stress_advice", fact)?,
        cautions: f.req("cautions", |v| {
            v.map(Caution::decode, |v| {
                let mut f = v.fields()?;
                let c = CautionText {
                    title: f.text("title")?.into(),
                    text: f.text("text")?.into(),
                    source: f.req("source", source)?,
                };
                f.end().map(|()| c)
            })
        })?,
        conditions: f.req("conditions", |v| v.map(Condition::decode, condition))?,
        factors: f.req("factors", |v| {
            v.map(Factor::decode, |v| {
                let mut f = v.fields()?;
                let c = FactorContent {
                    name: f.text("name")?.into(),
                    explanation: f.req("explanation", fact)?,
                    advice: f.req("advice", fact)?,
                    exercises: f.req("exercises", |v| list(v, |v| v.parsed(Exercise::decode)))?,
                };
                f.end().map(|()| c)
            })
        })?,
        exercises: f.req("exercises", |v| v.map(Exercise::decode, exercise))?,
        triage: f.req("triage", |v| {
            v.map(Triage::decode, |v| {
                let mut f = v.fields()?;
                let t = TriageText {
                    title: f.text("title")?.into(),
                    now: f.text("now")?.into(),
                    source: f.req("source", source)?,
                };
                f.end().map(|()| t)
            })
        })?,
        help_reasons: f.req("help_reasons", |v| v.map(HelpReason::decode, note))?,
        plan: f.req("plan", |v| {
            let mut f = v.fields()?;
            let p = PlanText {
                build: f.req("build", phase)?,
                maintenance: f.req("maintenance", phase)?,
                spine_care: f.req("spine_care", phase)?,
                knee_timeline: f.req("knee_timeline", fact)?,
                pain_monitoring: f.req("pain_monitoring", fact)?,
            };
            f.end().map(|()| p)
        })?,
        out_of_scope: f.req("out_of_scope", message)?,
        no_clear_match: f.req("no_clear_match", message)?,
        rules: f.req("rules", |v| list(v, rule))?,
        factor_rules: f.req("factor_rules", |v| list(v, factor_rule))?,
    };
    f.end().map(|()| pack)
}

#[inline(never)]
fn int(v: &Json) -> Decoded<i32> {
    i32::try_from(v.int()?).map_err(|_| DecodeError::new("number out of range"))
}

#[inline(never)]
fn strings(v: &Json) -> Decoded<List<Text>> {
    list(v, text)
}

fn text(v: &Json) -> Decoded<Text> {
    v.string().map(Text::from)
}

fn list<T: Clone>(v: &Json, item: impl Fn(&Json) -> Decoded<T>) -> Decoded<List<T>> {
    v.list::<Vec<T>, T>(item).map(List::from)
}

#[inline(never)]
fn source(v: &Json) -> Decoded<Source> {
    v.parsed(Source::parse)
}

#[inline(never)]
fn region_text(v: &Json) -> Decoded<RegionText> {
    let mut f = v.fields()?;
    let t = RegionText {
        part: f.text("part")?.into(),
        detail: f.text("detail")?.into(),
    };
    f.end().map(|()| t)
}

#[inline(never)]
fn fact(v: &Json) -> Decoded<Fact> {
    let mut f = v.fields()?;
    let t = Fact {
        text: f.text("text")?.into(),
        source: f.req("source", source)?,
    };
    f.end().map(|()| t)
}

#[inline(never)]
fn note(v: &Json) -> Decoded<Note> {
    let mut f = v.fields()?;
    let t = Note {
        text: f.text("text")?.into(),
        source: f.opt("source", source)?,
    };
    f.end().map(|()| t)
}

#[inline(never)]
fn message(v: &Json) -> Decoded<Message> {
    let mut f = v.fields()?;
    let m = Message {
        title: f.text("title")?.into(),
        text: f.text("text")?.into(),
    };
    f.end().map(|()| m)
}

#[inline(never)]
fn phase(v: &Json) -> Decoded<PlanPhase> {
    let mut f = v.fields()?;
    let p = PlanPhase {
        title: f.text("title")?.into(),
        points: f.req("points", |v| list(v, fact))?,
    };
    f.end().map(|()| p)
}

#[inline(never)]
fn question(v: &Json) -> Decoded<QuestionText> {
    let mut f = v.fields()?;
    let q = QuestionText {
        prompt: f.text("prompt")?.into(),
        help: f.opt("help", text)?,
        hint: f.opt("hint", text)?,
        answers: f.req("answers", |v| v.map(Answer::decode, text))?,
    };
    f.end().map(|()| q)
}

#[inline(never)]
fn condition(v: &Json) -> Decoded<ConditionContent> {
    let mut f = v.fields()?;
    let c = ConditionContent {
        name: f.text("name")?.into(),
        clinical_name: f.opt("clinical_name", text)?,
        explanation: f.req("explanation", fact)?,
        where_it_hurts: f.req("where_it_hurts", fact)?,
        origin: f.req("origin", |v| v.parsed(Origin::decode))?,
        chain: f.req("chain", |v| {
            list(v, |v| {
                let mut f = v.fields()?;
                let s = ChainStep {
                    text: f.text("text")?.into(),
                    at: f.opt("at", |v| v.parsed(Region::decode))?,
                    source: f.req("source", source)?,
                };
                f.end().map(|()| s)
            })
        })?,
        factors: f.req("factors", |v| list(v, |v| v.parsed(Factor::decode)))?,
        exercises: f.req("exercises", |v| list(v, |v| v.parsed(Exercise::decode)))?,
        training_changes: f.req("training_changes", |v| list(v, fact))?,
        facts: f.req("facts", |v| list(v, fact))?,
    };
    f.end().map(|()| c)
}

#[inline(never)]
fn exercise(v: &Json) -> Decoded<ExerciseContent> {
    let mut f = v.fields()?;
    let e = ExerciseContent {
        name: f.text("name")?.into(),
        why: f.req("why", fact)?,
        steps: f.req("steps", strings)?,
        cues: f.req("cues", strings)?,
        dose: f.req("dose", fact)?,
        easier: f.text("easier")?.into(),
        harder: f.text("harder")?.into(),
        when: f.req("when", fact)?,
        muscles: f.req("muscles", strings)?,
        source: f.req("source", source)?,
    };
    f.end().map(|()| e)
}

#[inline(never)]
fn rule(v: &Json) -> Decoded<Rule> {
    let mut f = v.fields()?;
    let r = Rule {
        id: f.text("id")?.into(),
        when: f.req("when", |v| v.parsed(Trigger::parse))?,
        condition: f.req("condition", |v| v.parsed(Condition::decode))?,
        weight: f.req("weight", int)?,
        text: f.text("text")?.into(),
        source: f.req("source", source)?,
    };
    f.end().map(|()| r)
}

#[inline(never)]
fn factor_rule(v: &Json) -> Decoded<FactorRule> {
    let mut f = v.fields()?;
    let r = FactorRule {
        id: f.text("id")?.into(),
        when: f.req("when", |v| v.parsed(Trigger::parse))?,
        factors: f.req("factors", |v| list(v, |v| v.parsed(Factor::decode)))?,
        text: f.text("text")?.into(),
        source: f.req("source", source)?,
    };
    f.end().map(|()| r)
}

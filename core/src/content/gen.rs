//! Writes a [`Pack`] as Rust source: one `static` whose texts and lists are borrowed literals.
//! The bundled English pack ships that way (`en/pack.rs`), so the widget neither carries the JSON
//! reader for the pack nor parses and allocates the content when it starts. The JSON files stay
//! the source of truth: the xtask (`cargo run -p xtask -- bake`) calls this to write the file, and
//! the `bundled_pack_matches_the_json` test fails when it is stale. Native only.

use super::model::*;
use super::{Pack, RegionText};
use crate::id_map::IdMap;
use std::fmt::Write;

/// What the xtask writes for `pack`: the source of `en/pack.rs` (the skeleton, and the name the
/// texts file is served under) and `en/texts.txt` (see `texts.rs`).
pub struct Baked {
    pub rust: String,
    pub texts: String,
}

/// `pack` baked: its skeleton as Rust statics and its texts file. The file's served name carries a
/// hash of its content (FNV-1a, 64 bits), so a changed text is a new name, never a stale cache.
pub fn bake(pack: &Pack) -> Result<Baked, String> {
    let (skeleton, texts) = pack.split_texts()?;
    let hash = fnv(&texts);
    let mut rust = rust_source(&skeleton);
    let _ = write!(
        rust,
        "\n/// The name `en/texts.txt` is served under (a hash of its content).\n\
         pub(super) const TEXTS_FILE: &str = \"texts-{}-{hash:016x}.txt\";\n",
        pack.locale
    );
    Ok(Baked { rust, texts })
}

/// A translation baked: the texts its skeleton keeps (the first screen's: UI labels, region names,
/// the seed names, the match strengths) as statics, its structure being the English skeleton's,
/// and its texts file (`es/pack.rs`, `es/texts.txt`).
pub fn bake_translation(pack: &Pack) -> Result<Baked, String> {
    let (skeleton, texts) = pack.split_texts()?;
    let mut rust = format!(
        "// @generated from {0}/ui.json and {0}/clinical.json by content/gen.rs. Do not edit: change the\n\
         // JSON, then run `cargo run -p xtask -- bake`. The structure is the English skeleton's.\n\n\
         use super::model::*;\n\
         use super::{{RegionText, Ui}};\n\
         use crate::id_map::IdMap;\n\
         use crate::ids::{{Region, Strength}};\n\
         use std::borrow::Cow::Borrowed as B;\n\
         use std::marker::PhantomData;\n\n\
         pub(super) static LOCALE: Text = ",
        pack.locale
    );
    skeleton.locale.lit(&mut rust);
    rust.push_str(";\n\n#[rustfmt::skip]\npub(super) static UI: IdMap<Ui, Text> = ");
    skeleton.ui.lit(&mut rust);
    rust.push_str(";\n\n#[rustfmt::skip]\npub(super) static REGIONS: IdMap<Region, RegionText> = ");
    skeleton.regions.lit(&mut rust);
    rust.push_str(";\n\n#[rustfmt::skip]\npub(super) static SOURCES: SeedNames = ");
    skeleton.sources.lit(&mut rust);
    rust.push_str(";\n\n#[rustfmt::skip]\npub(super) static STRENGTHS: IdMap<Strength, Text> = ");
    skeleton.strengths.lit(&mut rust);
    let _ = write!(
        rust,
        ";\n\n/// The name `{0}/texts.txt` is served under (a hash of its content).\n\
         pub(super) const TEXTS_FILE: &str = \"texts-{0}-{1:016x}.txt\";\n",
        pack.locale,
        fnv(&texts)
    );
    Ok(Baked { rust, texts })
}

/// FNV-1a, 64 bits: the texts file's name follows its content.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// `pack` as Rust source: one `static` (the skeleton, when given one).
fn rust_source(pack: &Pack) -> String {
    let mut o = String::from(
        "// @generated from en/ui.json and en/clinical.json by content/gen.rs. Do not edit: change the\n\
         // JSON, then run `cargo run -p xtask -- bake`.\n\n\
         use super::model::*;\n\
         use super::{Pack, RegionText};\n\
         use crate::id_map::IdMap;\n\
         use crate::ids::{Answer, Condition, Exercise, Factor, Origin, Question, Region};\n\
         use std::borrow::Cow::Borrowed as B;\n\
         use std::marker::PhantomData;\n\n\
         #[rustfmt::skip]\n\
         pub(super) static ENGLISH: Pack = ",
    );
    pack.lit(&mut o);
    o.push_str(";\n");
    o
}

/// A value written as a Rust expression that builds it in a `static`.
trait Lit {
    fn lit(&self, o: &mut String);
}

/// Ids print as their variant (`Region::KneeFront`).
macro_rules! lit_id {
    ($($t:ident)*) => {$(
        impl Lit for crate::ids::$t {
            fn lit(&self, o: &mut String) {
                let _ = write!(o, concat!(stringify!($t), "::{:?}"), self);
            }
        }
    )*};
}
lit_id!(Answer Condition Exercise Factor Origin Question Region Triage);

impl Lit for super::Ui {
    fn lit(&self, o: &mut String) {
        let _ = write!(o, "Ui::{self:?}");
    }
}

/// Structs print field by field, each on its own line.
macro_rules! lit_struct {
    ($($t:ident { $($f:ident),* })*) => {$(
        impl Lit for $t {
            fn lit(&self, o: &mut String) {
                o.push_str(concat!(stringify!($t), " {\n"));
                $(
                    o.push_str(concat!(stringify!($f), ": "));
                    self.$f.lit(o);
                    o.push_str(",\n");
                )*
                o.push('}');
            }
        }
    )*};
}
lit_struct! {
    Pack { locale, ui, regions, sources, scoring, strengths, questions, red_flags,
        red_flag_hip_front_note, bone_stress_advice, cautions, conditions, factors, exercises, triage, help_reasons, plan,
        out_of_scope, no_clear_match, rules, factor_rules }
    RegionText { part, detail }
    SeedNames { k, h }
    Scoring { shown, weak, moderate, strong }
    QuestionText { prompt, help, hint, answers }
    RedFlagText { reason, source }
    ChainStep { text, at, source }
    ConditionContent { name, clinical_name, explanation, where_it_hurts, origin, loaded_by, chain, factors,
        exercises, training_changes, facts }
    FactorContent { name, explanation, advice, exercises }
    ExerciseContent { name, why, steps, cues, dose, easier, harder, when, muscles, source }
    TriageText { title, now, source }
    PlanText { build, maintenance, spine_care, knee_timeline, pain_monitoring }
    CautionText { title, text, source }
    PlanPhase { title, points }
    Message { title, text }
    Rule { id, when, condition, weight, text, source }
    FactorRule { id, when, factors, text, source }
    Fact { text, source }
    Note { text, source }
}

impl Lit for i32 {
    fn lit(&self, o: &mut String) {
        let _ = write!(o, "{self}");
    }
}

impl Lit for Text {
    /// `Debug` of a `str` is a valid Rust string literal: quotes, backslashes and control
    /// characters escaped, everything else as it is.
    fn lit(&self, o: &mut String) {
        let _ = write!(o, "B({:?})", &**self);
    }
}

impl<T: Lit + Clone> Lit for List<T> {
    fn lit(&self, o: &mut String) {
        o.push_str("B(&[");
        for item in self.iter() {
            item.lit(o);
            o.push_str(", ");
        }
        o.push_str("])");
    }
}

impl<T: Lit> Lit for Option<T> {
    fn lit(&self, o: &mut String) {
        match self {
            None => o.push_str("None"),
            Some(v) => {
                o.push_str("Some(");
                v.lit(o);
                o.push(')');
            }
        }
    }
}

impl<A: Lit, B: Lit> Lit for (A, B) {
    fn lit(&self, o: &mut String) {
        o.push('(');
        self.0.lit(o);
        o.push_str(", ");
        self.1.lit(o);
        o.push(')');
    }
}

impl<K, V: Lit + Clone> Lit for IdMap<K, V> {
    fn lit(&self, o: &mut String) {
        // A plain literal, not `IdMap::from_static`: see `IdMap`'s fields.
        o.push_str("IdMap { slots: B(&[\n");
        for slot in self.slots() {
            slot.lit(o);
            o.push_str(",\n");
        }
        o.push_str("]), _key: PhantomData }");
    }
}

impl Lit for Source {
    fn lit(&self, o: &mut String) {
        match self {
            Source::K => o.push_str("Source::K"),
            Source::H => o.push_str("Source::H"),
            Source::G(name) => {
                o.push_str("Source::G(");
                name.lit(o);
                o.push(')');
            }
        }
    }
}

impl Lit for Trigger {
    fn lit(&self, o: &mut String) {
        match self {
            Trigger::Region(r) => {
                o.push_str("Trigger::Region(");
                r.lit(o);
                o.push(')');
            }
            Trigger::Match(c) => {
                o.push_str("Trigger::Match(");
                c.lit(o);
                o.push(')');
            }
            Trigger::Answers(atoms) => {
                o.push_str("Trigger::Answers(");
                atoms.lit(o);
                o.push(')');
            }
        }
    }
}

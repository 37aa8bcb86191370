//! The pack's texts apart from its structure, so the widget's first load carries only what the
//! first screen shows.
//!
//! The bundled pack ships in two parts. The wasm holds a *skeleton*: every id, rule, weight and
//! list, the UI labels and the region names (the body map needs nothing else), and every other text
//! empty. The rest of the texts (questions, warning signs, conditions, exercises, triage, plan,
//! the rules' evidence...) are one file, `en/texts.txt`: the texts in the order [`Texts::texts`]
//! visits them, separated by [`SEPARATOR`]. The widget fetches it as it starts, while the runner is
//! on the map, and [`Pack::with_texts`] fills a copy of the skeleton from it (checking that the file
//! has exactly one text per slot). Natively, [`Pack::split_texts`] makes the two parts from the
//! JSON pack; `gen.rs` writes them.
//!
//! Ids in `Text` fields (a rule's `id`) stay in the skeleton; a guideline's name in a `Source` is
//! a text (it is shown).

use super::model::*;
use super::Pack;
use crate::id_map::IdMap;

/// Between two texts in the texts file (ASCII record separator; no text may contain it).
pub const SEPARATOR: char = '\u{1e}';

/// A value whose runner-facing texts can be visited in a fixed order.
pub(crate) trait Texts {
    fn texts(&mut self, f: &mut dyn FnMut(&mut Text));
}

impl Texts for Text {
    fn texts(&mut self, f: &mut dyn FnMut(&mut Text)) {
        f(self)
    }
}

impl<T: Texts> Texts for Option<T> {
    fn texts(&mut self, f: &mut dyn FnMut(&mut Text)) {
        if let Some(v) = self {
            v.texts(f);
        }
    }
}

impl<T: Texts + Clone> Texts for List<T> {
    fn texts(&mut self, f: &mut dyn FnMut(&mut Text)) {
        for v in self.to_mut() {
            v.texts(f);
        }
    }
}

impl<K, V: Texts + Clone> Texts for IdMap<K, V> {
    fn texts(&mut self, f: &mut dyn FnMut(&mut Text)) {
        self.slots.texts(f);
    }
}

impl Texts for Source {
    fn texts(&mut self, f: &mut dyn FnMut(&mut Text)) {
        if let Source::G(name) = self {
            f(name);
        }
    }
}

/// Each struct's text fields, in order (ids, weights and lists of ids are left out).
macro_rules! texts_of {
    ($($t:ident { $($f:ident),* })*) => {$(
        impl Texts for $t {
            fn texts(&mut self, f: &mut dyn FnMut(&mut Text)) {
                $( self.$f.texts(f); )*
            }
        }
    )*};
}
texts_of! {
    QuestionText { prompt, help, hint, answers }
    RedFlagText { reason, source }
    ChainStep { text, source }
    ConditionContent { name, clinical_name, explanation, where_it_hurts, loaded_by, chain,
        training_changes, facts }
    FactorContent { name, explanation, advice }
    ExerciseContent { name, why, steps, cues, dose, easier, harder, when, muscles, source }
    TriageText { title, now, source }
    PlanText { build, maintenance, spine_care, knee_timeline, pain_monitoring }
    CautionText { title, text, source }
    PlanPhase { title, points }
    Message { title, text }
    Rule { text, source }
    FactorRule { text, source }
    Fact { text, source }
    Note { text, source }
}

/// The texts that are not in the skeleton: everything but the UI labels and the region names.
impl Texts for Pack {
    fn texts(&mut self, f: &mut dyn FnMut(&mut Text)) {
        self.questions.texts(f);
        self.red_flags.texts(f);
        self.red_flag_hip_front_note.texts(f);
        self.bone_stress_advice.texts(f);
        self.cautions.texts(f);
        self.conditions.texts(f);
        self.factors.texts(f);
        self.exercises.texts(f);
        self.triage.texts(f);
        self.help_reasons.texts(f);
        self.plan.texts(f);
        self.out_of_scope.texts(f);
        self.no_clear_match.texts(f);
        self.rules.texts(f);
        self.factor_rules.texts(f);
    }
}

impl Pack {
    /// Whether the pack has its texts: a full pack, not a skeleton still waiting for them (a valid
    /// pack has no empty text, and this one is never empty in a full pack).
    pub fn has_texts(&self) -> bool {
        !self.out_of_scope.title.is_empty()
    }

    /// This skeleton filled from a texts file, or `None` when the file does not hold exactly one
    /// text per slot (a file from another build, or cut short).
    pub fn with_texts(&self, file: &'static str) -> Option<Pack> {
        let mut pack = self.clone();
        let mut parts = file.split(SEPARATOR);
        let mut fits = true;
        // A valid pack has no empty text: an empty part is a file that does not fit.
        pack.texts(&mut |t| match parts.next() {
            Some(p) if !p.is_empty() => *t = Text::Borrowed(p),
            _ => fits = false,
        });
        (fits && parts.next().is_none()).then_some(pack)
    }

    /// The skeleton of this pack and its texts file (native: the xtask writes both).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn split_texts(&self) -> Result<(Pack, String), String> {
        let mut skeleton = self.clone();
        let mut file = String::new();
        let mut bad = None;
        skeleton.texts(&mut |t| {
            if t.contains(SEPARATOR) {
                bad = Some(t.to_string());
            }
            file.push_str(t);
            file.push(SEPARATOR);
            *t = Text::Borrowed("");
        });
        if let Some(t) = bad {
            return Err(format!("a text holds the separator U+001E: {t:?}"));
        }
        file.pop();
        Ok((skeleton, file))
    }
}

//! The clinical content: a typed model of everything a runner reads, the default English pack, and
//! its validation. Every runner-facing string lives in a pack, keyed, so a second language is a
//! second pack, not a code change.
//!
//! The English pack is two files merged into one document: `en/ui.json` (UI labels and region
//! texts, which every area of the widget appends to) and `en/clinical.json` (questions, conditions,
//! factors, exercises, triage, plan and the scoring rules with their evidence sentences).
//!
//! Those files are the source of truth, but the widget does not read them: the xtask
//! (`cargo run -p xtask -- bake`, run by Trunk before each build) reads them with serde and writes
//! the pack as Rust statics with `gen.rs` (`en/pack.rs`, checked in), so the widget carries neither
//! the JSON nor the code that reads a pack, and starts without parsing or allocating its content.
//! A test (`bundled_pack_matches_the_json`, in `make test`) fails when the statics are stale.
//! Natively, [`Pack::from_json`] reads (and validates) any pack.

#[cfg(not(target_arch = "wasm32"))]
pub mod gen;
// Without the `bundled` feature (the xtask's build) the core compiles with no pack at all, so a
// model change never stops the old statics from being baked again.
#[cfg(feature = "bundled")]
#[path = "en/pack.rs"]
mod english_pack;
mod keys;
mod model;
#[cfg(feature = "bundled")]
#[path = "es/pack.rs"]
mod spanish_pack;
mod texts;
pub mod units;

pub use keys::Ui;
pub use model::*;
pub use texts::SEPARATOR;

use crate::id_map::IdMap;
use crate::ids::{
    Answer, Caution, Condition, Exercise, Factor, HelpReason, Question, Region, RegionSel, Side,
    Strength, Triage,
};
use crate::vec_set::VecSet;
#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};

/// A bundled pack, compared by address: two values on the same pack are equal without comparing
/// every text, and a session can carry its pack for next to nothing.
#[derive(Clone, Copy)]
pub struct PackRef(pub &'static Pack);

impl PartialEq for PackRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for PackRef {}

impl std::fmt::Debug for PackRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pack({})", self.0.locale)
    }
}

impl std::ops::Deref for PackRef {
    type Target = Pack;
    fn deref(&self) -> &Pack {
        self.0
    }
}

/// Texts for one body-map region.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct RegionText {
    /// The body part, lower case, to follow a side word: "knee", "hip".
    pub part: Text,
    /// Where on it, lower case: "around the kneecap".
    pub detail: Text,
}

/// A content pack: one language's texts and the clinical content they describe.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Pack {
    /// BCP 47 language tag of the pack, e.g. `en`.
    pub locale: Text,
    /// UI labels by key (`app.title`, `side.left`, ...).
    pub ui: IdMap<Ui, Text>,
    pub regions: IdMap<Region, RegionText>,
    /// The seed articles' names, shown beside K and H facts.
    pub sources: SeedNames,
    pub scoring: Scoring,
    /// "Strong match", "Possible match"...
    pub strengths: IdMap<Strength, Text>,
    pub questions: IdMap<Question, QuestionText>,
    /// Why each red flag stops the check.
    pub red_flags: IdMap<Answer, RedFlagText>,
    /// Shown, emphasised, on the red-flag step when the front of the hip or the groin is picked
    /// (where a femoral neck stress fracture hides). See [`Pack::red_flag_note`].
    pub red_flag_hip_front_note: Text,
    /// On an urgent result for a possible bone stress injury: how to move until seen.
    pub bone_stress_advice: Fact,
    /// Cautions shown with the results whatever the triage.
    pub cautions: IdMap<Caution, CautionText>,
    pub conditions: IdMap<Condition, ConditionContent>,
    pub factors: IdMap<Factor, FactorContent>,
    pub exercises: IdMap<Exercise, ExerciseContent>,
    pub triage: IdMap<Triage, TriageText>,
    pub help_reasons: IdMap<HelpReason, Note>,
    pub plan: PlanText,
    pub out_of_scope: Message,
    pub no_clear_match: Message,
    /// Condition scoring rules, each with its evidence sentence.
    pub rules: List<Rule>,
    /// Rules revealing contributing factors.
    pub factor_rules: List<FactorRule>,
}

#[cfg(not(target_arch = "wasm32"))]
const ENGLISH_UI_JSON: &str = include_str!("en/ui.json");
#[cfg(not(target_arch = "wasm32"))]
const ENGLISH_CLINICAL_JSON: &str = include_str!("en/clinical.json");

/// The bundled English pack as one JSON document (the two files merged), e.g. to derive a
/// translation from or to feed [`Pack::from_json`]. (Native only: the widget has the pack as
/// statics.)
#[cfg(not(target_arch = "wasm32"))]
pub fn english_json() -> String {
    match merged("en", ENGLISH_UI_JSON, ENGLISH_CLINICAL_JSON) {
        Ok(v) => v.to_string(),
        Err(e) => e,
    }
}

/// The Spanish pack (`es/ui.json` and `es/clinical.json`) as one JSON document. Checked like the
/// English one (the xtask validates it before every build; `core/tests/pack_spanish.rs` compares
/// it with English text by text). Native only: the widget does not offer Spanish yet.
#[cfg(not(target_arch = "wasm32"))]
pub fn spanish_json() -> String {
    match merged(
        "es",
        include_str!("es/ui.json"),
        include_str!("es/clinical.json"),
    ) {
        Ok(v) => v.to_string(),
        Err(e) => e,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn merged(lang: &str, ui: &str, clinical: &str) -> Result<serde_json::Value, String> {
    use serde_json::Value;
    let ui: Value = serde_json::from_str(ui).map_err(|e| format!("{lang}/ui.json: {e}"))?;
    let clinical: Value =
        serde_json::from_str(clinical).map_err(|e| format!("{lang}/clinical.json: {e}"))?;
    match (ui, clinical) {
        (Value::Object(mut into), Value::Object(from)) => {
            for (k, v) in from {
                if into.contains_key(&k) {
                    return Err(format!(
                        "`{k}` is in both {lang}/ui.json and {lang}/clinical.json"
                    ));
                }
                into.insert(k, v);
            }
            Ok(Value::Object(into))
        }
        _ => Err(format!(
            "{lang}/ui.json and {lang}/clinical.json must each be a JSON object"
        )),
    }
}

impl Pack {
    /// The bundled English pack: Rust statics generated from `en/*.json` (`en/pack.rs`), so
    /// there is nothing to read or allocate. The tests check it equals, and validates like, the
    /// pack read from the JSON.
    ///
    /// Natively, and in the browser tests (the `texts` feature), it is the whole pack: the
    /// skeleton filled from `en/texts.txt`. In the widget it is the skeleton alone, and the widget
    /// fetches the texts as it starts (see `texts.rs`).
    #[cfg(feature = "bundled")]
    pub fn english() -> &'static Pack {
        Pack::for_locale(crate::ids::Locale::En)
    }

    /// The bundled skeleton for a language and the name its texts file is served under (next to
    /// the wasm); fill it with [`Pack::with_texts`]. Spanish shares the English skeleton's
    /// structure (`core/tests/pack_spanish.rs` holds them equal), with its own first-screen texts.
    #[cfg(feature = "bundled")]
    pub fn skeleton(locale: crate::ids::Locale) -> (&'static Pack, &'static str) {
        use crate::ids::Locale;
        match locale {
            Locale::En => (&english_pack::ENGLISH, english_pack::TEXTS_FILE),
            Locale::Es => {
                static SPANISH: std::sync::OnceLock<Pack> = std::sync::OnceLock::new();
                let pack = SPANISH.get_or_init(|| Pack {
                    locale: spanish_pack::LOCALE.clone(),
                    ui: spanish_pack::UI.clone(),
                    regions: spanish_pack::REGIONS.clone(),
                    sources: spanish_pack::SOURCES.clone(),
                    strengths: spanish_pack::STRENGTHS.clone(),
                    ..english_pack::ENGLISH.clone()
                });
                (pack, spanish_pack::TEXTS_FILE)
            }
        }
    }

    /// The bundled pack for a language. Natively, and in the browser tests (the `texts` feature),
    /// it is the whole pack: the skeleton filled from its `texts.txt`. In the widget it is the
    /// skeleton alone, and the widget fetches the texts as it starts (see `texts.rs`).
    #[cfg(feature = "bundled")]
    pub fn for_locale(locale: crate::ids::Locale) -> &'static Pack {
        #[cfg(any(not(target_arch = "wasm32"), feature = "texts"))]
        {
            use crate::ids::Locale;
            use std::sync::OnceLock;
            static FULL: [OnceLock<Pack>; 2] = [OnceLock::new(), OnceLock::new()];
            let (i, file) = match locale {
                Locale::En => (0, include_str!("en/texts.txt")),
                Locale::Es => (1, include_str!("es/texts.txt")),
            };
            FULL[i].get_or_init(|| {
                Pack::skeleton(locale)
                    .0
                    .with_texts(file)
                    .expect("texts.txt fits pack.rs (bake them again together)")
            })
        }
        #[cfg(not(any(not(target_arch = "wasm32"), feature = "texts")))]
        {
            Pack::skeleton(locale).0
        }
    }

    /// A UI label. Every pack has every label (validation refuses one without), so a gap cannot
    /// reach a runner; were one to, it would read as nothing, never crash. (Not the key as a
    /// fallback: that would carry every key's text in the widget for a case that cannot happen.)
    pub fn ui(&self, key: Ui) -> &str {
        self.ui.get(&key).map_or("", AsRef::as_ref)
    }

    /// The accessible, full name of a selected place: "Left knee, around the kneecap"; "Lower back".
    pub fn region_name(&self, sel: RegionSel) -> String {
        let Some(t) = self.regions.get(&sel.region) else {
            return sel.to_string();
        };
        let template = match sel.side {
            Side::Center => self.ui(Ui::RegionNameCenter),
            _ => self.ui(Ui::RegionNameSided),
        };
        let side = match sel.side {
            Side::Left => self.ui(Ui::SideLeft),
            Side::Right => self.ui(Ui::SideRight),
            Side::Center => "",
        };
        let name = template
            .replace("{side}", side)
            .replace("{part}", &t.part)
            .replace("{detail}", &t.detail);
        capitalize_first(name.trim())
    }

    /// The short label of a region without its side: "Knee, around the kneecap".
    pub fn region_label(&self, region: Region) -> String {
        match self.regions.get(&region) {
            Some(t) if t.detail.is_empty() => capitalize_first(&t.part),
            Some(t) => capitalize_first(&format!("{}, {}", t.part, t.detail)),
            None => region.to_string(),
        }
    }

    /// A question's texts.
    pub fn question(&self, q: Question) -> Option<&QuestionText> {
        self.questions.get(&q)
    }

    /// The label of answer `a` to question `q` (the id itself if the pack lacks it).
    pub fn answer_label(&self, q: Question, a: Answer) -> &str {
        self.questions
            .get(&q)
            .and_then(|t| t.answers.get(&a))
            .map(AsRef::as_ref)
            .unwrap_or(a.as_str())
    }

    /// Why a red flag stops the check.
    pub fn red_flag(&self, flag: Answer) -> Option<&RedFlagText> {
        self.red_flags.get(&flag)
    }

    /// The emphasised note for the red-flag step, when the picked places call for one: the front of
    /// the hip or the groin, where a femoral neck stress fracture can hide (ask about hopping,
    /// limping and night pain plainly).
    pub fn red_flag_note(&self, regions: &VecSet<RegionSel>) -> Option<&str> {
        regions
            .iter()
            .any(|s| s.region.needs_fracture_note())
            .then_some(&*self.red_flag_hip_front_note)
    }

    /// A caution's texts.
    pub fn caution(&self, c: Caution) -> Option<&CautionText> {
        self.cautions.get(&c)
    }

    /// The label of a sign that stopped the check: a ticked warning sign, or (for bone stress) the
    /// pain-timing answer "it now hurts when walking, or at rest".
    pub fn stop_sign_label(&self, sign: Answer) -> &str {
        let q = if Question::RedFlags.answers().contains(&sign) {
            Question::RedFlags
        } else {
            Question::PainTiming
        };
        self.answer_label(q, sign)
    }

    pub fn condition(&self, c: Condition) -> Option<&ConditionContent> {
        self.conditions.get(&c)
    }

    pub fn factor(&self, f: Factor) -> Option<&FactorContent> {
        self.factors.get(&f)
    }

    pub fn exercise(&self, e: Exercise) -> Option<&ExerciseContent> {
        self.exercises.get(&e)
    }

    pub fn triage_text(&self, t: Triage) -> Option<&TriageText> {
        self.triage.get(&t)
    }

    pub fn help_reason(&self, r: HelpReason) -> Option<&Note> {
        self.help_reasons.get(&r)
    }

    /// "Strong match", "Possible match"... (the id itself if the pack lacks it).
    pub fn strength_label(&self, s: Strength) -> &str {
        self.strengths
            .get(&s)
            .map(AsRef::as_ref)
            .unwrap_or(s.as_str())
    }

    /// A condition rule by key (evidence in an outcome names its rule).
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Whether a region rule with a positive weight ties `region` to `condition` (pain there points
    /// to it).
    pub fn ties(&self, condition: Condition, region: Region) -> bool {
        self.rules.iter().any(|r| {
            r.condition == condition
                && r.weight > 0
                && matches!(r.when, Trigger::Region(reg) if reg == region)
        })
    }

    /// A factor rule by key (a factor finding names its rules).
    pub fn factor_rule(&self, id: &str) -> Option<&FactorRule> {
        self.factor_rules.iter().find(|r| r.id == id)
    }

    /// The evidence sentence of a condition or factor rule (the key itself if unknown).
    pub fn evidence_text<'a>(&'a self, id: &'a str) -> &'a str {
        self.rule(id)
            .map(|r| &*r.text)
            .or_else(|| self.factor_rule(id).map(|r| &*r.text))
            .unwrap_or(id)
    }

    /// What to show a runner as a fact's source: the seed article's name, or the guideline's.
    pub fn source_label<'a>(&'a self, source: &'a Source) -> &'a str {
        match source {
            Source::K => &self.sources.k,
            Source::H => &self.sources.h,
            Source::G(name) => name,
        }
    }
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(all(test, feature = "bundled"))]
mod tests {
    use super::*;

    /// `en/pack.rs` (the bundled pack as statics) is exactly what the JSON files generate, and
    /// equals the pack read from them: the freshness check of `make test`.
    #[test]
    fn bundled_pack_matches_the_json() {
        let from_json = Pack::from_json(&english_json()).expect("the English pack is valid");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/content/en/pack.rs");
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        let texts_path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/content/en/texts.txt");
        let texts_on_disk = std::fs::read_to_string(texts_path).unwrap_or_default();
        let baked = gen::bake(&from_json).expect("bakes");
        assert!(
            on_disk == baked.rust && texts_on_disk == baked.texts,
            "src/content/en/pack.rs or texts.txt is stale: the JSON changed. Bake them again with\n  \
             cargo run -p xtask -- bake"
        );
        assert_eq!(*Pack::english(), from_json);
        // The skeleton alone has none of the texts, and the texts file fills it exactly.
        let (skeleton, file) = Pack::skeleton(crate::ids::Locale::En);
        assert!(!skeleton.has_texts() && Pack::english().has_texts());
        assert!(file.starts_with("texts-en-") && file.ends_with(".txt"));
        assert_eq!(
            skeleton.with_texts(include_str!("en/texts.txt")).as_ref(),
            Some(&from_json)
        );
        let cut = &include_str!("en/texts.txt")[..1000];
        assert_eq!(
            skeleton.with_texts(cut),
            None,
            "a file cut short fills nothing"
        );
        let more: &'static str = format!("{}{SEPARATOR}extra", include_str!("en/texts.txt")).leak();
        assert_eq!(
            skeleton.with_texts(more),
            None,
            "a file with a text too many fills nothing"
        );
    }

    #[test]
    fn the_bundled_spanish_pack_matches_its_json() {
        use crate::ids::Locale;
        let from_json = Pack::from_json(&spanish_json()).expect("the Spanish pack is valid");
        let baked = gen::bake_translation(&from_json).expect("bakes");
        let read = |f: &str| {
            std::fs::read_to_string(format!("{}/src/content/es/{f}", env!("CARGO_MANIFEST_DIR")))
                .unwrap_or_default()
        };
        assert!(
            read("pack.rs") == baked.rust && read("texts.txt") == baked.texts,
            "src/content/es/pack.rs or texts.txt is stale: bake them again with\n  \
             cargo run -p xtask -- bake"
        );
        // The English skeleton's structure, the Spanish first-screen texts and texts file: the
        // whole Spanish pack, equal to the one read from the JSON.
        assert_eq!(*Pack::for_locale(Locale::Es), from_json);
        let (skeleton, file) = Pack::skeleton(Locale::Es);
        assert!(!skeleton.has_texts());
        assert!(file.starts_with("texts-es-") && file.ends_with(".txt"));
        assert_eq!(skeleton.ui(Ui::FlowNext), from_json.ui(Ui::FlowNext));
        assert_ne!(skeleton.ui(Ui::FlowNext), Pack::english().ui(Ui::FlowNext));
    }

    #[test]
    fn region_names_read_naturally() {
        let p = Pack::english();
        let sel = RegionSel::parse("knee-front.left").unwrap();
        assert_eq!(
            p.region_name(sel),
            "Left knee, around or behind the kneecap"
        );
        assert_eq!(
            p.region_name(RegionSel::parse("lower-back.center").unwrap()),
            "Lower back"
        );
    }

    #[test]
    fn every_region_has_text() {
        let p = Pack::english();
        for r in Region::ALL {
            assert!(p.regions.contains_key(r), "{r}");
        }
    }

    #[test]
    fn the_english_pack_is_valid() {
        if let Err(errors) = Pack::english().validate() {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the English pack has errors:\n{}", list.join("\n"));
        }
    }

    #[test]
    fn the_merged_document_round_trips_through_from_json() {
        let pack = Pack::from_json(&english_json()).expect("valid");
        assert_eq!(&pack, Pack::english());
    }

    #[test]
    fn sources_parse_strictly() {
        assert_eq!(Source::parse("K"), Ok(Source::K));
        assert_eq!(
            Source::parse("G: Ottawa Knee Rules"),
            Ok(Source::G("Ottawa Knee Rules".into()))
        );
        assert!(Source::parse("G:  ").is_err());
        assert!(Source::parse("blog").is_err());
    }

    #[test]
    fn triggers_parse_and_print_the_same() {
        for s in [
            "region:knee-front",
            "match:si-joint-dysfunction",
            "pain-timing=builds-miles-in",
            "self-care-tried=rest & self-care-result=no-help",
        ] {
            assert_eq!(Trigger::parse(s).unwrap().to_string(), s);
        }
        assert!(Trigger::parse("region:elbow")
            .unwrap_err()
            .contains("unknown region `elbow`"));
        assert!(Trigger::parse("pain=sharp")
            .unwrap_err()
            .contains("unknown question `pain`"));
        assert!(Trigger::parse("sharp")
            .unwrap_err()
            .contains("is not `question=answer`"));
    }

    #[test]
    fn hip_front_and_groin_bring_the_fracture_note() {
        let p = Pack::english();
        let set = |s: &[&str]| {
            s.iter()
                .map(|r| RegionSel::parse(r).unwrap())
                .collect::<VecSet<_>>()
        };
        assert!(p.red_flag_note(&set(&["hip-front.left"])).is_some());
        assert!(p
            .red_flag_note(&set(&["groin.right", "knee-front.left"]))
            .is_some());
        assert!(p
            .red_flag_note(&set(&["hip-outer.left", "lower-back.center"]))
            .is_none());
    }
}

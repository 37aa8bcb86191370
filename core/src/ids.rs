//! The stable ids of SPEC as typed values: a region, question, answer, condition, factor,
//! exercise, triage level or plan id that SPEC does not name cannot be built.
//!
//! Every id parses from and prints to exactly the string in `shared/domain/SPEC.md`; content packs,
//! share links, saved state and `data-*` test hooks all use these strings.

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Declares a closed set of ids with their SPEC strings, `ALL`, `as_str`, `parse`, `decode`, and
/// (natively, for tests and tools) serde as strings.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every id, in SPEC order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The SPEC string of this id.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }

            /// Parses a SPEC string; `None` for anything SPEC does not name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$variant),)+ _ => None }
            }

            /// Parses a SPEC string, naming what was wrong: the content pack and saved state read
            /// ids with this.
            pub fn decode(s: &str) -> Result<Self, String> {
                $name::parse(s).ok_or_else(|| format!(concat!("unknown ", stringify!($name), " id `{}`"), s))
            }
        }

        impl $crate::id_map::Id for $name {
            const ALL: &'static [Self] = $name::ALL;
            fn index(self) -> usize { self as usize }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { f.write_str(self.as_str()) }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                $name::decode(&s).map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }
    };
}

pub(crate) use id_enum;

id_enum! {
    /// A place on the body map (SPEC "Regions").
    Region {
        KneeFront = "knee-front",
        KneeBelowKneecap = "knee-below-kneecap",
        KneeOuter = "knee-outer",
        ThighOuter = "thigh-outer",
        HipOuter = "hip-outer",
        HipFront = "hip-front",
        ButtockSi = "buttock-si",
        LowerBack = "lower-back",
        KneeInner = "knee-inner",
        KneeBack = "knee-back",
        Shin = "shin",
        CalfAchilles = "calf-achilles",
        Ankle = "ankle",
        Foot = "foot",
        Groin = "groin",
    }
}

impl Region {
    /// Whether this check covers pain here (knee, hip, lower back); the rest get the out-of-scope result.
    pub const fn in_scope(self) -> bool {
        matches!(
            self,
            Region::KneeFront
                | Region::KneeBelowKneecap
                | Region::KneeOuter
                | Region::ThighOuter
                | Region::HipOuter
                | Region::HipFront
                | Region::ButtockSi
                | Region::LowerBack
        )
    }

    /// Where a stress fracture in a distance runner can hide behind ordinary-seeming pain (SPEC v2
    /// "bone-stress regions", after Warden et al., JOSPT 2014): pain here with a jump in distance,
    /// or pain when walking or at rest, brings the bone-stress screen. (`sit-bone` joins when the
    /// map gains it.)
    pub const fn is_bone_stress(self) -> bool {
        matches!(
            self,
            Region::HipFront
                | Region::Groin
                | Region::ButtockSi
                | Region::ThighOuter
                | Region::Shin
        )
    }

    /// The front of the hip or the groin, where a femoral neck stress fracture can hide: the
    /// warning signs ask plainly about hopping, limping and night pain there.
    pub const fn needs_fracture_note(self) -> bool {
        matches!(self, Region::HipFront | Region::Groin)
    }

    /// The lower back is one region in the middle; every other region has a left and a right.
    pub const fn is_central(self) -> bool {
        matches!(self, Region::LowerBack)
    }

    /// The body part a region belongs to, for grouping in lists.
    pub const fn area(self) -> Area {
        match self {
            Region::KneeFront
            | Region::KneeBelowKneecap
            | Region::KneeOuter
            | Region::KneeInner
            | Region::KneeBack => Area::Knee,
            Region::ThighOuter
            | Region::HipOuter
            | Region::HipFront
            | Region::ButtockSi
            | Region::Groin => Area::HipAndThigh,
            Region::LowerBack => Area::LowerBack,
            Region::Shin | Region::CalfAchilles | Region::Ankle | Region::Foot => Area::LowerLeg,
        }
    }
}

id_enum! {
    /// Groups regions for the list alternative to the map.
    Area {
        LowerBack = "lower-back",
        HipAndThigh = "hip-and-thigh",
        Knee = "knee",
        LowerLeg = "lower-leg",
    }
}

id_enum! {
    /// The runner's own side. The runner's left is the figure's left as seen from behind, and the
    /// figure's right when the figure faces the runner (front view).
    Side {
        Left = "left",
        Right = "right",
        Center = "center",
    }
}

/// One selected place: a region on a side (`knee-front.left`; `lower-back.center`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RegionSel {
    pub region: Region,
    pub side: Side,
}

impl RegionSel {
    /// Builds a selection, refusing a side that does not fit the region (a sided knee needs left or
    /// right; the lower back only `center`).
    pub fn new(region: Region, side: Side) -> Option<Self> {
        let fits = if region.is_central() {
            side == Side::Center
        } else {
            side != Side::Center
        };
        fits.then_some(RegionSel { region, side })
    }

    /// Parses `region.side` as used in share links and `data-region`/`data-side` pairs.
    pub fn parse(s: &str) -> Option<Self> {
        let (r, sd) = s.split_once('.')?;
        RegionSel::new(Region::parse(r)?, Side::parse(sd)?)
    }

    /// Every selectable place: each sided region on the left and right, the lower back once.
    pub fn all() -> impl Iterator<Item = RegionSel> {
        Region::ALL.iter().flat_map(|&region| {
            let sides: &[Side] = if region.is_central() {
                &[Side::Center]
            } else {
                &[Side::Left, Side::Right]
            };
            sides.iter().map(move |&side| RegionSel { region, side })
        })
    }
}

impl fmt::Display for RegionSel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.region, self.side)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for RegionSel {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for RegionSel {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        RegionSel::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown region `{s}`")))
    }
}

id_enum! {
    /// A condition the check can suggest (SPEC "Conditions").
    Condition {
        PatellofemoralPain = "patellofemoral-pain",
        ItBandSyndrome = "it-band-syndrome",
        AnteriorKneeOverload = "anterior-knee-overload",
        LumbarReferredHipPain = "lumbar-referred-hip-pain",
        SiJointDysfunction = "si-joint-dysfunction",
    }
}

id_enum! {
    /// Where a condition's problem usually starts.
    Origin {
        Hip = "hip",
        Spine = "spine",
    }
}

id_enum! {
    /// Contributing factors the answers can reveal.
    Factor {
        WeakHips = "weak-hips",
        WeakCore = "weak-core",
        TightHipFlexors = "tight-hip-flexors",
        ProlongedSitting = "prolonged-sitting",
        MileageBuild = "mileage-build",
        DownhillRunning = "downhill-running",
        LumbarCompression = "lumbar-compression",
    }
}

id_enum! {
    /// The self-check's questions, in the order they are asked.
    Question {
        RedFlags = "red-flags",
        PainQuality = "pain-quality",
        PainTiming = "pain-timing",
        Aggravators = "aggravators",
        RestResponse = "rest-response",
        ForcedStop = "forced-stop",
        BuildWeek = "build-week",
        VolumeJump = "volume-jump",
        BoneRisk = "bone-risk",
        SelfCareTried = "self-care-tried",
        SelfCareResult = "self-care-result",
        SingleLegSquat = "single-leg-squat",
        SittingHours = "sitting-hours",
        Duration = "duration",
        Trend = "trend",
        TrainingImpact = "training-impact",
        WeeksToRace = "weeks-to-race",
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// One answer, always with `unsure` offered.
    Single,
    /// Any number of answers; `none`/`nothing` excludes the others.
    Multi,
    /// A number of weeks 0-52, or "no race".
    Weeks,
}

impl Question {
    pub const fn kind(self) -> QuestionKind {
        match self {
            Question::RedFlags
            | Question::Aggravators
            | Question::SelfCareTried
            | Question::BoneRisk => QuestionKind::Multi,
            Question::WeeksToRace => QuestionKind::Weeks,
            _ => QuestionKind::Single,
        }
    }

    /// The answers SPEC allows for this question, in display order (`unsure` last for single choice).
    pub fn answers(self) -> &'static [Answer] {
        use Answer::*;
        match self {
            Question::RedFlags => &[
                SaddleNumbness,
                BladderBowelChange,
                BothLegsWeak,
                OneLegWeakOrFootDrop,
                FeverOrUnwell,
                UnexplainedWeightLoss,
                HotRedSwollenJoint,
                ChestPainOrBreathless,
                CalfHotSwollen,
                NightOrRestPain,
                PainHoppingOrLimping,
                CannotBearWeight,
                SwellingAfterFallOrTwist,
                LockingOrGivingWay,
                CancerHistory,
                FallOsteoporosisOrSteroids,
                None,
            ],
            Question::PainQuality => &[DullAche, Sharp, DeepAche, Unsure],
            Question::PainTiming => &[
                EarlyThenEases,
                BuildsMilesIn,
                DuringAndAfter,
                AfterOnly,
                WalkingOrRest,
                Unsure,
            ],
            Question::Aggravators => &[
                Downhill,
                Stairs,
                Squatting,
                LongSitting,
                MoreMileageOrSpeed,
                None,
            ],
            Question::RestResponse => &[EasesThenReturns, EasesAndStaysAway, NoChange, Unsure],
            Question::ForcedStop => &[Yes, No, Unsure],
            Question::BuildWeek => &[Weeks0To3, Weeks4To6, Weeks7Plus, NotBuilding, Unsure],
            Question::VolumeJump => &[Yes, No, Unsure],
            Question::BoneRisk => &[PastStressFracture, PeriodsStopped, UnderFuelling, None],
            Question::SelfCareTried => &[
                HipFlexorStretching,
                GluteActivation,
                Rest,
                StrengthWork,
                IceOrFoamRolling,
                Nothing,
            ],
            Question::SelfCareResult => &[Helped, NoHelp, NotTried, Unsure],
            Question::SingleLegSquat => &[KneeCavesIn, HipDrops, StaysAligned, NotTried, Unsure],
            Question::SittingHours => &[Under4, From4To8, Over8, Unsure],
            Question::Duration => &[Under2Weeks, TwoWeeksPlus, Unsure],
            Question::Trend => &[Better, Same, Worse, Unsure],
            Question::TrainingImpact => &[None, Some, Significant, Unsure],
            Question::WeeksToRace => &[NoRace],
        }
    }

    /// For multi-choice questions: the answer that means "none of these" and excludes the others.
    pub fn exclusive_answer(self) -> Option<Answer> {
        match self {
            Question::RedFlags | Question::Aggravators | Question::BoneRisk => Some(Answer::None),
            Question::SelfCareTried => Some(Answer::Nothing),
            _ => None,
        }
    }
}

id_enum! {
    /// Every answer id of SPEC. Some strings (`none`, `yes`, `no`, `not-tried`, `unsure`) serve several
    /// questions; `Question::answers` says which belong where.
    Answer {
        // red-flags
        SaddleNumbness = "saddle-numbness",
        BladderBowelChange = "bladder-bowel-change",
        BothLegsWeak = "both-legs-weak",
        OneLegWeakOrFootDrop = "one-leg-weak-or-foot-drop",
        FeverOrUnwell = "fever-or-unwell",
        UnexplainedWeightLoss = "unexplained-weight-loss",
        NightOrRestPain = "night-or-rest-pain",
        PainHoppingOrLimping = "pain-hopping-or-limping",
        CannotBearWeight = "cannot-bear-weight",
        SwellingAfterFallOrTwist = "swelling-after-fall-or-twist",
        LockingOrGivingWay = "locking-or-giving-way",
        HotRedSwollenJoint = "hot-red-swollen-joint",
        ChestPainOrBreathless = "chest-pain-or-breathless",
        CalfHotSwollen = "calf-hot-swollen",
        CancerHistory = "cancer-history",
        FallOsteoporosisOrSteroids = "fall-osteoporosis-or-steroids",
        // pain-quality
        DullAche = "dull-ache",
        Sharp = "sharp",
        DeepAche = "deep-ache",
        // pain-timing
        EarlyThenEases = "early-then-eases",
        BuildsMilesIn = "builds-miles-in",
        DuringAndAfter = "during-and-after",
        AfterOnly = "after-only",
        WalkingOrRest = "walking-or-rest",
        // aggravators
        Downhill = "downhill",
        Stairs = "stairs",
        Squatting = "squatting",
        LongSitting = "long-sitting",
        MoreMileageOrSpeed = "more-mileage-or-speed",
        // rest-response
        EasesThenReturns = "eases-then-returns",
        EasesAndStaysAway = "eases-and-stays-away",
        NoChange = "no-change",
        // forced-stop, volume-jump
        Yes = "yes",
        No = "no",
        // build-week
        Weeks0To3 = "weeks-0-3",
        Weeks4To6 = "weeks-4-6",
        Weeks7Plus = "weeks-7-plus",
        NotBuilding = "not-building",
        // bone-risk
        PastStressFracture = "past-stress-fracture",
        PeriodsStopped = "periods-stopped",
        UnderFuelling = "under-fuelling",
        // self-care-tried
        HipFlexorStretching = "hip-flexor-stretching",
        GluteActivation = "glute-activation",
        Rest = "rest",
        StrengthWork = "strength-work",
        IceOrFoamRolling = "ice-or-foam-rolling",
        Nothing = "nothing",
        // self-care-result
        Helped = "helped",
        NoHelp = "no-help",
        NotTried = "not-tried",
        // single-leg-squat
        KneeCavesIn = "knee-caves-in",
        HipDrops = "hip-drops",
        StaysAligned = "stays-aligned",
        // sitting-hours
        Under4 = "under-4",
        From4To8 = "4-to-8",
        Over8 = "over-8",
        // duration
        Under2Weeks = "under-2-weeks",
        TwoWeeksPlus = "2-weeks-plus",
        // trend
        Better = "better",
        Same = "same",
        Worse = "worse",
        // training-impact (and `none` shared with red-flags, aggravators)
        Some = "some",
        Significant = "significant",
        None = "none",
        // weeks-to-race
        NoRace = "no-race",
        Unsure = "unsure",
    }
}

id_enum! {
    /// Exercises the plan can include (SPEC "Exercises").
    Exercise {
        SingleLegRdl = "single-leg-rdl",
        SingleLegHipThrust = "single-leg-hip-thrust",
        LateralBandWalk = "lateral-band-walk",
        SingleLegSquat = "single-leg-squat",
        SidePlankHipAbduction = "side-plank-hip-abduction",
        DownhillTechnique = "downhill-technique",
        RollerMassage = "roller-massage",
        BirdDog = "bird-dog",
    }
}

id_enum! {
    /// How urgently the runner should get help (SPEC "Triage"), least urgent first so `Ord` ranks urgency.
    Triage {
        SelfCare = "self-care",
        SeeProfessional = "see-professional",
        Urgent = "urgent",
        Emergency = "emergency",
    }
}

id_enum! {
    /// The weekly strength schedule (SPEC "Plan").
    PlanKind {
        Build = "build",
        Maintenance = "maintenance",
    }
}

id_enum! {
    /// How well a condition fits, in words (strongest first).
    Strength {
        Strong = "strong",
        Moderate = "moderate",
        Weak = "weak",
        Possible = "possible",
    }
}

id_enum! {
    /// A caution shown with the results whatever the triage (`data-caution`).
    Caution {
        /// SPEC v2: a bone-stress region with a jump in distance or pain that began in weeks 4-6.
        BoneStress = "bone-stress",
    }
}

id_enum! {
    /// Why the runner should book an assessment (`see-professional`).
    HelpReason {
        /// SPEC v2: the warning signs were never answered (only a hand-made input can get here: the
        /// flow never shows results without them), so self-care cannot be called safe.
        WarningSignsUnanswered = "warning-signs-unanswered",
        /// SPEC v2: a bone-stress caution together with a `bone-risk` answer.
        BoneStressRisk = "bone-stress-risk",
        /// K: pain for 2 weeks or more.
        TwoWeeksPlus = "two-weeks-plus",
        /// K: getting worse.
        GettingWorse = "getting-worse",
        /// K: significantly limiting training.
        TrainingLimited = "training-limited",
        /// K: rest and strength work (self-care) tried without improvement.
        SelfCareNoHelp = "self-care-no-help",
        /// H: a spine-origin match is best treated hands-on.
        SpineOrigin = "spine-origin",
        /// Some picked places are outside what this check covers.
        OutOfScope = "out-of-scope",
        /// Nothing the check knows fits: a clinician should look.
        NoClearMatch = "no-clear-match",
    }
}

/// Distance units shown to the runner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Units {
    #[default]
    Km,
    Mi,
}

impl Units {
    pub const ALL: &'static [Units] = &[Units::Km, Units::Mi];

    pub const fn as_str(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Mi => "mi",
        }
    }

    /// `km` or `mi`, in any letter case.
    pub fn parse(s: &str) -> Option<Self> {
        Units::ALL
            .iter()
            .copied()
            .find(|u| u.as_str().eq_ignore_ascii_case(s))
    }
}

/// A language that has a content pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::En];

    /// The BCP 47 tag, as in the content pack's `locale`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    /// A language tag whose primary language has a pack: `en`, `EN`, `en-GB` and `en_CA` all give `En`.
    pub fn parse(s: &str) -> Option<Self> {
        let primary = s.split(['-', '_']).next().unwrap_or("");
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(primary))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_round_trips_through_its_string() {
        for r in Region::ALL {
            assert_eq!(Region::parse(r.as_str()), Some(*r));
        }
        for a in Answer::ALL {
            assert_eq!(Answer::parse(a.as_str()), Some(*a));
        }
        for q in Question::ALL {
            assert_eq!(Question::parse(q.as_str()), Some(*q));
        }
        assert_eq!(Region::parse("elbow"), None);
    }

    #[test]
    fn sides_must_fit_the_region() {
        assert!(RegionSel::parse("knee-front.left").is_some());
        assert!(RegionSel::parse("knee-front.center").is_none());
        assert!(RegionSel::parse("lower-back.center").is_some());
        assert!(RegionSel::parse("lower-back.left").is_none());
        assert!(RegionSel::parse("knee-front").is_none());
        assert_eq!(RegionSel::all().count(), 14 * 2 + 1);
    }

    #[test]
    fn single_choice_questions_offer_unsure_and_multi_have_an_exclusive_answer() {
        for q in Question::ALL {
            match q.kind() {
                QuestionKind::Single => assert!(q.answers().contains(&Answer::Unsure), "{q}"),
                QuestionKind::Multi => assert!(q.exclusive_answer().is_some(), "{q}"),
                QuestionKind::Weeks => {}
            }
        }
    }

    #[test]
    fn triage_order_is_urgency() {
        assert!(Triage::Emergency > Triage::Urgent);
        assert!(Triage::Urgent > Triage::SeeProfessional);
        assert!(Triage::SeeProfessional > Triage::SelfCare);
    }
}

//! The self-check's questions and answers.

id_enum! {
    /// The self-check's questions, in the order they are asked.
    Question {
        RedFlags = "red-flags",
        PainQuality = "pain-quality",
        PainTiming = "pain-timing",
        Aggravators = "aggravators",
        PressTender = "press-tender",
        LegSymptoms = "leg-symptoms",
        HipJointSigns = "hip-joint-signs",
        RestResponse = "rest-response",
        ForcedStop = "forced-stop",
        BuildWeek = "build-week",
        VolumeJump = "volume-jump",
        BoneRisk = "bone-risk",
        SingleLegSquat = "single-leg-squat",
        SittingHours = "sitting-hours",
        Duration = "duration",
        Trend = "trend",
        TrainingImpact = "training-impact",
        SelfCareResult = "self-care-result",
        SelfCareTried = "self-care-tried",
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
            | Question::BoneRisk
            | Question::HipJointSigns => QuestionKind::Multi,
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
                Uphill,
                Stairs,
                Squatting,
                LongSitting,
                MoreMileageOrSpeed,
                LyingOnThatSide,
                CrossingLegs,
                DeepHipBend,
                BendingOrLifting,
                None,
            ],
            Question::PressTender | Question::LegSymptoms => &[Yes, No, Unsure],
            Question::HipJointSigns => &[PinchDeepBend, CatchingClicking, StiffAfterSitting, None],
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

    /// The places SPEC v2 names for a question that only makes sense there (pressing a tendon, pain
    /// spreading below the knee, the hip joint's signs); `None` for a question open to every place.
    pub fn only_at(self) -> Option<&'static [crate::ids::Region]> {
        use crate::ids::Region::*;
        match self {
            Question::PressTender => Some(&[HipOuter, KneeBelowKneecap, KneeInner, SitBone]),
            Question::LegSymptoms => Some(&[LowerBack, ButtockSi, SitBone, HipOuter]),
            Question::HipJointSigns => Some(&[HipFront, Groin]),
            _ => None,
        }
    }

    /// For multi-choice questions: the answer that means "none of these" and excludes the others.
    pub fn exclusive_answer(self) -> Option<Answer> {
        match self {
            Question::RedFlags
            | Question::Aggravators
            | Question::BoneRisk
            | Question::HipJointSigns => Some(Answer::None),
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
        Uphill = "uphill",
        LyingOnThatSide = "lying-on-that-side",
        CrossingLegs = "crossing-legs",
        DeepHipBend = "deep-hip-bend",
        BendingOrLifting = "bending-or-lifting",
        // hip-joint-signs
        PinchDeepBend = "pinch-deep-bend",
        CatchingClicking = "catching-clicking",
        StiffAfterSitting = "stiff-after-sitting",
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

//! What a check concludes: conditions, origins, factors, exercises, triage levels, plans, and
//! the words and reasons shown with them.

id_enum! {
    /// A condition the check can suggest (SPEC "Conditions").
    Condition {
        PatellofemoralPain = "patellofemoral-pain",
        ItBandSyndrome = "it-band-syndrome",
        AnteriorKneeOverload = "anterior-knee-overload",
        LumbarReferredHipPain = "lumbar-referred-hip-pain",
        SiJointDysfunction = "si-joint-dysfunction",
        GlutealTendinopathy = "gluteal-tendinopathy",
        NonspecificLowBackPain = "nonspecific-low-back-pain",
        Sciatica = "sciatica",
        PatellarTendinopathy = "patellar-tendinopathy",
        ProximalHamstringTendinopathy = "proximal-hamstring-tendinopathy",
        HipJointPain = "hip-joint-pain",
        MedialKneePain = "medial-knee-pain",
    }
}

id_enum! {
    /// Where a condition's problem usually starts.
    Origin {
        Hip = "hip",
        Spine = "spine",
        /// SPEC v2: the trouble starts where it hurts (a tendon or a joint under load).
        Local = "local",
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
        WallSitHold = "wall-sit-hold",
        SlowHeavySquat = "slow-heavy-squat",
        HipAbductionHold = "hip-abduction-hold",
        BridgeHold = "bridge-hold",
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
        /// H: hip pain from the lower back or pain around the SI joint comes first: hands-on care
        /// alongside exercise.
        SpineOrigin = "spine-origin",
        /// SPEC v2: sciatica comes first: an irritated nerve root should be checked by a clinician.
        NerveRoot = "nerve-root",
        /// SPEC v2: hip joint pain or inner knee pain comes first: only an examination tells their
        /// causes apart.
        NeedsExamination = "needs-examination",
        /// Some picked places are outside what this check covers.
        OutOfScope = "out-of-scope",
        /// Nothing the check knows fits: a clinician should look.
        NoClearMatch = "no-clear-match",
    }
}

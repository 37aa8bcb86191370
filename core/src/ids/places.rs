//! Where it hurts: the body-map regions, their sides and areas, and a picked place.

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

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
        SitBone = "sit-bone",
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
                | Region::SitBone
                | Region::LowerBack
                | Region::Groin
                | Region::KneeInner
        )
    }

    /// Where a stress fracture in a distance runner can hide behind ordinary-seeming pain (SPEC v2
    /// "bone-stress regions", after Warden et al., JOSPT 2014): pain here with a jump in distance,
    /// or pain when walking or at rest, brings the bone-stress screen.
    pub const fn is_bone_stress(self) -> bool {
        matches!(
            self,
            Region::HipFront
                | Region::Groin
                | Region::ButtockSi
                | Region::SitBone
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
            | Region::SitBone
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

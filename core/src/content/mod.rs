//! The clinical content: a serde model of everything a runner reads, the default English pack, and
//! its validation. Every runner-facing string lives in a pack, keyed, so a second language is a
//! second pack, not a code change.

use crate::ids::{Region, RegionSel, Side};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Texts for one body-map region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionText {
    /// The body part, lower case, to follow a side word: "knee", "hip".
    pub part: String,
    /// Where on it, lower case: "around the kneecap".
    pub detail: String,
}

/// A content pack: one language's texts and the clinical content they describe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    /// BCP 47 language tag of the pack, e.g. `en`.
    pub locale: String,
    /// UI labels by key (`app.title`, `side.left`, ...).
    pub ui: BTreeMap<String, String>,
    pub regions: BTreeMap<Region, RegionText>,
}

const ENGLISH_JSON: &str = include_str!("en/ui.json");

impl Pack {
    /// The default English pack, parsed once. It is validated by the tests, so a failure here is a
    /// build defect, not bad outside input.
    pub fn english() -> &'static Pack {
        static PACK: OnceLock<Pack> = OnceLock::new();
        PACK.get_or_init(|| serde_json::from_str(ENGLISH_JSON).expect("the bundled English pack parses"))
    }

    /// A UI label. A missing key shows as the key itself, so a gap is visible but never a crash.
    pub fn ui<'a>(&'a self, key: &'a str) -> &'a str {
        self.ui.get(key).map(String::as_str).unwrap_or(key)
    }

    /// The accessible, full name of a selected place: "Left knee, around the kneecap"; "Lower back".
    pub fn region_name(&self, sel: RegionSel) -> String {
        let Some(t) = self.regions.get(&sel.region) else {
            return sel.to_string();
        };
        let template = match sel.side {
            Side::Center => self.ui("region.name.center"),
            _ => self.ui("region.name.sided"),
        };
        let side = match sel.side {
            Side::Left => self.ui("side.left"),
            Side::Right => self.ui("side.right"),
            Side::Center => "",
        };
        let name = template.replace("{side}", side).replace("{part}", &t.part).replace("{detail}", &t.detail);
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
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_names_read_naturally() {
        let p = Pack::english();
        let sel = RegionSel::parse("knee-front.left").unwrap();
        assert_eq!(p.region_name(sel), "Left knee, around or behind the kneecap");
        assert_eq!(p.region_name(RegionSel::parse("lower-back.center").unwrap()), "Lower back");
    }

    #[test]
    fn every_region_has_text() {
        let p = Pack::english();
        for r in Region::ALL {
            assert!(p.regions.contains_key(r), "{r}");
        }
    }
}

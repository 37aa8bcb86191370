//! The stable ids of SPEC as typed values: a region, question, answer, condition, factor,
//! exercise, triage level or plan id that SPEC does not name cannot be built.
//!
//! Every id parses from and prints to exactly the string in `shared/domain/SPEC.md`; content packs,
//! share links, saved state and `data-*` test hooks all use these strings.

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

            /// Parses a SPEC string; `None` for anything SPEC does not name. (A search of `ALL`,
            /// not a `match`: one small loop instead of a tree of comparisons in the wasm for every
            /// set of ids.)
            pub fn parse(s: &str) -> Option<Self> {
                $name::ALL.iter().copied().find(|v| v.as_str() == s)
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

mod check;
mod places;
mod result;
mod values;

pub use check::*;
pub use places::*;
pub use result::*;
pub use values::*;

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
        assert_eq!(RegionSel::all().count(), 15 * 2 + 1);
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

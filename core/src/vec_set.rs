//! [`VecSet`]: an ordered set kept as a sorted `Vec`. The sets in a check are tiny (a few places
//! that hurt, a few ticked answers), while a `BTreeSet` would bring its B-tree code into the widget
//! once per element type. Same order and same answers as the B-tree one, far less code.

use std::fmt;

/// A set of `T`, iterated in ascending order.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VecSet<T>(Vec<T>);

impl<T> VecSet<T> {
    pub const fn new() -> Self {
        VecSet(Vec::new())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The items, in ascending order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn clear(&mut self) {
        self.0.clear()
    }
}

impl<T: Ord> VecSet<T> {
    /// Adds `v`; returns whether it was not there yet.
    pub fn insert(&mut self, v: T) -> bool {
        match self.0.binary_search(&v) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, v);
                true
            }
        }
    }

    /// Takes `v` out; returns whether it was there.
    pub fn remove(&mut self, v: &T) -> bool {
        match self.0.binary_search(v) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, v: &T) -> bool {
        self.0.binary_search(v).is_ok()
    }
}

impl<T> Default for VecSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for VecSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

impl<T: Ord> Extend<T> for VecSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.insert(v);
        }
    }
}

impl<T: Ord> FromIterator<T> for VecSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = VecSet::new();
        set.extend(iter);
        set
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for VecSet<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<T> IntoIterator for VecSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a VecSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Natively (tests, tools) written and read as a JSON array, like a `BTreeSet`.
#[cfg(not(target_arch = "wasm32"))]
impl<T: serde::Serialize> serde::Serialize for VecSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(&self.0)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de, T: serde::Deserialize<'de> + Ord> serde::Deserialize<'de> for VecSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(d).map(|items| items.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    #[derive(Debug, Clone)]
    enum Op {
        Insert(u8),
        Remove(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0u8..20).prop_map(Op::Insert),
            (0u8..20).prop_map(Op::Remove)
        ]
    }

    proptest! {
        /// Any run of inserts and removes leaves the same set, in the same order, as a BTreeSet,
        /// and each call reports the same thing.
        #[test]
        fn behaves_like_a_btree_set(ops in proptest::collection::vec(op(), 0..60)) {
            let (mut ours, mut theirs) = (VecSet::new(), BTreeSet::new());
            for op in ops {
                match op {
                    Op::Insert(v) => prop_assert_eq!(ours.insert(v), theirs.insert(v)),
                    Op::Remove(v) => prop_assert_eq!(ours.remove(&v), theirs.remove(&v)),
                }
                prop_assert_eq!(ours.len(), theirs.len());
                prop_assert!(ours.iter().eq(theirs.iter()));
                for v in 0..20 {
                    prop_assert_eq!(ours.contains(&v), theirs.contains(&v));
                }
            }
        }
    }

    #[test]
    fn collects_sorted_without_repeats_and_round_trips_as_an_array() {
        let set: VecSet<u8> = [3, 1, 3, 2].into();
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), vec![1, 2, 3]);
        assert_eq!(format!("{set:?}"), "{1, 2, 3}");
        let json = serde_json::to_string(&set).unwrap();
        assert_eq!(json, "[1,2,3]");
        let back: VecSet<u8> = serde_json::from_str("[2,1,2]").unwrap();
        assert_eq!(back, VecSet::from([1, 2]));
    }
}

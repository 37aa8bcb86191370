//! [`IdMap`]: a map keyed by one kind of SPEC id, stored as one slot per id in SPEC order. The
//! content pack is full of these (a text per region, per question, per condition...). Compared with
//! a `BTreeMap` it has the same iteration order (ids order by SPEC order) and far less code, which
//! matters in the WebAssembly widget, where every map type carried its own copy of the B-tree.
//!
//! Why not `enum-map`: its `EnumMap<K, Option<V>>` holds a slot for every id, while an `IdMap`
//! stops at its last filled one; over the English pack that is 1,373 slots against 1,305 (+816
//! bytes of statics in the wasm, 12 bytes a slot), and a derive on every id besides. `litemap` is
//! a sorted-`Vec` map like the `VecMap` this crate had; nothing needs one since the UI labels are
//! keyed by a typed id.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// A closed set of ids (every `id_enum!`): `ALL` in SPEC order, and each id's place in it.
pub trait Id: Copy + Ord + fmt::Display + 'static {
    const ALL: &'static [Self];
    fn index(self) -> usize;
}

/// A map from ids of one kind to values. Its slots are owned, or borrowed from a static (the
/// bundled content pack is Rust statics: nothing to read or allocate when the widget starts).
pub struct IdMap<K, V: Clone + 'static> {
    // Crate-visible so the generated pack (`content/en/pack.rs`) can write a map as a plain
    // literal: a `static` cannot hold borrowed temporaries made through function calls.
    pub(crate) slots: Cow<'static, [Option<V>]>,
    pub(crate) _key: PhantomData<K>,
}

impl<K, V: Clone> IdMap<K, V> {
    /// The slots, one per id in SPEC order (trailing empty ones may be left out).
    pub fn slots(&self) -> &[Option<V>] {
        &self.slots
    }
}

impl<K: Id, V: Clone> IdMap<K, V> {
    pub fn new() -> Self {
        IdMap {
            slots: Cow::Borrowed(&[]),
            _key: PhantomData,
        }
    }

    pub fn get(&self, k: &K) -> Option<&V> {
        self.slots.get(k.index())?.as_ref()
    }

    pub fn contains_key(&self, k: &K) -> bool {
        self.get(k).is_some()
    }

    /// Sets `k`'s value, returning the one it replaces.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        let i = k.index();
        let slots = self.slots.to_mut();
        if slots.len() <= i {
            slots.resize_with(i + 1, || None);
        }
        slots[i].replace(v)
    }

    pub fn remove(&mut self, k: &K) -> Option<V> {
        self.slots.get(k.index())?.as_ref()?;
        self.slots.to_mut()[k.index()].take()
    }

    /// The entries, in SPEC order of their ids.
    pub fn iter(&self) -> impl Iterator<Item = (&'static K, &V)> + '_ {
        K::ALL
            .iter()
            .zip(self.slots.iter())
            .filter_map(|(k, v)| Some((k, v.as_ref()?)))
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static K> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// Keeps only the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        for (k, slot) in K::ALL.iter().zip(self.slots.to_mut()) {
            if slot.as_mut().is_some_and(|v| !keep(k, v)) {
                *slot = None;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.slots.iter().filter(|v| v.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<K: Id, V: Clone> Default for IdMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Id, V: Clone> Clone for IdMap<K, V> {
    fn clone(&self) -> Self {
        IdMap {
            slots: self.slots.clone(),
            _key: PhantomData,
        }
    }
}

impl<K: Id, V: Clone + PartialEq> PartialEq for IdMap<K, V> {
    /// Equal when they hold the same entries (trailing empty slots do not count).
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<K: Id + fmt::Debug, V: Clone + fmt::Debug> fmt::Debug for IdMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Id, V: Clone> Extend<(K, V)> for IdMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Id, V: Clone> FromIterator<(K, V)> for IdMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = IdMap::new();
        map.extend(iter);
        map
    }
}

/// `map[&id]`, like a `BTreeMap`: panics when the id has no entry (tests; the widget uses `get`).
impl<K: Id, V: Clone> std::ops::Index<&K> for IdMap<K, V> {
    type Output = V;
    fn index(&self, k: &K) -> &V {
        match self.get(k) {
            Some(v) => v,
            None => panic!("no entry for `{k}`"),
        }
    }
}

impl<'a, K: Id, V: Clone> IntoIterator for &'a IdMap<K, V> {
    type Item = (&'static K, &'a V);
    type IntoIter = Box<dyn Iterator<Item = (&'static K, &'a V)> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

/// Natively (tests, tools) written as a JSON object keyed by the ids' SPEC strings.
#[cfg(not(target_arch = "wasm32"))]
impl<K: Id, V: Clone + serde::Serialize> serde::Serialize for IdMap<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter().map(|(k, v)| (k.to_string(), v)))
    }
}

/// Natively read back from such an object (each key read as its id).
#[cfg(not(target_arch = "wasm32"))]
impl<'de, K, V> serde::Deserialize<'de> for IdMap<K, V>
where
    K: Id + serde::Deserialize<'de>,
    V: Clone + serde::Deserialize<'de>,
{
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        std::collections::BTreeMap::<K, V>::deserialize(d).map(|m| m.into_iter().collect())
    }
}

impl<K: Id, V: Clone + Eq> Eq for IdMap<K, V> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::Region;

    #[test]
    fn behaves_like_an_ordered_map() {
        let mut m = IdMap::new();
        assert!(m.is_empty());
        assert_eq!(m.insert(Region::Foot, "foot"), None);
        assert_eq!(m.insert(Region::KneeFront, "knee"), None);
        assert_eq!(m.insert(Region::Foot, "foot 2"), Some("foot"));
        assert_eq!(m.get(&Region::Foot), Some(&"foot 2"));
        assert_eq!(m.get(&Region::Shin), None);
        assert!(!m.contains_key(&Region::Groin));
        assert_eq!(m.len(), 2);
        // SPEC order, whatever the insertion order.
        let keys: Vec<Region> = m.keys().copied().collect();
        assert_eq!(keys, vec![Region::KneeFront, Region::Foot]);
        assert_eq!(m.remove(&Region::KneeFront), Some("knee"));
        assert_eq!(format!("{m:?}"), "{Foot: \"foot 2\"}");
        let same: IdMap<Region, &str> = [(Region::Foot, "foot 2")].into_iter().collect();
        assert_eq!(m, same);
    }
}

//! Reading typed values out of a parsed document, with the path of anything that does not fit.

use super::Json;
use std::fmt;

/// A value of the right JSON shape that is still not what was expected, with where it is: a path
/// such as `conditions.it-band-syndrome.chain[2].at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub at: String,
    pub message: String,
}

pub type Decoded<T> = Result<T, DecodeError>;

impl DecodeError {
    pub fn new(message: impl Into<String>) -> Self {
        DecodeError {
            at: String::new(),
            message: message.into(),
        }
    }

    /// The same error one level up: `segment` is `.key` or `[index]`.
    pub fn within(mut self, segment: &str) -> Self {
        self.at.insert_str(0, segment);
        self
    }

    /// The same error one level up, inside object key `key`.
    #[inline(never)]
    pub fn within_key(self, key: &str) -> Self {
        self.within(&format!(".{key}"))
    }

    /// The same error one level up, inside array item `i`.
    #[inline(never)]
    pub fn within_index(self, i: usize) -> Self {
        self.within(&format!("[{i}]"))
    }

    /// The path without its leading dot (`document` for the root).
    pub fn path(&self) -> &str {
        match self.at.strip_prefix('.').unwrap_or(&self.at) {
            "" => "document",
            p => p,
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(), self.message)
    }
}

/// An object's fields, read one by one; [`Fields::end`] rejects any field left unread.
pub struct Fields<'a> {
    entries: &'a [(String, Json)],
    used: Vec<bool>,
}

impl<'a> Fields<'a> {
    /// The field's value, marked as read. Not generic and never inlined, like the error helpers
    /// below: a pack has hundreds of fields, so each one's reading code must stay a few bytes.
    #[inline(never)]
    fn find(&mut self, key: &str) -> Option<&'a Json> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        self.used[i] = true;
        Some(&self.entries[i].1)
    }

    #[inline(never)]
    fn missing(key: &str) -> DecodeError {
        DecodeError::new(format!("missing field `{key}`"))
    }

    /// A field that must be there.
    pub fn req<T>(&mut self, key: &str, read: impl FnOnce(&Json) -> Decoded<T>) -> Decoded<T> {
        match self.find(key) {
            Some(v) => read(v).map_err(|e| e.within_key(key)),
            None => Err(Self::missing(key)),
        }
    }

    /// A field that may be left out or `null`.
    pub fn opt<T>(
        &mut self,
        key: &str,
        read: impl FnOnce(&Json) -> Decoded<T>,
    ) -> Decoded<Option<T>> {
        match self.find(key) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => read(v).map(Some).map_err(|e| e.within_key(key)),
        }
    }

    /// Every field was read: an unknown one (a typo, a field of another version) is an error.
    #[inline(never)]
    pub fn end(self) -> Decoded<()> {
        match self.used.iter().position(|u| !u) {
            Some(i) => Err(DecodeError::new(format!(
                "unknown field `{}`",
                self.entries[i].0
            ))),
            None => Ok(()),
        }
    }
}

impl Json {
    /// What kind of value this is, for messages: "a string", "an object"...
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Int(_) => "a number",
            Json::Num(_) => "a number that is not whole",
            Json::Str(_) => "a string",
            Json::Arr(_) => "an array",
            Json::Obj(_) => "an object",
        }
    }

    fn expected<T>(&self, what: &str) -> Decoded<T> {
        Err(self.mismatch(what))
    }

    #[inline(never)]
    fn mismatch(&self, what: &str) -> DecodeError {
        DecodeError::new(format!("expected {what}, found {}", self.kind()))
    }

    pub fn str(&self) -> Decoded<&str> {
        match self {
            Json::Str(s) => Ok(s),
            _ => self.expected("a string"),
        }
    }

    pub fn int(&self) -> Decoded<i64> {
        match self {
            Json::Int(n) => Ok(*n),
            _ => self.expected("a whole number"),
        }
    }

    /// A string read by `parse` (an id, a source, a trigger), whose error becomes the message.
    pub fn parsed<T>(&self, parse: impl FnOnce(&str) -> Result<T, String>) -> Decoded<T> {
        parse(self.str()?).map_err(DecodeError::new)
    }

    /// An array read as a list (a `Vec`, or a `BTreeSet` for a set), each item read by `item`;
    /// an error names the item's index.
    #[inline(never)]
    pub fn list<C: Default + Extend<T>, T>(
        &self,
        item: impl Fn(&Json) -> Decoded<T>,
    ) -> Decoded<C> {
        // Plain loops, not `collect::<Result<..>>()`: in WebAssembly every type read here would
        // otherwise carry its own copy of the iterator machinery (and, for sets, of a sort).
        let Json::Arr(items) = self else {
            return self.expected("an array");
        };
        let mut out = C::default();
        for (i, v) in items.iter().enumerate() {
            out.extend([item(v).map_err(|e| e.within_index(i))?]);
        }
        Ok(out)
    }

    /// An object read as a map (a `BTreeMap`, or an [`IdMap`] for id keys): each key by `key`,
    /// each value by `value`.
    #[inline(never)]
    pub fn map<M: Default + Extend<(K, V)>, K, V>(
        &self,
        key: impl Fn(&str) -> Result<K, String>,
        value: impl Fn(&Json) -> Decoded<V>,
    ) -> Decoded<M> {
        let Json::Obj(entries) = self else {
            return self.expected("an object");
        };
        let mut out = M::default();
        for (k, v) in entries {
            let id = key(k).map_err(|m| DecodeError::new(m).within_key(k))?;
            out.extend([(id, value(v).map_err(|e| e.within_key(k))?)]);
        }
        Ok(out)
    }

    /// An object read field by field (see [`Fields`]).
    pub fn fields(&self) -> Decoded<Fields<'_>> {
        match self {
            Json::Obj(entries) => Ok(Fields {
                entries,
                used: vec![false; entries.len()],
            }),
            _ => self.expected("an object"),
        }
    }
}

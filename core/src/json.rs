//! A small JSON reader and writer. In the widget it reads and writes the saved session; natively
//! it also reads content packs (the widget's own pack is Rust statics, `content/en/pack.rs`).
//! Hand-written instead of serde_json because the widget ships as WebAssembly: serde_json's
//! parser, inlined into every type it fills, was about a third of the widget's code (`make bench`,
//! size table). Here the parser is one loop, not generic, and each type is filled by a few plain
//! lines (`session.rs`, `content/decode.rs`).
//!
//! What it accepts is RFC 8259 JSON, with arrays and objects nested at most [`MAX_DEPTH`] deep. An
//! object keeps its keys in order and a repeated key is an error. Whole numbers that fit an `i64`
//! are read as numbers; any other number is kept as its text (neither document has fractions, so
//! no float parsing is shipped).
//! It never panics, whatever the input (`tests/robust_*.rs` feed it arbitrary bytes).

#[cfg(doc)]
use crate::id_map::IdMap;
use std::fmt;

/// Deepest nesting of arrays and objects accepted (a pack needs 5).
pub const MAX_DEPTH: usize = 32;

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// Any other number (a fraction, an exponent, or too big for an `i64`), as written.
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    /// Keys in document order, each once.
    Obj(Vec<(String, Json)>),
}

/// Where a document stops being JSON: 1-based line and column, and what was wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// Parses one JSON document (whitespace around it allowed, nothing else after it).
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let v = p.value();
    let v = v.and_then(|v| {
        p.ws();
        if p.i < p.s.len() {
            Err("trailing characters")
        } else {
            Ok(v)
        }
    });
    v.map_err(|message| p.error(message))
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

type Step<T> = Result<T, &'static str>;

impl Parser<'_> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let upto = &self.s[..self.i.min(self.s.len())];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        // Columns count characters, not bytes (UTF-8 continuation bytes are skipped).
        let column = upto[line_start..]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count()
            + 1;
        SyntaxError {
            line,
            column,
            message,
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, w: &[u8], v: Json) -> Step<Json> {
        if self.s[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(v)
        } else {
            Err("expected a JSON value")
        }
    }

    fn value(&mut self) -> Step<Json> {
        self.ws();
        match self.s.get(self.i) {
            None => Err("unexpected end of the document"),
            Some(b'n') => self.word(b"null", Json::Null),
            Some(b't') => self.word(b"true", Json::Bool(true)),
            Some(b'f') => self.word(b"false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => self.nested(|p| {
                let mut items = Vec::new();
                p.ws();
                if p.eat(b']') {
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(p.value()?);
                    p.ws();
                    if p.eat(b']') {
                        return Ok(Json::Arr(items));
                    }
                    if !p.eat(b',') {
                        return Err("expected `,` or `]`");
                    }
                }
            }),
            Some(b'{') => self.nested(|p| {
                let mut entries: Vec<(String, Json)> = Vec::new();
                p.ws();
                if p.eat(b'}') {
                    return Ok(Json::Obj(entries));
                }
                loop {
                    p.ws();
                    if p.s.get(p.i) != Some(&b'"') {
                        return Err("expected a key in double quotes");
                    }
                    let key_at = p.i;
                    let key = p.string()?;
                    if entries.iter().any(|(k, _)| *k == key) {
                        p.i = key_at;
                        return Err("repeated key");
                    }
                    p.ws();
                    if !p.eat(b':') {
                        return Err("expected `:`");
                    }
                    let v = p.value()?;
                    entries.push((key, v));
                    p.ws();
                    if p.eat(b'}') {
                        return Ok(Json::Obj(entries));
                    }
                    if !p.eat(b',') {
                        return Err("expected `,` or `}`");
                    }
                }
            }),
            Some(_) => Err("expected a JSON value"),
        }
    }

    /// Opens an array or object (at its bracket) within the depth limit.
    fn nested(&mut self, body: impl FnOnce(&mut Self) -> Step<Json>) -> Step<Json> {
        if self.depth == MAX_DEPTH {
            return Err("nested too deeply");
        }
        self.depth += 1;
        self.i += 1;
        let v = body(self);
        self.depth -= 1;
        v
    }

    fn number(&mut self) -> Step<Json> {
        let start = self.i;
        self.eat(b'-');
        let digits = self.i;
        while let Some(b'0'..=b'9') = self.s.get(self.i) {
            self.i += 1;
        }
        let int = &self.s[digits..self.i];
        if int.is_empty() || (int.len() > 1 && int[0] == b'0') {
            return Err("malformed number");
        }
        let mut whole = true;
        if self.eat(b'.') {
            whole = false;
            self.digits()?;
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            whole = false;
            self.i += 1;
            if let Some(b'+' | b'-') = self.s.get(self.i) {
                self.i += 1;
            }
            self.digits()?;
        }
        // Digits, signs, `.` and `e` are ASCII, so this is valid UTF-8.
        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| "malformed number")?;
        Ok(match text.parse() {
            Ok(n) if whole => Json::Int(n),
            _ => Json::Num(text.to_string()),
        })
    }

    /// One or more digits.
    fn digits(&mut self) -> Step<()> {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.s.get(self.i) {
            self.i += 1;
        }
        if self.i == start {
            Err("malformed number")
        } else {
            Ok(())
        }
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.s.get(self.i) {
                Some(&b) => (b as char).to_digit(16).ok_or("malformed \\u escape")?,
                None => return Err("unexpected end of the document"),
            };
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    /// A string, at its opening quote.
    fn string(&mut self) -> Step<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let run = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so it is whole UTF-8.
            out.push_str(std::str::from_utf8(&self.s[run..self.i]).map_err(|_| "invalid UTF-8")?);
            match self.s.get(self.i) {
                None => return Err("unterminated string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.s.get(self.i) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !(self.eat(b'\\') && self.eat(b'u')) {
                                    return Err("lone surrogate in \\u escape");
                                }
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err("lone surrogate in \\u escape");
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            out.push(char::from_u32(code).ok_or("lone surrogate in \\u escape")?);
                            continue;
                        }
                        _ => return Err("unknown escape"),
                    };
                    self.i += 1;
                    out.push(c);
                }
                Some(_) => return Err("control character in a string"),
            }
        }
    }
}

impl Json {
    /// The value as compact JSON text.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Num(text) => out.push_str(text),
            Json::Str(s) => write_str(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Json::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

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

    #[inline(never)]
    pub fn string(&self) -> Decoded<String> {
        self.str().map(str::to_string)
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

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write(&mut out);
        f.write_str(&out)
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

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

    /// A string field that must be there (most fields are).
    #[inline(never)]
    pub fn text(&mut self, key: &str) -> Decoded<String> {
        self.req(key, Json::string)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_writes_back() {
        let text = r#"{"a":[1,-2,true,false,null],"b":"x\"y\\z\n\u00e9\ud83c\udfc3","c":{}}"#;
        let v = parse(text).unwrap();
        let Json::Obj(ref entries) = v else {
            panic!("{v:?}")
        };
        assert_eq!(entries[1].1, Json::Str("x\"y\\z\né🏃".into()));
        assert_eq!(parse(&v.to_string()), Ok(v));
    }

    #[test]
    fn numbers_that_are_not_whole_keep_their_text() {
        for text in ["1.5", "-0.25e-3", "1E9", "99999999999999999999"] {
            assert_eq!(parse(text), Ok(Json::Num(text.into())));
            assert_eq!(Json::Num(text.into()).to_string(), text);
        }
        assert_eq!(parse("-12"), Ok(Json::Int(-12)));
        assert_eq!(
            parse("1.5").unwrap().int().unwrap_err().message,
            "expected a whole number, found a number that is not whole"
        );
    }

    #[test]
    fn whitespace_is_allowed_around_everything() {
        assert_eq!(
            parse(" {\n \"k\" : [ 1 , 2 ] }\r\n"),
            Ok(Json::Obj(vec![(
                "k".into(),
                Json::Arr(vec![Json::Int(1), Json::Int(2)])
            )]))
        );
    }

    #[test]
    fn errors_say_where_and_what() {
        let e = parse("{\n  \"a\": 1,\n  \"a\": 2\n}").unwrap_err();
        assert_eq!((e.line, e.column, e.message), (3, 3, "repeated key"));
        for (bad, message) in [
            ("", "unexpected end of the document"),
            ("[1,]", "expected a JSON value"),
            ("{\"a\" 1}", "expected `:`"),
            ("01", "malformed number"),
            ("1.", "malformed number"),
            ("-", "malformed number"),
            ("1e+", "malformed number"),
            ("\"a", "unterminated string"),
            ("\"\\x\"", "unknown escape"),
            ("\"\\ud800\"", "lone surrogate in \\u escape"),
            ("\"a\tb\"", "control character in a string"),
            ("{} x", "trailing characters"),
            ("nul", "expected a JSON value"),
        ] {
            assert_eq!(parse(bad).unwrap_err().message, message, "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
    }

    #[test]
    fn control_characters_are_escaped_when_written() {
        let v = Json::Str("a\u{1}b\u{1f}".into());
        assert_eq!(v.to_string(), "\"a\\u0001b\\u001f\"");
        assert_eq!(parse(&v.to_string()), Ok(v));
    }

    #[test]
    fn fields_report_missing_unknown_and_nested_paths() {
        let v = parse(r#"{"a":{"b":[1,"x"]},"z":1}"#).unwrap();
        let mut f = v.fields().unwrap();
        let e = f
            .req("a", |a| {
                a.fields()?.req("b", |b| b.list::<Vec<_>, _>(Json::int))
            })
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.b[1]: expected a whole number, found a string"
        );
        assert_eq!(
            f.req("q", Json::int).unwrap_err().message,
            "missing field `q`"
        );
        assert_eq!(f.end().unwrap_err().message, "unknown field `z`");
    }
}

//! A small JSON reader and writer for what the widget itself reads and writes: the saved session.
//! (Content packs are read natively with serde; the widget's own pack is Rust statics.)
//! Hand-written instead of serde_json because the widget ships as WebAssembly: serde_json's
//! parser, inlined into every type it fills, was about a third of the widget's code (`make bench`,
//! size table). Here the parser is one loop, not generic (`parser.rs`), and each type is filled by
//! a few plain lines (`session/storage.rs`) through the typed reading of `decode.rs`.
//!
//! What it accepts is RFC 8259 JSON, with arrays and objects nested at most [`MAX_DEPTH`] deep. An
//! object keeps its keys in order and a repeated key is an error. Whole numbers that fit an `i64`
//! are read as numbers; any other number is kept as its text (neither document has fractions, so
//! no float parsing is shipped).
//! It never panics, whatever the input (`tests/robust_*.rs` feed it arbitrary bytes).

#[cfg(doc)]
use crate::id_map::IdMap;
use std::fmt;

mod decode;
mod parser;
#[cfg(test)]
mod tests;

pub use decode::*;
pub use parser::parse;

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

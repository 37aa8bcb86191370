//! The reader: one loop over the text, not generic, that never panics.

use super::{Json, SyntaxError, MAX_DEPTH};

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

//! The JSON reader and writer, and the typed reading on top.

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

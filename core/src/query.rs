//! The one codec for what the widget reads from an address: the standalone page's query string
//! (the clinic's settings), the share link's fragment (the check), and an address's parts. It is
//! WHATWG's `application/x-www-form-urlencoded`, as the browser's `URLSearchParams` reads it
//! (`form_urlencoded` and `percent-encoding`, the `url` crate's own pieces), so what the widget
//! reads is what a browser would.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

/// An address in its parts: everything before `?`, the query (without `?`) and the fragment
/// (without `#`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Address<'a> {
    pub path: &'a str,
    pub query: &'a str,
    pub fragment: Option<&'a str>,
}

/// Splits `href` at its first `#` and then at the first `?` before it.
pub fn split_address(href: &str) -> Address<'_> {
    let (base, fragment) = match href.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (href, None),
    };
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    Address {
        path,
        query,
        fragment,
    }
}

/// `path` with `query` after a `?`, or alone when the query is empty (an address rebuilt without
/// its fragment, or with some parameters taken out).
pub fn join_query(path: &str, query: &str) -> String {
    match query {
        "" => path.to_string(),
        q => format!("{path}?{q}"),
    }
}

/// The `&`-separated parts of a query or fragment, raw (not decoded), skipping empty ones: each as
/// its key and, when it has an `=`, its value.
pub fn raw_parts(text: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (p, None),
        })
}

/// A query string (with or without its `?`) as decoded `(name, value)` pairs, exactly as
/// `URLSearchParams` reads it: `+` is a space, `%XX` a byte, a bad `%` stays as typed, invalid
/// UTF-8 becomes U+FFFD, a part without `=` has an empty value.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Undoes the percent-escapes of one raw component (a bad `%` stays as typed; invalid UTF-8
/// becomes U+FFFD). `+` stays a `+`: share links never hold a space.
pub fn unescape(raw: &str) -> String {
    percent_encoding::percent_decode_str(raw)
        .decode_utf8_lossy()
        .into_owned()
}

/// Everything but letters, digits and `-._~` is escaped (RFC 3986's unreserved characters).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one query component: everything but letters, digits and `-._~`.
pub fn encode_component(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, COMPONENT).to_string()
}

/// The raw parts of `query` whose decoded key `drop` refuses, joined again with `&` (so what is
/// kept is kept exactly as it was written).
pub fn without_keys(query: &str, drop: impl Fn(&str) -> bool) -> String {
    raw_parts(query)
        .filter(|(k, _)| !drop(&unescape(k)))
        .map(|(k, v)| match v {
            Some(v) => format!("{k}={v}"),
            None => k.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_split_at_the_first_hash_then_question_mark() {
        assert_eq!(
            split_address("https://x.example/p?a=1&b=2#v=1&c=?"),
            Address {
                path: "https://x.example/p",
                query: "a=1&b=2",
                fragment: Some("v=1&c=?")
            }
        );
        assert_eq!(split_address("/p").query, "");
        assert_eq!(join_query("/p", ""), "/p");
        assert_eq!(join_query("/p", "a=1"), "/p?a=1");
        assert_eq!(split_address("/p#f?x").query, "");
    }

    #[test]
    fn queries_decode_as_url_search_params_does() {
        assert_eq!(
            decode_query("?a=%e2%82%ac&b=%zz&c=%&d=%4&e=%ff&f&=g&&h=1=2&i=a+b"),
            [
                ("a", "€"),
                ("b", "%zz"),
                ("c", "%"),
                ("d", "%4"),
                ("e", "\u{FFFD}"),
                ("f", ""),
                ("", "g"),
                ("h", "1=2"),
                ("i", "a b"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string()))
        );
    }

    #[test]
    fn components_round_trip_and_keep_unreserved_characters() {
        for s in ["Café & Co #1", "+1 (604)", "a-b.c_d~e", "", "100%"] {
            let e = encode_component(s);
            assert_eq!(decode_query(&format!("k={e}"))[0].1, s, "{e}");
        }
        assert_eq!(encode_component("a b"), "a%20b");
        assert_eq!(encode_component("a-b.c_d~e"), "a-b.c_d~e");
    }

    #[test]
    fn own_keys_are_dropped_and_the_rest_kept_as_written() {
        let q = "a=%41&painmap-reset&b=1+2&painmap%2Dreset=x";
        assert_eq!(without_keys(q, |k| k == "painmap-reset"), "a=%41&b=1+2");
    }
}

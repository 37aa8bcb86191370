//! A clinic's booking link: a plain http(s) address, never anything that could run script.

use super::*;

/// An absolute `https://` or `http://` address, safe to use as a link's `href`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BookingUrl(String);

/// The longest booking link accepted.
pub const URL_MAX_CHARS: usize = 2000;

impl BookingUrl {
    /// Accepts only an absolute http(s) address with a plain host: no other scheme (`javascript:`,
    /// `data:`), nothing relative, no hidden or space characters a browser would strip or read
    /// differently, and no user name or password before the host (a classic look-alike trick).
    pub fn parse(s: &str) -> Result<BookingUrl, Problem> {
        // Trim only what a browser trims too; anything else hidden is refused below.
        let s = s.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_ascii_control());
        if s.chars().count() > URL_MAX_CHARS {
            return Err(Problem::UrlTooLong);
        }
        if s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c) || c == '\\')
        {
            return Err(Problem::UrlHiddenCharacters);
        }
        let rest = strip_prefix_ignore_case(s, "https://")
            .or_else(|| strip_prefix_ignore_case(s, "http://"))
            .ok_or(Problem::UrlScheme)?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        if authority.contains('@') {
            return Err(Problem::UrlCredentials);
        }
        if !valid_authority(authority) {
            return Err(Problem::UrlHost);
        }
        Ok(BookingUrl(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The booking address with a check's share fragment after `#`, for a runner who chose to
    /// send the check with the booking. `None` when the address has a `#` part of its own (a
    /// booking page that routes by its fragment): the check cannot travel there without breaking
    /// the page, so the runner is not offered the choice.
    pub fn with_check(&self, fragment: &str) -> Option<String> {
        (!self.0.contains('#')).then(|| format!("{}#{fragment}", self.0))
    }
}

pub(super) fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `host` or `host:port`, where host is dot-separated labels of letters, digits and `-`, or a
/// bracketed IPv6 address.
pub(super) fn valid_authority(authority: &str) -> bool {
    if let Some(v6) = authority.strip_prefix('[') {
        let Some((addr, after)) = v6.split_once(']') else {
            return false;
        };
        let addr_ok = !addr.is_empty()
            && addr
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
        return addr_ok && (after.is_empty() || after.strip_prefix(':').is_some_and(valid_port));
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    port.is_none_or(valid_port) && valid_host(host)
}

pub(super) fn valid_port(port: &str) -> bool {
    (1..=5).contains(&port.len()) && port.chars().all(|c| c.is_ascii_digit())
}

/// Dot-separated labels of letters, digits and inner `-` (a trailing dot is allowed in DNS).
pub(super) fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

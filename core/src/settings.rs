//! The host page's settings for one widget (clinic name, phone, booking link, accent colour,
//! units, locale), validated. A clinic writes them as `data-*` attributes on the embed element or
//! as query parameters of the standalone page; this module turns those strings into typed values
//! and a list of warnings, one per value it could not use. Pure: the browser side only reads the
//! strings and prints the warnings.
//!
//! Nothing a host page writes is trusted: a booking link must be an http(s) address (so it can
//! never run script), a phone becomes a `tel:` link of digits only, an accent is a hex colour
//! (so it can never carry other CSS), and the clinic name is plain text.

pub use crate::ids::{Locale, Units};
use std::fmt::{self, Write as _};

/// One setting a host page can give. `as_str` is the query parameter; the attribute adds `data-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SettingKey {
    ClinicName,
    Phone,
    BookingUrl,
    Accent,
    Units,
    Locale,
    LocalHills,
}

impl SettingKey {
    /// Every setting, in the order the README lists them.
    pub const ALL: &'static [SettingKey] = &[
        SettingKey::ClinicName,
        SettingKey::Phone,
        SettingKey::BookingUrl,
        SettingKey::Accent,
        SettingKey::Units,
        SettingKey::Locale,
        SettingKey::LocalHills,
    ];

    /// The query parameter name, which is also the attribute name without `data-`.
    pub const fn as_str(self) -> &'static str {
        match self {
            SettingKey::ClinicName => "clinic-name",
            SettingKey::Phone => "phone",
            SettingKey::BookingUrl => "booking-url",
            SettingKey::Accent => "accent",
            SettingKey::Units => "units",
            SettingKey::Locale => "locale",
            SettingKey::LocalHills => "local-hills",
        }
    }

    /// Parses a query parameter name; `None` for anything else (other parameters are the page's own).
    pub fn parse(s: &str) -> Option<Self> {
        SettingKey::ALL.iter().copied().find(|k| k.as_str() == s)
    }

    /// The `data-*` attribute that carries this setting on an embed element.
    pub fn attribute(self) -> String {
        format!("data-{}", self.as_str())
    }
}

/// Other names web developers reach for, by the setting they mean.
const SETTING_SYNONYMS: &[(&str, SettingKey)] = &[
    ("clinic", SettingKey::ClinicName),
    ("clinic-title", SettingKey::ClinicName),
    ("tel", SettingKey::Phone),
    ("telephone", SettingKey::Phone),
    ("phone-number", SettingKey::Phone),
    ("booking", SettingKey::BookingUrl),
    ("booking-link", SettingKey::BookingUrl),
    ("book-url", SettingKey::BookingUrl),
    ("color", SettingKey::Accent),
    ("colour", SettingKey::Accent),
    ("accent-color", SettingKey::Accent),
    ("accent-colour", SettingKey::Accent),
    ("brand-color", SettingKey::Accent),
    ("brand-colour", SettingKey::Accent),
    ("unit", SettingKey::Units),
    ("distance-units", SettingKey::Units),
    ("lang", SettingKey::Locale),
    ("language", SettingKey::Locale),
    ("hills", SettingKey::LocalHills),
    ("local-hill", SettingKey::LocalHills),
];

/// The setting a `data-*` attribute on the embed element was probably meant to be, when it is not
/// one itself: `data-clinic` or `data-clinicname` -> `data-clinic-name`, `data-booking_url` ->
/// `data-booking-url`, `data-colour` -> `data-accent`. `None` for a setting, for `data-painmap`,
/// and for attributes that look like nothing of ours (the host's own `data-testid`, `data-name` or
/// `data-zone` stay quiet): a short name must be one edit away from a setting, a longer one two.
pub fn misspelt_setting(attribute: &str) -> Option<SettingKey> {
    let name = attribute.strip_prefix("data-")?.to_ascii_lowercase();
    if name == "painmap" || SettingKey::parse(&name).is_some() {
        return None;
    }
    let name = name.replace('_', "-");
    if let Some(&(_, key)) = SETTING_SYNONYMS.iter().find(|(s, _)| *s == name) {
        return Some(key);
    }
    let squashed: String = name.chars().filter(|c| *c != '-').collect();
    SettingKey::ALL.iter().copied().find(|k| {
        let key = k.as_str();
        key.replace('-', "") == squashed
            || (name.len() >= 4 && edit_distance(&name, key) <= if name.len() < 7 { 1 } else { 2 })
    })
}

/// The warning for an attribute [`misspelt_setting`] recognises.
pub fn misspelt_warning(attribute: &str, key: SettingKey) -> String {
    format!(
        "painmap: ignored {attribute}: it is not a setting; did you mean {}?",
        key.attribute()
    )
}

/// Edit distance between two short strings, counting a swap of two neighbours as one edit
/// (`accnet` is one away from `accent`): optimal string alignment.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * w + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let mut best = (d[(i - 1) * w + j - 1] + usize::from(a[i - 1] != b[j - 1]))
                    .min(d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * w + j - 2] + 1);
                }
                best
            };
        }
    }
    d[a.len() * w + b.len()]
}

/// Where the settings were written, so a warning names the thing the clinic actually typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `data-*` attributes on a `[data-painmap]` element.
    Attributes,
    /// The standalone page's query string.
    Query,
}

/// A phone number fit for display and for a `tel:` link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone {
    display: String,
    tel_href: String,
}

/// The most characters a phone may have, spaces and punctuation included.
pub const PHONE_MAX_CHARS: usize = 32;
/// The fewest digits a phone may have (short clinic numbers exist; fewer is a typo).
pub const PHONE_MIN_DIGITS: usize = 3;
/// The most digits a phone may have (E.164's limit).
pub const PHONE_MAX_DIGITS: usize = 15;

impl Phone {
    /// A phone written with digits, spaces and `+ ( ) -`, a `+` only at the start.
    pub fn parse(s: &str) -> Result<Phone, Problem> {
        let s = s.trim();
        if s.chars().count() > PHONE_MAX_CHARS {
            return Err(Problem::PhoneTooLong);
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-'))
        {
            return Err(Problem::PhoneCharacters);
        }
        if s.char_indices().any(|(i, c)| c == '+' && i > 0) {
            return Err(Problem::PhonePlus);
        }
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if !(PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&digits.len()) {
            return Err(Problem::PhoneDigits);
        }
        let plus = if s.starts_with('+') { "+" } else { "" };
        Ok(Phone {
            display: s.split_whitespace().collect::<Vec<_>>().join(" "),
            tel_href: format!("tel:{plus}{digits}"),
        })
    }

    /// The number as the clinic wrote it, runs of spaces made single: "+1 604 555 0100".
    pub fn display(&self) -> &str {
        &self.display
    }

    /// A `tel:` link of the digits only (and a leading `+`): "tel:+16045550100".
    pub fn tel_href(&self) -> &str {
        &self.tel_href
    }
}

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
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `value` in double quotes for a console message, with `"` and `\\` escaped and every control
/// character, every white space but the plain space, and every [invisible](is_invisible) character
/// written as `\u{..}`, so what a clinic typed is seen exactly. (By hand
/// rather than `{:?}`, whose escaping brings Unicode tables into the widget.)
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || is_invisible(c) || (c.is_whitespace() && c != ' ') => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Zero-width, text-direction and other format characters that show nothing: invisible in a link
/// or a name, and used to disguise one. (Variation selectors and emoji tags are left alone: they
/// are part of ordinary emoji.)
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// `host` or `host:port`, where host is dot-separated labels of letters, digits and `-`, or a
/// bracketed IPv6 address.
fn valid_authority(authority: &str) -> bool {
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

fn valid_port(port: &str) -> bool {
    (1..=5).contains(&port.len()) && port.chars().all(|c| c.is_ascii_digit())
}

/// Dot-separated labels of letters, digits and inner `-` (a trailing dot is allowed in DNS).
fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// A CSS hex colour, `#rgb` or `#rrggbb`, stored lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Accent(String);

impl Accent {
    /// `#0a6e5c`, `#0A6E5C` or `#0a6`; the `#` may be left out (it starts a fragment in a URL).
    pub fn parse(s: &str) -> Result<Accent, Problem> {
        let s = s.trim();
        let hex = s.strip_prefix('#').unwrap_or(s);
        if matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            Ok(Accent(format!("#{}", hex.to_ascii_lowercase())))
        } else {
            Err(Problem::AccentFormat)
        }
    }

    /// The colour as CSS: `#0a6e5c`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The colour's red, green and blue, 0-255.
    pub fn rgb(&self) -> [u8; 3] {
        let hex = &self.0[1..];
        let channel = |i: usize| match hex.len() {
            3 => u8::from_str_radix(&hex[i..=i], 16).map(|v| v * 17),
            _ => u8::from_str_radix(&hex[2 * i..2 * i + 2], 16),
        };
        // `parse` let only hex digits in, so these cannot fail.
        [0, 1, 2].map(|i| channel(i).unwrap_or(0))
    }

    /// The WCAG 2 contrast ratio between white and this colour (1 to 21).
    pub fn contrast_with_white(&self) -> f64 {
        contrast_with_white(self.rgb())
    }

    /// This colour if white text on it (and it as text on white) reaches
    /// [`ACCENT_MIN_CONTRAST`]; otherwise the lightest darker shade of it that does, with the
    /// same hue. The widget uses the accent for buttons with white text and for links on white.
    pub fn readable(self) -> Accent {
        if self.contrast_with_white() >= ACCENT_MIN_CONTRAST {
            return self;
        }
        let rgb = self.rgb();
        // Scaling all three channels keeps the hue; black (21:1) ends the search at the latest.
        let darker = (0..=100)
            .rev()
            .map(|pct| rgb.map(|c| (u32::from(c) * pct / 100) as u8))
            .find(|&c| contrast_with_white(c) >= ACCENT_MIN_CONTRAST)
            .unwrap_or([0, 0, 0]);
        Accent(format!(
            "#{:02x}{:02x}{:02x}",
            darker[0], darker[1], darker[2]
        ))
    }
}

/// The contrast an accent must have with white: WCAG 2 AA for normal text.
pub const ACCENT_MIN_CONTRAST: f64 = 4.5;

fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (l + 0.05)
}

/// The longest clinic name shown; a longer one is shortened at a word.
pub const CLINIC_NAME_MAX_CHARS: usize = 80;

/// Parses a clinic name: trimmed, inner runs of white space made single, at most
/// [`CLINIC_NAME_MAX_CHARS`]. The `Ok` side says whether it had to be shortened.
pub fn parse_clinic_name(s: &str) -> Result<(String, bool), Problem> {
    plain_text(
        s,
        CLINIC_NAME_MAX_CHARS,
        Problem::ClinicNameMarkup,
        Problem::ClinicNameHiddenCharacters,
    )
}

/// The longest local-hills text shown; a longer one is shortened at a word.
pub const LOCAL_HILLS_MAX_CHARS: usize = 120;

/// Parses the clinic's local hills for downhill practice (SPEC: "clinic may name local hills"),
/// e.g. "the Seawall ramp at Lions Gate, or Grouse Mountain's lower trails": plain text like the
/// clinic name, at most [`LOCAL_HILLS_MAX_CHARS`]. The `Ok` side says whether it was shortened.
pub fn parse_local_hills(s: &str) -> Result<(String, bool), Problem> {
    plain_text(
        s,
        LOCAL_HILLS_MAX_CHARS,
        Problem::LocalHillsMarkup,
        Problem::LocalHillsHiddenCharacters,
    )
}

/// Plain text for the page: trimmed, inner runs of white space made single, at most `max`
/// characters (cut at a word, with "…"; the `Ok` side says whether it was). Refused with `markup`
/// when it has `<` or `>`, with `hidden` when it has control or invisible characters.
fn plain_text(
    s: &str,
    max: usize,
    markup: Problem,
    hidden: Problem,
) -> Result<(String, bool), Problem> {
    let text = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.contains(['<', '>']) {
        return Err(markup);
    }
    if text.chars().any(|c| c.is_control() || is_invisible(c)) {
        return Err(hidden);
    }
    if text.chars().count() <= max {
        return Ok((text, false));
    }
    let keep: String = text.chars().take(max - 1).collect();
    let cut = match keep.rfind(' ') {
        Some(i) if i > max / 2 => keep[..i].to_string(),
        _ => keep,
    };
    Ok((format!("{}…", cut.trim_end()), true))
}

/// The clinic behind the call to action. At least one field is set.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Clinic {
    /// Plain text; render it as text, never as markup.
    pub name: Option<String>,
    pub phone: Option<Phone>,
    pub booking_url: Option<BookingUrl>,
}

/// Validated settings: whatever could not be used has been replaced by its default.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Settings {
    /// `None` when the host named no clinic: the results then show a neutral call to action.
    pub clinic: Option<Clinic>,
    /// The clinic's colour; `None` keeps the widget's own.
    pub accent: Option<Accent>,
    pub units: Units,
    pub locale: Locale,
    /// Hills near the clinic to practise downhill technique on, plain text; shown on that
    /// exercise's card. `None` when the host names none.
    pub local_hills: Option<String>,
}

impl Settings {
    /// Validates the host's raw `(name, value)` pairs, `name` without `data-` (as in the query).
    /// Names that are not settings are skipped (a query has the page's own parameters); an
    /// empty value counts as not given; the first of repeated names wins. Never fails: every
    /// value it cannot use becomes one [`Warning`] and the default.
    pub fn from_pairs<'a, I>(source: Source, pairs: I) -> (Settings, Vec<Warning>)
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut settings = Settings::default();
        let mut name = None;
        let mut phone = None;
        let mut booking_url = None;
        let mut seen = Vec::new();
        let mut warnings = Vec::new();
        for (raw_key, value) in pairs {
            let Some(key) = SettingKey::parse(raw_key) else {
                continue;
            };
            if value.trim().is_empty() {
                continue;
            }
            if seen.contains(&key) {
                warnings.push(Warning::new(source, key, value, Problem::Repeated));
                continue;
            }
            seen.push(key);
            let problem = match key {
                SettingKey::ClinicName => match parse_clinic_name(value) {
                    Ok((n, shortened)) => {
                        name = Some(n);
                        shortened.then_some(Problem::ClinicNameShortened)
                    }
                    Err(p) => Some(p),
                },
                SettingKey::Phone => Phone::parse(value).map(|p| phone = Some(p)).err(),
                SettingKey::BookingUrl => BookingUrl::parse(value)
                    .map(|u| booking_url = Some(u))
                    .err(),
                SettingKey::Accent => match Accent::parse(value) {
                    Ok(a) => {
                        let readable = a.clone().readable();
                        let darkened = readable != a;
                        settings.accent = Some(readable);
                        darkened.then_some(Problem::AccentTooLight)
                    }
                    Err(p) => Some(p),
                },
                SettingKey::Units => match Units::parse(value.trim()) {
                    Some(u) => {
                        settings.units = u;
                        None
                    }
                    None => Some(Problem::UnitsUnknown),
                },
                SettingKey::Locale => match Locale::parse(value.trim()) {
                    Some(l) => {
                        settings.locale = l;
                        None
                    }
                    None => Some(Problem::LocaleUnknown),
                },
                SettingKey::LocalHills => match parse_local_hills(value) {
                    Ok((hills, shortened)) => {
                        settings.local_hills = Some(hills);
                        shortened.then_some(Problem::LocalHillsShortened)
                    }
                    Err(p) => Some(p),
                },
            };
            if let Some(problem) = problem {
                warnings.push(Warning::new(source, key, value, problem));
            }
        }
        if name.is_some() || phone.is_some() || booking_url.is_some() {
            settings.clinic = Some(Clinic {
                name,
                phone,
                booking_url,
            });
        }
        (settings, warnings)
    }

    /// Parses the standalone page's query string (`?clinic-name=...&units=mi`).
    pub fn from_query(query: &str) -> (Settings, Vec<Warning>) {
        let pairs = parse_query(query);
        Settings::from_pairs(
            Source::Query,
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        )
    }

    /// The settings as `(name, value)` pairs, only those that differ from the default: what a
    /// host would write to get exactly these settings back.
    pub fn to_pairs(&self) -> Vec<(SettingKey, String)> {
        let mut out = Vec::new();
        if let Some(c) = &self.clinic {
            if let Some(n) = &c.name {
                out.push((SettingKey::ClinicName, n.clone()));
            }
            if let Some(p) = &c.phone {
                out.push((SettingKey::Phone, p.display().to_string()));
            }
            if let Some(u) = &c.booking_url {
                out.push((SettingKey::BookingUrl, u.as_str().to_string()));
            }
        }
        if let Some(a) = &self.accent {
            out.push((SettingKey::Accent, a.as_str().to_string()));
        }
        if self.units != Units::default() {
            out.push((SettingKey::Units, self.units.as_str().to_string()));
        }
        if self.locale != Locale::default() {
            out.push((SettingKey::Locale, self.locale.as_str().to_string()));
        }
        if let Some(h) = &self.local_hills {
            out.push((SettingKey::LocalHills, h.clone()));
        }
        out
    }

    /// The settings as a query string for the standalone page (e.g. an iframe's `src`), without
    /// the leading `?`; empty for the defaults.
    pub fn to_query(&self) -> String {
        self.to_pairs()
            .iter()
            .map(|(k, v)| format!("{}={}", k.as_str(), encode_component(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Why a value was not used as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Problem {
    ClinicNameMarkup,
    ClinicNameHiddenCharacters,
    /// Not refused: the name was cut to [`CLINIC_NAME_MAX_CHARS`].
    ClinicNameShortened,
    PhoneCharacters,
    PhonePlus,
    PhoneDigits,
    PhoneTooLong,
    UrlScheme,
    UrlHiddenCharacters,
    UrlCredentials,
    UrlHost,
    UrlTooLong,
    AccentFormat,
    /// Not refused: a darker shade of the colour is used.
    AccentTooLight,
    UnitsUnknown,
    LocaleUnknown,
    LocalHillsMarkup,
    LocalHillsHiddenCharacters,
    /// Not refused: the text was cut to [`LOCAL_HILLS_MAX_CHARS`].
    LocalHillsShortened,
    /// The same setting given twice (query strings allow it); the first is used.
    Repeated,
}

impl Problem {
    /// What is wrong, for the web developer reading the console.
    pub fn reason(self) -> String {
        match self {
            Problem::ClinicNameMarkup => {
                "it looks like HTML; the clinic name is plain text, without < or >".into()
            }
            Problem::ClinicNameHiddenCharacters => {
                "it contains control or invisible characters".into()
            }
            Problem::ClinicNameShortened => {
                format!("it is longer than {CLINIC_NAME_MAX_CHARS} characters")
            }
            Problem::LocalHillsMarkup => {
                "it looks like HTML; the local hills are plain text, without < or >".into()
            }
            Problem::LocalHillsHiddenCharacters => {
                "it contains control or invisible characters".into()
            }
            Problem::LocalHillsShortened => {
                format!("it is longer than {LOCAL_HILLS_MAX_CHARS} characters")
            }
            Problem::PhoneCharacters => {
                "a phone may only contain digits, spaces and + ( ) -".into()
            }
            Problem::PhonePlus => "a + may only start the number".into(),
            Problem::PhoneDigits => {
                format!("a phone needs {PHONE_MIN_DIGITS} to {PHONE_MAX_DIGITS} digits")
            }
            Problem::PhoneTooLong => {
                format!("a phone may have at most {PHONE_MAX_CHARS} characters")
            }
            Problem::UrlScheme => {
                "it must be a full address starting with https:// (or http://)".into()
            }
            Problem::UrlHiddenCharacters => {
                "it contains spaces, backslashes, control or invisible characters".into()
            }
            Problem::UrlCredentials => {
                "it must not contain a user name or password before the host (@)".into()
            }
            Problem::UrlHost => "its host name is not valid".into(),
            Problem::UrlTooLong => format!("it is longer than {URL_MAX_CHARS} characters"),
            Problem::AccentFormat => "it must be a hex colour like #0a6e5c or #0a6".into(),
            // Written out, not formatted from ACCENT_MIN_CONTRAST: printing an f64 would bring the
            // float-formatting code into the widget (a test checks the two agree).
            Problem::AccentTooLight => {
                "white text on it would be hard to read (contrast below 4.5:1)".into()
            }
            Problem::UnitsUnknown => "it must be km or mi".into(),
            Problem::LocaleUnknown => {
                let known: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
                format!(
                    "there is no content in that language (available: {})",
                    known.join(", ")
                )
            }
            Problem::Repeated => "it is given more than once".into(),
        }
    }
}

/// A value the widget could not use as given: what, why, and what it does instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub source: Source,
    pub key: SettingKey,
    /// The value as given, shortened for the message.
    pub value: String,
    pub problem: Problem,
}

impl Warning {
    fn new(source: Source, key: SettingKey, value: &str, problem: Problem) -> Warning {
        const SHOWN: usize = 80;
        let mut shown: String = value.chars().take(SHOWN).collect();
        if shown.len() < value.len() {
            shown.push('…');
        }
        Warning {
            source,
            key,
            value: shown,
            problem,
        }
    }

    /// The attribute or parameter as the host wrote it: `data-booking-url` or `booking-url`.
    pub fn name(&self) -> String {
        match self.source {
            Source::Attributes => self.key.attribute(),
            Source::Query => format!("query parameter {}", self.key.as_str()),
        }
    }

    /// What the widget does instead.
    fn fallback(&self) -> &'static str {
        match (self.problem, self.key) {
            (Problem::ClinicNameShortened | Problem::LocalHillsShortened, _) => "It was shortened.",
            (Problem::AccentTooLight, _) => "A darker shade of it is used.",
            (Problem::Repeated, _) => "The first one is used.",
            (_, SettingKey::ClinicName) => "No clinic name is shown.",
            (_, SettingKey::Phone) => "No phone number is shown.",
            (_, SettingKey::BookingUrl) => "No booking link is shown.",
            (_, SettingKey::Accent) => "The widget's own colour is used.",
            (_, SettingKey::Units) => "Distances are shown in km.",
            (_, SettingKey::Locale) => "English is used.",
            (_, SettingKey::LocalHills) => "No local hills are named.",
        }
    }
}

impl fmt::Display for Warning {
    /// `painmap: ignored data-booking-url="javascript:alert(1)": it must be a full address ... No booking link is shown.`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = match self.problem {
            Problem::ClinicNameShortened | Problem::LocalHillsShortened => "shortened",
            Problem::AccentTooLight => "darkened",
            _ => "ignored",
        };
        write!(
            f,
            "painmap: {verb} {}={}: {}. {}",
            self.name(),
            quoted(&self.value),
            self.problem.reason(),
            self.fallback()
        )
    }
}

/// Splits a query string into decoded `(name, value)` pairs, as `URLSearchParams` does: `+` is
/// a space, `%XX` is a byte, a bad `%` stays as it is, and invalid UTF-8 becomes U+FFFD.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

fn hex_value(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b - b'A' + 10,
    }
}

fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                out.push(hex_value(bytes[i + 1]) << 4 | hex_value(bytes[i + 2]));
                i += 3;
                continue;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but letters, digits and `-._~`.
fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn attrs(pairs: &[(&str, &str)]) -> (Settings, Vec<Warning>) {
        Settings::from_pairs(Source::Attributes, pairs.iter().copied())
    }

    fn problems(pairs: &[(&str, &str)]) -> Vec<(SettingKey, Problem)> {
        attrs(pairs).1.iter().map(|w| (w.key, w.problem)).collect()
    }

    #[test]
    fn nothing_given_means_defaults_and_no_warnings() {
        assert_eq!(attrs(&[]), (Settings::default(), vec![]));
        let s = Settings::default();
        assert_eq!(
            (s.clinic, s.accent, s.units, s.locale),
            (None, None, Units::Km, Locale::En)
        );
    }

    #[test]
    fn the_readme_snippet_gives_a_full_clinic() {
        let (s, w) = attrs(&[
            ("clinic-name", "Harbour Physio"),
            ("phone", "+1 604 555 0100"),
            ("booking-url", "https://harbour.example/book"),
            ("accent", "#0a6e5c"),
            ("units", "km"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        let c = s.clinic.expect("clinic");
        assert_eq!(c.name.as_deref(), Some("Harbour Physio"));
        let phone = c.phone.expect("phone");
        assert_eq!(phone.display(), "+1 604 555 0100");
        assert_eq!(phone.tel_href(), "tel:+16045550100");
        assert_eq!(
            c.booking_url.expect("url").as_str(),
            "https://harbour.example/book"
        );
        assert_eq!(s.accent.expect("accent").as_str(), "#0a6e5c");
        assert_eq!(s.units, Units::Km);
    }

    #[test]
    fn a_phone_alone_still_makes_a_clinic() {
        let (s, w) = attrs(&[("phone", "(604) 555-0100")]);
        assert!(w.is_empty());
        let c = s.clinic.expect("clinic");
        assert_eq!(c.name, None);
        assert_eq!(c.phone.expect("phone").tel_href(), "tel:6045550100");
    }

    #[test]
    fn booking_links_that_are_not_plain_web_addresses_are_refused() {
        let cases: &[(&str, Problem)] = &[
            ("javascript:alert(1)", Problem::UrlScheme),
            ("JaVaScRiPt:alert(document.cookie)", Problem::UrlScheme),
            ("  javascript:alert(1)", Problem::UrlScheme),
            ("\u{1}javascript:alert(1)", Problem::UrlScheme),
            ("java\tscript:alert(1)", Problem::UrlHiddenCharacters),
            ("java\nscript:alert(1)", Problem::UrlHiddenCharacters),
            (
                "data:text/html,<script>alert(1)</script>",
                Problem::UrlScheme,
            ),
            ("vbscript:msgbox", Problem::UrlScheme),
            ("/book", Problem::UrlScheme),
            ("book.html", Problem::UrlScheme),
            ("//evil.example/book", Problem::UrlScheme),
            ("https:/evil.example", Problem::UrlScheme),
            ("https:\\\\evil.example", Problem::UrlHiddenCharacters),
            ("ftp://harbour.example", Problem::UrlScheme),
            ("https://", Problem::UrlHost),
            ("https:///path", Problem::UrlHost),
            (
                "https://harbour.example@evil.example/",
                Problem::UrlCredentials,
            ),
            ("https://user:pw@harbour.example/", Problem::UrlCredentials),
            ("https://harbour .example/", Problem::UrlHiddenCharacters),
            (
                "https://harbour.example/\u{200B}book",
                Problem::UrlHiddenCharacters,
            ),
            (
                "https://harbour.example/\u{202E}koob",
                Problem::UrlHiddenCharacters,
            ),
            ("https://-bad.example/", Problem::UrlHost),
            ("https://a..b/", Problem::UrlHost),
            ("https://harbour.example:80a/", Problem::UrlHost),
            ("https://harbour.example:/", Problem::UrlHost),
            ("https://[zz::1]/", Problem::UrlHost),
            ("https://harbour_example.com/", Problem::UrlHost),
        ];
        for (url, problem) in cases {
            assert_eq!(BookingUrl::parse(url), Err(*problem), "{url:?}");
            let (s, w) = attrs(&[("booking-url", url)]);
            assert_eq!(s.clinic, None, "{url:?}");
            assert_eq!(w.len(), 1, "{url:?}");
        }
    }

    #[test]
    fn plain_web_addresses_are_kept_as_written() {
        for url in [
            "https://harbour.example/book",
            "http://harbour.example",
            "HTTPS://Harbour.Example/Book?who=runner&x=1#slot",
            "https://harbour.example:8443/book/",
            "https://[2001:db8::1]:8443/book",
            "https://physio-münchen.example/termin",
            "https://localhost/",
            "https://harbour.example./book",
        ] {
            assert_eq!(
                BookingUrl::parse(url).map(|u| u.as_str().to_string()),
                Ok(url.to_string())
            );
        }
        assert_eq!(
            BookingUrl::parse("  https://harbour.example/book \n")
                .unwrap()
                .as_str(),
            "https://harbour.example/book"
        );
    }

    #[test]
    fn phones_are_digits_spaces_and_plus_brackets_dashes() {
        let cases: &[(&str, Problem)] = &[
            ("604-555-0100 ext 2", Problem::PhoneCharacters),
            ("javascript:alert(1)", Problem::PhoneCharacters),
            ("604.555.0100", Problem::PhoneCharacters),
            ("604 555 0100<", Problem::PhoneCharacters),
            ("1+604", Problem::PhonePlus),
            ("++1604", Problem::PhonePlus),
            ("12", Problem::PhoneDigits),
            ("+()-", Problem::PhoneDigits),
            ("1234567890123456", Problem::PhoneDigits),
            ("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7", Problem::PhoneTooLong),
        ];
        for (phone, problem) in cases {
            assert_eq!(Phone::parse(phone), Err(*problem), "{phone:?}");
        }
        let p = Phone::parse("  +44  (0)20 7946-0000 ").unwrap();
        assert_eq!(p.display(), "+44 (0)20 7946-0000");
        assert_eq!(p.tel_href(), "tel:+4402079460000");
        assert_eq!(Phone::parse("911").unwrap().tel_href(), "tel:911");
    }

    #[test]
    fn accents_are_hex_colours_only() {
        assert_eq!(Accent::parse("#0A6E5C").unwrap().as_str(), "#0a6e5c");
        assert_eq!(Accent::parse("0a6").unwrap().as_str(), "#0a6");
        assert_eq!(Accent::parse(" #abc ").unwrap().as_str(), "#abc");
        for bad in [
            "red",
            "#0a6e5c; background: url(https://evil.example/x)",
            "#12345",
            "#1234",
            "#ggg",
            "##abc",
            "rgb(0,0,0)",
            "#0a6e5c}",
        ] {
            assert_eq!(Accent::parse(bad), Err(Problem::AccentFormat), "{bad:?}");
        }
    }

    #[test]
    fn an_accent_too_light_for_white_text_is_darkened_keeping_its_hue() {
        assert!(Problem::AccentTooLight
            .reason()
            .contains(&format!("below {ACCENT_MIN_CONTRAST}:1")));
        let contrast = |hex: &str| Accent::parse(hex).unwrap().contrast_with_white();
        // The widget's own teal and a typical clinic navy pass as they are.
        assert!(contrast("#0a6e5c") >= ACCENT_MIN_CONTRAST);
        assert!((contrast("#ffffff") - 1.0).abs() < 1e-9 && (contrast("#000") - 21.0).abs() < 1e-9);
        let (s, w) = attrs(&[("accent", "#1F4E79")]);
        assert_eq!((s.accent.unwrap().as_str(), w.len()), ("#1f4e79", 0));

        for light in ["#ffcc00", "#2a9d8f", "#abc", "#ffffff", "#ff0000"] {
            let (s, w) = attrs(&[("accent", light)]);
            let used = s.accent.expect("an accent");
            assert!(
                used.contrast_with_white() >= ACCENT_MIN_CONTRAST,
                "{light} -> {used:?}"
            );
            // Just dark enough: a shade 2 % lighter would not pass.
            let lighter = used
                .rgb()
                .map(|c| (u32::from(c) * 102 / 100).min(255) as u8);
            assert!(
                contrast_with_white(lighter) < ACCENT_MIN_CONTRAST + 0.3,
                "{light} -> {used:?} is darker than needed"
            );
            assert_eq!(
                w.iter().map(|w| w.problem).collect::<Vec<_>>(),
                [Problem::AccentTooLight],
                "{light}"
            );
            assert!(
                w[0].to_string()
                    .starts_with("painmap: darkened data-accent="),
                "{}",
                w[0]
            );
        }
        // The hue is kept: an orange stays the same orange, only darker.
        let [r, g, b] = attrs(&[("accent", "#ff8000")]).0.accent.unwrap().rgb();
        assert!(
            r < 255 && b == 0 && (f64::from(g) / f64::from(r) - 128.0 / 255.0).abs() < 0.02,
            "{r} {g} {b}"
        );
    }

    #[test]
    fn units_and_locale_take_known_values_only() {
        assert_eq!(attrs(&[("units", "mi")]).0.units, Units::Mi);
        assert_eq!(attrs(&[("units", " MI ")]).0.units, Units::Mi);
        assert_eq!(
            problems(&[("units", "miles")]),
            vec![(SettingKey::Units, Problem::UnitsUnknown)]
        );
        assert_eq!(attrs(&[("units", "miles")]).0.units, Units::Km);
        for tag in ["en", "EN", "en-GB", "en_CA"] {
            let (s, w) = attrs(&[("locale", tag)]);
            assert_eq!((s.locale, w.len()), (Locale::En, 0), "{tag}");
        }
        assert_eq!(
            problems(&[("locale", "fr")]),
            vec![(SettingKey::Locale, Problem::LocaleUnknown)]
        );
        assert!(Problem::LocaleUnknown.reason().contains("en"));
    }

    #[test]
    fn misspelt_attributes_name_the_setting_they_meant() {
        for (attr, meant) in [
            ("data-clinic", SettingKey::ClinicName),
            ("data-clinicname", SettingKey::ClinicName),
            ("data-clinic_name", SettingKey::ClinicName),
            ("data-clinc-name", SettingKey::ClinicName),
            ("data-booking_url", SettingKey::BookingUrl),
            ("data-bookingurl", SettingKey::BookingUrl),
            ("data-booking-link", SettingKey::BookingUrl),
            ("data-telephone", SettingKey::Phone),
            ("data-phon", SettingKey::Phone),
            ("data-colour", SettingKey::Accent),
            ("data-color", SettingKey::Accent),
            ("data-accnet", SettingKey::Accent),
            ("data-unit", SettingKey::Units),
            ("data-language", SettingKey::Locale),
            ("data-local_hills", SettingKey::LocalHills),
            ("data-hills", SettingKey::LocalHills),
        ] {
            assert_eq!(misspelt_setting(attr), Some(meant), "{attr}");
        }
        for quiet in [
            "data-painmap",
            "data-clinic-name",
            "data-local-hills",
            "data-testid",
            "data-analytics-id",
            "data-id",
            "data-name",
            "data-url",
            "data-zone",
            "data-tone",
            "data-phase",
            "data-scale",
            "class",
            "id",
        ] {
            assert_eq!(misspelt_setting(quiet), None, "{quiet}");
        }
        assert_eq!(
            misspelt_warning("data-clinic", SettingKey::ClinicName),
            "painmap: ignored data-clinic: it is not a setting; did you mean data-clinic-name?"
        );
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("accnet", "accent"), 1);
        assert_eq!(edit_distance("phone", "phone"), 0);
    }

    #[test]
    fn local_hills_are_plain_text_trimmed_and_capped() {
        let (s, w) = attrs(&[(
            "local-hills",
            "  the Seawall \n ramp,  or Grouse Mountain's lower trails ",
        )]);
        assert!(w.is_empty());
        assert_eq!(
            s.local_hills.as_deref(),
            Some("the Seawall ramp, or Grouse Mountain's lower trails")
        );
        // Not tied to a clinic: naming hills alone sets no clinic call to action.
        assert_eq!(s.clinic, None);
        let (q, _) = Settings::from_query("local-hills=Mount%20Royal%27s%20east%20side");
        assert_eq!(q.local_hills.as_deref(), Some("Mount Royal's east side"));

        assert_eq!(
            problems(&[("local-hills", "<a href=x>hill</a>")]),
            vec![(SettingKey::LocalHills, Problem::LocalHillsMarkup)]
        );
        assert_eq!(attrs(&[("local-hills", "<b>hill</b>")]).0.local_hills, None);
        assert_eq!(
            problems(&[("local-hills", "hill\u{200b}side")]),
            vec![(SettingKey::LocalHills, Problem::LocalHillsHiddenCharacters)]
        );

        let long = "word ".repeat(40);
        let (s, w) = attrs(&[("local-hills", &long)]);
        let hills = s.local_hills.unwrap();
        assert!(
            hills.chars().count() <= LOCAL_HILLS_MAX_CHARS && hills.ends_with("word…"),
            "{hills}"
        );
        assert_eq!(w.len(), 1);
        assert!(
            w[0].to_string()
                .starts_with("painmap: shortened data-local-hills="),
            "{}",
            w[0]
        );
        assert!(w[0].to_string().ends_with("It was shortened."));
        let (_, w) = attrs(&[("local-hills", "<i>x</i>")]);
        assert!(
            w[0].to_string().ends_with("No local hills are named."),
            "{}",
            w[0]
        );
    }

    #[test]
    fn clinic_names_are_plain_text_trimmed_and_capped() {
        let (s, w) = attrs(&[("clinic-name", "  Harbour \n  Physio &   Sports ")]);
        assert!(w.is_empty());
        assert_eq!(
            s.clinic.unwrap().name.as_deref(),
            Some("Harbour Physio & Sports")
        );

        assert_eq!(
            problems(&[("clinic-name", "<b>Harbour</b>")]),
            vec![(SettingKey::ClinicName, Problem::ClinicNameMarkup)]
        );
        assert_eq!(
            attrs(&[("clinic-name", "<img src=x onerror=alert(1)>")])
                .0
                .clinic,
            None
        );
        assert_eq!(
            problems(&[("clinic-name", "Harbour\u{0}Physio")]),
            vec![(SettingKey::ClinicName, Problem::ClinicNameHiddenCharacters)]
        );

        let long = "Harbour Physiotherapy and Sports Injury Clinic of the North Shore and the Sunshine Coast";
        let (s, w) = attrs(&[("clinic-name", long)]);
        let name = s.clinic.unwrap().name.unwrap();
        assert!(name.chars().count() <= CLINIC_NAME_MAX_CHARS, "{name}");
        assert!(
            name.ends_with("North Shore and the…"),
            "cut at a word: {name}"
        );
        assert_eq!(
            w.iter().map(|w| w.problem).collect::<Vec<_>>(),
            vec![Problem::ClinicNameShortened]
        );
        assert!(w[0]
            .to_string()
            .starts_with("painmap: shortened data-clinic-name="));
        // A name without spaces is cut at the limit.
        let (s, _) = attrs(&[("clinic-name", &"x".repeat(200))]);
        assert_eq!(
            s.clinic.unwrap().name.unwrap().chars().count(),
            CLINIC_NAME_MAX_CHARS
        );
    }

    #[test]
    fn each_bad_value_gives_one_warning_naming_its_attribute_and_the_rest_still_applies() {
        let (s, w) = attrs(&[
            ("clinic-name", "<script>alert(1)</script>"),
            ("phone", "call us"),
            ("booking-url", "javascript:alert(1)"),
            ("accent", "red;background:url(x)"),
            ("units", "furlongs"),
            ("locale", "tlh"),
        ]);
        assert_eq!(s, Settings::default());
        let names: Vec<String> = w.iter().map(Warning::name).collect();
        assert_eq!(
            names,
            [
                "data-clinic-name",
                "data-phone",
                "data-booking-url",
                "data-accent",
                "data-units",
                "data-locale"
            ]
        );

        let msg = w[2].to_string();
        assert_eq!(
            msg,
            "painmap: ignored data-booking-url=\"javascript:alert(1)\": it must be a full address starting with https:// \
             (or http://). No booking link is shown."
        );

        let (s, w) = attrs(&[
            ("clinic-name", "Harbour Physio"),
            ("booking-url", "javascript:alert(1)"),
            ("units", "mi"),
        ]);
        assert_eq!(w.len(), 1);
        assert_eq!(s.units, Units::Mi);
        let c = s.clinic.unwrap();
        assert_eq!(
            (c.name.as_deref(), c.booking_url),
            (Some("Harbour Physio"), None)
        );
    }

    #[test]
    fn empty_values_count_as_not_given_and_unknown_names_are_skipped() {
        assert_eq!(
            attrs(&[
                ("clinic-name", "  "),
                ("phone", ""),
                ("painmap", ""),
                ("utm_source", "x")
            ]),
            (Settings::default(), vec![])
        );
    }

    #[test]
    fn quoting_escapes_quotes_backslashes_and_hidden_characters() {
        assert_eq!(quoted("plain"), "\"plain\"");
        assert_eq!(quoted("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(
            quoted("x\ny\u{200B}z\u{202E}"),
            r#""x\u{a}y\u{200b}z\u{202e}""#
        );
        assert_eq!(quoted("Café Physio"), "\"Café Physio\"");
    }

    #[test]
    fn quoting_shows_every_hidden_space_and_format_character() {
        for c in [
            '\u{00A0}', '\u{2028}', '\u{2029}', '\u{3000}', '\u{2066}', '\u{2069}', '\u{061C}',
            '\u{180E}',
        ] {
            let q = quoted(&format!("a{c}b"));
            assert_eq!(q, format!("\"a\\u{{{:x}}}b\"", u32::from(c)), "{c:?}");
        }
        // Every white space or control character Rust's own quoting escapes, this escapes too.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let debug = format!("{:?}", c.to_string());
            let debug_escapes = debug.len() > c.len_utf8() + 2;
            if debug_escapes && (c.is_whitespace() || c.is_control()) {
                assert!(quoted(&c.to_string()).contains('\\'), "{c:?}");
            }
        }
    }

    #[test]
    fn bidi_isolates_and_other_format_characters_are_refused_in_names_and_addresses() {
        for c in [
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{061C}', '\u{180E}',
        ] {
            assert!(
                parse_clinic_name(&format!("Harbour{c} Physio")).is_err(),
                "{c:?}"
            );
            assert!(
                BookingUrl::parse(&format!("https://harbour.example/{c}book")).is_err(),
                "{c:?}"
            );
        }
        // An emoji with its variation selector is an ordinary name.
        assert!(parse_clinic_name("Harbour Physio \u{2764}\u{FE0F}").is_ok());
    }

    proptest! {
        /// For text without hidden characters it reads exactly as Rust's own debug quoting.
        #[test]
        fn quoting_matches_debug_for_visible_text(v in "[ -~é€ü]{0,40}") {
            prop_assert_eq!(quoted(&v), format!("{v:?}"));
        }
    }

    #[test]
    fn warnings_show_long_values_shortened_and_escaped() {
        let w = &attrs(&[("accent", &format!("\"{}", "a".repeat(300)))]).1[0];
        assert_eq!(w.value.chars().count(), 81);
        assert!(w.to_string().contains("=\"\\\"aaa"), "{w}");
    }

    #[test]
    fn the_query_string_carries_the_same_settings() {
        let (s, w) = Settings::from_query(
            "?clinic-name=Harbour+Physio%20%26%20Sports&phone=%2B1%20604%20555%200100&booking-url=https%3A%2F%2Fharbour.example%2Fbook%3Fa%3D1\
             &accent=0a6e5c&units=mi&utm_source=newsletter",
        );
        assert!(w.is_empty(), "{w:?}");
        let c = s.clinic.clone().unwrap();
        assert_eq!(c.name.as_deref(), Some("Harbour Physio & Sports"));
        assert_eq!(c.phone.unwrap().tel_href(), "tel:+16045550100");
        assert_eq!(
            c.booking_url.unwrap().as_str(),
            "https://harbour.example/book?a=1"
        );
        assert_eq!(s.accent.unwrap().as_str(), "#0a6e5c");
        assert_eq!(s.units, Units::Mi);

        let (s, w) = Settings::from_query("units=mi&units=km&booking-url=javascript:alert(1)");
        assert_eq!(s.units, Units::Mi);
        let names: Vec<_> = w.iter().map(|w| (w.name(), w.problem)).collect();
        assert_eq!(
            names,
            [
                ("query parameter units".to_string(), Problem::Repeated),
                (
                    "query parameter booking-url".to_string(),
                    Problem::UrlScheme
                )
            ]
        );
    }

    #[test]
    fn query_decoding_matches_url_search_params() {
        let q = parse_query("?a=%e2%82%ac&b=%zz&c=%&d=%4&e=%ff&f&=g&&h=1=2");
        let expected: Vec<(String, String)> = [
            ("a", "€"),
            ("b", "%zz"),
            ("c", "%"),
            ("d", "%4"),
            ("e", "\u{FFFD}"),
            ("f", ""),
            ("", "g"),
            ("h", "1=2"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(q, expected);
    }

    #[test]
    fn settings_round_trip_through_a_query_string() {
        let (s, _) = attrs(&[
            ("clinic-name", "Café & Co #1"),
            ("phone", "+1 (604) 555-0100"),
            ("booking-url", "https://x.example/b?c=d&e=%20"),
            ("accent", "#1F4E79"),
            ("units", "mi"),
        ]);
        let q = s.to_query();
        assert_eq!(q, "clinic-name=Caf%C3%A9%20%26%20Co%20%231&phone=%2B1%20%28604%29%20555-0100&booking-url=https%3A%2F%2Fx.example%2Fb%3Fc%3Dd%26e%3D%2520&accent=%231f4e79&units=mi");
        assert_eq!(Settings::from_query(&q), (s, vec![]));
        assert_eq!(Settings::default().to_query(), "");
    }

    fn key_or_noise() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(
                SettingKey::ALL
                    .iter()
                    .map(|k| k.as_str().to_string())
                    .collect::<Vec<_>>()
            ),
            ".{0,12}",
        ]
    }

    fn valid_pairs() -> impl Strategy<Value = Vec<(SettingKey, String)>> {
        (
            proptest::option::of(proptest::collection::vec("[A-Za-z0-9&'.,()ÄéÅ-]{1,10}", 1..7).prop_map(|w| w.join(" "))),
            proptest::option::of("\\+?[0-9]{3,12}( [0-9]{1,3})?"),
            proptest::option::of("https?://[a-z0-9]{1,10}(\\.[a-z]{2,6}){1,2}(:[0-9]{2,4})?(/[A-Za-z0-9._~%-]{0,12}){0,3}(\\?[a-z]=[A-Za-z0-9%+]{0,8})?"),
            proptest::option::of(
                "#([0-9a-f]{3}|[0-9a-f]{6})"
                    .prop_filter("dark enough for white text", |a| Accent::parse(a).unwrap().contrast_with_white() >= ACCENT_MIN_CONTRAST)
            ),
            proptest::sample::select(Units::ALL.to_vec()),
            proptest::option::of(proptest::collection::vec("[A-Za-z0-9&'.,()ÄéÅ-]{1,10}", 1..9).prop_map(|w| w.join(" "))),
        )
            .prop_map(|(name, phone, url, accent, units, hills)| {
                let mut v = Vec::new();
                v.extend(name.map(|n| (SettingKey::ClinicName, n)));
                v.extend(phone.map(|p| (SettingKey::Phone, p)));
                v.extend(url.map(|u| (SettingKey::BookingUrl, u)));
                v.extend(accent.map(|a| (SettingKey::Accent, a)));
                if units != Units::Km {
                    v.push((SettingKey::Units, units.as_str().to_string()));
                }
                v.extend(hills.map(|h| (SettingKey::LocalHills, h)));
                v
            })
    }

    proptest! {
        #[test]
        fn any_strings_never_panic_and_whatever_is_kept_is_valid(
            pairs in proptest::collection::vec((key_or_noise(), any::<String>()), 0..10)
        ) {
            let (s, w) = Settings::from_pairs(Source::Attributes, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            prop_assert!(w.len() <= pairs.len());
            for w in &w {
                prop_assert!(w.to_string().starts_with("painmap: "));
                prop_assert!(w.value.chars().count() <= 81);
            }
            // What was kept is a fixed point: written back, it validates to itself with no warning.
            let back = s.to_pairs();
            prop_assert_eq!(Settings::from_pairs(Source::Attributes, back.iter().map(|(k, v)| (k.as_str(), v.as_str()))), (s.clone(), vec![]));
            if let Some(c) = &s.clinic {
                if let Some(u) = &c.booking_url {
                    let lower = u.as_str().to_ascii_lowercase();
                    prop_assert!(lower.starts_with("https://") || lower.starts_with("http://"));
                }
                if let Some(n) = &c.name {
                    prop_assert!(!n.contains(['<', '>']) && n.chars().count() <= CLINIC_NAME_MAX_CHARS);
                }
                if let Some(p) = &c.phone {
                    prop_assert!(p.tel_href()[4..].trim_start_matches('+').chars().all(|c| c.is_ascii_digit()));
                }
            }
            if let Some(a) = &s.accent {
                prop_assert!(a.as_str().starts_with('#') && a.as_str()[1..].chars().all(|c| c.is_ascii_hexdigit()));
                prop_assert!(a.contrast_with_white() >= ACCENT_MIN_CONTRAST);
            }
            if let Some(h) = &s.local_hills {
                prop_assert!(!h.contains(['<', '>']) && h.chars().count() <= LOCAL_HILLS_MAX_CHARS);
            }
        }

        #[test]
        fn any_query_string_never_panics(q in any::<String>(), raw in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = Settings::from_query(&q);
            let pct: String = raw.iter().map(|b| format!("%{b:02x}")).collect();
            let _ = Settings::from_query(&format!("clinic-name={pct}&booking-url={pct}"));
        }

        #[test]
        fn valid_values_round_trip(pairs in valid_pairs()) {
            let (s, w) = Settings::from_pairs(Source::Attributes, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            prop_assert!(w.is_empty(), "{:?} -> {:?}", pairs, w);
            // Every given value is kept exactly as written (names and phones have no extra spaces here).
            prop_assert_eq!(&s.to_pairs(), &pairs);
            prop_assert_eq!(Settings::from_query(&s.to_query()), (s, vec![]));
        }
    }
}

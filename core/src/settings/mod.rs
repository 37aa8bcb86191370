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

mod accent;
mod keys;
mod phone;
mod problem;
mod query;
#[cfg(test)]
mod tests_text;
#[cfg(test)]
mod tests_values;
mod text;
mod url;

pub use accent::*;
pub use keys::*;
pub use phone::*;
pub use problem::*;
pub use query::*;
pub use text::*;
pub use url::*;

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
    /// `None` when the host set none: the browser's languages decide ([`Locale::from_browser`]).
    pub locale: Option<Locale>,
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
                        settings.locale = Some(l);
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
        if let Some(l) = self.locale {
            out.push((SettingKey::Locale, l.as_str().to_string()));
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

#[cfg(test)]
fn attrs(pairs: &[(&str, &str)]) -> (Settings, Vec<Warning>) {
    Settings::from_pairs(Source::Attributes, pairs.iter().copied())
}

#[cfg(test)]
fn problems(pairs: &[(&str, &str)]) -> Vec<(SettingKey, Problem)> {
    attrs(pairs).1.iter().map(|w| (w.key, w.problem)).collect()
}

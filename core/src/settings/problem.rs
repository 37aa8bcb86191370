//! What could not be used, and the one console warning per value that says so.

use super::*;

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
    pub(super) fn new(source: Source, key: SettingKey, value: &str, problem: Problem) -> Warning {
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

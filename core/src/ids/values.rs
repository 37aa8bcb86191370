//! Value types shared by the host's settings and the session: distance units and languages.

/// Distance units shown to the runner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Units {
    #[default]
    Km,
    Mi,
}

impl Units {
    pub const ALL: &'static [Units] = &[Units::Km, Units::Mi];

    pub const fn as_str(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Mi => "mi",
        }
    }

    /// `km` or `mi`, in any letter case.
    pub fn parse(s: &str) -> Option<Self> {
        Units::ALL
            .iter()
            .copied()
            .find(|u| u.as_str().eq_ignore_ascii_case(s))
    }
}

/// A language that has a content pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Locale {
    #[default]
    En,
    Es,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Es];

    /// The BCP 47 tag, as in the content pack's `locale`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// The first of the browser's languages (`navigator.languages`, most wanted first) that has a
    /// pack: Spanish when it comes before English (`["es-MX", "en-US"]`), English otherwise.
    pub fn from_browser<S: AsRef<str>>(languages: &[S]) -> Option<Locale> {
        languages.iter().find_map(|l| Locale::parse(l.as_ref()))
    }

    /// A language tag whose primary language has a pack: `en`, `EN`, `en-GB` and `en_CA` all give `En`.
    pub fn parse(s: &str) -> Option<Self> {
        let primary = s.split(['-', '_']).next().unwrap_or("");
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(primary))
    }
}

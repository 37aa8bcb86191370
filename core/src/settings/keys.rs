//! The settings' names (`data-*` attributes and query keys), where they came from, and the
//! "did you mean" for an attribute that looks like a misspelt setting.

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
pub(super) const SETTING_SYNONYMS: &[(&str, SettingKey)] = &[
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
pub(super) fn edit_distance(a: &str, b: &str) -> usize {
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

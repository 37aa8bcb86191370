//! The host page's settings for one widget (clinic name, phone, booking link, accent, units,
//! locale), read from data attributes or the page's query and validated.

/// Distance units shown to the runner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Units {
    #[default]
    Km,
    Mi,
}

/// Validated settings; anything invalid has already been replaced by its default.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    pub clinic_name: Option<String>,
    pub phone: Option<String>,
    pub booking_url: Option<String>,
    pub accent: Option<String>,
    pub units: Units,
    pub locale: Option<String>,
}

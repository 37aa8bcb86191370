//! The clinic's accent colour on a widget: written as one custom property through the CSSOM,
//! which a strict Content-Security-Policy allows (a `style` attribute it would not).

use painmap_core::settings::Accent;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The custom property the clinic's accent is written to (through the CSSOM, which a strict CSP
/// allows, unlike a `style` attribute); `styles/base.css` derives `--pm-accent` from it.
pub const ACCENT_PROPERTY: &str = "--pm-clinic-accent";

/// Gives the widget under `root` the clinic's accent, if there is one.
pub fn apply_accent(root: &Element, accent: Option<&Accent>) {
    if let (Some(accent), Some(root)) = (accent, root.dyn_ref::<HtmlElement>()) {
        // Setting a custom property only fails for a malformed name, and ours is a constant.
        let _ = root.style().set_property(ACCENT_PROPERTY, accent.as_str());
    }
}

//! The host page's settings for one widget, read where the host wrote them (data attributes on a
//! `[data-painmap]` element, or the standalone page's query string), validated by
//! `painmap_core::settings`, with one console warning per value that could not be used; and the
//! embed mount itself: an open shadow root per element, with the widget's stylesheets inside.

use crate::mount;
pub use crate::page::EMBED_ATTRIBUTE;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use painmap_core::settings::{self, SettingKey, Source};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

pub use painmap_core::settings::{
    Accent, BookingUrl, Clinic, Locale, Phone, Settings, Units, Warning,
};

/// How long a widget waits for its stylesheets before it shows anyway, in ms.
const STYLESHEET_WAIT_MS: u32 = 4000;

/// Reads and validates the settings written as `data-*` attributes on `el`.
pub fn from_element(el: &Element) -> (Settings, Vec<Warning>) {
    let given: Vec<(&str, String)> = SettingKey::ALL
        .iter()
        .filter_map(|k| el.get_attribute(&k.attribute()).map(|v| (k.as_str(), v)))
        .collect();
    Settings::from_pairs(
        Source::Attributes,
        given.iter().map(|(k, v)| (*k, v.as_str())),
    )
}

/// One console warning per `data-*` attribute of `el` that is not a setting but looks like a
/// misspelt one (`data-clinic` for `data-clinic-name`), so a typo is not silently ignored.
pub fn warn_misspelt(el: &Element) {
    let names = el.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        if let Some(key) = settings::misspelt_setting(&name) {
            let message = settings::misspelt_warning(&name, key);
            web_sys::console::warn_1(&JsValue::from_str(&message));
        }
    }
}

/// Reads and validates the settings in a page's query string (`location.search`).
pub fn from_query(search: &str) -> (Settings, Vec<Warning>) {
    Settings::from_query(search)
}

/// One console warning per value the widget could not use.
pub fn warn(warnings: &[Warning]) {
    for w in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&w.to_string()));
    }
}

/// What became of one `[data-painmap]` element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mounted {
    /// A widget now lives in its shadow root.
    Yes,
    /// It already had a shadow root (the embed script ran twice, or the host attached one).
    AlreadyHasShadowRoot,
}

/// Mounts a widget inside a new open shadow root of `host`, with `stylesheets` (absolute URLs)
/// linked inside it: the host's CSS cannot reach in and the widget's cannot leak out. The
/// widget stays hidden until its stylesheets have loaded (or failed), so it never flashes
/// unstyled. `position` is the element's place among the page's widgets, from 0: each keeps its
/// own saved session (`mount::claim_widget_number`).
pub fn mount_in_shadow_root(
    host: &Element,
    stylesheets: &[String],
    position: usize,
) -> Result<Mounted, JsValue> {
    if host.shadow_root().is_some() {
        return Ok(Mounted::AlreadyHasShadowRoot);
    }
    let document = host
        .owner_document()
        .ok_or("the element is not in a document")?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let container = document.create_element("div")?;
    container.set_attribute("class", "pm-embed")?;
    if !stylesheets.is_empty() {
        container.set_attribute("hidden", "")?;
        let pending = Rc::new(Cell::new(stylesheets.len()));
        for href in stylesheets {
            let link = document.create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            link.set_attribute("href", href)?;
            for event in ["load", "error"] {
                let (pending, container) = (pending.clone(), container.clone());
                EventListener::once(&link, event, move |_| {
                    pending.set(pending.get().saturating_sub(1));
                    if pending.get() == 0 {
                        container.remove_attribute("hidden").ok();
                    }
                })
                .forget();
            }
            shadow.append_child(&link)?;
        }
        let late = container.clone();
        Timeout::new(STYLESHEET_WAIT_MS, move || {
            late.remove_attribute("hidden").ok();
        })
        .forget();
    }
    shadow.append_child(&container)?;
    let (settings, warnings) = from_element(host);
    warn(&warnings);
    warn_misspelt(host);
    mount::mount_widget(container, settings, mount::claim_widget_number(position));
    Ok(Mounted::Yes)
}

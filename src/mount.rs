//! Mounting one widget into an element: the panic watch, the clinic's accent, and the Yew app with
//! its own saved-check key.

use crate::{accent, panic, ui};
use painmap_core::settings::Settings;

/// Mounts one widget into `root` with the given settings.
pub fn mount(root: web_sys::Element, settings: Settings) {
    mount_widget(root, settings, 0);
}

/// [`mount`] for the `widget`th widget of a page (from 0), which keeps its session under its own
/// key (`session::storage_key`).
pub(crate) fn mount_widget(root: web_sys::Element, mut settings: Settings, widget: usize) {
    panic::install();
    // No language set by the host: the browser's languages decide (Spanish when it comes first).
    if settings.locale.is_none() {
        settings.locale = Some(browser_locale().unwrap_or_default());
    }
    panic::watch(
        &root,
        painmap_core::content::Pack::skeleton(settings.locale.unwrap_or_default()).0,
    );
    accent::apply_accent(&root, settings.accent.as_ref());
    let props = ui::app::AppProps {
        settings,
        storage_key: painmap_core::session::storage_key(widget).into(),
    };
    yew::Renderer::<ui::app::App>::with_root_and_props(root, props).render();
    panic::debug_trigger();
}

/// The first of the browser's languages that has a pack (`navigator.languages`).
fn browser_locale() -> Option<painmap_core::Locale> {
    let languages: Vec<String> = web_sys::window()?
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    painmap_core::Locale::from_browser(&languages)
}

thread_local! {
    /// The numbers (`session::storage_key`) of the widgets mounted on this page so far.
    static WIDGET_NUMBERS: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The number a widget mounted at `position` among the page's widgets saves its check under: its
/// position, or the next one no widget of this page holds yet (a widget added before others and
/// mounted by a second run must not share a live widget's saved check).
pub(crate) fn claim_widget_number(position: usize) -> usize {
    WIDGET_NUMBERS.with_borrow_mut(|taken| {
        let n = (position..)
            .find(|n| !taken.contains(n))
            .unwrap_or(position);
        taken.push(n);
        n
    })
}

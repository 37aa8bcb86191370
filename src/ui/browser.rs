//! The widget's only contact with browser state: the saved session in `localStorage`, the share
//! link in the page's fragment, the clipboard and printing. Every call tolerates a browser that
//! refuses (private mode, a sandboxed frame, no clipboard) and reports it as a value.

use painmap_core::content::Pack;
use painmap_core::session::{self, Session, StorageError};
use wasm_bindgen::{JsCast, JsValue};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The session saved under `key` ([`session::storage_key`]): `Ok(None)` when there is none (or
/// storage is unavailable), `Err` when the entry is unusable (the caller removes it, after the
/// render, so its notice shows once). Only reads.
pub fn load_session(key: &str, pack: &'static Pack) -> Result<Option<Session>, StorageError> {
    let Some(store) = storage() else {
        return Ok(None);
    };
    let Ok(Some(text)) = store.get_item(key) else {
        return Ok(None);
    };
    session::from_storage(&text, pack).map(Some)
}

/// Saves the session under `key`; a full or refused storage just means a reload starts over.
pub fn save_session(key: &str, s: &Session) {
    if let Some(store) = storage() {
        let _ = store.set_item(key, &session::to_storage(s));
    }
}

/// Forgets the session saved under `key` ("Start over").
pub fn clear_session(key: &str) {
    if let Some(store) = storage() {
        let _ = store.remove_item(key);
    }
}

/// The page's fragment without `#`, when it holds something.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let frag = hash.trim_start_matches('#');
    (!frag.is_empty()).then(|| frag.to_string())
}

/// Removes the fragment from the address bar without a reload, so that a later reload restores the
/// runner's own (saved) answers rather than re-opening the link they came in with.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Whether `el` lives inside a shadow root (the widget is embedded in a host page).
pub fn in_shadow_root(el: &web_sys::Element) -> bool {
    el.get_root_node()
        .dyn_ref::<web_sys::ShadowRoot>()
        .is_some()
}

/// Copies `text` with the async Clipboard API: the write's promise, or `None` when the browser
/// has no clipboard for this page (an insecure origin, an old browser: then the UI shows the link
/// to copy by hand).
pub fn copy_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    let clipboard = web_sys::window()?.navigator().clipboard();
    // `navigator.clipboard` is undefined outside a secure context, whatever the binding's type says.
    let value: &JsValue = clipboard.as_ref();
    if value.is_undefined() || value.is_null() {
        return None;
    }
    Some(clipboard.write_text(text))
}

/// Opens the browser's print dialog (the print stylesheet makes the summary).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Saves `text` as a file named `name` (the browser's download), with no network: a `data:` link
/// clicked once. Returns whether the browser took it.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let href = format!(
        "data:{mime},{}",
        painmap_core::query::encode_component(text)
    );
    if a.set_attribute("href", &href).is_err() || a.set_attribute("download", name).is_err() {
        return false;
    }
    a.click();
    true
}

/// Today in the runner's time zone, and now in Unix milliseconds.
pub fn today() -> Option<(painmap_core::calendar::Date, f64)> {
    let now = js_sys::Date::new_0();
    let day = painmap_core::calendar::Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )?;
    Some((day, now.get_time()))
}

/// `date` as a short date in `locale`'s order: month first in US English ("12/1/2026"), day first
/// in Spanish ("1/12/2026"). Written here, not by `Intl`: its first use costs the results screen
/// about 150 ms on a slow phone (`make bench`, 4x CPU).
pub fn short_date(date: painmap_core::calendar::Date, locale: &str) -> String {
    let (d, m, y) = (
        date.day.to_string(),
        date.month.to_string(),
        date.year.to_string(),
    );
    let parts = if locale == "es" { [d, m, y] } else { [m, d, y] };
    parts.join("/")
}

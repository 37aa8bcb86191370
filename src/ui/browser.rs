//! The widget's only contact with browser state: the saved session in `localStorage`, the share
//! link in the page's fragment, the clipboard and printing. Every call tolerates a browser that
//! refuses (private mode, a sandboxed frame, no clipboard) and reports it as a value.

use painmap_core::session::{self, Session, StorageError};
use wasm_bindgen::{JsCast, JsValue};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The session saved under `key` ([`session::storage_key`]): `Ok(None)` when there is none (or
/// storage is unavailable), `Err` when the entry is unusable; that entry is then removed so the
/// notice shows once.
pub fn load_session(key: &str) -> Result<Option<Session>, StorageError> {
    let Some(store) = storage() else {
        return Ok(None);
    };
    let Ok(Some(text)) = store.get_item(key) else {
        return Ok(None);
    };
    match session::from_storage(&text) {
        Ok(s) => Ok(Some(s)),
        Err(e) => {
            let _ = store.remove_item(key);
            Err(e)
        }
    }
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

/// The address of the standalone page that a share link points at: this page without its
/// fragment (its query keeps the clinic's settings).
pub fn page_address() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let href = window.location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Whether `el` lives inside a shadow root (the widget is embedded in a host page).
pub fn in_shadow_root(el: &web_sys::Element) -> bool {
    el.get_root_node()
        .dyn_ref::<web_sys::ShadowRoot>()
        .is_some()
}

/// Copies `text` with the async Clipboard API: the write's promise, or `None` when the browser
/// has no clipboard for this page (then the UI shows the link to copy by hand).
pub fn copy_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let clipboard =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?;
    let write = write.dyn_ref::<js_sys::Function>()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Opens the browser's print dialog (the print stylesheet makes the summary).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

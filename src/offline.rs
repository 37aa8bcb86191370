//! Offline use of the standalone page: registers the service worker (`sw.js`, generated at build
//! time by `scripts/postbuild.mjs` with the release's file list) that precaches the whole site.

use wasm_bindgen::prelude::*;

/// Registers `sw.js` beside the page. Only release builds do: a dev server rebuilds on every
/// save, and a worker caching those builds would only get in the way. The embed never calls
/// this: a host page on another origin cannot (and should not) install our worker.
pub fn register_service_worker(window: &web_sys::Window) {
    if cfg!(debug_assertions) {
        return;
    }
    // Browsers leave `navigator.serviceWorker` undefined on insecure (plain http, non-localhost)
    // pages; calling into it would throw.
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|v| !v.is_undefined());
    if !available {
        return;
    }
    // A failed registration only means no offline copy; the page works on, and says why once.
    let on_error = Closure::once(|err: JsValue| {
        web_sys::console::warn_2(
            &JsValue::from_str("painmap: no offline copy (service worker not registered):"),
            &err,
        );
    });
    let _ = navigator
        .service_worker()
        .register("sw.js")
        .catch(&on_error);
    on_error.forget();
}

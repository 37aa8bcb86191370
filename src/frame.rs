//! The standalone page in a clinic's `<iframe>`: it tells the page around it how tall it is, so
//! the clinic's `iframe.js` (from `assets/iframe.js`) can make the iframe exactly that tall: no
//! scrollbar inside, no gap below.
//!
//! The one message, posted to `window.parent`:
//! `{ "type": "painmap:height", "height": <the page's height in whole CSS px> }`.

use std::cell::Cell;
use wasm_bindgen::prelude::*;

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "painmap:height";

/// Set on `<html>` of a framed standalone page, for its CSS.
pub const FRAMED_ATTRIBUTE: &str = "data-framed";

/// On a framed page (`window.parent !== window`), posts the page's height to the parent now and
/// whenever it changes; on a page that is not framed it does nothing. Only the standalone page
/// calls it, never the embed (that sits in the clinic's own page, which grows with it).
///
/// The height is the root element's (`<html>`: the body and its margins), rounded up: what the
/// iframe must be to show everything. Not `scrollHeight`, which is never less than the iframe
/// itself, so the iframe could grow but never shrink back. A `ResizeObserver` on `<html>` sends
/// it: the browser reports sizes at most once per animation frame, after layout, and the first
/// report comes with the first frame; a height equal to the last one sent is not sent again.
pub fn report_height(window: &web_sys::Window, root: &web_sys::Element) {
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if AsRef::<JsValue>::as_ref(&parent) == AsRef::<JsValue>::as_ref(window) {
        return;
    }
    // `<html>`, found from the widget's root up (cheaper in the wasm than `documentElement`).
    let mut html = root.clone();
    while let Some(up) = html.parent_element() {
        html = up;
    }
    // The page's CSS sizes nothing by the viewport when framed (`styles/body_map.css`): the
    // iframe's viewport is this page's own height, so the map would grow the iframe, which would
    // grow the map, up to the figure's full size.
    let _ = html.set_attribute(FRAMED_ATTRIBUTE, "");
    let target = html.clone();
    let last = Cell::new(0);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil() as u32;
        if height == last.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Any origin may read it ("*"): the page cannot know the clinic's origin, and the message
        // carries nothing but this number, never anything a runner entered.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&html);
        // Observes for the page's whole life.
        std::mem::forget(observer);
    }
    on_resize.forget();
}

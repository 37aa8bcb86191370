//! The painmap widget in the browser: mounts the Yew app into a host element with the host's
//! settings. The clinical brain is `painmap_core`; this crate only shows it.

pub mod embed;
pub mod ui;

use wasm_bindgen::prelude::*;

/// Mounts one widget into `root` with the given settings.
pub fn mount(root: web_sys::Element, settings: embed::Settings) {
    yew::Renderer::<ui::app::App>::with_root_and_props(root, ui::app::AppProps { settings }).render();
}

/// Entry point of the standalone page: mounts into `#painmap` with the page's settings.
#[wasm_bindgen]
pub fn start_standalone() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id("painmap").or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        mount(root, embed::Settings::default());
    }
}

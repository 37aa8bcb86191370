//! The painmap widget in the browser: mounts the Yew app into a host element with the host's
//! settings. The clinical brain is `painmap_core`; this crate only shows it.

pub mod accent;
pub mod embed;
pub mod frame;
mod mount;
pub mod offline;
mod page;
pub mod panic;
pub mod perf;
pub mod texts;
pub mod ui;

pub use mount::mount;
pub use page::{reads_share_fragment, share_base, standalone_root, STANDALONE_ROOT_ID};

use wasm_bindgen::prelude::*;

/// Entry point of the standalone page: mounts into `#painmap` with the settings in the page's
/// query string, and registers the service worker for offline use.
///
/// The same wasm module serves the embed script, and it runs this on load there too, on the
/// host's page; [`standalone_root`] tells the two apart, and this never falls back to
/// any other element.
#[wasm_bindgen]
pub fn start_standalone() {
    panic::install();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = standalone_root(&document) else {
        return;
    };
    let (settings, warnings) = embed::from_query(&window.location().search().unwrap_or_default());
    embed::warn(&warnings);
    // The first render goes in a task of its own: compiling the wasm, parsing the content pack
    // (in `panic::install` above) and drawing the whole map in one go made one main-thread task
    // of a median 62 ms; split in two, the longest is 37 ms, under the 50 ms of a long task, and
    // the map is ready no later (15 runs each, scripts/bench.mjs's trace). The service worker is
    // registered in a task after that render: its precache competing with the first render made
    // the longest task 70 ms and the map 55 ms later (11 runs each).
    gloo::timers::callback::Timeout::new(0, move || {
        // In a clinic's iframe, the page tells the clinic's page its height (`iframe.js`).
        frame::report_height(&window, &root);
        mount(root, settings);
        gloo::timers::callback::Timeout::new(0, move || {
            offline::register_service_worker(&window);
        })
        .forget();
    })
    .forget();
}

/// Entry point of the embed script (`embed.js`): mounts a widget in an open shadow root of every
/// `[data-painmap]` element on the page, each with its own `data-*` settings, with `stylesheets`
/// (the widget's CSS files, absolute URLs) linked inside each shadow root. Elements that already
/// have a shadow root are left alone, so running it twice mounts nothing twice. Returns how many
/// widgets it mounted. The binary exports it to JavaScript (`src/main.rs`).
pub fn mount_all(stylesheets: Vec<String>) -> u32 {
    panic::install();
    // The texts file sits beside the stylesheets, in the widget's folder.
    if let Some(sheet) = stylesheets.first() {
        texts::set_base_from(sheet);
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(hosts) = document.query_selector_all(&format!("[{}]", embed::EMBED_ATTRIBUTE)) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..hosts.length() {
        let Some(host) = hosts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        match embed::mount_in_shadow_root(&host, &stylesheets, i as usize) {
            Ok(embed::Mounted::Yes) => mounted += 1,
            Ok(embed::Mounted::AlreadyHasShadowRoot) => {}
            Err(err) => web_sys::console::warn_2(
                &JsValue::from_str("painmap: could not mount into an element:"),
                &err,
            ),
        }
    }
    mounted
}

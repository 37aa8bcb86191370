//! The last line of defence: if anything in the widget panics, the console gets the message and
//! every widget on the page is replaced by a short apology with a way to start again, instead of
//! a screen that no longer answers.
//!
//! With `panic = "abort"` (release) the wasm instance traps as soon as the hook returns, so the
//! hook does the whole job itself and leaves nothing for later: no Yew, no callback into wasm.
//! Each widget's root element is swapped for a fresh copy (Yew's delegated listeners stay on the
//! old, detached one), filled through the DOM API (never markup). The ways back are two plain
//! links to this same page, which work with the instance dead and under a CSP without inline
//! script: one reloads and keeps the saved check, the other carries [`RESET_PARAM`] in the
//! query, which [`install`] honours on the next load by forgetting the saved check. Forgetting is
//! the runner's choice; a plain reload keeps everything.

mod apology;

pub use apology::*;
use painmap_core::content::Pack;
use painmap_core::session::is_storage_key;
use std::cell::{Cell, RefCell};
use std::sync::Once;
use wasm_bindgen::JsValue;
use web_sys::Element;

/// Query parameter of the "start again" link: the next load forgets the saved check.
pub const RESET_PARAM: &str = "painmap-reset";

/// Query parameter that makes a debug build panic on purpose shortly after mounting, to try the
/// hook in a browser. Release builds ignore it (the code is not compiled in).
pub const DEBUG_PANIC_PARAM: &str = "painmap-debug-panic";

/// The `data-` attribute on the apology, for tests and for hosts' support staff.
pub const CRASH_ATTRIBUTE: &str = "data-crashed";

thread_local! {
    /// Every element a widget was mounted into, in mount order, with its apology in its language.
    static ROOTS: RefCell<Vec<(Element, Texts)>> = const { RefCell::new(Vec::new()) };
    /// Set by the first panic: later ones (a stale timer calling into the dead instance) only log.
    static BROKEN: Cell<bool> = const { Cell::new(false) };
}

/// Installs the panic hook (once per page, whatever calls it) and honours a "start again" link:
/// when the page's query has [`RESET_PARAM`], the saved check is forgotten and the parameter
/// taken out of the address bar. Call it first, before anything reads the query or the storage.
pub fn install() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        set_hook();
        forget_saved_check_if_asked();
    });
}

/// Puts the hook in front of whatever hook is set (which still runs after it). Through Yew's
/// `set_custom_panic_hook`: with `std::panic::set_hook` alone, Yew's renderer replaces the hook
/// with its own (console_error_panic_hook) the first time it renders.
fn set_hook() {
    let previous = std::panic::take_hook();
    yew::set_custom_panic_hook(Box::new(move |info| {
        on_panic(&info.to_string());
        previous(info);
    }));
}

/// Registers an element a widget is mounted into: a panic replaces it with the apology, in the
/// language of the pack the widget runs on. Watching it again changes that language (the runner
/// switched).
pub fn watch(root: &Element, pack: &Pack) {
    let texts = Texts::from_pack(pack);
    ROOTS.with(|r| {
        let mut roots = r.borrow_mut();
        match roots.iter_mut().find(|(el, _)| el == root) {
            Some(entry) => entry.1 = texts,
            None => roots.push((root.clone(), texts)),
        }
    });
}

/// What the hook does with a panic's message: logs it, and the first time, replaces every widget.
fn on_panic(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!(
        "painmap stopped after an internal error; the widget now offers to start again. {message}"
    )));
    let first = BROKEN.try_with(|b| !b.replace(true)).unwrap_or(false);
    if first {
        replace_widgets();
    }
}

/// Replaces every watched widget (or, when none was mounted yet, the standalone page's root) by
/// the apology. Returns how many it replaced. This is what the hook calls; tests call it directly.
pub fn replace_widgets() -> usize {
    let Some(window) = web_sys::window() else {
        return 0;
    };
    let href = window.location().href().unwrap_or_default();
    let links = RecoveryLinks::for_page(&href);
    let mut roots = ROOTS
        .try_with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default())
        .unwrap_or_default();
    if roots.is_empty() {
        if let Some(root) = window
            .document()
            .and_then(|d| d.get_element_by_id(crate::STANDALONE_ROOT_ID))
        {
            roots.push((root, Texts::from_pack(Pack::english())));
        }
    }
    let mut replaced = Vec::new();
    for (root, texts) in &roots {
        if let Ok(fresh) = show_apology(root, texts, &links) {
            replaced.push((fresh, texts.clone()));
        }
    }
    let count = replaced.len();
    // A test may call this more than once: later calls find the apologies, not the old roots.
    let _ = ROOTS.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            *r = replaced;
        }
    });
    count
}

/// When the page's query has [`RESET_PARAM`] (the apology's "start again" link), forgets the
/// saved check and takes the parameter out of the address bar. Returns whether it was asked.
/// [`install`] calls it once per page load.
pub fn forget_saved_check_if_asked() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let href = window.location().href().unwrap_or_default();
    let Some(address) = reset_address(&href) else {
        return false;
    };
    // Every widget's saved check on this page (there may be several, each under its own key).
    if let Ok(Some(store)) = window.local_storage() {
        let keys: Vec<String> = (0..store.length().unwrap_or(0))
            .filter_map(|i| store.key(i).ok().flatten())
            .filter(|k| is_storage_key(k))
            .collect();
        for k in keys {
            let _ = store.remove_item(&k);
        }
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
    true
}

/// Debug builds only: with [`DEBUG_PANIC_PARAM`] in the page's query, panic on purpose a moment
/// after the widget has rendered, to see the hook at work. Compiled out of release builds.
pub fn debug_trigger() {
    #[cfg(debug_assertions)]
    {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        if query_has(&search, DEBUG_PANIC_PARAM) {
            gloo::timers::callback::Timeout::new(50, || {
                panic!("deliberate panic ({DEBUG_PANIC_PARAM} in a debug build)")
            })
            .forget();
        }
    }
}

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

use painmap_core::content::Pack;
use painmap_core::session::is_storage_key;
use std::cell::{Cell, RefCell};
use std::sync::Once;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

/// Query parameter of the "start again" link: the next load forgets the saved check.
pub const RESET_PARAM: &str = "painmap-reset";

/// Query parameter that makes a debug build panic on purpose shortly after mounting, to try the
/// hook in a browser. Release builds ignore it (the code is not compiled in).
pub const DEBUG_PANIC_PARAM: &str = "painmap-debug-panic";

/// The `data-` attribute on the apology, for tests and for hosts' support staff.
pub const CRASH_ATTRIBUTE: &str = "data-crashed";

thread_local! {
    /// Every element a widget was mounted into, in mount order.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// The apology's words, copied from the pack once it loaded (see [`install`]).
    static TEXTS: RefCell<Option<Texts>> = const { RefCell::new(None) };
    /// Set by the first panic: later ones (a stale timer calling into the dead instance) only log.
    static BROKEN: Cell<bool> = const { Cell::new(false) };
}

/// The words of the apology.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Texts {
    pub lang: String,
    pub title: String,
    pub text: String,
    pub restart: String,
    pub retry: String,
}

impl Texts {
    /// The apology in the pack's language.
    pub fn from_pack(pack: &Pack) -> Texts {
        Texts {
            lang: pack.locale.to_string(),
            title: pack.ui("panic.title").to_string(),
            text: pack.ui("panic.text").to_string(),
            restart: pack.ui("panic.restart").to_string(),
            retry: pack.ui("panic.retry").to_string(),
        }
    }

    /// Used only when the panic came before the pack could load (a defect in the bundled pack
    /// itself): the same words as `en/ui.json`, in code, since nothing else is left to read them
    /// from.
    fn fallback() -> Texts {
        Texts {
            lang: "en".into(),
            title: "Sorry, something went wrong".into(),
            text: "The check stopped because of a fault in this page, not because of anything \
                   you entered. Nothing you entered has left your device."
                .into(),
            restart: "Start a new check".into(),
            retry: "Reload and keep my answers".into(),
        }
    }
}

/// Installs the panic hook (once per page, whatever calls it) and honours a "start again" link:
/// when the page's query has [`RESET_PARAM`], the saved check is forgotten and the parameter
/// taken out of the address bar. Call it first, before anything reads the query or the storage.
pub fn install() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        set_hook();
        forget_saved_check_if_asked();
        // After the hook is in place, so that a broken bundled pack still gets an apology (in the
        // fallback words).
        let texts = Texts::from_pack(Pack::english());
        TEXTS.with(|t| *t.borrow_mut() = Some(texts));
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

/// Registers an element a widget is mounted into: a panic replaces it with the apology.
pub fn watch(root: &Element) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
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
    let texts = TEXTS
        .try_with(|t| t.try_borrow().ok().and_then(|t| t.clone()))
        .ok()
        .flatten()
        .unwrap_or_else(Texts::fallback);
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
            roots.push(root);
        }
    }
    let mut replaced = Vec::new();
    for root in &roots {
        if let Ok(fresh) = show_apology(root, &texts, &links) {
            replaced.push(fresh);
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

/// Puts the apology where `root` was: a fresh element of the same kind, id and classes (and the
/// clinic's accent), so the host page's layout and the widget's styles still apply while the old
/// element, with Yew's listeners on it, leaves the document. Focus moves to the apology only if
/// it was inside the widget, so a host page never has its focus taken. Returns the new element.
pub fn show_apology(
    root: &Element,
    texts: &Texts,
    links: &RecoveryLinks,
) -> Result<Element, JsValue> {
    let doc = root
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the widget is not in a document"))?;
    let had_focus = focus_is_inside(root);
    let fresh = doc.create_element(&root.local_name())?;
    let id = root.id();
    if !id.is_empty() {
        fresh.set_id(&id);
    }
    let class = root.class_name();
    if !class.is_empty() {
        fresh.set_class_name(&class);
    }
    copy_accent(root, &fresh);

    let shell = el(&doc, "div", "pm-root pm-crash")?;
    shell.set_attribute("lang", &texts.lang)?;
    shell.set_attribute(CRASH_ATTRIBUTE, "")?;
    // The page's one main landmark and level-one heading, as the widget's own were.
    let main = el(&doc, "main", "pm-main")?;
    let section = el(&doc, "section", "pm-step pm-card")?;
    section.set_attribute("role", "alert")?;
    section.set_attribute("aria-labelledby", "pm-crash-heading")?;
    let heading = el(&doc, "h1", "pm-step-heading")?;
    heading.set_id("pm-crash-heading");
    heading.set_attribute("tabindex", "-1")?;
    heading.set_text_content(Some(&texts.title));
    let text = el(&doc, "p", "pm-step-help")?;
    text.set_text_content(Some(&texts.text));
    let nav = el(&doc, "div", "pm-nav")?;
    let restart = link(
        &doc,
        "pm-button pm-button--primary",
        &links.restart,
        &texts.restart,
    )?;
    restart.set_attribute("data-action", "restart")?;
    let retry = link(&doc, "pm-button", &links.retry, &texts.retry)?;
    retry.set_attribute("data-action", "reload")?;
    nav.append_child(&restart)?;
    nav.append_child(&retry)?;
    section.append_child(&heading)?;
    section.append_child(&text)?;
    section.append_child(&nav)?;
    main.append_child(&section)?;
    shell.append_child(&main)?;
    fresh.append_child(&shell)?;

    root.replace_with_with_node_1(&fresh)?;
    if had_focus {
        if let Some(h) = heading.dyn_ref::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
    Ok(fresh)
}

fn el(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    e.set_class_name(class);
    Ok(e)
}

fn link(doc: &Document, class: &str, href: &str, text: &str) -> Result<Element, JsValue> {
    let a = el(doc, "a", class)?;
    a.set_attribute("href", href)?;
    a.set_text_content(Some(text));
    Ok(a)
}

fn focus_is_inside(root: &Element) -> bool {
    let node = root.get_root_node();
    let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => node.dyn_ref::<Document>().and_then(|d| d.active_element()),
    };
    active.is_some_and(|a| root.contains(Some(&a)))
}

/// The clinic's accent is a custom property set through the CSSOM (a strict CSP forbids a
/// `style` attribute); carry it over the same way.
fn copy_accent(from: &Element, to: &Element) {
    let (Some(from), Some(to)) = (
        from.dyn_ref::<web_sys::HtmlElement>(),
        to.dyn_ref::<web_sys::HtmlElement>(),
    ) else {
        return;
    };
    let accent = from
        .style()
        .get_property_value(crate::embed::ACCENT_PROPERTY)
        .unwrap_or_default();
    if !accent.is_empty() {
        let _ = to
            .style()
            .set_property(crate::embed::ACCENT_PROPERTY, &accent);
    }
}

/// Where the apology's two links go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryLinks {
    /// This page again, without its fragment: a real navigation (a link that differs from the
    /// current address only by its fragment would not reload), and the saved check is kept.
    pub retry: String,
    /// The same with [`RESET_PARAM`], so the next load starts a new check.
    pub restart: String,
}

impl RecoveryLinks {
    /// The links for a page at `href`. The page's own query (the clinic's settings on the
    /// standalone page, whatever a host page needs) is kept; the widget's own one-off
    /// parameters are not, so the debug trigger does not fire again.
    pub fn for_page(href: &str) -> RecoveryLinks {
        let retry = without_own_params(href);
        let sep = if retry.contains('?') { '&' } else { '?' };
        let restart = format!("{retry}{sep}{RESET_PARAM}=1");
        RecoveryLinks { retry, restart }
    }
}

/// `href` without its fragment and without [`RESET_PARAM`] or [`DEBUG_PANIC_PARAM`] in its query.
pub fn without_own_params(href: &str) -> String {
    let base = href.split('#').next().unwrap_or_default();
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !is_own_param(p))
        .collect();
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

fn is_own_param(pair: &str) -> bool {
    let key = pair.split('=').next().unwrap_or_default();
    key == RESET_PARAM || key == DEBUG_PANIC_PARAM
}

/// Whether a query string (`location.search`, with or without `?`) has the parameter `key`.
pub fn query_has(search: &str, key: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p.split('=').next() == Some(key))
}

/// The address to show after honouring [`RESET_PARAM`]: the page with that parameter gone and
/// its fragment kept. `None` when the query does not ask for a reset.
pub fn reset_address(href: &str) -> Option<String> {
    let (base, fragment) = match href.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (href, None),
    };
    let search = base.split_once('?').map(|(_, q)| q).unwrap_or("");
    if !query_has(search, RESET_PARAM) {
        return None;
    }
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(RESET_PARAM))
        .collect();
    let mut out = path.to_string();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    Some(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_reload_the_same_page_without_the_fragment() {
        let l =
            RecoveryLinks::for_page("https://ex.org/painmap/?units=mi&clinic-name=A#v=1&regions=x");
        assert_eq!(l.retry, "https://ex.org/painmap/?units=mi&clinic-name=A");
        assert_eq!(
            l.restart,
            "https://ex.org/painmap/?units=mi&clinic-name=A&painmap-reset=1"
        );
        let plain = RecoveryLinks::for_page("http://127.0.0.1:8080/");
        assert_eq!(plain.retry, "http://127.0.0.1:8080/");
        assert_eq!(plain.restart, "http://127.0.0.1:8080/?painmap-reset=1");
    }

    #[test]
    fn links_drop_the_widgets_own_one_off_parameters() {
        let l = RecoveryLinks::for_page("http://h/?painmap-debug-panic&units=km&painmap-reset=1");
        assert_eq!(l.retry, "http://h/?units=km");
        assert_eq!(l.restart, "http://h/?units=km&painmap-reset=1");
        let only = RecoveryLinks::for_page("http://h/p?painmap-debug-panic=1");
        assert_eq!(only.retry, "http://h/p");
    }

    #[test]
    fn a_reset_request_is_seen_and_taken_out_of_the_address() {
        assert_eq!(reset_address("http://h/"), None);
        assert_eq!(reset_address("http://h/?units=mi"), None);
        assert_eq!(
            reset_address("http://h/#painmap-reset=1"),
            None,
            "only the query counts"
        );
        assert_eq!(reset_address("http://h/?painmap-reset-not=1"), None);
        assert_eq!(
            reset_address("http://h/?painmap-reset=1").as_deref(),
            Some("http://h/")
        );
        assert_eq!(
            reset_address("http://h/a?units=mi&painmap-reset=1&accent=%23aa0000#v=1").as_deref(),
            Some("http://h/a?units=mi&accent=%23aa0000#v=1")
        );
    }

    #[test]
    fn query_has_matches_whole_keys() {
        assert!(query_has("?painmap-debug-panic", DEBUG_PANIC_PARAM));
        assert!(query_has("a=1&painmap-debug-panic=", DEBUG_PANIC_PARAM));
        assert!(!query_has("?painmap-debug-panics", DEBUG_PANIC_PARAM));
        assert!(!query_has("", DEBUG_PANIC_PARAM));
    }

    #[test]
    fn the_english_pack_has_the_apology_and_the_fallback_says_the_same() {
        let t = Texts::from_pack(Pack::english());
        assert_eq!(
            t,
            Texts::fallback(),
            "keep the fallback in step with en/ui.json"
        );
    }
}

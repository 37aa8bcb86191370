//! The apology a crashed widget shows instead of itself: built with the DOM API alone (the wasm
//! instance may be dead), with two plain links back to this page.

use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::query;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use super::{CRASH_ATTRIBUTE, DEBUG_PANIC_PARAM, RESET_PARAM};

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
            title: pack.ui(Ui::PanicTitle).to_string(),
            text: pack.ui(Ui::PanicText).to_string(),
            restart: pack.ui(Ui::PanicRestart).to_string(),
            retry: pack.ui(Ui::PanicRetry).to_string(),
        }
    }
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
        .get_property_value(crate::accent::ACCENT_PROPERTY)
        .unwrap_or_default();
    if !accent.is_empty() {
        let _ = to
            .style()
            .set_property(crate::accent::ACCENT_PROPERTY, &accent);
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
    let a = query::split_address(href);
    query::join_query(
        a.path,
        &query::without_keys(a.query, |k| k == RESET_PARAM || k == DEBUG_PANIC_PARAM),
    )
}

/// Whether a query string (`location.search`, with or without `?`) has the parameter `key`.
pub fn query_has(search: &str, key: &str) -> bool {
    query::raw_parts(search.trim_start_matches('?')).any(|(k, _)| query::unescape(k) == key)
}

/// The address to show after honouring [`RESET_PARAM`]: the page with that parameter gone and
/// its fragment kept. `None` when the query does not ask for a reset.
pub fn reset_address(href: &str) -> Option<String> {
    let a = query::split_address(href);
    if !query_has(a.query, RESET_PARAM) {
        return None;
    }
    let mut out = query::join_query(a.path, &query::without_keys(a.query, |k| k == RESET_PARAM));
    if let Some(f) = a.fragment {
        out.push('#');
        out.push_str(f);
    }
    Some(out)
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
    fn the_apology_comes_from_the_pack_in_its_language() {
        let pack = Pack::english();
        let t = Texts::from_pack(pack);
        assert_eq!(t.lang, "en");
        for (text, key) in [
            (&t.title, Ui::PanicTitle),
            (&t.text, Ui::PanicText),
            (&t.restart, Ui::PanicRestart),
            (&t.retry, Ui::PanicRetry),
        ] {
            assert_eq!(text, pack.ui(key));
            assert!(!text.is_empty(), "`{key}` is in the pack");
        }
    }
}

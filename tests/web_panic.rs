//! The panic hook in a real browser: a widget that panics is replaced by the apology (same place,
//! same id and classes, no script, two plain links back to the page), the console gets the
//! message, and the "start again" link's query parameter makes the next load forget the saved
//! check. (Run by `make test` via `cargo test -p painmap --target wasm32-unknown-unknown`.)
#![cfg(target_arch = "wasm32")]

use painmap::embed::Settings;
use painmap::panic::{self, RecoveryLinks, Texts, CRASH_ATTRIBUTE, RESET_PARAM};
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::session::STORAGE_KEY;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn document() -> Document {
    window().document().expect("a document")
}

/// A widget mounted in a fresh `<div id=... class=...>` on the page, rendered.
async fn mounted(id: &str) -> Element {
    let root = document().create_element("div").expect("create a div");
    root.set_id(id);
    root.set_class_name("host-layout");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("attach");
    painmap::mount(root.clone(), Settings::default());
    yew::scheduler::flush().await;
    assert!(
        root.query_selector("[data-region]").unwrap().is_some(),
        "the map is up before the panic"
    );
    root
}

/// Waits `ms` milliseconds on the browser's clock (timers and the panic's trap run meanwhile).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("setTimeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timer");
}

/// Checks the apology that took `old`'s place and returns it.
fn assert_apology_replaced(old: &Element, id: &str) -> Element {
    assert!(!old.is_connected(), "the broken widget left the page");
    let fresh = document()
        .get_element_by_id(id)
        .expect("an element took the widget's place, with its id");
    assert_eq!(
        fresh.class_name(),
        "host-layout",
        "the host's classes are kept"
    );
    assert!(
        fresh
            .query_selector(&format!("[{CRASH_ATTRIBUTE}]"))
            .unwrap()
            .is_some(),
        "the apology is marked"
    );
    let pack = Pack::english();
    let heading = fresh
        .query_selector("main h1")
        .unwrap()
        .expect("a heading in a main landmark");
    assert_eq!(
        heading.text_content().as_deref(),
        Some(pack.ui(Ui::PanicTitle))
    );
    let text = fresh.text_content().unwrap_or_default();
    assert!(text.contains(pack.ui(Ui::PanicText)), "{text}");
    assert!(
        fresh.query_selector("[data-region]").unwrap().is_none(),
        "nothing of the old widget is left"
    );
    assert!(
        fresh.query_selector("script").unwrap().is_none(),
        "no script in the apology"
    );
    assert!(
        fresh.query_selector("[style]").unwrap().is_none(),
        "no style attribute in the apology"
    );
    assert_eq!(
        fresh
            .query_selector("[role=alert]")
            .unwrap()
            .map(|e| e.tag_name()),
        Some("SECTION".to_string()),
        "screen readers hear it at once"
    );

    let links = RecoveryLinks::for_page(&window().location().href().unwrap());
    let restart = fresh
        .query_selector("a[data-action=restart]")
        .unwrap()
        .expect("a start-again link");
    assert_eq!(restart.get_attribute("href"), Some(links.restart.clone()));
    assert_eq!(
        restart.text_content().as_deref(),
        Some(pack.ui(Ui::PanicRestart))
    );
    assert!(links.restart.contains(RESET_PARAM));
    let reload = fresh
        .query_selector("a[data-action=reload]")
        .unwrap()
        .expect("a reload link");
    assert_eq!(reload.get_attribute("href"), Some(links.retry));
    assert_eq!(
        reload.text_content().as_deref(),
        Some(pack.ui(Ui::PanicRetry))
    );
    fresh
}

#[wasm_bindgen_test]
async fn the_apology_replaces_the_widget_in_place_and_takes_focus_only_from_the_widget() {
    let root = mounted("pm-test-direct").await;
    // Focus inside the widget (its Next button): the apology's heading takes it over.
    root.query_selector("[data-action=next]")
        .unwrap()
        .expect("a Next button")
        .unchecked_into::<HtmlElement>()
        .focus()
        .unwrap();
    let links = RecoveryLinks::for_page(&window().location().href().unwrap());
    let fresh = panic::show_apology(&root, &Texts::from_pack(Pack::english()), &links)
        .expect("the apology renders");
    let again = assert_apology_replaced(&root, "pm-test-direct");
    assert_eq!(fresh, again);
    let focused = document().active_element().expect("something has focus");
    assert_eq!(
        focused.id(),
        "pm-crash-heading",
        "focus moved to the apology"
    );

    // Focus outside the widget (a host page's field) stays where it is.
    let input = document().create_element("input").unwrap();
    document().body().unwrap().append_child(&input).unwrap();
    let other = mounted("pm-test-host-focus").await;
    input.unchecked_ref::<HtmlElement>().focus().unwrap();
    panic::show_apology(&other, &Texts::from_pack(Pack::english()), &links).unwrap();
    assert_eq!(document().active_element(), Some(input.clone()));

    fresh.remove();
    document()
        .get_element_by_id("pm-test-host-focus")
        .unwrap()
        .remove();
    input.remove();
}

#[wasm_bindgen(inline_js = "export function capture_errors() {
    const seen = [];
    const log = console.error;
    console.error = (...a) => { seen.push(a.join(' ')); log.apply(console, a); };
    window.addEventListener('error', (e) => { seen.push('uncaught: ' + e.message); e.preventDefault(); });
    return seen;
}")]
extern "C" {
    fn capture_errors() -> js_sys::Array;
}

#[wasm_bindgen_test]
async fn a_real_panic_runs_the_hook_logs_and_replaces_every_widget() {
    let seen = capture_errors();
    let first = mounted("pm-test-hook-a").await;
    let second = mounted("pm-test-hook-b").await;
    // No hook is set here: mounting installed it, and rendering (which sets Yew's own hook unless
    // one was set through Yew) has not replaced it.
    // The panic happens in a callback the browser makes (as a click handler or timer would), so
    // the trap that follows ends that callback, not this test.
    let boom = Closure::once_into_js(|| -> () { panic!("boom from the test") });
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;

    let messages: Vec<String> = seen.iter().filter_map(|v| v.as_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("painmap stopped") && m.contains("boom from the test")),
        "the console has the message: {messages:?}"
    );
    let a = assert_apology_replaced(&first, "pm-test-hook-a");
    let b = assert_apology_replaced(&second, "pm-test-hook-b");

    // A second panic (a stale callback into the dead instance) only logs: the apology stays.
    let again = Closure::once_into_js(|| -> () { panic!("second boom") });
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(again.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;
    assert!(a.is_connected() && b.is_connected());
    assert_eq!(
        document().get_element_by_id("pm-test-hook-a"),
        Some(a.clone())
    );
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
fn the_start_again_link_makes_the_next_load_forget_the_saved_check() {
    let store = window().local_storage().unwrap().expect("localStorage");
    let history = window().history().unwrap();
    let before = window().location().href().unwrap();
    store.set_item(STORAGE_KEY, "{\"v\":1}").unwrap();

    // Without the parameter nothing is forgotten.
    assert!(!panic::forget_saved_check_if_asked());
    assert!(store.get_item(STORAGE_KEY).unwrap().is_some());

    let asked = RecoveryLinks::for_page(&before).restart;
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&asked))
        .unwrap();
    assert!(panic::forget_saved_check_if_asked());
    assert_eq!(store.get_item(STORAGE_KEY).unwrap(), None);
    let now = window().location().search().unwrap();
    assert!(
        !now.contains(RESET_PARAM),
        "the parameter left the address: {now}"
    );
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&before))
        .unwrap();
}

#[wasm_bindgen_test]
async fn after_the_runner_switches_language_the_apology_speaks_it() {
    let root = mounted("pm-test-lang").await;
    let switch = root
        .query_selector("[data-locale-switch]")
        .unwrap()
        .expect("the language switch");
    assert_eq!(
        switch.get_attribute("data-locale-switch").as_deref(),
        Some("es")
    );
    switch.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    sleep(0).await;
    yew::scheduler::flush().await;
    let lang = |el: &Element| {
        el.query_selector("[lang]")
            .unwrap()
            .and_then(|e| e.get_attribute("lang"))
    };
    assert_eq!(lang(&root).as_deref(), Some("es"), "the widget switched");
    panic::replace_widgets();
    assert!(!root.is_connected(), "the widget left the page");
    let fresh = document()
        .get_element_by_id("pm-test-lang")
        .expect("the apology took its place");
    assert_eq!(
        lang(&fresh).as_deref(),
        Some("es"),
        "the apology is in Spanish"
    );
    let spanish = Pack::for_locale(painmap_core::Locale::Es);
    let heading = fresh.query_selector("main h1").unwrap().expect("a heading");
    assert_eq!(
        heading.text_content().as_deref(),
        Some(spanish.ui(Ui::PanicTitle))
    );
    fresh.remove();
    window()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(STORAGE_KEY)
        .unwrap();
}

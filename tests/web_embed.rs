//! The embed mount in a real browser: `mount_all` puts one widget in an open shadow root of every
//! `[data-painmap]` element, with the stylesheets linked inside it and each element's own
//! settings; running it again mounts nothing twice; the standalone entry stays away from a page
//! that embeds. (Run by `make test` via `cargo test -p painmap --target wasm32-unknown-unknown`.)
#![cfg(target_arch = "wasm32")]

use painmap::embed::{self, Units};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// A `[data-painmap]` element with the given attributes, attached to the body.
fn host(attrs: &[(&str, &str)]) -> Element {
    let el = document().create_element("div").expect("create a div");
    el.set_attribute("data-painmap", "")
        .expect("set data-painmap");
    for (name, value) in attrs {
        el.set_attribute(name, value).expect("set attribute");
    }
    document()
        .body()
        .expect("a body")
        .append_child(&el)
        .expect("attach");
    el
}

#[wasm_bindgen_test]
async fn mount_all_puts_a_widget_in_each_shadow_root_with_its_own_settings() {
    let plain = host(&[]);
    let clinic = host(&[
        ("data-clinic-name", "Harbour Physio"),
        ("data-accent", "#1F4E79"),
        ("data-units", "mi"),
    ]);
    let sheets = vec![
        "data:text/css,.pm-x{}".to_string(),
        "data:text/css,.pm-y{}".to_string(),
    ];

    assert_eq!(painmap::mount_all(sheets.clone()), 2);
    yew::scheduler::flush().await;

    for el in [&plain, &clinic] {
        let shadow = el.shadow_root().expect("an open shadow root");
        let links = shadow
            .query_selector_all("link[rel=stylesheet]")
            .expect("selector");
        let hrefs: Vec<String> = (0..links.length())
            .filter_map(|i| {
                links
                    .item(i)?
                    .dyn_into::<Element>()
                    .ok()?
                    .get_attribute("href")
            })
            .collect();
        assert_eq!(
            hrefs, sheets,
            "the widget's stylesheets are linked inside the shadow root"
        );
        let container = shadow
            .query_selector(".pm-embed")
            .expect("selector")
            .expect("the widget's container");
        assert!(
            container
                .query_selector(".pm-root")
                .expect("selector")
                .is_some(),
            "the app rendered inside"
        );
        assert_eq!(
            el.child_element_count(),
            0,
            "nothing is added to the host's own (light) DOM"
        );
    }

    let accent = |el: &Element| {
        let container = el
            .shadow_root()
            .unwrap()
            .query_selector(".pm-embed")
            .unwrap()
            .unwrap();
        container
            .dyn_into::<HtmlElement>()
            .unwrap()
            .style()
            .get_property_value(painmap::accent::ACCENT_PROPERTY)
            .unwrap()
    };
    assert_eq!(
        accent(&clinic),
        "#1f4e79",
        "the clinic's accent arrives through the CSSOM"
    );
    assert_eq!(accent(&plain), "", "no accent given, none set");
    assert_eq!(
        clinic.get_attribute("style"),
        None,
        "the host element itself is not restyled"
    );

    // The embed script loaded twice: nothing is mounted twice.
    assert_eq!(painmap::mount_all(sheets), 0);
    assert_eq!(
        clinic
            .shadow_root()
            .unwrap()
            .query_selector_all(".pm-embed")
            .unwrap()
            .length(),
        1
    );

    plain.remove();
    clinic.remove();
}

/// Switches a mounted widget's units, a change worth saving (a blank check is not saved).
async fn touch(host: &Element) {
    let button = host
        .shadow_root()
        .expect("mounted in a shadow root")
        .query_selector("[data-units]")
        .unwrap()
        .expect("the units switch");
    button.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// The saved-check keys in `localStorage` (`session::storage_key`s).
fn saved_keys() -> Vec<String> {
    let store = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let mut keys: Vec<String> = (0..store.length().unwrap())
        .filter_map(|i| store.key(i).unwrap())
        .filter(|k| painmap_core::session::is_storage_key(k))
        .collect();
    keys.sort();
    keys
}

#[wasm_bindgen_test]
async fn every_widget_on_a_page_saves_under_its_own_key_even_one_added_later_in_front() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let a = host(&[]);
    let b = host(&[]);
    assert_eq!(painmap::mount_all(vec![]), 2);
    yew::scheduler::flush().await;
    assert_eq!(
        saved_keys(),
        Vec::<String>::new(),
        "a fresh check is not saved"
    );
    touch(&a).await;
    touch(&b).await;
    let first = saved_keys();
    assert_eq!(first.len(), 2, "two widgets, two saved checks: {first:?}");

    // The host adds a widget in front of the others and runs the embed again: the newcomer must
    // not take a key a live widget already saves under.
    let front = document().create_element("div").unwrap();
    front.set_attribute("data-painmap", "").unwrap();
    document()
        .body()
        .unwrap()
        .insert_before(&front, Some(&a))
        .unwrap();
    assert_eq!(painmap::mount_all(vec![]), 1);
    yew::scheduler::flush().await;
    touch(&front).await;
    let all = saved_keys();
    assert_eq!(all.len(), 3, "a third key for the third widget: {all:?}");
    assert!(first.iter().all(|k| all.contains(k)));

    for el in [a, b, front] {
        el.remove();
    }
}

#[wasm_bindgen_test]
fn settings_are_read_from_data_attributes_and_bad_ones_fall_back() {
    let el = host(&[
        ("data-clinic-name", "  Harbour   Physio "),
        ("data-phone", "+1 604 555 0100"),
        ("data-booking-url", "javascript:alert(1)"),
        ("data-units", "mi"),
        ("data-accent", "red; background: url(x)"),
    ]);
    let (settings, warnings) = embed::from_element(&el);
    let clinic = settings.clinic.expect("a clinic");
    assert_eq!(clinic.name.as_deref(), Some("Harbour Physio"));
    assert_eq!(clinic.phone.expect("phone").tel_href(), "tel:+16045550100");
    assert_eq!(clinic.booking_url, None);
    assert_eq!(settings.accent, None);
    assert_eq!(settings.units, Units::Mi);
    let named: Vec<String> = warnings.iter().map(|w| w.name()).collect();
    assert_eq!(named, ["data-booking-url", "data-accent"]);
    el.remove();
}

#[wasm_bindgen_test]
async fn the_standalone_entry_leaves_a_page_that_embeds_alone() {
    let standalone = document().create_element("div").unwrap();
    standalone
        .set_attribute("id", painmap::STANDALONE_ROOT_ID)
        .unwrap();
    document()
        .body()
        .unwrap()
        .append_child(&standalone)
        .unwrap();
    assert!(
        painmap::standalone_root(&document()).is_some(),
        "a page with #painmap and no embed element is standalone"
    );

    // A clinic that wraps its embed element in a section called "painmap" is still a host page.
    let el = host(&[]);
    standalone.append_child(&el).unwrap();
    assert!(painmap::standalone_root(&document()).is_none());
    painmap::start_standalone();
    yew::scheduler::flush().await;
    assert_eq!(
        standalone.child_element_count(),
        1,
        "start_standalone mounted nothing into the host's element"
    );

    standalone.remove();
}

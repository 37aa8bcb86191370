//! The origin view in headless Chromium: it draws the chain from where a problem starts (the hip
//! muscles, the lower back) to where it hurts, as a figure and in words. (Run by `make test` via
//! `cargo test -p painmap --target wasm32-unknown-unknown`.)
#![cfg(target_arch = "wasm32")]

mod web_support;

use painmap::ui::origin_view::origin_view;
use painmap_core::content::Pack;
use painmap_core::ids::{Origin, RegionSel};
use wasm_bindgen_test::*;
use web_support::{box_of, fresh_root, has_class, q, q_all, sel};
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct OriginProps {
    sites: Vec<RegionSel>,
    origin: Origin,
}

#[function_component(OriginHarness)]
fn origin_harness(p: &OriginProps) -> Html {
    html! { <div class="pm-root">{ origin_view(&p.sites, p.origin, Pack::english()) }</div> }
}

async fn mount_origin(sites: &[&str], origin: Origin) -> Element {
    let root = fresh_root();
    let props = OriginProps {
        sites: sites.iter().map(|s| sel(s)).collect(),
        origin,
    };
    yew::Renderer::<OriginHarness>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn center_y(el: &Element) -> f64 {
    let b = box_of(el);
    (b[1] + b[3]) / 2.0
}

#[wasm_bindgen_test]
async fn the_origin_view_draws_knee_pain_from_the_hip_muscles() {
    let root = mount_origin(&["knee-front.left"], Origin::Hip).await;
    let fig = q(&root, "[data-origin-view]");
    assert_eq!(
        fig.get_attribute("data-origin-view").as_deref(),
        Some("hip")
    );
    assert_eq!(
        fig.get_attribute("data-figure-view").as_deref(),
        Some("front")
    );
    // SPEC's `data-origin` belongs to the condition on the results, not to this figure.
    assert!(root.query_selector("[data-origin]").unwrap().is_none());
    let zone = q(&root, "[data-origin-zone=\"hip\"]");
    assert_eq!(
        zone.get_attribute("data-side").as_deref(),
        Some("left"),
        "the hip on the same side as the knee"
    );
    let site = q(&root, "[data-site=\"knee-front.left\"]");
    let arrow = q(&root, ".pm-origin-arrow[data-to=\"knee-front.left\"]");
    assert!(!q(&arrow, ".pm-origin-shaft")
        .get_attribute("d")
        .unwrap()
        .is_empty());
    // The arrow runs down from the hip to the knee.
    assert!(center_y(&zone) < center_y(&site));
    let a = box_of(&arrow);
    assert!(a[1] < center_y(&site) && a[3] > center_y(&zone));
    // And in words, start then site.
    let caption = q(&root, "figcaption").text_content().unwrap();
    assert_eq!(
        caption,
        "Starts at: your hip muscles→Felt at: your left knee"
    );
    let label = q(&root, "svg").get_attribute("aria-label").unwrap();
    assert!(
        label.contains("your hip muscles") && label.contains("your left knee"),
        "{label}"
    );
}

#[wasm_bindgen_test]
async fn the_origin_view_draws_hip_pain_from_the_lower_back() {
    let root = mount_origin(&["buttock-si.right", "hip-outer.right"], Origin::Spine).await;
    let fig = q(&root, "[data-origin-view]");
    assert_eq!(
        fig.get_attribute("data-origin-view").as_deref(),
        Some("spine")
    );
    assert_eq!(
        fig.get_attribute("data-figure-view").as_deref(),
        Some("back"),
        "the spine is drawn from behind"
    );
    let zones = q_all(&root, "[data-origin-zone=\"spine\"]");
    assert_eq!(zones.len(), 1, "one spine for every site");
    assert_eq!(
        q_all(&zones[0], ".pm-origin-focus").len(),
        3,
        "L4, L5 and the top of the sacrum stand out"
    );
    assert!(!has_class(&zones[0], "pm-origin-zone--behind"));
    for place in ["buttock-si.right", "hip-outer.right"] {
        let site = q(&root, &format!("[data-site=\"{place}\"]"));
        q(&root, &format!(".pm-origin-arrow[data-to=\"{place}\"]"));
        assert!(
            center_y(&zones[0]) < center_y(&site),
            "{place} is below the lumbar spine"
        );
    }
    let caption = q(&root, "figcaption").text_content().unwrap();
    assert!(
        caption.starts_with("Starts at: your lower back (L4–L5 and L5–S1)"),
        "{caption}"
    );
    assert!(
        caption.ends_with("Felt at: your right buttock and your right hip"),
        "{caption}"
    );

    // Front-pocket pain: the front view, with the spine seen through the body.
    let root = mount_origin(&["hip-front.left"], Origin::Spine).await;
    assert_eq!(
        q(&root, "[data-origin-view]")
            .get_attribute("data-figure-view")
            .as_deref(),
        Some("front")
    );
    assert!(has_class(
        &q(&root, "[data-origin-zone]"),
        "pm-origin-zone--behind"
    ));
    q(&root, ".pm-origin-arrow[data-to=\"hip-front.left\"]");
}

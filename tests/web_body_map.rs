//! The body map and its list in headless Chromium: clicks and keys toggle places, arrow keys move
//! between them, map and list agree, every place has its name from the pack, the sides are where
//! the captions say, and chips remove what they name. (Run by `make test` via
//! `cargo test -p painmap --target wasm32-unknown-unknown`.)
#![cfg(target_arch = "wasm32")]

mod web_support;

use painmap::ui::body_map::figure::{figure, View};
use painmap::ui::body_map::{BodyMap, MapView};
use painmap::ui::region_list::RegionList;
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::ids::RegionSel;
use painmap_core::vec_set::VecSet;
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{
    active_el, box_of, click, enter, focus_el, fresh_root, has_class, key, q, q_all, sel,
};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    /// Also render the list beside the map, sharing the selection.
    with_list: bool,
}

/// Owns the selection the way the app does and hands it to the map (and the list).
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let selected = use_reducer(|| Picked(Rc::new(VecSet::new())));
    let on_toggle = {
        let selected = selected.clone();
        Callback::from(move |s: RegionSel| selected.dispatch(s))
    };
    html! {
        <div class="pm-root">
            <BodyMap selected={selected.0.clone()} on_toggle={on_toggle.clone()} />
            if props.with_list {
                <div class="harness-list">
                    <RegionList selected={selected.0.clone()} {on_toggle} />
                </div>
            }
        </div>
    }
}

#[derive(PartialEq)]
struct Picked(Rc<VecSet<RegionSel>>);

impl Reducible for Picked {
    type Action = RegionSel;
    fn reduce(self: Rc<Self>, s: RegionSel) -> Rc<Self> {
        let mut set = (*self.0).clone();
        if !set.remove(&s) {
            set.insert(s);
        }
        Rc::new(Picked(Rc::new(set)))
    }
}

async fn mount_map(with_list: bool) -> Element {
    let root = fresh_root();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { with_list })
        .render();
    yew::scheduler::flush().await;
    root
}

/// The map's element for a place (in the figure, not the list).
fn region(root: &Element, place: &str) -> Element {
    let s = sel(place);
    q(
        root,
        &format!(
            ".pm-fig [data-region=\"{}\"][data-side=\"{}\"]",
            s.region, s.side
        ),
    )
}

fn checked(el: &Element) -> bool {
    el.get_attribute("aria-checked").as_deref() == Some("true")
}

async fn switch_view(root: &Element, view: &str) {
    q(root, &format!("[data-view=\"{view}\"]"))
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn clicking_a_region_toggles_it_and_shows_a_chip_that_removes_it() {
    let root = mount_map(false).await;
    let pack = Pack::english();
    let knee = region(&root, "knee-front.left");
    assert!(!checked(&knee));
    assert!(root.query_selector("[data-chip]").unwrap().is_none());
    assert!(root
        .text_content()
        .unwrap()
        .contains(pack.ui(Ui::MapChipsEmpty)));

    click(&knee);
    yew::scheduler::flush().await;
    let knee = region(&root, "knee-front.left");
    assert!(checked(&knee), "a click selects");
    assert!(has_class(&knee, "pm-region--on"));
    let chip = q(&root, "[data-chip=\"knee-front.left\"]");
    assert_eq!(
        chip.get_attribute("aria-label").as_deref(),
        Some("Remove Left knee, around or behind the kneecap")
    );
    assert_eq!(
        chip.text_content().unwrap().trim(),
        "Left knee, around or behind the kneecap"
    );

    // Several at once.
    click(&region(&root, "hip-outer.right"));
    yew::scheduler::flush().await;
    assert_eq!(q_all(&root, "[data-chip]").len(), 2);

    // The chip removes its place, and focus moves to the chip that takes its place.
    // (Chips are keyed, so this element still belongs to the knee after the hip's chip arrived.)
    assert_eq!(
        chip.get_attribute("data-chip").as_deref(),
        Some("knee-front.left")
    );
    chip.unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!(
        !checked(&region(&root, "knee-front.left")),
        "the chip unselects its place"
    );
    let chips = q_all(&root, "[data-chip]");
    assert_eq!(chips.len(), 1);
    assert_eq!(
        active_el()
            .and_then(|e| e.get_attribute("data-chip"))
            .as_deref(),
        Some("hip-outer.right")
    );

    // A second click on the map unselects too.
    click(&region(&root, "hip-outer.right"));
    yew::scheduler::flush().await;
    assert!(!checked(&region(&root, "hip-outer.right")));
    assert!(q_all(&root, "[data-chip]").is_empty());
}

#[wasm_bindgen_test]
async fn enter_and_space_toggle_and_arrow_keys_move_focus_with_one_tab_stop() {
    let root = mount_map(false).await;
    let stops = |root: &Element| q_all(root, ".pm-fig [tabindex=\"0\"]");
    assert_eq!(
        stops(&root).len(),
        1,
        "Tab enters the figure at exactly one region"
    );
    assert_eq!(
        q_all(&root, ".pm-fig [data-region]").len(),
        figure(View::Front).spots.len()
    );

    let kneecap = region(&root, "knee-front.right");
    focus_el(&kneecap);
    yew::scheduler::flush().await;
    assert_eq!(
        region(&root, "knee-front.right")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0"),
        "focus moves the tab stop"
    );

    assert!(key(&kneecap, "Enter"), "Enter is handled");
    yew::scheduler::flush().await;
    assert!(checked(&region(&root, "knee-front.right")), "Enter selects");
    assert!(
        key(&region(&root, "knee-front.right"), " "),
        "Space is handled (and does not scroll the page)"
    );
    yew::scheduler::flush().await;
    assert!(
        !checked(&region(&root, "knee-front.right")),
        "Space unselects"
    );
    assert!(key(&region(&root, "knee-front.right"), " "));
    yew::scheduler::flush().await;
    assert!(checked(&region(&root, "knee-front.right")), "Space selects");

    // Down goes to the tendon below the kneecap, Left (on the picture) to the outer knee.
    assert!(key(&region(&root, "knee-front.right"), "ArrowDown"));
    yew::scheduler::flush().await;
    let focused = active_el().expect("something has focus");
    assert_eq!(
        focused.get_attribute("data-region").as_deref(),
        Some("knee-below-kneecap")
    );
    assert_eq!(focused.get_attribute("data-side").as_deref(), Some("right"));
    assert_eq!(stops(&root).len(), 1);
    assert_eq!(
        stops(&root)[0].get_attribute("data-region").as_deref(),
        Some("knee-below-kneecap")
    );

    key(&focused, "ArrowUp");
    yew::scheduler::flush().await;
    key(&active_el().unwrap(), "ArrowLeft");
    yew::scheduler::flush().await;
    let focused = active_el().unwrap();
    assert_eq!(
        focused.get_attribute("data-region").as_deref(),
        Some("knee-outer")
    );
    assert_eq!(focused.get_attribute("data-side").as_deref(), Some("right"));

    // Home and End reach the first and last region of the view.
    key(&focused, "End");
    yew::scheduler::flush().await;
    let last = figure(View::Front).spots.last().unwrap().sel;
    assert_eq!(
        active_el().unwrap().get_attribute("data-region").as_deref(),
        Some(last.region.as_str())
    );
    // Other keys are left alone (Tab must still leave the figure).
    assert!(!key(&active_el().unwrap(), "Tab"));
}

#[wasm_bindgen_test]
async fn every_place_has_its_name_from_the_pack_and_every_view_shows_its_caption() {
    let root = mount_map(false).await;
    let pack = Pack::english();
    let mut seen = BTreeSet::new();
    for (view, fig) in [
        ("front", View::Front),
        ("back", View::Back),
        ("side", View::Side),
    ] {
        switch_view(&root, view).await;
        let button = q(&root, &format!("[data-view=\"{view}\"]"));
        assert_eq!(
            button.get_attribute("aria-pressed").as_deref(),
            Some("true")
        );
        assert!(root
            .text_content()
            .unwrap()
            .contains(pack.ui(Ui::parse(&format!("map.caption.{view}")).expect("a caption key"))));
        let svg = q(&root, "svg.pm-fig");
        assert_eq!(
            svg.get_attribute("aria-label").as_deref(),
            Some(pack.ui(Ui::parse(&format!("map.figure.{view}")).expect("a figure key")))
        );
        let regions = q_all(&root, ".pm-fig [data-region]");
        assert_eq!(regions.len(), figure(fig).spots.len());
        for el in regions {
            let place = RegionSel::parse(&format!(
                "{}.{}",
                el.get_attribute("data-region").unwrap(),
                el.get_attribute("data-side").unwrap()
            ))
            .expect("data-region and data-side name a SPEC place");
            assert_eq!(el.get_attribute("role").as_deref(), Some("checkbox"));
            assert_eq!(
                el.get_attribute("aria-label"),
                Some(pack.region_name(place)),
                "{place}"
            );
            assert!(
                el.get_attribute("tabindex").is_some(),
                "{place} is focusable"
            );
            seen.insert(place);
        }
    }
    assert_eq!(
        seen,
        RegionSel::all().collect::<BTreeSet<_>>(),
        "every place of SPEC is on some view"
    );
}

#[wasm_bindgen_test]
async fn the_runners_left_is_on_the_right_from_the_front_and_on_the_left_from_behind() {
    let root = mount_map(false).await;
    let x = |root: &Element, place: &str| {
        let b = box_of(&region(root, place));
        (b[0] + b[2]) / 2.0
    };
    assert!(x(&root, "knee-front.left") > x(&root, "knee-front.right"));
    let orient = q(&root, ".pm-map-orient").text_content().unwrap();
    assert!(
        orient.starts_with("Your right") && orient.ends_with("Your left"),
        "{orient}"
    );
    switch_view(&root, "back").await;
    assert!(x(&root, "knee-back.left") < x(&root, "knee-back.right"));
    let orient = q(&root, ".pm-map-orient").text_content().unwrap();
    assert!(
        orient.starts_with("Your left") && orient.ends_with("Your right"),
        "{orient}"
    );
}

#[wasm_bindgen_test]
async fn hovering_or_focusing_a_region_names_it_in_the_caption() {
    let root = mount_map(false).await;
    let pack = Pack::english();
    assert_eq!(
        q(&root, ".pm-map-status").text_content().unwrap(),
        pack.ui(Ui::MapStatusIdle)
    );
    enter(&region(&root, "hip-front.left"));
    yew::scheduler::flush().await;
    let status = q(&root, ".pm-map-status").text_content().unwrap();
    assert!(
        status.contains("Left hip, front (the front-pocket area)"),
        "{status}"
    );
    // An out-of-scope place says so.
    focus_el(&region(&root, "shin.right"));
    yew::scheduler::flush().await;
    let status = q(&root, ".pm-map-status").text_content().unwrap();
    assert!(status.contains(pack.ui(Ui::MapStatusOther)), "{status}");
    assert!(has_class(&region(&root, "shin.right"), "pm-region--other"));
}

#[wasm_bindgen_test]
async fn map_and_list_stay_in_sync() {
    // The list view of the map itself.
    let root = mount_map(false).await;
    click(&region(&root, "knee-front.left"));
    yew::scheduler::flush().await;
    switch_view(&root, "list").await;
    assert!(
        root.query_selector(".pm-fig").unwrap().is_none(),
        "one view at a time"
    );
    let boxes = q_all(&root, "input[type=checkbox][data-region][data-side]");
    assert_eq!(
        boxes.len(),
        RegionSel::all().count(),
        "every place is in the list"
    );
    let pack = Pack::english();
    for b in &boxes {
        let place = RegionSel::parse(&format!(
            "{}.{}",
            b.get_attribute("data-region").unwrap(),
            b.get_attribute("data-side").unwrap()
        ))
        .unwrap();
        let input = b.clone().unchecked_into::<HtmlInputElement>();
        assert_eq!(input.checked(), place == sel("knee-front.left"), "{place}");
        // Sided boxes carry the full name; the lower back is named by its visible label.
        if place.region.is_central() {
            assert_eq!(
                b.parent_element().unwrap().text_content().unwrap().trim(),
                pack.region_label(place.region)
            );
        } else {
            assert_eq!(b.get_attribute("aria-label"), Some(pack.region_name(place)));
        }
    }
    let lower_back = q(
        &root,
        "input[data-region=\"lower-back\"][data-side=\"center\"]",
    );
    lower_back.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!(q(&root, "input[data-region=\"lower-back\"]")
        .unchecked_into::<HtmlInputElement>()
        .checked());
    switch_view(&root, "back").await;
    assert!(
        checked(&region(&root, "lower-back.center")),
        "ticked in the list, selected on the map"
    );
    switch_view(&root, "front").await;
    assert!(checked(&region(&root, "knee-front.left")));
    assert_eq!(q_all(&root, "[data-chip]").len(), 2);

    // A list rendered beside the map follows every click at once, both ways.
    let root = mount_map(true).await;
    click(&region(&root, "thigh-outer.right"));
    yew::scheduler::flush().await;
    let in_list = q(
        &root,
        ".harness-list input[data-region=\"thigh-outer\"][data-side=\"right\"]",
    );
    assert!(in_list
        .clone()
        .unchecked_into::<HtmlInputElement>()
        .checked());
    in_list.unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!(!checked(&region(&root, "thigh-outer.right")));
    q(
        &root,
        ".harness-list input[data-region=\"knee-outer\"][data-side=\"left\"]",
    )
    .unchecked_into::<HtmlElement>()
    .click();
    yew::scheduler::flush().await;
    assert!(checked(&region(&root, "knee-outer.left")));
}

#[wasm_bindgen_test]
async fn the_first_view_can_be_chosen() {
    let root = fresh_root();
    #[function_component(ListFirst)]
    fn list_first() -> Html {
        html! { <BodyMap selected={Rc::new(VecSet::new())} on_toggle={Callback::noop()} initial_view={MapView::List} /> }
    }
    yew::Renderer::<ListFirst>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(
        q(&root, "[data-view=\"list\"]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(root.query_selector(".pm-list").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_sit_bone_is_on_the_back_view_named_and_reachable_by_keyboard() {
    let root = mount_map(false).await;
    let pack = Pack::english();
    switch_view(&root, "back").await;
    for place in ["sit-bone.left", "sit-bone.right"] {
        let el = region(&root, place);
        assert_eq!(el.get_attribute("role").as_deref(), Some("checkbox"));
        assert_eq!(
            el.get_attribute("aria-label"),
            Some(pack.region_name(sel(place)))
        );
        assert!(!has_class(&el, "pm-region--other"), "{place} is covered");
        // Drawn as a region: a touch area and a visible shape.
        assert!(!q(&el, ".pm-region-hit")
            .get_attribute("d")
            .unwrap()
            .is_empty());
        assert!(!q(&el, ".pm-region-shape")
            .get_attribute("d")
            .unwrap()
            .is_empty());
    }
    assert_eq!(
        pack.region_name(sel("sit-bone.left")),
        "Left buttock, low down, at the sit bone"
    );
    // Low in the buttock: below the buttock's region, above the back of the knee, towards the
    // middle; the runner's left on the left of the picture from behind.
    let mid_y = |place: &str| {
        let b = box_of(&region(&root, place));
        (b[1] + b[3]) / 2.0
    };
    assert!(mid_y("sit-bone.left") > mid_y("buttock-si.left"));
    assert!(mid_y("sit-bone.left") < mid_y("knee-back.left"));
    let mid_x = |place: &str| {
        let b = box_of(&q(&region(&root, place), ".pm-region-shape"));
        (b[0] + b[2]) / 2.0
    };
    assert!(mid_x("sit-bone.left") < mid_x("sit-bone.right"));
    assert!(mid_x("sit-bone.left") > mid_x("hip-outer.left"));

    // From the buttock, Down reaches the sit bone; Enter picks it; Right crosses to the other one.
    focus_el(&region(&root, "buttock-si.left"));
    yew::scheduler::flush().await;
    assert!(key(&region(&root, "buttock-si.left"), "ArrowDown"));
    yew::scheduler::flush().await;
    let focused = active_el().expect("something has focus");
    assert_eq!(
        focused.get_attribute("data-region").as_deref(),
        Some("sit-bone")
    );
    assert_eq!(focused.get_attribute("data-side").as_deref(), Some("left"));
    assert!(key(&focused, "Enter"));
    yew::scheduler::flush().await;
    assert!(checked(&region(&root, "sit-bone.left")));
    assert_eq!(
        q(&root, "[data-chip=\"sit-bone.left\"]")
            .text_content()
            .unwrap()
            .trim(),
        "Left buttock, low down, at the sit bone"
    );
    assert!(key(&region(&root, "sit-bone.left"), "ArrowRight"));
    yew::scheduler::flush().await;
    assert_eq!(
        active_el()
            .and_then(|e| e.get_attribute("data-side"))
            .as_deref(),
        Some("right")
    );
    assert!(key(&region(&root, "sit-bone.right"), "ArrowUp"));
    yew::scheduler::flush().await;
    assert_eq!(
        active_el()
            .and_then(|e| e.get_attribute("data-region"))
            .as_deref(),
        Some("buttock-si")
    );
    // The caption names it without calling it uncovered.
    focus_el(&region(&root, "sit-bone.right"));
    yew::scheduler::flush().await;
    let status = q(&root, ".pm-map-status").text_content().unwrap();
    assert!(
        status.contains("Right buttock, low down, at the sit bone"),
        "{status}"
    );
    assert!(!status.contains(pack.ui(Ui::MapStatusOther)), "{status}");

    // In the list too, with the hip and thigh, both sides, named in full.
    switch_view(&root, "list").await;
    let boxes = q_all(&root, "input[data-region=\"sit-bone\"]");
    assert_eq!(boxes.len(), 2);
    for b in &boxes {
        let place = sel(&format!(
            "sit-bone.{}",
            b.get_attribute("data-side").unwrap()
        ));
        assert_eq!(b.get_attribute("aria-label"), Some(pack.region_name(place)));
        let group = b.closest("fieldset").unwrap().unwrap();
        assert_eq!(
            q(&group, "legend").text_content().unwrap(),
            pack.ui(Ui::MapAreaHipAndThigh)
        );
        let row = b.closest(".pm-list-row").unwrap().unwrap();
        assert!(!has_class(&row, "pm-list-row--other"));
    }
    assert!(boxes
        .iter()
        .any(|b| b.clone().unchecked_into::<HtmlInputElement>().checked()));
}

#[wasm_bindgen_test]
async fn groin_and_inner_knee_show_as_covered_everywhere() {
    let root = mount_map(true).await;
    let pack = Pack::english();
    for place in [
        "groin.left",
        "groin.right",
        "knee-inner.left",
        "knee-inner.right",
    ] {
        let el = region(&root, place);
        assert!(!has_class(&el, "pm-region--other"), "{place} on the map");
        focus_el(&el);
        yew::scheduler::flush().await;
        let status = q(&root, ".pm-map-status").text_content().unwrap();
        assert!(status.contains(&pack.region_name(sel(place))), "{status}");
        assert!(
            !status.contains(pack.ui(Ui::MapStatusOther)),
            "{place}: {status}"
        );
        let s = sel(place);
        let row = q(
            &root,
            &format!(
                ".harness-list input[data-region=\"{}\"][data-side=\"{}\"]",
                s.region, s.side
            ),
        )
        .closest(".pm-list-row")
        .unwrap()
        .unwrap();
        assert!(
            !has_class(&row, "pm-list-row--other"),
            "{place} in the list"
        );
    }
    click(&region(&root, "groin.left"));
    click(&region(&root, "knee-inner.right"));
    yew::scheduler::flush().await;
    for chip in ["groin.left", "knee-inner.right"] {
        let el = q(&root, &format!("[data-chip=\"{chip}\"]"));
        assert!(!has_class(&el, "pm-chip--other"), "{chip}");
    }
    // Places outside the check are still marked as such, so the legend still has its key.
    assert!(has_class(&region(&root, "shin.left"), "pm-region--other"));
    assert_eq!(q_all(&root, ".pm-map-legend li").len(), 2);
    // The side view holds only covered places: no "not covered" key there.
    switch_view(&root, "side").await;
    assert_eq!(q_all(&root, ".pm-map-legend li").len(), 1);
    assert!(q_all(&root, ".pm-fig .pm-region--other").is_empty());
}

//! The origin view in headless Chromium: it draws the chain from where a problem starts (the hip
//! muscles, the lower back) to where it hurts, as a figure and in words; a problem that starts
//! where it hurts (a `local` origin) gets the sore place alone, no arrow, and what loads it. (Run by `make test` via
//! `cargo test -p painmap --target wasm32-unknown-unknown`.)
#![cfg(target_arch = "wasm32")]

mod web_support;

use painmap::embed::Settings;
use painmap::ui::origin_view::origin_view;
use painmap::ui::results::Results;
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::ids::{Condition, Origin, RegionSel};
use painmap_core::session::{Session, Units};
use painmap_core::share;
use std::rc::Rc;
use wasm_bindgen_test::*;
use web_support::{box_of, fresh_root, has_class, q, q_all, sel};
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct OriginProps {
    sites: Vec<RegionSel>,
    origin: Origin,
    loaded_by: Option<String>,
}

#[function_component(OriginHarness)]
fn origin_harness(p: &OriginProps) -> Html {
    html! {
        <div class="pm-root">{ origin_view(&p.sites, p.origin, Pack::english(), p.loaded_by.as_deref()) }</div>
    }
}

async fn mount_origin(sites: &[&str], origin: Origin) -> Element {
    mount_origin_loaded(sites, origin, None).await
}

async fn mount_origin_loaded(sites: &[&str], origin: Origin, loaded_by: Option<&str>) -> Element {
    let root = fresh_root();
    let props = OriginProps {
        sites: sites.iter().map(|s| sel(s)).collect(),
        origin,
        loaded_by: loaded_by.map(str::to_string),
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

const LOADS: &str = "Hills, stairs, jumps and deep bent-knee loading.";

#[wasm_bindgen_test]
async fn a_local_origin_marks_the_sore_place_alone_and_names_what_loads_it() {
    let pack = Pack::english();
    let root = mount_origin_loaded(&["knee-below-kneecap.left"], Origin::Local, Some(LOADS)).await;
    let fig = q(&root, "[data-origin-view]");
    assert_eq!(
        fig.get_attribute("data-origin-view").as_deref(),
        Some("local")
    );
    assert_eq!(
        fig.get_attribute("data-figure-view").as_deref(),
        Some("front")
    );
    // No arrow and no separate start zone: only the site is marked.
    assert!(q_all(&root, ".pm-origin-arrow").is_empty(), "no arrow");
    assert!(
        q_all(&root, "[data-origin-zone]").is_empty(),
        "no start zone"
    );
    assert!(q_all(&root, ".pm-origin-focus, .pm-origin-bone").is_empty());
    let sites = q_all(&root, "[data-site]");
    assert_eq!(sites.len(), 1);
    assert_eq!(
        sites[0].get_attribute("data-site").as_deref(),
        Some("knee-below-kneecap.left")
    );
    // The site is in the window the figure shows.
    let (svg, site) = (box_of(&q(&root, "svg")), box_of(&sites[0]));
    assert!(
        site[1] >= svg[1] && site[3] <= svg[3],
        "{site:?} in {svg:?}"
    );

    // In words: it starts where it hurts, where that is, and what loads it; no chain arrow.
    let caption = q(&root, "figcaption").text_content().unwrap();
    assert!(!caption.contains('→'), "{caption}");
    assert!(
        caption.starts_with(&format!(
            "{} {}",
            pack.ui(Ui::MapOriginStarts),
            pack.ui(Ui::MapOriginLocal)
        )),
        "{caption}"
    );
    assert!(caption.contains("your left knee"), "{caption}");
    let loads = q(&root, "[data-origin-loads]").text_content().unwrap();
    assert_eq!(
        loads,
        format!("{} {LOADS}", pack.ui(Ui::MapOriginLocalLoads))
    );
    assert!(!pack.ui(Ui::MapOriginLocal).is_empty());
    assert!(!pack.ui(Ui::MapOriginLocalLoads).is_empty());
    // The accessible summary says it plainly too.
    let label = q(&root, "svg").get_attribute("aria-label").unwrap();
    assert_eq!(
        label,
        pack.ui(Ui::MapOriginLocalSummary)
            .replace("{felt}", "your left knee")
    );
    assert!(
        !label.contains("{felt}") && label.contains("your left knee"),
        "{label}"
    );
}

#[wasm_bindgen_test]
async fn a_local_origin_at_the_sit_bone_is_drawn_from_behind() {
    let root = mount_origin_loaded(&["sit-bone.right"], Origin::Local, Some(LOADS)).await;
    assert_eq!(
        q(&root, "[data-origin-view]")
            .get_attribute("data-figure-view")
            .as_deref(),
        Some("back"),
        "the sit bone is on the back view"
    );
    q(&root, "[data-site=\"sit-bone.right\"]");
    assert!(q_all(&root, ".pm-origin-arrow, [data-origin-zone]").is_empty());
    assert!(q(&root, "figcaption")
        .text_content()
        .unwrap()
        .contains("your right buttock"));

    // Without a loads text (content not there), the line is left out rather than left empty.
    let root = mount_origin_loaded(&["hip-outer.left"], Origin::Local, None).await;
    assert!(root
        .query_selector("[data-origin-loads]")
        .unwrap()
        .is_none());
    assert!(q_all(&root, ".pm-origin-arrow").is_empty());
}

#[wasm_bindgen_test]
async fn hip_and_spine_origins_keep_their_arrows_and_say_nothing_of_loads() {
    // A loads text handed to a hip or spine origin is not shown: they are explained by the arrow.
    for (origin, place) in [
        (Origin::Hip, "knee-front.right"),
        (Origin::Spine, "buttock-si.left"),
    ] {
        let root = mount_origin_loaded(&[place], origin, Some(LOADS)).await;
        q(&root, &format!(".pm-origin-arrow[data-to=\"{place}\"]"));
        q(&root, "[data-origin-zone]");
        assert!(root
            .query_selector("[data-origin-loads]")
            .unwrap()
            .is_none());
        assert!(q(&root, "figcaption").text_content().unwrap().contains('→'));
    }
}

#[derive(Properties, PartialEq)]
struct ResultsHarnessProps {
    session: Rc<Session>,
}

#[function_component(ResultsHarness)]
fn results_harness(p: &ResultsHarnessProps) -> Html {
    html! {
        <div class="pm-root">
            <Results pack={p.session.pack} session={p.session.clone()} settings={Settings::default()} units={Units::Km}
                on_action={Callback::noop()} on_restart={Callback::noop()} heading_ref={NodeRef::default()} />
        </div>
    }
}

#[wasm_bindgen_test]
async fn on_the_results_a_local_match_says_where_it_starts_and_what_loads_it() {
    let pack = Pack::english();
    // High hamstring tendon pain: deep at the sit bone, tender to press, worse sitting and uphill.
    let link = "v=1&regions=sit-bone.left&red-flags=none&pain-quality=deep-ache\
        &press-tender=yes&leg-symptoms=no&aggravators=long-sitting,uphill&duration=2-weeks-plus";
    let session = Session::from_check_input(share::decode(link).input, pack);
    let root = fresh_root();
    yew::Renderer::<ResultsHarness>::with_root_and_props(
        root.clone(),
        ResultsHarnessProps {
            session: Rc::new(session),
        },
    )
    .render();
    yew::scheduler::flush().await;

    let cards = q_all(&root, "[data-condition][data-origin=\"local\"]");
    assert!(!cards.is_empty(), "a local-origin match is shown");
    for card in cards {
        let id = card.get_attribute("data-condition").unwrap();
        let condition = Condition::parse(&id).expect("a SPEC condition");
        let content = pack.condition(condition).expect("its content");
        assert_eq!(
            q(&card, ".pm-origin-label").text_content().unwrap(),
            pack.ui(Ui::ResultsOriginLocal),
            "{id}"
        );
        let view = q(&card, ".pm-origin-view");
        assert_eq!(
            view.get_attribute("data-origin-view").as_deref(),
            Some("local")
        );
        assert!(
            q_all(&view, ".pm-origin-arrow, [data-origin-zone]").is_empty(),
            "{id}: no arrow, no start zone"
        );
        assert!(
            !q_all(&view, "[data-site]").is_empty(),
            "{id}: the site is marked"
        );
        let loads = content
            .loaded_by
            .as_ref()
            .unwrap_or_else(|| panic!("{id}: a local origin names what loads it"));
        assert_eq!(
            q(&view, "[data-origin-loads]").text_content().unwrap(),
            format!("{} {}", pack.ui(Ui::MapOriginLocalLoads), loads.text)
        );
    }
    root.remove();
}

//! The warning-signs step in headless Chromium (SPEC v2 safety rules): Next stays disabled, and
//! says why, until a sign or "None of these" is ticked; the signs are offered where they apply; a
//! share link without the signs says why it landed here and goes on to the results. (Run by
//! `make test` via `cargo test -p painmap --target wasm32-unknown-unknown`.)
#![cfg(target_arch = "wasm32")]

use painmap::ui::flow::QuestionStep;
use painmap::ui::hooks::SessionState;
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::session::{Action, Session, Step, Units};
use painmap_core::{share, RegionSel};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::click;
use web_sys::Element;
use yew::prelude::*;

mod web_support;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    start: Session,
}

/// Owns the session the way the app does and shows its current question; records the step in a
/// `data-step` attribute so a test can see where Next went.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let state = use_reducer({
        let s = props.start.clone();
        move || SessionState(s)
    });
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let s = &state.0;
    let step = match s.step {
        Step::Map => "map".to_string(),
        Step::Results => "results".to_string(),
        Step::Question(q) => q.to_string(),
    };
    html! {
        <div class="pm-root" data-step={step}>
            if let Step::Question(q) = s.step {
                <QuestionStep pack={s.pack} question={q} reply={s.answers.get(q).cloned()} regions={Rc::new(s.regions.clone())}
                    is_last={s.next_is_results()} stops={s.signs_stop_check()} from_link={s.results_after_signs} units={Units::Km}
                    on_action={on_action} heading_ref={NodeRef::default()} />
            }
        </div>
    }
}

async fn mount(start: Session) -> Element {
    let root = web_support::fresh_root();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { start }).render();
    yew::scheduler::flush().await;
    root
}

fn on_signs(places: &[&str]) -> Session {
    let mut s = Session::new(Pack::english());
    for p in places {
        s = s
            .apply(Action::ToggleRegion(RegionSel::parse(p).unwrap()))
            .unwrap();
    }
    s.apply(Action::Next).unwrap()
}

fn q(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("a valid selector")
}

fn forward(root: &Element) -> Element {
    q(root, "[data-action=\"next\"], [data-action=\"results\"]").expect("a forward button")
}

/// Disabled the accessible way: `aria-disabled`, so the button stays focusable and its reason can
/// be heard.
fn disabled(button: &Element) -> bool {
    button.get_attribute("aria-disabled").as_deref() == Some("true")
}

fn step(root: &Element) -> String {
    q(root, "[data-step]")
        .and_then(|e| e.get_attribute("data-step"))
        .unwrap_or_default()
}

async fn tick(root: &Element, answer: &str) {
    click(&q(root, &format!("[data-answer=\"{answer}\"]")).expect("the answer is offered"));
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn next_stays_disabled_and_says_why_until_a_sign_or_none_is_ticked() {
    let root = mount(on_signs(&["knee-front.left"])).await;
    let pack = Pack::english();
    let next = forward(&root);
    assert!(disabled(&next), "nothing ticked: Next is disabled");
    assert!(!next.has_attribute("disabled"), "but still focusable");
    let why = q(&root, "[data-required=\"red-flags\"]").expect("the reason is shown");
    assert_eq!(
        why.text_content().unwrap_or_default().trim(),
        pack.ui(Ui::FlowRedFlagsRequired)
    );
    // Screen readers hear the reason with the button and when it appears.
    assert_eq!(
        next.get_attribute("aria-describedby").as_deref(),
        Some(why.id().as_str())
    );
    assert_eq!(why.get_attribute("role").as_deref(), Some("status"));
    click(&next);
    yew::scheduler::flush().await;
    assert_eq!(step(&root), "red-flags", "a disabled Next goes nowhere");

    tick(&root, "calf-hot-swollen").await;
    assert!(!disabled(&forward(&root)), "a sign is an answer");
    assert!(q(&root, "[data-required]").is_none());
    tick(&root, "calf-hot-swollen").await;
    assert!(disabled(&forward(&root)), "unticked again: disabled again");

    tick(&root, "none").await;
    assert!(!disabled(&forward(&root)), "\"None of these\" is an answer");
    click(&forward(&root));
    yew::scheduler::flush().await;
    assert_ne!(step(&root), "red-flags");
    root.remove();
}

#[wasm_bindgen_test]
async fn none_of_these_and_a_sign_exclude_each_other() {
    let root = mount(on_signs(&["lower-back.center"])).await;
    tick(&root, "none").await;
    tick(&root, "fever-or-unwell").await;
    let checked = |a: &str| {
        q(&root, &format!("input[data-answer=\"{a}\"]"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked())
    };
    assert!(checked("fever-or-unwell") && !checked("none"));
    tick(&root, "none").await;
    assert!(checked("none") && !checked("fever-or-unwell"));
    root.remove();
}

#[wasm_bindgen_test]
async fn signs_are_offered_where_they_apply() {
    let offered = |root: &Element, a: &str| q(root, &format!("[data-answer=\"{a}\"]")).is_some();
    let knee = mount(on_signs(&["knee-front.left"])).await;
    assert!(offered(&knee, "locking-or-giving-way"));
    assert!(
        !offered(&knee, "pain-hopping-or-limping"),
        "hop pain is typical of knee tendon pain"
    );
    for v2 in [
        "hot-red-swollen-joint",
        "chest-pain-or-breathless",
        "calf-hot-swollen",
        "cancer-history",
        "fall-osteoporosis-or-steroids",
    ] {
        assert!(offered(&knee, v2), "{v2}");
    }
    knee.remove();

    let hip = mount(on_signs(&["hip-front.left"])).await;
    assert!(offered(&hip, "pain-hopping-or-limping"));
    assert!(!offered(&hip, "locking-or-giving-way"));
    // Where a femoral neck stress fracture hides, its signs come first, with the note.
    let first = q(&hip, "[data-answer]").and_then(|e| e.get_attribute("data-answer"));
    assert_eq!(first.as_deref(), Some("pain-hopping-or-limping"));
    assert!(q(&hip, "[data-note=\"hip-front\"]").is_some());
    hip.remove();
}

#[wasm_bindgen_test]
async fn a_link_without_the_signs_says_why_and_goes_on_to_the_results() {
    let start = Session::from_check_input(
        share::decode("v=1&regions=knee-front.left&pain-quality=dull-ache").input,
        Pack::english(),
    );
    let root = mount(start).await;
    let pack = Pack::english();
    let note = q(&root, "[data-note=\"from-link\"]").expect("the step says why");
    assert_eq!(
        note.text_content().unwrap_or_default().trim(),
        pack.ui(Ui::FlowRedFlagsFromLink)
    );
    assert_eq!(
        forward(&root).get_attribute("data-action").as_deref(),
        Some("results")
    );
    assert!(disabled(&forward(&root)));
    tick(&root, "none").await;
    click(&forward(&root));
    yew::scheduler::flush().await;
    assert_eq!(step(&root), "results");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_ticked_sign_is_never_hidden_and_goes_straight_to_what_to_do_now() {
    // A link may carry hopping pain for a knee, where the step would not offer it.
    let start = Session::from_check_input(
        share::decode("v=1&regions=knee-front.left&pain-quality=sharp").input,
        Pack::english(),
    )
    .apply(Action::ToggleMulti(
        painmap_core::Question::RedFlags,
        painmap_core::Answer::PainHoppingOrLimping,
    ))
    .unwrap();
    let root = mount(start).await;
    let hop = q(&root, "input[data-answer=\"pain-hopping-or-limping\"]")
        .expect("a ticked sign stays in view")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    assert!(hop.checked());
    let button = forward(&root);
    assert_eq!(
        button.get_attribute("data-action").as_deref(),
        Some("results")
    );
    assert_eq!(
        button.text_content().unwrap_or_default().trim(),
        Pack::english().ui(Ui::FlowRedFlagsStop)
    );
    click(&button);
    yew::scheduler::flush().await;
    assert_eq!(step(&root), "results");
    root.remove();
}

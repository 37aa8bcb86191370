//! The body map: the runner taps where it hurts on a lower-body figure (front, back or both sides),
//! or ticks the same places in a list, and sees what they picked as removable chips.
//!
//! Only the current view is in the DOM, so each place's `[data-region][data-side]` element is
//! unique on the page: to reach the lower back, switch to `[data-view="back"]` (or the list) first.
//! The selection belongs to the caller (`selected` + `on_toggle`); this component only keeps
//! which view is shown, which region the keyboard is on and which name the caption shows.

pub mod figure;
pub mod path;

use crate::ui::region_list::RegionList;
use crate::ui::StaticRef;
use figure::{figure, Dir, Figure, View};
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::ids::RegionSel;
use painmap_core::vec_set::VecSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the map shows: a view of the figure, or the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapView {
    Front,
    Back,
    Side,
    List,
}

impl MapView {
    pub const ALL: [MapView; 4] = [MapView::Front, MapView::Back, MapView::Side, MapView::List];

    /// The `data-view` value.
    pub const fn as_str(self) -> &'static str {
        match self {
            MapView::Front => "front",
            MapView::Back => "back",
            MapView::Side => "side",
            MapView::List => "list",
        }
    }

    /// The view switch's label and the caption under the map.
    pub const fn labels(self) -> (Ui, Ui) {
        match self {
            MapView::Front => (Ui::MapViewFront, Ui::MapCaptionFront),
            MapView::Back => (Ui::MapViewBack, Ui::MapCaptionBack),
            MapView::Side => (Ui::MapViewSide, Ui::MapCaptionSide),
            MapView::List => (Ui::MapViewList, Ui::MapCaptionList),
        }
    }

    pub const fn figure_view(self) -> Option<View> {
        match self {
            MapView::Front => Some(View::Front),
            MapView::Back => Some(View::Back),
            MapView::Side => Some(View::Side),
            MapView::List => None,
        }
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct BodyMapProps {
    /// The places picked so far.
    pub selected: Rc<VecSet<RegionSel>>,
    /// Called with a place to add it if absent, remove it if present.
    pub on_toggle: Callback<RegionSel>,
    /// The view shown first.
    #[prop_or(MapView::Front)]
    pub initial_view: MapView,
    #[prop_or(StaticRef(Pack::english()))]
    pub pack: StaticRef<Pack>,
}

/// Focuses a region of the figure shown in `svg`.
fn focus_region(svg: &NodeRef, sel: RegionSel) {
    let Some(svg) = svg.cast::<web_sys::Element>() else {
        return;
    };
    let query = format!(
        "[data-region=\"{}\"][data-side=\"{}\"]",
        sel.region, sel.side
    );
    if let Ok(Some(el)) = svg.query_selector(&query) {
        // An SVG element has the same `focus()` as an HTML one; web-sys only types it on HtmlElement.
        el.unchecked_into::<web_sys::HtmlElement>().focus().ok();
    }
}

#[function_component(BodyMap)]
pub fn body_map(props: &BodyMapProps) -> Html {
    let pack = props.pack.0;
    let view = use_state_eq(|| props.initial_view);
    // The region Tab lands on in the figure (roving tabindex), and the one the caption names.
    let active = use_state_eq(|| None::<RegionSel>);
    let hover = use_state_eq(|| None::<RegionSel>);
    let svg_ref = use_node_ref();
    let chips_ref = use_node_ref();
    // After a chip removes itself, focus goes to the chip that took its place.
    let refocus_chip = use_mut_ref(|| None::<usize>);

    {
        let chips_ref = chips_ref.clone();
        let refocus_chip = refocus_chip.clone();
        use_effect(move || {
            if let Some(i) = refocus_chip.borrow_mut().take() {
                if let Some(root) = chips_ref.cast::<web_sys::Element>() {
                    let chips = root.query_selector_all("button").ok();
                    let n = chips.as_ref().map_or(0, |c| c.length());
                    let target = match chips {
                        Some(c) if n > 0 => c.get((i as u32).min(n - 1)),
                        _ => root
                            .query_selector(".pm-chips-empty")
                            .ok()
                            .flatten()
                            .map(Into::into),
                    };
                    if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        el.focus().ok();
                    }
                }
            }
        });
    }

    let switcher = MapView::ALL.iter().map(|&v| {
        let on = v == *view;
        let onclick = {
            let view = view.clone();
            let hover = hover.clone();
            Callback::from(move |_: MouseEvent| {
                view.set(v);
                hover.set(None);
            })
        };
        html! {
            <button type="button" class={classes!("pm-map-view", on.then_some("pm-map-view--on"))}
                data-view={v.as_str()} aria-pressed={on.to_string()} {onclick}>
                <span>{ pack.ui(v.labels().0) }</span>
            </button>
        }
    });

    let body = match view.figure_view() {
        Some(v) => figure_stage(props, figure(v), &active, &hover, &svg_ref),
        None => html! {
            <RegionList selected={props.selected.clone()} on_toggle={props.on_toggle.clone()} pack={StaticRef(pack)} />
        },
    };

    html! {
        <div class="pm-map" data-map-view={view.as_str()}>
            // The grid sits inside the sized container so it can follow the container's width.
            <div class="pm-map-grid">
                <div class="pm-map-bar">
                    <div class="pm-map-views" role="group" aria-label={pack.ui(Ui::MapViews)}>
                        { for switcher }
                    </div>
                    <p class="pm-map-caption">{ pack.ui(view.labels().1) }</p>
                </div>
                { body }
                { chips(props, &chips_ref, &refocus_chip) }
            </div>
        </div>
    }
}

/// The figure with its orientation labels and the caption naming the region under the pointer.
fn figure_stage(
    props: &BodyMapProps,
    fig: &'static Figure,
    active: &UseStateHandle<Option<RegionSel>>,
    hover: &UseStateHandle<Option<RegionSel>>,
    svg_ref: &NodeRef,
) -> Html {
    let pack = props.pack.0;
    let selected = &props.selected;
    // Tab enters the figure on the region last used, else the first picked one shown, else the top.
    let tab_stop = active
        .filter(|s| fig.index_of(*s).is_some())
        .or_else(|| {
            fig.spots
                .iter()
                .map(|s| s.sel)
                .find(|s| selected.contains(s))
        })
        .unwrap_or(fig.spots[0].sel);

    // Each region is its own component: picking one re-renders that region only, not all of them
    // (and the silhouette never re-renders: `FigureBody`).
    let spots = fig.spots.iter().enumerate().map(|(i, spot)| {
        html! {
            <Spot key={spot.sel.to_string()} fig={StaticRef(fig)} index={i} on={selected.contains(&spot.sel)}
                tab_stop={spot.sel == tab_stop} pack={StaticRef(pack)} on_toggle={props.on_toggle.clone()}
                set_active={active.setter()} set_hover={hover.setter()} svg_ref={svg_ref.clone()} />
        }
    });

    let onmouseleave = {
        let hover = hover.clone();
        Callback::from(move |_: MouseEvent| hover.set(None))
    };
    let onfocusout = {
        let hover = hover.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: FocusEvent| {
            // Leaving the figure (not moving inside it) clears the caption.
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .zip(svg_ref.cast::<web_sys::Node>())
                .is_some_and(|(t, svg)| svg.contains(Some(&t)));
            if !inside {
                hover.set(None);
            }
        })
    };

    let (left_label, right_label) = match fig.view {
        View::Front => (Ui::MapOrientYourRight, Ui::MapOrientYourLeft),
        View::Back => (Ui::MapOrientYourLeft, Ui::MapOrientYourRight),
        View::Side => (Ui::MapOrientLeftSide, Ui::MapOrientRightSide),
    };

    html! {
        <div class={classes!("pm-map-stage", format!("pm-map-stage--{}", fig.view.as_str()))}>
            { status(pack, **hover, selected) }
            <div class="pm-fig-wrap">
                <div class="pm-map-orient" aria-hidden="true">
                    <span>{ pack.ui(left_label) }</span>
                    <span>{ pack.ui(right_label) }</span>
                </div>
                <svg ref={svg_ref.clone()} class={classes!("pm-fig", format!("pm-fig--{}", fig.view.as_str()))}
                    viewBox={fig.viewbox} role="group" aria-label={pack.ui(match fig.view {
                        View::Front => Ui::MapFigureFront,
                        View::Back => Ui::MapFigureBack,
                        View::Side => Ui::MapFigureSide,
                    }).to_string()}
                    {onmouseleave} {onfocusout}>
                    <FigureBody fig={StaticRef(fig)} />
                    <g class="pm-fig-regions">{ for spots }</g>
                </svg>
            </div>
            <ul class="pm-map-legend" aria-hidden="true">
                <li><span class="pm-map-key"></span>{ pack.ui(Ui::MapLegendCovered) }</li>
                if fig.spots.iter().any(|s| !s.sel.region.in_scope()) {
                    <li><span class="pm-map-key pm-map-key--other"></span>{ pack.ui(Ui::MapLegendOther) }</li>
                }
            </ul>
        </div>
    }
}

/// The caption naming the region under the pointer or keyboard (a visible twin of the accessible
/// name, so it is hidden from screen readers).
fn status(pack: &Pack, hover: Option<RegionSel>, selected: &VecSet<RegionSel>) -> Html {
    match hover {
        None => html! {
            <p class="pm-map-status pm-map-status--idle" aria-hidden="true">{ pack.ui(Ui::MapStatusIdle) }</p>
        },
        Some(sel) => {
            let on = selected.contains(&sel);
            html! {
                <p class={classes!("pm-map-status", on.then_some("pm-map-status--on"))} aria-hidden="true">
                    <span class="pm-map-status-name">{ pack.region_name(sel) }</span>
                    if on {
                        <span class="pm-map-status-tag pm-map-status-tag--on">{ pack.ui(Ui::MapStatusSelected) }</span>
                    }
                    if !sel.region.in_scope() {
                        <span class="pm-map-status-tag">{ pack.ui(Ui::MapStatusOther) }</span>
                    }
                </p>
            }
        }
    }
}

/// The silhouette and its anatomical lines, shared with the origin view.
#[derive(Properties, PartialEq)]
pub(crate) struct SpotProps {
    fig: StaticRef<Figure>,
    /// The region's place in `fig.spots`.
    index: usize,
    /// Whether it is picked.
    on: bool,
    /// Whether Tab lands on it (roving tabindex).
    tab_stop: bool,
    pack: StaticRef<Pack>,
    on_toggle: Callback<RegionSel>,
    set_active: UseStateSetter<Option<RegionSel>>,
    set_hover: UseStateSetter<Option<RegionSel>>,
    svg_ref: NodeRef,
}

/// One selectable region of the figure: a checkbox drawn as its shape, with a touch area at least
/// 44 px square and a tick when picked.
#[function_component(Spot)]
fn spot(props: &SpotProps) -> Html {
    let fig = props.fig.0;
    let i = props.index;
    let spot = &fig.spots[i];
    let sel = spot.sel;
    let on = props.on;
    let onclick = {
        let on_toggle = props.on_toggle.clone();
        let set_active = props.set_active.clone();
        let set_hover = props.set_hover.clone();
        Callback::from(move |_: MouseEvent| {
            set_active.set(Some(sel));
            set_hover.set(Some(sel));
            on_toggle.emit(sel);
        })
    };
    let onkeydown = {
        let on_toggle = props.on_toggle.clone();
        let svg_ref = props.svg_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            let target = match e.key().as_str() {
                "Enter" | " " | "Spacebar" => {
                    e.prevent_default();
                    on_toggle.emit(sel);
                    return;
                }
                "Home" => Some(0),
                "End" => Some(fig.spots.len() - 1),
                key => Dir::from_key(key)
                    .map(|d| fig.neighbour(i, d))
                    .map(|n| n.unwrap_or(i)),
            };
            if let Some(j) = target {
                e.prevent_default();
                focus_region(&svg_ref, fig.spots[j].sel);
            }
        })
    };
    let onfocus = {
        let set_active = props.set_active.clone();
        let set_hover = props.set_hover.clone();
        Callback::from(move |_: FocusEvent| {
            set_active.set(Some(sel));
            set_hover.set(Some(sel));
        })
    };
    let onmouseenter = {
        let set_hover = props.set_hover.clone();
        Callback::from(move |_: MouseEvent| set_hover.set(Some(sel)))
    };
    html! {
        <g class={classes!("pm-region", (!sel.region.in_scope()).then_some("pm-region--other"), on.then_some("pm-region--on"))}
            data-region={sel.region.as_str()} data-side={sel.side.as_str()}
            role="checkbox" aria-checked={on.to_string()} aria-label={props.pack.region_name(sel)}
            tabindex={if props.tab_stop { "0" } else { "-1" }}
            {onclick} {onkeydown} {onfocus} {onmouseenter}>
            <path class="pm-region-hit" d={spot.hit.as_str()} />
            <path class="pm-region-ring" d={spot.shape.as_str()} />
            <path class="pm-region-shape" d={spot.shape.as_str()} />
            if on {
                <g class="pm-region-tick" transform={format!("translate({} {})", path::num(spot.badge.0), path::num(spot.badge.1))}>
                    // The pop-in animates this inner group, so it never fights the placement above.
                    <g class="pm-region-tick-in">
                        <circle r="6.5" />
                        <path d="M-3.2 0.2 -0.9 2.5 3.3 -2.2" />
                    </g>
                </g>
            }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct FigureBodyProps {
    pub fig: StaticRef<Figure>,
}

/// The figure's silhouette and anatomical lines: fixed for a view, so it never re-renders.
#[function_component(FigureBody)]
pub(crate) fn figure_body(props: &FigureBodyProps) -> Html {
    let fig = props.fig.0;
    html! {
        <g class="pm-fig-body" aria-hidden="true">
            { for fig.body.iter().map(|d| html! { <path class="pm-fig-skin" d={d.as_str()} /> }) }
            { for fig.details.iter().map(|d| html! { <path class="pm-fig-line" d={d.as_str()} /> }) }
        </g>
    }
}

/// The picked places as chips; each removes its place.
fn chips(
    props: &BodyMapProps,
    chips_ref: &NodeRef,
    refocus: &Rc<std::cell::RefCell<Option<usize>>>,
) -> Html {
    let pack = props.pack.0;
    let count = props.selected.len();
    let items = props.selected.iter().enumerate().map(|(i, &sel)| {
        let name = pack.region_name(sel);
        let onclick = {
            let on_toggle = props.on_toggle.clone();
            let refocus = refocus.clone();
            Callback::from(move |_: MouseEvent| {
                *refocus.borrow_mut() = Some(i);
                on_toggle.emit(sel);
            })
        };
        html! {
            <li key={sel.to_string()}>
                <button type="button" class={classes!("pm-chip", (!sel.region.in_scope()).then_some("pm-chip--other"))}
                    data-chip={sel.to_string()} aria-label={pack.ui(Ui::MapChipRemove).replace("{name}", &name)} {onclick}>
                    <span class="pm-chip-text">{ name }</span>
                    <svg class="pm-chip-x" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
                    </svg>
                </button>
            </li>
        }
    });
    html! {
        <div class="pm-chips" ref={chips_ref.clone()}>
            <p class="pm-chips-title">
                { pack.ui(Ui::MapChipsTitle) }
                if count > 0 { <span class="pm-chips-count">{ count }</span> }
            </p>
            if count == 0 {
                <p class="pm-chips-empty" tabindex="-1">{ pack.ui(Ui::MapChipsEmpty) }</p>
            } else {
                <ul class="pm-chips-list" aria-label={pack.ui(Ui::MapChipsTitle)}>{ for items }</ul>
            }
        </div>
    }
}

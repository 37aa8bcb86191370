//! The list alternative to the body map: the same places as checkboxes, grouped by body part, for
//! anyone who cannot or would rather not use the figure. It shares the map's selection, so the two
//! always agree.

use crate::ui::StaticRef;
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::ids::{Area, Region, RegionSel, Side};
use painmap_core::vec_set::VecSet;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct RegionListProps {
    pub selected: Rc<VecSet<RegionSel>>,
    pub on_toggle: Callback<RegionSel>,
    #[prop_or(StaticRef(Pack::english()))]
    pub pack: StaticRef<Pack>,
}

/// Top to bottom on the body, so the list reads like the figure.
const LIST_ORDER: [Region; 16] = [
    Region::LowerBack,
    Region::ButtockSi,
    Region::SitBone,
    Region::HipFront,
    Region::HipOuter,
    Region::Groin,
    Region::ThighOuter,
    Region::KneeFront,
    Region::KneeBelowKneecap,
    Region::KneeOuter,
    Region::KneeInner,
    Region::KneeBack,
    Region::Shin,
    Region::CalfAchilles,
    Region::Ankle,
    Region::Foot,
];

#[function_component(RegionList)]
pub fn region_list(props: &RegionListProps) -> Html {
    let pack = props.pack.0;
    let check = |sel: RegionSel, text: String, named: bool| {
        let on = props.selected.contains(&sel);
        let onchange = props.on_toggle.reform(move |_: Event| sel);
        // A "Left"/"Right" box takes the place's full name ("Left knee, around…"), which begins
        // with its visible word; the lower back's box is labelled by its visible name alone.
        let aria_label = named.then(|| pack.region_name(sel));
        html! {
            <label class={classes!("pm-list-check", on.then_some("pm-list-check--on"))}>
                <input type="checkbox" data-region={sel.region.as_str()} data-side={sel.side.as_str()}
                    checked={on} aria-label={aria_label} {onchange} />
                <span class="pm-list-box" aria-hidden="true">
                    <svg viewBox="0 0 16 16" focusable="false"><path d="M3.5 8.4l3 3 6-6.6" /></svg>
                </span>
                <span class="pm-list-word">{ text }</span>
            </label>
        }
    };

    let groups = Area::ALL.iter().map(|&area| {
        let rows = LIST_ORDER.iter().filter(|r| r.area() == area).map(|&region| {
            let other = (!region.in_scope()).then_some("pm-list-row--other");
            if region.is_central() {
                let sel = RegionSel { region, side: Side::Center };
                html! {
                    <li class={classes!("pm-list-row", "pm-list-row--single", other)}>
                        { check(sel, pack.region_label(region), false) }
                    </li>
                }
            } else {
                html! {
                    <li class={classes!("pm-list-row", other)}>
                        <span class="pm-list-name" aria-hidden="true">{ pack.region_label(region) }</span>
                        <span class="pm-list-sides">
                            { for [Side::Left, Side::Right].into_iter().map(|side| {
                                let word = pack.ui(if side == Side::Left { Ui::MapListLeft } else { Ui::MapListRight }).to_string();
                                check(RegionSel { region, side }, word, true)
                            }) }
                        </span>
                    </li>
                }
            }
        });
        html! {
            <fieldset class="pm-list-group">
                <legend class="pm-list-legend">{ pack.ui(match area {
                    Area::LowerBack => Ui::MapAreaLowerBack,
                    Area::HipAndThigh => Ui::MapAreaHipAndThigh,
                    Area::Knee => Ui::MapAreaKnee,
                    Area::LowerLeg => Ui::MapAreaLowerLeg,
                }) }</legend>
                <ul class="pm-list-rows">{ for rows }</ul>
            </fieldset>
        }
    });

    html! {
        <div class="pm-list" data-list="regions">{ for groups }</div>
    }
}

//! The origin view for the results: the body figure with the pain site, where the problem usually
//! starts (the hip muscles for knee pain, the lower back for hip pain) and an arrow from one to the
//! other, said in words as well. Where it hurts is often not where it starts; when it does start
//! there (a `local` origin: a tendon or joint under load), the view marks the sore place alone, with
//! no arrow, says so plainly and names what loads it.

use crate::ui::body_map::figure::{arrow, figure, origin_view_for, origin_zone, View, MID};
use crate::ui::body_map::FigureBody;
use crate::ui::StaticRef;
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::ids::{Origin, RegionSel, Side};
use yew::prelude::*;

/// The least height (viewBox units) of a local origin's window: a site and some body around it.
const LOCAL_MIN_HEIGHT: f32 = 200.0;

/// "your left knee and your right knee": each site once, by side and body part.
pub fn sites_in_words(pack: &Pack, sites: &[RegionSel]) -> String {
    let mut words: Vec<String> = Vec::new();
    for sel in sites {
        let part = pack
            .regions
            .get(&sel.region)
            .map_or(sel.region.as_str(), |t| &*t.part);
        let w = match sel.side {
            Side::Center => pack.ui(Ui::MapOriginSiteCenter).replace("{part}", part),
            side => pack
                .ui(Ui::MapOriginSite)
                .replace(
                    "{side}",
                    pack.ui(if side == Side::Left {
                        Ui::SideLeft
                    } else {
                        Ui::SideRight
                    }),
                )
                .replace("{part}", part),
        };
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words.join(pack.ui(Ui::MapOriginAnd))
}

/// The figure for one condition: `sites` (where it hurts), `origin` (where it usually starts) and
/// the arrow between them, with the same said in words. For a `local` origin, `loaded_by` (the
/// condition's sentence naming what loads the sore tissue, ready to show) is said under the figure.
/// A plain function, not a component: it has no state of its own.
pub fn origin_view(
    sites: &[RegionSel],
    origin: Origin,
    pack: &Pack,
    loaded_by: Option<&str>,
) -> Html {
    let local = origin == Origin::Local;
    let view = origin_view_for(origin, sites);
    let fig = figure(view);
    let drawn: Vec<_> = sites.iter().filter_map(|s| fig.spot(*s)).collect();

    // One start zone per side that hurts (the spine's is in the middle, shared).
    let mut zone_sides: Vec<Side> = Vec::new();
    for s in &drawn {
        let side = if origin == Origin::Spine {
            Side::Center
        } else {
            s.sel.side
        };
        if !zone_sides.contains(&side) {
            zone_sides.push(side);
        }
    }
    if zone_sides.is_empty() {
        zone_sides.push(if origin == Origin::Spine {
            Side::Center
        } else {
            view.picture_left()
        });
    }
    // None for a local origin: it starts at the site, so there is no zone and no arrow.
    let zones: Vec<(Side, _)> = zone_sides
        .iter()
        .filter_map(|&side| Some((side, origin_zone(origin, view, side)?)))
        .collect();

    let arrows = drawn.iter().filter_map(|s| {
        let zone = &zones
            .iter()
            .find(|(side, _)| origin == Origin::Spine || *side == s.sel.side)?
            .1;
        let (shaft, head) = arrow(zone.anchor, s.anchor);
        Some(html! {
            <g class="pm-origin-arrow" data-to={s.sel.to_string()}>
                <path class="pm-origin-shaft-under" d={shaft.clone()} />
                <path class="pm-origin-shaft" d={shaft} />
                <path class="pm-origin-head" d={head} />
            </g>
        })
    });

    // Show the part of the figure that holds the story, with room around it.
    let mut y0 = f32::MAX;
    let mut y1 = f32::MIN;
    for (_, z) in &zones {
        y0 = y0.min(z.anchor.1 - 30.0);
        y1 = y1.max(z.anchor.1 + 30.0);
    }
    for s in &drawn {
        for r in &s.hit_rects {
            y0 = y0.min(r.y0);
            y1 = y1.max(r.y1);
        }
    }
    let (mut y0, mut y1) = ((y0 - 30.0).max(0.0), (y1 + 36.0).min(620.0));
    if y1 <= y0 {
        // Nothing of the story on this view: the whole figure.
        (y0, y1) = (0.0, 620.0);
    }
    if local && y1 - y0 < LOCAL_MIN_HEIGHT {
        // A site alone would be a thin strip: show a little of the body around it. (Not
        // `f32::clamp`: its panic message would link the float formatter into the widget.)
        #[allow(clippy::manual_clamp)]
        let mid = ((y0 + y1) / 2.0)
            .max(LOCAL_MIN_HEIGHT / 2.0)
            .min(620.0 - LOCAL_MIN_HEIGHT / 2.0);
        (y0, y1) = (mid - LOCAL_MIN_HEIGHT / 2.0, mid + LOCAL_MIN_HEIGHT / 2.0);
    }
    // Whole numbers (integers print without the float-formatting code).
    let (top, height) = (y0.round() as i32, (y1 - y0).round() as i32);
    let viewbox = match view {
        View::Side => format!("0 {top} 300 {height}"),
        _ => format!("{} {top} 240 {height}", (MID - 120.0).round() as i32),
    };

    let starts = pack
        .ui(match origin {
            Origin::Hip => Ui::MapOriginHip,
            Origin::Spine => Ui::MapOriginSpine,
            Origin::Local => Ui::MapOriginLocal,
        })
        .to_string();
    let felt = sites_in_words(pack, sites);
    let summary = if local {
        pack.ui(Ui::MapOriginLocalSummary).replace("{felt}", &felt)
    } else {
        pack.ui(Ui::MapOriginSummary)
            .replace("{starts}", &starts)
            .replace("{felt}", &felt)
    };
    // What loads the sore place: said for a local origin only.
    let loads = loaded_by.filter(|_| local);
    // Where it starts is where it hurts: the start takes the site's colour, and no arrow joins them.
    let from_key = if local {
        "pm-origin-key--to"
    } else {
        "pm-origin-key--from"
    };

    html! {
        <figure class="pm-origin-view" data-origin-view={origin.as_str()} data-figure-view={view.as_str()}>
            <svg class={classes!("pm-fig", "pm-fig--origin", format!("pm-fig--{}", view.as_str()))}
                viewBox={viewbox} role="img" aria-label={summary}>
                <FigureBody fig={StaticRef(fig)} />
                { for zones.iter().map(|(side, z)| html! {
                    <g class={classes!("pm-origin-zone", z.behind.then_some("pm-origin-zone--behind"))}
                        data-origin-zone={origin.as_str()} data-side={side.as_str()}>
                        { for z.shapes.iter().map(|d| html! { <path class="pm-origin-bone" d={d.clone()} /> }) }
                        { for z.focus.iter().map(|d| html! { <path class="pm-origin-focus" d={d.clone()} /> }) }
                    </g>
                }) }
                { for drawn.iter().map(|s| html! {
                    <g class="pm-origin-site" data-site={s.sel.to_string()}>
                        <path class="pm-origin-site-glow" d={s.shape.as_str()} />
                        <path class="pm-origin-site-shape" d={s.shape.as_str()} />
                    </g>
                }) }
                { for arrows }
            </svg>
            <figcaption class={classes!("pm-origin-chain", local.then_some("pm-origin-chain--local"))}>
                <span class="pm-origin-from">
                    <span class={classes!("pm-origin-key", from_key)} aria-hidden="true"></span>
                    <strong>{ pack.ui(Ui::MapOriginStarts) }</strong>{" "}{ starts }
                </span>
                if !local {
                    <span class="pm-origin-sep" aria-hidden="true">{ "→" }</span>
                }
                <span class="pm-origin-to">
                    <span class="pm-origin-key pm-origin-key--to" aria-hidden="true"></span>
                    <strong>{ pack.ui(Ui::MapOriginFelt) }</strong>{" "}{ felt }
                </span>
                if let Some(loads) = loads {
                    <span class="pm-origin-loads" data-origin-loads="">
                        <strong>{ pack.ui(Ui::MapOriginLocalLoads) }</strong>{" "}{ loads.to_string() }
                    </span>
                }
            </figcaption>
        </figure>
    }
}

//! The body figure as data: the lower-body silhouette in front, back and side views, the shape and
//! touch area of every selectable region, the zones where problems start (for the origin view),
//! and arrow-key navigation between regions. Pure geometry, no DOM, so it is tested natively.
//!
//! One side of the body is drawn and mirrored across the midline `x = 150` for the other.
//! Who is where: from the front the runner's right leg is on the left of the picture; from behind
//! (and in the left-side profile) the runner's left is on the left of the picture.
//!
//! Touch areas: every region owns one or more rectangles that never overlap another region's, and
//! its visible shape lies inside them, so a tap always selects the shape under the finger. Each owns
//! a square big enough for a 44 px finger at [`MIN_DISPLAY_PX`] (the figure on a 320 px phone).

use super::path::{Path, Rect, P};
use painmap_core::ids::{Origin, Region, RegionSel, Side};
use std::sync::OnceLock;

mod nav;
mod origin;
mod outline;
mod regions;
#[cfg(test)]
mod tests;

pub use nav::Dir;
pub use origin::*;
use outline::*;
use regions::*;

/// The figure's vertical line of symmetry.
pub const MID: f32 = 150.0;
/// The narrowest width the figure is drawn at: a 320 px phone less the page's and widget's margins
/// (272 px), with room to spare for a host page's own padding.
pub const MIN_DISPLAY_PX: f32 = 256.0;
/// The smallest touch target, in CSS pixels (WCAG 2.5.5).
pub const MIN_TARGET_PX: f32 = 44.0;

/// A drawn view of the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Front,
    Back,
    Side,
}

impl View {
    pub const ALL: [View; 3] = [View::Front, View::Back, View::Side];

    /// The `data-view` value.
    pub const fn as_str(self) -> &'static str {
        match self {
            View::Front => "front",
            View::Back => "back",
            View::Side => "side",
        }
    }

    /// The runner's side drawn on the left of the picture.
    pub const fn picture_left(self) -> Side {
        match self {
            View::Front => Side::Right,
            View::Back | View::Side => Side::Left,
        }
    }
}

/// One selectable place on one view.
#[derive(Clone, Debug, PartialEq)]
pub struct Spot {
    pub sel: RegionSel,
    /// The visible shape (`d`).
    pub shape: String,
    /// The touch area (`d`), the union of `hit_rects`.
    pub hit: String,
    pub hit_rects: Vec<Rect>,
    /// The middle of the visible shape: where arrows point and arrow keys measure from.
    pub anchor: P,
    /// Where the "selected" tick sits: on the shape, inside the touch area.
    pub badge: P,
    /// Points along the visible outline, for the geometry tests.
    pub outline: Vec<P>,
}

/// Everything drawn for one view.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub view: View,
    /// The `viewBox` attribute.
    pub viewbox: &'static str,
    /// The viewBox width, for the touch-size arithmetic.
    pub width: f32,
    /// Silhouette outlines (`d`), filled as skin.
    pub body: Vec<String>,
    /// Fine anatomical lines (`d`), stroked only.
    pub details: Vec<String>,
    /// Selectable regions in reading order (top to bottom, the runner's left before right).
    pub spots: Vec<Spot>,
}

/// The figure for a view, built once.
pub fn figure(view: View) -> &'static Figure {
    static FRONT: OnceLock<Figure> = OnceLock::new();
    static BACK: OnceLock<Figure> = OnceLock::new();
    static SIDE: OnceLock<Figure> = OnceLock::new();
    match view {
        View::Front => FRONT.get_or_init(|| build(View::Front)),
        View::Back => BACK.get_or_init(|| build(View::Back)),
        View::Side => SIDE.get_or_init(|| build(View::Side)),
    }
}

impl Figure {
    /// The index of a place on this view, if it is drawn here.
    pub fn index_of(&self, sel: RegionSel) -> Option<usize> {
        self.spots.iter().position(|s| s.sel == sel)
    }

    pub fn spot(&self, sel: RegionSel) -> Option<&Spot> {
        self.spots.iter().find(|s| s.sel == sel)
    }
}

fn build(view: View) -> Figure {
    let near = view.picture_left();
    let far = if near == Side::Left {
        Side::Right
    } else {
        Side::Left
    };
    let mut spots = Vec::new();
    for def in defs(view) {
        if def.region.is_central() {
            spots.push(spot(
                RegionSel {
                    region: def.region,
                    side: Side::Center,
                },
                &def.shape,
                def.hits.clone(),
            ));
            continue;
        }
        let here = spot(
            RegionSel {
                region: def.region,
                side: near,
            },
            &def.shape,
            def.hits.clone(),
        );
        let there = spot(
            RegionSel {
                region: def.region,
                side: far,
            },
            &def.shape.mirrored(MID),
            def.hits.iter().map(|h| h.mirrored(MID)).collect(),
        );
        // Reading order: the runner's left first.
        if near == Side::Left {
            spots.extend([here, there]);
        } else {
            spots.extend([there, here]);
        }
    }
    let (viewbox, width, body) = match view {
        View::Side => {
            let p = profile();
            ("0 -48 300 716", 300.0, vec![p.d(), p.mirrored(MID).d()])
        }
        _ => ("20 0 260 620", 260.0, vec![outline(view).d()]),
    };
    Figure {
        view,
        viewbox,
        width,
        body,
        details: details(view).iter().map(Path::d).collect(),
        spots,
    }
}

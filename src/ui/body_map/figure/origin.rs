//! Where problems start, for the origin view: the zones (the lower spine, the hip muscles) and the
//! arrow from where it starts to where it hurts. A `local` origin (the trouble starts where it
//! hurts) has neither: the view marks the sore place alone.

use super::*;
use crate::ui::body_map::path::{Path, P};

// ---------------------------------------------------------------------------------------------
// Where problems start (the origin view)

/// Where a condition's problem usually starts, drawn on a view.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    /// Shapes of the structures involved (`d`).
    pub shapes: Vec<String>,
    /// The ones the sources name (`d`): drawn strongest.
    pub focus: Vec<String>,
    /// Drawn see-through: the spine behind the belly in the front view.
    pub behind: bool,
    /// Where the arrow leaves from.
    pub anchor: P,
}

/// The lumbar vertebrae L1-L5 and the top of the sacrum, top to bottom.
fn vertebrae() -> Vec<Path> {
    let body = |i: usize| {
        let top = 18.0 + 15.0 * i as f32;
        Path::rounded_rect(Rect::new(MID - 10.0, top, MID + 10.0, top + 10.0), 3.0)
    };
    let mut v: Vec<Path> = (0..5).map(body).collect();
    #[rustfmt::skip]
    let sacrum = Path::blob(
        &[(MID - 14.0, 94.0), (MID + 14.0, 94.0), (MID + 6.0, 118.0), (MID, 122.0), (MID - 6.0, 118.0)],
        0.6,
    );
    v.push(sacrum);
    v
}

/// The glute muscles on the side of the pelvis (gluteus medius) on the picture-left side, and
/// where an arrow leaves them.
#[rustfmt::skip]
fn hip_muscles(view: View) -> (Path, P) {
    match view {
        View::Back => (
            Path::blob(&[(86.0, 114.0), (112.0, 106.0), (122.0, 118.0), (110.0, 142.0), (86.0, 148.0),
                         (79.0, 132.0)], 0.9),
            (100.0, 126.0),
        ),
        _ => (
            Path::blob(&[(82.0, 100.0), (97.0, 104.0), (95.0, 124.0), (83.0, 142.0), (75.0, 126.0)], 0.9),
            (86.0, 118.0),
        ),
    }
}

/// The zone where problems start for `origin`, on `view`, on the runner's `side` (the hip muscles
/// are sided; the spine is in the middle). None for a `local` origin: it starts at the site itself.
pub fn origin_zone(origin: Origin, view: View, side: Side) -> Option<Zone> {
    match origin {
        Origin::Local => None,
        Origin::Spine => {
            let v = vertebrae();
            // L4 and L5 (and the L5-S1 junction below them) are the levels the sources name.
            let focus = v[3..].iter().map(Path::d).collect();
            Some(Zone {
                shapes: v[..3].iter().map(Path::d).collect(),
                focus,
                behind: view != View::Back,
                anchor: (MID, 84.0),
            })
        }
        Origin::Hip => {
            let (shape, anchor) = hip_muscles(view);
            let on_left = side == view.picture_left() || side == Side::Center;
            let (shape, anchor) = if on_left {
                (shape, anchor)
            } else {
                (shape.mirrored(MID), (2.0 * MID - anchor.0, anchor.1))
            };
            Some(Zone {
                shapes: Vec::new(),
                focus: vec![shape.d()],
                behind: false,
                anchor,
            })
        }
    }
}

/// The view that shows both where a problem starts and where it is felt: the first of the
/// preferred views that draws every site, else the one drawing the most. (A local origin has only
/// its sites: the front view unless they are drawn from behind, like the sit bone.)
pub fn origin_view_for(origin: Origin, sites: &[RegionSel]) -> View {
    let preferred = match origin {
        Origin::Hip | Origin::Local => [View::Front, View::Back],
        Origin::Spine => [View::Back, View::Front],
    };
    let drawn = |v: View| {
        sites
            .iter()
            .filter(|s| figure(v).spot(**s).is_some())
            .count()
    };
    preferred
        .iter()
        .copied()
        .find(|&v| drawn(v) == sites.len())
        .unwrap_or_else(|| {
            preferred
                .iter()
                .copied()
                .max_by_key(|&v| (drawn(v), std::cmp::Reverse(v == preferred[1])))
                .unwrap_or(preferred[0])
        })
}

/// A curved arrow from `from` to `to` that bows away from the body's midline, as `(shaft d, head d)`.
pub fn arrow(from: P, to: P) -> (String, String) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / len, dy / len);
    // Bow towards the outside of the body, where the arrow crosses the least anatomy.
    let outward = if (from.0 + to.0) / 2.0 <= MID {
        -1.0
    } else {
        1.0
    };
    let (mut nx, mut ny) = (-uy, ux);
    if nx * outward < 0.0 {
        nx = -nx;
        ny = -ny;
    }
    let bow = (len * 0.22).min(48.0);
    // Leave the origin and stop short of the site so neither is hidden.
    let start = (from.0 + ux * 8.0, from.1 + uy * 8.0);
    let end = (to.0 - ux * 10.0, to.1 - uy * 10.0);
    let c1 = (start.0 + dx * 0.3 + nx * bow, start.1 + dy * 0.3 + ny * bow);
    let c2 = (start.0 + dx * 0.7 + nx * bow, start.1 + dy * 0.7 + ny * bow);
    let shaft = Path::new(start).cubic(c1, c2, end);
    // The head follows the curve's direction at its end.
    let (tx, ty) = (end.0 - c2.0, end.1 - c2.1);
    let tl = (tx * tx + ty * ty).sqrt().max(1.0);
    let (tx, ty) = (tx / tl, ty / tl);
    let tip = (end.0 + tx * 8.0, end.1 + ty * 8.0);
    let head = Path::new(tip)
        .line((end.0 - ty * 5.5 - tx * 2.0, end.1 + tx * 5.5 - ty * 2.0))
        .line((end.0 + ty * 5.5 - tx * 2.0, end.1 - tx * 5.5 - ty * 2.0))
        .close();
    (shaft.d(), head.d())
}

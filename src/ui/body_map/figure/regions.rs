//! Every selectable region's shape and touch area in each view.

use super::*;
use crate::ui::body_map::path::{Path, Rect};

/// A region drawn on the picture-left side: its shape and touch rectangles (mirrored for the
/// other side unless it sits on the midline).
pub(super) struct Def {
    pub(super) region: Region,
    pub(super) shape: Path,
    pub(super) hits: Vec<Rect>,
}

pub(super) const fn r(x0: f32, y0: f32, x1: f32, y1: f32) -> Rect {
    Rect::new(x0, y0, x1, y1)
}

/// Every region of a view: the shape that follows the anatomy, and its touch rectangles.
#[rustfmt::skip]
pub(super) fn defs(view: View) -> Vec<Def> {
    use Region::*;
    let d = |region, shape, hits: &[Rect]| Def { region, shape, hits: hits.to_vec() };
    let blob = Path::blob;
    match view {
        View::Front => vec![
            // the front pocket: below the hip bone, beside the groin crease
            d(HipFront,
              blob(&[(98.0, 112.0), (113.0, 119.0), (126.0, 133.0), (130.0, 148.0), (120.0, 156.0), (104.0, 150.0), (95.0, 130.0)], 0.9),
              &[r(92.0, 100.0, 142.0, 160.0)]),
            // over the bony point on the side of the hip
            d(HipOuter, Path::ellipse(80.0, 152.0, 8.0, 22.0), &[r(24.0, 122.0, 92.0, 182.0)]),
            d(Groin,
              blob(&[(130.0, 170.0), (144.0, 182.0), (147.0, 202.0), (138.0, 214.0), (126.0, 194.0)], 1.0),
              &[r(100.0, 160.0, 150.0, 222.0)]),
            // the IT band's strip down the outside of the thigh
            d(ThighOuter,
              blob(&[(74.0, 190.0), (73.0, 250.0), (77.0, 304.0), (86.0, 300.0), (84.0, 250.0), (86.0, 192.0)], 0.6),
              &[r(24.0, 182.0, 92.0, 308.0)]),
            d(KneeFront, Path::ellipse(99.0, 336.0, 12.0, 15.0), &[r(76.0, 308.0, 124.0, 358.0)]),
            // a crescent hugging the outside of the knee
            d(KneeOuter,
              blob(&[(75.2, 313.0), (69.0, 330.0), (67.5, 346.0), (70.0, 362.0), (75.2, 370.0), (75.6, 342.0)], 0.8),
              &[r(20.0, 308.0, 76.0, 370.0)]),
            // Beside the kneecap there is only a sliver between the knees, so the inner knee also
            // owns the square above it, on the lower inner thigh.
            d(KneeInner,
              blob(&[(131.0, 300.0), (137.0, 316.0), (133.0, 346.0), (129.0, 366.0), (124.0, 371.0),
                     (124.0, 342.0), (127.0, 318.0)], 0.8),
              &[r(124.0, 308.0, 150.0, 372.0), r(100.0, 256.0, 150.0, 308.0)]),
            // the patellar tendon
            d(KneeBelowKneecap,
              blob(&[(93.0, 360.0), (105.0, 360.0), (106.0, 384.0), (99.0, 388.0), (92.0, 384.0)], 0.7),
              &[r(76.0, 358.0, 124.0, 410.0)]),
            d(Shin,
              blob(&[(99.5, 414.0), (104.0, 421.0), (105.0, 460.0), (103.0, 500.0), (99.0, 508.0),
                     (95.0, 500.0), (94.0, 460.0), (95.0, 421.0)], 0.8),
              &[r(64.0, 410.0, 132.0, 516.0)]),
            d(Ankle,
              blob(&[(84.0, 532.0), (108.0, 532.0), (111.0, 548.0), (109.0, 560.0), (81.0, 560.0), (82.0, 548.0)], 0.6),
              &[r(60.0, 516.0, 134.0, 566.0)]),
            d(Foot,
              blob(&[(80.0, 568.0), (110.0, 568.0), (114.0, 588.0), (104.0, 598.0), (80.0, 598.0), (71.0, 588.0)], 0.7),
              &[r(50.0, 566.0, 140.0, 618.0)]),
        ],
        View::Back => vec![
            // the lumbar spine and the muscles either side
            d(LowerBack,
              blob(&[(126.0, 19.0), (174.0, 19.0), (177.0, 56.0), (171.0, 86.0), (MID, 96.0), (129.0, 86.0),
                     (123.0, 56.0)], 0.8),
              &[r(108.0, 12.0, 192.0, 100.0)]),
            // the buttock, from the SI joint's dimple down to above the sit bone
            d(ButtockSi,
              blob(&[(140.0, 112.0), (147.0, 140.0), (142.0, 163.0), (121.0, 171.0), (100.0, 164.0),
                     (94.0, 146.0), (104.0, 122.0)], 0.9),
              &[r(92.0, 100.0, 150.0, 176.0)]),
            d(HipOuter, Path::ellipse(80.0, 152.0, 8.0, 22.0), &[r(24.0, 122.0, 92.0, 182.0)]),
            // the sit bone (ischial tuberosity): low in the buttock towards the middle, just above
            // the fold, where the hamstrings attach
            d(SitBone, Path::ellipse(128.0, 193.0, 9.0, 10.0), &[r(98.0, 176.0, 150.0, 228.0)]),
            d(ThighOuter,
              blob(&[(74.0, 190.0), (73.0, 250.0), (77.0, 304.0), (86.0, 300.0), (84.0, 250.0), (86.0, 192.0)], 0.6),
              &[r(24.0, 182.0, 92.0, 308.0)]),
            // the hollow behind the knee
            d(KneeBack,
              blob(&[(99.0, 322.0), (111.0, 340.0), (99.0, 362.0), (87.0, 340.0)], 0.8),
              &[r(72.0, 312.0, 126.0, 368.0)]),
            d(CalfAchilles,
              blob(&[(88.0, 376.0), (110.0, 376.0), (118.0, 420.0), (106.0, 470.0), (101.0, 540.0),
                     (95.0, 540.0), (92.0, 470.0), (80.0, 420.0)], 0.8),
              &[r(62.0, 368.0, 136.0, 548.0)]),
            // the heel
            d(Foot,
              blob(&[(84.0, 556.0), (108.0, 556.0), (110.0, 584.0), (96.0, 594.0), (83.0, 584.0)], 0.8),
              &[r(58.0, 548.0, 138.0, 618.0)]),
        ],
        View::Side => vec![
            d(HipOuter, Path::ellipse(92.0, 160.0, 13.0, 20.0), &[r(44.0, 118.0, 126.0, 190.0)]),
            d(ThighOuter,
              blob(&[(93.0, 194.0), (99.0, 199.0), (96.0, 250.0), (89.0, 303.0), (83.0, 308.0), (78.0, 303.0),
                     (82.0, 250.0), (87.0, 199.0)], 0.8),
              &[r(44.0, 190.0, 126.0, 312.0)]),
            d(KneeOuter, Path::ellipse(82.0, 342.0, 13.0, 16.0), &[r(40.0, 312.0, 126.0, 372.0)]),
        ],
    }
}

pub(super) fn spot(sel: RegionSel, shape: &Path, hit_rects: Vec<Rect>) -> Spot {
    let b = shape.bbox();
    let anchor = b.center();
    // The tick sits on the shape's middle, pulled inside the touch area it belongs to.
    let home = hit_rects.iter().copied().fold(hit_rects[0], |best, r| {
        if r.contains(anchor, 0.0) {
            r
        } else {
            best
        }
    });
    // `max` then `min` rather than `f32::clamp`: clamp's panic message formats floats, which
    // would link the float formatter (about 12 KB) into the widget. Touch areas are at least
    // 14 units wide, so the bounds never cross.
    let badge = (
        anchor.0.max(home.x0 + 7.0).min(home.x1 - 7.0),
        anchor.1.max(home.y0 + 7.0).min(home.y1 - 7.0),
    );
    Spot {
        sel,
        shape: shape.d(),
        hit: hit_rects.iter().map(Rect::d).collect(),
        hit_rects,
        anchor,
        badge,
        outline: shape.samples(8),
    }
}

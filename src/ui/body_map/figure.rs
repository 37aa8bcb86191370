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

    /// The region an arrow key moves to from `from`: the nearest one in that direction (within
    /// about 60 degrees of it), preferring those in line with it; none at the figure's edge.
    pub fn neighbour(&self, from: usize, dir: Dir) -> Option<usize> {
        let (fx, fy) = self.spots.get(from)?.anchor;
        self.spots
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != from)
            .filter_map(|(i, s)| {
                let (dx, dy) = (s.anchor.0 - fx, s.anchor.1 - fy);
                let (along, across) = match dir {
                    Dir::Up => (-dy, dx),
                    Dir::Down => (dy, dx),
                    Dir::Left => (-dx, dy),
                    Dir::Right => (dx, dy),
                };
                (along > 1.0 && along * 2.0 >= across.abs())
                    .then_some((i, along + 2.5 * across.abs()))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}

/// An arrow key's direction on the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Up,
    Down,
    Left,
    Right,
}

impl Dir {
    /// The direction of a `KeyboardEvent.key`, if it is an arrow key.
    pub fn from_key(key: &str) -> Option<Dir> {
        match key {
            "ArrowUp" | "Up" => Some(Dir::Up),
            "ArrowDown" | "Down" => Some(Dir::Down),
            "ArrowLeft" | "Left" => Some(Dir::Left),
            "ArrowRight" | "Right" => Some(Dir::Right),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Silhouettes (coordinate tables: kept as tables, not one number per line)

/// The outer contour of the picture-left leg, from the lower ribs down to the ankle.
#[rustfmt::skip]
const LEG_OUTER: &[P] = &[
    (88.0, 42.0), (89.0, 62.0), (86.0, 84.0), (80.0, 106.0), (74.0, 128.0), (71.0, 150.0),
    (71.0, 168.0), (72.0, 188.0), (70.0, 212.0), (68.0, 242.0), (69.0, 272.0), (72.0, 300.0),
    (75.0, 322.0), (75.0, 344.0), (76.0, 366.0), (75.0, 386.0), (73.0, 410.0), (73.0, 436.0),
    (76.0, 466.0), (81.0, 496.0), (84.0, 520.0), (84.0, 538.0), (81.0, 552.0),
];

/// The inner contour of the picture-left leg, from the ankle up to the crotch.
#[rustfmt::skip]
const LEG_INNER_UP: &[P] = &[
    (114.0, 544.0), (113.0, 526.0), (113.0, 504.0), (117.0, 478.0), (122.0, 452.0),
    (125.0, 426.0), (125.0, 402.0), (123.0, 384.0), (123.0, 364.0), (125.0, 344.0),
    (128.0, 322.0), (131.0, 298.0), (135.0, 272.0), (139.0, 246.0), (143.0, 226.0),
    (147.0, 212.0),
];

/// The picture-left half of the front or back outline, from the top of the midline round the leg
/// to the crotch.
#[rustfmt::skip]
fn half_outline(view: View) -> Path {
    let p = Path::new((MID, 12.0))
        .line((98.0, 12.0))
        .cubic((92.0, 12.0), (88.0, 16.0), (88.0, 24.0))
        .smooth(LEG_OUTER);
    let p = if view == View::Front {
        // The foot from the front: toes towards us, turned a little outwards.
        p.smooth(&[(78.0, 564.0), (73.0, 578.0), (70.0, 590.0)])
            .cubic((70.0, 597.0), (77.0, 601.0), (92.0, 601.0))
            .cubic((106.0, 601.0), (116.0, 599.0), (117.0, 592.0))
            .smooth(&[(117.0, 578.0), (115.0, 562.0)])
    } else {
        // The heel from behind.
        p.smooth(&[(80.0, 566.0), (82.0, 584.0)])
            .cubic((85.0, 594.0), (91.0, 598.0), (97.0, 598.0))
            .cubic((104.0, 598.0), (111.0, 594.0), (113.0, 584.0))
            .smooth(&[(115.0, 566.0), (115.0, 554.0)])
    };
    p.smooth(LEG_INNER_UP).cubic((148.5, 207.0), (149.5, 206.0), (MID, 206.0))
}

/// The whole front or back outline as one closed path.
fn outline(view: View) -> Path {
    let half = half_outline(view);
    let other = half.mirrored(MID).reversed();
    half.then(&other).close()
}

/// The runner's left side in profile, facing the left of the picture.
#[rustfmt::skip]
fn profile() -> Path {
    Path::new((48.0, 12.0))
        .line((126.0, 12.0))
        // the back: the small of the back, the buttock, the back of the thigh, knee and calf
        .smooth(&[
            (124.0, 36.0), (121.0, 62.0), (124.0, 96.0), (133.0, 128.0), (141.0, 158.0),
            (139.0, 186.0), (131.0, 204.0), (124.0, 216.0), (121.0, 250.0), (116.0, 290.0),
            (111.0, 322.0), (108.0, 348.0), (111.0, 374.0), (119.0, 404.0), (121.0, 434.0),
            (115.0, 466.0), (106.0, 498.0), (100.0, 526.0), (101.0, 550.0), (106.0, 568.0),
        ])
        // heel, sole and toes
        .cubic((110.0, 580.0), (108.0, 593.0), (98.0, 593.0))
        .line((22.0, 593.0))
        .cubic((12.0, 593.0), (7.0, 590.0), (7.0, 585.0))
        .cubic((7.0, 579.0), (14.0, 576.0), (24.0, 573.0))
        // the front: top of the foot, shin, kneecap, thigh, belly
        .smooth(&[
            (46.0, 565.0), (64.0, 553.0), (71.0, 538.0), (69.0, 510.0), (65.0, 470.0),
            (61.0, 430.0), (58.0, 396.0), (56.0, 372.0), (51.0, 358.0), (50.0, 342.0),
            (54.0, 324.0), (50.0, 300.0), (44.0, 268.0), (42.0, 236.0), (45.0, 204.0),
            (45.0, 178.0), (41.0, 150.0), (39.0, 118.0), (39.0, 84.0), (41.0, 50.0),
            (44.0, 24.0),
        ])
        .cubic((45.0, 17.0), (46.0, 13.0), (48.0, 12.0))
        .close()
}

fn line(a: P, c1: P, c2: P, b: P) -> Path {
    Path::new(a).cubic(c1, c2, b)
}

fn with_mirror(half: Vec<Path>) -> Vec<Path> {
    let mirrored: Vec<Path> = half.iter().map(|p| p.mirrored(MID)).collect();
    half.into_iter().chain(mirrored).collect()
}

/// Fine anatomical lines that make the silhouette read as a body.
#[rustfmt::skip]
fn details(view: View) -> Vec<Path> {
    match view {
        View::Front => {
            let mut v = with_mirror(vec![
                // the crease from the hip bone down to the groin
                line((84.0, 104.0), (98.0, 130.0), (120.0, 160.0), (140.0, 184.0)),
                // the inner thigh muscle's teardrop above the knee
                line((126.0, 300.0), (114.0, 310.0), (110.0, 326.0), (113.0, 338.0)),
                // the shin bone and the outer edge of the knee
                line((100.0, 392.0), (97.0, 430.0), (96.0, 480.0), (98.0, 524.0)),
                line((80.0, 330.0), (78.0, 340.0), (78.0, 352.0), (82.0, 362.0)),
                // toes
                Path::new((92.0, 594.0)).line((92.0, 588.0)),
                Path::new((100.0, 595.0)).line((100.0, 589.0)),
                Path::new((107.0, 594.0)).line((107.0, 588.0)),
            ]);
            v.push(line((MID, 172.0), (MID, 186.0), (MID, 196.0), (MID, 204.0)));
            v
        }
        View::Back => {
            let mut v = with_mirror(vec![
                // the long back muscles beside the spine
                line((131.0, 14.0), (129.0, 44.0), (130.0, 76.0), (138.0, 102.0)),
                // the fold under the buttock and its upper edge
                line((148.0, 200.0), (134.0, 206.0), (110.0, 204.0), (94.0, 192.0)),
                line((142.0, 112.0), (118.0, 106.0), (92.0, 118.0), (80.0, 146.0)),
                // the crease behind the knee
                line((86.0, 352.0), (94.0, 356.0), (104.0, 356.0), (112.0, 352.0)),
                // the two heads of the calf muscle and the Achilles tendon
                line((90.0, 380.0), (80.0, 410.0), (84.0, 448.0), (96.0, 476.0)),
                line((110.0, 380.0), (122.0, 410.0), (118.0, 448.0), (102.0, 476.0)),
                line((96.0, 480.0), (96.0, 505.0), (96.0, 525.0), (97.0, 548.0)),
            ]);
            v.push(Path::new((MID, 14.0)).line((MID, 100.0)));
            v.push(Path::new((MID, 116.0)).line((MID, 198.0)));
            // the dimples over the SI joints
            v.push(Path::ellipse(137.0, 110.0, 2.0, 2.0));
            v.push(Path::ellipse(163.0, 110.0, 2.0, 2.0));
            v
        }
        View::Side => with_mirror(vec![
            // the rim of the pelvis
            line((44.0, 108.0), (60.0, 100.0), (84.0, 96.0), (108.0, 102.0)),
            // the kneecap
            line((56.0, 328.0), (64.0, 334.0), (64.0, 356.0), (56.0, 362.0)),
            // the Achilles tendon
            line((109.0, 478.0), (103.0, 505.0), (101.0, 530.0), (102.0, 552.0)),
            // the fold under the buttock
            line((138.0, 192.0), (130.0, 202.0), (120.0, 208.0), (110.0, 208.0)),
            // the outer ankle bone
            Path::ellipse(88.0, 550.0, 4.0, 4.5),
        ]),
    }
}

// ---------------------------------------------------------------------------------------------
// Regions

/// A region drawn on the picture-left side: its shape and touch rectangles (mirrored for the
/// other side unless it sits on the midline).
struct Def {
    region: Region,
    shape: Path,
    hits: Vec<Rect>,
}

const fn r(x0: f32, y0: f32, x1: f32, y1: f32) -> Rect {
    Rect::new(x0, y0, x1, y1)
}

/// Every region of a view: the shape that follows the anatomy, and its touch rectangles.
#[rustfmt::skip]
fn defs(view: View) -> Vec<Def> {
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
            // the buttock, from the SI joint's dimple down
            d(ButtockSi,
              blob(&[(140.0, 112.0), (147.0, 150.0), (144.0, 186.0), (122.0, 197.0), (100.0, 186.0),
                     (93.0, 156.0), (104.0, 124.0)], 0.9),
              &[r(92.0, 100.0, 150.0, 200.0)]),
            d(HipOuter, Path::ellipse(80.0, 152.0, 8.0, 22.0), &[r(24.0, 122.0, 92.0, 182.0)]),
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

fn spot(sel: RegionSel, shape: &Path, hit_rects: Vec<Rect>) -> Spot {
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
/// are sided; the spine is in the middle).
pub fn origin_zone(origin: Origin, view: View, side: Side) -> Zone {
    match origin {
        Origin::Spine => {
            let v = vertebrae();
            // L4 and L5 (and the L5-S1 junction below them) are the levels the sources name.
            let focus = v[3..].iter().map(Path::d).collect();
            Zone {
                shapes: v[..3].iter().map(Path::d).collect(),
                focus,
                behind: view != View::Back,
                anchor: (MID, 84.0),
            }
        }
        Origin::Hip => {
            let (shape, anchor) = hip_muscles(view);
            let on_left = side == view.picture_left() || side == Side::Center;
            let (shape, anchor) = if on_left {
                (shape, anchor)
            } else {
                (shape.mirrored(MID), (2.0 * MID - anchor.0, anchor.1))
            };
            Zone {
                shapes: Vec::new(),
                focus: vec![shape.d()],
                behind: false,
                anchor,
            }
        }
    }
}

/// The view that shows both where a problem starts and where it is felt: the first of the
/// preferred views that draws every site, else the one drawing the most.
pub fn origin_view_for(origin: Origin, sites: &[RegionSel]) -> View {
    let preferred = match origin {
        Origin::Hip => [View::Front, View::Back],
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn sel(s: &str) -> RegionSel {
        RegionSel::parse(s).unwrap()
    }

    #[test]
    fn every_place_of_spec_is_on_some_view() {
        let drawn: BTreeSet<RegionSel> = View::ALL
            .iter()
            .flat_map(|&v| figure(v).spots.iter().map(|s| s.sel))
            .collect();
        let all: BTreeSet<RegionSel> = RegionSel::all().collect();
        assert_eq!(drawn, all);
    }

    #[test]
    fn the_views_carry_the_regions_spec_puts_there() {
        let on = |v: View, s: &str| figure(v).spot(sel(s)).is_some();
        for s in [
            "knee-front",
            "knee-below-kneecap",
            "knee-outer",
            "hip-outer",
            "hip-front",
        ] {
            assert!(on(View::Front, &format!("{s}.left")), "{s}");
        }
        for s in [
            "buttock-si.left",
            "lower-back.center",
            "knee-back.right",
            "calf-achilles.left",
        ] {
            assert!(on(View::Back, s), "{s}");
        }
        for s in ["thigh-outer", "knee-outer", "hip-outer"] {
            assert!(
                on(View::Side, &format!("{s}.left")) && on(View::Side, &format!("{s}.right")),
                "{s}"
            );
        }
    }

    #[test]
    fn sides_are_drawn_where_the_captions_say() {
        let x = |v: View, s: &str| figure(v).spot(sel(s)).unwrap().anchor.0;
        // From the front, the runner's left is on the right of the picture; from behind, on the left.
        assert!(
            x(View::Front, "knee-front.left") > MID && x(View::Front, "knee-front.right") < MID
        );
        assert!(x(View::Back, "knee-back.left") < MID && x(View::Back, "knee-back.right") > MID);
        assert!(x(View::Side, "knee-outer.left") < MID && x(View::Side, "knee-outer.right") > MID);
        assert!((x(View::Back, "lower-back.center") - MID).abs() < 0.5);
    }

    #[test]
    fn touch_areas_never_overlap_and_each_holds_a_finger() {
        for v in View::ALL {
            let f = figure(v);
            let min_units = MIN_TARGET_PX * f.width / MIN_DISPLAY_PX;
            for (i, a) in f.spots.iter().enumerate() {
                assert!(
                    a.hit_rects
                        .iter()
                        .any(|r| r.w() >= min_units && r.h() >= min_units),
                    "{v:?} {}: no {min_units:.1}-unit square in {:?}",
                    a.sel,
                    a.hit_rects
                );
                for b in &f.spots[i + 1..] {
                    for ra in &a.hit_rects {
                        for rb in &b.hit_rects {
                            assert!(!ra.overlaps(rb), "{v:?}: {} and {} overlap", a.sel, b.sel);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn each_visible_shape_lies_inside_its_own_touch_area() {
        for v in View::ALL {
            for s in &figure(v).spots {
                for p in &s.outline {
                    assert!(
                        s.hit_rects.iter().any(|r| r.contains(*p, 0.6)),
                        "{v:?} {}: {p:?} outside its touch area",
                        s.sel
                    );
                }
                assert!(
                    s.hit_rects.iter().any(|r| r.contains(s.badge, 0.0)),
                    "{v:?} {}: tick outside",
                    s.sel
                );
            }
        }
    }

    #[test]
    fn touch_areas_stay_inside_the_picture() {
        for v in View::ALL {
            let f = figure(v);
            let nums: Vec<f32> = f.viewbox.split(' ').map(|n| n.parse().unwrap()).collect();
            let frame = Rect::new(nums[0], nums[1], nums[0] + nums[2], nums[1] + nums[3]);
            for s in &f.spots {
                for r in &s.hit_rects {
                    assert!(
                        frame.contains((r.x0, r.y0), 0.0) && frame.contains((r.x1, r.y1), 0.0),
                        "{v:?} {}",
                        s.sel
                    );
                }
            }
        }
    }

    #[test]
    fn arrow_keys_reach_every_region_of_a_view_and_move_the_way_they_point() {
        for v in View::ALL {
            let f = figure(v);
            let mut seen = BTreeSet::from([0usize]);
            let mut todo = vec![0usize];
            while let Some(i) = todo.pop() {
                for d in [Dir::Up, Dir::Down, Dir::Left, Dir::Right] {
                    if let Some(j) = f.neighbour(i, d) {
                        let (a, b) = (f.spots[i].anchor, f.spots[j].anchor);
                        match d {
                            Dir::Up => assert!(b.1 < a.1),
                            Dir::Down => assert!(b.1 > a.1),
                            Dir::Left => assert!(b.0 < a.0),
                            Dir::Right => assert!(b.0 > a.0),
                        }
                        if seen.insert(j) {
                            todo.push(j);
                        }
                    }
                }
            }
            assert_eq!(
                seen.len(),
                f.spots.len(),
                "{v:?}: some regions cannot be reached with arrow keys"
            );
        }
        let f = figure(View::Front);
        let kneecap = f.index_of(sel("knee-front.right")).unwrap();
        assert_eq!(
            f.neighbour(kneecap, Dir::Down).map(|i| f.spots[i].sel),
            Some(sel("knee-below-kneecap.right"))
        );
        assert_eq!(
            f.neighbour(kneecap, Dir::Left).map(|i| f.spots[i].sel),
            Some(sel("knee-outer.right"))
        );
        // At the edge of the picture an arrow goes nowhere rather than jumping diagonally.
        let ankle = f.index_of(sel("ankle.left")).unwrap();
        assert_eq!(f.neighbour(ankle, Dir::Right), None);
        assert_eq!(
            f.neighbour(ankle, Dir::Down).map(|i| f.spots[i].sel),
            Some(sel("foot.left"))
        );
        assert_eq!(Dir::from_key("ArrowUp"), Some(Dir::Up));
        assert_eq!(Dir::from_key("Enter"), None);
    }

    #[test]
    fn origin_views_show_start_and_site_together() {
        // Knee problems from the hip: the front view shows the knee; hip pain from the spine: the
        // back view unless the front pocket hurts, then the spine is drawn behind the belly.
        assert_eq!(
            origin_view_for(Origin::Hip, &[sel("knee-front.left")]),
            View::Front
        );
        assert_eq!(
            origin_view_for(
                Origin::Spine,
                &[sel("buttock-si.right"), sel("hip-outer.right")]
            ),
            View::Back
        );
        assert_eq!(
            origin_view_for(Origin::Spine, &[sel("hip-front.left")]),
            View::Front
        );
        assert!(origin_zone(Origin::Spine, View::Front, Side::Center).behind);
        assert!(!origin_zone(Origin::Spine, View::Back, Side::Center).behind);
        assert_eq!(
            origin_zone(Origin::Spine, View::Back, Side::Center)
                .focus
                .len(),
            3
        );
        // The hip muscles are drawn on the same side as the knee that hurts.
        let z = origin_zone(Origin::Hip, View::Front, Side::Left);
        assert!(
            z.anchor.0 > MID,
            "the runner's left hip is on the right of the front view"
        );
    }

    #[test]
    fn arrows_end_short_of_the_site() {
        let (shaft, head) = arrow((86.0, 118.0), (99.0, 336.0));
        assert!(shaft.starts_with('M') && head.ends_with('Z'));
        let end: Vec<f32> = shaft
            .rsplit('C')
            .next()
            .unwrap()
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        assert!(end[5] < 336.0 && end[5] > 300.0, "{shaft}");
    }
}

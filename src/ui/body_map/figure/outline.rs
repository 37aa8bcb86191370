//! The silhouettes: the lower body's outline in each view and its inner details.

use super::*;
use crate::ui::body_map::path::{Path, P};

// ---------------------------------------------------------------------------------------------
// Silhouettes (coordinate tables: kept as tables, not one number per line)

/// The outer contour of the picture-left leg, from the lower ribs down to the ankle.
#[rustfmt::skip]
pub(super) const LEG_OUTER: &[P] = &[
    (88.0, 42.0), (89.0, 62.0), (86.0, 84.0), (80.0, 106.0), (74.0, 128.0), (71.0, 150.0),
    (71.0, 168.0), (72.0, 188.0), (70.0, 212.0), (68.0, 242.0), (69.0, 272.0), (72.0, 300.0),
    (75.0, 322.0), (75.0, 344.0), (76.0, 366.0), (75.0, 386.0), (73.0, 410.0), (73.0, 436.0),
    (76.0, 466.0), (81.0, 496.0), (84.0, 520.0), (84.0, 538.0), (81.0, 552.0),
];

/// The inner contour of the picture-left leg, from the ankle up to the crotch.
#[rustfmt::skip]
pub(super) const LEG_INNER_UP: &[P] = &[
    (114.0, 544.0), (113.0, 526.0), (113.0, 504.0), (117.0, 478.0), (122.0, 452.0),
    (125.0, 426.0), (125.0, 402.0), (123.0, 384.0), (123.0, 364.0), (125.0, 344.0),
    (128.0, 322.0), (131.0, 298.0), (135.0, 272.0), (139.0, 246.0), (143.0, 226.0),
    (147.0, 212.0),
];

/// The picture-left half of the front or back outline, from the top of the midline round the leg
/// to the crotch.
#[rustfmt::skip]
pub(super) fn half_outline(view: View) -> Path {
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
pub(super) fn outline(view: View) -> Path {
    let half = half_outline(view);
    let other = half.mirrored(MID).reversed();
    half.then(&other).close()
}

/// The runner's left side in profile, facing the left of the picture.
#[rustfmt::skip]
pub(super) fn profile() -> Path {
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

pub(super) fn line(a: P, c1: P, c2: P, b: P) -> Path {
    Path::new(a).cubic(c1, c2, b)
}

pub(super) fn with_mirror(half: Vec<Path>) -> Vec<Path> {
    let mirrored: Vec<Path> = half.iter().map(|p| p.mirrored(MID)).collect();
    half.into_iter().chain(mirrored).collect()
}

/// Fine anatomical lines that make the silhouette read as a body.
#[rustfmt::skip]
pub(super) fn details(view: View) -> Vec<Path> {
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

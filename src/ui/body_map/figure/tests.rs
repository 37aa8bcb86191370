//! The figure's geometry and navigation, natively.

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
        "groin",
        "knee-inner",
    ] {
        assert!(on(View::Front, &format!("{s}.left")), "{s}");
    }
    for s in [
        "buttock-si.left",
        "sit-bone.left",
        "sit-bone.right",
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
    assert!(x(View::Front, "knee-front.left") > MID && x(View::Front, "knee-front.right") < MID);
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
fn the_sit_bone_lies_low_in_the_buttock_towards_the_middle() {
    let f = figure(View::Back);
    let at = |s: &str| f.spot(sel(s)).unwrap();
    for side in ["left", "right"] {
        let sit = at(&format!("sit-bone.{side}"));
        let buttock = at(&format!("buttock-si.{side}"));
        let hip = at(&format!("hip-outer.{side}"));
        let thigh = at(&format!("thigh-outer.{side}"));
        let knee = at(&format!("knee-back.{side}"));
        // Below the buttock's middle, above the back of the knee, nearer the midline than the hip.
        assert!(sit.anchor.1 > buttock.anchor.1 && sit.anchor.1 < knee.anchor.1);
        assert!((sit.anchor.0 - MID).abs() < (hip.anchor.0 - MID).abs());
        assert!((sit.anchor.0 - MID).abs() < (thigh.anchor.0 - MID).abs());
        // Its shape sits under the buttock's, not on it.
        let lowest_buttock = buttock.outline.iter().map(|p| p.1).fold(f32::MIN, f32::max);
        let highest_sit = sit.outline.iter().map(|p| p.1).fold(f32::MAX, f32::min);
        assert!(highest_sit > lowest_buttock, "{side}");
    }
    // The sit bone is a place of the back view only: in profile there is no room between the
    // hip's touch area and the midline, and the back view draws it as SPEC says.
    assert!(figure(View::Front).spot(sel("sit-bone.left")).is_none());
    assert!(figure(View::Side).spot(sel("sit-bone.left")).is_none());
}

#[test]
fn arrow_keys_lead_from_the_buttock_down_to_the_sit_bone_and_back() {
    let f = figure(View::Back);
    let i = |s: &str| f.index_of(sel(s)).unwrap();
    let go = |from: &str, d: Dir| f.neighbour(i(from), d).map(|j| f.spots[j].sel);
    for side in ["left", "right"] {
        let sit = sel(&format!("sit-bone.{side}"));
        assert_eq!(go(&format!("buttock-si.{side}"), Dir::Down), Some(sit));
        assert_eq!(
            go(&format!("sit-bone.{side}"), Dir::Up),
            Some(sel(&format!("buttock-si.{side}")))
        );
    }
    // Across the midline, from one sit bone to the other (the runner's left is on the picture's left).
    assert_eq!(go("sit-bone.left", Dir::Right), Some(sel("sit-bone.right")));
    assert_eq!(go("sit-bone.right", Dir::Left), Some(sel("sit-bone.left")));
    // Reading order (Tab order of Home and End): after the buttock and the hip, before the thigh.
    assert!(i("buttock-si.right") < i("sit-bone.left"));
    assert!(i("hip-outer.right") < i("sit-bone.left"));
    assert!(i("sit-bone.right") < i("thigh-outer.left"));
}

#[test]
fn groin_and_inner_knee_are_covered_now() {
    for s in ["groin.left", "knee-inner.right"] {
        let r = sel(s).region;
        assert!(r.in_scope(), "{s}");
        assert!(figure(View::Front).spot(sel(s)).is_some(), "{s}");
    }
    assert!(Region::SitBone.in_scope());
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
    let zone = |o, v, s| origin_zone(o, v, s).expect("a zone");
    assert!(zone(Origin::Spine, View::Front, Side::Center).behind);
    assert!(!zone(Origin::Spine, View::Back, Side::Center).behind);
    assert_eq!(zone(Origin::Spine, View::Back, Side::Center).focus.len(), 3);
    // The hip muscles are drawn on the same side as the knee that hurts.
    let z = zone(Origin::Hip, View::Front, Side::Left);
    assert!(
        z.anchor.0 > MID,
        "the runner's left hip is on the right of the front view"
    );
}

#[test]
fn a_local_origin_has_no_zone_and_shows_the_view_that_draws_the_site() {
    for v in View::ALL {
        for side in [Side::Left, Side::Right, Side::Center] {
            assert_eq!(origin_zone(Origin::Local, v, side), None);
        }
    }
    assert_eq!(
        origin_view_for(Origin::Local, &[sel("knee-below-kneecap.left")]),
        View::Front
    );
    assert_eq!(
        origin_view_for(Origin::Local, &[sel("sit-bone.right")]),
        View::Back
    );
    assert_eq!(
        origin_view_for(Origin::Local, &[sel("hip-outer.left")]),
        View::Front
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

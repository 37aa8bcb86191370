//! One simple line illustration per exercise, drawn as inline SVG so it prints, scales and needs no
//! request. The figure uses `currentColor`; props (bench, chair, wall, band, roller, slope, weight
//! plate) are muted, and the muscle the exercise targets is marked in the accent colour.

use painmap_core::Exercise;
use yew::prelude::*;

/// A line drawing of the exercise at its key position; `label` is its accessible description
/// (empty makes the drawing decorative, `aria-hidden`).
pub fn exercise_art(exercise: Exercise, label: &str) -> Html {
    let hidden = label.is_empty();
    html! {
        <svg class="pm-art" viewBox="0 0 160 120" role={(!hidden).then_some("img")}
             aria-label={(!hidden).then(|| label.to_string())}
             aria-hidden={hidden.then_some("true")} focusable="false">
            { drawing(exercise) }
        </svg>
    }
}

fn limb(points: &'static str) -> Html {
    html! { <polyline class="pm-art-body" points={points} /> }
}

fn head(cx: &'static str, cy: &'static str) -> Html {
    html! { <circle class="pm-art-head" cx={cx} cy={cy} r="7" /> }
}

fn target(cx: &'static str, cy: &'static str, rx: &'static str, ry: &'static str) -> Html {
    html! { <ellipse class="pm-art-target" cx={cx} cy={cy} rx={rx} ry={ry} /> }
}

fn prop(d: &'static str) -> Html {
    html! { <path class="pm-art-prop" d={d} /> }
}

fn drawing(exercise: Exercise) -> Html {
    match exercise {
        Exercise::SingleLegRdl => html! { <>
            { prop("M8 110 H152") }
            { target("66", "64", "9", "7") }
            { limb("70,110 73,86 68,63") }
            { limb("68,63 44,60 20,55") }
            { limb("68,63 104,56") }
            { limb("102,57 103,84") }
            { head("116", "54") }
        </> },
        Exercise::SingleLegHipThrust => html! { <>
            { prop("M8 110 H152 M12 110 V74 H42 V110") }
            { target("80", "68", "9", "6") }
            { limb("40,70 80,64") }
            { limb("80,64 101,58 104,109") }
            { limb("80,64 140,48") }
            { limb("44,72 58,84") }
            { head("30", "64") }
        </> },
        Exercise::LateralBandWalk => html! { <>
            { prop("M8 110 H152") }
            { target("72", "58", "6", "6") }
            { target("88", "58", "6", "6") }
            { limb("80,30 80,62") }
            { limb("74,62 64,84 60,108") }
            { limb("86,62 96,84 100,108") }
            { limb("80,38 68,54") }
            { limb("80,38 92,54") }
            <line class="pm-art-band" x1="65" y1="79" x2="95" y2="79" />
            { head("80", "21") }
            { prop("M112 96 H142 M136 91 L142 96 L136 101 M48 96 H18 M24 91 L18 96 L24 101") }
        </> },
        Exercise::SingleLegSquat => html! { <>
            { prop("M8 110 H152 M20 40 V110 M20 76 H52 M50 76 V110") }
            { target("68", "74", "8", "7") }
            { limb("82,110 94,88 66,76") }
            { limb("66,76 78,46") }
            { limb("66,76 92,72 114,80") }
            { limb("78,50 108,52") }
            { head("84", "37") }
        </> },
        Exercise::SidePlankHipAbduction => html! { <>
            { prop("M8 106 H152") }
            { target("88", "88", "9", "6") }
            { limb("52,105 30,105 32,82") }
            { limb("32,82 86,92 140,104") }
            { limb("86,92 140,70") }
            { head("24", "74") }
        </> },
        Exercise::DownhillTechnique => html! { <>
            { prop("M6 52 L154 112") }
            { limb("79,53 83,67 81,81") }
            { limb("79,53 71,65 64,72") }
            { limb("79,53 80,29") }
            { limb("80,33 89,43 95,37") }
            { limb("80,33 71,43 67,50") }
            { head("81", "20") }
            <circle class="pm-art-cue" cx="104" cy="94" r="2" />
            <circle class="pm-art-cue" cx="116" cy="99" r="2" />
            <circle class="pm-art-cue" cx="128" cy="104" r="2" />
        </> },
        Exercise::RollerMassage => html! { <>
            { prop("M8 106 H152") }
            <circle class="pm-art-prop" cx="92" cy="97" r="8" />
            { target("92", "86", "10", "4") }
            { limb("48,105 26,105 30,82") }
            { limb("30,82 70,88 108,89 146,98") }
            { limb("70,88 96,76 104,105") }
            { head("22", "73") }
            { prop("M78 76 H106 M82 72 L78 76 L82 80 M102 72 L106 76 L102 80") }
        </> },
        // On hands and knees, the opposite arm and leg reaching long; the back stays flat.
        Exercise::BirdDog => html! { <>
            { prop("M8 110 H152") }
            { target("88", "68", "13", "5") }
            { limb("52,70 100,70") }
            { limb("54,70 54,109") }
            { limb("100,70 100,108 124,109") }
            { limb("52,70 16,50") }
            { limb("100,70 148,60") }
            { head("38", "74") }
        </> },
        // Back flat against the wall, thighs level, shins upright: a held quarter-to-half squat.
        Exercise::WallSitHold => html! { <>
            { prop("M8 110 H152 M60 14 V110") }
            { target("86", "79", "10", "6") }
            { limb("94,109 94,82 66,82") }
            { limb("66,82 66,46") }
            { limb("66,50 94,50") }
            { head("71", "35") }
        </> },
        // Halfway down a slow squat, a loaded bar (seen end on) on the upper back, knees over feet.
        Exercise::SlowHeavySquat => html! { <>
            { prop("M8 110 H152 M126 48 V92 M120 86 L126 92 L132 86") }
            <circle class="pm-art-prop" cx="75" cy="43" r="12" />
            <circle class="pm-art-prop" cx="75" cy="43" r="2.5" />
            { target("85", "78", "9", "6") }
            { limb("82,110 92,85 68,71") }
            { limb("68,71 84,39") }
            { head("90", "29") }
        </> },
        // Seen from the front: on one leg beside a wall, the other knee pressed out into it.
        Exercise::HipAbductionHold => html! { <>
            { prop("M8 110 H152 M100 14 V110") }
            { target("72", "58", "6", "6") }
            { target("88", "58", "6", "6") }
            { limb("80,30 80,62") }
            { limb("74,62 75,85 76,108") }
            { limb("86,62 96,84 93,97") }
            { limb("80,38 68,54") }
            { limb("80,38 96,50") }
            { head("80", "21") }
        </> },
        // On the back, feet flat, hips up in one line from the shoulders to the knees.
        Exercise::BridgeHold => html! { <>
            { prop("M8 110 H152") }
            { target("82", "95", "9", "5") }
            { limb("50,107 84,90 110,76") }
            { limb("110,76 114,108") }
            { limb("50,107 82,108") }
            { head("39", "100") }
        </> },
    }
}

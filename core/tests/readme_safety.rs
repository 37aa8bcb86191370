//! The README's clinical-safety table names every sign that can stop the check, with the level the
//! engine gives it, so the documentation cannot drift from the code.

use painmap_core::engine::{red_flag_level, stop_signs};
use painmap_core::vec_set::VecSet;
use painmap_core::{RegionSel, Triage};

#[test]
fn the_readme_lists_every_warning_sign_with_its_level() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let places = |list: &[&str]| -> VecSet<RegionSel> {
        list.iter().map(|r| RegionSel::parse(r).unwrap()).collect()
    };
    // The levels at a knee, and at the lower back and a bone-stress place (where two signs rise).
    let knee = places(&["knee-front.left"]);
    let back_and_groin = places(&["lower-back.center", "groin.left"]);
    let mut missing = Vec::new();
    for sign in stop_signs() {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{sign}`")));
        let Some(row) = row else {
            missing.push(format!("no row for `{sign}`"));
            continue;
        };
        for level in [
            red_flag_level(sign, &knee),
            red_flag_level(sign, &back_and_groin),
        ]
        .into_iter()
        .flatten()
        {
            let word = format!("`{}`", level.as_str());
            if !row.contains(&word) {
                missing.push(format!("`{sign}`: its row does not say {word}"));
            }
        }
        assert!(
            red_flag_level(sign, &back_and_groin) >= Some(Triage::Urgent),
            "`{sign}` stops the check somewhere"
        );
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

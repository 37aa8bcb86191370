//! Every runner's story in `shared/domain/vignettes.json`, read from that file at test time, through
//! the engine: each must reach the conclusion the file expects.

mod engine_support;

use engine_support::{input, mismatches, shared_vignettes};
use painmap_core::content::Pack;
use painmap_core::engine::evaluate;

#[test]
fn every_shared_vignette_reaches_its_expected_result() {
    let vignettes = shared_vignettes();
    assert!(
        vignettes.len() >= 8,
        "expected the shared vignettes, found {}",
        vignettes.len()
    );
    let mut failures = Vec::new();
    for v in &vignettes {
        let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
        let outcome = evaluate(&input(&regions, &v.answers), Pack::english());
        for m in mismatches(&outcome, &v.expect) {
            failures.push(format!("{} ({}): {m}", v.id, v.story));
        }
    }
    assert!(
        failures.is_empty(),
        "vignettes failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_vignette_answer_is_one_the_widget_would_ask_for_its_regions() {
    // A vignette answering a question the flow never shows could not be reproduced by clicking.
    let mut unasked = Vec::new();
    for v in shared_vignettes() {
        let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
        let inp = input(&regions, &v.answers);
        let asked = painmap_core::engine::questions_for(&inp.regions);
        for q in inp.answers.0.keys() {
            if !asked.contains(q) {
                unasked.push(format!(
                    "{}: answers `{q}`, which is not asked for {:?}",
                    v.id, v.regions
                ));
            }
        }
    }
    assert!(unasked.is_empty(), "{}", unasked.join("\n"));
}

//! Micro-benchmark (`cargo bench -p painmap-core`, no harness): the time of one evaluation, of
//! choosing the questions, and of parsing + validating the English pack, printed per call.
//! Inputs are the shared vignettes plus a sweep of every single place with a full set of answers.

#[path = "../tests/engine_support/mod.rs"]
mod engine_support;

use painmap_core::content::{english_json, Pack};
use painmap_core::engine::{evaluate, questions_to_ask};
use painmap_core::CheckInput;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn inputs() -> Vec<CheckInput> {
    let mut out: Vec<CheckInput> = engine_support::shared_vignettes()
        .iter()
        .map(|v| {
            let regions: Vec<&str> = v.regions.iter().map(String::as_str).collect();
            engine_support::input(&regions, &v.answers)
        })
        .collect();
    let full = serde_json::json!({
        "red-flags": ["none"], "pain-quality": "sharp", "pain-timing": "builds-miles-in",
        "aggravators": ["downhill", "stairs", "more-mileage-or-speed"], "rest-response": "eases-then-returns",
        "forced-stop": "yes", "build-week": "weeks-4-6", "volume-jump": "yes",
        "self-care-tried": ["rest", "glute-activation"], "self-care-result": "no-help",
        "single-leg-squat": "hip-drops", "sitting-hours": "over-8", "duration": "2-weeks-plus",
        "trend": "worse", "training-impact": "some", "weeks-to-race": 6
    });
    let full = full.as_object().unwrap();
    for sel in painmap_core::RegionSel::all() {
        out.push(engine_support::input(&[&sel.to_string()], full));
    }
    out
}

/// Runs `f` over and over for about `budget`, returns the mean time per call.
fn time_per_call(budget: Duration, mut f: impl FnMut()) -> Duration {
    for _ in 0..100 {
        f();
    }
    let mut calls: u32 = 0;
    let start = Instant::now();
    while start.elapsed() < budget {
        for _ in 0..100 {
            f();
        }
        calls += 100;
    }
    start.elapsed() / calls
}

fn main() {
    let pack = Pack::english();
    let inputs = inputs();
    let budget = Duration::from_millis(700);

    let mut i = 0;
    let eval = time_per_call(budget, || {
        black_box(evaluate(black_box(&inputs[i % inputs.len()]), pack));
        i += 1;
    });
    let mut j = 0;
    let questions = time_per_call(budget, || {
        let input = black_box(&inputs[j % inputs.len()]);
        black_box(questions_to_ask(
            &input.regions,
            &input.answers,
            Pack::english(),
        ));
        j += 1;
    });
    let json = english_json();
    let load = time_per_call(budget, || {
        black_box(Pack::from_json(black_box(&json)).is_ok());
    });

    println!(
        "painmap-core micro-benchmark ({} inputs, mean per call)",
        inputs.len()
    );
    println!("  evaluate (one self-check)        {:>10.2?}", eval);
    println!("  questions_to_ask (which to ask)  {:>10.2?}", questions);
    println!("  Pack::from_json (parse+validate) {:>10.2?}", load);
}

//! One exercise of the plan: a line drawing, why it is there, the dose, how to do it, what to feel,
//! and how to make it easier or harder.

use crate::ui::exercise_art::exercise_art;
use crate::ui::results::source_tag;
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use painmap_core::session::Units;
use painmap_core::Exercise;
use yew::prelude::*;

/// The card of `exercise`, `number` in the plan (from 1). `because` names the matches and factors
/// it is in the plan for; `local_hills` (the clinic's setting) is named on the downhill-technique
/// card. A plain function, not a component: it has no state of its own.
pub fn exercise_card(
    pack: &Pack,
    exercise: Exercise,
    number: usize,
    units: Units,
    local_hills: Option<&str>,
    because: &[&str],
) -> Html {
    let Some(e) = pack.exercise(exercise) else {
        return Html::default();
    };
    let t = |s: &str| pack.localize(s, units);
    let id = format!("pm-ex-{exercise}");
    html! {
        <article class="pm-card pm-exercise" data-exercise={exercise.as_str()} aria-labelledby={id.clone()}>
            <div class="pm-exercise-art">
                { exercise_art(exercise, &pack.ui(Ui::ExerciseArt).replace("{name}", &e.name)) }
            </div>
            <div class="pm-exercise-body">
                <h5 id={id}><span class="pm-exercise-number">{ number }</span>{ &*e.name }</h5>
                <p class="pm-dose"><strong>{ pack.ui(Ui::ExerciseDose) }</strong>{ " " }{ t(&e.dose.text) }</p>
                <p class="pm-when"><strong>{ pack.ui(Ui::ExerciseWhen) }</strong>{ " " }{ t(&e.when.text) }</p>
                <p>{ t(&e.why.text) }</p>
                if let (Exercise::DownhillTechnique, Some(hills)) = (exercise, local_hills) {
                    <p class="pm-local-hills" data-local-hills="">
                        <strong>{ pack.ui(Ui::ExerciseLocalHills) }</strong>{ " " }{ hills.to_string() }
                    </p>
                }
                if !because.is_empty() {
                    <p class="pm-because">{ pack.ui(Ui::ExerciseBecause) }{ " " }{ because.join(", ") }</p>
                }
                <details class="pm-exercise-how">
                    <summary>{ pack.ui(Ui::ExerciseHow) }</summary>
                    <ol class="pm-steps">{ for e.steps.iter().map(|s| html! { <li>{ t(s) }</li> }) }</ol>
                    if !e.cues.is_empty() {
                        <h6>{ pack.ui(Ui::ExerciseCues) }</h6>
                        <ul>{ for e.cues.iter().map(|s| html! { <li>{ t(s) }</li> }) }</ul>
                    }
                    <dl class="pm-variations">
                        <div><dt>{ pack.ui(Ui::ExerciseEasier) }</dt><dd>{ t(&e.easier) }</dd></div>
                        <div><dt>{ pack.ui(Ui::ExerciseHarder) }</dt><dd>{ t(&e.harder) }</dd></div>
                    </dl>
                </details>
                <p class="pm-muscles"><strong>{ pack.ui(Ui::ExerciseMuscles) }</strong>{ " " }{ e.muscles.join(", ") }</p>
                <p class="pm-source">{ pack.ui(Ui::ResultsSource) }{ " " }{ source_tag(pack, &e.source) }</p>
            </div>
        </article>
    }
}

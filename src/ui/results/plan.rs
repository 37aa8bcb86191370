//! The plan: the weekly schedule by weeks to race, the pain rule, the exercises in order, and
//! proactive care for the lower back.

use super::*;

/// The weekly schedule by weeks-to-race, the exercises in order, and proactive care; `local_hills`
/// is the clinic's hills for downhill practice, for that exercise's card.
pub(super) fn plan_view(
    pack: &Pack,
    plan: &Plan,
    outcome: &Outcome,
    units: Units,
    local_hills: Option<&str>,
) -> Html {
    let phase = match plan.kind {
        PlanKind::Build => &pack.plan.build,
        PlanKind::Maintenance => &pack.plan.maintenance,
    };
    let because = |b: &Because| match b {
        Because::Condition(c) => pack.condition(*c).map(|c| &*c.name).unwrap_or_default(),
        Because::Factor(f) => pack.factor(*f).map(|f| &*f.name).unwrap_or_default(),
    };
    html! {
        <section class="pm-section pm-plan" data-plan={plan.kind.as_str()} aria-labelledby="pm-plan-heading">
            <h3 id="pm-plan-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsPlan) }</h3>
            if outcome.triage == Triage::SeeProfessional {
                <p class="pm-callout">{ pack.ui(Ui::ResultsPlanMeanwhile) }</p>
            }
            <div class="pm-card pm-schedule">
                <h4>{ &*phase.title }</h4>
                { fact_list(pack, &phase.points, units) }
                if plan.knee_timeline {
                    <p class="pm-timeline">{ pack.localize(&pack.plan.knee_timeline.text, units) }
                        { source_tag(pack, &pack.plan.knee_timeline.source) }</p>
                }
            </div>
            if plan.spine_care {
                <div class="pm-card pm-spine-care" data-spine-care="">
                    <h4>{ &*pack.plan.spine_care.title }</h4>
                    { fact_list(pack, &pack.plan.spine_care.points, units) }
                </div>
            }
            <div class="pm-card pm-pain-rule" data-plan-note="pain-monitoring">
                <h4>{ pack.ui(Ui::ResultsPlanPainMonitoring) }</h4>
                <p>{ &*pack.plan.pain_monitoring.text }{ source_tag(pack, &pack.plan.pain_monitoring.source) }</p>
            </div>
            <h4 class="pm-subheading">{ pack.ui(Ui::ResultsExercises) }</h4>
            <ol class="pm-exercises">
                { for plan.exercises.iter().enumerate().map(|(i, e)| html! {
                    <li>
                        { exercise_card(pack, e.exercise, i + 1, units, local_hills,
                            &e.because.iter().map(because).filter(|s| !s.is_empty()).collect::<Vec<_>>()) }
                    </li>
                }) }
            </ol>
        </section>
    }
}

//! The results a runner can act on: triage first and unmissable; then the ranked matches with
//! "why this match" and where each problem starts; the plan (exercises, weekly schedule, training
//! changes); when to get help; the clinic's call to action; share and print.

use crate::embed::{Clinic, Settings};
use crate::ui::browser;
use crate::ui::exercise_card::exercise_card;
use crate::ui::hooks::use_pack;
use crate::ui::origin_view::origin_view;
use painmap_core::content::{Fact, Pack, Source, Ui};
use painmap_core::engine::{self, Because, ConditionMatch, Outcome, Plan};
use painmap_core::session::{Action, Session, Units};
use painmap_core::{share, CheckInput, PlanKind, Question, QuestionKind, Reply, Triage};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub session: Rc<Session>,
    pub settings: Settings,
    pub units: Units,
    pub on_action: Callback<Action>,
    pub on_restart: Callback<()>,
    pub heading_ref: NodeRef,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let pack = use_pack();
    let input = Rc::new(props.session.check_input());
    let outcome = use_memo(input.clone(), |i| engine::evaluate(i, pack));
    let units = props.units;
    let t = |s: &str| pack.localize(s, units);

    let body = if outcome.stops_check() {
        red_flag_stop(pack, &outcome, &props.settings)
    } else if outcome.is_out_of_scope_only() {
        html! { <>
            { triage_panel(pack, &outcome) }
            { cautions(pack, &outcome) }
            <section class="pm-card pm-out-of-scope" data-out-of-scope="">
                <h3>{ &*pack.out_of_scope.title }</h3>
                <p>{ t(&pack.out_of_scope.text) }</p>
                <ul class="pm-place-list">
                    { for outcome.out_of_scope.iter().map(|r| html! { <li>{ pack.region_name(*r) }</li> }) }
                </ul>
            </section>
            if outcome.shows_clinic() {
                { clinic_cta(pack, &props.settings, false) }
            }
        </> }
    } else {
        html! { <>
            { triage_panel(pack, &outcome) }
            { cautions(pack, &outcome) }
            if !outcome.out_of_scope.is_empty() {
                <section class="pm-callout" data-partly-out-of-scope="">
                    <p>{ pack.ui(Ui::ResultsPartlyOutOfScope) }</p>
                    <ul class="pm-place-list">
                        { for outcome.out_of_scope.iter().map(|r| html! { <li>{ pack.region_name(*r) }</li> }) }
                    </ul>
                </section>
            }
            if outcome.no_clear_match {
                <section class="pm-card pm-no-match" data-no-clear-match="">
                    <h3>{ &*pack.no_clear_match.title }</h3>
                    <p>{ t(&pack.no_clear_match.text) }</p>
                </section>
            }
            if !outcome.conditions.is_empty() {
                <section class="pm-section" aria-labelledby="pm-matches-heading">
                    <h3 id="pm-matches-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsMatches) }</h3>
                    <ol class="pm-matches">
                        { for outcome.conditions.iter().enumerate().map(|(i, m)| html! {
                            <li>{ condition_card(pack, m, i, units) }</li>
                        }) }
                    </ol>
                </section>
            }
            { factors(pack, &outcome, units) }
            if let Some(plan) = &outcome.plan {
                { plan_view(pack, plan, &outcome, units, props.settings.local_hills.as_deref()) }
            }
            if outcome.shows_clinic() {
                { clinic_cta(pack, &props.settings, false) }
            }
        </> }
    };

    html! {
        <section class="pm-step pm-results" aria-labelledby="pm-results-heading">
            <h2 id="pm-results-heading" class="pm-step-heading" tabindex="-1" ref={props.heading_ref.clone()}>
                { pack.ui(Ui::ResultsHeading) }
            </h2>
            { body }
            { answers(pack, &input, units) }
            { sources(pack) }
            <p class="pm-callout pm-disclaimer">{ pack.ui(Ui::ResultsNotADiagnosis) }</p>
            <ResultActions input={input} on_action={props.on_action.clone()} units={units} />
        </section>
    }
}

// The screen's parts below are plain functions, not components: none has state of its own, and
// every component type costs the wasm its own copy of Yew's component code (about 0.6 KB brotli).

/// The level of care, its reasons, and what to do now.
fn triage_panel(pack: &Pack, o: &Outcome) -> Html {
    let text = pack.triage_text(o.triage);
    html! {
        <section class={classes!("pm-triage", format!("pm-triage--{}", o.triage))} data-triage={o.triage.as_str()}
            aria-labelledby="pm-triage-title">
            <p class="pm-triage-kicker">{ pack.ui(Ui::ResultsTriageKicker) }</p>
            <h3 id="pm-triage-title" class="pm-triage-title">{ text.map(|t| &*t.title).unwrap_or(o.triage.as_str()) }</h3>
            if let Some(t) = text {
                <p class="pm-triage-now">{ &*t.now }</p>
            }
            if !o.help_reasons.is_empty() {
                <p class="pm-triage-why">{ pack.ui(Ui::ResultsTriageBecause) }</p>
                <ul class="pm-reasons">
                    { for o.help_reasons.iter().map(|r| html! {
                        <li data-help-reason={r.as_str()}>
                            { pack.help_reason(*r).map(|n| &*n.text).unwrap_or(r.as_str()) }
                            if let Some(src) = pack.help_reason(*r).and_then(|n| n.source.clone()) {
                                { source_tag(pack, &src) }
                            }
                        </li>
                    }) }
                </ul>
            }
            // With reasons listed, each carries its own source; otherwise the level's own.
            if let (Some(t), true) = (text, o.help_reasons.is_empty()) {
                <p class="pm-source">{ pack.ui(Ui::ResultsSource) }{ " " }{ source_tag(pack, &t.source) }</p>
            }
        </section>
    }
}

/// Emergency or urgent: what to do now, the signs that led here, and nothing to distract.
fn red_flag_stop(pack: &Pack, o: &Outcome, settings: &Settings) -> Html {
    html! { <>
        { triage_panel(pack, o) }
        { cautions(pack, o) }
        <section class="pm-card" aria-labelledby="pm-flags-heading">
            <h3 id="pm-flags-heading">{ pack.ui(Ui::ResultsRedFlagsHeading) }</h3>
            <ul class="pm-reasons">
                { for o.red_flags.iter().map(|f| {
                    let label = pack.stop_sign_label(*f);
                    let reason = pack.red_flag(*f);
                    html! {
                        <li data-red-flag={f.as_str()}>
                            <strong>{ label }</strong>
                            if let Some(r) = reason {
                                { ": " }{ &*r.reason }
                                { source_tag(pack, &r.source) }
                            }
                        </li>
                    }
                }) }
            </ul>
            if o.bone_stress_advice {
                <p class="pm-callout pm-callout--warn" data-bone-stress-advice="">
                    { &*pack.bone_stress_advice.text }{ source_tag(pack, &pack.bone_stress_advice.source) }
                </p>
            }
            <p>{ pack.ui(Ui::ResultsRedFlagsNoPlan) }</p>
        </section>
        if o.shows_clinic() {
            { clinic_cta(pack, settings, true) }
        }
    </> }
}

/// Cautions that hold whatever the triage (SPEC v2: bone stress), right under the triage and above
/// everything else, so neither a plan nor a stop screen can push them out of sight.
fn cautions(pack: &Pack, o: &Outcome) -> Html {
    html! { <>{ for o.cautions.iter().filter_map(|c| {
        let text = pack.caution(*c)?;
        let id = format!("pm-caution-{c}");
        Some(html! {
            <section class="pm-caution" data-caution={c.as_str()} role="note" aria-labelledby={id.clone()}>
                <p class="pm-caution-kicker">{ pack.ui(Ui::ResultsCautionKicker) }</p>
                <h3 id={id} class="pm-caution-title">{ &*text.title }</h3>
                <p>{ &*text.text }{ source_tag(pack, &text.source) }</p>
            </section>
        })
    }) }</> }
}

/// One ranked match (`rank` from 0): what it is, how well it fits and why, and where it starts.
fn condition_card(pack: &Pack, m: &ConditionMatch, rank: usize, units: Units) -> Html {
    let t = |s: &str| pack.localize(s, units);
    let Some(c) = pack.condition(m.condition) else {
        return Html::default();
    };
    let heading_id = format!("pm-cond-{}", m.condition);
    let origin_label = pack.ui(match m.origin {
        painmap_core::Origin::Hip => Ui::ResultsOriginHip,
        painmap_core::Origin::Spine => Ui::ResultsOriginSpine,
    });
    let details = html! { <>
            <p>{ t(&c.explanation.text) }</p>
            <p><strong>{ pack.ui(Ui::ResultsWhereItHurts) }</strong>{ " " }{ t(&c.where_it_hurts.text) }</p>
            <div class="pm-origin">
                { origin_view(&m.sites, m.origin, pack) }
                <div class="pm-origin-text">
                    <p class="pm-origin-label">{ origin_label }</p>
                    <ol class="pm-chain">
                        { for c.chain.iter().map(|step| html! { <li>{ t(&step.text) }</li> }) }
                    </ol>
                </div>
            </div>
            <div class="pm-why">
                <h5>{ pack.ui(Ui::ResultsWhy) }</h5>
                <ul class="pm-evidence">
                    { for m.evidence.iter().map(|e| html! {
                        <li class={if e.raised() { "pm-evidence--up" } else { "pm-evidence--down" }} data-rule={e.rule.clone()}>
                            <span class="pm-evidence-mark" aria-hidden="true">{ if e.raised() { "+" } else { "−" } }</span>
                            <span class="pm-sr-only">{ pack.ui(if e.raised() { Ui::ResultsEvidenceFor } else { Ui::ResultsEvidenceAgainst }) }</span>
                            { t(pack.evidence_text(&e.rule)) }
                        </li>
                    }) }
                </ul>
                if !c.facts.is_empty() {
                    <details class="pm-facts-more">
                        <summary>{ pack.ui(Ui::ResultsGoodToKnow) }</summary>
                        { fact_list(pack, &c.facts, units) }
                    </details>
                }
            </div>
            if !c.training_changes.is_empty() {
                <div class="pm-training-changes">
                    <h5>{ pack.ui(Ui::ResultsTrainingChanges) }</h5>
                    { fact_list(pack, &c.training_changes, units) }
                </div>
            }
    </> };
    html! {
        <article class={classes!("pm-card", "pm-condition", (rank == 0).then_some("pm-condition--top"))}
            data-condition={m.condition.as_str()} data-origin={m.origin.as_str()} aria-labelledby={heading_id.clone()}>
            <header class="pm-condition-head">
                <h4 id={heading_id}>{ &*c.name }</h4>
                <span class={classes!("pm-badge", format!("pm-badge--{}", m.strength))} data-strength={m.strength.as_str()}>
                    { pack.strength_label(m.strength) }
                </span>
            </header>
            if let Some(clinical) = &c.clinical_name {
                <p class="pm-clinical-name">{ &**clinical }</p>
            }
            if rank == 0 {
                { details }
            } else {
                <details class="pm-more">
                    <summary>{ pack.ui(Ui::ResultsMore) }</summary>
                    { details }
                </details>
            }
        </article>
    }
}

/// Facts as a list, each with its source. (A plain function, not a component: it has no state of
/// its own, and every component type costs the wasm its own copy of Yew's component code.)
fn fact_list(pack: &Pack, facts: &[Fact], units: Units) -> Html {
    if facts.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="pm-facts">
            { for facts.iter().map(|f| html! {
                <li>{ pack.localize(&f.text, units) }{ source_tag(pack, &f.source) }</li>
            }) }
        </ul>
    }
}

/// The contributing factors the answers revealed, and what each asks of the runner.
fn factors(pack: &Pack, outcome: &Outcome, units: Units) -> Html {
    let t = |s: &str| pack.localize(s, units);
    if outcome.factors.is_empty() {
        return Html::default();
    }
    html! {
        <section class="pm-section" aria-labelledby="pm-factors-heading">
            <h3 id="pm-factors-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsFactors) }</h3>
            <ul class="pm-factors">
                { for outcome.factors.iter().filter_map(|f| {
                    let content = pack.factor(f.factor)?;
                    Some(html! {
                        <li class="pm-card pm-factor" data-factor={f.factor.as_str()}>
                            <h4>{ &*content.name }</h4>
                            <p>{ t(&content.explanation.text) }</p>
                            if !f.rules.is_empty() {
                                <ul class="pm-evidence">
                                    { for f.rules.iter().map(|r| html! { <li class="pm-evidence--up">{ t(pack.evidence_text(r)) }</li> }) }
                                </ul>
                            }
                            <p class="pm-advice"><strong>{ pack.ui(Ui::ResultsFactorAdvice) }</strong>{ " " }{ t(&content.advice.text) }</p>
                        </li>
                    })
                }) }
            </ul>
        </section>
    }
}

/// The weekly schedule by weeks-to-race, the exercises in order, and proactive care; `local_hills`
/// is the clinic's hills for downhill practice, for that exercise's card.
fn plan_view(
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

/// The clinic's call to action, shown with a result and never before it; neutral without a clinic;
/// after warning signs (`urgent`) it says to have them checked first.
fn clinic_cta(pack: &Pack, settings: &Settings, urgent: bool) -> Html {
    let clinic: Option<&Clinic> = settings.clinic.as_ref();
    let name = clinic.and_then(|c| c.name.clone());
    let phone = clinic.and_then(|c| c.phone.clone());
    let booking = clinic.and_then(|c| c.booking_url.clone());
    let heading = match &name {
        Some(n) => pack.ui(Ui::CtaHeadingClinic).replace("{clinic}", n),
        None => pack.ui(Ui::CtaHeadingNeutral).to_string(),
    };
    html! {
        <aside class="pm-card pm-cta" data-cta={if clinic.is_some() { "clinic" } else { "neutral" }} aria-labelledby="pm-cta-heading">
            <h3 id="pm-cta-heading">{ heading }</h3>
            // With warning signs there is no plan to tailor yet: a doctor checks the signs first.
            <p>{ pack.ui(match (urgent, clinic.is_some()) {
                (true, _) => Ui::CtaTextUrgent,
                (false, true) => Ui::CtaTextClinic,
                (false, false) => Ui::CtaTextNeutral,
            }) }</p>
            if phone.is_some() || booking.is_some() {
                <div class="pm-cta-actions">
                    if let Some(b) = booking {
                        <a class="pm-button pm-button--primary" href={b.as_str().to_string()} target="_blank" rel="noopener noreferrer" data-cta-booking="">
                            { pack.ui(Ui::CtaBook) }
                        </a>
                    }
                    if let Some(p) = phone {
                        <a class="pm-button" href={p.tel_href().to_string()} data-cta-phone="">
                            { pack.ui(Ui::CtaCall) }{ " " }{ p.display() }
                        </a>
                    }
                </div>
            }
        </aside>
    }
}

/// What the runner entered, for them and for a clinician reading the printout.
fn answers(pack: &Pack, input: &CheckInput, units: Units) -> Html {
    // Said plainly, never left out: a check whose warning signs were not answered is not complete.
    let signs_unanswered = (!engine::red_flags_answered(&input.answers)).then(|| {
        let prompt = pack.question(Question::RedFlags).map(|t| t.prompt.to_string()).unwrap_or_default();
        html! { <div class="pm-answer-row" data-unanswered="red-flags"><dt>{ prompt }</dt><dd>{ pack.ui(Ui::ResultsAnswersNotAnswered) }</dd></div> }
    });
    let rows = input.answers.0.iter().filter_map(|(q, reply)| {
        let prompt = pack.question(*q).map(|t| t.prompt.to_string()).unwrap_or_else(|| q.to_string());
        let value = match (q.kind(), reply) {
            (_, Reply::Weeks(w)) => pack.ui(Ui::ResultsAnswersWeeks).replace("{n}", &w.to_string()),
            (_, Reply::One(a)) => pack.answer_label(*q, *a).to_string(),
            (QuestionKind::Multi, Reply::Many(set)) if !set.is_empty() => {
                set.iter().map(|a| pack.answer_label(*q, *a)).collect::<Vec<_>>().join("; ")
            }
            _ => return None,
        };
        Some(html! { <div class="pm-answer-row"><dt>{ prompt }</dt><dd>{ pack.localize(&value, units) }</dd></div> })
    });
    html! {
        <section class="pm-section pm-answers" data-answers="" aria-labelledby="pm-answers-heading">
            <h3 id="pm-answers-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsAnswers) }</h3>
            <dl>
                <div class="pm-answer-row">
                    <dt>{ pack.ui(Ui::ResultsAnswersPlaces) }</dt>
                    <dd>{ input.regions.iter().map(|r| pack.region_name(*r)).collect::<Vec<_>>().join("; ") }</dd>
                </div>
                { signs_unanswered }
                { for rows }
            </dl>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ActionsProps {
    input: Rc<CheckInput>,
    on_action: Callback<Action>,
    units: Units,
}

/// Back to the answers, share a link, print; switch units.
#[function_component(ResultActions)]
fn result_actions(props: &ActionsProps) -> Html {
    let pack = use_pack();
    let link = use_state(|| None::<String>);
    let copied = use_state(|| None::<bool>);
    let share = {
        let input = props.input.clone();
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let url = format!("{}#{}", crate::share_base(), share::encode(&input));
            link.set(Some(url.clone()));
            match browser::copy_to_clipboard(&url) {
                Some(promise) => {
                    let copied = copied.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        copied.set(Some(JsFuture::from(promise).await.is_ok()));
                    });
                }
                None => copied.set(Some(false)),
            }
        })
    };

    html! {
        <div class="pm-result-actions">
            <div class="pm-nav">
                <button type="button" class="pm-button" data-action="back" onclick={props.on_action.reform(|_: MouseEvent| Action::Back)}>
                    { pack.ui(Ui::ResultsEdit) }
                </button>
                <div class="pm-nav-group">
                    <button type="button" class="pm-button" data-action="share" onclick={share}>{ pack.ui(Ui::ResultsShare) }</button>
                    <button type="button" class="pm-button" data-action="print" onclick={Callback::from(|_: MouseEvent| browser::print())}>
                        { pack.ui(Ui::ResultsPrint) }
                    </button>
                </div>
            </div>
            if let Some(url) = &*link {
                <div class="pm-share" role="status">
                    <p>{ pack.ui(match *copied {
                        Some(true) => Ui::ResultsShareCopied,
                        Some(false) => Ui::ResultsShareManual,
                        None => Ui::ResultsShareCopying,
                    }) }</p>
                    <input class="pm-input pm-share-url" type="text" readonly=true value={url.clone()} data-share-url=""
                        aria-label={pack.ui(Ui::ResultsShareLabel).to_string()} />
                    <p class="pm-hint">{ pack.ui(Ui::ResultsSharePrivate) }</p>
                </div>
            }
        </div>
    }
}

/// A compact tag naming where a statement comes from; the full names are in [`sources`].
pub fn source_tag(pack: &Pack, source: &Source) -> Html {
    let label = match source {
        Source::K => pack.ui(Ui::SourceShortK),
        Source::H => pack.ui(Ui::SourceShortH),
        Source::G(name) => name.as_ref(),
    };
    // A guideline's full citation reads as a line of small print under its statement; a chip
    // that long would wrap into a ragged stack of boxes on a phone.
    let cite = label.chars().count() > 40;
    html! { <span class={classes!("pm-source-tag", cite.then_some("pm-source-tag--cite"))}>{ label }</span> }
}

/// The seed articles behind the short source tags, named in full.
fn sources(pack: &Pack) -> Html {
    html! {
        <section class="pm-sources" aria-labelledby="pm-sources-heading">
            <h3 id="pm-sources-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsSources) }</h3>
            <dl>
                <div><dt>{ pack.ui(Ui::SourceShortK) }</dt><dd>{ &*pack.sources.k }</dd></div>
                <div><dt>{ pack.ui(Ui::SourceShortH) }</dt><dd>{ &*pack.sources.h }</dd></div>
            </dl>
            <p class="pm-hint">{ pack.ui(Ui::ResultsSourcesNote) }</p>
        </section>
    }
}

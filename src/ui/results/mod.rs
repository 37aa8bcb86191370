//! The results a runner can act on: triage first and unmissable; then the ranked matches with
//! "why this match" and where each problem starts; the plan (exercises, weekly schedule, training
//! changes); when to get help; the clinic's call to action; share and print.

use crate::embed::{Clinic, Settings};
use crate::ui::browser;
use crate::ui::exercise_card::exercise_card;
use crate::ui::origin_view::origin_view;
use painmap_core::content::{Fact, Pack, PackRef, Source, Ui};
use painmap_core::engine::{self, Because, ConditionMatch, Outcome, Plan};
use painmap_core::session::{Action, Session, Units};
use painmap_core::{share, CheckInput, PlanKind, Question, QuestionKind, Reply, Triage};
use std::rc::Rc;

mod matches;
mod plan;
mod summary;

use matches::{condition_card, fact_list, factors};
use plan::{plan_view, CalendarChoice};
pub use summary::source_tag;
use summary::{answers, sources, ResultActions};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The whole pack (the session runs on its skeleton).
    pub pack: PackRef,
    pub session: Rc<Session>,
    pub settings: Settings,
    pub units: Units,
    pub on_action: Callback<Action>,
    pub on_restart: Callback<()>,
    pub heading_ref: NodeRef,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let pack = props.pack.0;
    let input = Rc::new(props.session.check_input());
    let outcome = use_memo(input.clone(), |i| engine::evaluate(i, pack));
    let units = props.units;
    let t = |s: &str| pack.localize(s, units);
    // The runner's choice to send the check with the booking link: off until they tick it, and
    // never kept, so each booking starts from "send nothing".
    let send_check = use_state(|| false);
    // The plan's strength days (0 = Monday; default Tuesday and Friday, two apart) and whether the
    // calendar file was saved.
    let days = use_state(|| [1u8, 4u8]);
    let saved = use_state(|| false);
    let calendar = CalendarChoice {
        days: *days,
        saved: *saved,
        set_days: {
            let saved = saved.clone();
            Callback::from(move |d: [u8; 2]| {
                days.set(d);
                saved.set(false);
            })
        },
        on_saved: Callback::from(move |_| saved.set(true)),
    };
    let booking = BookingChoice {
        fragment: share::encode(&input),
        on: *send_check,
        toggle: Callback::from(move |on: bool| send_check.set(on)),
    };

    let body = if outcome.stops_check() {
        red_flag_stop(pack, &outcome, &props.settings, &booking)
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
                { clinic_cta(pack, &props.settings, false, &booking) }
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
                { plan_view(pack, plan, &outcome, units, props.settings.local_hills.as_deref(), &input, &calendar) }
            }
            if outcome.shows_clinic() {
                { clinic_cta(pack, &props.settings, false, &booking) }
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
            <ResultActions pack={props.pack} input={input} on_action={props.on_action.clone()} units={units} />
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
fn red_flag_stop(pack: &Pack, o: &Outcome, settings: &Settings, booking: &BookingChoice) -> Html {
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
            { clinic_cta(pack, settings, true, booking) }
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

/// The check's share fragment and whether the runner chose to send it with the booking link.
struct BookingChoice {
    fragment: String,
    on: bool,
    toggle: Callback<bool>,
}

/// The clinic's call to action, shown with a result and never before it; neutral without a clinic;
/// after warning signs (`urgent`) it says to have them checked first. With a booking link, the
/// runner may choose to send the check with it; the address it would open is shown before anything
/// is sent, and without the choice the link is the clinic's address as given.
fn clinic_cta(pack: &Pack, settings: &Settings, urgent: bool, choice: &BookingChoice) -> Html {
    let clinic: Option<&Clinic> = settings.clinic.as_ref();
    let name = clinic.and_then(|c| c.name.clone());
    let phone = clinic.and_then(|c| c.phone.clone());
    let booking = clinic.and_then(|c| c.booking_url.clone());
    let with_check = booking
        .as_ref()
        .and_then(|b| b.with_check(&choice.fragment));
    let sending = choice.on && with_check.is_some();
    let heading = match &name {
        Some(n) => pack.ui(Ui::CtaHeadingClinic).replace("{clinic}", n),
        None => pack.ui(Ui::CtaHeadingNeutral).to_string(),
    };
    let toggle = choice.toggle.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    html! {
        <aside class="pm-card pm-cta" data-cta={if clinic.is_some() { "clinic" } else { "neutral" }} aria-labelledby="pm-cta-heading">
            <h3 id="pm-cta-heading">{ heading }</h3>
            // With warning signs there is no plan to tailor yet: a doctor checks the signs first.
            <p>{ pack.ui(match (urgent, clinic.is_some()) {
                (true, _) => Ui::CtaTextUrgent,
                (false, true) => Ui::CtaTextClinic,
                (false, false) => Ui::CtaTextNeutral,
            }) }</p>
            if let Some(url) = &with_check {
                <div class="pm-send-check">
                    <label class="pm-choice pm-send-check-choice">
                        <input type="checkbox" data-action="book-with-check" checked={choice.on} onchange={toggle}
                            aria-describedby="pm-send-check-note" />
                        <span>{ pack.ui(Ui::CtaSendCheck) }</span>
                    </label>
                    <div id="pm-send-check-note" role="status">
                        if sending {
                            <p class="pm-hint">{ pack.ui(Ui::CtaSendCheckOn) }</p>
                            <input class="pm-input pm-share-url" type="text" readonly=true value={url.clone()} data-booking-with-check=""
                                aria-label={pack.ui(Ui::CtaSendCheckAddress).to_string()} />
                        } else {
                            <p class="pm-hint">{ pack.ui(Ui::CtaSendCheckOff) }</p>
                        }
                    </div>
                </div>
            }
            if phone.is_some() || booking.is_some() {
                <div class="pm-cta-actions">
                    if let Some(b) = &booking {
                        <a class="pm-button pm-button--primary" target="_blank" rel="noopener noreferrer" data-cta-booking=""
                            href={match (&with_check, sending) { (Some(u), true) => u.clone(), _ => b.as_str().to_string() }}>
                            { pack.ui(if sending { Ui::CtaBookWithCheck } else { Ui::CtaBook }) }
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
